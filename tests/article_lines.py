"""Shared lines of the plain-text cleaning tests (tests/test_clean_closing.py, tests/test_clean_inline.py): the
opening paragraphs of a council report, and lines joined into a text of paragraphs as `clean_text` reads it."""

COUNCIL = (
    "SPRINGFIELD, June 4 - The city council voted on Tuesday to rebuild the Elm Street bridge, closed since a "
    "flood damaged its piers in March, after months of argument over who should pay for the work.",
    "The plan splits the cost of about 12 million dollars between the city and the state, which agreed last week to "
    "cover the larger share from its emergency repair fund for roads and bridges damaged by the spring floods.",
    "Residents of the east side have driven a detour of nearly ten kilometres since the closure, and shop owners "
    "near the bridge told the council that their takings had fallen by a third over the spring and early summer.",
)


def paragraphs(*parts: list[str]) -> str:
    """The lines of `parts`, in order, one paragraph each (a blank line between)."""
    return "\n\n".join(line for part in parts for line in part)
