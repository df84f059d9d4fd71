"""Settings of publication dating (dates/*): page and field dates, stamps, datelines, leads."""

from newsdesk.settings.core import setting

# --- dating --------------------------------------------------------------------------------------------------
DATING_TOP_LINES = setting(
    "DATING_TOP_LINES", 3,
    "How many non-blank lines at the top of a page are searched for a header/page date stamp.",
    "eval cleaning (python -m newsdesk.eval.cleaning): fixtures published 25/25 and tehrantimes_dev invented_days"
    " 0 at 1, 2 and 3; 3 allows a site-name and a label line above the page stamp")
DATING_YEARLESS_MAX_YEARS = setting(
    "DATING_YEARLESS_MAX_YEARS", 1,
    "A yearless dateline is placed at most this many years before the page date that bounds it.",
    "eval cleaning (python -m newsdesk.eval.cleaning): fixtures published_right 24/25@0 25/25@1 25/25@7 "
    "(tehrantimes_dev invented_days 0 at each); 1 is the smallest that dates a dateline falling after the crawl "
    "date's day in the previous year, and a wider window only adds weekday matches that happen by chance")

DATING_BYLINE_WINDOW_BEFORE = setting(
    "DATING_BYLINE_WINDOW_BEFORE", 3,
    "Running text this many non-blank lines above a page's date stamp counts (half) for it.",
    "python -m newsdesk.eval.plaintext (plaintext_dev; A chooses): stated-day accuracy, page style, 0 vs 3 lines "
    "above: .625/.625 (3 kept: a lead printed above the stamp)")
DATING_BYLINE_WINDOW_AFTER = setting(
    "DATING_BYLINE_WINDOW_AFTER", 12,
    "Running text this many non-blank lines below a page's date stamp counts for it.",
    "python -m newsdesk.eval.plaintext (plaintext_dev; A chooses): page-style stated-day accuracy 8/10/12 lines: "
    ".589/.625/.641")
DATING_BYLINE_MIN_PROSE = setting(
    "DATING_BYLINE_MIN_PROSE", 30,
    "A page's date stamp is its publication date only with at least this many words of running text around it.",
    "python -m newsdesk.eval.plaintext (plaintext_dev; A chooses): page-style stated-day accuracy 30/40/60 words: "
    ".651/.625/.594 (invented 1/1/1)")
DATING_BYLINE_MAX_OTHER_WORDS = setting(
    "DATING_BYLINE_MAX_OTHER_WORDS", 5,
    "A byline stamp may hold this many words besides its date, times and stamp vocabulary (a writer's name).",
    "python -m newsdesk.eval.plaintext (plaintext_dev; A chooses): stated-day accuracy page/paragraphs 3 vs 5 "
    "words: .625/.490 vs .672/.592")
DATING_DAY_FIRST_MIN_WORDS = setting(
    "DATING_DAY_FIRST_MIN_WORDS", 30,
    "A page whose cleaned text has at least this many words and is not English reads an ambiguous numeric date "
    "(05/02/2013) day first; shorter or English text leaves it undecided (no date).",
    "design: the same 30 words the cleaner's language test (clean._lang) needs before it calls a text English; "
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy, A chooses / B checks): rule off A .8672 B .9069, "
    "0/30/100 words A .8714 B .9103 (invented 6/9 at each)")
DATING_LEAD_DATELINE_CHARS = setting(
    "DATING_LEAD_DATELINE_CHARS", 600,
    "A dated dateline opening a sentence within this many characters of the first paragraph (after a lead the "
    "scraper joined to the body) dates the article.",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy, A chooses / B checks; replay of dating over the "
    "cleaned texts): 0 (off) A .8797 B .9138; 300/600/1200/3000 A .8838 B .9138, invented 6/9 at each; 600 is "
    "the middle of the plateau")
DATING_CAPTION_MIN_WORDS = setting(
    "DATING_CAPTION_MIN_WORDS", 8,
    "A date segment beside a segment of running text of at least this many words (most in lower case) is a photo "
    "caption's date, not the article's.",
    "newsdesk eval plaintext (plaintext_dev, dating replayed over the cleaned texts at c278635; A chooses, B "
    "checks): 4/6/8 words A .8838 (6 invented) B .9138 (9); 12 or off: B invented 10 (a French photo caption "
    "'... mobilisation. Paris - 2 février 2019'); 8 is the largest on the plateau (fewest prose-like tag lists)")
DATING_LIST_MIN_RUN = setting(
    "DATING_LIST_MIN_RUN", 3,
    "This many date-stamp lines or more in a row, each naming another day, are a list of dated items (other posts, "
    "an archive), none of them the article's publication day.",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned texts; "
    "A chooses, B checks): 2 lines A .8963 (4) B .9103 (8); 3 A .9004 (4) B .9138 (8); 4 A .9004 (5) B .9138 (9); "
    "off as 4. 2 takes a masthead date + byline pair for a list")
