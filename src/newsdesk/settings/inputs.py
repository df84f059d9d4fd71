"""Settings of reading input, the pipeline's batch and block sizes, and HTML pages."""

from newsdesk.settings.core import setting

# --- ingest -------------------------------------------------------------------------------------------------
MAX_FILE_BYTES = setting(
    "MAX_FILE_BYTES", 20_000_000,
    "A .txt/.html/.json file larger than this (after gunzip) is rejected as not one article or array "
    "(JSONL exports are streamed instead).",
    "design limit: the largest dev article file is 134,849 bytes (tehrantimes_dev), the largest dev HTML page "
    "1.9 MB; 20 MB leaves room for JSONL exports while a 50 MB junk file is refused without reading it whole.")
MAX_RECORD_BYTES = setting(
    "MAX_RECORD_BYTES", 5_000_000,
    "One JSONL record longer than this is reported and skipped (JSONL files themselves are streamed, any size).",
    "design limit: the largest dev record is an HTML page of 1.9 MB (htmldate_dev); 5 MB keeps memory bounded "
    "per record while a 50 MB crawler export streams through.")
INGEST_BATCH = setting(
    "INGEST_BATCH", 500,
    "Articles written per store transaction during ingest.",
    "bench: batch size trades kill -9 rework against per-transaction overhead; 500 keeps a transaction "
    "under ~1 s on the 2-core CI machine.")

MAX_TEXT_BYTES = setting(
    "MAX_TEXT_BYTES", 500_000,
    "A plain-text article (a .txt file, or a JSON record's text) longer than this is refused as not one article.",
    "design limit: the largest dev article text is 134,849 bytes (tehrantimes_dev 0156.txt; plaintext_dev at most "
    "117,384; JSONL sets at most 35,560, gvc_dev); cleaning 1 MB of hostile text took 4.5-12.8 s (words, '. ' "
    "repeated), a 15 MB line 36 s, so 500 KB keeps one hostile file to a few seconds with 3.7x headroom.")
MAX_TEXT_LINES = setting(
    "MAX_TEXT_LINES", 20_000,
    "A plain-text article with more lines than this is refused as not one article (cleaning costs per line).",
    "design limit: dev texts have at most 6,591 lines (plaintext_dev tf_d9b45f786117); cleaning costs ~51 us per "
    "line (499,000 one-letter lines took 25.7 s), so 20,000 lines bound one file to ~1 s.")
MAX_PAGE_BYTES = setting(
    "MAX_PAGE_BYTES", 5_000_000,
    "An HTML page (a .html file, or a JSON record's html) larger than this is refused.",
    "design limit: the largest dev page is 1,596,468 bytes (trafilatura_eval tf_368005b992bc, 0.27 s to "
    "extract); a 5 MB page with one 5 MB attribute took 8.5 s.")
MAX_PAGE_ELEMENTS = setting(
    "MAX_PAGE_ELEMENTS", 30_000,
    "An HTML page with more opening tags than this is refused before extraction (its cost grows with elements).",
    "design limit: dev pages have at most 10,126 elements (trafilatura_eval tf_d9b45f786117); extraction costs "
    "~0.19 ms per element (10k 1.9 s, 50k 9.8 s, 100k 18.2 s, 1M 186 s), so 30,000 bounds one page to ~6 s.")
GZIP_MAX_RATIO = setting(
    "GZIP_MAX_RATIO", 400,
    "A streamed .jsonl.gz (or gzipped stdin) that expands to more than this many times its compressed size "
    "(beyond its first 256 KB) is a gzip bomb: reading stops there with one line.",
    "design limit: dev gzip files expand at most 15x (htmldate_dev hd_69200e8f439a), 20,000 identical JSONL "
    "records 268x; gzip cannot exceed ~1,032x and newline or letter bombs reach ~1,029x: 400 lies between.")
JSONL_MAX_BAD_RUN = setting(
    "JSONL_MAX_BAD_RUN", 1000,
    "After this many refused JSONL lines in a row (each named), the rest of the file or stdin is skipped with one "
    "line: it is not JSONL (a CSV or log named .jsonl, a bomb of junk lines).",
    "design limit: dev JSONL sets have no refused line; 1,000 names every problem of a damaged export while a "
    "million-line junk file costs ~1,000 lines and ~0.1 s instead of ~45 us of printing per line.")
JSON_MAX_DEPTH = setting(
    "JSON_MAX_DEPTH", 100,
    "A JSON file or JSONL record whose arrays/objects nest deeper than this is refused before parsing (one "
    "`path[:LINE]: reason` line) instead of exhausting the parser's recursion.",
    "design limit: dev records nest at most 3 levels (an article object, its metadata, a list inside it); 100 "
    "leaves room for any real export while a 100,000-level `[[[...]]]` is refused in milliseconds.")
