"""Hypothesis builds folders of hostile files (deep nesting, numbers JSON cannot hold, wrong JSON types, control
characters, mixed encodings, truncated gzip, random bytes, random markup) mixed with good articles, and ingests
them with processing off (the models are irrelevant here). Whatever the mix: no exception escapes, every input
file is either stored from or named, each file refused whole is named once, each bad JSONL line is named with its
line number, and every good record is stored exactly once."""

import gzip
import json
import os
import random
import re
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.engine import Engine
from newsdesk.store import Store

WORDS = ["minister", "council", "talks", "trade", "port", "river", "election", "budget", "court", "army", "harbour",
         "strike", "vote", "farmers", "railway", "bridge", "hospital", "school", "drought", "flood", "officials",
         "delegation", "agreement", "government", "police", "report"]


def article(seed: int) -> str:
    """A plain news-like text the cleaner keeps, unique for each seed (no line shared between articles)."""
    r = random.Random(seed)
    paragraphs = [" ".join("The " + " ".join(r.choices(WORDS, k=r.randint(8, 14))) + " said on Tuesday."
                           for _ in range(3)) for _ in range(3)]
    return f"Story {seed}: " + "\n\n".join(paragraphs)


def _paragraph_list(v) -> bool:
    """A list of strings is a body given as paragraphs (ingest.records._body), not a wrong type."""
    return isinstance(v, list) and bool(v) and all(isinstance(x, str) for x in v)


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                         st.text(max_size=10))
not_objects = st.one_of(json_scalars, st.lists(json_scalars, max_size=3))
hostile_lines = st.one_of(
    st.integers(101, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(101, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.sampled_from(['{"text": "x", "n": 1e999}', '{"text": "x", "n": NaN}', '{"text": "x", "n": Infinity}',
                     '{"text": "x", "n": ' + "7" * 4400 + "}", "{oops", '{"text": "unterminated']),
    not_objects.map(json.dumps),
    st.sampled_from(["text", "html", "body"]).flatmap(
        lambda k: not_objects.filter(lambda v: not isinstance(v, str) and not _paragraph_list(v))
        .map(lambda v: json.dumps({k: v}))),
)

# a file spec: (kind, payload); kinds ending in "_good" hold only good records, "_bad" only refusals
file_specs = st.one_of(
    st.tuples(st.just("txt_good"), st.tuples(st.integers(0, 3), st.text(alphabet="\x07\x1b\x0b\x0c\u202e\u200b",
                                                                           max_size=4))),
    st.tuples(st.just("latin1_good"), st.text(alphabet="éèàçüöÄß£", min_size=1, max_size=20)),
    st.tuples(st.just("jsonl_mixed"), st.lists(st.one_of(st.just(None), hostile_lines), min_size=1, max_size=6)),
    st.tuples(st.just("json_array_good"), st.integers(1, 3)),
    st.tuples(st.just("jsonl_odd_strings_good"), st.lists(st.sampled_from(["\\ud800", "\\udfff", "\\u0000", "\\u001b",
                                                                          "\\ud83d\\ude00", "\\u202e"]),
                                                          min_size=1, max_size=4).map("".join)),
    st.tuples(st.just("json_deep_bad"), st.integers(101, 100_000)),
    st.tuples(st.just("gzip_truncated_bad"), st.integers(10, 200)),
    st.tuples(st.just("random_txt"), st.binary(max_size=300)),
    st.tuples(st.just("random_jsonl"), st.binary(max_size=300)),
    st.tuples(st.just("random_html"), st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "text ", "&amp;",
                                                                "<!--", "-->", "<script>", "\x00", "é"]),
                                               max_size=40).map("".join)),
)


