"""The headings that open a tail of other stories ('Related articles', 'Lesen Sie auch', 'Baca juga', '관련기사'), in
English and in other languages (split from rules.py: `tail_marker` and clean/inline's arrow links read them).

One alternative a line, per language: the closed class of words a site heads its related-stories box or an inline link
with; a heading alone or with a separator and a headline after it (`rules.tail_marker`).
"""

from __future__ import annotations

import re

# Headings that open a tail of other stories, in English and in other languages (one alternative a line)
_TAIL_HEADINGS = "|".join((
    r"related(?: (?:articles?|stories|news|posts|coverage|content|links|topics|reading|items|videos))?",
    r"(?:also|must) (?:read|see|watch)",
    r"read (?:also|next|more)",
    r"see also",
    r"more (?:stories|news|articles|to read|from [\w .'-]{1,30}|on this(?: story| topic)?|in [\w .'-]{1,20})",
    r"trending(?: now| stories| news| topics)?",
    r"most (?:read|popular|viewed|shared|commented)",
    r"popular(?: now| stories| news| posts)?",
    r"recommended(?: for you| stories| articles| reading)?",
    r"you (?:may|might|could) also (?:like|be interested in|enjoy)",
    r"don'?t miss",
    r"top (?:stories|news|headlines)",
    r"latest(?: news| stories| headlines| updates)?",
    r"editor'?s? (?:picks?|choice)",
    r"what to read next", r"in other news", r"up next", r"next (?:story|article)", r"previous (?:story|article)",
    r"other news", r"more headlines", r"you may have missed", r"related content",
    r"suggested (?:articles|stories|reading)",
    # German
    r"lesen sie (?:auch|mehr)", r"lies auch", r"auch interessant",
    r"das (?:thema )?(?:könnte|dürfte) (?:dich|sie|euch) auch interessieren", r"mehr zum thema", r"mehr themen",
    r"weitere (?:artikel|beiträge|themen|nachrichten)(?: [\w .'-]{1,30})?", r"ähnliche (?:artikel|beiträge)",
    r"verwandte (?:artikel|beiträge|themen)", r"beliebte (?:artikel|beiträge|themen)(?: entdecken)?",
    r"meistgelesen(?:e|en)?(?: artikel)?",
    # Spanish, Polish, French, Italian, Dutch, Russian
    r"vea también", r"lea también", r"(?:le|te) puede interesar", r"noticias relacionadas",
    r"czytaj (?:też|także|również)", r"zobacz (?:też|także|również)", r"polecamy",
    r"(?:à )?lire aussi", r"voir aussi", r"sur le même sujet", r"leggi anche", r"potrebbe interessarti",
    r"lees ook", r"читайте также", r"смотрите также",
    # Indonesian/Malay, Portuguese, Turkish
    r"baca juga", r"lihat juga", r"berita terkait", r"leia também", r"leia mais", r"veja também", r"ilgili haberler",
    # Swedish, Arabic, Hebrew, Hindi, Korean, Japanese, Chinese
    # Latin American Spanish (voseo), Croatian/Serbian/Bosnian, Swahili, Malay, Tagalog; Thai, Persian, Urdu, Bengali
    r"mirá también", r"temas relacionados", r"pro(?:č|c)itajte (?:i|još|jos|također|takođe)", r"povezane (?:vijesti|vesti)",
    r"прочитајте (?:и|још)", r"повезане вести", r"soma (?:pia|zaidi)", r"habari (?:zinazohusiana|nyingine)",
    r"(?:artikel|berita) berkaitan", r"basahin (?:din|rin)", r"kaugnay na (?:balita|artikulo)",
    r"ข่าวที่เกี่ยวข้อง", r"بیشتر بخوانید", r"(?:اخبار|مطالب) مرتبط", r"مزید پڑھیں", r"یہ بھی پڑھیں", r"متعلقہ خبریں",
    r"আর(?:ও|ো) পড়ুন", r"সম্পর্কিত খবর",
    r"läs (?:också|även|mer)", r"læs (?:også|mere)", r"les også", r"lue myös", r"čtěte (?:také|též)", r"διαβάστε (?:επίσης|ακόμη)", r"[اإ]قرأ (?:أيضا|أيضاً|ايضا)", r"קראו (?:עוד|גם)", r"ये भी पढ़ें", r"관련\s?기사", r"関連記事", r"相关(?:新闻|阅读)", r"延伸(?:閱讀|阅读)", r"相關(?:新聞|閱讀)",
))
_TAIL = re.compile(r"^\W*(?:" + _TAIL_HEADINGS + r")\s*(?P<sep>[:：|»>\-–—]+|$)", re.IGNORECASE)