STORE_BUSY_WAIT = setting(
    "STORE_BUSY_WAIT", 10.0,
    "Seconds a command waits for another process (an ingest, say) to release the store before answering 'the "
    "store is busy' (`--wait SECONDS` / NEWSDESK_WAIT override it).",
    "design limit: long enough to ride out a short ingest or process run, short enough that a read during a "
    "multi-minute ingest answers promptly instead of seeming to hang.")

# --- pipeline: batch and block sizes (memory and rework, never results) ------------------------------------
PROCESS_CHUNK = setting(
    "PROCESS_CHUNK", 256,
    "Articles per processing transaction (load -> pipeline.run -> save): bounds memory and the rework after a kill.",
    "design: figures are independent of it (test_engine_pipeline re-runs with 8); 256 keeps one chunk's NER and "
    "vectors under ~50 MB and a transaction under ~2 s on the 2-core CI machine.")
EMBED_BATCH = setting(
    "EMBED_BATCH", 32,
    "Texts per embedding call (length-sorted batches).",
    "../shared/STACK.md throughput: MiniLM 2 threads, length-sorted batches of 32 (results do not depend on it).")
EMBED_MAX_CHARS = setting(
    "EMBED_MAX_CHARS", 2000,
    "Characters of title + text given to the embedder (~256 word pieces never need more; keeps tokenising cheap).",
    "design: MiniLM's max_seq_length is 256 word pieces, ~1,300 characters of English news; 2000 never cuts "
    "what the model would read.")
NER_BATCH = setting(
    "NER_BATCH", 64,
    "Texts per spaCy nlp.pipe batch for NER.",
    "../shared/STACK.md throughput (spaCy sm, ner only); results do not depend on it.")
NER_MAX_CHARS = setting(
    "NER_MAX_CHARS", 100_000,
    "Characters of an article given to NER (spaCy's own limit is 1,000,000); longer texts are cut for NER only.",
    "design: the longest dev article is 134,849 characters (tehrantimes_dev); 100k bounds spaCy memory per doc.")
STORY_LINK_CHUNK = setting(
    "STORY_LINK_CHUNK", 1024,
    "Event rows per block when comparing every event with every other for storylines (bounds memory).",
    "design: results do not depend on it (storyline pairs tested against the definition).")
STORY_REWEIGH_DRIFT = setting(
    "STORY_REWEIGH_DRIFT", 1e-3,
    "Storylines update: the smallest idf-weight move for which a participant's stored pairs are re-weighed at once; "
    "each update picks its split among this x 4^k and none (storylines._split: the fewest pairs read); the other "
    "pairs are re-weighed only once the accumulated drift could cross the link threshold. Speed only.",
    "design: results do not depend on it (tests/test_storylines_incremental.py: update == full recompute).")

# --- html ---------------------------------------------------------------------------------------------------
HTML_HEADLINE_DATE_BEFORE = setting(
    "HTML_HEADLINE_DATE_BEFORE", 50,
    "Visible characters above the headline (<h1>) searched for a printed date line (a kicker date line sits right "
    "above the title; farther up are the site's header, today's date in a masthead, breadcrumbs).",
    "eval extraction htmldate_dev (458 pages), after=1000: correct 432@0 431@25 431@150 431@300; flat, 150 "
    "keeps date lines printed above the title. Session 11 (htmlaudit), per half (date_candidates recomputed per "
    "value, html_dates_audit replay; htmldate alone A .8867 B .9137): 0 and 50 A .9557 B .9451; 100, 150 and 300 "
    "A .9557 B .9412 (asiapacificstar: a day 76 characters above the headline, confirmed by htmldate, beat the "
    "day printed right below it). A flat; 50, the widest value keeping B's page: 44 dev pages print a day 5-50 "
    "characters above the headline, 10 only 59-144 above, where none decides a right answer")
HTML_HEADLINE_DATE_IN_ARTICLE = setting(
    "HTML_HEADLINE_DATE_IN_ARTICLE", 150,
    "Visible characters above the headline searched for a printed date line that lies inside the headline's own "
    "<article>/<main> container (a byline row with its section trail: 'March 8, 2024 · Weather · Coastal storms "
    "...'); outside it HTML_HEADLINE_DATE_BEFORE holds (a masthead's today in the site's header).",
    "session 11 (lead, REVIEW 15:34): the value before 9ea20c5 (150: flat 431@150 on htmldate_dev); newsdesk eval "
    "dates htmldate_dev .9520 (A .9557, B .9490) with it = without it: no dev page has an in-article date line "
    "50-150 characters above its headline that decides")
