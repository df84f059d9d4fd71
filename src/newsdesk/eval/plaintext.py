"""Plain-text cleaning and dating over many sites: ../shared/data/plaintext_dev, scored by its own scorer.

Each file goes through the product path (`newsdesk.prepare.prepare`, as `newsdesk ingest` runs it) with the corpus
statistics of its folder, laid out as `../shared/tools/plaintext_eval/run_cli.py --layout style` does (one folder
per scraper style). Scoring imports `score.py` of `../shared/tools/plaintext_eval` (found beside the data folder),
so the figures are the scorer's own: segment P/R/F1 and per-site macro F1, stated-day accuracy, invented days.

Site-disjoint halves: a site is in half A or B by the parity of the first byte of blake2b(site); rules and
thresholds are chosen on A and checked on B (`--half A|B`; default both, reported side by side).

    newsdesk eval plaintext --dataset ../shared/data/plaintext_dev [--half A] [--misses N] [--style page]
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

from newsdesk.clean import CorpusStats
from newsdesk.errors import InputError
from newsdesk.model import RawDoc


def half_of(site: str) -> str:
    """'A' or 'B': a deterministic site-disjoint split (blake2b of the site name)."""
    return "AB"[hashlib.blake2b((site or "").encode("utf-8"), digest_size=4).digest()[0] % 2]


def _scorer(data: Path):
    path = data.resolve().parent.parent / "tools" / "plaintext_eval" / "score.py"
    if not path.is_file():
        raise SystemExit(f"{path}: scorer not found (expected ../shared/tools/plaintext_eval beside the data)")
    spec = importlib.util.spec_from_file_location("plaintext_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(data: Path, truth: list[dict]) -> dict[str, dict]:
    """id -> {"text", "published"} through the product path; a rejected file has no prediction."""
    from newsdesk.prepare import prepare

    texts = {t["id"]: (data / t["file"]).read_text(encoding="utf-8", errors="replace") for t in truth}
    stats = CorpusStats()
    for t in truth:
        stats.add(f"plaintext/{t['style']}", texts[t["id"]])
    preds: dict[str, dict] = {}
    for t in truth:
        raw = RawDoc(path=t["file"], external_id=t["id"], fmt="txt", text=texts[t["id"]],
                     group=f"plaintext/{t['style']}")
        try:
            art = prepare(t["id"], raw, stats, "2026-01-01T00:00:00")
        except InputError:
            continue
        preds[t["id"]] = {"text": art.text, "published": art.published, "removed": art.removed}
    return preds


def _brief(fig: dict) -> dict:
    out: dict = {"files": fig["files"]}
    if "segments" in fig:
        s = fig["segments"]
        out.update(seg_p=round(s["precision"], 4), seg_r=round(s["recall"], 4), seg_f1=round(s["f1"], 4),
                   seg_macro_f1=round(s["macro"]["f1"], 4))
    if "dates" in fig:
        d = fig["dates"]
        out.update(day_acc=round(d["accuracy"], 4), stated=d.get("stated"), invented=d["invented"],
                   day_macro=round(d["macro"]["accuracy"], 4) if d["macro"].get("accuracy") is not None else None)
    out["unsupported"] = fig.get("dates_unsupported", 0)
    return out


def run(data_path: str, halves: str = "AB", style: str | None = None, misses: int = 0) -> dict:
    data = Path(data_path)
    sc = _scorer(data)
    truth = sc.read_jsonl(str(data / "truth.jsonl"))
    if style:
        truth = [t for t in truth if t["style"] == style]
    preds = predict(data, truth)
    out: dict = {}
    for h in halves:
        ids = {t["id"] for t in truth if half_of(t.get("site") or "") == h}
        figures, rows = sc.score(str(data), {k: v for k, v in preds.items() if k in ids}, only_ids=ids)
        out[h] = {k: _brief(v) for k, v in figures.items()}
        if misses:
            bad = [r for r in rows if r.get("fp") or r.get("fn") or r.get("outcome") in ("none", "wrong")
                   or r.get("invented")]
            out[h]["misses"] = [{k: r.get(k) for k in ("id", "fp", "fn", "outcome", "pred", "true")}
                                for r in bad[:misses]]
    return out
