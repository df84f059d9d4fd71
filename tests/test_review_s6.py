"""Session 6 review: regressions found in the session's changes, each test failing without its fix."""

from newsdesk.html import extract_html


def _para(k: int) -> str:
    return (f"<p>Paragraph {k} of the story tells what the council decided about the new bridge over the river, "
            "and why the vote took so long this year.</p>")


def test_html_body_split_around_an_inline_box_keeps_its_last_part():
    """html.body._after_container: the rest of an article body split around an ad (a later element of the
    container's tag and class) is the article's, not a box after it; a box after the body still goes."""
    page = ("<html><head><title>Council votes on bridge</title></head><body><main><article>"
            "<h1>Council votes on bridge</h1>"
            "<div class='body'>" + "".join(_para(k) for k in range(1, 21)) + "</div>"
            "<div class='ad'><a href='/ad'>Advertisement</a></div>"
            "<div class='body'>" + _para(21) + "</div>"
            "<div class='contact'><p>Questions? Write to the press office of the town hall any weekday.</p></div>"
            "</article></main></body></html>")
    text = extract_html(page)[0].text
    assert all(f"Paragraph {k} of the story" in text for k in range(1, 22))
    assert "press office" not in text