HTML_HEADLINE_DATE_AFTER = setting(
    "HTML_HEADLINE_DATE_AFTER", 1000,
    "Visible characters below the headline searched for the printed publication date.",
    "eval extraction htmldate_dev (458 pages), before=150: correct 423@100 428@300 430@400 430@600 431@1000 "
    "433@2000 (htmldate alone 412); 1000 sits inside the plateau without reaching related-article lists")
HTML_PRINTED_MAX_DAYS = setting(
    "HTML_PRINTED_MAX_DAYS", 2,
    "A day printed near the headline that no metadata confirms overrides htmldate only when at most this many "
    "distinct days are printed there (more are a list of other stories' dates).",
    "newsdesk eval dates (htmldate_dev day accuracy on site-disjoint halves, candidates cached and replayed; A "
    "chooses, B checks; htmldate alone A .8867 B .9137): no limit A .9458 B .9333; 1 A .9458 B .9373; 2 A .9507 B "
    ".9373; 3 or 4 as no limit")
HTML_URL_DAY_CONFIRMS = setting(
    "HTML_URL_DAY_CONFIRMS", 1,
    "1: a full date in the page's URL path ('/2021/10/20/': the day the site filed the page under, in its own time "
    "zone; htmldate returns it before any other source, so it is htmldate's day too) is overridden neither by an "
    "unconfirmed day printed near the headline nor by an unconfirmed JSON-LD/meta datePublished (a UTC timestamp "
    "names the day before or after the site's own), and printed near the headline it comes before other confirmed "
    "days. A printed day that metadata confirms still overrides it. 0: off.",
    "benchmarks/html_dates_audit.py ../shared/data/htmldate_dev --grid HTML_URL_DAY_CONFIRMS=0 (session 11; "
    "htmldate alone A .8867 B .9137): 0 A .9507 B .9373; 1 A .9557 B .9412 (A: bundesfeuerwehrverband's printed "
    "event day no longer overrides; B: repubblica's URL day over its UTC datePublished; no page lost; 76 of 458 "
    "pages state a full day in the URL). Tried, not kept: the URL-backed htmldate day against every override "
    "(A .9507 B .9412: loses washingtonpost, cnn). With HTML_HEADLINE_DATE_BEFORE 50 and also against the "
    "metadata rule (nypost: datePublished 03:28Z, URL and htmldate the US day before): 0 A .9507 B .9412; 1 A "
    ".9557 B .9490")
HTML_URL_DAY_MAX_SHIFT = setting(
    "HTML_URL_DAY_MAX_SHIFT", 1,
    "The URL's day (HTML_URL_DAY_CONFIRMS) beats a JSON-LD/meta datePublished only when the two are at most this many "
    "days apart: a UTC timestamp names the day before or after the site's own; a datePublished farther off is "
    "another day (a re-filed story's URL), and the metadata decides.",
    "session 11 (lead, REVIEW 15:21 on 21856ca): nypost, the page the rule was made for, is 1 day off; "
    "benchmarks/html_dates_audit.py ../shared/data/htmldate_dev with it and with URL days read from path segments "
    "only: .9520 (A .9557, B .9490) = before, override table identical")
HTML_INLINE_LINK_MIN_WORDS = setting(
    "HTML_INLINE_LINK_MIN_WORDS", 3,
    "A link-dense block (HTML_LINK_DENSITY_DROP) stays when at least this many words of plain text open it before "
    "its first link, with no ':' among them nor closed by a mark ('|', '»', '-'), and it ends with a full stop: a "
    "sentence whose clause is a link, no teaser line ('Read also: ...', 'Tipp: ...', a call ending in '!'), and no "
    "call of the site's to read on written as a sentence (html/links.py site_call: the plain-text classifiers, or "
    "words by which the site speaks to its reader or as itself: 'See our full coverage of <a>...</a>.'). 0: off.",
    "benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid HTML_INLINE_LINK_MIN_WORDS=0,2,4,6 "
    "(session 11; segment F1 TP/FP/FN): 0 A .9459 (945/80/28) B .9520 (1012/74/28); 2, 3 and 4 A .9459 B .9525 "
    "(1013/74/27: a 150-character sentence whose relative clause is a link, wirtualnemedia); A flat, 3 in the "
    "plateau 2-4. The first form (any end mark, a ':' inside the lead allowed) kept a promo ending in '!' on A "
    "(.9455). site_call (session 11 review): newsdesk eval extraction trafilatura_eval A .9459 B .9530 unchanged "
    "(4 blocks of the dev sets have the sentence shape, none is a call)")
