"""clean/shape.caption_credit: an unlabelled bracketed 'x/y' is a credit only when it names its maker (a job list's
'(m/w/d)', options '(Sky/DAZN)', '(I/O)' stay the article's); the spaced-slash form and its two settings; linear
time on long runs of whitespace."""

import page_lines

from newsdesk.clean import clean_text
from newsdesk.clean.shape import caption_credit
from newsdesk.settings import DEFAULT

P, MENU, FOOT = list(page_lines.P), list(page_lines.MENU), list(page_lines.FOOT)
ITEMS = ["Die Stadtwerke suchen derzeit unter anderem:",
         "Elektroniker für Betriebstechnik (m/w/d)",
         "Kaufmann für Büromanagement (m/w/d)",
         "Fachinformatiker Systemintegration (m/w/d)",
         "Bayern München gegen Borussia Dortmund (Sky/DAZN)"]
NAMED = ["Paul Volcker and President Obama during a meeting. (Saul Loeb/AFP/Getty Images)",
         "Empty wooden crib (Getty Images/Alexey Emelyanov)",
         "(Elizabeth Conley / Houston Chronicle)",
         "(© FEI/Christophe Taniere)"]
SLASHED = "Ein Hermelin ist im Winter gut getarnt / Stockfoto.com"


def test_clean_page_list_items_with_a_slashed_pair_stay():
    assert not any(caption_credit(s, DEFAULT) for s in [*ITEMS, "Input and output devices (I/O)", "Softshell (Mini/Pro)"])
    out = clean_text("\n".join([*MENU, "Stadtwerke stellen 40 Fachkräfte ein", P[0], P[1], *ITEMS, P[2], P[3],
                                *FOOT])).text
    assert all(s in out for s in ITEMS[1:])


def test_clean_page_named_bracket_credit_is_one():
    assert all(caption_credit(s, DEFAULT) for s in NAMED)


def test_clean_page_spaced_slash_credit_and_its_settings():
    assert caption_credit(SLASHED, DEFAULT)
    out = clean_text("\n".join([*MENU, "Kabinett beschließt Energiegesetz", P[0], P[1], SLASHED, P[2], P[3],
                                *FOOT])).text
    assert SLASHED not in out and all(p in out for p in P)
    n_caption = len(SLASHED.split(" / ")[0].split())
    assert not caption_credit(SLASHED, DEFAULT.replace(CLEAN_PAGE_CREDIT_SLASH_CAPTION_WORDS=n_caption + 1))
    assert not caption_credit("Ein Hermelin ist im Winter gut getarnt / Bild von Anna Muster", DEFAULT)
    assert caption_credit("Ein Hermelin ist im Winter gut getarnt / Bild von Anna Muster",
                          DEFAULT.replace(CLEAN_PAGE_CREDIT_SLASH_MAX_WORDS=5))


def test_clean_page_caption_credit_long_whitespace_runs_end():
    # each would take hours with a backtracking pattern (cubic in the run of spaces); linear they take milliseconds
    n = 200_000
    for line in ("ab: " + " " * n + ")", "Ein Bild hier x / " + " " * n + ")", "Foto: " + "a " * n + "(",
                 "Foto: " + "\t" * n + "AFP/SID"):
        assert caption_credit(line, DEFAULT) in (True, False)