def write_folder(folder: str, specs) -> tuple[dict[str, int], dict[str, str], dict[str, list[int]]]:
    """Writes the files; returns good ids (-> 1), files that must be refused whole (name -> path), and JSONL
    lines that must be refused (path -> line numbers)."""
    good: dict[str, int] = {}
    refused_whole: dict[str, str] = {}
    bad_lines: dict[str, list[int]] = {}
    seed = 0
    for i, (kind, payload) in enumerate(specs):
        seed += 10
        if kind == "txt_good":
            text = article(seed)
            at, controls = payload
            parts = text.split(" ")
            parts.insert(at + 1, controls)
            path = os.path.join(folder, f"f{i}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(" ".join(parts))
            good[f"f{i}"] = 1
        elif kind == "latin1_good":
            path = os.path.join(folder, f"f{i}.txt")
            with open(path, "wb") as fh:
                fh.write((article(seed) + " " + payload).encode("latin-1"))
            good[f"f{i}"] = 1
        elif kind == "jsonl_mixed":
            path = os.path.join(folder, f"f{i}.jsonl")
            lines = []
            for n, line in enumerate(payload, 1):
                if line is None:
                    lines.append(json.dumps({"id": f"r{i}-{n}", "text": article(seed + n)}))
                    good[f"r{i}-{n}"] = 1
                else:
                    lines.append(line)
                    bad_lines.setdefault(path, []).append(n)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
        elif kind == "jsonl_odd_strings_good":  # escapes for lone surrogates, NUL, controls inside the strings
            path = os.path.join(folder, f"f{i}.jsonl")
            line = json.dumps({"id": f"o{i}", "title": "odd", "text": article(seed) + " ODD", "extra": "ODD"})
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(line.replace("ODD", payload) + "\n")
            good[f"o{i}"] = 1
        elif kind == "json_array_good":
            path = os.path.join(folder, f"f{i}.json")
            recs = [{"id": f"a{i}-{n}", "text": article(seed + n), "meta": {"depth": [[n]]}} for n in range(payload)]
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(recs, fh)
            good.update({r["id"]: 1 for r in recs})
        elif kind == "json_deep_bad":
            path = os.path.join(folder, f"f{i}.json")
            with open(path, "w") as fh:
                fh.write('{"text": ' + "[" * payload + "]" * payload + "}")
            refused_whole[f"f{i}.json"] = path
        elif kind == "gzip_truncated_bad":
            path = os.path.join(folder, f"f{i}.txt.gz")
            with open(path, "wb") as fh:
                fh.write(gzip.compress(article(seed).encode())[:payload])
            refused_whole[f"f{i}.txt.gz"] = path
        else:  # random bytes or markup: any outcome, as long as it is stored or named
            ext = {"random_txt": "txt", "random_jsonl": "jsonl", "random_html": "html"}[kind]
            path = os.path.join(folder, f"f{i}.{ext}")
            with open(path, "wb") as fh:
                fh.write(payload if isinstance(payload, bytes) else payload.encode("utf-8"))
    return good, refused_whole, bad_lines


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(file_specs, min_size=1, max_size=8))
def test_ingest_fuzz_hostile_folder(specs):
    with tempfile.TemporaryDirectory() as folder:
        good, refused_whole, bad_lines = write_folder(folder, specs)
        errors: list[str] = []
        with Store(":memory:") as store:
            report = Engine(store).ingest([folder], process=False, on_error=lambda e: errors.append(str(e)))
            stored = [a.external_id for a in store.articles()]
            from_files = {os.path.basename(a.path) for a in store.articles() if a.path}
            again = Engine(store).ingest([folder], process=False)
        # every good record stored exactly once, and a second ingest adds nothing
        assert {k: stored.count(k) for k in good} == good
        assert again.stored == 0
        assert report.stored == len(stored)
        # each line names a file of the folder: `path: reason` or `path:LINE: reason`, one line, no traceback
        where = re.compile(re.escape(folder) + r"/(f\d+\.[a-z.]+)(?::(\d+))?: \S")
        named: dict[str, list[int | None]] = {}
        for e in errors:
            m = where.match(e)
            assert m and "\n" not in e and "Traceback" not in e, e
            named.setdefault(m.group(1), []).append(int(m.group(2)) if m.group(2) else None)
        for name in refused_whole:
            assert named.get(name) == [None], (name, errors)
        for path, lines in bad_lines.items():
            assert sorted(n for n in named.get(os.path.basename(path), []) if n is not None) == lines, errors
        # no file silently dropped: each one was stored from or named
        for name in os.listdir(folder):
            assert name in named or name in from_files, (name, errors)