HTML_INTRO_SKIP_FIGURES = setting(
    "HTML_INTRO_SKIP_FIGURES", 1,
    "1: an intro block put back above the body (HTML_INTRO_MIN_CHARS) is read without the figures, captions, "
    "navigation, asides, forms and buttons inside it: a 'lead' container holding only the lead picture gives its "
    "caption no place in the body. 0: its whole text.",
    "benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid HTML_INTRO_SKIP_FIGURES=0 (session 11; "
    "segment F1 TP/FP/FN): 0 A .9459 (945/80/28) B .9525 (1013/74/27); 1 A .9459 B .9530 (1013/73/27); silver "
    "body shingle-F1 (html_body.py silver) A .8098 -> .8099 (latimes: 'ArticlePage-lead' > figure > caption put "
    "first), B .8364 =")
HTML_MIN_PARAGRAPH_CHARS = setting(
    "HTML_MIN_PARAGRAPH_CHARS", 20,
    "A page whose longest extracted paragraph has fewer letters/digits than this has no article (empty text).",
    "eval extraction trafilatura_eval (674 pages, all with an article): the shortest longest-paragraph is 38 "
    "word characters (a lyrics page), then 54, 73; menu/404 leftovers ('Home | News | Contact 404') reach 7; "
    "20 sits between with room on both sides")
HTML_LINK_DENSITY_DROP = setting(
    "HTML_LINK_DENSITY_DROP", 0.6,
    "An extracted block (paragraph, list, heading) whose text is at least this share link text is dropped.",
    "eval extraction trafilatura_eval segments (blocks <= 300 chars): F1 .9232 none, .9269@0.5 .9272@0.6 "
    ".9272@0.7 .9263@0.8 .9256@0.9 .9245@1.0")
HTML_LINK_BLOCK_MAX_CHARS = setting(
    "HTML_LINK_BLOCK_MAX_CHARS", 300,
    "Only blocks up to this many characters are tested for link density (long ones are running text).",
    "eval extraction trafilatura_eval segments (density 0.6): F1 .9254@80 .9270@150 .9272@300 .9260@unlimited")
HTML_ORPHAN_LABEL_MAX_CHARS = setting(
    "HTML_ORPHAN_LABEL_MAX_CHARS", 80,
    "A heading (or a line ending in ':' or '?') up to this long whose section holds only link blocks that were "
    "dropped ('Read also:' over a teaser list) is dropped with them.",
    "benchmarks/html_body.py rules (trafilatura_eval segment F1, the other rules at their defaults; site-disjoint "
    "halves, A chooses, B checks): A .9421@0 .9431@40/60/80/120/160, B .9461@0 .9474@40-160; no 'with' segment "
    "lost; 80 is inside the plateau")
HTML_CREDIT_MAX_CHARS = setting(
    "HTML_CREDIT_MAX_CHARS", 300,
    "An extracted block up to this long that carries a copyright sign is a photo credit or rights notice: dropped.",
    "benchmarks/html_body.py rules (trafilatura_eval segment F1, the other rules at their defaults; A chooses, B "
    "checks): A .9407@0/40 .9412@60 .9416@80 .9421@120/200 .9431@300/400, B .9470@0 .9474@40-400; no 'with' "
    "segment lost at any; 300 is the smallest of A's best")
HTML_DATELINE_MAX_CHARS = setting(
    "HTML_DATELINE_MAX_CHARS", 40,
    "An extracted block up to this long that is a date (and time) with few other words is a timestamp line: dropped "
    "(the publication day is read from the page, not the body).",
    "benchmarks/html_body.py rules (trafilatura_eval segment F1, the other rules at their defaults; A chooses, B "
    "checks): A .9426@0 .9431@30/40/60/80 (flat), B .9461@0 .9474@30/40 .9469@60/80 (a 41-char 'deadline: "
    "<date> (postmark)' line lost); 40 is the middle of A's plateau and loses no 'with' segment on B")
HTML_STAMP_MIN_CHARS = setting(
    "HTML_STAMP_MIN_CHARS", 3,
    "A page element whose datetime, title or content attribute is an ISO day counts as a timestamp text (its visible "
    "text marks a timestamp line) only from this many characters (up to HTML_DATELINE_MAX_CHARS): a shorter one "
    "('2', 'am') would make any line holding it a date.",
    "benchmarks/html_body.py rules --grid HTML_STAMP_MIN_CHARS=1,2,3,5,8 (trafilatura_eval segment F1; A chooses, B "
    "checks): A .9459 B .9520 at every value (flat: no segment moves); 3, the value used before it was "
    "named, keeps a one- or two-character text ('12') out, which would make any short line holding it a "
    "timestamp (tests/test_html_comments_stamps.py)")
