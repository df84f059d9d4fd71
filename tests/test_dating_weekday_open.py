"""A blog theme's meta line that opens with the weekday, then the date, then the comment count and the categories
('Mittwoch, März 7, 2018 21 Allgemein, Beauty, Haare färben Permalink'): the date opens the line as it does without
the weekday ('01.02.2022 „Der Arbeitsmarkt ...'), so it is the post's stamp."""

from newsdesk.clean import clean_text
from newsdesk.dates.publication import _stamp_day, date_text

LEAD = ("Als ich neulich eine Anfrage erhielt, ein neues Shampoo samt Spülung zu testen, war ich ein wenig skeptisch, "
        "denn meine Haare sind sehr empfindlich und vertragen nicht jedes Produkt, das man im Handel findet.")


def test_dating_weekday_open_meta_line_dates_the_post():
    raw = (f"Datenschutz\nIm Test: Shampoo und Pflege-Spülung\nMittwoch, März 7, 2018 21 Allgemein, Beauty, Haare färben, "
           f"Haarfarbe Permalink\nWERBUNG\n{LEAD}\n{LEAD}\n")
    assert date_text(raw, clean_text(raw)).published == "2018-03-07"


def test_dating_weekday_open_any_language():
    assert _stamp_day("Wednesday, March 7, 2018 21 General, Beauty, Hair colour Permalink") == "2018-03-07"
    assert _stamp_day("mercredi, 7 mars 2018 21 Général, Beauté, Coloration des cheveux") == "2018-03-07"
    # a weekday that is no line's opening, or a date further on, is no stamp of this kind
    assert _stamp_day("Am Mittwoch kam es in der Stadt zu einem Unfall mit drei Autos, 7. März 2018") is None
