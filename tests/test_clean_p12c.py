"""Session 12 (probe12c): the cleaning rules that the p12c_* probes (tests/fixtures/probe/ORIGIN.md) asked for. Each
test states the shape in invented lines (none from a probe file or a dev set) and fails without its rule."""

import pytest

from newsdesk.clean import clean_text

EN = ["The city council approved a plan on Monday to build 2,000 homes on the site of the old freight yard.",
      "Residents said they feared more traffic on the narrow streets around the station.",
      "Work is expected to begin next spring and take about four years."]
IT = ["Il governo ha approvato giovedì un decreto che aumenta i fondi per la sanità di due miliardi di euro.",
      "Le regioni riceveranno le risorse entro la fine dell'anno, secondo il ministero.",
      "I sindacati hanno chiesto nuove assunzioni negli ospedali del sud."]
NL = ["Het kabinet trekt volgend jaar 300 miljoen euro uit voor de aanleg van nieuwe fietspaden in de provincie.",
      "Gemeenten kunnen vanaf januari een aanvraag indienen bij het ministerie.",
      "De fietsersbond noemt het bedrag een goede eerste stap."]
SV = ["Regeringen vill höja barnbidraget med 200 kronor i månaden från nästa år, meddelade ministern på fredagen.",
      "Förslaget ska nu skickas på remiss till kommuner och myndigheter.",
      "Oppositionen säger att höjningen kommer för sent."]
JA = ["県は10日、来年度から小中学校の給食費を無償化すると発表した。", "対象は約5万人になる見通しだ。",
      "必要な予算は年間約20億円と試算されている。"]
KO = ["정부는 내년부터 노인 일자리를 10만 개 늘린다고 12일 밝혔다.", "예산은 올해보다 15% 늘어난 2조원이다.",
      "복지부는 다음 달 세부 계획을 발표할 예정이다."]


def _clean(lines):
    return clean_text("\n\n".join(lines) + "\n")


def _assert_kept(res, lines):
    for line in lines:
        assert line in res.text


def _goes_between(line):
    """`line` between EN's first and second paragraphs goes, and every EN paragraph stays."""
    res = _clean([EN[0], line, *EN[1:]])
    assert line not in res.text
    _assert_kept(res, EN)


def _stays_between(line):
    """`line` between EN's first and second paragraphs stays."""
    assert line in _clean([EN[0], line, *EN[1:]]).text


@pytest.mark.parametrize("body, credit", [
    (IT, "(con informazioni di ANSA)"), (IT, "Con informazioni di Reuters e AFP"),
    (NL, "Met input van ANP"), (NL, "(met informatie van Belga)"),
    (SV, "Med material från TT"), (EN, "With information from The Canadian Press"),
    (["Die Regierung will die Steuer auf Diesel im kommenden Jahr um fünf Cent je Liter senken, hieß es am Montag.",
      "Die Opposition kritisierte den Plan als unzureichend."], "Mit Informationen von Reuters"),
])
def test_clean_info_cue_credit_line_is_a_credit(body, credit):
    """'with information/input/material from' in a few languages, then names (known agency or not): a credit line."""
    res = _clean([*body, credit])
    assert credit not in res.text
    assert credit in res.credits
    _assert_kept(res, body)


def test_clean_info_cue_sentence_stays():
    """The cue opening a sentence of the story is no credit: the line goes on past the names."""
    line = "Con informazioni di prima mano, il sindaco ha denunciato ritardi nei lavori della nuova stazione."
    res = _clean([*IT[:2], line, IT[2]])
    assert line in res.text and not res.credits


@pytest.mark.parametrize("credit", ["(इनपुट: भाषा)", "इनपुट: एजेंसी", "Input: PTI", "(स्रोत: रॉयटर्स)"])
def test_clean_input_label_credit(credit):
    body = ["केंद्र सरकार ने मंगलवार को गेहूं की न्यूनतम समर्थन कीमत में बढ़ोतरी का ऐलान किया।",
            "किसान संगठनों ने कहा कि यह बढ़ोतरी लागत के हिसाब से कम है।"]
    res = _clean([*body, credit])
    assert credit not in res.text and res.credits == (credit,)


