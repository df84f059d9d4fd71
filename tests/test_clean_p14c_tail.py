"""Session 14 (clean14): the closing run below a sign-up prompt, and a share bar that is no headline of a closing run of
other stories (tail._story)."""

from newsdesk.clean import clean_text

STORY = ["The regional transit authority will raise bus and train fares by 10 percent from July, its board decided on "
         "Thursday after a heated three-hour meeting that drew more than 300 people to the council chamber.",
         "Officials said the increase was needed to cover a budget gap of $48 million caused by falling ridership since "
         "the pandemic, rising fuel costs and the end of federal relief money that had kept the system running.",
         "Riders' groups said the board had ignored thousands of written objections submitted during the consultation "
         "period, and several speakers warned that low-income workers would be hit hardest by the change."]


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_clean_p14c_form_heading_over_the_sites_notice_still_goes():
    below = ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Jane Roe",
             "March 5, 2024 at 10:14 am", "Fares were already too high before this rise, and the buses are late."]
    c = clean_text(_text(*STORY, "Sign up for our morning newsletter", *below))
    assert "Leave a Reply" not in c.text and below[-1] not in c.text and STORY[-1] in c.text


def test_clean_p14c_share_bar_is_no_headline_of_a_closing_run():
    # hypothesis example of tests/test_clean_foreign.py::test_property_no_body_line_lost (fails at 5bd3169 too)
    lines = ["The council approved the new housing plan after a long debate on Tuesday night.",
             "Officials said the bridge would reopen to traffic by the end of the month.", "Advertisement",
             "Share this article", "Farmers in the north have lost much of their harvest to the late frost.",
             "Riksbanken höjer räntan igen", "Inflationen har stigit snabbare än väntat under våren."]
    c = clean_text(_text(*lines))
    assert lines[4] in c.text
