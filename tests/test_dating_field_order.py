"""A field dump's ambiguous numeric date ('05/03/2019 14:07') is read in the order the source's other files settle
(clean/fields marks it 'timestamp_dmy' / 'timestamp_mdy'; dates/publication.field_date reads the mark): every file of
a day-first site and of a month-first site gets its own day, through the same path as `newsdesk ingest`."""

import pytest
from test_clean_fields_p12 import _DAYS, _numeric_site
from test_clean_fields_real import _ingest  # one folder through prepare with its corpus evidence


@pytest.mark.parametrize("order", ["dmy", "mdy"])
@pytest.mark.parametrize("sep, label", [(": ", "Date"), (" | ", "Datum"), ("\n", "Tarih")])
def test_dating_field_order_settled_by_the_source(order, sep, label):
    arts = _ingest(_numeric_site(order, sep=sep, label=label))
    for n, (day, month) in enumerate(_DAYS):
        assert arts[f"{n:02d}.txt"].published == f"2019-{month:02d}-{day:02d}", (order, n)
