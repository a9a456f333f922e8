"""Month names as policy texts write them: Dutch in full ("24 januari 2023"), their abbreviations
("1 sept. 2020", "mrt 2019"), and the English names that differ from the Dutch ("may", "october").
"""
import re

DUTCH = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december")
ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
ABBREVIATIONS = {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                 "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12}

# a Dutch month name or abbreviation -> its number (1-12)
NUMBER = {name: i for i, name in enumerate(DUTCH, 1)} | ABBREVIATIONS

# any month word (Dutch, abbreviated, English), for a regular expression: "(?:%s)" % PATTERN
PATTERN = "|".join([*DUTCH, *ABBREVIATIONS, *(e for e in ENGLISH if e not in DUTCH)])

# the days of a month as ordinal words, as a royal decree dates its publication ("Uitgegeven de
# dertiende november 2014"); the spelling without the diaeresis too ("tweeentwintigste")
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
DAY_WORDS = {w: i for i, w in enumerate(
    ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
     "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
     "negentiende", "twintigste"), 1)}
for _i, _unit in enumerate(_UNITS, 21):
    DAY_WORDS[_unit + ("ën" if _unit.endswith("e") else "en") + "twintigste"] = _i
    DAY_WORDS[_unit + "entwintigste"] = _i
DAY_WORDS["dertigste"] = 30
DAY_WORDS["eenendertigste"] = 31
# any day word, for a regular expression: "(?:%s)" % DAY_PATTERN (longest first, so that no word
# stops at the start of a longer one)
DAY_PATTERN = "|".join(sorted(DAY_WORDS, key=len, reverse=True))


_ENGLISH_WORD = re.compile(r"\b(%s)\b" % "|".join(e for e in ENGLISH if e not in DUTCH), re.IGNORECASE)


def in_dutch(text: str) -> str:
    """A date as a Dutch text writes it: English month names in Dutch ("29 June 2015" -> "29 juni
    2015"), so that a date an English question gives matches the text's."""
    return _ENGLISH_WORD.sub(lambda m: DUTCH[ENGLISH.index(m.group(1).lower())], text)