@pytest.mark.parametrize("line", ["Anna Lindqvist/TT", "Jan Nowak/PAP", "Kari Nordmann / NTB"])
def test_clean_name_slash_agency_byline_is_a_credit(line):
    res = _clean([*SV, line])
    assert line not in res.text and line in res.credits
    _assert_kept(res, SV)


def test_clean_reuters_chain_glued_without_brackets():
    last = EN[2] + " Reporting by Jane Roe in Nairobi; Additional reporting by Tom Hale; Editing by Alex Morgan"
    res = _clean([*EN[:2], last])
    assert res.text.endswith(EN[2])
    assert any(c.startswith("Reporting by Jane Roe") for c in res.credits)


def test_clean_one_reporting_sentence_glued_stays():
    """A single 'Written by' phrase closing a sentence is the story's (no chain of two credits)."""
    last = "The song was first recorded in 1964. Written by two teenagers in a garage, it sold a million copies."
    res = _clean([*EN[:2], last])
    assert last in res.text


@pytest.mark.parametrize("mark", ["（共同）", "（時事）", "(新华社)"])
def test_clean_cjk_bracketed_credit_glued_after_last_sentence(mark):
    res = _clean([*JA[:2], JA[2] + mark])
    assert res.text.endswith(JA[2]) and mark.strip("（）()") in " ".join(res.credits)


def test_clean_cjk_numbered_section_stays():
    """'（一）' numbers a section of the text; a bracket mid-paragraph is no credit either."""
    lines = [JA[0], "（一）", JA[1] + "（速報）では", JA[2]]
    res = _clean(lines)
    assert "（一）" in res.text and "（速報）では" in res.text


def test_clean_copyright_notice_in_another_script():
    notice = "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
    res = _clean([*KO, notice])
    assert "무단 전재" not in res.text
    _assert_kept(res, KO)


@pytest.mark.parametrize("line", ["(c) the tenant may end the lease with one month's notice.",
                                  "(c) a fine of up to 500 euros."])
def test_clean_list_item_c_stays(line):
    """'(c)' over a lower-case Latin word is a list's third item, not a copyright notice (the notice names its year or
    holder: '(c) Reuters', '저작권자(c) 연합뉴스'; after '©' or 'Copyright' any case goes on being read as the
    notice: '© imago images/...', 'Das Copyright für die Inhalte ...')."""
    res = _clean([*EN[:2], line, EN[2]])
    assert line in res.text


@pytest.mark.parametrize("body, heading, heads", [
    (SV, "Läs också", ["Ny cykelbana längs ån klar i höst", "Rekordmånga sökte till gymnasiets naturprogram",
                       "Brand i flerfamiljshus – två till sjukhus"]),
    (KO, "관련기사", ["전기차 화재 잇따라…배터리 안전 기준 강화", "수소차 충전소 절반이 적자 운영", "자동차 수출 석 달 연속 감소"]),
    (JA, "関連記事", ["都内の保育所待機児童、過去最少に", "東京の最低賃金、初めて1200円超え", "都営地下鉄、終電を30分延長へ"]),
    (["أعلنت وزارة الصحة الثلاثاء عن حملة وطنية لتطعيم الأطفال ضد الحصبة تستمر ثلاثة أسابيع.",
      "ودعت الوزارة الأسر إلى التوجه إلى أقرب مركز صحي."], "اقرأ أيضا",
     ["ارتفاع أسعار الخضر في الأسواق قبل رمضان", "افتتاح معرض الكتاب في الدار البيضاء"]),
    (["הממשלה אישרה ביום ראשון תוכנית להקמת שלושה מתקני התפלה חדשים בצפון.",
      "ארגוני הסביבה הביעו חשש מפגיעה בחופים."], "קראו עוד",
     ["מחירי הדירות ממשיכים לעלות", "שביתה בנמלים: אלפי מכולות תקועות"]),
])
def test_clean_read_also_heading_in_more_languages_closes_the_text(body, heading, heads):
    res = _clean([*body, heading, *heads])
    assert heading not in res.text and not any(h in res.text for h in heads)
    _assert_kept(res, body)


@pytest.mark.parametrize("word", ["Annons", "ANNONS", "Mainos", "פרסומת", "विज्ञापन"])
def test_clean_ad_label_in_more_languages(word):
    res = _clean([SV[0], word, *SV[1:]])
    assert word not in res.text.split("\n\n")
    _assert_kept(res, SV)


