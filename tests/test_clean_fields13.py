"""Field dumps of session 13 (fields6): a dump whose only date is a numeric one that reads either way (review12
finding 23), and the layouts of the fields13 probe sites."""

import pytest
from test_clean_fields_real import _ingest  # one folder through prepare with its corpus evidence

from newsdesk.clean import CorpusStats
from newsdesk.clean.fields import split_fields
from newsdesk.clean.text import squash

TOPICS = ["Flood", "Strike", "Budget", "Storm", "Court", "Border", "Rates", "Harvest"]
# (month, day): five read either way, three only month first (a day over 12)
US_DAYS = [(3, 4), (12, 21), (5, 6), (1, 30), (7, 8), (2, 3), (11, 27), (4, 5)]


def _us_site(sep: str, days=US_DAYS) -> dict[str, str]:
    """Title / Date ('03/04/2019 2:07 PM') / Author / Text, no link field."""
    out = {}
    for n, (m, d) in enumerate(days):
        out[f"{n:02d}.txt"] = "\n".join([
            f"Title{sep}{TOPICS[n]} talks end without a deal in Washington",
            f"Date{sep}{m:02d}/{d:02d}/2019 2:07 PM", f"Author{sep}Jane Doe",
            f"Text{sep}{TOPICS[n]} officials met the envoy on Monday to discuss the deliveries.",
            f"The two sides also discussed relief for {n + 3} districts, according to a statement.",
            f"Officials said the next round of talks is expected in {n + 2} weeks."]) + "\n"
    return out


@pytest.mark.parametrize("sep", [": ", " | "])
def test_clean_fields13_dump_without_link_and_ambiguous_dates(sep):
    """Review12 finding 23: a dump with no link whose date reads either way ('03/04/2019') was no dump: 'Title:' and
    'Text:' stayed in the text and the title, and no day was read. The date is a date field by its shape; the
    source's files with a day over 12 settle the order (month first), so every file gets its day."""
    arts = _ingest(_us_site(sep))
    for n, (name, art) in enumerate(sorted(arts.items())):
        m, d = US_DAYS[n]
        assert art.title == f"{TOPICS[n]} talks end without a deal in Washington", name
        assert art.text.split("\n")[0].startswith(f"{TOPICS[n]} officials met"), (name, art.text[:80])
        assert "Text" not in art.text and "Jane Doe" not in art.text
        assert art.published == f"2019-{m:02d}-{d:02d}", name


def test_clean_fields13_ambiguous_dates_unsettled_state_no_day():
    """Every file's date reads either way: the dump is read (labels, title, author go) but no day is stated."""
    low = [(3, 4), (5, 6), (7, 8), (2, 3), (4, 5)]
    files = _us_site(": ", days=low)
    arts = _ingest(files)
    stats = CorpusStats()
    for text in files.values():
        stats.add("g", text)
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} talks end without a deal in Washington"
        assert art.published is None, name
        dump = split_fields([squash(x) for x in files[name].splitlines()], stats, "g")
        assert [r for x, r in dump.removed if x.endswith("2:07 PM")] == ["field"]

