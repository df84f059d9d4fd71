"""Who did what to whom in one dependency-parsed sentence: triggers, negation, quotes, actors and targets.

Hand-written over spaCy's parse (no pinned library maps a parse to PLOVER roles):
- a trigger is a verb whose lemma the lexicon types, or the object noun of a light verb ("held talks");
- it is skipped when negated ("did not meet", "held no talks", "failed to meet"), inside a quotation, or
  governed (xcomp/ccomp) by another trigger ("agreed to cooperate" is one AGREE);
- actor = the subject (passive: the by-agent), inherited through conjoined, complement and relative clauses; a
  pronoun subject of a reported clause is the speaker ("Iraq said it would allow ...": Iraq), but the speaker is
  never the actor of a clause with its own subject;
- target = the direct object, the dative, or the object of with/to/against/on/from/into (passive: the subject);
- each role is an entity of the sentence, or a noun phrase headed by an actor word ("Hungarian officials",
  "the Security Council"); conjoined subjects give several actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdesk.coding import lexicon as lx
from newsdesk.entities.normalise import country

__all__ = ["Role", "Trigger", "events"]

_VERB_DEPS = {"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "csubjpass"}
_VERB_CHILD = {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "prt", "agent", "dative", "xcomp", "ccomp"}
_NOUN_DEPS = {"compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "attr", "npadvmod",
              "nmod", "det", "dative"}
TARGET_PREPS = {"with", "to", "against", "on", "from", "into", "toward", "towards", "upon"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "who", "which", "that", "this",
             "these", "those", "its", "their"}
_NEGATING_HEADS = {"fail", "refuse", "decline", "deny", "reject", "cancel", "postpone", "avoid", "stop"}
_STRIP_LEFT = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some",
               "several", "two", "three", "many", "both"}
_QUOTE = re.compile(r"“[^”]{0,600}”|\"[^\"]{0,600}\"|``.{0,600}?''|‘[^’]{20,600}’")


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


@dataclass
class Trigger:
    action: str
    start: int
    end: int
    actors: list[Role] = field(default_factory=list)
    target: Role | None = None


def _verbish(tok) -> bool:
    if any(c.dep_ == "det" for c in tok.children) and not any(c.dep_ in {"nsubj", "aux"} for c in tok.children):
        return False
    if tok.dep_ in _VERB_DEPS and tok.dep_ != "conj":
        return True
    if tok.dep_ == "conj":
        return _verbish(tok.head) or any(c.dep_ in _VERB_CHILD for c in tok.children)
    return tok.dep_ not in _NOUN_DEPS and any(c.dep_ in _VERB_CHILD for c in tok.children)


def _words(tok) -> frozenset[str]:
    return frozenset(t.lower_ for t in tok.subtree)


def _cues(tok) -> list[tuple[str, frozenset[str]]]:
    cues: list[tuple[str, frozenset[str]]] = []
    for c in tok.children:
        if c.dep_ in {"dobj", "attr", "oprd", "dative"}:
            cues.append(("", _words(c)))
        elif c.dep_ in {"prt", "advmod"}:
            cues.append((c.lower_, frozenset({"*"})))
            cues.append(("", frozenset({c.lower_})))
        elif c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
            cues.append((c.lower_, frozenset().union(*(_words(g) for g in objs)) if objs else frozenset({"*"})))
        elif c.dep_ == "xcomp":
            cues.append(("", frozenset({c.lower_})))
    return cues


def _negated(tok) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in tok.children):
        return True
    h = tok
    while h.dep_ in {"xcomp", "conj"} and h.head.i != h.i:
        if h.dep_ == "xcomp" and lx.lemma(h.head.lower_) in _NEGATING_HEADS:
            return True
        h = h.head
        if h.dep_ != "conj" and any(c.dep_ == "neg" for c in h.children) and tok.dep_ == "xcomp":
            return True
    return False


def _candidates(doc):
    """(token, action, noun token or None) for each lexical trigger of the sentence."""
    out = []
    for tok in doc:
        lem = lx.lemma(tok.lower_)
        if lem is None or not _verbish(tok):
            continue
        action, noun = None, None
        if lem in lx.LIGHT_VERBS:
            for c in tok.children:
                objs = [c] if c.dep_ in {"dobj", "attr"} else [g for g in c.children if g.dep_ == "pobj"] \
                    if c.dep_ == "prep" and c.lower_ in {"on", "in"} else []
                for o in objs:
                    t = lx.light_noun_type(lem, o.lower_)
                    if t:
                        action, noun = t, o
                        break
                if action:
                    break
        if action is None:
            action = lx.verb_type(lem, _cues(tok))
        if action is None and lem in lx.SPEECH_VERBS | {"reiterate", "repeat"} and any(
                c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in {"must", "should"} for a in c.children)
                for c in tok.children):
            action = "REQUEST"  # "X said Y must ...": what the speaker did is a demand (PLOVER REQUEST)
        if action:
            out.append((tok, action, noun))
    return out


class _Sentence:
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
            if c.dep_ in {"compound", "flat"} or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "appos":
                end = max(end, self.char(c.right_edge)[1])
        return start, end

    def role(self, tok, loose: bool = False) -> Role | None:
        """The actor/target a noun token stands for, or None when it is no actor. `loose` (targets): a phrase
        that is about a place or people ("Iraqi towns") stands for them."""
        u = self.unit_at(tok)
        if u is not None and (u.label in {"PERSON", "ORG"} or tok.lower_ not in lx.ACTOR_WORDS):
            r = _from_unit(u)
            if u.label == "PERSON" and not loose:
                # the name as written with its titles and country ("Russian President Boris Yeltsin"), as PLOVER
                # coders write actors; merge and linking use the entity key
                words = list(self.doc[tok.left_edge.i: tok.i + 1])
                while words and (words[0].lower_ in _STRIP_LEFT or words[0].dep_ in {"punct", "cc", "prep"}):
                    words = words[1:]
                s0 = self.char(words[0])[0] if words else r.start
                if s0 < r.start and "," not in self.text[s0:r.start] and r.start - s0 <= 60:
                    r.text = _balanced(" ".join(self.text[s0:r.end].split()))
            return r
        a, b = self.np_range(tok)
        inside = [u for u in self.units if a <= u.start and u.end <= b]
        people = [u for u in inside if u.label in {"PERSON", "ORG"}]
        if tok.lower_ in lx.ACTOR_WORDS:
            places = [u for u in inside if u.label in {"GPE", "NORP"}]
            person = next((u for u in people if u.label == "PERSON"), None)
            if person is not None:  # "the defence minister, Rajnath Singh"
                return _from_unit(person)
            words = list(self.doc[tok.left_edge.i: tok.i + 1])
            while words and words[0].lower_ in _STRIP_LEFT:
                words = words[1:]
            if not words:
                return None
            s0 = self.char(words[0])[0]
            name = " ".join(self.text[s0:b].split()).strip(" ,;:")
            name = _balanced(name)
            c = places[0] if places else None
            code = c.code if c else None
            cname = c.country if c else None
            if code is None:
                for w in words:
                    got = country(w.text) if w.text[:1].isupper() else None
                    if got:
                        cname, code = got
                        break
            key = people[0].key if people else f"NP:{name.lower()}"
            return Role(name, s0, b, key, "NP", cname, code)
        if people:
            return _from_unit(people[0])
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if of is not None and u is None:  # "thousands of workers", "a group of diplomats"
            return self.role(of, loose)
        if u is not None:
            return _from_unit(u)
        places = [u for u in inside if u.label in {"GPE", "NORP"} and u.end <= self.char(tok)[0]]
        if places and not loose and tok.dep_ in {"nsubj", "nsubjpass", "pobj", "conj"} and tok.text[:1].islower():
            # "Palestinian suicide bombers", "Israeli helicopters": a group marked by its country acts for it
            words = [w for w in self.doc[tok.left_edge.i: tok.i + 1] if w.lower_ not in _STRIP_LEFT]
            s0 = self.char(words[0])[0] if words else a
            name = _balanced(" ".join(self.text[s0:self.char(tok)[1]].split()))
            return Role(name, s0, self.char(tok)[1], f"NP:{name.lower()}", "NP", places[0].country, places[0].code)
        if loose:
            places = [u for u in inside if u.label in {"GPE", "NORP"}]
            if places:  # "Iraqi towns", "Serbia's suppression": the place or people the phrase is about
                return _from_unit(places[0])
        return None

    def roles(self, tok, loose: bool = False) -> list[Role]:
        """Roles of a noun token and of the nouns conjoined with it ("India and Russia")."""
        out = []
        r = self.role(tok, loose)
        if r is not None:
            out.append(r)
        for c in tok.conjuncts:
            if c.i > tok.i:
                rc = self.role(c, loose)
                if rc is not None and all(rc.key != x.key for x in out):
                    out.append(rc)
        return out


def _from_unit(u) -> Role:
    return Role(_balanced(" ".join(u.text.split())), u.start, u.end, u.key, u.label, u.country, u.code)


def _balanced(name: str) -> str:
    """Cut a name at its first unbalanced bracket: 'Shanghai Cooperation Organisation (SCO' -> '... Organisation'."""
    opened: list[int] = []
    for i, ch in enumerate(name):
        if ch in "([{":
            opened.append(i)
        elif ch in ")]}":
            if not opened:
                return _balanced(name[:i]).strip()
            opened.pop()
    if opened:
        return name[:opened[0]].strip()
    return name.strip()


def _subject(tok, sent: _Sentence, depth: int = 0):
    """(subject token or None, passive?) of a verb, inherited from governing or conjoined verbs."""
    if depth > 6:
        return None, False
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is not None:
        return subj, False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return agent, True
    if tok.dep_ in {"relcl", "acl"}:
        return tok.head, False
    if tok.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and tok.head.i != tok.i:
        return _subject(tok.head, sent, depth + 1)
    return None, False


def _speaker(tok, sent: _Sentence):
    """For a verb inside a reported clause (ccomp of a verb of saying), the speaker's subject token."""
    h = tok
    while h.head.i != h.i:
        if h.dep_ in {"ccomp", "parataxis"} and lx.lemma(h.head.lower_) in lx.SPEECH_VERBS | {"say", "tell"}:
            s = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            return s
        h = h.head
    return None


