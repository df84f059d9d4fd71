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