DATING_LIST_MAX_STRIDE = setting(
    "DATING_LIST_MAX_STRIDE", 3,
    "The stamps of a list of dated items (DATING_LIST_MIN_RUN) stand one every k lines, k at most this (a teaser's "
    "title, a category and its date).",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned texts; "
    "A chooses, B checks): with DATING_BODY_STAMP_LINES 20, stride 1 A .9129 (5) B .9138 (8), 3 A .9087 (4) B "
    ".9138 (8): 1 lets the body-stamp fallback take the last date of a related-posts list (one every 3 lines); "
    "alone (no fallback) 2-5 cost A one right day that stood in a list (.9004 -> .8963)")
DATING_BODY_STAMP_LINES = setting(
    "DATING_BODY_STAMP_LINES", 20,
    "When no stamp has running text around it, the nearest stamp at most this many lines above the article's first "
    "paragraph (as cleaning found it) is its byline (a gallery or an advert between them).",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned texts; "
    "A chooses, B checks; DATING_LIST_MAX_STRIDE 3): 0 (off) or 12 A .8963 (4) B .9138 (8); 20 or 30 A .9087 (4) "
    "B .9138 (8) (+3 right days in A, no B page reaches the fallback); 20, the smaller of the plateau")
DATING_RETRIEVED_GAP_CHARS = setting(
    "DATING_RETRIEVED_GAP_CHARS", 12,
    "A date at most this many characters after a word of copying (downloaded, retrieved, accessed, abgerufen, "
    "consultée ...) is the day a crawler, an archive or a citation took its copy, never a publication day.",
    "newsdesk eval plaintext (plaintext_dev, dating replayed over the cleaned texts): 0/4/12 chars the same, A .9087 "
    "(4 invented) B .9138 (8) (no dev page prints a copy date in a stamp shape); tests/test_dating_other_events "
    "needs >= 4 (' on ', ' am ', ' le ': '[downloaded on 2 October 2013]', 'Abgerufen am 12.03.2021'); 12 also "
    "takes 'accessed on the ' / 'Retrieved on: ' (the regex's span before this setting)")
DATING_PROSE_MIN_WORDS = setting(
    "DATING_PROSE_MIN_WORDS", 12,
    "A line of at least this many words that ends like a sentence is running text (the prose that marks the "
    "article's stamp and first paragraph).",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned "
    "texts; A chooses, B checks): 8 A .9129 (4) B .9138 (5); 12 A .9129 (4) B .9172 (5); 16 A .9046 (4) B .9172 "
    "(5); 12, the value in use, is on A's plateau")
DATING_PROSE_LONG_WORDS = setting(
    "DATING_PROSE_LONG_WORDS", 30,
    "A line of at least this many words is running text however it ends.",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned "
    "texts; A chooses, B checks): 20/30/40 A .9129 (4) each; B .9207/.9172/.9172 (5); A does not tell them apart, "
    "so the value in use (30) stays (B alone does not choose)")
DATING_TOP_BODY_WORDS = setting(
    "DATING_TOP_BODY_WORDS", 12,
    "The search for a date at the top of a page stops at the first line of more than this many words that is no "
    "stamp (the body has begun).",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned "
    "texts; A chooses, B checks): 8/12/20 the same, A .9129 (4) B .9172 (5); 12 = DATING_PROSE_MIN_WORDS (a "
    "headline is shorter; tests/test_dating_settings.py)")
DATING_LEAD_WEEKDAY_CHARS = setting(
    "DATING_LEAD_WEEKDAY_CHARS", 300,
    "A weekday named within this many characters after a yearless dateline (\"on Friday\") must fall on the day its "
    "year is resolved to.",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned "
    "texts; A chooses, B checks): 150/300/600 the same, A .9129 (4) B .9172 (5); tests/test_dating_settings.py")
DATING_STATEMENT_MAX_GAP_CHARS = setting(
    "DATING_STATEMENT_MAX_GAP_CHARS", 12,
    "In a publication statement (\"This article was first published on ...\"), the date must start within this many "
    "characters after the cue.",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned "
    "texts; A chooses, B checks): 4/12/24 the same, A .9129 (4) B .9172 (5); 12 takes ' on the ' / ' at: ' before the "
    "date; tests/test_dating_settings.py")
