"""review13's findings against session 13's html rules (htmlfix13): each test fails without its fix."""

from __future__ import annotations

from newsdesk.html import extract_html

_LEAD = ("A 34-year-old man has been charged with arson after a fire destroyed a warehouse on the Riverside industrial "
         "estate on March 3, 2024, police said.")


def _dated_page(above: str, header: str = "", lead: str = _LEAD) -> str:
    return (f"<html><head><title>Man charged over warehouse fire | Easton Gazette</title></head><body><header>"
            f"<a href='/'>Easton Gazette</a>{header}<nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            f"</header><main><article><div class='post-meta'>{above}</div><h1>Man charged over warehouse fire</h1>"
            f"<div class='byline'>By Jane Doe</div><p>{lead}</p><p>Firefighters spent eleven hours bringing the "
            "blaze under control, and nearby homes were evacuated as a precaution while crews worked.</p><p>The "
            "warehouse, which stored furniture for three local shops, was destroyed. Nobody was hurt.</p></article>"
            "</main><footer><p>© 2024 Easton Gazette</p></footer></body></html>")


def test_finding11_post_meta_row_above_the_headline_beats_the_leads_event_day():
    # 'News · March 5, 2024' printed in the article's post-meta row above the h1 (htmldate's day too); the lead's
    # 'on March 3, 2024, police said.' is the event's day: rule 'byline' took it (2024-03-03)
    for above in ("News · March 5, 2024", "<span class='cat'>News</span> <span class='date'>5 March 2024</span>"):
        assert extract_html(_dated_page(above))[1].published == "2024-03-05"


def test_finding11_the_post_meta_rows_day_is_the_bylines_over_a_dated_caption():
    # a short dated caption under the headline is no sentence; the row above the h1 inside the article prints the day
    page = _dated_page("News · March 5, 2024", lead="Fire crews at the Riverside estate, March 3, 2024")
    assert extract_html(page)[1].published == "2024-03-05"


def test_finding11_a_day_inside_a_sentence_of_the_lead_is_no_byline():
    # the day above sits in the site's header, outside the article: the lead's sentence still names no byline day
    page = _dated_page("News", header="<span class='today'>March 5, 2024</span>")
    assert extract_html(page)[1].published != "2024-03-03"
