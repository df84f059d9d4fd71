"""review13's findings against session 13's html rules (htmlfix13): each test fails without its fix."""

from __future__ import annotations

import json

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


_BRIEF = ("<p>Main Street will be closed between the railway station and the river bridge from 7pm on Friday until "
          "6am on Saturday while the road is resurfaced, the council said.</p><p>Diversions will be signposted and "
          "buses will use Mill Lane.</p>")


def _brief(extra: str, h1: bool = True) -> str:
    head = "<h1>Main Street closed on Friday night</h1>" if h1 else ""
    return ("<html><head><title>Main Street closed on Friday night | Bay Courier</title><meta property="
            "'article:published_time' content='2024-03-05T09:00:00Z'></head><body><header><a href='/'>Bay Courier"
            f"</a></header><main><article>{head}{_BRIEF}{extra}</article></main></body></html>")


def test_finding16_a_short_brief_with_a_comment_form_or_share_field_is_kept():
    for extra in ("<form class='comment-form'><input type='text' name='author'><textarea name='comment'></textarea>"
                  "<button>Post</button></form>",
                  "<div class='share'><input type='email' placeholder='Send to a friend'><button>Send</button></div>"):
        for h1 in (True, False):  # with the headline in the box, and without it (half the text or more)
            article = extract_html(_brief(extra, h1))[0]
            assert "Main Street will be closed" in article.text
            assert "Diversions will be signposted" in article.text


_PARAS = ["Ferry fares on all routes across the bay will rise by 20 percent from April, the operator announced.",
          "The company blamed higher fuel costs and a new wage deal with its crews, which it said added 4 million "
          "pounds to its annual bill, the largest rise in its history.",
          "Commuter groups were angry.",
          "They said the rise would push more people back into their cars, and they plan a protest at the main "
          "terminal next week, when the board meets to approve the new prices.",
          "A season ticket will go up from 95 to 114 a month."]


