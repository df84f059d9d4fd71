"""The hand-labelled fixtures (tests/fixtures/clean) and, when present, the tehrantimes_dev labels."""

import json
from pathlib import Path

import pytest

from newsdesk.eval import cleaning

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
CASES = sorted(p.stem for p in FIXTURES.glob("*.json"))


def test_clean_fixtures_every_case_scores_fully():
    res = cleaning.run(str(FIXTURES), detail=True)
    assert res["files"] == len(CASES) >= 20
    assert res["misses"] == []
    assert res["junk_removed"] == 1.0
    assert res["bodies_kept"] == f"{len(CASES)}/{len(CASES)}"
    assert res["invented_days"] == 0
    assert res["published_right"] == res["page_date_right"] == f"{len(CASES)}/{len(CASES)}"


def test_clean_fixtures_cover_every_case_of_the_spec():
    labels = {name: json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")) for name in CASES}
    wanted = ["ad_markers", "template_tokens", "share_follow", "bare_labels", "read_more", "page_timestamp",
              "credit_lines", "related_tail", "also_read_trending", "corpus_recurring_1", "site_name",
              "short_quotation", "mojibake", "header_date", "crawl_date_disagrees", "yearless_weekday_bound",
              "yearless_weekday_earlier_year", "yearless_no_bound", "no_evidence", "published_statement",
              "code_caption_tail"]
    assert set(wanted) <= set(labels)
    assert sum(lab["published"] is None for lab in labels.values()) >= 3


@pytest.mark.slow
def test_clean_tehrantimes_dev_labels(shared_data):
    res = cleaning.run(str(shared_data / "tehrantimes_dev"))
    assert res["bodies_kept"] == "15/15"
    assert res["invented_days"] == 0
    assert res["junk_removed"] == res["junk_removed_ceiling"]  # every item the acceptance formula can credit
    assert res["junk_removed_strict"] == 1.0
