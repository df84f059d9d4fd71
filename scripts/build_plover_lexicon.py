"""Build src/newsdesk/data/plover_verbs.json from PETRARCH2's CAMEO verb dictionary and the CAMEO->PLOVER table.

    .venv/bin/python scripts/build_plover_lexicon.py ../shared/data

Inputs (not shipped; read once here):
- `petrarch2_dictionaries/CAMEO.2.0.txt`: PETRARCH2's verb pattern dictionary (MIT, (c) 2015 Open Event Data
  Alliance). Verb blocks list a verb with its synonyms and irregular forms, and patterns such as
  `- * (WITH LEADERS) [036]` or `- * SANCTIONS [163]` whose bracketed code is a CAMEO event code.
- `petrarch2_unit_tests/cameo_to_plover.json`: the published CAMEO->PLOVER table (CC BY-SA 4.0, Open Event Data
  Alliance): `detailed_codes_2021` first, else the root code's first PLOVER type; roots PLOVER drops map to null.

Output: for each verb lemma (lower case), its default PLOVER type (the verb's own code, else the block's code),
its inflected forms, its own object patterns and the verb blocks it belongs to (each block a list of object patterns `[preposition or "", [words...], type]` (patterns with words before
the verb, i.e. subject constraints, are skipped)). The output is a derived table: it is shared under CC BY-SA 4.0
with both notices kept (src/newsdesk/data/LICENSE-plover_verbs.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsdesk.coding.lexicon import regular_forms

PREPS = {"with", "to", "against", "on", "from", "for", "at", "in", "into", "of", "over", "by", "under", "about",
         "out", "off", "up", "down", "back", "away", "behind", "before", "after", "along", "across", "through"}


def plover_of(code: str, table: dict) -> str | None:
    code = code.strip()
    parts = [p for p in code.split(":") if p and p != "---"]
    if not parts:
        return None
    c = parts[0]
    detailed = table["detailed_codes_2021"]
    for k in (c, c[:3], c[:2] + "0"):
        if k in detailed:
            return detailed[k]["event_type"]
    root = table["root_codes"].get(c[:2])
    if root and root["plover"]:
        return root["plover"][0]
    return None


def words_of(s: str, synsets: dict[str, list[str]]) -> list[list[str]]:
    """Alternatives (each a word list) for one pattern element: '&FOOD' expands to its synset members."""
    s = s.strip("{}() ")
    if s.startswith("&"):
        return [m.split() for m in synsets.get(s, [])]
    ws = [w.lower().strip("_") for w in s.split() if w not in {"$", "+", "^", "%"} and not w.startswith("&")]
    return [ws] if ws else []


def build(data: Path) -> dict:
    table = json.loads((data / "petrarch2_unit_tests" / "cameo_to_plover.json").read_text(encoding="utf-8"))
    lines = (data / "petrarch2_dictionaries" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    lines = lines.splitlines()
    synsets: dict[str, list[str]] = {}
    cur = None
    verbs: dict[str, dict] = {}
    block: list[str] = []
    block_type: str | None = None
    block_patterns: list = []

    blocks: list[list] = []  # per verb block: its object patterns (shared by every verb of the block)

    def flush() -> None:
        if block:
            blocks.append(block_patterns)
            for v in block:
                verbs[v].setdefault("blocks", []).append(len(blocks) - 1)

    in_verbs = False
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not line.strip():
            continue
        if not in_verbs:
            if line.startswith("&"):
                cur = line.strip()
                synsets[cur] = []
            elif line.startswith("+") and cur:
                synsets[cur].append(line[1:].strip().strip("_").replace("_", " ").lower())
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            flush()
            block, block_patterns = [], []
            block_type = plover_of(m.group(2), table)
            continue
        if line.startswith("-"):
            body = line[1:]
            cm = re.search(r"\[([^\]]*)\]", body)
            if not cm or "*" not in body:
                continue
            pre, post = body[:cm.start()].split("*", 1)
            if pre.strip():
                continue  # a subject constraint: not used
            ptype = plover_of(cm.group(1), table)
            elems = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", post.strip())
            if not elems:
                continue
            first = elems[0]
            prep = ""
            if first.startswith("("):
                inner = first.strip("()").split()
                if not inner:
                    continue
                prep = inner[0].lower()
                rest = " ".join(inner[1:])
            else:
                rest = first
                if first.lower() in PREPS and len(elems) > 1:
                    prep, rest = first.lower(), elems[1]
            for alt in (words_of(rest, synsets) if rest else [["*"]]):
                p = [prep, alt, ptype]
                if p not in block_patterns:
                    block_patterns.append(p)
            continue
        # a verb line: WORD {FORMS} [code]  or  +MULTI_WORD {...} [code]
        vm = re.match(r"^\+?([A-Z][A-Z_\-']*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?", line.strip())
        if not vm:
            continue
        name = vm.group(1).strip("_").lower()
        vtype = plover_of(vm.group(3), table) if vm.group(3) else block_type
        parts = name.split("_")
        verb = parts[0]
        forms = regular_forms(verb)
        if vm.group(2):
            for f in vm.group(2).strip("{}").split():
                fw = f.lstrip("+").strip("_").lower().split("_")[0]
                if fw:
                    forms.add(fw)
        e = verbs.setdefault(verb, {"default": None, "forms": [], "patterns": []})
        e["forms"] = sorted(set(e["forms"]) | forms - {verb})
        if len(parts) > 1:  # ASK_FOR: the particle or preposition is a pattern of the verb
            p = [parts[1] if parts[1] in PREPS else "", ["*"] if parts[1] in PREPS else parts[1:], vtype]
            if p not in e["patterns"]:
                e["patterns"].append(p)
        elif vtype and not e["default"]:
            e["default"] = vtype
        block.append(verb)
    flush()
    for e in verbs.values():
        e.setdefault("blocks", [])
    keep = {v: e for v, e in sorted(verbs.items()) if e["default"] or any(p[2] for p in e["patterns"]) or any(
        p[2] for b in e["blocks"] for p in blocks[b])}
    return {
        "about": "Verb lemmas -> PLOVER event types, derived from PETRARCH2's CAMEO verb dictionary (MIT) mapped "
                 "with the CAMEO->PLOVER table (CC BY-SA 4.0). Built by scripts/build_plover_lexicon.py. "
                 "See LICENSE-plover_verbs.md.",
        "license": "CC BY-SA 4.0; CAMEO.2.0.txt (c) 2015 Open Event Data Alliance, MIT",
        "blocks": blocks,
        "verbs": keep,
    }


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    out = Path(__file__).resolve().parent.parent / "src" / "newsdesk" / "data" / "plover_verbs.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    got = build(root)
    out.write_text(json.dumps(got, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{out}: {len(got['verbs'])} verbs")