def _paywalled(body: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares to rise",
          "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                                                      "cssSelector": ".paywall"}}
    return (f"<html><head><title>Ferry fares to rise | Bay Courier</title><script type='application/ld+json'>"
            f"{json.dumps(ld)}</script></head><body><main><article><h1>Ferry fares to rise</h1><p class='byline'>By "
            f"Jane Doe</p>{body}</article></main></body></html>")


def test_finding27_google_paywall_markup_on_the_story_keeps_every_paragraph():
    per_para = f"<p>{_PARAS[0]}</p>" + "".join(f"<p class='paywall'>{p}</p>" for p in _PARAS[1:])
    free_lead = (f"<div class='non-paywall'><p>{_PARAS[0]}</p></div><div class='paywall'>"
                 + "".join(f"<p>{p}</p>" for p in _PARAS[1:]) + "</div>")
    for body in (per_para, free_lead):
        text = extract_html(_paywalled(body))[0].text
        assert all(p in text for p in _PARAS), body[:60]


def test_finding27_a_prompt_in_a_paywall_box_still_goes():
    box = ("<div class='paywall'><h3>Keep reading with a subscription</h3><p>Get unlimited access from $1 a week."
           "</p><a href='/subscribe'>Subscribe now</a></div>")
    text = extract_html(_paywalled("".join(f"<p>{p}</p>" for p in _PARAS) + box))[0].text
    assert "Keep reading with a subscription" not in text and "unlimited access" not in text
    assert all(p in text for p in _PARAS)


def _next_page(data: dict, og_type: str = "article") -> str:
    return ("<html><head><title>Tidewater Now</title><meta property='og:type' content='" + og_type + "'></head><body>"
            "<div id='__next'><main><div class='spinner'><span>Loading…</span></div></main></div><script id="
            "'__NEXT_DATA__' type='application/json'>" + json.dumps(data) + "</script></body></html>")


def test_finding3_arc_items_that_are_no_text_give_no_body_lines():
    elements = [{"_id": "A1", "type": "text", "content": f"<p>{_PARAS[0]}</p>"},
                {"_id": "A2", "type": "image", "url": "https://cdn.example.com/ferry.jpg",
                 "caption": "Passengers board the morning ferry at Northpoint terminal on Monday."},
                {"_id": "A3", "type": "text", "content": f"<p>{_PARAS[1]}</p>"},
                {"_id": "A4", "type": "interstitial_link", "url": "/news/tolls",
                 "content": "Read more: Bay bridge tolls frozen for another year"},
                {"_id": "A5", "type": "text", "content": f"<p>{_PARAS[3]}</p>"},
                {"_id": "A6", "type": "raw_html", "content": "<div class='ad-slot'></div>"}]
    text = extract_html(_next_page({"props": {"pageProps": {"globalContent": {"content_elements": elements}}}}))[0].text
    assert all(_PARAS[i] in text for i in (0, 1, 3))
    assert "Passengers board" not in text and "Read more" not in text


def test_finding4_a_section_pages_story_list_is_no_article():
    stories = [{"id": i, "headline": f"Story {i} headline", "url": f"/local/story-{i}", "description": p}
               for i, p in enumerate(_PARAS[:2] + _PARAS[3:4] + ["Three routes will be merged to save money, the "
                                                                   "education board said on Monday."])]
    page = _next_page({"props": {"pageProps": {"section": "Local", "stories": stories}}}, og_type="website")
    assert extract_html(page)[0].text == ""




def test_finding27_a_non_paywall_box_is_no_call_to_action():
    # Google's free lead 'non-paywall' names no paywall, even where the lead quotes a price (the prompt test's '$95')
    lead = "A season ticket will go up from $95 to $114 a month, the operator said."
    body = f"<div class='non-paywall'><p>{lead}</p></div>" + "".join(f"<p>{p}</p>" for p in _PARAS[:2] + _PARAS[3:4])
    assert lead in extract_html(_paywalled(body))[0].text


def test_finding16_a_tools_line_beside_a_postcode_field_is_no_sign_up_widget():
    # a form's box asking for no e-mail address whose text reads as no prompt is a tool beside the story
    tool = ("<div class='tool'><p>Residents can check whether their street is affected on the council website.</p>"
            "<input type='text' placeholder='Postcode'><button>Check</button></div>")
    body = "".join(f"<p>{p}</p>" for p in _PARAS[:2]) + tool + "".join(f"<p>{p}</p>" for p in _PARAS[3:])
    assert "Residents can check whether their street" in extract_html(_paywalled(body))[0].text


def test_findings5_12_the_leads_event_day_never_beats_htmldates_stated_day():
    # no publication meta the rules read: <meta name="date">, or a 'Posted on' stamp below the body; the only day near
    # the headline is the lead's event day inside a sentence: htmldate's day (2024-03-05) stands, not 2024-03-03
    stamps = [("<meta name='date' content='2024-03-05'>", ""),
              ("", "<p class='entry-meta'>Posted on <time class='entry-date'>March 5, 2024</time> by Jane Doe</p>")]
    for meta, footer in stamps:
        page = _dated_page("News").replace("</title>", "</title>" + meta).replace("</article>", footer + "</article>")
        assert extract_html(page)[1].published == "2024-03-05", (meta, footer)


def test_findings5_12_a_dateline_or_htmldates_modified_day_leaves_the_printed_day():
    from newsdesk.html.dates import _in_prose, decide

    lead = ("Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen und Christen am Ewigkeitssonntag "
            "ihrer verstorbenen Angehörigen.")
    assert not _in_prose(lead, lead.index("12.11"))  # the node's dateline, no event day
    assert _in_prose(_LEAD, _LEAD.index("March 3"))
    cands = {"htmldate_original": "2022-01-27", "headline": [(120, "2022-01-26")], "headline_prose": [120]}
    assert decide(cands)[0] == "2022-01-27"
    # htmldate's day is the page's modified day: it states no publication, the printed day stands
    assert decide({**cands, "meta_modified": "2022-01-27"})[0] == "2022-01-26"
