"""Page furniture of other site styles (Indian/US/UK sites, wire copy): each rule with a kept-prose counterpart."""

from newsdesk.clean import clean_text
from newsdesk.clean.rules import classify_line

LEAD = ("WASHINGTON (Reuters) - General Motors said on Friday it would cut 21,000 jobs in North America as it "
        "reorganises its operations after a loss.")
LAST = "The company said the cuts would be finished by the end of the year, according to a statement on its website."


def _between(line: str) -> str:
    return clean_text(f"{LEAD}\n{line}\n{LAST}").text


def test_clean_breadcrumb_line_dropped():
    assert classify_line("Home > Tech > Mobile", site=[]) == "breadcrumb"
    assert classify_line("News / World / Asia", site=[]) == "breadcrumb"
    assert classify_line("9/11 attacks", site=[]) is None
    assert "Home" not in _between("Home » Business » Autos")


def test_clean_short_line_twice_in_one_page_is_masthead():
    raw = f"Bay Tech Daily\n{LEAD}\n{LAST}\nBay Tech Daily"
    c = clean_text(raw)
    assert "Bay Tech Daily" not in c.text and LEAD in c.text and LAST in c.text
    quote = '"No."'
    c = clean_text(f"{LEAD}\n{quote}\n{LAST}\n{quote}")
    assert quote in c.text  # a quotation is never furniture, repeated or not


def test_clean_image_caption_and_floating_photo_credit_dropped():
    for junk in ("Image caption The device was unveiled on stage", "Image copyright Reuters",
                 "Media caption, The chief executive speaks", "Getty Images", "AFP via Getty Images",
                 "REUTERS/Rebecca Cook/File Photo"):
        assert junk not in _between(junk), junk
    assert "Images of the plant were shown." in _between("Images of the plant were shown.")


def test_clean_auto_generated_feed_and_republication_notes_dropped():
    for junk in ("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
                 "This article originally appeared on The Conversation."):
        assert junk not in _between(junk), junk


def test_clean_title_case_footer_label_only_after_the_last_paragraph():
    foot = "Our Standards: The Thomson Reuters Trust Principles."
    assert foot not in clean_text(f"{LEAD}\n{LAST}\n{foot}").text
    head = "Senate Republicans: No Legislation Until After Tax Cut Extension"
    assert head in clean_text(f"{head}\n{LEAD}\n{LAST}").text  # a headline at the top stays


def test_clean_newsletter_and_share_calls_but_not_prose_with_those_words():
    for junk in ("Get the latest business news delivered to your inbox every morning.",
                 "Click to share on WhatsApp (Opens in new window)", "Listen to this article",
                 "Advertisement - scroll to continue", "Loading..."):
        assert junk not in _between(junk), junk
    for prose in ("Print newspapers have lost readers.", "Share prices rose sharply after the announcement.",
                  '"We do not subscribe to the idea that this company is finished," a spokesman said.',
                  "Investors who subscribe to the monthly sales report saw the steepest drop in decades."):
        assert prose in _between(prose), prose


def test_clean_inline_watch_or_read_link_and_role_byline_dropped():
    for junk in ("Read: Ford recalls 1 million SUVs", "Watch: Ford chief on the job cuts",
                 "Jane Doe, Staff Reporter"):
        assert junk not in _between(junk), junk
    keep = "Watch: the chief executive said the plan would save money."
    assert keep in _between(keep)