HTML_DATELINE_MAX_WORDS = setting(
    "HTML_DATELINE_MAX_WORDS", 3,
    "...and has at most this many words besides the date and time ('Updated', 'Stand:', an author's name).",
    "benchmarks/html_body.py rules (trafilatura_eval segment F1, A chooses, B checks): A .9426@1 .9431@2/3/5, B "
    ".9470@1 .9474@2/3/5; no 'with' segment lost at any; 3 holds a label and a two-word name ('11.12.2019 - A. "
    "Writer')")
HTML_CONTAINER_SHARE = setting(
    "HTML_CONTAINER_SHARE", 0.9,
    "The article's container is the deepest page element holding at least this share of the extracted text; an "
    "extracted block outside it and after it in the page is dropped (a box below the article). Above 1: off.",
    "benchmarks/html_body.py rules (trafilatura_eval segment F1, A chooses, B checks): off A .9431 B .9474; "
    ".7 A .9463 (2 'with' lost) B .9493 (7 lost); .8 A .9459 B .9505 (1 lost); .85 and .9 A .9459 B .9501; .95 A "
    ".9454 B .9496; .98 A .9445 B .9479. .9: the top of A's best values that lose no 'with' segment; none lost on B")
HTML_LEAD_MAX_RATIO = setting(
    "HTML_LEAD_MAX_RATIO", 3.0,
    "The printed lead (meta description found on the page) is added only if its element is at most this many "
    "times longer than the description.",
    "eval extraction trafilatura_eval segments: F1 .9235 without lead, .9334@1.5 .9344@3.0 "
    "(+43 TP, +1 FP of 104 FN, 47 of them inside the description)")
HTML_INTRO_MIN_CHARS = setting(
    "HTML_INTRO_MIN_CHARS", 60,
    "An intro/lead/standfirst-classed block between headline and body is put back only from this many characters.",
    "eval extraction trafilatura_eval segments: F1 .9387 without intro blocks, .9411@40 .9411@60 .9409@100 "
    ".9411@150; flat, 60 keeps one-line kickers and labels out")
HTML_LABEL_FOLLOW_CHARS = setting(
    "HTML_LABEL_FOLLOW_CHARS", 200,
    "A heading or '...:' label with nothing under it in the extracted text (the next block is a heading or the end) "
    "is dropped when the first this many visible characters after it in the page are mostly link text "
    "(HTML_LINK_DENSITY_DROP): the teaser list it stands over, which trafilatura left out. 0: off.",
    "trafilatura_eval segment F1 (benchmarks/html_body.py rules replay; A chooses, B checks): 0 (off) A .9449 B "
    ".9505; 50 A .9459 B .9491 (3 'with' lost); 100 A .9454 B .9500 (1 lost); 200 A .9454 B .9505; 400 and 800 A "
    ".9449 B .9505. A's best, 50, loses 3 'with' segments on B (headings over body text with links); 200, the "
    "top of A's next plateau 100-200, drops a 'Weitere Themen' over a teaser list and loses nothing on B")
HTML_INTRO_MAX_LINK_SHARE = setting(
    "HTML_INTRO_MAX_LINK_SHARE", 0.3,
    "An intro block whose text is more than this share link text is a teaser list, not a lead.",
    "eval extraction trafilatura_eval segments (min 60 chars): F1 .9411@0.1 .9411@0.3 .9411@0.5; flat, 0.3 as "
    "readability's link-density cut")
# --- session 12 (htmlprobe): HTML publication-day rules found with the hand-written probe pages (html12) ---
HTML_UTC_LOCAL_HOURS = setting(
    "HTML_UTC_LOCAL_HOURS", 0,
    "A JSON-LD/meta datePublished written in UTC ('2025-03-04T02:14:00Z') names the site's own day only up to this "
    "many hours off: the day printed nearest the headline that is the timestamp's day in some zone within this "
    "many hours of UTC ('March 3, 2025 at 9:14 p.m. EST') is confirmed by it. 0: off.",
    "session 12 (htmlprobe), benchmarks/html_dates_audit.py ../shared/data/htmldate_dev (fresh cache): 12 changes "
    "two B pages, both printing the local evening day under a UTC datePublished of the next day: whdh.com right "
    "(gold the local day), abcnews.go.com wrong (gold the UTC day); A none; .9520 (A .9557 B .9490) either way. The "
    "annotation goes both ways: off (the probe page html12/arc_post keeps the UTC day without its URL)")
