"""Build src/newsdesk/data/petrarch_people.json: person name -> ISO alpha-3 from PETRARCH2's actor dictionaries.

    .venv/bin/python scripts/build_actor_countries.py ../shared/data

Input (not shipped): `petrarch2_dictionaries/Phoenix.Countries.actors.txt` (MIT, (c) 2014 Open Event Data
Alliance): entries such as `RAJNATH_SINGH_` followed by `[INDGOVAGR 030701-040531]` code lines. A name of two
or more words whose codes all start with one ISO alpha-3 country code is kept (lower-cased, underscores as
spaces); names with codes of several countries are dropped. The dictionaries predate 2016: newsdesk uses the
table only as a prior, never over a country the text states. The output keeps the MIT notice
(src/newsdesk/data/LICENSE-petrarch_people.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pycountry


def build(data: Path) -> dict[str, str]:
    lines = (data / "petrarch2_dictionaries" / "Phoenix.Countries.actors.txt").read_text(
        encoding="utf-8", errors="replace").splitlines()
    names: list[str] = []
    codes: dict[str, set[str]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[:1] in "\t [" or line.lstrip().startswith("["):
            for m in re.finditer(r"\[([A-Z]{3})[A-Z]*", line):
                for n in names:
                    codes.setdefault(n, set()).add(m.group(1))
            continue
        name = line.strip().lstrip("+").strip("_ ").replace("_", " ").lower()
        if line.startswith("+"):
            names.append(name)
        else:
            names = [name]
    out = {}
    for n, cs in codes.items():
        if len(n.split()) < 2 or len(cs) != 1 or not re.fullmatch(r"[a-z .'\-]+", n):
            continue
        c = next(iter(cs))
        if pycountry.countries.get(alpha_3=c):
            out[n] = c
    return dict(sorted(out.items()))


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    out = Path(__file__).resolve().parent.parent / "src" / "newsdesk" / "data" / "petrarch_people.json"
    got = build(root)
    out.write_text(json.dumps({"about": "person name -> ISO alpha-3, from PETRARCH2 Phoenix.Countries.actors.txt "
                                        "(MIT, (c) 2014 Open Event Data Alliance); see LICENSE-petrarch_people.md",
                               "people": got}, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{out}: {len(got)} people")
