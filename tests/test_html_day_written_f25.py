"""Review12 finding 25: a page dated only by a printed first of the month in its own element ('<p class=date>1st March
2022</p>' after the byline's element, 'Mar. 1, 2022') keeps that day; the written-day check reads the visible text with
a space between elements (lxml's text_content() glued 'By Jane Doe' and '1st March 2022' into 'Doe1st March 2022')."""

import pytest
from test_html_review12 import _school

from newsdesk.html import extract_html


@pytest.mark.parametrize("printed", ["1st March 2022", "Mar. 1, 2022", "March 1st, 2022", "01 Mar 2022"])
def test_html_day_written_first_of_month_in_its_own_element(printed):
    page = _school(extra=f"<p class='byline'>By Jane Doe</p><p class='date'>{printed}</p>")
    assert extract_html(page)[1].published == "2022-03-01", printed


def test_html_day_written_glued_elements_still_state_no_day():
    page = _school(extra="<p class='byline'>By Jane Doe</p><p>Renovated in March 2022</p>")
    assert extract_html(page)[1].published is None