DATING_META_LINE_MAX_CHARS = setting(
    "DATING_META_LINE_MAX_CHARS", 200,
    "A line up to this long is split into meta segments (\"Nachricht | 30.10.2021 ...\") to find a stamp; a longer "
    "one is text, read only for a date that opens it. The same span is searched for the date another event's line "
    "names.",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned "
    "texts; A chooses, B checks): 120 A .9087 (4) B .9172 (5); 200 A .9129 (4) B .9172 (5); 300 the same as 200; "
    "200, the smaller of A's plateau")
DATING_EARLIEST_DAY = setting(
    "DATING_EARLIEST_DAY", "1995-01-01",
    "A page's own date is no older than this (plain text and HTML): \"28.09.19 12:44\" glued reads as 1912-09-28.",
    "design: no web page is older (the web's first years); tests/test_dating_page_stamps.py ('macbacchi28.09.1912:44' "
    "glued reads 1912-09-28); the same value the HTML dating used (htmldate_dev figures unchanged)")
DATING_FIELD_MIN_PAIRS = setting(
    "DATING_FIELD_MIN_PAIRS", 3,
    "A date stamp line under a label line that names no publication (\"Joined\") is a field's value, not the page's "
    "date, when it stands in a run of at least this many label/value line pairs (a forum member's panel).",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned texts; A "
    "chooses, B checks): off A .9129 (4) B .9172 (6); 2 pairs A .9046 (4) B .9138 (5) (takes a byline under an "
    "author line beside a share counter); 3 A .9129 (4) B .9172 (5); 4 or more flags a subset of 3's pages, as off. A (the choosing half) is flat "
    "between off and 3 and falls at 2: 3 is kept as the smallest run that costs A nothing; its only gain is B's one "
    "fewer invented day (checked, not chosen there)")
DATING_MIDNIGHT_MINUTES = setting(
    "DATING_MIDNIGHT_MINUTES", 15,
    "A page stamp whose time of day lies within this many minutes of midnight (00:00 itself excepted: a day stored "
    "without its time) names no certain day: in the time zone of its readers or of its metadata it is the day before "
    "or after. Such a stamp does not date the page.",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned texts, "
    "with the page-clock rule; A chooses, B checks): off A .9129 (3) B .9172 (5); 5 or 15 A .9129 (2) B .9172 (5); "
    "27 A .9129 (2) B .9103 (5); 30 A .9087 (2); 45 A .9046 (2) B .9103 (4). 15: inside A's plateau (3-27 minutes) "
    "where B is flat too; a wider window costs right days on both halves ('29. Juni 2017, 23:39', 'July 25, 2019 | "
    "11:15 PM')")
DATING_UPDATE_HEAD_LINES = setting(
    "DATING_UPDATE_HEAD_LINES", 3,
    "A stamp announced as an update dates the article when the article's first paragraph follows within this many "
    "lines with no other stamp between (the page shows no other day for it).",
    "newsdesk eval plaintext (plaintext_dev stated-day accuracy (invented), dating replayed over the cleaned texts; "
    "A chooses, B checks): off/1/2 A .9087 (4) B .9138 (8); 3 or 5 A .9129 (4) B .9172 (8)")

# --- session 10 (datefix): a yearless dateline's day just after its page's date is an event announced ----------
DATING_DATELINE_AHEAD_DAYS = setting(
    "DATING_DATELINE_AHEAD_DAYS", 31,
    "An agency-less yearless dateline whose day falls at most this many days after its bound's (the page or field "
    "date) in the bound's year is an event the page announces ('Weihnachtsmarkt, 14. Dezember – ... öffnet um 10 "
    "Uhr' under 'Dienstag, 10. Dezember 2024'), not a dateline of the year before: no day from it.",
    "design (review 12:45): a programme line a month ahead; a year's turn ('PARIS, 30 décembre –' under 3 January) "
    "lies ~360 days ahead and stays a dateline. newsdesk eval plaintext (plaintext_dev): see the datefix commit")
DATING_DATELINE_MONTH_MIN_LETTERS = setting(
    "DATING_DATELINE_MONTH_MIN_LETTERS", 5,
    "A yearless dateline in another language's month needs no agency when the month name has at least this many "
    "letters (or is of another script): 'PARIS, 28 juillet –', 'Berlin, 12. Dezember –'; shorter names are English "
    "words or too short to be sure ('mai', 'out', 'set', 'gen': 'Windows 10 out - ...').",
    "fc3d803 (probe3): newsdesk eval plaintext (plaintext_dev) 0 outputs change, A day .9336 / B .9276 = before; "
    "htmldate_dev .9432 =; tests/test_dating_probe_s10.py short month words stay unread")