def _actors(tok, sent: _Sentence) -> tuple[list[Role], bool]:
    subj, passive = _subject(tok, sent)
    if subj is None:
        return [], passive
    if subj.lower_ in _PRONOUNS:
        if subj.lower_ in {"who", "which", "that"} and tok.dep_ == "relcl":
            subj = tok.head
        else:
            sp = _speaker(tok, sent)
            if sp is None or sp.lower_ in _PRONOUNS:
                return [], passive
            subj = sp
    return sent.roles(subj), passive


def _target_tokens(tok, noun, passive: bool) -> tuple[list, list]:
    """(direct, deeper) target candidates: objects, datives, with/to/against... objects of the trigger; then the
    subject or object of its complement ("demanded that X ...", "threatened to break relations with X") and
    the possessor or of/with/against... object inside its object ("rejected X's demand")."""
    direct, deep = [], []
    if passive:
        direct += [c for c in tok.children if c.dep_ == "nsubjpass"]
    heads = [tok] + ([noun] if noun is not None else [])
    for h in heads:
        for c in h.children:
            if c.dep_ in {"dobj", "dative"} and c is not noun:
                direct.append(c)
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                direct += [g for g in c.children if g.dep_ == "pobj"]
    for c in tok.children:  # "held talks with X": the preposition can hang on the object
        if c.dep_ == "dobj":
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in TARGET_PREPS:
                    direct += [g for g in p.children if g.dep_ == "pobj"]
    for c in tok.children:
        if c.dep_ in {"ccomp", "xcomp"}:
            objs = [g for g in c.children if g.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}]
            deep += objs
            for p in [*c.children, *(x for o in objs for x in o.children)]:
                if p.dep_ == "prep" and p.lower_ in TARGET_PREPS:
                    deep += [g for g in p.children if g.dep_ == "pobj"]
        if c.dep_ in {"dobj", "nsubjpass"} or c is noun:
            for g in c.subtree:
                if g is c:
                    continue
                if g.dep_ == "poss" or g.dep_ == "pobj" and g.head.lower_ in TARGET_PREPS | {"of", "by"}:
                    deep.append(g)
    return direct, deep


