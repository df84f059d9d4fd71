"""A plain-text article's headline becomes its title whatever its first word's script or opening mark (review13
findings 1 and 13): a headline in a script without case (Hindi, Arabic, Chinese), or opening with a quotation mark, a
figure or a bracket, was left without a title because only a capital first character counted."""

from __future__ import annotations

import pytest

from newsdesk.clean import clean_text

_BODY = {
    "hi": ["पटना: बिहार के कई जिलों में लगातार बारिश के बाद नदियों का जलस्तर बढ़ गया है और सैकड़ों गांव पानी में डूब गए हैं।",
           "जिला प्रशासन ने बताया कि अब तक बारह राहत शिविर खोले गए हैं, जहां करीब तीन हजार लोग रह रहे हैं।",
           "मौसम विभाग ने अगले तीन दिनों तक भारी बारिश की चेतावनी दी है।"],
    "ar": ["القاهرة: ارتفعت أسعار الخبز غير المدعوم في القاهرة بنسبة عشرين في المئة هذا الأسبوع بعد زيادة سعر الطحين.",
           "وقال أصحاب المخابز إنهم لا يستطيعون تحمل التكاليف الجديدة دون رفع الأسعار.",
           "ومن المتوقع أن تعلن الحكومة عن إجراءات جديدة لدعم الأسر الفقيرة الشهر المقبل."],
    "en": ["The new mayor told the council on Monday that no household would pay more council tax next year.",
           "She said savings would come from merging two departments and selling an empty office block."],
}
_CASES = [
    ("hi", "बाढ़ से गांवों में भारी नुकसान, सैकड़ों परिवार बेघर"),
    ("ar", "ارتفاع أسعار الخبز في القاهرة بعد زيادة سعر الطحين"),
    ("en", "'We will not raise taxes', says new mayor"),
    ("en", "“We will not raise taxes,” says new mayor"),
    ("en", "100 days in, new mayor says roads come first"),
    ("en", "[UPDATED] Storm closes schools across the county"),
]


@pytest.mark.parametrize("lang, headline", _CASES)
def test_the_headline_is_the_title_whatever_its_first_word(lang, headline):
    cleaned = clean_text("\n\n".join([headline, *_BODY[lang]]) + "\n")
    assert cleaned.title == headline


@pytest.mark.parametrize("first", ["the mayor said roads come first", "“the mayor said roads come first”"])
def test_a_lower_case_first_line_is_still_no_title(first):
    cleaned = clean_text("\n\n".join([first, *_BODY["en"]]) + "\n")
    assert cleaned.title is None