DATING_PERIOD_DASH_CHARS = setting(
    "DATING_PERIOD_DASH_CHARS", 40,
    "A date is a period's first (no publication day) when a dash or 'bis/to/au/al/a' (and a weekday) follows it "
    "within this many characters and the second date opens right after it ('13.12.2022 – Dienstag, 20. Dezember').",
    "397394b (probe3): newsdesk eval plaintext (plaintext_dev) A day .9336 / B .9276 = before; tests/"
    "test_dating_probe_s10.py life spans give null")
DATING_PERIOD_SECOND_CHARS = setting(
    "DATING_PERIOD_SECOND_CHARS", 60,
    "The period's second date is looked for in this many characters after the first (dates/foreign.py), and after a "
    "dateline's dash ('Maria Silva, 5 de março de 1941 – 20 de dezembro de 2024': a life span, no dateline).",
    "397394b (probe3) and b5d5fe6 (datefix): newsdesk eval plaintext (plaintext_dev) A day .9336 / B .9276 = before")
# --- session 11 (probe11d) ---
DATING_SCHEDULE_ENTRY_WORDS = setting(
    "DATING_SCHEDULE_ENTRY_WORDS", 2,
    "A bare date line is a schedule's day (an event's, no publication day) when the next line holds a time of day, no "
    "date, and at least this many words that are no stamp vocabulary ('Saturday 9 March 2024' / 'Arsenal v "
    "Brentford, 17.30'); a byline's hour under its date has none ('29.10.2023' / '22:04 Uhr') or one ('время 06:59').",
    "probe11d (session 11), days-only replay of plaintext_dev: with no word count (any line with an hour) "
    "oren.mk.ru's byline day over 'время 06:59' was lost; with 2 no day changes (newsdesk eval plaintext on frozen "
    "bd2072b + the probe11d rules: A .9336 / 1 invented, B .9276 / 3 invented = before)")
# --- session 12 (probe12d) ---
DATING_POSTS_MIN_RUN = setting(
    "DATING_POSTS_MIN_RUN", 2,
    "This many stamps or more below the article's text, each a name beside a date over a text the cleaner cut, are "
    "readers' posts (comments under a heading of any wording): none of them dates the article.",
    "probe12d (session 12): p12d_comments_unlisted_heading_same_day_null; newsdesk eval plaintext (plaintext_dev), "
    "frozen 33b0d67 vs ded89d4 + the p12d rules: A day .9336 -> .9378 (1 invented =; hd_a1f3305b4a98.page), B .9276 = "
    "(3 invented =); without the field-label exception B page lost 2 days")

# --- Session 13 (datefix13) ------------------------------------------------------------------------------------
DATING_DATELINE_LEAD_EVE_DAYS = setting(
    "DATING_DATELINE_LEAD_EVE_DAYS", 1,
    "A lead's weekday this many days or fewer before its yearless dateline's day still fits it (a wire's lead names "
    "the event of the day before: 'MUMBAI, March 4 (IANS) ... on Monday', 2025-03-04 a Tuesday), when the page date "
    "bounds the dateline closely (DATING_DATELINE_BOUND_NEAR_DAYS).",
    "review13 FINDING 18 (tests/test_dating_review13.py); 1, not more: p10_weekday_contradicts_yearless and "
    "p13d_yearless_dateline_weekday_fits_no_year_under_page_null (a lead weekday 4 days before: null) hold; "
    "plaintext_dev days and htmldate_dev eval dates as in the datefix13 commit")
DATING_DATELINE_BOUND_NEAR_DAYS = setting(
    "DATING_DATELINE_BOUND_NEAR_DAYS", 7,
    "A yearless dateline's day at most this many days before the page date is that page date's year's for a lead "
    "weekday of its eve (DATING_DATELINE_LEAD_EVE_DAYS).",
    "review13 FINDING 18: page dates 6 and 2 days after the dateline; as DATING_DATELINE_LEAD_EVE_DAYS")

# --- Session 14 (date14) ------------------------------------------------------------------------------------------
DATING_NAMED_FIELD_BOX_FIELDS = setting(
    "DATING_NAMED_FIELD_BOX_FIELDS", 2,
    "A same-line field whose label names its thing beside a stamp word ('Date of birth:', 'Judgment date:') dates that "
    "thing, not the page, in a box of at least this many same-line fields whose other labels name no publication.",
    "probe p14d (session 14, date14): p14d_date_of_birth_zoo_calf_null (3 fields) and p14d_judgment_date_label_top_null "
    "(2: 'Judgment date:' / 'Case no:'; 3 leaves it dated); plaintext_dev's mixed labels ('Stand des Artikels:', 'News "
    "date :', 'Date of Last Revision:') stand alone, in no box: prepare() days of all 911 dates-mode files identical "
    "with the rule at 2 (frozen 8901d08 + date14 vs ec36fcd, both halves: no half to choose on, no file moves)")
