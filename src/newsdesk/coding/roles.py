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
from newsdesk.coding.phrases import Role, from_unit
from newsdesk.coding.phrases import Sentence as _Sentence

__all__ = ["Role", "Trigger", "events"]

_VERB_DEPS = {"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "csubjpass"}
_VERB_CHILD = {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "prt", "agent", "dative", "xcomp", "ccomp"}
_NOUN_DEPS = {"compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "attr", "npadvmod",
              "nmod", "det", "dative"}
TARGET_PREPS = {"with", "to", "against", "on", "from", "into", "toward", "towards", "upon"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "who", "which", "that", "this",
             "these", "those", "its", "their"}
_NEGATING_HEADS = {"fail", "refuse", "decline", "deny", "reject", "cancel", "postpone", "avoid", "stop"}
_QUOTE = re.compile(r"“[^”]{0,600}”|\"[^\"]{0,600}\"|``.{0,600}?''|‘[^’]{20,600}’")


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
        if lem == "is" and any(c.dep_ == "attr" for c in tok.children):
            continue  # "when Manmohan Singh was prime minister": a copula with a noun says what someone is
        action, noun = None, None
        if lem in lx.OBJECT_VERBS:
            for o in (c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}):
                action = lx.halted_type(lem, o.lower_, frozenset(
                    m.lower_ for m in o.children if m.dep_ in {"compound", "amod"}))
                if action:
                    break
        if action is None and lem in lx.LIGHT_VERBS:
            for c in tok.children:
                objs = [c] if c.dep_ in {"dobj", "attr"} else [g for g in c.children if g.dep_ == "pobj"] \
                    if c.dep_ == "prep" and c.lower_ in {"on", "in", "under"} else []
                # "700 kg of medicine", "a state of siege", "a wave of attacks": the event noun after "of"
                objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj" and lx.light_noun_type(lem, o.lower_) is None]
                for o in objs:
                    t = lx.light_noun_type(lem, o.lower_, frozenset(
                        m.lower_ for m in o.children if m.dep_ in {"compound", "amod"})) or next(
                        (x for m in o.children if m.dep_ == "compound" and o.lower_ in lx.CARRIER_NOUNS
                         and (x := lx.light_noun_type(lem, m.lower_))),
                        None)  # "launched a mediation effort": the event noun can be a compound of the object
                    if t:
                        action, noun = t, o
                        break
                if action:
                    break
        if action is None and lem in lx.LIGHT_VERBS and any(
                _must_clause(o) for c in tok.children if c.dep_ == "dobj" for o in [c]):
            action = "REQUEST"  # "issued a reminder to Iraq that it must cooperate": a demand (PLOVER REQUEST)
        if action is None:
            action = lx.verb_type(lem, _cues(tok))
        if action is None and lem in lx.DEMAND_VERBS and _must_clause(tok):
            action = "REQUEST"  # "X said Y must ...": what the speaker did is a demand (PLOVER REQUEST)
        if action:
            out.append((tok, action, noun))
    return out



# participles that say what their subject does or holds, not what was done to it ("is opposed to", "is committed
# to"): the parser labels them passive
_STATIVE = {"opposed", "committed", "dedicated", "devoted", "engaged", "involved"}


def _must_clause(tok) -> bool:
    """Does `tok` govern a "that ... must/should" clause (a demand it reports)?"""
    return any(c.dep_ in {"ccomp", "acl"} and any(a.dep_ == "aux" and a.lower_ in {"must", "should"}
                                                  for a in c.children) for c in tok.children)


def _subject(tok, sent: _Sentence, depth: int = 0):
    """(subject token or None, passive?) of a verb, inherited from governing or conjoined verbs."""
    if depth > 6:
        return None, False
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is not None:
        return subj, False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if agent is None and patient is not None and tok.lower_ in _STATIVE:
            return patient, False  # "Israel is opposed to ...": Israel opposes
        return agent, True
    if tok.dep_ in {"relcl", "acl"}:
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.head.dep_ not in {
                "pobj", "dobj"} or sent.role(tok.head) is not None:
            return tok.head, False
        # an infinitive on an object that is no actor says what the clause's subject does it for ("converged for
        # a rally in Lagos to protest ...": the protesters, not the rally): the subject of the verb governing it
        h = tok.head
        while h.head.i != h.i and h.dep_ not in _VERB_DEPS:
            h = h.head
        return _subject(h, sent, depth + 1) if h.i != tok.head.i else (None, False)
    if tok.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and tok.head.i != tok.i:
        # ("is prepared to impose ...": the infinitive hangs on the adjective, the subject on its copula)
        return _subject(tok.head, sent, depth + 1)
    return None, False


