"""Settings of plain-text cleaning's closing run below the article's share bar or sign-up form (clean/tail.py
closing_after_mark, issue 14).

Kept apart from `text` (which holds the other cleaning and dating settings) so that no module outgrows 500 lines.
"""

from newsdesk.settings.core import setting

CLEAN_CLOSING_MAX_SHARE = setting(
    "CLEAN_CLOSING_MAX_SHARE", 0.6,
    "Below a site-machinery line (a share bar, sign-up/comment form, cookie or paywall notice: clean/tail.py "
    "closing_after_mark), the rest of the text goes when its words are at most this share of the words above the "
    "line and the line right below it is no paragraph of the article (CLEAN_CLOSING_GOES_ON_WORDS): the "
    "site's closing run (comments, bios, self-description, donation calls, legal footers); 0: off.",
    "plaintext_dev replay (/work/tools_s9/replay.py: clean_text with the style folder's statistics, A chooses, B "
    "checks) at 00bb3eb: off A .8923 (page .8827, paragraphs .9032) B .8986 (.8860/.9131); on (0.6, marks <= 25 "
    "words, >= 100 words above) with a guard on every line below A .8949 (.8844/.9067) B .9009 (.8868/.9171); at "
    "865477d that rule A .8957 (.8860/.9067) B .9017 (.8884/.9171), the guard on the first line below only A .8961 "
    "(.8864/.9073) B .9038 (.8901/.9196); share with that guard (7b4782d base) 0.4 / 0.6 / 1.0 A .8944 / .8946 / "
    ".8939, B .9009 / .9016 / .9025. Share swept before any guard (at 7b4782d's base A .8916 B .8970): 0.3 A "
    ".8945 B .9009, 0.6 A .8957 B .9013, 1.0 A page .8820 paragraphs .9097, 2.0 A .8817/.9091; with the every-line "
    "guard 0.4 / 0.6 / 1.0 give A .8826/.9074 each, 2.0 A page .8819: 0.6. Without a guard A .8960 B .9016, but a "
    "share bar above the article's last paragraph took it (tests/test_clean_credits_and_junk.py junk insertion)")
CLEAN_CLOSING_MARK_MAX_WORDS = setting(
    "CLEAN_CLOSING_MARK_MAX_WORDS", 25,
    "A site-machinery line marks the article's end (CLEAN_CLOSING_MAX_SHARE) only when it has at most this many "
    "words: a long line the prompt rule takes is more often the article's own call ('To urge your MP to vote ..., "
    "click ...').",
    "plaintext_dev replay at share 0.6 without the long-paragraph guard (A chooses, B checks): no bound A .8957 B "
    ".9013, 25 A .8960 B .9016, 14 A .8959 B .9016: 25")
CLEAN_CLOSING_MIN_WORDS = setting(
    "CLEAN_CLOSING_MIN_WORDS", 100,
    "... and only when at least this many words of text stand above it (a form under a teaser is no article's end).",
    "plaintext_dev replay at 0.6 / 25 without the guard: 50 and 100 A .8960 B .9016, 200 A .8950 B .9011: 100, "
    "about a short news item")
CLEAN_CLOSING_GOES_ON_WORDS = setting(
    "CLEAN_CLOSING_GOES_ON_WORDS", 20,
    "A site-machinery line cuts nothing (CLEAN_CLOSING_MAX_SHARE) when the next paragraph below it is running prose of "
    "an ordinary news paragraph's length: a sentence end and at least this many words (a newsletter promo or share "
    "bar floating between the article's paragraphs), unless what follows is readers' comments (a short line with a "
    "clock time or a date below the mark: a comment's stamp).",
    "plaintext_dev replay (/work/tools_s9/replay.py page,paragraphs on a frozen 14a97b7 + this; A chooses, B checks):"
    " 14a97b7 (guard: >= CLEAN_TAIL_MAX_LEAD_WORDS 40 words, no stamps) A .9021 B .9080; 20 words with the stamp "
    "exception A .9024 (tp +1: a body segment a mid-article promo had cut comes back) B .9078 (tp +1, fp +2: a site's"
    " self-description and other stories' one-sentence leads of 20+ words stay); the same without the stamp exception"
    " (it costs nothing here; tests/test_clean_closing.py's comments need it); 15 words A .9012 (fp +6) B .9071; 25 A .9024 B .9080 (fp +1):"
    " 20, A ties 25 and 25 would cut the reviewer's 24-word paragraph. "
    "Review case (session 9): ordinary news paragraphs are 20-35 words, and a newsletter promo between them cut all "
    "below it. The next paragraph is the line right below, or the one after a one-sentence line right below ('It "
    "was not immediately clear why.': review, session 9): at cdb77d4 A .9016 = (tp 1636 fp 250 fn 107), B .9082 -> "
    ".9080 (fp 231 -> 232)")

