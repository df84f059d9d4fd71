"""`newsdesk eval clustering` through the product path names the embedding back-end the ingest really used, so a
back-end comparison run with NEWSDESK_EMBEDDER=NAME says which vectors it scored (BENCHMARKS "Embedding back-ends")."""

import json

from newsdesk import embed
from newsdesk.eval import clustering


def test_eval_clustering_reports_the_embedder_the_ingest_used(tmp_path, monkeypatch):
    stories = [("e1", "Fire destroys warehouse in Leeds", "A fire destroyed a warehouse in Leeds on Monday."),
               ("e1", "Leeds warehouse fire", "Firefighters fought a warehouse fire in Leeds on Monday night."),
               ("e2", "Floods hit Valencia", "Floods hit the Spanish city of Valencia after days of rain."),
               ("e2", "Valencia flooding", "Heavy rain flooded streets in Valencia, Spain, on Tuesday.")]
    path = tmp_path / "stream.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "title": t, "text": x, "event": e, "source": f"S{i}",
                                        "published": "2024-03-04"}) + "\n"
                            for i, (e, t, x) in enumerate(stories)), encoding="utf-8")
    monkeypatch.setenv("NEWSDESK_EMBEDDER", "hash")
    embed.get_embedder.cache_clear()
    try:
        res = clustering.run(str(path), parts=2, baseline=False)
    finally:
        embed.get_embedder.cache_clear()
    assert res["embedder"] == "hash"
    assert res["articles"] == 4 and res["newsdesk"]["unassigned"] == 0
