"""The PLOVER trigger lexicon and trigger search.

A lexicon of general English trigger verbs and nouns per PLOVER event type, written from the PLOVER manual's
category definitions and the CAMEO cue categories they absorb (not from any gold sentences). In each sentence
the earliest non-negated trigger gives the event type.
"""

from __future__ import annotations

import re

from newsdesk.settings import CODING_NEGATION_WINDOW

__all__ = ["ACTOR_LABELS", "CONTEXT", "GENERIC", "LEXICON", "LOCATIVE", "SYMMETRIC", "trigger"]


def _v(*words: str) -> str:
    """Regular inflections of verbs: 'agree' -> agree|agrees|agreed|agreeing."""
    out = []
    for w in words:
        if w.endswith("e"):
            out.append(f"{w[:-1]}(?:e|es|ed|ing)")
        elif w.endswith("y") and w[-2] not in "aeiou":
            out.append(f"{w[:-1]}(?:y|ies|ied|ying)")
        else:
            out.append(f"{w}(?:{w[-1]})?(?:s|es|ed|ing)?")
    return "|".join(out)


# PLOVER event type -> trigger regex fragments (matched on the lower-cased sentence at word boundaries).
LEXICON: dict[str, list[str]] = {
    "AGREE": [_v("agree", "pledge", "promise", "sign", "accept", "settle", "endorse"), "vow(?:s|ed)? to",
              "reach(?:ed|es)? (?:an? |the )?(?:agreement|deal|accord|settlement|compromise)",
              "agreements?", "accords?", "treaty", "ceasefire deal", "peace deal", "truce"],
    "CONSULT": ["meet|meets|met|meeting|meetings", "talks", "held talks", _v("discuss", "consult", "host",
                "negotiate", "visit", "telephone", "confer"), "spoke (?:to|with)|speak(?:s|ing)? (?:to|with)",
                "phone call|(?:tele)?phone conversation", "summit", ("receiv(?:e|es|ed|ing) (?:the |his |her |a |an )?(?:[\\w'\\-]+ ){0,3}(?:minister|president|premier|"
                 "delegation|envoy|ambassador|counterpart|secretary|chancellor|king|leader|visit)"),
                "(?:arrived|arrives|arriving) in", "(?:left|leaves|leaving) for", "(?:travel+ed|trip) to"],
    "SUPPORT": [_v("support", "praise", "welcome", "commend", "congratulate", "applaud", "back"),
                "(?:expressed|expresses|voiced) (?:support|solidarity)", "rallied behind",
                "recogni[sz](?:e|es|ed|ing) (?:the )?(?:independence|government|sovereignty)"],
    "COOPERATE": [_v("cooperate", "collaborate", "co-operate"), "cooperation", "joint (?:patrols?|exercises?)",
                  ("(?:restore|restored|restores|restoring|establish|established|resume|resumed) (?:full )?"
                  "(?:diplomatic )?(?:ties|relations)"), "shar(?:e|es|ed|ing) intelligence", _v("extradite")],
    "AID": ["aid", "humanitarian assistance", "assistance", _v("donate"), "relief supplies",
            ("(?:send|sends|sent|sending|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|"
            "offer(?:s|ed|ing)?|grant(?:s|ed|ing)?) (?:\\w+ ){0,3}(?:aid|assistance|loans?|supplies|relief|"
            "food|medicine|funds?|weapons|arms)")],
    "REQUEST": [_v("demand", "urge", "request", "appeal", "insist", "implore"), "call(?:s|ed|ing)? (?:on|for|upon)",
                "ask(?:s|ed|ing)?", "press(?:es|ed|ing)? (?:for|\\w+ to)"],
    "ACCUSE": [_v("accuse", "blame", "criticize", "criticise", "condemn", "denounce", "allege", "deplore",
                  "censure", "investigate", "probe", "rebuke", "chastise", "slam"), ("charg(?:e|es|ed|ing) (?:\\w+ )?"
               "with"), "accusations?", "criticism", "condemnation", "investigation", "inquiry"],
    "REJECT": [_v("reject", "refuse", "decline", "deny", "veto", "rebuff", "dismiss", "spurn", "oppose"),
               "turn(?:s|ed|ing)? down", "rejection", "refusal", "denial"],
    "THREATEN": [_v("threaten", "warn"), "threats?", "ultimatum", "vow(?:s|ed)? to (?:retaliate|attack|punish)"],
    "PROTEST": [_v("protest", "demonstrate", "rally", "march", "riot", "picket"), "protests?|protesters?",
                "demonstrations?|demonstrators", ("(?:went|go|gone|going) on strike|on strike|general strike|"
                "strikers|walkout|sit-in|hunger strike"), "rallies"],
    "SANCTION": ["sanctions?", "embargo(?:es)?", _v("expel", "boycott", "sever"),
                 ("(?:cut|cuts|cutting|broke|break|breaks|breaking|suspend|suspends|suspended|downgrad(?:e|ed|es))"
                 " (?:off )?(?:\\w+ )?(?:ties|relations)"), "recall(?:s|ed|ing)? (?:its |their )?ambassador",
                 "(?:freeze|froze|frozen|freezes) (?:\\w+ )?assets"],
    "MOBILIZE": [_v("mobilize", "mobilise", "deploy", "mass"), "troops? build-?up|military build-?up",
                 "(?:put|placed|places|puts) (?:\\w+ ){0,3}on (?:high )?alert", "military exercises?|war games",
                 "reinforcements", "deployment"],
    "COERCE": [_v("arrest", "detain", "seize", "deport", "confiscate", "jail", "imprison", "censor", "ban",
                  "raid", "blockade", "sentence", "outlaw", "evict"), "crack(?:s|ed|ing)? down|crackdown",
               "curfew", "martial law", "arrests", "detention", "state of emergency"],
    "ASSAULT": [_v("attack", "kill", "bomb", "shell", "ambush", "invade", "wound", "assassinate", "abduct",
                   "kidnap", "torture", "massacre", "bombard", "clash", "battle", "execute", "injure"),
                "fight|fights|fought|fighting", "shot|shoot|shoots|shooting", "struck|strike|strikes|striking",
                "air ?strikes?|airstrikes?", "open(?:ed|s)? fire|fired (?:\\w+ )?(?:at|on|rockets|missiles|shells)",
                "attacks?|bombings?|clashes|offensive|invasion|assault(?:s|ed|ing)?"],
    "RETREAT": [_v("withdraw", "retreat", "evacuate", "demobilize", "disarm"), "withdrew|withdrawn|withdrawal",
                "pull(?:s|ed|ing)? (?:out|back)", ("releas(?:e|es|ed|ing) (?:\\w+ ){0,3}(?:prisoners|hostages|"
                "detainees|captives)"), ("(?:lift|lifts|lifted|ease|eased|eases) (?:\\w+ ){0,2}(?:sanctions|embargo|"
                "blockade|curfew)")],
    "CONCEDE": [_v("concede", "yield", "accede", "resign", "apologize", "apologise", "admit"),
                "st(?:e|o)p(?:s|ped|ping)? down", "back(?:s|ed|ing)? down", "g(?:i|a)ve in", "gives in",
                "apology"],
}
_TRIGGERS = [(t, re.compile(rf"\b(?:{'|'.join(p)})\b")) for t, p in LEXICON.items()]
# Symmetric actions: "A met B" and "B met A" are one record.
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# Type chosen when one trigger match satisfies several types' patterns (more specific first).
_PRIORITY = ["RETREAT", "SANCTION", "AID", "REJECT", "THREATEN", "REQUEST", "ACCUSE", "PROTEST", "CONCEDE",
             "COERCE", "MOBILIZE", "ASSAULT", "COOPERATE", "AGREE", "SUPPORT", "CONSULT"]