_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "AGREE"}
_HOSTILE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST", "THREATEN"}
_INTENT_HEADS = {"plan", "intend", "prepare", "willing", "ready", "offer", "promise", "pledge", "vow", "decide",
                 "agree", "want", "seek", "hope", "expect"}


def _mood(tok, action: str) -> str:
    """An announced action is not yet done: PLOVER (after CAMEO 03 "express intent to cooperate" and 13
    "threaten") codes "will visit", "is willing to send" as AGREE and "will impose sanctions" as THREATEN."""
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.children)
    h = tok
    while not future and h.dep_ in {"xcomp", "conj"} and h.head.i != h.i:
        h = h.head
        future = lx.lemma(h.lower_) in _INTENT_HEADS or h.lower_ in _INTENT_HEADS
    if not future:
        return action
    if action in _COOPERATIVE:
        return "AGREE"
    if action in _HOSTILE:
        return "THREATEN"
    return action


def _governed(tok, trig_tokens: set[int]) -> bool:
    """A trigger below another trigger (complement, purpose or adverbial clause, object) is part of that event:
    "agreed to cooperate", "staged a hunger strike to protest". Coordinated verbs ("met and signed") are not."""
    h = tok
    while h.head.i != h.i:
        if h.dep_ == "conj" and h.head.i in trig_tokens:
            return False
        h = h.head
        if h.i in trig_tokens:
            return True
    return False


def _in_quote(pos: int, quotes: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in quotes)


def events(doc, offset: int, units, text: str) -> list[Trigger]:
    """Events of one parsed sentence (`doc` is the sentence text starting at `offset` in `text`)."""
    sent = _Sentence(doc, offset, units, text)
    quotes = [(offset + m.start(), offset + m.end()) for m in _QUOTE.finditer(doc.text)]
    cands = _candidates(doc)
    trig_tokens = {tok.i for tok, _, _ in cands}
    out: list[Trigger] = []
    for tok, action, noun in cands:
        a, b = sent.char(noun if noun is not None else tok)
        if _in_quote(a, quotes) or _negated(tok) or (noun is not None and any(
                c.lower_ in {"no", "never"} for c in noun.children)):
            continue
        if _governed(tok, trig_tokens):
            continue
        action = _mood(tok, action)
        actors, passive = _actors(tok, sent)
        if not actors:
            continue
        keys = {x.key for x in actors}
        names = {x.text.lower() for x in actors}
        direct, deep = _target_tokens(tok, noun, passive)
        if action in lx.SYMMETRIC and len(actors) > 1 and not direct:
            deep = []  # "A and B held talks": A and B are each other's counterparts
        target = None
        for t in direct + deep:
            for r in sent.roles(t, loose=True):
                if r.key not in keys and r.text.lower() not in names:
                    target = r
                    break
            if target is not None:
                break
        out.append(Trigger(action, a, b, actors, target))
    return out
