"""The stamp vocabulary of the one date grammar (`dates.grammar`, which imports and re-exports every name here): the
words a date/time stamp line holds besides its dates and times in English and other languages (published, updated,
on, at, o'clock, time zones, weekdays), the cues that announce a publication or an update, and the by-words of a
byline. Split from grammar.py when it reached the 500-line limit (tests/test_architecture.py); no change of
behaviour."""

from __future__ import annotations

import re

from newsdesk.dates.names import WEEKDAYS_ANY

WEEKDAY_NAME = (r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|monday|tuesday|wednesday|thursday|friday"
                r"|saturday|sunday)")
_WD = WEEKDAY_NAME
_TZ = (r"(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|pt|ist|irst|aest|aedt|jst|hkt|sgt|sast|msk"
       r"|wib|wita|wit|myt|pht|pkt|wat|gst|ict|kst|brt|eet|eest|nzst|nzdt|acst|awst|[+-]\d\d:?\d\d)")
_STAMP_WORDS = re.compile(
    r"\b(?:(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|just now|" + _TZ +
    r"|updated?|last|published|posted|modified|first|on|at|am|pm|a\.m|p\.m|date|dated|created|"
    r"time|edited|written|hrs|" + _WD + r")\b\.?", re.IGNORECASE)
# the same vocabulary in other languages (published/updated/on/at/o'clock), with their weekday names
_STAMP_WORDS_OTHER = re.compile(
    r"(?<![^\W\d_])(?:veröffentlicht|aktualisiert|erstellt|geändert|zuletzt|stand|datum|am|um|uhr|vom|publié|"
    r"publie|mis à jour|modifié|le|à|publicado|actualizado|actualización|el|a las|las|hs|horas?|pubblicato|"
    r"aggiornato|aggiornamento|il|alle|ore|gepubliceerd|bijgewerkt|laatst|op|om|opublikowano|zaktualizowano|"
    r"aktualizacja|dnia|godz|publikováno|aktualizováno|publicerad|uppdaterad|publiceret|opdateret|julkaistu|"
    r"päivitetty|klo|опубликовано|обновлено|تم نشره|نشر في|نشر|آخر تحديث|تحديث|مساءً|مساء|صباحًا|صباحا|ص|م|"
    r"δημοσίευση|ενημέρωση|μμ|πμ|diterbitkan|diperbarui|pukul|publicada|atualizado|atualizada|atualização|em|às|"
    r"yayınlanma|yayınlandı|yayın|tarihi|güncelleme|güncellendi|saat|h|г|입력|수정|오전|오후|기사입력|최종수정|"
    r"تاریخ انتشار|تاریخ|انتشار|به‌روزرسانی|بروزرسانی|प्रकाशित|अपडेट|"
    # Arabic 'date of publication', Bengali 'published'/'updated', Urdu 'published', Malay 'morning'/'afternoon'/
    # 'evening'/'updated', Spanish 'publication', Serbian 'published'/'updated' (Latin and Cyrillic), Filipino
    # 'published'/'updated', Japanese 'date posted/published/released/printed/updated'
    r"تاريخ النشر|النشر|প্রকাশিত|প্রকাশ|আপডেট|شائع شدہ|شائع|شدہ|pagi|petang|malam|dikemas kini|publicación|publicacion|"
    r"objavljeno|ažurirano|објављено|ажурирано|inilathala|na-update|"
    # Catalan, Norwegian, Swahili and Hungarian 'published' / 'updated'
    r"publicat|actualitzat|publisert|oppdatert|imechapishwa|imesasishwa|publikálva|közzétéve|frissítve|módosítva|"
    r"投稿日|投稿|公開日|配信日|掲載日|更新日|" + "|".join(sorted(WEEKDAYS_ANY, key=len, reverse=True)) +
    r")(?![^\W\d_])\.?", re.IGNORECASE)

UPDATE_CUE = re.compile(
    r"(?<![^\W\d_])(?:updated?|modified|edited|revised|last changed|geändert|aktualisiert|überarbeitet|mis à jour|"
    r"modifié|actualizado|actualización|aggiornato|bijgewerkt|zaktualizowano|aktualizováno|uppdaterad|opdateret|"
    r"päivitetty|обновлено|تحديث|ενημέρωση|ενημερώθηκε|diperbarui|atualizado|atualizada|atualização|güncelleme|"
    r"güncellendi|수정|최종수정|به‌روزرسانی|بروزرسانی|अपडेट|আপডেট|সম্পাদিত|পরিবর্তন|ažurirano|ажурирано|dikemas kini|na-update|"
    r"actualitzat|oppdatert|imesasishwa|frissítve|módosítva)(?![^\W\d_])", re.IGNORECASE)
# the words that announce a publication (not an update) in a stamp: "Published", "Veröffentlicht am", "Publié le"
PUBLISH_CUE = re.compile(
    r"(?<![^\W\d_])(?:published|posted|publication date|veröffentlicht|erschienen|publié|publie|publicado|publicada|"
    r"pubblicato|gepubliceerd|opublikowano|publikováno|publicerad|publiceret|julkaistu|опубликовано|"
    r"опубликован|تم نشره|نشر في|δημοσίευση|diterbitkan|yayınlanma|yayınlandı|yayın tarihi|تاریخ انتشار|प्रकाशित|"
    r"تاريخ النشر|প্রকাশিত|প্রকাশ|شائع شدہ|شائع|objavljeno|објављено|inilathala|fecha de publicación|fecha de publicacion|"
    r"publicat|publisert|imechapishwa|publikálva|közzétéve)(?![^\W\d_])",
    re.IGNORECASE)
# A date label naming the page itself or its issue beside a stamp word ('Release date', 'Issue date', 'Print date',
# 'Article date', 'Date de parution'): the page's own day, never another thing's ('Date of birth', 'Judgment date';
# dates/foreign.named_label; review14 finding 10)
PAGE_THING = re.compile(
    r"(?<![^\W\d_])(?:release|released|press|issue|issued|news|post|posting|article|story|print|printed|edition|online|"
    r"web|entry|upload|uploaded|parution|sortie|diffusion|emisión|edición|edicion|ausgabe|erscheinung|erscheinungsdatum|"
    r"artikel|meldung|nachricht|notizia|uscita|edizione|wydanie|artykuł|статьи|статья|выпуск|nieuws|uitgave|utgåva|"
    r"utgave|udgave|makale|haber|berita|rilis|report|feature|column|piece|item|page|"
    r"publi\w*|pubbl\w*|publik\w*|opubl\w*|ver(?:ö|oe)ffentl\w*|erschein\w*|objav\w*|опубл\w*|julkai\w*|"
    r"udgiv\w*|utgiv\w*)(?![^\W\d_])",
    re.IGNORECASE)
_BY_WORD = re.compile(r"(?<![^\W\d_])(?:by|von|par|por|di|door|av|przez|autor|author|redaktion|redazione)"
                      r"(?![^\W\d_])", re.IGNORECASE)

