"""The layout rules, checked over src/newsdesk: SQL and the database drivers only inside store/, no import cycle,
the pipeline's declared stage order sound (every requirement assigned by an earlier stage), engine.py small."""

import ast
import re
from pathlib import Path

import pytest

from newsdesk import pipeline

SRC = Path(__file__).resolve().parent.parent / "src" / "newsdesk"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|"
                 r"CREATE\s+(TABLE|INDEX|VIEW)|DROP\s+(TABLE|INDEX|VIEW)|ALTER\s+TABLE)\b", re.S)
DRIVERS = {"duckdb", "psycopg", "psycopg2", "sqlite3"}


def modules():
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported(name: str, tree: ast.AST, is_package: bool, known: set[str] = frozenset()) -> set[str]:
    """Every module `tree` imports (at top level or inside functions), absolute names. `from P import M` of a
    submodule M (in `known`) counts as importing P.M only (a parent package is always initialised first)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = name.split(".") if is_package else name.split(".")[:-1]
                pkg = pkg[:len(pkg) - node.level + 1]
                base = ".".join(pkg + ([base] if base else []))
            subs = {f"{base}.{a.name}" for a in node.names} & set(known)
            out.update(subs)
            if len(subs) < len(node.names):
                out.add(base)
    return out


def strings(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def test_architecture_no_sql_or_driver_outside_store():
    problems = []
    for name, path, tree in modules():
        if name.startswith("newsdesk.store"):
            continue
        for mod in imported(name, tree, path.name == "__init__.py"):
            if mod.split(".")[0] in DRIVERS:
                problems.append(f"{path.relative_to(SRC)}: imports {mod}")
        for line, text in strings(tree):
            if SQL.search(text):
                problems.append(f"{path.relative_to(SRC)}:{line}: SQL text {text[:60]!r}")
        for node in ast.walk(tree):  # the store's raw handles: its connection, raw-SQL rows, a table by name
            if isinstance(node, ast.Attribute) and node.attr in {"con", "rows", "delete_where_in", "count"} and \
                    "store" in ast.unparse(node.value):
                problems.append(f"{path.relative_to(SRC)}:{node.lineno}: uses store.{node.attr} (typed methods only)")
    assert problems == []


def test_architecture_sql_check_catches_a_query():
    assert SQL.search("SELECT id FROM articles WHERE processed")
    assert SQL.search("INSERT OR REPLACE INTO vectors SELECT 1")
    assert not SQL.search("select the best candidate from the list")  # prose is not SQL


def test_architecture_no_import_cycle():
    mods = {name: (path, tree) for name, path, tree in modules()}
    graph = {name: sorted({m for m in imported(name, tree, path.name == "__init__.py", set(mods))
                            if m in mods and m != name})
             for name, (path, tree) in mods.items()}
    cycles = _cycles(graph)
    assert cycles == []


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_architecture_cycle_finder_finds_a_cycle():
    assert _cycles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"]]


def test_pipeline_stages_requirements_assigned_earlier():
    assert pipeline.check() == []


def test_pipeline_check_reports_a_stage_run_too_early():
    by_name = {s.name: s for s in pipeline.STAGES}
    order = [by_name[n] for n in ("prepare", "dedup", "coding", "ner", "embed", "entities", "resolve", "events",
                                  "storylines")]
    assert pipeline.check(order) == [
        "stage coding requires mentions, ner, which no earlier stage assigns"]


def test_pipeline_run_rejects_unknown_phase():
    with pytest.raises(ValueError, match="unknown phase"):
        pipeline.run([], None, phase="nope")


def test_architecture_engine_is_small():
    assert len((SRC / "engine.py").read_text(encoding="utf-8").splitlines()) <= 150


def test_architecture_no_module_over_500_lines():
    """Issue 9: a stage that outgrows 500 lines becomes a package of the same name."""
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_pipeline_chunk_runs_in_memory_and_a_failure_costs_one_article(monkeypatch):
    """dedup -> analyse -> resolve over two articles with no store at all; a coding failure in one article is one
    error line, and the other article keeps its records."""
    from newsdesk import coding
    from newsdesk.embed import HashEmbedder
    from newsdesk.model import Article

    def art(i, text):
        return Article(f"a{i}", f"e{i}", "S", None, None, text, text, "2024-03-08", "metadata", None, "en", (), (),
                       "2024-03-08T00:00:00+00:00", "in.jsonl")

    text = "Rajnath Singh met Sergei Shoigu in New Delhi on Friday, the Indian defence ministry said."
    batch = [art(1, text), art(2, "Floods hit the northern province of Luzon, officials in Manila said on Monday.")]
    real = coding.code
    monkeypatch.setattr(coding, "code", lambda a, *x: (_ for _ in ()).throw(ValueError("bad")) if a.id == "a2"
                        else real(a, *x))
    ctx = pipeline.chunk_context([], [], {})
    d = pipeline.run(batch, ctx, phase="dedup")
    assert d.processed == ["a1", "a2"] and d.copies == {} and len(d.signatures) == 2

    class Worker:
        embedder = HashEmbedder()

    d.merge(pipeline.analyse(batch, Worker()))
    d = pipeline.run(batch, ctx, phase="resolve", delta=d)
    assert set(d.vectors) == {"a1", "a2"} and d.vector_model == "hash"
    assert [str(e) for e in d.errors] == ["in.jsonl: record e2: coding failed (ValueError: bad)"]
    assert d.records["a2"] == [] and d.records["a1"]  # the other article keeps its records
    assert {e.name for e in d.entities} >= {"Rajnath Singh", "Sergei Shoigu"}
