"""Session 14 (clean14): the session-13 reviewer's cleaning findings 17, 20, 29 and the Chinese residue of 1
(/tmp/review13/findings.md), through clean_text, with the story's own look-alike lines that must stay."""

import pytest

from newsdesk.clean import clean_text

HEAD = "Ferry fares to rise by a fifth from April"
BODY = ["Ferry fares on all routes across the bay will rise by 20 percent from April, the operator announced on Tuesday.",
        "The company blamed higher fuel costs and a new wage deal with its crews, which it said added 4 million to its "
        "annual bill.",
        "Commuter groups said the rise would push more people back into their cars, and they plan a protest at the main "
        "terminal next week."]


def _clean(*closing: str, sep: str = "\n\n"):
    return clean_text(sep.join([HEAD, *BODY, *closing]) + "\n")


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("closing", [
    ("Our journalism is free to read because readers like you support it.", "Become a supporter today."),
    ("Independent journalism costs money. If you value our reporting, please consider making a contribution.",),
    ("Support our journalism",),
    ("Donate now",),
    ("Unterstützen Sie unseren Journalismus",),
])
def test_clean_review13_more_donation_appeal_goes(closing, sep):
    c = _clean(*closing, sep=sep)
    for line in closing:
        assert line not in c.text
    assert BODY[-1] in c.text and BODY[0] in c.text


@pytest.mark.parametrize("line", [
    "Local newspapers depend on readers who support their journalism, and many have cut staff since 2020.",
    "Our reporters spoke to drivers at the terminal, and most of them said they would support the strike.",
    "The foundation will support independent journalism with a grant of 2 million over three years.",
    "\u201cOur journalism is free to read because readers support it,\u201d the editor told the inquiry.",
    "Become a member of the co-operative and the discount rises to a third, the operator said.",
])
def test_clean_review13_more_story_lines_on_journalism_stay(line):
    c = _clean(line, "The operator said it would review the fares again in October.")
    assert line in c.text


def test_clean_review13_more_closing_staff_bio_goes():
    bio = "Jane Doe is a senior reporter covering transport and infrastructure for the Bay Courier."
    c = _clean(bio)
    assert bio not in c.text and BODY[-1] in c.text
    assert any(r.reason == "bio" for r in c.removed)


@pytest.mark.parametrize("line", [
    "Tomas Brandt is a correspondent for the Nordic Herald who was detained by border guards on Sunday.",
    "Maria Lopez is a nurse at the county hospital and has worked there for 20 years.",
    "Peter Hall is a former reporter for the Bay Courier and now runs the ferry users' group.",
])
def test_clean_review13_more_closing_line_about_a_person_stays(line):
    assert line in _clean(line).text


def test_clean_review13_more_bio_inside_the_story_stays():
    bio = "Jane Doe is a senior reporter covering transport and infrastructure for the Bay Courier."
    c = clean_text("\n\n".join([HEAD, BODY[0], bio, *BODY[1:]]) + "\n")
    assert bio in c.text  # only the text's last line is read as a closing bio


def test_clean_review13_more_catch_all_news_call_goes():
    call = "Catch all the Breaking News, Latest News and Weather Updates on Live Mint."
    c = _clean(call)
    assert call not in c.text and BODY[-1] in c.text
    keep = "Catch all the fish you want on the lake this weekend, the ranger said, but keep under the limit."
    assert keep in _clean(keep).text


@pytest.mark.parametrize("heading,lines", [
    ("Kapcsolódó cikkek", ["Újra drágul a benzin", "Új villamosvonal Budapesten"]),
    ("כתבות נוספות", ["מחיר הדלק עולה שוב", "קו רכבת קלה חדש בירושלים"]),
])
def test_clean_review13_more_short_foreign_headlines_under_a_heading_go(heading, lines):
    c = _clean(heading, *lines)
    assert heading not in c.text and all(ln not in c.text for ln in lines) and BODY[-1] in c.text


def test_clean_review13_more_two_foreign_lines_without_heading_stay():
    lines = ["Újra drágul a benzin", "Új villamosvonal Budapesten"]  # a couplet or slogan: no heading, no lead
    c = _clean(*lines)
    assert all(ln in c.text for ln in lines)


def test_clean_review13_more_chinese_headline_of_two_runs_is_the_title():
    text = "\n\n".join(["上海地铁新线路本周开通 预计日均客流十万人次",
                        "上海地铁十八号线二期工程于本周六正式开通运营，全长约十五公里，共设八座车站。",
                        "运营方表示，新线路开通后将大大缩短浦东新区居民前往市中心的通勤时间。",
                        "据估计，新线路开通初期日均客流约为十万人次。"])
    assert clean_text(text).title == "上海地铁新线路本周开通 预计日均客流十万人次"


def test_clean_review13_more_short_portuguese_story_is_not_english():
    text = ("SÃO PAULO, 4 mar (Reuters) - A Petrobras anunciou nesta segunda-feira uma redução de 5% no preço da "
            "gasolina vendida às distribuidoras.\n\nA redução passa a valer a partir de quarta-feira.\n\nAnalistas "
            "disseram que a medida deve ajudar a conter a inflação.")  # 'a' is 15% of its [a-z] words
    assert clean_text(text).lang is None
    assert clean_text("\n\n".join(BODY * 2)).lang == "en"


def test_clean_review14_story_lines_shaped_like_appeals_or_bios_stay():
    # review14 findings 6 and 7: an appeal goes only with no story prose below it; a closing 'is a writer based in
    # <place>' line names no beat or publication (the story's subject, not its writer)
    qa = "Our work is paid for by donations from readers of this paper and people like you, not the government."
    c = clean_text("\n\n".join([HEAD, BODY[0], qa, *BODY[1:]]) + "\n")
    assert qa in c.text
    slogans = ["Give today", "Donate now", "Become a donor"]
    c = clean_text("\n\n".join([HEAD, BODY[0], "The blood service unveiled three new slogans:", *slogans, *BODY[1:]])
                   + "\n")
    assert all(s in c.text for s in slogans)
    subject = "Maria Lopez is a writer based in Leeds whose next book comes out in May."
    c = clean_text("\n\n".join([HEAD, *BODY, subject]) + "\n")
    assert subject in c.text


@pytest.mark.parametrize("raw, watch", [
    ('Wales name squad for Six Nations\n\nWales named a 34-man squad on Tuesday with six uncapped players.\n\nWales squad forwards\n\nDewi Lake\n\nAdam Beard\n\nWales\n\nHead coach Warren Gatland said the young players had earned their chance.\n\nWales open against Scotland on 3 February.\n', ["Wales squad forwards", "Dewi Lake", "Adam Beard"]),
    ('Town votes on new name\n\nResidents of the town will vote next month on whether to change its name.\n\nVote yes campaign\n\nThe campaign says a new name would attract tourists.\n\nVote\n\nOpponents say the cost of new signs would be too high.\n\nThe result will be announced on 12 May.\n', ["Vote yes campaign", "The campaign says a new name would attract tourists."]),
])
def test_clean_review14_a_heading_echoed_by_a_short_line_in_a_story_is_no_newsletter_box(raw, watch):
    # review14 finding 12: a box's pitch lines are sentences and report no one's words; names under a squad heading and
    # a campaign's reported claim under its slogan are the story's lines
    c = clean_text(raw)
    assert all(w in c.text for w in watch)
    assert not any(r.reason == "box" for r in c.removed)