@pytest.mark.parametrize("caption", ["Fot. PAP/Leszek Nowak", "Foto: AFP/Jane Roe",
                                     "Smoke rises over the harbour on Tuesday. (AP Photo/Jane Roe)"])
def test_clean_photo_credit_shapes(caption):
    _goes_between(caption)


@pytest.mark.parametrize("byline", ["By Marie Dupont and Tom Hale", "By Marie Dupont", "BY MARIE DUPONT",
                                    "By Ana Lima, Tom Hale and Jan van der Berg", "Von Anna Schmidt und Jan Weber"])
def test_clean_byline_of_names_goes(byline):
    res = _clean([byline, *EN])
    assert byline not in res.text
    _assert_kept(res, EN)


@pytest.mark.parametrize("line", ["By the numbers", "By The Numbers", "By Tuesday, the river had risen two metres.",
                                  "By contrast", "Par ailleurs, le gouvernement a promis une aide."])
def test_clean_by_subheading_or_sentence_stays(line):
    _stays_between(line)


@pytest.mark.parametrize("raw, want", [
    ("The festival&#8217;s organisers said ticket sales rose 20% on last year &amp; that two stages would be added.",
     "The festival’s organisers said ticket sales rose 20% on last year & that two stages would be added."),
    ("&quot;We have never seen demand like this,&quot; the director said.",
     '"We have never seen demand like this," the director said.'),
    ("The event runs from 12&ndash;15 August, with tickets at &#x20AC;40.", "The event runs from 12–15 August, with tickets at €40."),
])
def test_clean_html_character_references_are_decoded(raw, want):
    res = _clean([EN[0], raw, EN[1]])
    assert want in res.text and "&" not in res.text.replace(" & ", " ")


def test_clean_ampersand_without_reference_stays():
    line = "Procter & Gamble and AT&T said the deal, worth $2bn, would close in May; R&D spending rises."
    res = _clean([EN[0], line, EN[1]])
    assert line in res.text


@pytest.mark.parametrize("row", ["Font size A A A", "A- A A+", "Text size: A A", "Schriftgröße A A A"])
def test_clean_text_size_buttons_go(row):
    res = _clean([row, *EN])
    assert row not in res.text
    _assert_kept(res, EN)


@pytest.mark.parametrize("note", [
    "Disclaimer: The views and recommendations made above are those of individual analysts, and not of this "
    "website. We advise investors to check with certified experts before taking any investment decisions.",
    "Haftungsausschluss: Dieser Artikel stellt keine Anlageberatung dar.",
])
def test_clean_disclaimer_label_line_goes(note):
    res = _clean([*EN, note])
    assert note not in res.text
    _assert_kept(res, EN)


def test_clean_disclaimer_word_in_a_quote_stays():
    line = '"Disclaimer: none of this is legal advice," the lawyer joked at the start of the hearing.'
    _stays_between(line)


@pytest.mark.parametrize("link", ["Also Read | Heatwave pushes power demand to record high",
                                  "ALSO READ: Heatwave pushes power demand to record high",
                                  "Lees ook: Hittegolf zorgt voor recordvraag naar stroom"])
def test_clean_read_also_link_glued_after_a_sentence_goes(link):
    first = "The utility will raise tariffs by 6% from April, the regulator said on Friday."
    res = _clean([first + " " + link, *EN[1:]])
    assert link not in res.text and first in res.text
    _assert_kept(res, EN[1:])


def test_clean_read_also_phrase_inside_a_sentence_stays():
    line = "The regulator said on Friday. Also read: the full order runs to 40 pages and lists every exemption."
    res = _clean([EN[0], line, EN[1]])
    assert line in res.text


BOX = ["Get the day's top stories in your inbox every weekday.", "Enter your email address", "Sign up"]


def test_clean_box_name_over_site_calls_goes():
    res = _clean([EN[0], "The Morning Brief", *BOX, *EN[1:]])
    assert "The Morning Brief" not in res.text and not any(b in res.text for b in BOX)
    _assert_kept(res, EN)


def test_clean_subheading_over_story_stays():
    """A short subheading over one call and then the story's paragraph is the story's."""
    res = _clean([EN[0], "What comes next", "Sign up", *EN[1:]])
    assert "What comes next" in res.text


