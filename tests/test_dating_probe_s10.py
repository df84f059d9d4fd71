"""Session 10 probe failures of dating (tests/fixtures/probe/p10_*): stamp lines in Portuguese and Turkish ('Publicado
em 05/03/2021 às 09h12 | Atualizado em ...', 'Güncelleme: 03.11.2021 - 10:24') were no stamps, so they stayed in the
body and (the Turkish one) gave no day."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.grammar import stamp_date
from newsdesk.dates.publication import date_text


@pytest.mark.parametrize("line,day", [
    ("Publicado em 05/03/2021 às 09h12 | Atualizado em 05/03/2021 às 14h20", None),  # a stamp, order unsettled
    ("Publicada em 5 de março de 2021", "2021-03-05"),
    ("Atualizado em 17.03.2021 às 14h20", "2021-03-17"),
    ("Güncelleme: 03.11.2021 - 10:24", "2021-11-03"),
    ("Yayınlanma: 03.11.2021 10:24 | Güncelleme: 03.11.2021 11:02", "2021-11-03"),
    ("Yayın tarihi: 3 Kasım 2021 Çarşamba", "2021-11-03"),
])
def test_dating_stamp_lines_of_portuguese_and_turkish(line, day):
    assert stamp_date(line) == (day, True)


@pytest.mark.parametrize("line", [
    "Rio em 05/03/2021",  # a place is no stamp word
    "Em 05/03/2021 o governo anunciou cortes às 14h20",  # a sentence around the date
    "Saat kulesi 03.11.2021 tarihinde açıldı",
])
def test_dating_stamp_words_do_not_make_prose_a_stamp(line):
    assert stamp_date(line)[1] is False


@settings(max_examples=200, deadline=None)
@given(cue=st.sampled_from(["Publicado em", "Publicada em", "Atualizado em", "Atualizada em", "Güncelleme:",
                            "Güncellendi:", "Yayınlanma:", "Yayınlandı:", "Yayın tarihi:"]),
       day=st.integers(13, 28), month=st.integers(1, 12), year=st.integers(2005, 2030),
       time=st.sampled_from(["", " às 09h12", " - 10:24", " 10:24", " saat 10:24"]),
       word=st.sampled_from([None, "Governo", "anunciou", "kulesi", "açıldı"]))
def test_dating_stamp_vocabulary_property(cue, day, month, year, time, word):
    """A Portuguese or Turkish cue, a day-first numeric date (day > 12: one reading) and a time: a stamp of that day;
    one word of prose among them and it is none."""
    line = f"{cue} {day:02d}/{month:02d}/{year}{time}"
    if word is None:
        assert stamp_date(line) == (f"{year}-{month:02d}-{day:02d}", True)
    else:
        assert stamp_date(f"{line} {word}")[1] is False


PT_LEAD = ("O governo federal anunciou nesta sexta-feira a redução temporária dos impostos federais sobre o óleo diesel "
           "e o gás de cozinha, numa tentativa de conter a alta dos preços.")
PT_MORE = "Segundo o ministro da Economia, a medida terá um custo de cerca de 3,6 bilhões de reais aos cofres públicos."
TR_LEAD = ("Türkiye Cumhuriyet Merkez Bankası'nın piyasa katılımcıları anketine göre yıl sonu enflasyon beklentisi "
           "yüzde 18,5'e yükseldi.")
TR_MORE = "Ekonomistler, kurdaki oynaklığın önümüzdeki aylarda fiyatlara yansımaya devam edeceğini belirtti."


@pytest.mark.parametrize("stamp,lead,more,day", [
    ("Publicado em 05/03/2021 às 09h12 | Atualizado em 05/03/2021 às 14h20", "BRASÍLIA (Reuters) - " + PT_LEAD,
     PT_MORE, "2021-03-05"),
    ("Güncelleme: 03.11.2021 - 10:24", "İSTANBUL (AA) - " + TR_LEAD, TR_MORE, "2021-11-03"),
])
def test_dating_stamp_line_leaves_the_body_and_dates_it(stamp, lead, more, day):
    raw = "\n\n".join(["Manchete do dia", stamp, lead, more]) + "\n"
    cleaned = clean_text(raw)
    assert stamp not in cleaned.text and lead.split(" - ")[1][:40] in cleaned.text
    assert date_text(raw, cleaned).published == day
