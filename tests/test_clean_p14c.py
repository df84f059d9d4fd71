"""Session 14 (clean14): the rules the p14c probe round asked for (tests/fixtures/probe/p14c_*, run by
tests/test_probe_s7.py), each with the story's own look-alike lines that must stay."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.clean.calls import app_call

HEAD = "Tartu saab uue jalgrattalaenutuse"
BODY = ["Tartu linn laiendab järgmisel kevadel rattaringlust ja lisab kolmsada uut laenutuskohta, teatas linnavalitsus.",
        "Uued rattad jagatakse peamiselt äärelinna piirkondadesse, kus bussiühendus on hõre ja sõit kesklinna pikk.",
        "Linn maksab projekti eest kaks miljonit eurot."]


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("word", ["Kazinform", "Videos", "STT", "BNS inf."])
def test_clean_p14c_lone_word_under_the_last_sentence_goes_without_credit(word):
    c = clean_text(_text(HEAD, *BODY, word))
    assert word not in c.text and word not in c.credits and BODY[-1] in c.text


def test_clean_p14c_recipe_heading_with_cookies_stays():
    lines = ["Christmas cookies with cinnamon", "Mix the flour, the butter and the sugar, then add two eggs and stir well.",
             "Bake the cookies for twelve minutes at 180 degrees until golden."]
    c = clean_text(_text("Three recipes for the holidays", *lines))
    assert all(x in c.text for x in lines)


def test_clean_p14c_lone_word_elsewhere_stays():
    c = clean_text(_text(HEAD, BODY[0], "Kazinform", *BODY[1:]))
    assert "Kazinform" in c.text  # a word between paragraphs is a subheading
    c = clean_text(_text(HEAD, *BODY, "Ende"))
    assert "Ende" not in c.credits


@pytest.mark.parametrize("line,credit", [
    ("Analytikere venter at prisene holder seg lave ut måneden. (©NTB)", "(©NTB)"),
    ("Очаква се броят на туристите, пристигащи по море, да се удвои. (БТА)", "(БТА)"),
])
def test_clean_p14c_agency_capitals_in_brackets_glued_after_the_last_sentence(line, credit):
    c = clean_text(_text(HEAD, *BODY[:2], line))
    assert credit in c.credits and line.replace(" " + credit, "") in c.text


def test_clean_p14c_acronym_inside_the_sentence_stays():
    line = "Ministrid kohtusid Põhja-Atlandi Lepingu Organisatsiooni (NATO) peakorteris."
    assert line in clean_text(_text(HEAD, *BODY[:2], line)).text


def test_clean_p14c_newsletter_box_whose_button_echoes_its_heading():
    box = ["Tilmeld dig vores nyhedsbrev", "Få dagens vigtigste nyheder direkte i din indbakke hver morgen.", "Tilmeld"]
    c = clean_text(_text(HEAD, BODY[0], *box, *BODY[1:]))
    assert all(b not in c.text for b in box) and all(b in c.text for b in BODY)


def test_clean_p14c_subheading_and_one_word_line_that_echo_nothing_stay():
    lines = ["Uus liin avatakse", "Liin on kolm kilomeetrit pikk ja sellel on kuus peatust.", "Kevadel"]
    c = clean_text(_text(HEAD, BODY[0], *lines, *BODY[1:]))
    assert lines[0] in c.text and lines[1] in c.text


def test_clean_p14c_cookie_banner_in_another_language_with_its_button():
    c = clean_text(_text("Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi mūsu vietnē.", "Piekrītu", HEAD, *BODY))
    assert "sīkdatnes" not in c.text and "Piekrītu" not in c.text and BODY[0] in c.text


def test_clean_p14c_story_sentence_on_cookies_stays():
    line = "Euroopa kohus otsustas, et veebilehed peavad enne küpsiste kasutamist küsima kasutaja nõusolekut."
    c = clean_text(_text(HEAD, BODY[0], line, "Mis edasi", *BODY[1:]))
    assert line in c.text


@pytest.mark.parametrize("line,want", [
    ("Ladda ner vår app och få nyheterna först!", True),
    ("Téléchargez notre application mobile", True),
    ("Download the app, the ministry urged residents on Monday.", False),
    ("Scarica l'app IO per ricevere il bonus entro marzo.", False),
])
def test_clean_p14c_app_call_needs_the_sites_own_app(line, want):
    assert app_call(line) is want


@pytest.mark.parametrize("line", ["Ulashish", "Shpërndaje", "გაზიარება", "コメント（12）", "좋아요 0", "기자 구독",
                                  "O'qish vaqti: 2 daqiqa", "Laisser un commentaire",
                                  "Skráðu þig inn til að skrifa athugasemd", "Reklamë",
                                  "Ta vsebina je na voljo samo naročnikom.", "Že imate račun? Prijavite se",
                                  "Únase a nuestro canal de WhatsApp y reciba las noticias más importantes del día."])
def test_clean_p14c_site_lines_in_more_languages_go(line):
    c = clean_text(_text(HEAD, BODY[0], BODY[1], line, BODY[2]))
    assert line not in c.text and BODY[2] in c.text


def test_clean_p14c_editor_note_with_date_code_is_a_credit():
    note = "（編輯：李大華）1130515"
    c = clean_text(_text("台北捷運環狀線北環段動工", "台北市政府今天宣布，捷運環狀線北環段正式動工，預計2030年完工通車。",
                         "北環段全長約15公里，設置12座車站，將串連士林、北投及內湖地區。", note))
    assert note in c.credits and note not in c.text
