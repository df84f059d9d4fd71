"""Corpus evidence never wipes real bodies: templated records, syndicated copies, credits that recur."""

from newsdesk.clean import CorpusStats, clean_text

FOOTER = "Copyleft notice of the Gazette network applies to this page."
TOPICS = ["airliners", "engines", "tankers", "runways", "pilots", "cargo", "drones", "radars", "hangars", "fuel",
          "crews", "gliders"]
WIRE = ("The city council voted on Tuesday to close the old harbour bridge for repairs.\n"
        "Engineers found cracks in two of the bridge's steel supports last month, the mayor said.\n"
        "Repairs are expected to take six months and cost about 4 million euros.")


def _group_docs():
    return [f"A report on {t} opened the week in the region.\nExperts said the {t} were inspected twice.\n{FOOTER}"
            for t in TOPICS]


def test_clean_corpus_templated_records_keep_every_body():
    """One group of templated one-line records: their digit-normalised keys collide, yet no body is lost."""
    texts = [f"Paragraph {i} says the council met on day {i} and agreed item {i * 7}." for i in range(400)]
    stats = CorpusStats()
    for t in texts:
        stats.add("records.jsonl", t)
    assert stats.is_boilerplate("records.jsonl", texts[200])  # the evidence itself does see them recur
    out = [clean_text(t, stats=stats, group="records.jsonl").text for t in texts]
    assert out == texts


def test_clean_corpus_templated_multi_line_records_keep_bodies():
    texts = [f"Item {i} was agreed by the council today.\nThe vote on item {i} was {i % 9} to {9 - i % 9} in favour."
             f"\nMinutes of meeting {i} are filed with the clerk." for i in range(300)]
    stats = CorpusStats()
    for t in texts:
        stats.add("g", t)
    for t in texts[::37]:
        assert clean_text(t, stats=stats, group="g").text == t.replace("\n", "\n\n")


def test_clean_corpus_syndicated_copies_in_one_batch_keep_body():
    stats = CorpusStats()
    docs = _group_docs()
    copies = [WIRE + "\n" + FOOTER, *(WIRE.replace("\n", " \n") + "\n" + FOOTER + " " for _ in range(7))]
    for d in docs + copies:
        stats.add("gazette", d)
    assert stats.docs("gazette") == len(docs) + 1  # the copies (same normalised text) count once
    c = clean_text(copies[0], stats=stats, group="gazette")
    assert c.text == WIRE.replace("\n", "\n\n")  # the recurring footer goes, the body stays whole
    assert [r.reason for r in c.removed] == ["boilerplate"]


def test_clean_corpus_syndicated_copies_across_batches_count_once():
    """Stored rows of earlier batches + each new batch's delta rows: a copy already counted is taken off again."""
    stored: list = []
    batches = [_group_docs()[:6], [WIRE + "\n" + FOOTER], _group_docs()[6:] + [" " + WIRE + "\n" + FOOTER],
               [WIRE + "  \n" + FOOTER], [WIRE + "\n" + FOOTER + " "], [WIRE + "\n\n" + FOOTER]]
    for batch in batches:
        delta = CorpusStats()
        for d in batch:
            delta.add("gazette", d)
        delta_rows = delta.to_rows()
        stats = CorpusStats.from_rows(stored + delta_rows)  # what the engine does
        for d in batch:
            if WIRE in d:
                assert clean_text(d, stats=stats, group="gazette").text == WIRE.replace("\n", "\n\n")
        stored += delta_rows
    final = CorpusStats.from_rows(stored)
    assert final.docs("gazette") == len(TOPICS) + 1
    assert final.count("gazette", WIRE.split("\n")[0]) == 1
    assert final.count("gazette", FOOTER) == len(TOPICS) + 1
    assert final.is_boilerplate("gazette", FOOTER)
    assert CorpusStats.from_rows(final.to_rows()).to_rows() == final.to_rows()


def test_clean_corpus_recurring_sentence_inside_body_is_kept():
    """A sentence every document carries is cut only at the head/tail of a document, never inside the body."""
    stats = CorpusStats()
    recurring = "The agency has not confirmed the figures independently."
    docs = [f"Officials counted the {t} on Monday.\n{recurring}\nThe count of {t} will be repeated.\n{FOOTER}"
            for t in TOPICS]
    for d in docs:
        stats.add("g", d)
    c = clean_text(docs[0], stats=stats, group="g")
    assert recurring in c.text
    assert FOOTER not in c.text
    assert c.text.startswith("Officials counted the airliners") and c.text.endswith("will be repeated.")


def test_clean_corpus_never_takes_most_of_the_body():
    stats = CorpusStats()
    head = "Welcome to the Gazette, the paper of the valley since 1901."
    tail = "Thank you for reading the Gazette, your local newspaper."
    for t in TOPICS:
        stats.add("g", f"{head}\n{FOOTER}\nThe {t} story is short.\n{tail}")
    c = clean_text(f"{head}\n{FOOTER}\nThe drone story is short.\n{tail}", stats=stats, group="g")
    # three of four units recur: cutting them would take most of the document, so corpus evidence alone keeps them
    assert "The drone story is short." in c.text and head in c.text


def test_clean_corpus_never_returns_empty_for_real_prose():
    stats = CorpusStats()
    texts = [f"Officials said the bridge will reopen in {2000 + i} after {i % 9 + 2} months of repairs."
             for i in range(30)]
    for t in texts:
        stats.add("g", t)
        stats.add("g", t.rstrip("."))  # the same record without its full stop, elsewhere in the feed
    for t in texts[:5]:
        assert clean_text(t, stats=stats, group="g").text == t
        assert clean_text(t.rstrip("."), stats=stats, group="g").text == t.rstrip(".")


def test_clean_corpus_recurring_credit_line_goes_to_credits():
    stats = CorpusStats()
    docs = []
    for k, t in enumerate(TOPICS):
        lines = [f"The {t} report was published by the ministry today.", f"It lists the {t} checked this year."]
        if k % 2 == 0:
            lines.append("(with agency inputs)")
        docs.append("\n".join(lines))
    for d in docs:
        stats.add("g", d)
    assert stats.is_boilerplate("g", "(with agency inputs)")
    c = clean_text(docs[0], stats=stats, group="g")
    assert c.credits == ("(with agency inputs)",)
    assert [(r.text, r.reason) for r in c.removed] == [("(with agency inputs)", "credit")]
    glued = clean_text(docs[2].replace("\n(with", " (with"), stats=stats, group="g")
    assert glued.credits == ("(with agency inputs)",)
    assert "agency inputs" not in glued.text
