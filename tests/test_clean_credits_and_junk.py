"""Credits glued to the last sentence or quotation, read-more calls, and two Hypothesis properties of cleaning:
idempotence and no body paragraph lost when page junk is inserted anywhere between paragraphs."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text

LEAD = "The minister said the talks went well and that both sides would meet again in March."


@pytest.mark.parametrize(("tail", "credit"), [
    ('"The supply of spares was also discussed."(IANS)', "(IANS)"),
    ('"We will meet again," he said. -IANS', "-IANS"),
    ('"Done."-- ANI', "-- ANI"),
    ("(with PTI inputs)", "(with PTI inputs)"),
    ("The deal is worth $2 billion. (with IANS inputs)", "(with IANS inputs)"),
])
def test_clean_credit_glued_or_alone_goes_to_credits(tail, credit):
    c = clean_text(LEAD + "\n\n" + tail)
    assert credit in c.credits
    assert credit not in c.text
    assert c.text.startswith(LEAD)


@pytest.mark.parametrize("line", ["Read all the Latest News here",
                                  "Read all the Latest News, Breaking News and Coronavirus News here"])
def test_clean_read_all_latest_news_call_goes(line):
    c = clean_text(LEAD + "\n\n" + line)
    assert c.text == LEAD


def test_clean_agency_like_words_inside_prose_stay():
    for text in ("The US-led force. -- NATO said it would stay.", "The score was 3-1. -- Reuters"):
        assert clean_text(LEAD + "\n\n" + text).text.endswith(text)


BODY = [
    "Defence Minister Rajnath Singh on Friday met his Russian counterpart in New Delhi to review the pending "
    "deliveries of air defence systems, and the two sides agreed to speed up the joint production of spare parts "
    "for the equipment already in service, officials said after the meeting.",
    "The ministers also discussed the situation in the region and the training of officers, according to a "
    "statement issued by the ministry on Friday evening, which said that the next round of talks would be held "
    "in Moscow later this year if both governments agreed on the dates.",
    "“We have agreed to deepen our cooperation in every field, from research to manufacturing,” Singh told "
    "reporters after the talks, adding that a working group would report to both ministers within three months "
    "on the progress made on each of the projects.",
]
JUNK = ["Home", "World", "Business", "Sports", "Share this article", "Advertisement", "Tags: defence, Russia",
        "Related", "Updated: Dec 21, 2018, 16:07 IST", "Read all the Latest News here", "(IANS)", "Follow us",
        "Subscribe to our newsletter", "© 2024 Example Media. All rights reserved.", "Trending", "Login",
        "Datenschutz", "Impressum", "Kontakt", "Mehr zum Thema", "Lesen Sie auch", "5 min read", "Titel",
        "https://example.com/a/b", "Most Read", "Startseite » Politik » Minister trifft Amtskollegen in Neu-Delhi",
        "Comment by Anna — 17.07, 2011 @ 13:04", "Comment by Ben — 18.07, 2011 @ 09:10"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(JUNK), max_size=6), min_size=len(BODY) + 1, max_size=len(BODY) + 1),
       st.booleans())
def test_clean_no_body_paragraph_lost_on_junk_insertion(junk_runs, blank):
    sep = "\n\n" if blank else "\n"
    parts: list[str] = []
    for k, run in enumerate(junk_runs):
        parts.extend(run)
        if k < len(BODY):
            parts.append(BODY[k])
    once = clean_text(sep.join(parts))
    for para in BODY:
        assert para in once.text
    assert clean_text(once.text).text == once.text


def test_clean_menu_heading_above_the_article_cuts_nothing_below():
    raw = "\n".join(["Trending", "Latest News", BODY[0], BODY[1], "Related", "Minister visits Moscow",
                     "Talks on spare parts resume", "Army chief meets envoy"])
    c = clean_text(raw)
    assert BODY[0] in c.text and BODY[1] in c.text
    assert "Trending" not in c.text
    assert "Minister visits Moscow" not in c.text  # what follows the last heading is other stories' headlines


@pytest.mark.parametrize("heading", ["Czytaj też:", "Lesen Sie auch", "VEA TAMBIÉN:", "À lire aussi :",
                                     "Das könnte dich auch interessieren", "Leggi anche:"])
def test_clean_other_language_tail_heading_cuts_the_teasers(heading):
    body = ["Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, "
            "das den Ausbau deutlich beschleunigen soll, sagte der Minister.",
            "Kritiker bemängelten jedoch, dass die vorgesehenen Mittel nicht ausreichen würden, und forderten "
            "weitere Nachbesserungen im parlamentarischen Verfahren."]
    teasers = ["Koalition streitet über Haushalt", "Neue Umfrage sieht Union vorn"]
    c = clean_text("\n\n".join([*body, heading, *teasers]))
    assert all(p in c.text for p in body)
    assert heading not in c.text and not any(t in c.text for t in teasers)
