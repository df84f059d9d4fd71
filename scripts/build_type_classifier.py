"""Build src/newsdesk/data/plover_types.npz: a logistic-regression PLOVER event-type classifier over MiniLM
sentence vectors, trained only on dev data (as POLECAT's coder classifies sentence embeddings).

    .venv/bin/python scripts/build_type_classifier.py ../shared/data
    .venv/bin/python scripts/build_type_classifier.py ../shared/data --half A --out /tmp/types_A.npz

Input: `plover_gsr/records.jsonl` (225 dev sentences, CC BY-SA 4.0, Open Event Data Alliance), each sentence
labelled with its `event_type_current`; `--half A|B` trains on that half only (`newsdesk.eval.coding.halves`),
so the other half can be scored with weights that never saw it (`newsdesk eval coding` does this). Vectors:
the product's MiniLM (`embed.get_embedder("onnx")`, L2-normalised mean pooling). Model: scikit-learn
`LogisticRegression(C=10)` (multinomial, `coding.classify.fit`); C=10 over 1 and 100 by top-1 accuracy of one half's model on the
other half (A .45/.43/.43, B .46/.40/.48). Output: classes, coef (float32, classes x 384), intercept, the
training size; about 26 KB, shared under CC BY-SA 4.0 (src/newsdesk/data/LICENSE-plover_types.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="the shared data folder (holding plover_gsr/)")
    ap.add_argument("--half", choices=["A", "B"], help="train on this half of plover_gsr only")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "src/newsdesk/data/plover_types.npz"))
    a = ap.parse_args()
    from newsdesk import embed
    from newsdesk.coding import classify
    from newsdesk.eval.coding import halves

    gold = [json.loads(line) for line in (Path(a.data) / "plover_gsr" / "records.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    if a.half:
        half = halves(gold)
        gold = [g for g in gold if half[g["id"]] == a.half]
    tm = classify.fit([g["text"] for g in gold], [g["events"][0]["event_type_current"] for g in gold],
                      embed.get_embedder("onnx"))
    tm.save(a.out, trained_on=len(gold), half=a.half or "all")
    print(f"{a.out}: {len(tm.classes)} types, {len(gold)} sentences ({a.half or 'all'})")


if __name__ == "__main__":
    main()