def test_clean_box_name_setting_off_keeps_it():
    from newsdesk.settings import DEFAULT

    res = clean_text("\n\n".join([EN[0], "The Morning Brief", *BOX, *EN[1:]]),
                     settings=DEFAULT.replace(CLEAN_BOX_MIN_LINES=0))
    assert "The Morning Brief" in res.text


@pytest.mark.parametrize("terms", ["By signing up, you agree to our Terms of Use and Privacy Policy.",
                                   "By subscribing you accept our terms and conditions."])
def test_clean_sign_up_terms_line_goes(terms):
    res = _clean([*EN, terms])
    assert terms not in res.text


def test_clean_by_signing_sentence_stays():
    line = "By signing up for the scheme, farmers agree to leave a strip of land unploughed for birds."
    res = _clean([EN[0], line, EN[1]])
    assert line in res.text


def test_bad_files_in_a_mixed_folder_are_named(tmp_path):
    """A folder of mixed files (probe of issue 14's 'bad files named'): empty, blank, an image and random bytes saved
    as .txt, a text of page furniture only; each is named with its reason, and the article beside them is read."""
    import os

    from newsdesk.clean import CorpusStats
    from newsdesk.errors import InputError
    from newsdesk.ingest import Walk, iter_docs
    from newsdesk.model import RawDoc
    from newsdesk.prepare import prepare

    files = {"empty.txt": b"", "blank.txt": b"  \n\n\t\n", "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01",
             "random.txt": bytes((i * 37 + 11) % 256 for i in range(3000)),
             "junk_only.txt": b"Share\n\nAdvertisement\n\nComments (3)\n\nFollow us on Twitter\n",
             "good.txt": "\n\n".join(EN).encode()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    named, read = {}, {}
    for d in iter_docs([str(tmp_path)], Walk()):
        if not isinstance(d, RawDoc):
            named[os.path.basename(str(d).split(":")[0])] = str(d)
            continue
        try:
            read[os.path.basename(d.path)] = prepare(d.external_id, d, CorpusStats(), "2026-12-07T00:00:00Z").text
        except InputError as e:
            named[os.path.basename(str(e).split(":")[0])] = str(e)
    assert set(named) == set(files) - {"good.txt"}
    assert "binary" in named["image.txt"] and "empty" in named["empty.txt"]
    assert list(read) == ["good.txt"] and EN[2] in read["good.txt"]


ZH = ["国家统计局5日发布数据显示，今年前两个月工业增加值同比增长7%。", "其中，高技术制造业增加值增长9.5%。",
      "专家表示，工业生产总体保持平稳增长态势。"]


@pytest.mark.parametrize("mark", ["（完）", "(完)", "（终）"])
def test_clean_cjk_end_mark_glued_goes(mark):
    res = _clean([*ZH[:2], ZH[2] + mark])
    assert res.text.endswith(ZH[2])


@pytest.mark.parametrize("label", ["责任编辑：王芳", "編集：山田花子"])
def test_clean_cjk_editor_label_is_a_credit(label):
    res = _clean([*ZH, label])
    assert label not in res.text and label in res.credits


@pytest.mark.parametrize("notice", ["Riproduzione riservata ©", "© Riproduzione riservata", "Reproduction interdite",
                                    "무단전재 및 재배포 금지", "版权所有 © 2024"])
def test_clean_rights_formula_in_more_languages(notice):
    res = _clean([*IT, notice])
    assert notice not in res.text
    _assert_kept(res, IT)


@pytest.mark.parametrize("label", ["Fotoğraf: AA", "Zdjęcie: PAP/Jan Nowak", "사진: 연합뉴스", "צילום: רויטרס"])
def test_clean_photo_label_in_more_languages(label):
    _goes_between(label)


@pytest.mark.parametrize("count", ["1.2K shares", "3,400 views", "12 Kommentare", "25K Likes"])
def test_clean_count_line_goes(count):
    res = _clean([count, *EN])
    assert count not in res.text
    _assert_kept(res, EN)


def test_clean_number_sentence_stays():
    line = "1,200 shares changed hands."
    _stays_between(line)


@pytest.mark.parametrize("line", ["شارك", "تابعونا على تويتر وفيسبوك", "この記事をシェア", "分享到", "기사 공유하기"])
def test_clean_share_and_follow_in_more_scripts(line):
    _goes_between(line)


def test_clean_cjk_inline_related_link_with_full_width_colon():
    """'関連記事：<headline>' between Japanese paragraphs is one link: the story below it (ending in '。') goes on."""
    res = _clean([JA[0], "関連記事：台風シーズン前に避難計画を見直し", *JA[1:]])
    assert "台風シーズン" not in res.text
    _assert_kept(res, JA)


def test_clean_call_glued_after_a_middle_paragraph_goes():
    first = "Heavy rain flooded 200 homes overnight, and the weather office warned of more showers through Thursday."
    res = _clean([first + " Click here to join our WhatsApp channel for the latest updates.", *EN[1:]])
    assert "WhatsApp" not in res.text and first in res.text


def test_clean_prose_last_sentence_of_a_middle_paragraph_stays():
    line = "The mayor spoke first. Share prices of the builder rose 4% after the vote, traders said."
    _stays_between(line)


@pytest.mark.parametrize("line", ["Follow the money.", "Watch this space.", "Listen to them."])
def test_clean_short_sentence_opening_with_a_call_word_stays(line):
    _stays_between(line)


@pytest.mark.parametrize("line", ["Follow us.", "Subscribe now.", "Share this."])
def test_clean_short_call_with_a_full_stop_goes(line):
    res = _clean([EN[0], line, *EN[1:]])
    assert line not in res.text.split("\n\n")


def test_clean_german_newsletter_box_goes():
    de = ["Die Stadt will bis 2030 alle Straßenlaternen auf LED umrüsten und so jährlich Stromkosten sparen.",
          "Die ersten 3.000 Laternen sollen noch in diesem Jahr ausgetauscht werden.",
          "Der Stadtrat stimmte dem Plan einstimmig zu."]
    box = ["Newsletter", "Jetzt kostenlos abonnieren und keine Nachricht aus der Region verpassen.", "E-Mail-Adresse",
           "Anmelden"]
    res = _clean([de[0], *box, *de[1:]])
    assert not any(b in res.text.split("\n\n") for b in box)
    _assert_kept(res, de)


def test_clean_prompt_line_with_a_glued_call_goes_whole():
    """A line that is the site's prompt as a whole ('Do you want to be informed of our actions? Sign up here') goes
    whole: the glued-call cut must not leave its question behind."""
    line = "Do you want to be informed of our actions? Sign up here"
    res = _clean([EN[0], line, *EN[1:]])
    assert "informed of our actions" not in res.text


@pytest.mark.parametrize("line", ["[사진=연합뉴스]", "▶ 관련기사 지하철 적자 해마다 늘어", "► Read more Ministers clash over budget"])
def test_clean_bracketed_photo_credit_and_arrow_related_link(line):
    res = _clean([KO[0], line, *KO[1:]])
    assert line not in res.text
    _assert_kept(res, KO)


def test_clean_arrow_sentence_stays():
    """An arrow-led sentence of the story (a full stop at its end, or no read-also heading) is kept."""
    lines = ["► Related talks will resume on Monday, officials said.", "▶ 3,000 jobs will go by 2026"]
    res = _clean([EN[0], *lines, *EN[1:]])
    assert all(line in res.text for line in lines)


@pytest.mark.parametrize("caption", [
    "A woman walks past a currency exchange office in Moscow, Russia, March 5, 2024. REUTERS/Jane Doe/File Photo",
    "Workers repair a road in Lagos, Nigeria, June 2, 2023. REUTERS/Tom Hale"])
def test_clean_caption_ending_with_agency_slash_name_goes(caption):
    _goes_between(caption)


def test_clean_licence_after_a_dash_credit_in_one_sentence_unit_is_peeled():
    """'... Turkmenistan. — ANI This article was first published by ANI ...' splits into ONE sentence unit (no full
    stop before the credit's name): the statement after the dash credit is peeled all the same (it was only when
    another sentence followed it)."""
    line = ("The parliament election is over in Turkmenistan. — ANI This article was first published by ANI and is "
            "republished here under a content-sharing agreement.")
    res = clean_text(line)
    assert res.text == "The parliament election is over in Turkmenistan." and "— ANI" in res.credits


def test_clean_editor_code_after_a_caption_is_no_photo_credit():
    """'XK/BD' (editor initials) after a glued caption is a code, not 'AGENCY/Name': the story's sentence stays."""
    line = "The problem was relatively minor, and affected the engines. PHOTO: The plane on the runway. XK/BD"
    res = _clean([EN[0], line])
    assert "The problem was relatively minor, and affected the engines." in res.text


@pytest.mark.parametrize("line, bio", [
    ("Daniel Osei is a former reporter for a state newspaper who covered parliament for a decade. He takes up the post "
     "next week.", False),
    ("Daniel Osei is an ex-reporter for a state newspaper. He takes up the post next week.", False),
    ("Jonas Berg ist ehemaliger Redakteur der Zeitung. Er übernimmt das Amt im Mai.", False),
    ("Jane Roe is a former diplomat and a columnist for the Daily Ledger. She lives in Vienna.", True),
    ("Clara Roe is an expert writer for the Gazette. She lives in Leeds.", True),
])
def test_clean_former_role_is_no_writers_bio(line, bio):
    """A role qualified as past ('a former reporter') is what the person was: a story about them (p11c
    bio_shaped_news_line), not the writer's bio; a current role beside a past one still makes the bio."""
    from newsdesk.clean.inline import is_bio
    from newsdesk.settings import DEFAULT

    assert is_bio(line, DEFAULT) is bio


@pytest.mark.parametrize("line", ["PUBLICIDADE", "Continua após a publicidade", "Leia mais: Juros altos travam o crédito",
                                  "हमें फॉलो करें: फेसबुक | ट्विटर | यूट्यूब"])
def test_clean_portuguese_ad_and_hindi_follow(line):
    _goes_between(line)


def test_clean_portuguese_sentence_on_advertising_stays():
    line = "A publicidade infantil será proibida na televisão a partir de janeiro, decidiu o Congresso."
    _stays_between(line)


@pytest.mark.parametrize("credit", ["Sursa: Agerpres", "Lähde: STT", "Forrás: MTI", "Izvor: Hina", "Källa: TT"])
def test_clean_source_label_in_more_languages(credit):
    res = _clean([*EN, credit])
    assert credit not in res.text and credit in res.credits


@pytest.mark.parametrize("line", ["Annonce", "ΔΙΑΦΗΜΙΣΗ", "Sdílet", "Del artiklen", "Jaa",
                                  "Čtěte také: Ceny elektřiny pro domácnosti klesají",
                                  "Læs også: Flere ældre bliver på arbejdsmarkedet",
                                  "Διαβάστε επίσης: Αυξήσεις στα τιμολόγια ρεύματος"])
def test_clean_ad_share_and_read_also_in_more_european_languages(line):
    _goes_between(line)


def test_clean_del_as_a_word_of_a_sentence_stays():
    line = "Del Piero scored twice as the hosts won 3-1, their first victory of the season."
    _stays_between(line)


def test_clean_first_role_named_decides_the_bio():
    """'a former editor ... who ran its investigations desk': the first role named is past, so the news line stays."""
    from newsdesk.clean.inline import is_bio
    from newsdesk.settings import DEFAULT

    line = ("Maria Okonkwo is a former editor of a business weekly who ran its investigations desk for eight years. "
            "She starts on Monday.")
    assert not is_bio(line, DEFAULT)


@pytest.mark.parametrize("line, credit", [
    ("Source: the court's written ruling, published on its website, runs to 40 pages.", False),
    ("Source: Ministry of Health data.", True), ("Source: Reuters", True)])
def test_clean_source_label_over_a_sentence_is_prose(line, credit):
    res = _clean([*EN[:2], line, EN[2]])
    assert (line not in res.text) is credit


def test_clean_source_prose_setting_is_read(monkeypatch):
    """CLEAN_CREDIT_PROSE_WORDS is what decides: raised past the value's length, the line is a credit again."""
    from newsdesk.clean import credits

    line = "Source: the court's written ruling, published on its website, runs to 40 pages."
    assert line in _clean([*EN[:2], line, EN[2]]).text
    monkeypatch.setattr(credits, "DEFAULT", credits.DEFAULT.replace(CLEAN_CREDIT_PROSE_WORDS=50))
    assert line not in _clean([*EN[:2], line, EN[2]]).text
