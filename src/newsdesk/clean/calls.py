"""The site's small calls and labels in other languages than English: a reading time, a share label, a call to follow
the site on a social network (split from rules.py, whose English vocabularies `_READ_TIME`, `_CTA_START` and
`_SOCIAL` read the same shapes).

- `reading_time`: a short line that is only a reading time: the word for reading and a number of minutes, either
  order ('Lesezeit: 3 Min.', '4 min de lectura', 'Temps de lecture : 5 minutes', 'Время чтения: 3 мин').
- `share_label`: a line of at most four words that are share/print/send verbs, the word for the article, or a social
  network's name ('Artikel teilen', 'Compartir en Facebook', 'Partager', 'Udostępnij').
- `follow_call`: a call that opens with 'follow us' / 'join us' said to the reader, and names a social network or the
  site's channel, in one short line ('Síguenos en Twitter y Facebook para no perderte ninguna noticia', 'Folgen Sie
  uns auf Instagram', 'Suivez-nous sur X', 'Подписывайтесь на наш Telegram-канал').

Each is a shape (a short line, the cue at its start or making up all of it) and a few words per language; a sentence of
the story that merely mentions sharing or following ('Die Nutzer teilen ihre Daten ...') is longer and goes on.
"""

from __future__ import annotations

import re

from newsdesk.clean.text import word_count

_W = r"(?<![^\W\d_])"
_E = r"(?![^\W\d_])"
_READING = (r"lesezeit|lesedauer|lectura|tiempo de lectura|temps de lecture|lecture|tempo de leitura|leitura|"
            r"tempo di lettura|lettura|czas czytania|leestijd|leesduur|läsningstid|lesetid|lukuaika|okuma süresi|"
            r"время чтения|время прочтения|час читання|waktu baca|lama membaca|thời gian đọc|χρόνος ανάγνωσης")
_MINUTES = (r"min\.?|mins\.?|minuten?|minutos?|minuti|minuto|minut|minuty|minutes?|dakika|dk\.?|menit|мин\.?|"
            r"минут[аы]?|хв\.?|хвилин[аи]?|phút|λεπτά")
_READ_TIME = re.compile(
    r"^\W*(?:(?i:" + _READING + r")\s*[:|–—-]?\s*(?:ca\.\s*|~\s*)?\d{1,3}\s*(?i:" + _MINUTES + r")|"
    r"(?:ca\.\s*|~\s*)?\d{1,3}\s*(?i:" + _MINUTES + r")\s*(?i:de |di |des )?(?i:" + _READING + r"))\W*$")

_NETWORKS = (r"facebook|twitter|x|instagram|telegram|whatsapp|youtube|tiktok|linkedin|pinterest|threads|"
             r"فيسبوك|فيس بوك|تويتر|إنستغرام|انستغرام|تلغرام|تيليغرام|يوتيوب|واتساب|फेसबुक|ट्विटर|यूट्यूब|इंस्टाग्राम|"
             r"google news|vk|вконтакте|телеграм\w*|rss")
_SHARE_WORDS = (r"شارك|مشاركة|sdílet|sdílejte|jaa|megosztás|distribuie|podijeli|artik\w*|článek|teilen|drucken|versenden|merken|compartir|imprimir|enviar|partager|imprimer|envoyer|compartilhar|"
                r"partilhar|condividi|stampa|invia|udostępnij|drukuj|wyślij|delen|printen|dela|skriv ut|del|paylaş|"
                r"yazdır|поделиться|поділитися|печать|bagikan|cetak|chia sẻ|in bài|κοινοποίηση|"
                r"artikel|beitrag|article|artículo|noticia|artigo|articolo|notizia|artykuł|bericht|haber|статью|"
                r"seite|página|page|pagina|strona|auf|en|sur|no|na|su|on|op|via|per|por|e-?mail|mail|link|" + _NETWORKS)
_SHARE_VERB = re.compile(_W + r"(?i:شارك|مشاركة|sdílet|sdílejte|jaa|megosztás|distribuie|podijeli|del artik\w*|teilen|compartir|partager|compartilhar|partilhar|condividi|udostępnij|delen|dela|"
                         r"paylaş|поделиться|поділитися|bagikan|chia sẻ|κοινοποίηση|drucken|imprimir|imprimer|stampa|"
                         r"drukuj|печать|yazdır|cetak|printen)" + _E)
_SHARE_LINE = re.compile(r"^\W*(?:(?i:" + _SHARE_WORDS + r")" + _E + r"[\s:|,/·•-]*)+$")