def _speaker(tok, sent: _Sentence):
    """For a verb inside a reported clause (ccomp of a verb of saying), the speaker's subject token."""
    h = tok
    while h.head.i != h.i:
        if h.dep_ in {"ccomp", "parataxis"} and lx.lemma(h.head.lower_) in lx.SPEECH_VERBS | {"say", "tell"}:
            # the speaker of a verb of saying with no subject of its own: that of the verb it is conjoined with
            # ("rebels rejected ... and said they ...") or hangs on ("X was quoted as saying he ...")
            v = h.head
            for _ in range(4):
                s = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if s is not None or v.dep_ not in {"conj", "pcomp", "prep", "advcl"} or v.head.i == v.i:
                    return s
                v = v.head
            return None
        h = h.head
    return None


_PLACE_PREPS = {"in", "at", "near", "outside", "inside"}


def _place(tok, sent: _Sentence) -> list[Role]:
    """The place an event happened: the first GPE/LOC/FAC in an in/at/near/outside phrase among the verb's
    phrases (not its subject or clauses). An attack or arrest with no named perpetrator is coded to it, as PLOVER
    coders do ("was arrested in Lebanon", "was put under investigation in Italy", "was thwarted in ...")."""
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        for g in c.subtree:
            u = sent.unit_at(g)
            if u is not None and u.label in {"GPE", "LOC", "FAC"} and _under_place_prep(g, c):
                return [from_unit(u)]
    return []


def _under_place_prep(g, top) -> bool:
    """Is token `g` inside an in/at/near/outside phrase, at or below the preposition `top`?"""
    h = g
    while True:
        if h.dep_ == "prep" and h.lower_ in _PLACE_PREPS:
            return True
        if h.i == top.i or h.head.i == h.i:
            return False
        h = h.head


def _actors(tok, sent: _Sentence) -> tuple[list[Role], bool]:
    subj, passive = _subject(tok, sent)
    if subj is None:
        return (_place(tok, sent) if passive else []), passive  # agentless passive
    if subj.lower_ in _PRONOUNS:
        if subj.lower_ in {"who", "which", "that"} and tok.dep_ == "relcl":
            subj = tok.head
        else:
            sp = _speaker(tok, sent)
            if sp is None or sp.lower_ in _PRONOUNS:
                return [], passive
            subj = sp
    # a subject that stands for no actor but names a place or people ("A roadside bombing near the town of
    # Samarra killed ...") acts for them, as PLOVER coders code it
    got = sent.roles(subj) or sent.roles(subj, loose=True, wide=True)
    if not got:
        got = [r for r in [sent.phrase(subj)] if r is not None]
    if not got and passive:
        got = _place(tok, sent)
    return got, passive


def _holds(c, noun) -> bool:
    """Is the event noun `c` itself or inside its phrase ("declared a state of emergency": not a target)?"""
    return noun is not None and c.left_edge.i <= noun.i <= c.right_edge.i


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
            if c.dep_ in {"dobj", "dative"} and not _holds(c, noun):
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


_REFUSABLE = {"accept", "agree", "allow", "recognize", "recognise", "endorse", "approve"}
_ANONYMOUS = {"people", "persons", "civilians", "others", "residents", "villagers", "passengers", "bystanders"}
_TOPIC_VERBS = {"discuss", "debate"}  # their object is what was talked about, not with whom
_NOT_FURTHER = {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "aux", "auxpass", "neg", "punct", "mark",
                "advmod", "npadvmod", "ccomp", "parataxis", "relcl"}


def _further(tok, noun, seen) -> list:
    """Last resort targets: the nouns inside the trigger's objects and phrases, nearest first, where the direct
    ones stand for no actor ("conceded to demands from UNITA", "mobilized reservists for a war against Iraq",
    "suspended aid deliveries in Baghdad"); subjects, reported clauses and relative clauses are left out."""
    got = {t.i for t in seen}
    out = []
    for h in [tok] + ([noun] if noun is not None else []):
        for c in h.children:
            if c.dep_ in _NOT_FURTHER or _holds(c, noun):
                continue
            stack = [c]
            while stack:
                g = stack.pop(0)
                if g.i not in got and g.dep_ in {"pobj", "dobj", "poss", "dative", "appos", "conj", "nsubj"}:
                    out.append(g)
                    got.add(g.i)
                stack.extend(x for x in g.children if x.dep_ not in _NOT_FURTHER - {"nsubj"})
    return sorted(out, key=lambda t: (t.i < tok.i, abs(t.i - tok.i)))


