"""Stamp words in scripts with combining marks, and a German publication statement ('Der Artikel ... wurde am ...
veröffentlicht'): right days the text states that dating missed (plaintext_dev A: hindi.business-standard.com's
byline 'ऐश्ली कुटिन्हो / मुंबई September 29, 2020', auto-presse.de's closing statement)."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.grammar import stamp_parts
from newsdesk.dates.publication import date_text, statement_date

PROSE = ("भारतीय रिजर्व बैंक ने मंगलवार को कहा कि वह बाजार में पर्याप्त नकदी सुनिश्चित करने के लिए सभी जरूरी कदम उठाएगा और "
         "बैंकों को कर्ज देने के लिए प्रोत्साहित करेगा।")


@pytest.mark.parametrize("line,other", [("ऐश्ली कुटिन्हो / मुंबई September 29, 2020", 3),
                                        ("محمد عبدالله، القاهرة 29 سبتمبر 2020", 3),
                                        ("By Jane Doe, March 5, 2021", 2)])
def test_dating_stamp_words_of_scripts_with_combining_marks(line, other):
    days, n_other, _ = stamp_parts(line)
    assert days and n_other == other


def test_dating_byline_with_a_devanagari_name():
    raw = "\n\n".join(["मुख्य समाचार", "ऐश्ली कुटिन्हो / मुंबई September 29, 2020", PROSE, PROSE]) + "\n"
    assert date_text(raw, clean_text(raw)).published == "2020-09-29"


@pytest.mark.parametrize("text,day", [
    ('Der Artikel "Japanisches Mini-SUV auf dem Vormarsch" wurde am 05.11.2021 in der Kategorie Neuheiten von '
     'Solveig Grewe mit den Stichwörtern SUV, Japan veröffentlicht.', "2021-11-05"),
    ("Dieser Beitrag wurde am 3. März 2020 von Anna Muster verfasst.", "2020-03-03"),
    ("Der Artikel wurde am 05.11.2021 gelesen.", None),  # no verb of publication
    ("Das Spiel wurde am 05.11.2021 in Berlin veröffentlicht.", None),  # no article named
])
def test_dating_german_publication_statement(text, day):
    assert statement_date(text) == day