HTML_BOX_LABEL = setting(
    "HTML_BOX_LABEL", 1,
    "1: a short extracted line (at most HTML_ORPHAN_LABEL_MAX_CHARS, no sentence's closing mark) that opens its box "
    "(its nearest ancestor holding more than the line) where the rest of the box is mostly link text "
    "(HTML_LINK_DENSITY_DROP) in 2+ links is a link box's heading ('Te puede interesar' in a <p> over teaser links): "
    "dropped (html/boxes.py). 0: off.",
    "session 12 (htmlprobe): benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid HTML_BOX_LABEL=0: "
    "off A .9459 B .9530, on A .9459 B .9543 (3 'without' fewer, no 'with' lost; 30 lines dropped, 4 annotated, all "
    "junk); silver (html_body.py silver trafilatura_eval htmldate_dev) A .8099 -> .8101, B .8364 -> .8370. Without "
    "the box-heading position and 2+ links (any short line in a mostly-link box): 91 lines dropped (breadcrumb items, "
    "a headline under a byline row, a pros/cons item), B .9538 with one 'with' lost")
HTML_RESTORE_HEADINGS = setting(
    "HTML_RESTORE_HEADINGS", 1,
    "1: an <h2>-<h6> inside the article's container (at most HTML_ORPHAN_LABEL_MAX_CHARS, no link, no ':' label, no "
    "timestamp) standing right over an extracted paragraph (no text between them) that trafilatura left out is put "
    "back before it (html/heads.py: a live blog's entry titles, a report's section heads). 0: off.",
    "session 12 (htmlprobe): benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid "
    "HTML_RESTORE_HEADINGS=0: off A .9459 B .9543, on A .9465 B .9548 (+1 'with' each half, no 'without' more; 78 "
    "headings back, mostly section heads, a few box labels: 'Mehr zum Thema', 'Comments'); silver (html_body.py "
    "silver trafilatura_eval htmldate_dev) A .8101 -> .8120, B .8370 -> .8381. Without the container and stamp "
    "guards: the same segment figures, 15 more headings back (teaser titles, 'Neueste Kommentare', '13.10.2021')")
HTML_RESPACE_LINKS = setting(
    "HTML_RESPACE_LINKS", 1,
    "1: a space trafilatura dropped at a link's edge between two letters or digits ('dazu und<a>sende</a>' after a "
    "<br>: 'undsende') is put back where the page's text writes the two words apart and never glued "
    "(html/spacing.py). 0: off.",
    "session 12 (htmlprobe): benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid "
    "HTML_RESPACE_LINKS=0: A .9465 B .9548 either way, silver A .8120 B .8381 either way (no annotated snippet "
    "spans such an edge; trafilatura_eval tf_ebb57e29a732 'undsende' -> 'und sende'); a text repair, not a figure")
# --- session 12 (htmlfix12): review12 finding 15, the html/boxes.py and html/heads.py bounds as settings ---
HTML_BOX_MAX_CHARS = setting(
    "HTML_BOX_MAX_CHARS", 2000,
    "A link box read by HTML_BOX_LABEL (the ancestors of a short line, up from it) is read up to this many "
    "characters: a larger element is a part of the page, not a box, and heads no label (html/boxes.py).",
    "session 12 (htmlfix12, review12 finding 15): benchmarks/html_body.py rules ../shared/data/trafilatura_eval "
    "--grid HTML_BOX_MAX_CHARS=500,1000,4000,8000: A .9465 B .9548 at 500, 1000, 2000 (the value before it was "
    "named), 4000 and 8000 (flat: no segment moves); 2000 kept: a cost bound on the characters read per short line")
HTML_HEADING_MAX_LEVELS = setting(
    "HTML_HEADING_MAX_LEVELS", 3,
    "HTML_RESTORE_HEADINGS puts a heading back over an extracted paragraph whose page element, or an ancestor it "
    "opens up to this many levels up, follows the heading directly (html/heads.py).",
    "session 12 (htmlfix12, review12 finding 15): benchmarks/html_body.py rules ../shared/data/trafilatura_eval "
    "--grid HTML_HEADING_MAX_LEVELS=1,2,4,5 (A chooses, B checks): A .9459@1 .9465@2/3/4 .9460@5 (one 'without' "
    "more), B .9548 at every value; 3 (the value before it was named) is the middle of A's plateau 2-4")
# --- session 13 (html13) ---
HTML_RESPACE_SEARCH_EDGES = setting(
    "HTML_RESPACE_SEARCH_EDGES", 32,
    "html/spacing.respace_links answers this many glued link edges of a page by a substring search of the page's "
    "text each; past them it reads the page's word pairs and words once (one pass) and answers the rest by lookup. "
    "Speed only: both ways give the same answer.",
    "session 13 (html13): a crossover, no figure moves (output identical on html12, html13 and trafilatura_eval "
    "pages at 0, 32 and the whole-page search of session 12); see BENCHMARKS Session 13 (html13) for the timings")
