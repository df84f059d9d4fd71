"""HTML pages -> main body text, headline and original publication day.

`extract_html(html, url)` is the one entry point. It decodes the bytes (`decode`), parses the page once (lxml) and
reads from that one tree:

- the body (`body`): trafilatura (with its readability/jusText fallbacks) plus measured repairs;
- the publication day (`dates`): JSON-LD / meta tags / htmldate / the day printed near the headline;
- the headline (trafilatura's title reader) and the language (`<html lang>`, content-language meta).

Split into a package past ~500 lines: `decode.py`, `dates.py`, `body.py`, and `page.py` for shared helpers.
"""

from __future__ import annotations

from newsdesk.html.body import extract_body, page_lang, page_title
from newsdesk.html.dates import date_candidates, headline_dates, publication_date
from newsdesk.html.decode import decode_html, parse_html
from newsdesk.model import Cleaned, Dating

__all__ = ["date_candidates", "decode_html", "extract_body", "extract_html", "headline_dates", "parse_html",
           "publication_date"]


def extract_html(html: str | bytes, url: str | None = None) -> tuple[Cleaned, Dating]:
    """One HTML page -> (Cleaned body/title/lang, Dating). A page without an article gives Cleaned(text="")."""
    text = decode_html(html)
    tree = parse_html(text) if text and text.strip() else None
    if tree is None:
        return Cleaned(text=""), Dating()
    title = page_title(tree)
    body = extract_body(tree, url, title)
    dating = publication_date(date_candidates(tree, url, title, text))  # text: the HTML, not written back
    return Cleaned(text=body, title=title, lang=page_lang(tree)), dating