# session 10 (tail): a lone tail heading over the last paragraph of a crawler field dump's text (clean/tail.py
# other_stories_follow, field_text)
CLEAN_TAIL_FIELD_LAST_MIN_WORDS = setting(
    "CLEAN_TAIL_FIELD_LAST_MIN_WORDS", 4,
    "In a crawler field dump's text field (the article container's own text: clean/fields.py), a tail heading "
    "('Trending Now', 'ALSO READ') goes alone when all that is left below it to the end of the text, past furniture "
    "and headings stacked on it, is sentences ending with a full stop of at least this many words (one is enough): "
    "the article's last paragraph, whose heading's box was not scraped. 0: off (such a heading cuts them as a tail, "
    "as it does on whole pages and paragraph scrapes, where one sentence there is a comment, disclosure or prompt).",
    "design: rules.is_sentence's bar of 4 words (a news story's closing line: 'No injuries were reported.'); "
    "CLEAN_PROSE_MIN_WORDS 6 would cut 'More returns are under discussion.'. No dev set holds a field dump: over "
    "4,414 texts (plaintext_dev both styles, tehrantimes/basil/ecbplus/gvc_dev, meantime_en, tests/fixtures) 57 tail "
    "headings reach other_stories_follow, 4 inside a dump's text (all in the probe fields_widgets_in_text), 2 change "
    "(its 01 and 16 keep their last line), 0 elsewhere; plaintext_dev replay unchanged (A .9016, B .9080: "
    "1,348 outputs identical). Read on every text, the rule would keep one more line, on plaintext_dev: a reader's "
    "comment alone under 'Related posts:' (A, paragraphs; the one-sentence cases there are comments, disclosures, "
    "prompts: BENCHMARKS 'Session 10 (tail)'), so whole pages and paragraph scrapes keep the tail")

# session 10 (tailfix): the menu a site-machinery line stands in between two paragraphs (clean/tail.py
# closing_after_mark)
CLEAN_CLOSING_MENU_LINES = setting(
    "CLEAN_CLOSING_MENU_LINES", 6,
    "Counting the article's words above a site-machinery line (CLEAN_CLOSING_MIN_WORDS), the short lines right above "
    "it that end no sentence (<= CLEAN_SHORT_LINE_WORDS words) are the menu it stands in and count for nothing when "
    "there are at most this many of them ('Home' / 'Business' / a comment's stamp / 'Login' / 'World' between two "
    "paragraphs made 90 words of article reach 100 and the paragraph below went as 'closing': "
    "tests/test_clean_credits_and_junk.py junk insertion); a longer run is the page's own text (a results table); 0: "
    "off.",
    "plaintext_dev replay (PYTHONPATH=<frozen e5cd9d7 + bf4737b + this>/src python /work/tools_s9/replay.py "
    "page,paragraphs; A chooses, B checks): 6 and 12 A .9041 B .9085 (= off, 0 rows change); no bound A .9033 (fp "
    "+3: a results page whose 72 kept lines above its comment form are all short rows counted as no article, so the "
    "club list below the form stayed) B .9085: 6, the property's longest junk run. Dropped: counting only running prose above (A .9033, "
    "the same page), only lines that end a sentence (A .9033), passing over short lines BELOW the mark to find the "
    "next paragraph (A .9036 B .9081, fp +2 each: a comment form's fields 'Comment *' / 'Name *' / 'Website' then "
    "the site's self-description, a podcast's credits: the same shape as the property's 'Login' / 'World' / "
    "paragraph)")