HTML_EMBEDDED_MIN_SENTENCES = setting(
    "HTML_EMBEDDED_MIN_SENTENCES", 2,
    "A page whose DOM gives no article has one in its data (__NEXT_DATA__, other JSON scripts, JSON-LD articleBody; "
    "html/embedded.py) when a run of prose blocks there holds at least this many sentences (5+ words, a full stop). "
    "0: off.",
    "session 13 (html13): benchmarks/html_body.py rules trafilatura_eval .9508 (A .9465, B .9548) with and without "
    "(no dev page lacks a DOM article); newsdesk eval dates htmldate_dev .9520 (A .9557, B .9490) both; probe html13 "
    "body .9350 -> .9792 (a Next.js page whose DOM is a spinner: 0 -> .97)")
HTML_BYLINE_DAY_CHARS = setting(
    "HTML_BYLINE_DAY_CHARS", 200,
    "A page without publication metadata (JSON-LD datePublished, publication meta tags) whose nearest day below the "
    "headline is printed within this many visible characters of it (a byline) takes that day over htmldate's, "
    "when htmldate's day is printed nowhere below the headline (a masthead's 'today', a sidebar) and the URL does "
    "not state it and it is later than the byline's (html/dates.decide, rule 'byline'). 0: off.",
    "session 13 (html13): benchmarks/html_dates_audit.py htmldate_dev --grid HTML_BYLINE_DAY_CHARS=0,50,100,200,300,"
    "400,1000 (A chooses, B checks): A .9557 B .9490 at 0-400 (it fires on 3 pages other rules had right), 1000 A "
    ".9507; without 'later than the byline's' 200 costs B one page (.9451: an older original day under a list of "
    "later days); folder ingest (prepare, no URL) A .9507 B .9412 with and without; probe html13 day ingest .727 -> "
    ".818, url .818 -> .909 (a Bootstrap top bar's and a French header's 'today' over the byline day), html12 "
    "ingest .900 -> .950, url .950 -> 1.0")
HTML_BYLINE_PROSE_WORDS = setting(
    "HTML_BYLINE_PROSE_WORDS", 10,
    "A day printed below the headline in a text node of at least this many words that ends as a sentence is the "
    "story's event day ('... on March 3, 2024, police said.'), never the byline day of rule 'byline' "
    "(html/dates.decide). 0: off (any day below the headline may be the byline's).",
    "session 13 (htmlfix13, review13 finding 11): newsdesk eval dates htmldate_dev .9520 (A .9557, B .9490) with it = "
    "without (no dev page changes: rule 'byline' fires on 3 pages other rules had right); probe html13 day .818/.909, "
    "html12 .950/1.0 =; not grid-chosen (10 words: a byline row is shorter, a lead sentence longer)")
HTML_PRINTED_NOT_PROSE = setting(
    "HTML_PRINTED_NOT_PROSE", 1,
    "1: an unconfirmed day printed near the headline (html/dates.decide rule 'printed') is never one written inside a "
    "sentence of the story (HTML_BYLINE_PROSE_WORDS; a day among a node's first words is its dateline) when htmldate "
    "has a day that is not the page's modified day; 0: any printed day.",
    "session 13 (htmlfix13, review13 findings 5 and 12): benchmarks/html_dates_audit.py htmldate_dev --grid "
    "HTML_PRINTED_NOT_PROSE=0,1: A .9557 B .9490 both; without the dateline and modified-day guards 1 cost A .9458 "
    "(ekiba.de 'Karlsruhe, (12.11.2021). ...', bmel.de's event day under htmldate's modified day)")
HTML_FORM_BOX_MAX_CHARS = setting(
    "HTML_FORM_BOX_MAX_CHARS", 300,
    "An extracted line of at most this many characters whose box (the smallest element holding it and a <form> or "
    "a text/e-mail <input>) holds at most this many characters of text is a sign-up or newsletter widget's line and "
    "goes (html/boxes.form_boxes). 0: off.",
    "session 13 (html13): benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid "
    "HTML_FORM_BOX_MAX_CHARS=0,200,300,400,500,600,800,1600 (A chooses, B checks; TP/FP/FN): A .9465 (946/80/27) "
    "off, .9469@200 .9469@300 (79 FP) .9479@400 (77 FP) .9473@500/600 (3 'with' lost) .9425@800 .9339@1600; B "
    ".9548 off/200, .9553@300/400, .9552@500; 300, not A's best 400, for a margin from the loss that starts at 500 "
    "(a story sentence lost costs more than a widget line kept); probe html13 body .9792 -> .9813 (a Ghost signup "
    "card)")
