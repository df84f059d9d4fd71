"""Issue 14 (tail helper, session 8): a tail heading cuts the rest of a text only where other stories follow it.

A lone 'Related' / 'Also read' / 'Trending' / 'Lire aussi' heading between body paragraphs (its box's items not
scraped) goes alone and the article below it stays; an inline 'Also Read: <headline>' link over an ad line goes with
the ad and the article runs on; where headlines and leads follow, the heading still cuts them. A closing run of other
stories under a heading no list names ('Artículos relacionados', 'مقالات ذات صلة', any language) goes by its shape
(clean/tail.py closing_stories); an article with subheadings, a list of people and a text with more running text in
the run than above it keep every line. Hand-written texts, none from a dev set or the probe fixtures."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.tail import closing_stories, inline_headline, other_stories_follow, units
from newsdesk.settings import DEFAULT

LEAD = ("OTTAWA, May 3 - Canada's central bank held its key interest rate at 5 percent on Wednesday and said "
        "inflation was easing faster than it had expected in January.")
BODY = [
    "Economists had expected the bank to hold, after two months of slower price growth.",
    '"We are not yet where we need to be," the governor told reporters after the decision.',
]
HEADINGS = ["Related", "Related Articles", "Also Read", "Read More", "Trending", "Trending Now", "Latest News",
            "Recommended", "Most Read", "Most Popular", "Next article", "Top Stories", "You May Also Like",
            "Weitere Artikel", "Lire aussi", "Lea también", "Czytaj też"]


def _kept(text: str) -> list[str]:
    return clean_text(text).text.split("\n\n")


@pytest.mark.parametrize("heading", HEADINGS)
def test_clean_tail_lone_heading_between_paragraphs_goes_alone(heading):
    c = clean_text("\n\n".join([LEAD, heading, *BODY]))
    assert c.text.split("\n\n") == [LEAD, *BODY]
    assert [r.text for r in c.removed if r.reason == "tail"] == [heading]


@pytest.mark.parametrize("furniture", ["ADVERTISEMENT", "Advertisement - Scroll to continue", "SK/AB"])
def test_clean_tail_inline_also_read_over_furniture_goes_and_the_article_runs_on(furniture):
    link = "Also Read: Airline cancels flights over pilot shortage"
    c = clean_text("\n\n".join([LEAD, link, furniture, *BODY]))
    assert c.text.split("\n\n") == [LEAD, *BODY]
    assert link in [r.text for r in c.removed]


@pytest.mark.parametrize("heading", ["Related", "Also Read", "Trending Now", "Lire aussi"])
def test_clean_tail_heading_over_headlines_still_cuts_them(heading):
    tail = ["Bank of England holds rates for a third month",
            "The bank said wage growth remained too strong to cut rates soon.",
            "Oil prices climb after supply cuts"]
    c = clean_text("\n\n".join([LEAD, *BODY, heading, *tail]))
    assert c.text.split("\n\n") == [LEAD, *BODY]
    assert {r.text for r in c.removed if r.reason == "tail"} == {heading, *tail}


def test_clean_tail_other_stories_follow_reads_past_furniture():
    assert not other_stories_follow(["Advertisement", *BODY], DEFAULT)
    assert not other_stories_follow(["Why does it matter?", *BODY, "Bank of England holds rates"], DEFAULT)
    assert other_stories_follow(["Advertisement", "Bank of England holds rates", *BODY], DEFAULT)
    assert other_stories_follow([], DEFAULT)
    assert other_stories_follow(["Share this article", "Follow us on Twitter"], DEFAULT)


@pytest.mark.parametrize("after", [
    [BODY[0]],  # one line of prose before the end: too little to be the article going on
    [BODY[0], "Published Nov 9, 2023 at 5:01 a.m. ET", BODY[1]],  # a dated item: a list of stories
    ["Bank of England pumps another 150bn into the economy and warns GDP will slump 2 per cent this quarter...",
     "Germany closes in on Britain's daily cases with a record 20,000 new infections as WHO warns of a…", *BODY],
    ["Will the Fed raise rates again this year?", "What comes next for borrowers?"],
])
def test_clean_tail_other_stories_follow_teasers_stamps_and_questions(after):
    assert other_stories_follow(after, DEFAULT)


def test_clean_tail_body_lines_are_read_from_the_settings():
    text = "\n\n".join([LEAD, "Trending", *BODY])
    assert clean_text(text).text.split("\n\n") == [LEAD, *BODY]
    assert clean_text(text, settings=DEFAULT.replace(CLEAN_TAIL_BODY_MIN_LINES=3)).text == LEAD


SAME_LANGUAGE = {
    "spanish": (["MADRID, 3 may (EFE).- El Banco de España mantuvo este miércoles su previsión de crecimiento para "
                 "este año y advirtió de que la inflación seguirá alta durante meses.",
                 "El organismo espera que el paro baje ligeramente en la segunda mitad del año."],
                ["Artículos relacionados", "El Gobierno aprueba los presupuestos del próximo año",
                 "El Consejo de Ministros dio luz verde este martes a las cuentas públicas para el año que viene.",
                 "La vivienda sube por quinto trimestre consecutivo",
                 "El precio medio del metro cuadrado alcanzó un nuevo máximo en las grandes ciudades."]),
    "arabic": (["الرياض - أعلن البنك المركزي السعودي يوم الأربعاء الإبقاء على أسعار الفائدة دون تغيير بعد اجتماع لجنة "
                "السياسة النقدية.",
                "وقال البنك في بيان إن التضخم تراجع خلال الأشهر الأخيرة بفضل انخفاض أسعار الغذاء."],
               ["أخبار ذات صلة", "أسعار النفط ترتفع بعد خفض الإنتاج",
                "ارتفعت أسعار النفط الخام يوم الثلاثاء بعد إعلان عدد من المنتجين خفض الإنتاج.",
                "البورصة تغلق على ارتفاع للجلسة الثالثة",
                "أغلقت البورصة على ارتفاع بدعم من أسهم البنوك والشركات الصناعية الكبرى."]),
    "hindi": (["नई दिल्ली - केंद्र सरकार ने बुधवार को किसानों के लिए नई फसल बीमा योजना की घोषणा की, जिसकी लागत करीब "
               "दस हजार करोड़ रुपये होगी।",
               "कृषि मंत्री ने कहा कि योजना का लाभ अगले महीने से मिलना शुरू हो जाएगा।"],
              ["संबंधित खबरें", "बिहार में बाढ़ से हजारों परिवार बेघर, राहत शिविरों में भीड़ बढ़ी",
               "राज्य सरकार ने कहा कि प्रभावित जिलों में राहत सामग्री भेजी जा रही है।",
               "पेट्रोल और डीजल की कीमतों में लगातार तीसरे दिन बढ़ोतरी दर्ज",
               "तेल कंपनियों ने बुधवार को फिर से दाम बढ़ाने की घोषणा की।"]),
    "english_unlisted": ([LEAD, *BODY],
                         ["Elsewhere on the site", "Bank of England holds rates for a third month",
                          "The bank said wage growth remained too strong to cut rates soon.",
                          "Oil prices climb after supply cuts in the Gulf",
                          "Brent crude rose 2 percent after producers announced new output cuts."]),
}


@pytest.mark.parametrize("lang", sorted(SAME_LANGUAGE))
def test_clean_tail_closing_stories_under_an_unlisted_heading_go(lang):
    body, tail = SAME_LANGUAGE[lang]
    c = clean_text("\n\n".join(body + tail))
    assert c.text.split("\n\n") == body
    assert [r.text for r in c.removed if r.reason == "tail"] == tail


KEEP = {
    # subheadings over paragraphs of the article: no heading over a headline, the runs are the article's
    "subheadings": [LEAD, BODY[0], "What the bank said about prices",
                    "The bank said prices of goods had risen more slowly than those of services.",
                    "What comes next for borrowers", "Mortgage holders will face higher payments when they renew."],
    # more running text in the 'run' than above it: the text is the list itself
    "short_intro": ["Candidates", "Who is running", "Maria Lopez, the party's candidate for mayor",
                    "Lopez, 45, is a lawyer who has served two terms on the city council of the capital.",
                    "John Carter, the independent challenger",
                    "Carter, 52, ran a construction company for twenty years before entering politics."],
    # the text ends with the article's own paragraph
    "prose_last": [LEAD, "Related", "Bank of England holds rates for a third month", *BODY],
}


@pytest.mark.parametrize("case", sorted(KEEP))
def test_clean_tail_closing_stories_keeps_articles(case):
    assert closing_stories(KEEP[case], DEFAULT) is None


def test_clean_tail_units_keep_indic_words_whole_and_count_han_by_two():
    assert units("बिहार में बाढ़ से हजारों परिवार बेघर, राहत शिविरों में भीड़ बढ़ी") == 12
    assert units("岸田首相、経済対策の策定を指示") == 7
    assert units("Oil prices climb after supply cuts") == 6


def test_clean_tail_closing_stories_off_at_zero():
    body, tail = SAME_LANGUAGE["spanish"]
    assert closing_stories(body + tail, DEFAULT) == len(body)
    assert closing_stories(body + tail, DEFAULT.replace(CLEAN_TAIL_MIN_STORIES=0)) is None


_WORD = st.sampled_from(["bank", "rate", "city", "court", "river", "plan", "vote", "price", "school", "road"])
_HEADLINE = st.lists(_WORD, min_size=4, max_size=10).map(lambda ws: " ".join(ws).capitalize())
_LEAD = st.lists(_WORD, min_size=8, max_size=15).map(lambda ws: " ".join(ws).capitalize() + ".")
MORE = ("The decision leaves the rate at its highest level in two decades, and the bank said it was prepared to raise "
        "it again if price growth stalled above its target over the coming months.")


@given(st.lists(st.tuples(_HEADLINE, _LEAD), min_size=2, max_size=5), st.sampled_from(HEADINGS[:8]))
def test_clean_tail_closing_stories_cuts_exactly_at_the_heading(stories, heading):
    """A body of running prose, any heading and 2-5 headline + lead pairs (less running text than the body): the cut
    is the heading's index, and without the heading nothing is cut."""
    body = [LEAD, *BODY, MORE]
    run = [heading] + [x for pair in stories for x in pair]
    assert closing_stories(body + run, DEFAULT) == len(body)
    assert closing_stories(body + [x for pair in stories for x in pair], DEFAULT) is None


