"""Whole-page scrapes: the article's run is cut back from its end, piece after piece, past a comment thread or a
list of other stories (each piece weighs little beside the article), but never past more than
CLEAN_PAGE_TAIL_MAX_CUT_RATIO times what stays."""

import page_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import trim_tail
from newsdesk.settings import DEFAULT

P = list(page_lines.P)
MENU, FOOT = list(page_lines.MENU), list(page_lines.FOOT)
P += [("Die Energieversorger begrüßten das Vorhaben grundsätzlich, warnten aber vor zu knappen Fristen beim Netzausbau "
       "und vor steigenden Kosten für die Verbraucher, wenn die Leitungen nicht rechtzeitig fertig würden."),
      ("Auch die Kommunen meldeten sich zu Wort und forderten, an den Erträgen der Anlagen stärker beteiligt zu werden, "
       "damit die Akzeptanz in der Bevölkerung vor Ort wachse und Klagen seltener würden."),
      ("Umweltverbände nannten den Entwurf einen ersten Schritt, der aber beim Artenschutz und bei der Beteiligung der "
       "Öffentlichkeit deutlich nachgebessert werden müsse, bevor er verabschiedet werden könne."),
      ("Wie es mit dem Gesetz weitergeht, dürfte sich in den kommenden Wochen entscheiden, wenn die Fraktionen ihre "
       "Änderungswünsche vorlegen und der Bundesrat seine Stellungnahme abgibt.")]
COMMENTS = [("Ich finde es richtig, dass endlich etwas passiert, auch wenn die Summen viel zu klein sind und die "
             "Umsetzung wieder Jahre dauern wird, wie man es gewohnt ist."),
            ("Was für ein Unsinn, die Strompreise steigen doch jetzt schon jedes Jahr, und am Ende zahlen wie immer "
             "die kleinen Leute die Rechnung für diese Pläne."),
            ("Bei uns im Dorf wird seit drei Jahren über ein einziges Windrad gestritten, und ich glaube nicht, dass "
             "ein neues Gesetz daran irgendetwas ändern wird.")]


def _page() -> list[str]:
    lines = [*MENU, "Kabinett beschließt Energiegesetz", *P]
    for n, c in enumerate(COMMENTS):
        lines += [f"Leser{n} schrieb:", "Antworten", c]  # each comment under its two furniture lines
    return [*lines, *FOOT]


def test_clean_page_comment_thread_after_the_article_goes():
    c = clean_text("\n".join(_page()))
    assert all(p in c.text for p in P)
    assert not any(x in c.text for x in COMMENTS)


def test_clean_page_tail_one_cut_only_when_off():
    c = clean_text("\n".join(_page()), settings=DEFAULT.replace(CLEAN_PAGE_TAIL_MAX_CUT_RATIO=0.0))
    assert all(p in c.text for p in P)
    assert any(x in c.text for x in COMMENTS)  # the first comment is as heavy as the others: one cut leaves it


def test_clean_page_tail_never_cuts_more_than_the_ratio_of_what_stays():
    # a short article above a long thread: cutting the whole thread would cut more than the article weighs
    scores = [30.0, 30.0, -8.0, -8.0] + [12.0, -8.0, -8.0] * 10
    spans = [(0, len(scores))]
    out = trim_tail(scores, spans, DEFAULT)
    a, b = out[0]
    cut = sum(max(0.0, s) for s in scores[b:])
    assert cut < DEFAULT.CLEAN_PAGE_TAIL_MAX_CUT_RATIO * sum(scores[a:b]) or b == len(scores)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([-8.0, 0.0, 5.0, 12.0, 40.0, 120.0]), min_size=1, max_size=60))
def test_clean_page_tail_cut_keeps_the_run_start_and_stays_inside(scores):
    spans = [(0, len(scores))]
    out = trim_tail(scores, spans, DEFAULT)
    assert len(out) == 1 and out[0][0] == 0 and 0 <= out[0][1] <= len(scores)