HTML_CTA_BOX_MAX_CHARS = setting(
    "HTML_CTA_BOX_MAX_CHARS", 200,
    "An extracted line inside an element whose class or id names a call to action (paywall, subscri..., newsletter, "
    "signup, donat..., membership) holding at most this many characters of text goes: a paywall's 'Keep reading' "
    "box, a donation prompt (html/boxes.form_boxes). 0: off.",
    "session 13 (html13): benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid "
    "HTML_CTA_BOX_MAX_CHARS=0,150,300,400,500,600,1200 (A chooses, B checks; TP/FP/FN): A .9469 (946/79/27) off, "
    ".9479 (77 FP) at 150 and 300 (so at 200: a larger bound only drops more), .9479@400, .9488@500/600, .9457@1200; "
    "B .9553 off/150/300, .9548@400 (a 'with' lost), .9543@500, .9528@600: A's best (500/600) lowers B, dropped; "
    "200 inside the A/B plateau with a margin from B's loss at 400; probe html13: Substack's 194-character 'Keep "
    "reading with a 7-day free trial' box and Brightspot's donate module go (body .9813 -> .9877; html12 .9711 -> "
    ".9786, its paywall box)")
# --- session 14 (html14) ---
HTML_OPENING_TEXT = setting(
    "HTML_OPENING_TEXT", 1,
    "1: the opening text node of a page element that gave the extraction other paragraphs (its text before its first "
    "child element; at least HTML_MIN_PARAGRAPH_CHARS word characters, a sentence's closing mark, no timestamp line) "
    "is put back before them when trafilatura left it out: a body written as text split by <br> inside an <article> "
    "lost its lead (html/orphans.opening_texts). 0: off.",
    "session 14 (html14): benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid HTML_OPENING_TEXT=0 "
    "(TP/FP/FN): A .9484 (946/76/27) with and without, B .9562 (1015/68/25) with, .9557 (1014/68/26) without; probe "
    "html14 ko_portal's lead back (body .8052 -> .9664); no threshold of its own (HTML_MIN_PARAGRAPH_CHARS)")
HTML_IMAGE_CAPTION_MAX_CHARS = setting(
    "HTML_IMAGE_CAPTION_MAX_CHARS", 60,
    "An extracted line of at most this many characters whose smallest surrounding element holding an image (<img>, "
    "<picture>, <amp-img>, <video>; below the <article>/<main>) holds no other text is the picture's caption and goes "
    "(html/captions.image_caption): a Wix image viewer's caption span, a Korean portal's photo description. 0: off.",
    "session 14 (html14): benchmarks/html_body.py rules ../shared/data/trafilatura_eval --grid "
    "HTML_IMAGE_CAPTION_MAX_CHARS=0 (TP/FP/FN): A 946/77/27 off, 946/76/27 at 60; B 1015/69/25 off, 1015/68/25 at 60. "
    "Chosen on A from a first grid of a broader form (the line's own element holding the picture counted too; "
    "HTML_OPENING_TEXT 0) --grid 60,120,200: A 946/77/27 at 60, 945/77/28 at 120 (a story line lost), 944/77/29 at "
    "200; B 1014/68/26, 1014/65/26, 1014/63/26: 120 and 200 drop more junk on B but lose story lines on A (body loss "
    "is worse). A paragraph with an inline picture in its own element is never a caption. Session 14 (lead, review14 "
    "finding 9): a line in a <p>/<blockquote>/<li> below the picture's wrapper is no caption either (a short story "
    "paragraph beside a picture, a pull quote beside an avatar): same command, A 946/77/27 (= off; the one A line it "
    "dropped was in a <p>), B 1015/68/25 (one junk line less than off); html_probe html12/13/14 bodies unchanged")
HTML_QUOTED_DAYS_SKIP = setting(
    "HTML_QUOTED_DAYS_SKIP", 1,
    "1: a day printed inside a <blockquote> (an embedded post's '— Name (@handle) March 3, 2024', a quotation) is no "
    "day printed near the headline (html/dates.headline_dates). 0: counted.",
    "session 14 (html14; review13 b32 tweet_older_nometa): newsdesk eval dates htmldate_dev .9520 (A .9557, B .9490) "
    "with = without; the near-headline days of 4 of 458 htmldate_dev pages lose a quoted day, none the truth's "
    "(la-bas.org, aargauerzeitung.ch, fr.de, theweek.com); counts equal (A 194/7/2, B 242/11/2); probes html12/13/14 days =")
