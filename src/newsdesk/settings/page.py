"""Settings of plain-text cleaning's whole-page shapes (clean/shape.py, clean/page.py; issue 14).

Kept apart from `text` (which holds the other cleaning and dating settings) so that no module outgrows 500 lines.
"""

from newsdesk.settings.core import setting

CLEAN_PAGE_CREDIT_SLASH_CAPTION_WORDS = setting(
    "CLEAN_PAGE_CREDIT_SLASH_CAPTION_WORDS", 4,
    "In a whole page, a line closed by a credit after a spaced slash ('... gut getarnt / iStock.com') is a caption "
    "only behind a caption of at least this many words (a trail 'Apfelbananen / Feigenäpfel' is none; clean/shape.py "
    "caption_credit).",
    "plaintext_dev replay (/work/tools_s9/replay.py page,paragraphs on a frozen 14a97b7 + clean/shape.py's fix of "
    "the bracketed form; A chooses, B checks): 4 caption / 3 credit words (77ea629's values) A .9021 B .9080; 3 / 4 A "
    ".9023 (fp -1) B .9080; 6 / 2 A .9021 B .9080; kept at 4 / 3: the looser pair is one fp on A, and over the dev "
    "pages the branch already fires on headings and menu items parted by a spaced slash")
CLEAN_PAGE_CREDIT_SLASH_MAX_WORDS = setting(
    "CLEAN_PAGE_CREDIT_SLASH_MAX_WORDS", 3,
    "In a whole page, the credit after a spaced slash closing a caption has at most this many words (a line parted "
    "by a spaced slash between two longer parts is a title or a trail; clean/shape.py caption_credit).",
    "chosen with CLEAN_PAGE_CREDIT_SLASH_CAPTION_WORDS (see there): 3 words A .9021 B .9080, 4 words (with 3 "
    "caption words) A .9023 B .9080, 2 words (with 6) A .9021 B .9080")
CLEAN_PAGE_LATER_RUN_MIN_SHARED = setting(
    "CLEAN_PAGE_LATER_RUN_MIN_SHARED", 0.1,
    "In a whole page, a run of running text CLEAN_PAGE_LATER_RUN_GAP_LINES or more lines below the article's best "
    "run keeps the general bar CLEAN_PAGE_MIN_RUN_SHARE (not CLEAN_PAGE_MIN_LATER_RUN_SHARE) when at least this "
    "share of its distinct long words (CLEAN_PAGE_LATER_RUN_WORD_LETTERS letters) is in the best run: the "
    "article's last part below a gallery or an ad block talks of the same things, a bio or a teaser does not "
    "(clean/page.py article_spans; 1.01: off).",
    "plaintext_dev replay (/work/tools_s9/replay.py page,paragraphs on a frozen 4426be9 + clean/page.py's "
    "shared-words check; A chooses, B checks): off (1.01, 44e8bca's rule) A .9021 B .9080; .1 and .2 (5 letters) A "
    ".9018 (fp +1) B .9080; reverting 44e8bca instead costs A fp +3, B fp +2 (its message); .1 keeps an article's "
    "last part below a box of 11 short lines (11% shared; an author's bio below the article shares 4%: "
    "tests/test_clean_page_later_run.py)")
CLEAN_PAGE_LATER_RUN_WORD_LETTERS = setting(
    "CLEAN_PAGE_LATER_RUN_WORD_LETTERS", 5,
    "The fewest letters of a word counted by CLEAN_PAGE_LATER_RUN_MIN_SHARED (shorter ones are the function words "
    "that any two texts of one language share).",
    "chosen with CLEAN_PAGE_LATER_RUN_MIN_SHARED .1: 5 letters A .9018 B .9080, 6 letters A .9018 B .9080; at 5 "
    "the test's article part shares 11%, its bio 4% (4 letters: 13% / 7%, 7 letters: 7% / 0%)")
CLEAN_PAGE_SIDE_RUN_MIN_SHARED = setting(
    "CLEAN_PAGE_SIDE_RUN_MIN_SHARED", 0.4,
    "In a whole page, a run of running text that weighs less than CLEAN_PAGE_MIN_RUN_SHARE of the article's best "
    "run (but at least CLEAN_PAGE_MIN_RUN_WORDS) is still kept when at least this share of its distinct long words "
    "(CLEAN_PAGE_LATER_RUN_WORD_LETTERS letters) is in the best run: the article's intro above a table of contents "
    "or a comparison table, or the article itself when a longer comment thread is the best run; a teaser, a bio or "
    "the site's self-description talk of other things. Above the best run such a run needs only "
    "CLEAN_PAGE_LEAD_MIN_WORDS: the article's lead further above than CLEAN_PAGE_LEAD_LINES (clean/page.py "
    "article_spans; 1.01: off).",
    "plaintext_dev replay (/work/tools_s9/replay.py page on a frozen 920891c + clean/page.py's side-run check; A "
    "chooses, B checks; page style, paragraphs unchanged): off A .8920 (fp 117 fn 92) B .8953 (fp 109 fn 109); .25 A "
    ".8920 B .8943; .33 A .8934 B .8951; .4 A .8938 (fp 118 fn 88) B .8959 (fp 115 fn 103); .5 A .8937 B .8950: .4, "
    "the middle of A's plateau .33-.5. The lighter bar above the best run (at dd28054, same replay): A .9026 -> "
    ".9038 (page tp +4, fp 0: leads past a paywall box and a list of other stories), B .9083 unchanged; the same "
    "bar below the run too: A page .8957 (fp +2) B .8950 (fp +2: donation pleas, feedback prompts, licence notes "
    "on the article's subject), so below the run CLEAN_PAGE_MIN_RUN_WORDS holds")
CLEAN_PAGE_CREDIT_NAME_MAX_WORDS = setting(
    "CLEAN_PAGE_CREDIT_NAME_MAX_WORDS", 4,
    "A name on both sides of a spaced slash right after a caption's last sentence ('... helmikuussa. Hanna "
    "Matikainen / Lehtikuva') names the credit's maker when each side has at most this many capitalised words "
    "(clean/shape.py _slash_maker; a heading's halves are longer or not capitalised).",
    "plaintext_dev replay (/work/tools_s9/replay.py page,paragraphs with XSET, frozen a8cb71b; A chooses, B "
    "checks): 3, 4 and 5 words all A .9041 B .9085 (flat: dev credits name one or two words a side); kept at 4, "
    "the value 01a77b8 wrote as a plain number ('The Boston Globe')")
CLEAN_PAGE_CREDIT_LABEL_WORDS = setting(
    "CLEAN_PAGE_CREDIT_LABEL_WORDS", 3,
    "A credit after a label and a colon names its maker when a maker's word stands in the label's last this many "
    "words after the caption's last sentence ('Main image: ...', 'Titelbild: ...'; clean/shape.py _labelled_maker).",
    "plaintext_dev replay (as CLEAN_PAGE_CREDIT_NAME_MAX_WORDS): 2, 3 and 4 words all A .9041 B .9085 (flat); "
    "kept at 3, d6cf8c5's plain number ('Main image', 'Źródło zdjęcia' fit)")
