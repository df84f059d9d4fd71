"""Review 12 FINDING 12 (tailfix12): a read-also box in the middle of a story cut the rest of the story as 'tail'.

A tail heading alone on its line ('Leia mais', 'Läs också', 'ये भी पढ़ें', '관련기사', 'Read more'), one to three linked
headlines below it, then the story going on for paragraphs: the heading and its headlines go, every paragraph of the
story stays (clean/tail.py inline_headline / story_resumes). A real tail (headlines with teaser leads to the end, a
list of more headlines than a box holds) is still cut. Inputs: the reviewer's (/tmp/review12/f12.py, f12b.py) and
hand-written ones, none from a dev set."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.tail import inline_headline, story_resumes
from newsdesk.settings import DEFAULT

# (title, first paragraph, heading, headlines of the box, the story's paragraphs below the box)
CASES = {
    "pt": ("Governo anuncia corte no preço da gasolina",
           "O governo federal anunciou nesta terça-feira um corte de 5% no preço da gasolina vendida pelas refinarias, "
           "que passa a valer a partir de quinta-feira.",
           "Leia mais",
           ["Petrobras registra lucro recorde no trimestre", "Inflação desacelera em outubro, diz IBGE"],
           ["Segundo o Ministério de Minas e Energia, a redução deve chegar aos postos em até duas semanas, "
            "dependendo da política de cada distribuidora.",
            "A oposição criticou a medida e disse que ela tem motivação eleitoral, às vésperas do segundo turno."]),
    "sv": ("Regeringen sänker skatten på bensin",
           "Regeringen vill sänka skatten på bensin och diesel med två kronor litern från den första juli, meddelade "
           "finansministern på tisdagen.",
           "Läs också",
           ["Oppositionen kräver krisstöd till bönderna", "Elpriset rusar i södra Sverige"],
           ["Sänkningen kostar staten omkring tio miljarder kronor per år och ska finansieras med lån, enligt "
            "budgetpropositionen.",
            "Oppositionen kallar förslaget kortsiktigt och kräver i stället stöd till kollektivtrafiken i glesbygden."]),
    "hi": ("दिल्ली में पेट्रोल के दाम घटे",
           "केंद्र सरकार ने मंगलवार को पेट्रोल और डीजल पर उत्पाद शुल्क में दो रुपये प्रति लीटर की कटौती की घोषणा की, जो "
           "गुरुवार से लागू होगी।",
           "ये भी पढ़ें",
           ["शेयर बाजार में रिकॉर्ड तेजी, सेंसेक्स नई ऊंचाई पर", "महंगाई दर अक्टूबर में घटकर चार प्रतिशत पर"],
           ["पेट्रोलियम मंत्रालय के अनुसार, इस कटौती से सरकार पर सालाना करीब बीस हजार करोड़ रुपये का बोझ पड़ेगा।",
            "विपक्ष ने इस फैसले को चुनावी कदम बताया और कहा कि यह राहत बहुत देर से आई है।"]),
    "ko": ("정부, 휘발유 유류세 인하 연장",
           "정부는 화요일 휘발유와 경유에 대한 유류세 인하 조치를 내년 6월까지 연장한다고 밝혔다.",
           "관련기사",
           ["국제유가 석 달 만에 최고치", "물가 상승률 두 달 연속 둔화"],
           ["기획재정부는 이번 연장으로 세수가 약 2조 원 줄어들 것으로 예상했다.", "야당은 근본적인 대책이 빠졌다며 비판했다."]),
    "en": ("Government cuts petrol price",
           "The government announced on Tuesday a 5% cut in the price of petrol sold by refineries, effective from "
           "Thursday.",
           "Read more",
           ["Refiner posts record quarterly profit", "Inflation slows in October, statistics office says",
            "Unions call for a national strike next month"],
           ["According to the energy ministry, the cut should reach filling stations within two weeks, depending on "
            "each distributor.",
            "The opposition criticised the measure and said it was timed for the election run-off."]),
}
EN_HEADINGS = ["Read more", "Also read", "Related", "Related Articles", "Also Read:", "Leia também:"]


def _clean(lines: list[str], cfg=DEFAULT):
    return clean_text("\n\n".join(lines), settings=cfg)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_review12_mid_article_read_also_box_goes_and_the_story_stays(lang):
    title, first, heading, box, rest = CASES[lang]
    c = _clean([title, first, heading, *box, *rest])
    for para in [first, *rest]:
        assert para in c.text
    assert heading not in c.text.split("\n\n")
    assert not any(h in c.text for h in box)
    assert {r.text for r in c.removed} == {heading, *box}


@pytest.mark.parametrize("heading", EN_HEADINGS)
@pytest.mark.parametrize("n", [1, 2, 3])
def test_review12_english_headings_over_one_to_three_headlines(heading, n):
    title, first, _, box, rest = CASES["en"]
    c = _clean([title, first, heading, *box[:n], *rest])
    assert c.text.split("\n\n")[-2:] == rest
    assert not any(h in c.text for h in box[:n])


# --- guards: a real tail still goes
TEASERS = [("Refiner posts record quarterly profit", "The company said higher margins lifted its results for the "
            "third quarter in a row."),
           ("Inflation slows in October, statistics office says", "Consumer prices rose 3.1 percent from a year "
            "earlier, down from 3.4 percent in September."),
           ("Unions call for a national strike next month", "The country's largest unions want higher wages for "
            "public sector workers.")]


@pytest.mark.parametrize("heading", ["Read more", "Related", "Leia mais", "Läs också", "관련기사"])
def test_review12_heading_over_headlines_with_teaser_leads_to_the_end_still_cuts(heading):
    title, first, _, _, rest = CASES["en"]
    tail = [x for pair in TEASERS for x in pair]
    c = _clean([title, first, *rest, heading, *tail])
    assert all(t not in c.text for t in tail)
    assert c.text.split("\n\n")[-2:] == rest


def test_review12_more_headlines_than_a_box_or_a_teaser_between_still_cut():
    title, first, heading, _, rest = CASES["en"]
    heads = [h for h, _ in TEASERS] + ["Markets close higher on tech rally"]
    for tail in (heads + rest,  # four headlines: a list of other stories, not a box
                 [heads[0], heads[1], TEASERS[1][1], heads[2], TEASERS[2][1]]):  # headlines with a lead, then more
        c = _clean([title, first, *rest, heading, *tail])
        assert c.text.split("\n\n")[-2:] == rest
        assert heads[2] not in c.text


def test_review12_story_resumes_reads_sentences():
    _, _, _, _, rest = CASES["ko"]
    assert story_resumes(rest, DEFAULT)
    assert not story_resumes(rest[:1], DEFAULT)  # one sentence to the end: a teaser lead as well
    assert not story_resumes([rest[1], rest[0]], DEFAULT)  # the first line must be running prose
    assert not story_resumes([rest[0], "Markets close higher on tech rally"], DEFAULT)
    assert not story_resumes(rest, DEFAULT.replace(CLEAN_TAIL_BOX_SENTENCE_MIN_WORDS=6))
    assert inline_headline(CASES["ko"][3] + rest, DEFAULT) == 2
    assert inline_headline(CASES["ko"][3] + rest, DEFAULT.replace(CLEAN_TAIL_BOX_MAX_HEADLINES=1)) == 0
    assert inline_headline(CASES["ko"][3] + rest, DEFAULT.replace(CLEAN_TAIL_BOX_MAX_HEADLINES=0)) == 0


# --- property: a box inserted between two paragraphs of any article keeps every paragraph
_WORDS = ["council", "river", "bridge", "school", "budget", "minister", "harbour", "station", "farmers", "court",
          "police", "market", "teachers", "village", "hospital", "election", "storm", "prices", "workers", "museum"]
_SMALL = ["the", "a", "of", "in", "and", "on", "for", "with", "to", "by"]
_WORD = st.sampled_from(_WORDS + _SMALL)
_PARA = st.lists(_WORD, min_size=8, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")
_HEADLINE = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=9).map(lambda ws: " ".join(ws).capitalize())
_HEADING = st.sampled_from(["Read more", "Also read", "Related", "Leia mais", "Läs också", "ये भी पढ़ें", "관련기사",
                            "Lire aussi", "Baca juga:"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PARA, min_size=3, max_size=7, unique=True), _HEADING, st.lists(_HEADLINE, min_size=1, max_size=3),
       st.data())
def test_review12_property_a_box_between_paragraphs_keeps_every_paragraph(paras, heading, box, data):
    """Paragraphs of running prose; the box (a tail heading and 1-3 headlines) between two of them, with at least two
    paragraphs below it (one sentence below a box is a teaser lead as well as a story's last line). The whole-page
    path (clean/page.py, not this rule's) is off: on a short text the box's headlines make it read as a page, and its
    own tail trim can cut there (board 18:30, tailfix12)."""
    at = data.draw(st.integers(min_value=1, max_value=len(paras) - 2))
    c = _clean([*paras[:at], heading, *box, *paras[at:]], DEFAULT.replace(CLEAN_PAGE_MIN_LINES=10_000))
    kept = c.text.split("\n\n")
    assert all(p in kept for p in paras)