_FOLLOW = re.compile(
    r"^\W*(?i:síguenos|siguenos|sígannos|folgen sie uns|folge uns|folgt uns|suivez-nous|suivez nous|rejoignez-nous|"
    r"siga-nos|sigam-nos|segue-nos|seguici|seguiteci|obserwuj nas|śledź nas|volg ons|följ oss|følg oss|"
    r"bizi takip edin|takip edin|подписывайтесь|подпишитесь|підписуйтесь|ikuti kami|theo dõi chúng tôi|"
    r"ακολουθήστε μας|únete a nuestro|werden sie teil|تابعونا|تابعنا|עקבו אחרינו|हमें (?:फॉलो|फ़ॉलो) करें)" + _E)
_NETWORK = re.compile(_W + r"(?i:" + _NETWORKS + r"|kanal\w*|канал\w*|channel|canal|chaîne|canale|kanał\w*|"
                      r"redes sociales|sozialen (?:medien|netzwerken)|réseaux sociaux|redes sociais|social|newsletter|рассылк\w*|"
                      r"boletín|nieuwsbrief|bülten\w*|buletin)" + _E)


def reading_time(s: str) -> bool:
    """The line is only a reading time in another language ('Lesezeit: 3 Min.', '4 min de lectura')."""
    return word_count(s) <= 6 and bool(_READ_TIME.match(s))


# the page's text-size buttons: 'A A A', 'A- A+', maybe after the words for font or text size
_TEXT_SIZE = re.compile(r"^\W*(?:(?i:font size|text size|font|schriftgröße|textgröße|schrift|tamaño(?: de (?:letra|"
                        r"fuente|texto))?|taille(?: du texte| de police)?|dimensione(?: del)? (?:testo|carattere)|"
                        r"rozmiar (?:czcionki|tekstu)|lettergrootte|teckenstorlek|размер шрифта)\s*[:|]?\s*)?"
                        r"(?:[AＡ]\s?[+\-−]?\s*){2,4}$")


# a count of the page's shares, comments, views or likes alone ('1.2K shares', '3,400 views', '12 Kommentare')
_COUNT_LINE = re.compile(r"^\W*\d{1,3}(?:[.,]\d{1,3})*\s?[KkMm]?\+?\s+(?i:shares?|comments?|views?|likes?|reactions?|"
                         r"reads?|kommentare|aufrufe|comentarios|vues|visualizzazioni|weergaven|wyświetle\w*|просмотр\w*)\W*$")


# a share label in a script without spaces: 'この記事をシェア', '分享到', '기사 공유하기'
_CJK_SHARE = re.compile(r"^\W*(?:この)?(?:記事|ページ|ニュース)?を?(?:シェア|共有)(?:する)?\W*$|^\W*(?:分享|转发)(?:到|至)?\W*$|"
                        r"^\W*(?:기사\s?)?공유(?:하기)?\W*$")


def share_label(s: str) -> bool:
    """At most four words, one of them a share verb, all of them share/print/send words, the word for the article, a
    preposition or a social network's name ('Artikel teilen', 'Compartir en Facebook'); or the page's text-size
    buttons ('Font size A A A', 'A- A+'); or a count of shares/comments/views alone ('1.2K shares')."""
    return 0 < word_count(s) <= 4 and bool(_SHARE_VERB.search(s)) and bool(_SHARE_LINE.match(s)) \
        or bool(_TEXT_SIZE.match(s)) or bool(_COUNT_LINE.match(s)) or bool(_CJK_SHARE.match(s))


def follow_call(s: str, max_words: int) -> bool:
    """A line of at most `max_words` words that opens with 'follow us' said to the reader and names a social network,
    the site's channel or its social media."""
    return word_count(s) <= max_words and bool(_FOLLOW.match(s)) and bool(_NETWORK.search(s))


# the word for 'advertisement' alone, maybe with its 'continue reading after the ad' note; a continuation link alone
_AD_WORD = re.compile(
    r"^\W*(?i:publicidad|anuncio|anzeige|werbung|reklama|реклама|إعلان|إعلانات|pubblicità|publicité|advertentie|"
    r"reklam|iklan|quảng cáo|διαφήμιση|广告|広告|광고|annons|annonse|mainos|hirdetés|reklame|oglas|פרסומת|विज्ञापन|"
    r"publicidade|continua (?:após a|depois da) publicidade|annonce|διαφημιση)(?:\W+(?i:weiterlesen nach der anzeige|artikel wird unter "
    r"der anzeige fortgesetzt|sigue leyendo|continúa leyendo))?\W*$"
    r"|^\W*(?i:weiterlesen nach der anzeige|weiterlesen|sigue leyendo|continúa leyendo|seguir leyendo|lire la suite|"
    r"continuer la lecture|continua a leggere|leia mais|czytaj dalej|читать далее|читати далі|devamını oku|"
    r"selengkapnya|baca selengkapnya|xem tiếp|đọc tiếp|verder lezen|lees verder)\W*$")
