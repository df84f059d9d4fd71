"""Session 11 probe fixes (probe11c; tests/fixtures/probe/p11c_*): credits, junk lines, foreign tails and bad files
that the hand-written cases found, each rule from structure, and the properties cleaning keeps with them (no body line
lost when such junk is inserted, idempotence)."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.clean.credits import credit_of

LEAD = ("The regional council approved the new water plan on Tuesday after a debate that lasted most of the day, "
        "and officials said work on the first reservoir would start in the spring.")


@pytest.mark.parametrize("line", [
    "Mit Material von dpa und AFP", "Con información de EFE y AFP", "Avec AFP et Reuters",
    "Com agências", "Con agencias", "With agencies", "Mit Agenturen",
    "dpa/tno", "AFP/dpa/jk",
    "Источник: ИА REGNUM", "Kaynak: AA", "Sumber: Antara", "Nguồn: TTXVN", "المصدر: وكالات",
])
def test_clean_credit_lines_in_more_forms_go_to_credits(line):
    """Two agencies joined by the word for 'and', the word for 'agencies' after 'with', an agency with an editor's
    initials after a slash, a source label in another language: each line is a credit and leaves the text."""
    assert credit_of(line) == line
    c = clean_text(LEAD + "\n\n" + line)
    assert c.text == LEAD and line in c.credits


@pytest.mark.parametrize("line", [
    "Mit Material von Ärzten und Pflegern wurde die Station neu eingerichtet.",
    "Con agencias de viajes cerradas, el turismo cayó un 40 por ciento este verano.",
    "dpa/tno and AFP/dpa are the codes the two desks use in their internal system for the stories they share.",
])
def test_clean_credit_words_inside_prose_are_no_credit(line):
    c = clean_text(LEAD + "\n\n" + line)
    assert line in c.text

