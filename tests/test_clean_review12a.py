"""Session 12 review (cleanfixA): the reviewer's inputs (findings 1, 1b, 3, 4, 8, 9, 11, 20, 22 of /tmp/review12) as
tests: each line is the story's and stays; the shapes the rules were written for still go (tests/test_clean_p12c)."""

import pytest

from newsdesk.clean import clean_text

EN = ["The regional council voted on Tuesday to close three schools in the valley, citing falling enrolment and "
      "rising repair costs.",
      "Parents protested outside the council building for most of the afternoon, and some said they would challenge "
      "the decision in court.",
      "The closures will take effect at the end of the school year, a council spokeswoman said, and pupils will be "
      "moved to two schools in town."]


def _clean(lines):
    return clean_text("\n\n".join(lines) + "\n")


def _paras(res):
    return res.text.split("\n\n")


def test_by_headline_is_no_author_line():
    res = _clean(["By Popular Demand, Drive-In Cinemas Return", *EN])
    assert "By Popular Demand, Drive-In Cinemas Return" in res.text


@pytest.mark.parametrize("sub", ["By Popular Demand", "By Land And Sea", "BY THE NUMBERS"])
def test_by_subheading_between_paragraphs_stays(sub):
    res = _clean(["Drive-in cinemas make a comeback", *EN[:2], sub, EN[2]])
    assert sub in _paras(res)


def test_author_line_under_a_standfirst_still_goes():
    res = _clean(["Council votes to close three schools", EN[0], "Von Anna Schmidt", *EN[1:]])
    assert "Von Anna Schmidt" not in res.text


def test_author_subheading_setting_off_removes_it():
    from newsdesk.settings import DEFAULT

    lines = ["Drive-in cinemas make a comeback", *EN[:2], "By Popular Demand", EN[2]]
    res = clean_text("\n\n".join(lines) + "\n", settings=DEFAULT.replace(CLEAN_AUTHOR_SUBHEAD_MIN_PROSE=0))
    assert "By Popular Demand" not in res.text


@pytest.mark.parametrize("line", ["By Marie Dupont and Tom Hale", "By Jane Doe, John Smith and Ann Lee"])
def test_author_line_at_the_top_still_goes(line):
    res = _clean(["Council votes to close three schools", line, *EN])
    assert line not in res.text


@pytest.mark.parametrize("last", ["Serve warm with cream", "Mary Jones, Springfield"])
def test_last_short_line_over_a_share_bar_stays(last):
    res = _clean([*EN, last, "Share on Facebook", "Share on Twitter"])
    assert last in _paras(res) and "Share on Facebook" not in res.text


def test_up_next_clause_after_a_sentence_stays():
    line = "The manager said the team had played its best football of the season. Up next: a trip to Leeds on " \
           "Wednesday night"
    res = _clean([EN[0], line])
    assert "Up next: a trip to Leeds on Wednesday night" in res.text


@pytest.mark.parametrize("line", [
    "She has not spoken in public since the verdict. Save for one Instagram post this year, she has stayed silent.",
    "Maya, 16, deleted her accounts in March. Like many of her friends, she quit Facebook this year.",
    "The outage began at about 4 p.m. Facebook, Instagram and WhatsApp crashed."])
def test_last_sentence_naming_a_network_stays(line):
    res = _clean([EN[0], line, *EN[1:]])
    assert line in _paras(res)


def test_escaped_tag_in_prose_stays():
    line = "The attackers hid &lt;script&gt; tags in the comment form, so every visitor's browser ran their code."
    res = _clean([EN[0], line, *EN[1:]])
    assert "script&gt; tags in the comment form" in res.text


def test_escaped_comparison_is_decoded():
    res = _clean(["Prices rose 5 &lt; 7 &amp; fell &gt; 2 today, the bank said in a statement on Monday.", *EN])
    assert "5 < 7 & fell > 2" in res.text


def test_dash_bullets_stay_and_dash_agency_at_the_end_goes():
    bullets = ["- Check the signs on both sides of the street", "- Keep your permit visible",
               "- Pay within 14 days for a discount"]
    res = _clean([EN[0], "The council gave drivers three tips:", "\n".join(bullets), *EN[1:], "- Reuters"])
    assert all(b[2:] in res.text for b in bullets)
    assert "Reuters" not in res.text and "Reuters" in " ".join(res.credits)


def test_input_label_over_prose_stays_and_over_names_goes():
    res = _clean([EN[0], "Input: a photo of a dog on a beach at sunset", *EN[1:], "Inputs: IANS, Reuters"])
    assert "Input: a photo of a dog on a beach at sunset" in res.text
    assert "IANS" not in res.text


def test_agency_subheads_over_prose_about_them_stay():
    lines = [EN[0], "The Associated Press",
             "The Associated Press said it would cut 8 percent of its staff, mostly in its business and sports "
             "departments, over the next year.", "Reuters",
             "Reuters said it would close two of its European bureaus and merge its photo desks in London and "
             "Singapore.", *EN[1:]]
    res = _clean(lines)
    assert "The Associated Press" in _paras(res) and "Reuters" in _paras(res)


def test_agency_name_at_the_end_still_credit():
    res = _clean([*EN, "Reuters"])
    assert "Reuters" not in res.text
