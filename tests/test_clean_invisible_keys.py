"""Soft hyphens (U+00AD) and zero-width characters stay in the article text as written, but never reach entity keys
(`entities.normalise.fold`, country lookup) or event-feature tokens (`events.features`): "Mer\u00adkel" is "Merkel"."""

from test_clean_page import P1

from newsdesk.clean import clean_text
from newsdesk.entities.countries import lookup_code
from newsdesk.entities.normalise import fold, org_key, person_key
from newsdesk.events.features import content_words, entity_key

SOFT = "Mer\u00adkel"


def test_clean_soft_hyphen_stays_in_text_but_not_in_keys_or_tokens():
    assert SOFT in clean_text(f"{P1}\n\nAngela {SOFT} sagte am Mittwoch, das Gesetz komme zur rechten Zeit.").text
    assert entity_key(f"Angela {SOFT}", "PERSON") == entity_key("Angela Merkel", "PERSON") == "PER:angela merkel"
    assert content_words(f"Angela {SOFT} met Olaf Scholz") == content_words("Angela Merkel met Olaf Scholz")
    assert person_key(f"Chancellor Angela {SOFT}") == ("angela", "merkel")
    assert org_key("Sie\u00admens\u200b AG") == org_key("Siemens AG") == "siemens ag"
    assert fold("Ze\u200blen\u200dsky\u2060") == "zelensky"
    assert lookup_code("Ger\u00admany") == "DEU"
