"""Country names, aliases and demonyms -> (English short name, ISO 3166 alpha-3).

pycountry supplies the ISO table, but its `name` is the formal ISO name ("Korea, Republic of", "Russian
Federation") and it has no demonyms; `lookup("Russia")` fails. The short-name overrides, aliases and the
demonym table below are hand-written general knowledge (ISO short names as used in English news), not
taken from any data set. `country()` is the only entry point.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

from newsdesk.clean.text import visible

# English short names where pycountry's `common_name`/`name` is the formal ISO form.
SHORT_NAME = {
    "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea", "IRN": "Iran", "SYR": "Syria", "LAO": "Laos",
    "VNM": "Vietnam", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "TWN": "Taiwan",
    "PSE": "Palestine", "COD": "DR Congo", "COG": "Congo", "FSM": "Micronesia", "VAT": "Vatican City",
    "CIV": "Ivory Coast", "CZE": "Czech Republic", "TUR": "Turkey", "BRN": "Brunei", "CPV": "Cape Verde",
    "SWZ": "Eswatini", "MKD": "North Macedonia", "FLK": "Falkland Islands",
}

# Other names and abbreviations used in news text (lower-case keys).
ALIASES = {
    "us": "USA", "u.s": "USA", "u.s.": "USA", "usa": "USA", "u.s.a.": "USA", "america": "USA",
    "united states of america": "USA", "the united states": "USA", "washington": None,
    "uk": "GBR", "u.k.": "GBR", "u.k": "GBR", "britain": "GBR", "great britain": "GBR", "england": "GBR",
    "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
    "russia": "RUS", "south korea": "KOR", "korea": "KOR", "republic of korea": "KOR", "north korea": "PRK",
    "dprk": "PRK", "iran": "IRN", "syria": "SYR", "laos": "LAO", "vietnam": "VNM", "bolivia": "BOL",
    "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA", "taiwan": "TWN", "palestine": "PSE",
    "palestinian territories": "PSE", "gaza": "PSE", "west bank": "PSE",
    "dr congo": "COD", "drc": "COD", "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD", "congo-kinshasa": "COD", "congo-brazzaville": "COG",
    "republic of congo": "COG", "republic of the congo": "COG", "congo": "COG",
    "ivory coast": "CIV", "cote d'ivoire": "CIV", "czechia": "CZE", "czech republic": "CZE",
    "turkey": "TUR", "turkiye": "TUR", "brunei": "BRN", "cape verde": "CPV", "swaziland": "SWZ",
    "macedonia": "MKD", "north macedonia": "MKD", "burma": "MMR", "myanmar": "MMR", "holland": "NLD",
    "the netherlands": "NLD", "vatican": "VAT", "vatican city": "VAT", "holy see": "VAT",
    "uae": "ARE", "u.a.e.": "ARE", "emirates": "ARE", "east timor": "TLS", "timor-leste": "TLS",
    "micronesia": "FSM", "falklands": "FLK", "the gambia": "GMB", "the philippines": "PHL",
    "the bahamas": "BHS", "kosovo": "XKX", "bosnia": "BIH", "herzegovina": "BIH", "the uk": "GBR",
    "the us": "USA", "the u.s.": "USA", "prc": "CHN", "mainland china": "CHN", "saudi": "SAU",
    "st lucia": "LCA", "st. lucia": "LCA", "st kitts and nevis": "KNA", "st vincent and the grenadines": "VCT",
    "sao tome and principe": "STP", "persia": "IRN", "ussr": None, "soviet union": None,
}

# Demonyms / adjectives (lower-case) -> alpha-3. Plural person nouns ("Germans") are handled by stripping "s".
DEMONYMS = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA", "andorran": "AND",
    "angolan": "AGO", "argentine": "ARG", "argentinian": "ARG", "armenian": "ARM", "australian": "AUS",
    "austrian": "AUT", "azerbaijani": "AZE", "azeri": "AZE", "bahamian": "BHS", "bahraini": "BHR",
    "bangladeshi": "BGD", "barbadian": "BRB", "belarusian": "BLR", "belarussian": "BLR", "belgian": "BEL",
    "belizean": "BLZ", "beninese": "BEN", "bhutanese": "BTN", "bolivian": "BOL", "bosnian": "BIH",
    "botswanan": "BWA", "brazilian": "BRA", "british": "GBR", "briton": "GBR", "bruneian": "BRN",
    "bulgarian": "BGR", "burkinabe": "BFA", "burmese": "MMR", "burundian": "BDI", "cambodian": "KHM",
    "cameroonian": "CMR", "canadian": "CAN", "cape verdean": "CPV", "central african": "CAF", "chadian": "TCD",
    "chilean": "CHL", "chinese": "CHN", "colombian": "COL", "comoran": "COM", "congolese": "COD",
    "costa rican": "CRI", "croatian": "HRV", "croat": "HRV", "cuban": "CUB", "cypriot": "CYP", "czech": "CZE",
    "danish": "DNK", "dane": "DNK", "djiboutian": "DJI", "dominican": "DOM", "dutch": "NLD", "ecuadorian": "ECU",
    "egyptian": "EGY", "salvadoran": "SLV", "english": "GBR", "equatorial guinean": "GNQ", "eritrean": "ERI",
    "estonian": "EST", "ethiopian": "ETH", "emirati": "ARE", "fijian": "FJI", "filipino": "PHL",
    "philippine": "PHL", "finnish": "FIN", "finn": "FIN", "french": "FRA", "gabonese": "GAB", "gambian": "GMB",
    "georgian": "GEO", "german": "DEU", "ghanaian": "GHA", "greek": "GRC", "grenadian": "GRD",
    "guatemalan": "GTM", "guinean": "GIN", "guyanese": "GUY", "haitian": "HTI", "honduran": "HND",
    "hungarian": "HUN", "icelandic": "ISL", "icelander": "ISL", "indian": "IND", "indonesian": "IDN",
    "iranian": "IRN", "persian": "IRN", "iraqi": "IRQ", "irish": "IRL", "israeli": "ISR", "italian": "ITA",
    "ivorian": "CIV", "jamaican": "JAM", "japanese": "JPN", "jordanian": "JOR", "kazakh": "KAZ",
    "kazakhstani": "KAZ", "kenyan": "KEN", "kiribati": "KIR", "korean": "KOR", "south korean": "KOR",
    "north korean": "PRK", "kosovar": "XKX", "kuwaiti": "KWT", "kyrgyz": "KGZ", "lao": "LAO", "laotian": "LAO",
    "latvian": "LVA", "lebanese": "LBN", "liberian": "LBR", "libyan": "LBY", "liechtensteiner": "LIE",
    "lithuanian": "LTU", "luxembourgish": "LUX", "luxembourger": "LUX", "macedonian": "MKD", "malagasy": "MDG",
    "malawian": "MWI", "malaysian": "MYS", "maldivian": "MDV", "malian": "MLI", "maltese": "MLT",
    "marshallese": "MHL", "mauritanian": "MRT", "mauritian": "MUS", "mexican": "MEX", "micronesian": "FSM",
    "moldovan": "MDA", "monegasque": "MCO", "mongolian": "MNG", "montenegrin": "MNE", "moroccan": "MAR",
    "mozambican": "MOZ", "namibian": "NAM", "nauruan": "NRU", "nepali": "NPL", "nepalese": "NPL",
    "new zealand": "NZL", "kiwi": "NZL", "nicaraguan": "NIC", "nigerien": "NER", "nigerian": "NGA",
    "norwegian": "NOR", "omani": "OMN", "pakistani": "PAK", "palauan": "PLW", "palestinian": "PSE",
    "panamanian": "PAN", "papua new guinean": "PNG", "paraguayan": "PRY", "peruvian": "PER", "polish": "POL",
    "pole": "POL", "portuguese": "PRT", "qatari": "QAT", "romanian": "ROU", "russian": "RUS", "rwandan": "RWA",
    "samoan": "WSM", "saudi": "SAU", "saudi arabian": "SAU", "scottish": "GBR", "senegalese": "SEN",
    "serbian": "SRB", "serb": "SRB", "seychellois": "SYC", "sierra leonean": "SLE", "singaporean": "SGP",
    "slovak": "SVK", "slovakian": "SVK", "slovenian": "SVN", "slovene": "SVN", "somali": "SOM",
    "south african": "ZAF", "south sudanese": "SSD", "spanish": "ESP", "spaniard": "ESP", "sri lankan": "LKA",
    "sudanese": "SDN", "surinamese": "SUR", "swazi": "SWZ", "swedish": "SWE", "swede": "SWE", "swiss": "CHE",
    "syrian": "SYR", "taiwanese": "TWN", "tajik": "TJK", "tajikistani": "TJK", "tanzanian": "TZA", "thai": "THA",
    "timorese": "TLS", "togolese": "TGO", "tongan": "TON", "trinidadian": "TTO", "tunisian": "TUN",
    "turkish": "TUR", "turk": "TUR", "turkmen": "TKM", "tuvaluan": "TUV", "ugandan": "UGA", "ukrainian": "UKR",
    "uruguayan": "URY", "uzbek": "UZB", "uzbekistani": "UZB", "vanuatuan": "VUT", "venezuelan": "VEN",
    "vietnamese": "VNM", "welsh": "GBR", "yemeni": "YEM", "zambian": "ZMB", "zimbabwean": "ZWE",
    "sino": "CHN", "soviet": None, "kurdish": None, "arab": None, "european": None, "african": None,
}

_ABBREV = {"us", "uk", "usa", "uae", "drc", "prc", "dprk"}
_SPACE = re.compile(r"\s+")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", visible(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("`", "'")
    return _SPACE.sub(" ", s).strip().lower()


def short_name(alpha3: str) -> str | None:
    if alpha3 == "XKX":
        return "Kosovo"
    if alpha3 in SHORT_NAME:
        return SHORT_NAME[alpha3]
    c = pycountry.countries.get(alpha_3=alpha3)
    if c is None:
        return None
    return getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=1)
def _table() -> dict[str, str | None]:
    """Lower-cased name/alias/demonym -> alpha-3 (None = known non-country, e.g. "Soviet")."""
    t: dict[str, str | None] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                t[_fold(v)] = c.alpha_3
    for a3, name in SHORT_NAME.items():
        t[_fold(name)] = a3
    t.update(ALIASES)
    t.update(DEMONYMS)
    t["kosovo"] = "XKX"
    return t


def lookup_code(text: str) -> str | None:
    """alpha-3 for a country name, alias or demonym (plural and possessive forms too), else None."""
    if not text:
        return None
    s = _fold(text)
    s = re.sub(r"(?:'s|')$", "", s).strip(" .,;:-")
    s = re.sub(r"^the ", "", s)
    if not s or len(s) > 60:
        return None
    raw = text.strip()
    if len(raw) == 3 and raw.isalpha() and raw.isupper() and pycountry.countries.get(alpha_3=raw):
        return raw
    if s.replace(".", "") in _ABBREV and not any(ch.isupper() for ch in raw):
        return None  # "us" the pronoun is not the United States
    t = _table()
    for cand in (s, s + "." if s.endswith(("u.s", "u.k")) else s, "the " + s):
        if cand in t:
            return t[cand]
    # plural demonyms / person nouns: "Germans", "Iraqis", "Filipinos"
    if s.endswith("s") and s[:-1] in DEMONYMS:
        return DEMONYMS[s[:-1]]
    if s.endswith("es") and s[:-2] in DEMONYMS:
        return DEMONYMS[s[:-2]]
    return None
