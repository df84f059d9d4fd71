"""Review12 finding 24: below 'Related stories' and two headlines, the two stories' teaser leads (each sharing its
headline's words, not the story's) are a tail, not the story resuming; a story that resumes below a mid-article box
stays even when a box headline is on its subject (it shares more with the story above)."""

from newsdesk.clean import clean_text
from newsdesk.settings import DEFAULT

STORY = ["Government cuts petrol price",
         "The government announced on Tuesday a 5% cut in the price of petrol sold by refineries, effective from "
         "Thursday.",
         "According to the energy ministry, the cut should reach filling stations within two weeks, depending on each "
         "distributor."]
LEADS = ["The country's largest refiner reported its highest quarterly profit on record on Monday, helped by strong "
         "demand.", "Consumer price inflation slowed to 3.1 percent in October, the statistics office said on Friday."]
HEADS = ["Refiner posts record quarterly profit", "Inflation slows in October"]


def _text(lines):
    return clean_text("\n\n".join(lines) + "\n").text.split("\n\n")


def test_clean_tail_teaser_leads_below_a_box_are_a_tail():
    out = _text([*STORY, "Related stories", *HEADS, *LEADS])
    assert out == STORY[1:] or out == STORY, out
    assert not any(lead in out for lead in LEADS)


def test_clean_tail_story_resuming_on_a_headline_subject_stays():
    more = ["Filling station owners said the government petrol price cut would reach drivers within two weeks.",
            "The energy ministry said distributors who kept the old petrol price would face fines."]
    out = _text([*STORY, "Read more", "Petrol price cut welcomed by drivers", "Inflation slows in October", *more])
    assert all(line in out for line in more), out


def test_clean_tail_lead_words_setting_off_keeps_the_leads():
    cfg = DEFAULT.replace(CLEAN_TAIL_LEAD_SHARED_WORDS=0)
    out = clean_text("\n\n".join([*STORY, "Related stories", *HEADS, *LEADS]) + "\n", settings=cfg).text
    assert LEADS[0] in out
