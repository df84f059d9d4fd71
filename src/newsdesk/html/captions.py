"""Picture captions that trafilatura takes into the body: a short text that shares its wrapper with an image alone."""

from __future__ import annotations

from lxml.html import HtmlElement

from newsdesk.html.page import squash

_IMAGE_TAGS = ("img", "picture", "amp-img", "video")
_TEXT_BLOCKS = ("p", "blockquote", "li")  # a story's own paragraph, quotation or list item is text, never a caption


def image_caption(src: HtmlElement | None, text: str) -> bool:
    """Whether the extracted line `text`, whose text starts in the page element `src`, is the caption of a picture:
    the smallest element around it that holds an image (<img>, <picture>, <amp-img>, <video>) holds no other text
    (`<span class="end_photo"><img><em>The pier at dusk.</em></span>`, a Wix image viewer's caption span). A caption
    in a <figure>/<figcaption> trafilatura already leaves out; a line in a paragraph or section that holds a picture
    among other text, or whose own element holds the picture (`<p><img> Tickets go on sale ...</p>`), is no caption;
    nor is a line in a paragraph, quotation or list item below the picture's wrapper (`<div><img><p>Tickets go on
    sale ...</p></div>`, a WordPress media-text block, a pull quote beside an avatar: review14 finding 9)."""
    if src is None:
        return False
    key = squash(text)
    for up in (src, *src.iterancestors()):
        if up.tag in ("body", "html", "article", "main"):
            return False
        if next(up.iter(*_IMAGE_TAGS), None) is not None:  # the line's own element with an inline picture is text
            return up is not src and squash(up.text_content()) == key
        if up.tag in _TEXT_BLOCKS:
            return False
    return False