_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "AGREE"}
_HOSTILE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST", "THREATEN"}
_INTENT_HEADS = {"plan", "intend", "prepare", "willing", "ready", "offer", "promise", "pledge", "vow", "decide",
                 "agree", "want", "seek", "hope", "expect"}


def _mood(tok, action: str) -> str:
    """An announced action is not yet done: PLOVER (after CAMEO 03 "express intent to cooperate" and 13
    "threaten") codes "will visit", "is willing to send" as AGREE and "will impose sanctions" as THREATEN; an
    action announced with an "unless" condition is a threat whatever its type."""
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.children)
    if not future and any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in tok.children):
        # "may halt mediation if ...": a possible action on a condition is announced, as with "will"
        future = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                               for m in c.children) for c in tok.children)
    h = tok
    while not future and h.dep_ in {"xcomp", "conj"} and h.head.i != h.i:
        h = h.head
        future = lx.lemma(h.lower_) in _INTENT_HEADS or h.lower_ in _INTENT_HEADS
    if not future:
        return action
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
           for c in tok.children):
        return "THREATEN"  # "will withdraw its force unless ...": a conditional announcement is a threat
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


def _first_role(sent: _Sentence, toks, keys: set[str], names: set[str]) -> Role | None:
    """The first of `toks` that stands for an actor other than the event's own actors."""
    for t in toks:
        for r in sent.roles(t, loose=True):
            if r.key not in keys and r.text.lower() not in names:
                return r
    return None


def _conditional(tok) -> bool:
    """Inside an "if"/"unless" clause: a hypothetical action ("... unless the rebels accept a ceasefire")."""
    h = tok
    while h.head.i != h.i:
        if h.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in h.children):
            return True
        h = h.head
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
        if noun is None and lx.lemma(tok.lower_) in _REFUSABLE and any(c.dep_ == "neg" for c in tok.children):
            action = "REJECT"  # "will not accept more refugees" refuses (CAMEO 12: refuse to accept, agree, allow)
        elif _in_quote(a, quotes) or _negated(tok) or (noun is not None and any(
                c.lower_ in {"no", "never"} for c in noun.children)):
            continue
        if _in_quote(a, quotes):
            continue
        if _governed(tok, trig_tokens) or _conditional(tok):
            continue
        trig = _who(sent, tok, noun, _mood(tok, action))
        if trig is not None:
            out.append(trig)
    return out


def _who(sent: _Sentence, tok, noun, action: str) -> Trigger | None:
    """The trigger `tok` (light-verb object `noun`) with its actors and target; None when no actor resolves."""
    actors, passive = _actors(tok, sent)
    if not actors:
        return None
    keys = {x.key for x in actors}
    names = {x.text.lower() for x in actors}
    direct, deep = _target_tokens(tok, noun, passive)
    further = _further(tok, noun, direct + deep)
    if lx.lemma(tok.lower_) in _TOPIC_VERBS:  # "discussed regional security": the object is the topic
        topic = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree
                 if not (t.dep_ == "pobj" and t.head.lower_ == "with")}
        direct, deep, further = ([t for t in ts if t.i not in topic] for ts in (direct, deep, further))
    target = _first_role(sent, direct, keys, names)
    if target is None and not (action in lx.SYMMETRIC and len(actors) > 1):
        # ("A and B held talks": A and B are each other's counterparts, no deeper target)
        target = _first_role(sent, deep + further, keys, names)
    elif target is not None and target.label == "NP" and target.code is None and \
            target.text.lower().split()[-1] in _ANONYMOUS:
        # victims without name or country ("killed 23 people ... in Tel Aviv"): the place they were hit stands for
        # them, as PLOVER coders code it
        place = next((r for t in deep + further for r in sent.roles(t, loose=True)
                      if r.label in {"GPE", "LOC", "FAC"} and r.key not in keys), None)
        target = place or target
    a, b = sent.char(noun if noun is not None else tok)
    return Trigger(action, a, b, actors, target)

