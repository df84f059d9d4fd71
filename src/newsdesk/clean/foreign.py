"""A closing run of other stories in another language than the article: a foreign "related" tail.

Sites often close an article with a box of their other-language edition's stories: a heading ("مقالات ذات صلة",
"Leia também", "관련 기사", or none at all) over other stories' headlines and leads. The heading lists of
`rules.tail_marker` cannot hold every language, so this rule reads the structure and the language instead of the
heading's words. Languages are told by py3langid (the maintained fork of langid.py that trafilatura uses for its
language filter: a naive Bayes model over byte n-grams, 140 languages, sure on a line of a few words):

- a cheap test first: the language R of the text's last two lines differs from that of its first prose line (most
  texts end in their own language: one short classification each);
- back from the end, the run reaches up to the first line that is surely in another language than R (its most
  likely language beats R by CLEAN_FOREIGN_STOP_MARGIN) or longer than a lead (CLEAN_TAIL_MAX_LEAD_WORDS words);
- the body's language B is that of the text above the run, with probability >= CLEAN_FOREIGN_SURE_PROB, and not R;
- the run opens at its first line that is surely not in B (B's probability under 1 - CLEAN_FOREIGN_SURE_PROB), or
  at one short heading line (<= CLEAN_FOREIGN_HEADING_WORDS words, no sentence end) right above it; so a body line
  that is merely short or unsure ("Officials declined to comment") stays;
- the run looks like other stories: at least CLEAN_FOREIGN_MIN_LINES lines (two heading-less foreign headlines under
  the article's last sentence cannot be told from a quoted couplet, chant or slogan the article ends with, whatever
  introduces it: session 11 removed that branch, REVIEW 16:08), past a heading a headline first (no sentence end) and every lead right after a headline, none longer than a lead paragraph, one line as long as a
  lead sentence (CLEAN_PROSE_MIN_WORDS words; scripts without spaces are measured by characters); as a whole surely not in B and surely in one language or a pair of siblings (its two likeliest
  languages have CLEAN_FOREIGN_SURE_PROB together: Malay/Indonesian, Chinese/Wu; a list of links, names or references
  is in none); and no more running text (sentences of CLEAN_PROSE_MIN_WORDS words) than the text above it: the
  article is above the run, not in it (a page whose menu is in one language and article in another keeps it);
- the text is not bilingual: no sentence of CLEAN_PROSE_MIN_WORDS words above the run is surely not in B (a bilingual
  article, an interview with its translation, keeps every line). A body in R is never cut: the rule reads the body's
  language, so the same lines after a body in their own language stay.

Nothing is listed per language. The model is loaded once, on the first text whose last two lines could open such a
run (py3langid missing: the rule is off).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.settings import Settings

_WORD = re.compile(r"[^\s\d_!-/:-@\[-`{-~…“”‘’«»„‹›·•–—।॥،؛؟。、，！？：；「」『』（）]+")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SOUTHEAST = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Thai, Lao, Myanmar, Khmer: no spaces either
# a sentence ends with a full stop in any script: Latin, CJK (。！？), Arabic (؟), Devanagari (। ॥)
_SENTENCE_END = re.compile(r"[.!?…。！？؟।॥][\"”’'\)\]」』»]*$")
_HEAD_CHARS = 3000  # the body's language is read from at most this much of the text above the run


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier with probabilities, or None where the package is missing (the rule is then off)."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _probs(text: str) -> dict[str, float]:
    return dict(_identifier().rank(text))


def sure_language(text: str, min_prob: float) -> str | None:
    """The language py3langid gives `text` with probability >= `min_prob`, or None (unsure, or no model)."""
    if _identifier() is None or not _has_letters(text):
        return None
    lang, p = _top(_probs(text))
    return lang if p >= min_prob else None


def units(line: str) -> int:
    """Words of a line; scripts written without spaces are measured by characters: two Han characters (Chinese,
    Japanese) or four Thai, Lao, Myanmar or Khmer characters (with their vowel signs) count as one word."""
    if line.isascii():
        return len(_WORD.findall(line))
    n_han, n_se = len(_HAN.findall(line)), len(_SOUTHEAST.findall(line))
    rest = _SOUTHEAST.sub(" ", _HAN.sub(" ", line)) if n_han or n_se else line
    return len(_WORD.findall(rest)) + (n_han + 1) // 2 + (n_se + 3) // 4


def _headline(line: str) -> bool:
    return not _SENTENCE_END.search(line.rstrip())


def _has_letters(line: str) -> bool:
    return any(ch.isalpha() for ch in line)


def _top(p: dict[str, float]) -> tuple[str, float]:
    return max(p.items(), key=lambda kv: kv[1])


def foreign_tail(lines: list[str], cfg: Settings) -> int | None:
    """Index of the first line of a closing run of other stories in another language than the body, or None.

    `lines`: the text's non-blank lines in order (squashed). See the module docstring for the evidence.
    """
    n = len(lines)
    if cfg.CLEAN_FOREIGN_MIN_LINES <= 0 or n < cfg.CLEAN_FOREIGN_MIN_LINES + 1:
        return None
    lead = cfg.CLEAN_TAIL_MAX_LEAD_WORDS
    if units(lines[-1]) > lead or units(lines[-2]) > lead or _identifier() is None:
        return None  # the text ends with a paragraph longer than a lead: no run of other stories
    # the closing lines' language R against the language of the text's first prose (a cheap test: most texts end in
    # their own language)
    prose = [s for s in lines[:-2] if not _headline(s) and units(s) >= cfg.CLEAN_PROSE_MIN_WORDS]
    run_lang = _top(_probs("\n".join(lines[-2:])))[0]
    if _top(_probs((prose or lines)[0]))[0] == run_lang:
        return None
    probs: dict[int, dict[str, float]] = {}

    def prob(k: int) -> dict[str, float]:
        if k not in probs:
            probs[k] = _probs(lines[k]) if _has_letters(lines[k]) else {}
        return probs[k]

    # back from the end to the first line that is surely in another language than R (or longer than a lead)
    start = n
    while start > 0:
        pk = prob(start - 1)
        if units(lines[start - 1]) > lead or pk and _top(pk)[1] - pk.get(run_lang, 0.0) >= cfg.CLEAN_FOREIGN_STOP_MARGIN:
            break
        start -= 1
    if start == 0:
        return None
    body_lang, p = _top(_probs("\n".join(lines[:start])[:_HEAD_CHARS]))
    if body_lang == run_lang or p < cfg.CLEAN_FOREIGN_SURE_PROB:
        return None  # the text above is not surely in one language, or in the run's
    unsure = 1 - cfg.CLEAN_FOREIGN_SURE_PROB
    # the run opens at its first line that is surely not in the body's language, or at its heading right above
    first = next((k for k in range(start, n) if prob(k) and prob(k).get(body_lang, 0.0) < unsure), None)
    if first is None:
        return None
    if first > start and _headline(lines[first - 1]) and units(lines[first - 1]) <= cfg.CLEAN_FOREIGN_HEADING_WORDS:
        first -= 1
    run = lines[first:]
    if len(run) < cfg.CLEAN_FOREIGN_MIN_LINES or not _stories(run, cfg) \
            or not any(units(s) >= cfg.CLEAN_PROSE_MIN_WORDS for s in run) and not _headed_list(run, cfg):
        return None  # not headlines and leads, or no line as long as a lead (nor a heading over headlines)
    run_probs = sorted(_probs("\n".join(run)).values(), reverse=True)
    if _probs("\n".join(run)).get(body_lang, 0.0) > unsure or sum(run_probs[:2]) < cfg.CLEAN_FOREIGN_SURE_PROB:
        return None  # not surely in another language, or in none for sure (links, names, reference lists)
    from newsdesk.clean.inline import is_bio  # local: clean.inline reads clean.rules, which reads this module

    if _prose([s for s in lines[:first] if not is_bio(s, cfg)], cfg) < _prose(run, cfg):
        return None  # more running text below than above (a writer's bio is none): the article is in the run's language
    if any(not _headline(s) and units(s) >= cfg.CLEAN_PROSE_MIN_WORDS
           and prob(k).get(body_lang, 0.0) < unsure for k, s in enumerate(lines[:first])):
        return None  # a bilingual text: a sentence above the run is surely not in the body's language
    return first


def _stories(run: list[str], cfg: Settings) -> bool:
    """Other stories' headlines and leads: past a heading, a headline first, and every lead (a line that ends a
    sentence) right after a headline; every line shorter than a lead paragraph (CLEAN_TAIL_MAX_LEAD_WORDS)."""
    kinds = ["H" if _headline(s) else "L" for s in run]
    return kinds[0] == "H" and "LL" not in "".join(kinds) and all(units(s) <= cfg.CLEAN_TAIL_MAX_LEAD_WORDS for s in run)


def _headed_list(run: list[str], cfg: Settings) -> bool:
    """A heading over headlines: a short first line (<= CLEAN_FOREIGN_HEADING_WORDS) and at least two more, every line
    a headline (no sentence end, no quotation mark at its edges) and every line below the heading of at least
    CLEAN_TAIL_HEADLINE_MIN_WORDS words ('Kapcsolódó cikkek' / 'Újra drágul a benzin' / 'Új villamosvonal Budapesten':
    short headlines, no lead; review13 finding 29). Two heading-less lines stay (a quoted couplet or a slogan)."""
    quotes = "\"“”‘’«»„'"
    return len(run) >= 3 and units(run[0]) <= cfg.CLEAN_FOREIGN_HEADING_WORDS \
        and all(_headline(s) and s.strip()[:1] not in quotes and s.strip()[-1:] not in quotes for s in run) \
        and all(units(s) >= cfg.CLEAN_TAIL_HEADLINE_MIN_WORDS for s in run[1:])


def _prose(lines: list[str], cfg: Settings) -> int:
    """Words in the sentences of at least CLEAN_PROSE_MIN_WORDS words (running text, not headlines or labels)."""
    return sum(u for s in lines if not _headline(s) and (u := units(s)) >= cfg.CLEAN_PROSE_MIN_WORDS)
