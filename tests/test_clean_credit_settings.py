"""caption_credit reads its word limits from the settings (session 10): CLEAN_PAGE_CREDIT_NAME_MAX_WORDS bounds the
names on both sides of a spaced slash after a caption's last sentence, CLEAN_PAGE_CREDIT_LABEL_WORDS how many of a
label's last words may hold the credit's maker word. Hand-written captions."""

from newsdesk.clean.shape import caption_credit
from newsdesk.settings import DEFAULT

NAMES = "Die Brücke über den Fluss im Frühjahr. Anna Maria Muster / Lehtikuva"
LABELLED = "Die Brücke im Frühjahr. Foto der Woche heute: Anna Muster/Stadtarchiv"


def test_clean_credit_settings_name_words_bound_the_names_around_the_slash():
    assert caption_credit(NAMES, DEFAULT)
    assert not caption_credit(NAMES, DEFAULT.replace(CLEAN_PAGE_CREDIT_NAME_MAX_WORDS=2))


def test_clean_credit_settings_label_words_reach_back_for_the_maker_word():
    assert not caption_credit(LABELLED, DEFAULT)  # 'Foto' is four words back: 'der Woche heute'
    assert caption_credit(LABELLED, DEFAULT.replace(CLEAN_PAGE_CREDIT_LABEL_WORDS=5))
