"""Issue 9: the cleaning stages read their thresholds from the Settings object passed through, not from module
constants: a value given to `clean_text` / `prepare` / `CorpusStats` changes what is cleaned, and DEFAULT gives the
table's values (the same output as no settings at all)."""

from pathlib import Path

from newsdesk.clean import CorpusStats, clean_text
from newsdesk.model import RawDoc
from newsdesk.prepare import prepare
from newsdesk.settings import DEFAULT

BODY = [
    "Boeing has unveiled a new ultra-long range version of its 777 airliner, capable of flying non-stop.",
    "The 777-200LR can fly for 9,420 nautical miles with 301 passengers onboard, the company said.",
]
PROMPT = "Enter your email address to follow this blog and receive notifications of new posts by email."


def test_prompt_limit_is_read_from_the_settings_passed_to_prepare():
    raw = RawDoc(path="a.txt", external_id="a", fmt="txt", text="\n".join([BODY[0], PROMPT, BODY[1]]), group="g")
    assert PROMPT not in prepare("a", raw, None, "2026-01-01T00:00:00").text
    art = prepare("a", raw, None, "2026-01-01T00:00:00", DEFAULT.replace(CLEAN_PROMPT_MAX_WORDS=10))
    assert PROMPT in art.text


def test_short_line_limit_is_read_from_the_settings():
    junk = "Follow us on Twitter for the latest updates."
    text = "\n".join([BODY[0], junk, BODY[1]])
    assert junk not in clean_text(text).text
    assert junk in clean_text(text, settings=DEFAULT.replace(CLEAN_SHORT_LINE_WORDS=3)).text


def test_whole_page_limits_are_read_from_the_settings():
    menu = ["Home", "World", "Business", "Sport", "Culture", "Opinion", "Video", "Podcasts"]
    prose = " ".join(BODY * 3)
    text = "\n".join(menu + [prose] + menu[:4])
    assert "Culture" not in clean_text(text).text
    assert "Culture" in clean_text(text, settings=DEFAULT.replace(CLEAN_PAGE_MIN_LINES=100)).text


def test_corpus_thresholds_are_read_from_the_settings_passed_to_clean_text():
    footer = "Gazette Media Group newsroom desk"
    stats = CorpusStats()
    docs = [f"Story {i} opens with the council vote on the harbour plan, the mayor said.\n{footer}" for i in range(6)]
    for d in docs:
        stats.add("g", d)
    assert footer not in clean_text(docs[0], stats=stats, group="g").text
    strict = DEFAULT.replace(CLEAN_CORPUS_MIN_DOCS=7)
    assert footer in clean_text(docs[0], stats=stats, group="g", settings=strict).text
    own = CorpusStats(strict)
    for d in docs:
        own.add("g", d)
    assert not own.is_boilerplate("g", footer) and stats.is_boilerplate("g", footer)


def test_corpus_key_length_is_read_from_the_settings():
    long_line = "A recurring line of page furniture that is rather long for a footer, " * 2
    stats = CorpusStats(DEFAULT.replace(CLEAN_CORPUS_MAX_KEY_CHARS=40))
    for i in range(6):
        stats.add("g", f"Body {i} of the story.\n{long_line}")
    assert stats.count("g", long_line) == 0
    default = CorpusStats()
    for i in range(6):
        default.add("g", f"Body {i} of the story.\n{long_line}")
    assert default.count("g", long_line) == 6


def test_default_settings_give_the_same_output_as_none():
    root = Path(__file__).parent / "fixtures" / "clean"
    for f in sorted(root.glob("*.txt"))[:12]:
        t = f.read_text(encoding="utf-8")
        assert clean_text(t, settings=DEFAULT) == clean_text(t)
