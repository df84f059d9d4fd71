"""Noun phrases of a parsed sentence as PLOVER roles: the actor/target a token stands for, its name as written.

Split out of roles.py (which reads triggers and who did what off the parse); `Sentence.role` resolves a noun
token to an entity of the sentence or to a noun phrase headed by an actor word.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.coding import lexicon as lx
from newsdesk.entities.normalise import ROLE_WORDS, country

__all__ = ["Role", "Sentence", "balanced", "from_unit"]

_STRIP_LEFT = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some",
               "several", "two", "three", "many", "both"}
# "as written" noun phrases (`Sentence.written`)
_STRIP_DEPS = {"punct", "cc", "prep", "det", "predet", "nummod", "quantmod", "advmod"}
_WRITTEN_RIGHT = {"compound", "flat", "appos", "amod", "acl", "nummod"}
_WRITTEN_PREPS = {"of", "in", "from", "at", "for"}
WRITTEN_MAX_CHARS = 90
_PRONOUN_WORDS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "who", "which", "that", "this",
                  "these", "those", "its", "their", "one", "some", "all", "both", "each", "others"}


@dataclass
class Role:
    """An actor or target: an entity of the sentence or a noun phrase headed by an actor word."""

    text: str
    start: int  # character offsets into the article text
    end: int
    key: str  # entity key (ArticleEntity.key) or a noun-phrase key; actor and target never share one
    label: str
    country: str | None = None
    code: str | None = None



class Sentence:
    def __init__(self, doc, offset: int, units, text: str):
        self.doc, self.off, self.text = doc, offset, text
        self.units = sorted(units, key=lambda u: (u.start, u.end))

    def char(self, tok) -> tuple[int, int]:
        return self.off + tok.idx, self.off + tok.idx + len(tok.text)

    def unit_at(self, tok):
        a, b = self.char(tok)
        for u in self.units:
            if u.start <= a and b <= u.end:
                return u
        return None

    def np_range(self, tok) -> tuple[int, int]:
        lo = tok.left_edge
        start = self.char(lo)[0]
        end = self.char(tok)[1]
        for c in tok.rights:
            if c.dep_ in {"compound", "flat"} or c.dep_ == "prep" and c.lower_ == "of" or (
                    c.dep_ == "appos" and self.names_someone(c)):
                end = max(end, self.char(c.right_edge)[1])
        return start, end

    def names_someone(self, tok) -> bool:
        """An apposition that says who someone is ("Kenzo Oshima, the UN relief coordinator"; "the minister,
        Rajnath Singh"): headed by an actor or office word or by an entity. Not an event or topic the parser
        hung on a name ("Li Shangfu, the first visit to India by a Chinese minister")."""
        return tok.lower_ in lx.ACTOR_WORDS or tok.lower_ in ROLE_WORDS or self.unit_at(tok) is not None or (
            tok.text[:1].isupper() and tok.i > 0 and tok.nbor(-1).text[:1].isupper())  # "..., the UN Relief Coordinator"

    def written(self, tok, named: bool = False) -> tuple[int, int]:
        """The noun phrase of `tok` as written, as PLOVER coders write actors: from its left edge (without
        determiners, numbers and quantities) through its right modifiers (compounds, appositions, adjective and
        participle phrases, of/in/from/at/for phrases): "Rebels in the Ivory Coast", "Militants loyal to ...",
        "supporters of former President Ahmed Ben Bella". Longer than WRITTEN_MAX_CHARS: the plain noun phrase.
        `named` (a person or organisation): only "of" phrases ("President Xi Jinping in Moscow" says where the
        event was, not who)."""
        words = list(self.doc[tok.left_edge.i: tok.i + 1])
        while len(words) > 1 and (words[0].lower_ in _STRIP_LEFT or words[0].dep_ in _STRIP_DEPS):
            words = words[1:]
        start = self.char(words[0])[0] if words else self.char(tok)[0]
        end = self.char(tok)[1]
        for c in tok.rights:
            if c.dep_ == "appos" and not self.names_someone(c):
                break
            if c.dep_ in _WRITTEN_RIGHT or c.dep_ == "prep" and c.lower_ in ({"of"} if named else _WRITTEN_PREPS):
                end = max(end, self.char(c.right_edge)[1])
            elif c.dep_ != "punct":
                break
        if end - start > WRITTEN_MAX_CHARS:
            end = min(end, self.np_range(tok)[1])
        return start, end

    def _text(self, a: int, b: int) -> str:
        return balanced(" ".join(self.text[a:b].split()).strip(" ,;:"))

    def role(self, tok, loose: bool = False, wide: bool = False) -> Role | None:
        """The actor/target a noun token stands for, or None when it is no actor. `loose` (targets): a phrase
        that is about a place or people ("Iraqi towns") stands for them."""
        u = self.unit_at(tok)
        if u is not None and (u.label in {"PERSON", "ORG"} or tok.lower_ not in lx.ACTOR_WORDS):
            r = from_unit(u)
            if u.label == "NORP" and tok.dep_ not in {"amod", "compound", "nmod", "poss"}:
                # a people named by a nationality or ethnicity, as written ("Ethnic Albanians in south Serbia")
                s0, e0 = self.written(tok)
                s0, e0 = min(s0, r.start), max(e0, r.end)
                if (s0, e0) != (r.start, r.end):
                    r.text = self._text(s0, e0)
            elif u.label in {"PERSON", "ORG"}:
                # the name as written with its titles, country and apposition ("Russian President Boris Yeltsin",
                # "the US Congress"), as PLOVER coders write actors; merge and linking use the entity key
                s0, e0 = self.written(tok, named=True)
                if "," in self.text[s0:r.start] or r.start - s0 > 60:
                    s0 = r.start
                s0, e0 = min(s0, r.start), max(e0, r.end)
                if (s0, e0) != (r.start, r.end):
                    r.text = self._text(s0, e0)
            return r
        a, b = self.np_range(tok)
        inside = [u for u in self.units if a <= u.start and u.end <= b]
        people = [u for u in inside if u.label in {"PERSON", "ORG"}]
        if tok.lower_ in lx.ACTOR_WORDS:
            places = [u for u in inside if u.label in {"GPE", "NORP"}]
            in_pp = [self.char(c.left_edge)[0] for c in tok.rights if c.dep_ == "prep"]
            person = next((u for u in people if u.label == "PERSON" and not any(x <= u.start for x in in_pp)), None)
            if person is not None:  # "the defence minister, Rajnath Singh" (not "supporters of Ahmed Ben Bella")
                # the person's key, written with the office that names them ("Iran's religious leader Ayatollah
                # Ruhollah Khomeini", "Qatar's emir, Sheikh Hamad"), as PLOVER coders write actors
                r = from_unit(person)
                s0, e0 = self.written(tok)
                s0, e0 = min(s0, r.start), max(e0, r.end)
                if (s0, e0) != (r.start, r.end):
                    r.text = self._text(s0, e0)
                return r
            s0, b = self.written(tok)
            name = self._text(s0, b)
            if not name:
                return None
            inside = [u for u in self.units if s0 <= u.start and u.end <= b]
            places = [u for u in inside if u.label in {"GPE", "NORP"}] or places
            c = places[0] if places else next((u for u in inside if u.code), None)
            code = c.code if c else None
            cname = c.country if c else None
            if code is None:
                for w in self.doc[tok.left_edge.i: tok.i + 1]:
                    got = country(w.text) if w.text[:1].isupper() else None
                    if got:
                        cname, code = got
                        break
            key = people[0].key if people and people[0].label == "ORG" and people[0].end <= self.char(tok)[0] \
                else f"NP:{name.lower()}"
            return Role(name, s0, b, key, "NP", cname, code)
        if people:
            return from_unit(people[0])
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if of is not None and u is None:  # "thousands of workers", "a group of diplomats"
            return self.role(of, loose, wide)
        if u is not None:
            return from_unit(u)
        places = [u for u in inside if u.label in {"GPE", "NORP"} and u.end <= self.char(tok)[0]]
        if places and tok.dep_ in {"nsubj", "nsubjpass", "pobj", "conj", "dobj"} and tok.text[:1].islower() and (
                not loose or any(c.dep_ in {"amod", "compound"} and self.unit_at(c) is places[0]
                                 for c in tok.lefts)):
            # "Palestinian suicide bombers", "Israeli helicopters": a group marked by its country acts for it;
            # as a target, "Iraqi towns" (the place's key: the town is in the country)
            s0, e0 = self.written(tok)
            name = self._text(s0, e0)
            key = places[0].key if loose else f"NP:{name.lower()}"
            return Role(name, s0, e0, key, "NP", places[0].country, places[0].code)
        if loose:
            # "Serbia's suppression", "a bombing near the town of Samarra": the place or people the phrase is about
            lo, hi = self.char(tok.left_edge)[0], self.char(tok.right_edge)[1]
            places = [u for u in inside if u.label in {"GPE", "NORP"}] or [
                u for u in self.units if wide and u.label in {"GPE", "NORP"} and lo <= u.start and u.end <= hi]
            if places:
                return from_unit(places[0])
        return None

    def phrase(self, tok) -> Role | None:
        """A subject that resolves to no entity or actor word, as written ("Ibo traditional elders", "Recent US
        Predator attacks"), keyed by its text. None for a pronoun, an empty phrase, or an event noun no name
        modifies ("These exercises demonstrated ...": exercises are no one; "US Predator attacks" name who)."""
        if tok.lower_ in _PRONOUN_WORDS or not tok.text[:1].isalpha():
            return None
        if tok.lower_ in lx.LIGHT_NOUNS and not any(
                c.dep_ in {"compound", "amod", "nmod", "poss"} and c.text[:1].isupper() for c in tok.lefts):
            return None
        s0, e0 = self.written(tok)
        name = self._text(s0, e0)
        if not name or not any(w[:1].isupper() for w in name.split()):
            return None  # a name or people in it ("Ibo elders", "Turkish and Greek sides"), not "safety standards"
        inside = [u for u in self.units if s0 <= u.start and u.end <= e0 and u.code]
        c = inside[0] if inside else None
        return Role(name, s0, e0, f"NP:{name.lower()}", "NP", c.country if c else None, c.code if c else None)

    def roles(self, tok, loose: bool = False, wide: bool = False) -> list[Role]:
        """Roles of a noun token and of the nouns conjoined with it ("India and Russia")."""
        out = []
        r = self.role(tok, loose, wide)
        if r is not None:
            out.append(r)
        for c in tok.conjuncts:
            if c.i > tok.i:
                rc = self.role(c, loose, wide)
                if rc is not None and all(rc.key != x.key for x in out):
                    out.append(rc)
        return out


def from_unit(u) -> Role:
    return Role(balanced(" ".join(u.text.split())), u.start, u.end, u.key, u.label, u.country, u.code)


def balanced(name: str) -> str:
    """Cut a name at its first unbalanced bracket: 'Shanghai Cooperation Organisation (SCO' -> '... Organisation'."""
    opened: list[int] = []
    for i, ch in enumerate(name):
        if ch in "([{":
            opened.append(i)
        elif ch in ")]}":
            if not opened:
                return balanced(name[:i]).strip()
            opened.pop()
    if opened:
        return name[:opened[0]].strip()
    return name.strip()
