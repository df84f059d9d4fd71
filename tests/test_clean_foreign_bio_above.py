"""A writer's bio in another language above the story is no article prose: foreign_tail does not read the story as
a closing run of other stories under it (the body went whole: test_clean_body_kept's property, found by a stored
Hypothesis example: two German bios, two ad lines, then the English story)."""

from newsdesk.clean import clean_text

BIO = ("Jonas Berg leitet das Ressort Politik beim Hillside Kurier. Er studierte Geschichte in Bonn und war viele Jahre "
       "Korrespondent in Warschau.")
STORY = ("HILLSIDE, 3 April - Voters in the county will choose a new council on 8 May, the first election since the "
         "boundaries were redrawn last year and two wards were merged into one.")


def test_clean_foreign_bio_above_is_no_body_language():
    for lines in ([BIO, BIO, "ADVERTISEMENT", "ADVERTISEMENT", STORY], [BIO, "ADVERTISEMENT", "ADVERTISEMENT", STORY]):
        res = clean_text("\n\n".join(lines) + "\n")
        assert res.text == STORY, [(r.text[:30], r.reason) for r in res.removed]
        assert {r.reason for r in res.removed if r.text == BIO} == {"bio"}
