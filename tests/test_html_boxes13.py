"""html/boxes.form_boxes (session 13, html13): a sign-up card's or newsletter widget's lines inside the article."""

from __future__ import annotations

from pathlib import Path

from newsdesk.html import extract_html

FIX = Path(__file__).parent / "fixtures" / "probe" / "html13"
_STORY = "".join(f"<p>Paragraph {i} of the story says the harbour wall will be repaired in the spring, the council "
                 f"said on Monday after engineers found cracks along its length.</p>" for i in range(1, 5))


def _page(box: str) -> str:
    return (f"<html><head><title>Harbour wall repairs</title></head><body><article><h1>Harbour wall repairs</h1>"
            f"{_STORY[:len(_STORY) // 2]}{box}{_STORY[len(_STORY) // 2:]}</article></body></html>")


def test_html_boxes13_signup_card_goes():
    text = extract_html((FIX / "ghost_casper.html").read_bytes())[0].text
    assert "Get Field Notes in your inbox" not in text and "One story from the land every Friday" not in text
    assert "Colony losses have dropped since the change" in text
    card = ("<div class='signup'><h2>Get the Harbour Post in your inbox</h2><p>One story every Friday. No spam.</p>"
            "<form><input type='email' placeholder='Your email'><button>Subscribe</button></form></div>")
    text = extract_html(_page(card))[0].text
    assert "No spam" not in text and "in your inbox" not in text and text.count("Paragraph") == 4


def test_html_boxes13_story_with_a_form_stays():
    # a form in the story's own container: the box (the smallest element holding a line and the form) is the
    # story, far over HTML_FORM_BOX_MAX_CHARS: nothing goes
    page = _page("<form><input type='text' name='q'></form>")
    assert extract_html(page)[0].text.count("Paragraph") == 4
    # a line beside a form in a large box (a poll under a long paragraph) stays too
    poll = ("<div><p>" + "Residents were asked in a survey what the council should repair first. " * 6 + "</p><form>"
            "<input type='text'></form></div>")
    assert "what the council should repair first" in extract_html(_page(poll))[0].text


def test_html_boxes13_paywall_and_donate_boxes_go():
    text = extract_html((FIX / "substack_paywall.html").read_bytes())[0].text
    assert "Keep reading with a 7-day free trial" not in text and "to keep reading this post" not in text
    assert text.rstrip().endswith("inspect the company’s accounts.")
    text = extract_html((FIX / "brightspot.html").read_bytes())[0].text
    assert "supported by readers like you" not in text and "Grain handling is one of the most dangerous" in text


def test_html_boxes13_story_in_a_paywall_classed_body_stays():
    # sites that mark the story's own body 'paywall' (its text over HTML_CTA_BOX_MAX_CHARS): nothing goes
    page = _page("").replace("<article>", "<article class='article-body paywall'>")
    assert extract_html(page)[0].text.count("Paragraph") == 4
