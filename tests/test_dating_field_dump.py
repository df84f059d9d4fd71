"""A crawler's field dump's date field dates the record, as a feed's own date field does: the value the cleaner cut
right after a field label it cut ('Tarih:' / '5 Mayıs 2021 Çarşamba 12:30' under a story the page-clock rule
mistook it for; 'Date & Time' / '12 Mar 2021 | 11:07' after a text-first dump), when the cleaner found a dump and its
labelled values name one day (probe sites fields_turkish_colon_labels and fields_date_after_text)."""

from pathlib import Path

import pytest

from newsdesk.clean import CorpusStats, clean_text
from newsdesk.dates.publication import date_text, field_date
from newsdesk.model import Cleaned, Removal

TEXT = ["Karadeniz'de fındık fiyatları çarşamba günü kilogram başına rekor seviyeye yükseldi.",
        "Üreticiler, hasadın kuraklık nedeniyle beklenenden düşük olacağını belirtti.", "Piyasada hareketlilik sürüyor."]


def test_dating_field_dump_date_field_under_a_label():
    raw = "\n".join(["Başlık:", "Fındık fiyatları rekor kırdı", "Tarih:", "5 Mayıs 2021 Çarşamba 12:30", "Metin:",
                     *TEXT, "Bağlantı:", "https://www.haberornek.com.tr/gundem/findik-1002"]) + "\n"
    assert date_text(raw, clean_text(raw)).published == "2021-05-05"


def test_dating_field_dump_date_field_after_the_text():
    # a text-first dump is a dump only by its site's other files (corpus evidence): the probe site's eight files
    files = sorted((Path(__file__).parent / "fixtures" / "probe" / "fields_date_after_text").glob("*.txt"))
    stats = CorpusStats()
    for f in files:
        stats.add("dumps", f.read_text(encoding="utf-8"))
    raw = files[0].read_text(encoding="utf-8")
    assert "12 Mar 2021 | 11:07" in raw
    assert date_text(raw, clean_text(raw, stats=stats, group="dumps")).published == "2021-03-12"


def _cleaned(removed: list[tuple[str, str]]) -> Cleaned:
    return Cleaned(text="Body.", removed=tuple(Removal(t, r) for t, r in removed))


@pytest.mark.parametrize("removed,day", [
    ([("Title:", "field_label"), ("X", "title"), ("Date:", "field_label"), ("March 5, 2021", "timestamp")],
     "2021-03-05"),
    ([("Date:", "field_label"), ("March 5, 2021", "timestamp")], None),  # one label: no dump
    ([("Date:", "field_label"), ("March 5, 2021", "timestamp"), ("Published:", "field_label"),
      ("March 9, 2021", "timestamp")], None),  # two days: no certain one
    ([("Date:", "field_label"), ("March 5, 2021", "timestamp"), ("Updated:", "field_label"),
      ("March 9, 2021", "timestamp")], "2021-03-05"),  # a revision field's day is no record date (review s8)
    ([("Title:", "field_label"), ("March 5, 2021", "title"), ("Text:", "field_label")], None),  # a title is no date
])
def test_dating_field_date_needs_one_labelled_day_of_a_dump(removed, day):
    assert field_date(_cleaned(removed)) == day