CLEAN_EVENT_LINE_MIN_ABOVE = setting(
    "CLEAN_EVENT_LINE_MIN_ABOVE", 2,
    "A line that is only a date/time stamp with a clock time stays in the body (clean/tail.py event_line: the date of "
    "an event the story announces) when at least this many lines of running prose are kept above it, the line right "
    "above it and the article's next line are running prose, and it is the text's only stamp line; elsewhere it goes "
    "as a byline/update stamp (0: every stamp line goes).",
    "session 11 probe11c (p11c_event_line_*: 'Em 13/04/2021 às 20h30' and '03.04.2021 saat 20:00' between "
    "paragraphs went). plaintext_dev replay (/work/tools_s9/replay.py page,paragraphs; A chooses, B checks): "
    "off (before) A .9041 B .9088; 1 A .9041 (a telegraph byline '17 April 2012 • 2:54pm' under a prose teaser kept) "
    "B .9088; 2 A .9043 B .9088; 3 A .9043 B .9088: 2, the fewest that holds the cases (a lead paragraph and a "
    "sentence that announces the event)")

# session 11 (propfix): the article going on below a mark past one short menu line (clean/tail.py _same_story_below)
CLEAN_CLOSING_SAME_STORY_WORDS = setting(
    "CLEAN_CLOSING_SAME_STORY_WORDS", 3,
    "Below a site-machinery line (CLEAN_CLOSING_MAX_SHARE), short lines of letters (<= CLEAN_CLOSING_SAME_STORY_LINES "
    "of them, <= CLEAN_CLOSING_SAME_STORY_HEAD words each, no sentence end: menu links such as 'Kontakt') and then "
    "nothing but running "
    "prose to the end (the first line >= CLEAN_CLOSING_GOES_ON_WORDS words) is the article going on when every prose "
    "line shares at least this many words of five letters or more with the article above the mark; 0: off (such a "
    "short line hides the article's last paragraph, which went as 'closing': "
    "tests/test_clean_credits_and_junk.py junk insertion, 'Subscribe to our newsletter' / 'Kontakt' / paragraph).",
    "plaintext_dev replay (PYTHONPATH=<frozen da61694 + this>/src python /work/tools_s9/replay.py page,paragraphs; A "
    "chooses, B checks): off A .9046 B .9090; 1 A .9046 B .9088 (paragraphs fp +1: citylimits' self-description "
    "under a form's 'Δ', whose lines share 1-4 such words with the article: 'their', 'through'); 3 A .9046 B .9090 "
    "(outputs byte-identical: the one case it reaches on dev, an interviewee's bio under his name, goes by a later "
    "rule either way); 6 A .9046 B .9090: 3, the least that keeps the self-description out. Passing over up to 6 "
    "short lines with no subject test (BENCHMARKS 'Session 10 (tailfix)') gave B .9085 (paragraphs fp +2: that "
    "self-description, a Polish privacy notice under a form's three lines)")
CLEAN_CLOSING_SAME_STORY_HEAD = setting(
    "CLEAN_CLOSING_SAME_STORY_HEAD", 3,
    "... and that short line has at most this many words (a menu link or a form's label; a longer line there is a "
    "bio's or another story's heading).",
    "design: the junk-insertion property's menu words ('Kontakt', 'Impressum', 'Most Read'); on plaintext_dev the "
    "longer lines right below marks are other stories' headlines and the second line of a form (replay as above; a "
    "bio's heading 'Über Lars Sobiraj' is 3 words, and the other stories' headlines below the bio keep that run out)")
CLEAN_CLOSING_SAME_STORY_LINES = setting(
    "CLEAN_CLOSING_SAME_STORY_LINES", 6,
    "... past at most this many such short lines right below the mark (the menu it stands in: 'World' / "
    "'Datenschutz' under 'Subscribe to our newsletter' hid the last paragraph too; 1: the one line of 0524679).",
    "plaintext_dev replay (PYTHONPATH=<frozen HEAD + this>/src python /work/tools_s9/replay.py page,paragraphs; A "
    "chooses, B checks): 1 (0524679), 2 and 6 A .9046 B .9090, outputs byte-identical to a7b4107's; 6 = "
    "CLEAN_CLOSING_MENU_LINES, the junk-insertion property's longest run (random examples with two lines failed at "
    "1: /tmp/propfix/fuzz_a.py, 2 of 1,500)")
