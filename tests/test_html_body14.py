"""html14: article text trafilatura leaves out although its element gave other paragraphs (html/orphans.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import fromstring

from newsdesk.html import extract_html

_PARAS = ["The city will run water buses on the river from next spring, officials said on Friday.",
          "The buses will link seven piers between the airport and the stadium, every fifteen minutes at rush hour.",
          "Eight hybrid boats are being built, and the piers will get bicycle racks and bus stops.",
          "Some riders doubt the service will run in winter, when the river freezes for weeks at a time."]


def _br_page(paras: list[str], tail: str = "") -> str:
    # a portal's body: text nodes split by <br><br> inside an <article>, a photo span after the lead
    body = (paras[0] + "<br><br><span class='end_photo'><img src='/a.jpg' alt=''><em class='img_desc'>The pier.</em>"
            "</span><br><br>" + "<br><br>".join(paras[1:]) + tail)
    return ("<html><head><title>Water buses from spring | Daily</title></head><body><header><a href='/'>Daily</a>"
            "</header><div id='content'><h2 class='headline'>Water buses from spring</h2><div class='stamp'>2024.03.15. "
            f"10:20</div><div id='body'><article class='article_content'>{body}</article></div><p class='copy'>Copyright "
            "Daily. All rights reserved.</p></div><footer>Daily</footer></body></html>")


def test_html_body14_the_lead_before_the_first_br_of_an_article_is_kept():
    # trafilatura reads the tails of the <br> and the photo span, not the <article>'s own opening text
    text = extract_html(_br_page(_PARAS))[0].text
    assert text.split("\n\n")[0] == _PARAS[0]
    assert all(p in text for p in _PARAS)


def test_html_body14_a_stamp_or_a_label_opening_the_element_stays_out():
    # a short label or a timestamp line opening the element is no paragraph of the story
    for opening in ("Posted 15 March 2024 at 10:20 a.m.", "Photo gallery."):
        text = extract_html(_br_page([opening, *_PARAS[1:]]))[0].text
        assert opening not in text
        assert all(p in text for p in _PARAS[1:])


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60), min_size=1,
                max_size=4))
def test_html_body14_any_opening_text_never_raises(words):
    # bad input never produces a traceback: any text before the first <br> of the article
    extract_html(_br_page([" ".join(words) + ".", *_PARAS[1:]]))


def _article(inner: str) -> str:
    return ("<html><head><title>Water buses from spring | Daily</title></head><body><header><a href='/'>Daily</a>"
            f"</header><main><article><h1>Water buses from spring</h1><div class='body'>{inner}</div></article></main>"
            "<footer>Daily</footer></body></html>")


def test_html_body14_a_caption_beside_its_picture_alone_goes():
    # a Wix image viewer: <div><img><span>caption</span></div> between paragraphs; the caption shares its wrapper with
    # the picture alone
    inner = (f"<p>{_PARAS[0]}</p><div class='viewer'><img src='/a.jpg' alt=''><span class='cap'>Packing day in the "
             f"barn</span></div>" + "".join(f"<p>{p}</p>" for p in _PARAS[1:]))
    text = extract_html(_article(inner))[0].text
    assert "Packing day in the barn" not in text
    assert all(p in text for p in _PARAS)


def test_html_body14_text_beside_a_picture_in_its_own_paragraph_stays():
    # a short paragraph or a subheading under an image block, and a paragraph holding an inline picture in its text
    for block in ("<p>Nobody was hurt.</p>", "<h2>What happens next</h2>",
                  "<p><img src='/icon.png' alt=''> Tickets go on sale on Monday at the pier office.</p>"):
        inner = (f"<p>{_PARAS[0]}</p><p><img src='/a.jpg'></p>{block}" + "".join(f"<p>{p}</p>" for p in _PARAS[1:]))
        text = extract_html(_article(inner))[0].text
        assert fromstring(block).text_content().strip() in text, block



def test_html_body14_a_paragraph_or_quote_in_a_picture_wrapper_stays():
    # review14 finding 9: a short story paragraph or quotation whose wrapper holds a picture and nothing else is text,
    # not a caption (a <div> with an image and a <p>, a WordPress media-text block, a video section, a pull quote beside
    # an avatar)
    line, quote = "Tickets go on sale at the terminal on Friday.", "We had no choice at all."
    for block, watch in ((f"<div class='para'><img src='/b.jpg' alt=''><p>{line}</p></div>", line),
                         (f"<div class='wp-block-media-text'><figure><img src='/b.jpg' alt=''></figure><div class="
                          f"'wp-block-media-text__content'><p>{line}</p></div></div>", line),
                         (f"<section><video src='/c.mp4'></video><p>{line}</p></section>", line),
                         (f"<div class='pullquote'><img src='/avatar.jpg' alt=''><blockquote>{quote}</blockquote></div>",
                          quote)):
        inner = f"<p>{_PARAS[0]}</p>{block}" + "".join(f"<p>{p}</p>" for p in _PARAS[1:])
        text = extract_html(_article(inner))[0].text
        assert watch in text, block
        assert all(p in text for p in _PARAS)


def test_html_body14_a_rights_line_with_the_circled_c_goes():
    # Korean and Japanese sites print 'ⓒ' for the copyright sign: a short rights line at the body's end is no text
    inner = "".join(f"<p>{p}</p>" for p in _PARAS) + "<p>Copyright ⓒ Daily. All rights reserved. No redistribution.</p>"
    text = extract_html(_article(inner))[0].text
    assert "ⓒ" not in text
    assert all(p in text for p in _PARAS)
