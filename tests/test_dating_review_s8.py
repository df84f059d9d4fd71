"""Session 8 review of the dating rules: a month abbreviation is no weekday of a page clock, a law's article is no
publication statement, a month's second name in brackets is no agency, a crawl or revision label's value is no
record date."""

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.publication import date_text, field_date, page_clock, statement_date

BODY = ("Dock workers walked out on Friday, halting grain exports from the port for the first time in a decade, union "
        "officials said.\nThe strike is expected to last at least three days, according to the union's leaders.\n")


def test_month_abbreviation_is_no_weekday_of_a_page_clock():
    assert not page_clock(["Mar 5, 2021 10:30 AM", "Share this article"], 0)
    assert page_clock(["Thursday, November 02, 2023 5:06 pm (Paris)", "Other headline", "Another one"], 0)
    raw = "Port strike halts grain exports\n" + BODY + "Mar 5, 2021 10:30 AM\nShare this article\n"
    assert date_text(raw, clean_text(raw)).published == "2021-03-05"


def test_a_laws_numbered_article_is_no_publication_statement():
    law = ("Der Artikel 17 der Richtlinie wurde am 26. März 2019 vom Parlament verabschiedet und später im Amtsblatt "
           "veröffentlicht.")
    assert statement_date(law) is None
    assert statement_date('Der Artikel "Neue Radwege" wurde am 05.11.2021 in der Kategorie Stadt veröffentlicht.') \
        == "2021-11-05"


def test_a_months_second_name_in_brackets_is_no_agency():
    assert match_dateline("وقال الوزير، 3 فبراير (فبراير) الماضي، إن الحكومة ستواصل العمل") is None
    assert match_dateline("وقال الوزير، 3 فبراير (شباط) الماضي، إن الحكومة ستواصل العمل") is None  # no wire dash
    dl = match_dateline("القاهرة، 11 مارس (رويترز) - قال مسؤولون إن المحادثات ستستمر")
    assert dl is not None and dl.agency == "رويترز" and dl.month_day == (3, 11)


def test_a_crawl_or_revision_fields_value_is_no_record_date():
    def dump(label):
        raw = (f"Title:\nPort strike halts grain exports\nURL:\nhttps://valleywire.example/news/port-strike\n{label}:\n"
               f"2021-07-02 03:11:09\nText:\n{BODY}")
        return field_date(clean_text(raw))
    assert dump("Date") == "2021-07-02"
    assert dump("Crawled") is None and dump("Scraped at") is None and dump("Last modified") is None