_NEGATION = re.compile(r"\b(?:not|n't|never|no|without|failed to|fails to|refused to|declined to)\b")
# Generic actor nouns (who can act without a name): a role/sector word, optionally after a demonym.
GENERIC = re.compile(
    r"\b(?:(?P<mod>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+)?(?P<noun>(?i:police(?:men)?|troops|soldiers|army|"
    r"military|forces|rebels|guerrillas|insurgents|militants|militiamen|gunmen|protesters|demonstrators|"
    r"students|workers|strikers|officials|government|authorities|ministers?|parliament|lawmakers|"
    r"legislators|opposition|president|prime minister|leaders?|diplomats|negotiators|delegation|court|"
    r"judge|prosecutors|villagers|residents|refugees|farmers|fighters|warplanes|jets|navy|coalition|"
    r"party|senate|congress|cabinet|regime|junta|separatists|settlers|activists|unions?))\b")
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|inside|across|to)\s+(?:the\s+)?$", re.IGNORECASE)
CONTEXT = re.compile(
    r"\b(?:on the (?:sidelines|margins) of|during|at|ahead of|after) (?:the |a |an )?"
    r"(?:[\w'\-]+ ){0,6}?(?:summit|meeting|conference|talks|forum|visit|session|assembly|ceremony|"
    r"gathering|dialogue|exercises?|negotiations)\b", re.IGNORECASE)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def trigger(sentence: str) -> tuple[str, int, int] | None:
    """(type, start, end) of the earliest non-negated trigger in a sentence (offsets in the sentence)."""
    low = sentence.lower()
    hits = []
    for t, rx in _TRIGGERS:
        for m in rx.finditer(low):
            hits.append((m.start(), _PRIORITY.index(t), -(m.end() - m.start()), t, m.end()))
    for start, _, _, t, end in sorted(hits):
        window = low[max(0, start - 40):start]
        words = re.findall(r"[\w']+", window)[-CODING_NEGATION_WINDOW:]
        if _NEGATION.search(" ".join(words)) and t not in {"REJECT"}:
            continue
        return t, start, end
    return None