# --- review (session 10): a read-more heading on its own line with ONE linked headline on the next line, inside the
# article, cut every paragraph below it (other_stories_follow returned True at the headline)
INLINE = {
    "id": ("Baca juga:", "Harga minyak dunia turun tipis jelang akhir pekan",
           ["Pemerintah menaikkan harga bahan bakar minyak bersubsidi mulai Sabtu, kata menteri energi di Jakarta.",
            "Kenaikan harga itu diperlukan untuk menjaga anggaran negara tetap sehat di tengah naiknya harga minyak.",
            "Sejumlah serikat buruh menyatakan akan menggelar unjuk rasa di depan gedung parlemen pekan depan."]),
    "pt": ("Leia também:", "Preço do petróleo cai antes do fim de semana",
           ["O governo federal anunciou nesta sexta-feira um novo pacote de medidas para conter a alta dos preços.",
            "Segundo o ministro da Fazenda, as medidas devem custar cerca de 3 bilhões de reais neste ano.",
            "Economistas ouvidos pela reportagem afirmam que o efeito sobre a inflação deve ser pequeno."]),
    "tr": ("İlgili haberler:", "Petrol fiyatları hafta sonu öncesi düştü",
           ["Merkez Bankası politika faizini yüzde 50 seviyesinde sabit tuttuğunu perşembe günü duyurdu.",
            "Banka, enflasyondaki düşüş eğiliminin sürmesi halinde faiz indirimlerine başlanabileceğini belirtti.",
            "Ekonomistler kararın piyasa beklentileriyle uyumlu olduğunu ve kurda sınırlı etki yaratacağını söyledi."]),
    "en": ("Also read:", "Oil prices dip ahead of the weekend", [LEAD, *BODY]),
}