# a comment count or call: 'Kommentare (3)', '3 Kommentare', 'Ver comentarios', 'Jetzt kommentieren' (the word alone
# is no count: 'Komentarz', 'Commentaire' head a commentary piece)
_COMMENTS = (r"kommentare?|comentarios?|commentaires?|commenti|comentários?|komentarze?|komentář\w*|комментари[йяи]|"
             r"коментар\w*|yorumlar?|komentar|bình luận|σχόλια|reacties|reactie|opmerkingen")
_COMMENT_LINE = re.compile(
    r"^\W*(?:\(?\d{1,5}\)?\s*(?i:" + _COMMENTS + r")|(?i:" + _COMMENTS + r")\s*\(?\d{1,5}\)?|"
    r"(?i:ver|voir|leer|mostrar|zeige|anzeigen|alle|jetzt|zu den|show|lire les|afficher les)\s+(?i:" + _COMMENTS
    + r")|(?i:jetzt |hier )?(?i:kommentieren|comentar|commenter|commentare|komentuj|комментировать|yorum yap))\W*$")
# a tag or keyword label over a list: 'Schlagworte: Verkehr, München', 'Теги: экономика'
_TAG_LABEL = re.compile(
    r"^\W*(?i:schlagw(?:o|ö)rte?r?|stichw(?:o|ö)rter|stichworte|themen|etiquetas|palabras clave|mots-clés|mots clés|"
    r"étiquettes|etichette|parole chiave|palavras-chave|tags|słowa kluczowe|tagi|etiketler|anahtar kelimeler|теги|"
    r"метки|ключевые слова|теґи|мітки|الكلمات المفتاحية|وسوم|برچسب‌ها|برچسب ها|برچسب|kata kunci|từ khóa|"
    r"ετικέτες|trefwoorden)\s*[:|]\s*\S")
# a photo credit label in other languages: 'Imagen: EFE', 'Fotó: MTI'
_PHOTO_LABEL = re.compile(r"^\W*(?i:imagen|fotografía|fotografia|fotó|kép|immagine|obraz|изображение|صورة|عکس|ảnh|"
                          r"φωτογραφία|φωτο|fotoğraf|görsel|zdjęcie|kuva|фото|照片|图片|写真|사진|צילום|फोटो|तस्वीर)\s*[:|=]\s*\S")


def heads_paragraph(s: str, below: str | None) -> bool:
    """Is the one-word line `s` (the word for advertisement alone: 'Werbung', 'Publicidad') the subheading of the
    paragraph below it? That paragraph (`below`, the next line) is running text (ends a sentence) that speaks of the
    same thing: the word recurs in it ('Werbung' / 'Auch über ein Verbot von Werbung für ungesunde Lebensmittel ...').
    An ad slot's label names nothing the article goes on about."""
    word = s.strip(" \t*#:-–—.()[]").casefold()
    if not word or " " in word or not below or not re.search(r"[.!?…。！？][\"”’'»)\]]*$", below.rstrip()):
        return False
    return word in {w.casefold() for w in re.findall(r"[^\W\d_]+", below)} and word_count(below) > 1


def other_language_junk(s: str, max_words: int) -> str | None:
    """The reason tag when the short line (<= `max_words` words) is one of the site's lines in another language than
    English: 'ad' (the word for advertisement or a continue-reading link alone), 'share' (a comment count or call),
    'label' (tags or keywords over a list), 'caption' (a photo credit label); else None. (A trail from the word for
    home is clean/shape.is_breadcrumb's, which leaves a two-part one: a link, maybe a heading.)"""
    words = word_count(s)
    if words > max_words:
        return None
    if words <= 6 and _AD_WORD.match(s):
        return "ad"
    if words <= 4 and _COMMENT_LINE.match(s):
        return "share"
    if _TAG_LABEL.match(s) and not s.rstrip().endswith("."):
        return "label"
    if words <= 8 and _PHOTO_LABEL.match(s):
        return "caption"
    return None