@pytest.mark.parametrize("lang", sorted(INLINE))
def test_clean_tail_heading_over_one_headline_inside_the_article_goes_with_it(lang):
    heading, headline, paras = INLINE[lang]
    c = clean_text("\n\n".join([paras[0], heading, headline, *paras[1:]]))
    assert c.text.split("\n\n") == paras
    assert {r.text for r in c.removed} == {heading, headline}


@pytest.mark.parametrize("lang", sorted(INLINE))
def test_clean_tail_heading_over_a_list_or_headline_and_lead_still_cuts(lang):
    heading, headline, paras = INLINE[lang]
    more = ["Bank of England holds rates for a third month", "Oil prices climb after supply cuts",
            "Markets close higher on tech rally"]
    for tail in ([headline, *more, *paras[1:]],  # four headlines: a list, more than a read-also box holds (review 12)
                 [headline, paras[1], "Bank of England holds rates for a third month", paras[2]]):  # headline + lead
        c = clean_text("\n\n".join([paras[0], heading, *tail]))
        assert c.text == paras[0]


def test_clean_tail_inline_headline_reads_the_lines_below():
    heading, headline, paras = INLINE["en"]
    assert inline_headline([headline, *paras[1:]], DEFAULT)
    assert not inline_headline([headline, paras[1]], DEFAULT)  # one line of prose: too little to be the article
    assert inline_headline([headline, headline, *paras[1:]], DEFAULT) == 2  # a box of two (review 12, FINDING 12)
    assert not inline_headline([headline] * 4 + paras[1:], DEFAULT)  # more headlines than a box holds: a list
    assert not inline_headline(["Advertisement", *paras[1:]], DEFAULT)  # furniture, no headline
    assert not inline_headline([paras[1], *paras[1:]], DEFAULT)  # prose: the caller's other_stories_follow reads it
    assert not inline_headline([headline, *paras[1:]], DEFAULT.replace(CLEAN_TAIL_BODY_MIN_LINES=0))
