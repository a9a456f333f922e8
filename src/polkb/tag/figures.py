"""Tag stage: figures — amounts, percentages, counts, ratios and durations with what they are about.

A policy officer asks "how much money", "how many students", "what share of girls"; the answer is a
number in a sentence, written the Dutch way ("€ 1,5 mln", "2.200.000 euro", "net geen 16%",
"één miljoen", "1 op 4"). Numbers that are not figures — years, dates, article and dossier
numbers, phone numbers, list numbering — are far more frequent in policy texts than real figures,
so a number only becomes a Figure when a unit (currency, percent, "keer", a duration, study credits,
a score) or a counted noun stands next to it, or it is a cell of a table row ("Totaal 12 17 40"),
and the known non-figure shapes are matched first and skipped.

Runs on every passage at ingest, so every regex is compiled once at import and the expensive work
(sentence finding, the `about` label) is only done for numbers that survive.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import register
from ..lexicon import function_words
from ..text import months
from ..model import Document, Figure, Passage
from ..text import lazyre

# -- number words ----------------------------------------------------------------------------

_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
          "acht": 8, "negen": 9}
_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
          "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
         "zeventig": 70, "tachtig": 80, "negentig": 90}
_SCALES = {"mln": 1e6, "miljoen": 1e6, "million": 1e6, "mio": 1e6, "miljard": 1e9, "mld": 1e9,
           "mrd": 1e9, "billion": 1e9, "duizend": 1e3, "thousand": 1e3}

_HALVES = {"half": 0.5, "een half": 0.5, "één half": 0.5, "anderhalf": 1.5}

_U = "|".join(sorted(_UNITS, key=len, reverse=True))
_T = "|".join(_TENS)
_TE = "|".join(_TEENS)
# "vijfentwintig", "driehonderd", "tweeduizend", "twintig", "zeven"; 'een' alone is an article and
# only counts before a scale word (handled in the pattern below).
# a collective numeral says about how many: "een zestal deskundigen", "ten minste een tweetal voorbeeld-charters",
# "een tiental projecten" (never "tweetalig": the word ends at "tal")
_COLLECTIVE = rf"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|{_TE}|{_T})tal"
_COLLECTIVE_WORD = lazyre.compile(_COLLECTIVE)
_WORD_NUM = (rf"(?:{_COLLECTIVE}|(?:{_U}|{_TE})?honderd|(?:{_U}|{_TE})?duizend|(?:{_U})(?:en|ën)(?:{_T})|{_T}|{_TE}"
             rf"|twee|drie|vier|vijf|zes|zeven|acht|negen)")


def parse_word_number(word: str) -> float | None:
    """Value of a Dutch number word ("vijfentwintig" -> 25), None when it is not one."""
    w = " ".join(word.lower().split())
    if _COLLECTIVE_WORD.fullmatch(w):
        w = w[:-3]  # "zestal": about six
    if w in _HALVES:  # "een half miljoen", "anderhalf miljard": only before a scale word
        return _HALVES[w]
    if w in _UNITS:
        return float(_UNITS[w])
    if w in _TEENS:
        return float(_TEENS[w])
    if w in _TENS:
        return float(_TENS[w])
    for scale_word, scale in (("honderd", 100), ("duizend", 1000)):
        if w.endswith(scale_word):
            head = w[: -len(scale_word)]
            if not head:
                return float(scale)
            v = parse_word_number(head)
            return None if v is None else v * scale
    m = re.fullmatch(rf"({_U})(?:en|ën)({_T})", w)
    if m:
        return float(_UNITS[m.group(1)] + _TENS[m.group(2)])
    return None


def parse_number(text: str, lang: str = "nl") -> float | None:
    """Parse a number as written in a Dutch (or English) policy text; None when it is ambiguous.

    Dutch: comma decimal, dot (or space) thousands: "2.200.000" = 2200000, "34,23" = 34.23,
    "1.234,5" = 1234.5. English passages use the opposite convention ("32,700"). A lone dot
    followed by anything but three digits ("7.3") is an article or section number in Dutch, so it
    is refused rather than guessed.
    """
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not s:
        return None
    if not s[0].isdigit():
        return parse_word_number(s)
    s = s.replace(" ", "")
    if lang == "en":
        thousands, decimal = ",", "."
    else:
        thousands, decimal = ".", ","
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    if decimal in s:
        whole, _, frac = s.rpartition(decimal)
        if thousands in frac or decimal in whole:
            return None
    else:
        whole, frac = s, ""
    if thousands in whole:
        groups = whole.split(thousands)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        whole = "".join(groups)
    try:
        return float(f"{whole}.{frac}" if frac else whole)
    except ValueError:  # pragma: no cover - the fullmatch above guards this
        return None


# -- the master pattern ----------------------------------------------------------------------

_MONTHS = months.PATTERN
_DIGITS = r"\d{1,3}(?:[ \u00a0]\d{3})+(?=\s?(?:euro|EUR|€|%|procent))|\d+(?:[.,]\d+)*"
_SCALE = r"mln\.?|miljoen|miljard|mld\.?|mrd\.?|million|billion|duizend|thousand|mio\.?"
# (the guilder of Dutch texts before 2002: "f 3010", "ƒ 1.250", "fl. 500", "hfl 25"; a lone "f" only before a
# space and a digit, and not as a part's letter: "onderdeel f 3" is no sum)
_CUR = r"€|EUR\b|USD\b|\$|£|GBP\b|ƒ|(?<![\w.])(?<!onderdeel\ )(?<!onder\ )(?<!letter\ )(?<!sub\ )(?<!lid\ )(?-i:f)(?=\s\d)|\bfl\.|\bhfl\b\.?|NLG\b"
# a currency sign after a number is its unit only when no number follows the sign: in "bedraagt voor het jaar 2015
# € 11.200.000" the sign opens the sum, and the year before it is no money
_POST = (r"%|procentpunten|procentpunt|procent\b|percent\b|per\s?cent\b|euro's|euro\b|EUR\b(?!\s?\d)|€(?!\s?\d)|"
         r"USD\b|dollars?\b|pond\b|gulden\b|keer\b|maal\b|times\b|"
         r"ECTS\b|ETCS\b|(?-i:EC)\b|studiepunten\b|studiepunt\b")

_BODY = (
    rf"""
    (?:
    (?P<skip>
        \d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}                       # 15-12-2023, 1.1.2024
      | \d{{1,2}}(?:e|de|ste)?\s+(?:{_MONTHS})\b(?:\s+\d{{4}})?     # 24 oktober 2019
      | (?:{_MONTHS})\s+\d{{4}}                                     # maart 2022
      | \+\d{{2}}[\d\s()-]{{8,}}\d                                  # +31 70 ...
      | \b0\d{{1,3}}[-\s]?\d{{6,8}}\b                               # 070-1234567
      | \b\d{{2,3}}[ \u00a0]\d{{3}}\b(?!\s?(?:euro|EUR|€|%|procent))  # dossier 31 288
      | \b(?:19|20)\d{{2}}\s?[-–/]\s?(?:19|20)?\d{{2}}\b            # 2019-2024, 2011-2012
      | \d+(?:e|de|ste|ste|°)(?![\w])                               # 3e graad, 1°
      | (?!\d{{1,3}}(?:\.\d{{3}})+(?![\d.]))\d+(?:\.\d+){{2,}}          # 7.2.3, version numbers
    )
  | (?P<frac>
        \b(?P<fa>\d+|een|één)\s+(?-i:op)\s+(?:de\s+)?(?P<fb>\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b
      | \b(?P<fn>\d)/(?P<fd>\d{{1,2}})(?:de|ste|e)?\b(?!/)
      | \b(?P<fw>een|één|twee|drie)\s+(?P<fp>derde|kwart|vierde|vijfde)\b
      | \b(?P<half>de\s+helft|half)\b(?=\s+van)
    )
  | (?P<num>
        (?:(?P<cur>{_CUR})\s?)?
        (?<![\w.,/§:-])
        (?P<n>{_DIGITS}|(?:een|één)(?=\s+(?:{_SCALE}))|(?:(?:een|één)\s+)?half(?=\s+(?:miljoen|miljard)\b)
           |anderhalf(?=\s+(?:miljoen|miljard)\b)|{_WORD_NUM})
        (?![\w]|[.,]\d|:\d)
        (?:\s?(?P<scale>{_SCALE})(?![\w]))?
        (?:\s?(?P<post>{_POST}))?
    )
    )
    """
)
# Two gates in front of the same body: most positions fail one cheap lookahead instead of trying
# every branch. Digits and currency signs always; number words only in passages that have one.
_PATTERN = lazyre.compile(r"(?=[\d€$£+ƒ]|(?-i:EUR|USD|GBP|NLG|f\s\d|fl\.|hfl))" + _BODY, re.VERBOSE | re.IGNORECASE)
_WORD_PATTERN = lazyre.compile(r"(?<![\w])(?=[^\W\d_])" + _BODY, re.VERBOSE | re.IGNORECASE)
_TRIGGER_WORDS = frozenset(
    [w for w in list(_UNITS) + list(_TEENS) + list(_TENS) if w not in ("een", "één")]
    + ["honderd", "duizend", "miljoen", "miljard", "derde", "kwart", "vierde", "vijfde", "helft", "half", "anderhalf"]
)
_TRIGGER_TAIL = lazyre.compile(rf"(?:{_T}|honderd|duizend)$")


_WORD_SPAN = lazyre.compile(r"[^\W\d_]+")


_TAKE_INTO_ACCOUNT = lazyre.compile(r"\s+(?:te\b|ten\b|genomen|nemen|neemt|nam\b|namen\b|name\b)", re.IGNORECASE)


_HEED = frozenset("sla slaat slaan sloeg sloegen geslagen".split())  # "acht slaan op": to heed


def _word_matches(text: str, ones: list | None = None) -> list:
    """Word-pattern matches, tried only where a number word stands (and at the article before it:
    "één miljoen", "een derde", "de helft"), instead of at every word of the passage.

    The same walk over the words collects into `ones` the spans of "een"/"één" right before a
    duration word ("een jaar", "één week"): there the article is the number one; and those of "een
    half" (0.5) and "anderhalf" (1.5) before one ("een half jaar extra bekostiging")."""
    out = []
    prev = before_prev = None
    for w in _WORD_SPAN.finditer(text):
        lw = w.group().lower()
        if ones is not None and lw in _ONE_UNITS and prev is not None and text[prev.end():w.start()].isspace():
            half = prev.group().lower()
            if half == "anderhalf":
                ones.append((prev.start(), prev.end(), 1.5))
            elif half == "half" and before_prev is not None and before_prev.group().lower() in ("een", "één") \
                    and text[before_prev.end():prev.start()].isspace():
                ones.append((before_prev.start(), prev.end(), 0.5))
        if ones is not None and lw in _ONE_UNITS and prev is not None and \
                prev.group().lower() in ("een", "één") and text[prev.end():w.start()].isspace() and \
                not text.startswith("-", w.end()) and (
                    prev.start() == 0 or not (text[prev.start() - 1].isalnum() or text[prev.start() - 1] == "-")):
            ones.append((prev.start(), prev.end(), 1.0))
        if lw == "acht" and prev is not None and (prev.group().lower() == "in" and _TAKE_INTO_ACCOUNT.match(
                text, w.end()) or prev.group().lower() in _HEED):
            prev, before_prev = w, prev
            continue  # "in acht nemen", "in acht ten aanzien van", "De Raad slaat acht op": to heed, not eight
        if lw in _TRIGGER_WORDS or (len(lw) > 6 and _TRIGGER_TAIL.search(lw)) or lw.endswith("tal") and _COLLECTIVE_WORD.fullmatch(lw):
            for start in ((prev.start(),) if prev is not None and prev.group().lower() in
                          ("een", "één", "de") else ()) + (w.start(),):
                m = _WORD_PATTERN.match(text, start)
                if m:
                    out.append(m)
                    break
        prev, before_prev = w, prev
    return out


def _matches(text: str, ones: list | None = None):
    """Matches of the digit pattern and, when needed, the word pattern, in text order."""
    found = list(_PATTERN.finditer(text))
    words = _word_matches(text, ones)
    if words:
        found.extend(words)
        found.sort(key=lambda m: m.start())
        kept, end = [], -1
        for m in found:
            if m.start() >= end:
                kept.append(m)
                end = m.end()
        return kept
    return found
_FRACTIONS = {"derde": 3, "kwart": 4, "vierde": 4, "vijfde": 5}

# "één jaar", "een week": the article is the number only before a duration ("een jaar" is a
# period of one year); everywhere else "een" is just an article.
_ONE_UNITS = frozenset("jaar maand week dag semester uur".split())
# A scale: "op een 10-puntschaal", "een vijfpuntsschaal" is not written with digits here.
_SCALE_AFTER = lazyre.compile(r"-?\s?punts?schaal\b", re.IGNORECASE)
# A grade: "minimaal een 6 scoren", "gemiddeld een 7,5": a bare number up to 10 after the article
# "een" in a sentence about marks or scores.
_GRADE_BEFORE = lazyre.compile(r"(?:^|[\s(])een\s+$", re.IGNORECASE)
_GRADE_CUE = lazyre.compile(r"scoor|scoren|gescoord|cijfer|beoordeeld|beoordeling|puntschaal|voldoende|"
                            r"becijferd|gewaardeerd|waardering|tentamen|examen|rapportcijfer|score", re.IGNORECASE)
# A table row as readers give it: a short label and two or more whole numbers, separated by spaces
# (PDF) or pipes (Markdown/HTML tables): "Seksuele gerichtheid 10 14 34", "Totaal | 12 | 17 | 40".
_CELL = r"\d{1,3}(?:\.\d{3})+|\d+"
_CELL_SEP = r"[ \t]*\|[ \t]*|[ \t]+"
_TABLE_ROW = lazyre.compile(
    rf"(?m)^[ \t|]*(?P<label>[^\W\d_](?:[^\n]{{0,80}}?(?:[^\W\d_]|\)))?)(?P<cells>(?:(?:{_CELL_SEP})(?:{_CELL})){{2,}})"
    rf"[ \t]*\|?[ \t]*$")
_CELL_RE = lazyre.compile(_CELL)
_TWO_NUMBERS = lazyre.compile(r"\d[ \t|]+\d")
_ROW_NOT_COUNTS = lazyre.compile(r"(?:aanhangsel|vergaderjaar|stb|stcrt|nr|nummer|postbus|tel|telefoon|fax|"
                                 r"pagina|blz|datum|kenmerk|referentie)\.?$", re.IGNORECASE)


def _is_grade(text: str, t: "_Tok") -> bool:
    """ "minimaal een 6 gescoord": a mark, not a count (no counted noun follows)."""
    if not _GRADE_BEFORE.search(text, max(0, t.start - 6), t.start):
        return False
    if not _GRADE_CUE.search(text, max(0, t.start - 150), t.end + 80):
        return False
    return not _count_noun(text, t)[0]


def _table_cells(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, value, row label) for the count cells of table rows in `text`."""
    out: list[tuple[int, int, float, str]] = []
    if not _TWO_NUMBERS.search(text):
        return out
    rows = []
    for m in _TABLE_ROW.finditer(text):
        label = " ".join(m.group("label").replace("|", " ").split())
        if len(label.split()) > 12 or _REF_BEFORE.search(label) or _ROW_NOT_COUNTS.search(label):
            continue
        at = m.start("cells")
        cells = [(c.start() + at, c.end() + at) for c in _CELL_RE.finditer(m.group("cells"))]
        values = [parse_number(text[a:b]) for a, b in cells]
        if any(v is None for v in values):
            continue
        if all(1900 <= v <= 2099 for v in values):
            continue  # a header row of years
        piped = "|" in m.group(0)
        if len(cells) == 2 and not piped and re.fullmatch(r"\s+\d{2,3}\s\d{3}", m.group("cells")):
            continue  # a dossier number "36 410"
        rows.append((m.start(), m.end(), piped, label, cells, values))
    for i, (s, e, piped, label, cells, values) in enumerate(rows):
        # Without pipes, two numbers after a title may be a contents entry ("Titel 10 2" for page
        # 102): such a row needs three numbers, or a neighbouring row with as many.
        if not piped and len(cells) < 3 and not any(
                0 <= j < len(rows) and len(rows[j][4]) == len(cells)
                and not text[min(e, rows[j][1]):max(s, rows[j][0])].strip()
                for j in (i - 1, i + 1)):
            continue
        out.extend((a, b, v, label) for (a, b), v in zip(cells, values))
    return out

# A range: "2,6 tot 3,3 keer", "€ 465 – € 613", "tussen 10 en 20 procent".
_RANGE_GAP = lazyre.compile(r"\s*(?:–|—|-|tot(?:\s+en\s+met)?|à|a|to)\s*$|\s+en\s+$", re.IGNORECASE)
_TUSSEN = lazyre.compile(r"\b(?:tussen|between)\s+(?:de\s+)?$", re.IGNORECASE)
# bounds: "tenminste 6 en ten hoogste 24 maanden", "minimaal 2 en maximaal 4 jaar" are a range whose lower number
# takes the unit written after the upper one (alone, "6" would be no figure)
_LOWER_BOUND = lazyre.compile(r"\b(?:ten\s?minste|minimaal|minstens|minimum|at\s+least)\s+$", re.IGNORECASE)
_UPPER_BOUND_GAP = lazyre.compile(r"\s+(?:en|tot|and)\s+(?:ten\s+hoogste|maximaal|hoogstens|maximum|at\s+most)\s+",
                                  re.IGNORECASE)

_QUALIFIERS = ("net geen", "net niet", "minstens", "ten minste", "tenminste", "maximaal", "maximum",
               "ten hoogste", "hoogstens", "hooguit", "niet meer dan", "ongeveer", "circa", "ca.",
               "zo'n", "zo’n", "rond de", "rond", "bijna", "nagenoeg", "ruim", "meer dan",
               "minder dan", "tot wel", "tot", "minimaal", "gemiddeld", "slechts", "amper",
               "bijna", "more than", "less than", "at least", "up to", "about", "around",
               "approximately", "nearly", "almost")
_QUAL_RE = lazyre.compile(
    r"(?:^|[\s(])(" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
# Words right before a number that make it a reference, not a quantity.
_REF_BEFORE = lazyre.compile(
    r"(?:\b(?:artikel(?:en)?|art|lid|leden|nr|nrs|nummer|no|hoofdstuk|paragraaf|par|bijlage|pagina|"
    r"p|pp|blz|onderdeel|punt|vraag|vragen|antwoord|stb|stcrt|kamerstuk(?:ken)?|tel|telefoon|fax|"
    r"versie|fase|week|categorie|niveau|graad|ronde|dossier|zaak|bus|postbus|kamer|lokaal|"
    r"richtlijn|verordening|figuur|tabel|grafiek|noot|voetnoot|stap|annex|section|article|page|"
    r"fig|kst|ah|ah-tk|tk|cao|sdg|ka|horizon|covid|level|niveau)\.?\s*|§\s*)$",
    re.IGNORECASE,
)
_YEAR_PREP = lazyre.compile(r"\b(?:in|sinds|vanaf|tot|voor|na|van|per|uit|sedert|jaar|begrotingsjaar|"
                            r"academiejaar|schooljaar|studiejaar|eind|begin|medio|midden|najaar|voorjaar|"
                            r"zomer|winter|anno|since|from|until|by|of|en|and|t/m|tot en met)\s*$",
                            re.IGNORECASE)
# the words after a number; a noun may open with an abbreviation ("12.000 WIA-beoordelingen", "12
# PhD-studenten") or be the plural of one ("6200 UDs en UHDs", "14 NGO's"), and an adjective of a
# country or region stands capitalised before it ("zeventig Canadese studenten", "12 Vlaamse hogescholen")
_NEXT_WORD = (r"((?:[a-zà-ÿ]|[A-Z][A-Za-z]*[A-Z]-[a-zà-ÿ])[\w'’-]*[\w'’]|[A-Z][a-zà-ÿ]+(?:se|sche)"
              r"|[A-Z][A-Za-z]*[A-Z]['’]?s(?![\w'’]))")
# (an adjective in brackets stands aside: "circa 350 (internationale) studenten")
_NEXT_WORDS = lazyre.compile(rf"\s+(?:\([a-zà-ÿ-]{{3,}}\)\s+)?{_NEXT_WORD}(?:\s+{_NEXT_WORD})?(?:\s+{_NEXT_WORD})?")
# "een derde - een externe organisatie", "aan een derde partij": a third party, not a third
_PARTY_AFTER = lazyre.compile(r"\s*(?:[-–—(]|partij|partijen\b)")
_FOLLOWING_WORD = lazyre.compile(r"\s+([a-zà-ÿ]+)\b")
# the words a fraction ("een derde", "een kwart") is followed by; another lower-case word after it makes
# it an ordinal ("een derde middel")
_FRACTION_FOLLOWERS = frozenset("van deel daarvan ervan hiervan meer minder is was wordt werd zijn waren heeft "
                                "hebben had komt kwam gaat ging en of tot à procent".split())
# parts of a text, counted: "deze twee artikelen", "15 pagina's" say how a text is built, not a policy
_TEXT_PARTS = frozenset("artikelen artikels hoofdstukken paragrafen bijlagen pagina's pagina’s paginas "
                        "bladzijden alinea's alinea’s volzinnen zinnen".split())
CURRENCIES = ("EUR", "USD", "GBP", "NLG")  # the units of a sum of money
# words between a number and its noun that say "more", "fewer" or "other": "14.000 meer
# WIA-claimbeoordelingen", "negen andere leden"
_MORE_LESS = frozenset("meer minder extra andere".split())
# adjectives and participles in front of the counted noun ("drie empirisch onderbouwde interventies")
_ADJECTIVE = lazyre.compile(r"(?:.*(?:isch|lijk|ig|ief|eel|aal|baar|loos)e?|.*e|ge\w+[dt])$", re.IGNORECASE)
_PARTICIPLE = lazyre.compile(r"^(?:ge|be|ver|ont|her|toe|op|uit|aan)\w+[dt]$", re.IGNORECASE)
_DURATIONS = {"week": "weeks", "weken": "weeks", "weeks": "weeks", "maand": "months",
              "maanden": "months", "months": "months", "jaar": "years", "jaren": "years",
              "years": "years", "dag": "days", "dagen": "days", "days": "days", "uur": "hours",
              "uren": "hours", "hours": "hours", "minuut": "minutes", "minuten": "minutes", "minutes": "minutes",
              "semester": "semesters", "semesters": "semesters",
              "studiepunten": "ECTS", "ects": "ECTS", "ec": "ECTS"}
_DURATION_ENDS = ("dagen", "weken", "maanden", "jaren", "uren")


def time_unit(word: str) -> str:
    """The time unit of a word after a number: "dagen", and compounds ending in one
    ("kalenderdagen", "werkdagen", "lesweken"); "" for any other word."""
    if word in _DURATIONS:
        return _DURATIONS[word]
    end = next((e for e in _DURATION_ENDS if word.endswith(e) and len(word) > len(e) + 2), None)
    return _DURATIONS[end] if end else ""


_NOT_NOUNS = frozenset(
    "jaarlijks jaarlijkse per procent euro keer maal mln miljoen miljard duizend honderd tot en of "
    "januari februari maart april mei juni juli augustus september oktober november december "
    "uitgereikte uit https http www bis ter "
    # verbs and adverbs that end like a plural noun ("3 zullen", "drie hierboven", "acht genomen")
    "zullen komen gaan worden zijn hebben kunnen moeten mogen willen staan liggen blijven krijgen "
    "scoren halen geven nemen maken lopen volgen vallen tellen bestaan betreffen leveren zien doen "
    "vormen spelen zitten werken tonen bedragen voldoen behoren behalen slagen "
    "genomen gegeven gekregen geschreven gevonden gezien gedaan gebleven gekomen gegaan gehouden "
    "gebleken gestegen gedaald verkregen vastgesteld "
    "hierboven hieronder daarboven daaronder daarop daarvan daarin daarnaast samen tegen binnen "
    "buiten boven onder beneden vanuit sinds volgens tussen zonder eerder later even evenveel "
    "meer minder "
    # conjunctions that end like a plural noun ("wat de Raad relevant acht aangezien …")
    "aangezien indien wanneer omdat doordat zodat terwijl nadien tenzij".split()
)
# singular words that still follow a number as its unit ("10 fte", "35 jaar", "5 keer")
_SINGULAR_UNITS = frozenset("fte ect ects ec uur jaar keer maal euro meter km kilometer kilo kg ton "
                            "liter hectare ha m2 m³ m3 procent man stuks persoon".split())
_PLURAL = lazyre.compile(r"(?:en|ën|s|['’]s|eren|a)$", re.IGNORECASE)
_MONEY_CONTEXT = lazyre.compile(
    r"euro|€|budget|subsidie|middelen|gereserveerd|uitgetrokken|investering|investeren|geïnvesteerd|"
    r"financiering|financiële|bekostiging|kost|kosten|bedrag|begroting|beschikbaar gesteld|toegekend",
    re.IGNORECASE,
)
_RECIPIENT = lazyre.compile(
    r"\b(?:toe\s+)?aan\s+(?:de|het)?\s*([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|van|voor|en|de|der|"
    r"het|\([A-Z]{2,}\)))*(?:\s+[a-z]*(?:universiteiten|hogescholen|instellingen|scholen|gemeenten|"
    r"organisaties|partners))?)"
)
_TRAILING_LINK = lazyre.compile(r"(?:\s+(?:van|voor|en|de|der|het))+$")
_SENT_END = lazyre.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(“‘•€])")
_BULLET = lazyre.compile(r"^\s*(?:[•·▪◦*-]|\d+[.)])\s+")
_WORDS_AROUND = 40


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Function words (shipped Snowball lists, `lexicon.function_words`) and a few more that can
    never be the noun a number counts."""
    return function_words() | {"van", "voor", "per", "op", "in", "als", "dan", "of", "tot", "keer", "nog",
                               "wel", "niet", "ook", "reeds", "al", "maar"}


# -- sentences and labels --------------------------------------------------------------------


def _heading_like(seg: str) -> bool:
    """A short line without closing punctuation: a slide title or section heading."""
    s = seg.strip()
    return bool(s) and len(s.split()) <= 8 and s[-1] not in ".!?:;," and s[0].isupper() and \
        not _BULLET.match(s)


def _segments(text: str) -> list[tuple[int, int]]:
    """Logical lines of a passage: blocks, re-joined where a slide or PDF broke a sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n\n"):
        start, end = pos, pos + len(part)
        pos = end + 2
        if not part.strip():
            continue
        if spans:
            ps, pe = spans[-1]
            prev = text[ps:pe].rstrip()
            cur = part.lstrip()
            if prev and prev[-1] not in ".!?" and not _heading_like(prev) and cur and \
                    not _BULLET.match(cur) and \
                    (cur[0].islower() or cur[0].isdigit() or prev[-1] in ":,;" or len(cur.split()) <= 3):
                spans[-1] = (ps, end)
                continue
        spans.append((start, end))
    return spans


def _about(passage: Passage, start: int, end: int, cache: dict) -> str:
    """The sentence around [start, end), trimmed to ~40 words, prefixed by its slide/section label.

    Slide decks state "Het % meisjes is 61,08%" under a title "Kunst Secundair Onderwijs (KSO)";
    without the title the sentence is useless, so the nearest heading-like lines above it (and the
    passage heading when there is none) are put in front.
    """
    text = passage.text
    segs = cache.get("segs")
    if segs is None:
        segs = cache["segs"] = _segments(text)
    idx = next((i for i, (s, e) in enumerate(segs) if s <= start < e), None)
    if idx is None:
        return ""
    s0, e0 = segs[idx]
    seg = text[s0:e0]
    # the sentence within the segment
    cuts = [0] + [m.end() for m in _SENT_END.finditer(seg)] + [len(seg)]
    rel = start - s0
    a = max(c for c in cuts if c <= rel)
    b = min(c for c in cuts if c > rel) if any(c > rel for c in cuts) else len(seg)
    sentence = " ".join(seg[a:b].split())
    sentence = _BULLET.sub("", sentence)
    words = sentence.split()
    if len(words) > _WORDS_AROUND:
        before = len(seg[a:rel].split())
        lo = max(0, min(before - _WORDS_AROUND // 2, len(words) - _WORDS_AROUND))
        sentence = ("… " if lo else "") + " ".join(words[lo:lo + _WORDS_AROUND]) + \
            (" …" if lo + _WORDS_AROUND < len(words) else "")
    labels: list[str] = []
    j = idx - 1
    while j >= 0 and not _heading_like(text[segs[j][0]:segs[j][1]]):
        j -= 1
    while j >= 0 and _heading_like(text[segs[j][0]:segs[j][1]]) and len(labels) < 2:
        labels.insert(0, " ".join(text[segs[j][0]:segs[j][1]].split()))
        j -= 1
    if not labels and passage.heading:
        labels = [passage.heading[-1]]
    labels = [lab for lab in labels if lab.lower() not in sentence.lower()]
    return (" › ".join(labels) + ": " + sentence) if labels else sentence


# -- extraction ------------------------------------------------------------------------------


class _Tok:
    __slots__ = ("start", "end", "value", "unit", "text", "noun", "scaled", "bare", "yearish",
                 "value_to")

    def __init__(self, start, end, value, unit, text, scaled=False, bare=False, yearish=False):
        self.start, self.end, self.value, self.unit, self.text = start, end, value, unit, text
        self.noun, self.scaled, self.bare, self.yearish = "", scaled, bare, yearish
        self.value_to: float | None = None


def _unit_of(post: str | None, cur: str | None) -> str | None:
    p = (post or "").lower().replace(" ", "")
    if p.startswith("%") or p.startswith("procent") or p.startswith("percent") or p == "percent":
        return "pp" if p.startswith("procentpunt") else "%"
    if p in ("keer", "maal", "times"):
        return "ratio"
    if p in ("ects", "etcs", "ec", "studiepunten", "studiepunt"):
        return "ECTS"  # study credits ("60 ECTS", the common typo "60 ETCS", "30 EC")
    c = (cur or "").upper()
    if p in ("euro", "euro's", "eur", "€") or c in ("€", "EUR"):
        return "EUR"
    if p in ("usd", "dollar") or c in ("$", "USD"):
        return "USD"
    if p == "pond" or c in ("£", "GBP"):
        return "GBP"
    if p == "gulden" or c in ("Ƒ", "F", "FL.", "HFL", "HFL.", "NLG"):  # ("ƒ" upper-cased is "Ƒ")
        return "NLG"
    return None


def _tokens(text: str, lang: str) -> list[_Tok]:
    toks: list[_Tok] = []
    one_spans: list[tuple[int, int, float]] = []
    for m in _matches(text, one_spans):
        if m.group("skip"):
            continue
        if m.group("frac"):
            if m.group("fa"):
                a = parse_number(m.group("fa"), lang)
                b = parse_number(m.group("fb"), lang)
                if a and b and a < b:
                    toks.append(_Tok(m.start(), m.end(), round(100 * a / b, 2), "%", m.group(0)))
            elif m.group("fn"):
                a, b = int(m.group("fn")), int(m.group("fd"))
                before = text[max(0, m.start() - 12):m.start()]
                if 0 < a < b <= 12 and not _REF_BEFORE.search(before):
                    toks.append(_Tok(m.start(), m.end(), round(100 * a / b, 2), "%", m.group(0)))
            elif m.group("fw"):
                if _PARTY_AFTER.match(text, m.end()):
                    continue  # "waarbij een derde - een externe organisatie - betaalt": a third party
                nxt = _FOLLOWING_WORD.match(text, m.end())
                if nxt and nxt.group(1) not in _FRACTION_FOLLOWERS:
                    continue  # "in een derde middel", "een derde land": an ordinal before its noun
                a = parse_word_number(m.group("fw")) or 1
                toks.append(_Tok(m.start(), m.end(), round(100 * a / _FRACTIONS[m.group("fp").lower()], 2),
                                 "%", m.group(0)))
            else:
                toks.append(_Tok(m.start(), m.end(), 50.0, "%", m.group(0)))
            continue
        raw = m.group("n")
        value = parse_number(raw, lang)
        if value is None:
            continue
        n_start = m.start("n")
        before = text[max(0, n_start - 30):n_start]
        if _REF_BEFORE.search(before):
            continue
        scale = m.group("scale")
        if scale:
            value *= _SCALES[scale.lower().rstrip(".")]
        unit = _unit_of(m.group("post"), m.group("cur"))
        start = m.start("cur") if m.group("cur") else n_start
        end = m.end()
        # a trailing "." of "mln." belongs to the sentence when nothing follows
        t = text[start:end].rstrip()
        end = start + len(t)
        yearish = bool(re.fullmatch(r"(?:19|20)\d\d", raw)) and not scale and unit is None
        toks.append(_Tok(start, end, value, unit, t, scaled=bool(scale),
                         bare=unit is None and not scale, yearish=yearish))
    if one_spans:
        ones = [_Tok(a, b, v, None, text[a:b], bare=True) for a, b, v in one_spans]
        taken = [(t.start, t.end) for t in toks]
        toks = sorted(toks + [o for o in ones if not any(a <= o.start < b for a, b in taken)],
                      key=lambda t: t.start)
    return toks


def _merge_ranges(text: str, toks: list[_Tok]) -> list[_Tok]:
    """Join "2,6 tot 3,3 keer" / "€ 465 – € 613" / "tussen X en Y" into one token with value_to."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if i + 1 < len(toks) and not t.yearish and not toks[i + 1].yearish:
            u = toks[i + 1]
            gap = text[t.end:u.start]
            bounds = _UPPER_BOUND_GAP.fullmatch(gap) is not None and \
                _LOWER_BOUND.search(text, max(0, t.start - 14), t.start) is not None
            if (bounds or len(gap) <= 12 and _RANGE_GAP.fullmatch(gap) is not None) and \
                    (t.unit is None or t.unit == u.unit) and (u.unit or u.scaled or t.unit is None):
                is_en = gap.strip().lower() == "en"
                if bounds or not is_en or _TUSSEN.search(text[max(0, t.start - 12):t.start]):
                    value = t.value
                    if u.scaled and not t.scaled and u.value:
                        # "2 tot 3 miljoen": the scale of the second number applies to the first
                        value = t.value * (u.value / parse_number_safe(u))
                    r = _Tok(t.start, u.end, value, u.unit, text[t.start:u.end], u.scaled,
                             bare=u.bare)
                    r.noun = ""
                    r.value_to = u.value
                    out.append(r)
                    i += 2
                    continue
        out.append(t)
        i += 1
    return out


def parse_number_safe(tok: _Tok) -> float:
    """The unscaled number of a scaled token (for carrying a scale across a range)."""
    m = re.search(r"\d+(?:[.,]\d+)*", tok.text)
    v = parse_number(m.group(0)) if m else None
    return v or tok.value or 1.0


def _count_noun(text: str, tok: _Tok) -> tuple[str, str, int]:
    """(unit, noun, end) for a bare number from the words after it, ("", "", 0) when none fits.

    The noun is the first word that is neither a function word nor an adjective/participle, at
    most three words on; a participle or function word first means the number is not a count
    ("in 2018 is", "één miljoen gereserveerd").
    """
    m = _NEXT_WORDS.match(text, tok.end)
    if not m:
        return "", "", 0
    stop = _stopwords()
    for i in (1, 2, 3):
        w = m.group(i)
        if not w:
            return "", "", 0
        lw = w.lower()
        if i == 1 and time_unit(lw):
            return time_unit(lw), lw, m.end(1)
        if lw in _MORE_LESS and i < 3 and m.group(i + 1):
            continue
        if lw in stop or lw in _NOT_NOUNS or len(lw) < 3 or lw in _TEXT_PARTS:
            return "", "", 0
        if _PARTICIPLE.match(lw) and i == 1:
            return "", "", 0
        if _ADJECTIVE.match(lw) and i < 3 and m.group(i + 1) and not lw.endswith(("ie", "ee")):
            continue
        if not (_PLURAL.search(lw) or lw in _SINGULAR_UNITS or tok.value == 1):
            return "", "", 0
        return "count", w, m.end(i)
    return "", "", 0


def _recipient(sentence_tail: str) -> str:
    """Who receives an amount: the organisation after "aan (de)" in the rest of the sentence."""
    m = _RECIPIENT.search(sentence_tail)
    if not m:
        return ""
    name = m.group(1).strip(" .,;")
    name = _TRAILING_LINK.sub("", name)
    try:
        from .entities import find_organisations
        orgs = find_organisations(sentence_tail[m.start(1):m.start(1) + len(name) + 40])
        if orgs and orgs[0].start <= 2:
            return orgs[0].canonical
    except ImportError:  # pragma: no cover - entities.py is written alongside
        pass
    return name if len(name.split()) <= 10 else ""


def figures_in_text(text: str, lang: str = "nl") -> list[Figure]:
    """Figures in a piece of text, without passage context (about = the sentence)."""
    p = Passage(id="", doc_id="", seq=0, text=text, lang=lang)
    return _figures_in_passage(p)


def _figures_in_passage(passage: Passage) -> list[Figure]:
    text = passage.text
    lang = passage.lang or "nl"
    toks = _merge_ranges(text, _tokens(text, lang))
    out: list[Figure] = []
    cache: dict = {}
    cells = _table_cells(text)
    if cells:
        spans = [(a, b) for a, b, _, _ in cells]
        toks = [t for t in toks if not any(a < t.end and t.start < b for a, b in spans)]
        for a, b, value, label in cells:
            out.append(Figure(value=float(value), unit="count", text=text[a:b], noun=label,
                              about=_about(passage, a, b, cache), passage_id=passage.id,
                              page=passage.page))
    for t in toks:
        unit, noun = t.unit, ""
        phrase_start, phrase_end = t.start, t.end
        if unit is None and t.value_to is None and not t.scaled:
            sc = _SCALE_AFTER.match(text, t.end)
            if sc and 2 <= t.value <= 100:
                unit, phrase_end = "points", sc.end()
            elif 1 <= t.value <= 10 and text[t.start].isdigit() and _is_grade(text, t):
                unit = "points"
                phrase_start = _GRADE_BEFORE.search(text, max(0, t.start - 6), t.start).start() + 1
                if not text[phrase_start - 1].isspace() and text[phrase_start - 1] != "(":
                    phrase_start -= 1
        if unit is None:
            cu, noun, noun_end = _count_noun(text, t)
            if t.scaled and cu in ("", "count"):
                # "één miljoen gereserveerd": a bare scaled number in a money sentence is an amount
                ctx = text[max(0, t.start - 200):t.end + 80]
                if _MONEY_CONTEXT.search(ctx) and not (cu == "count" and noun_end - t.end < 25
                                                       and not _MONEY_CONTEXT.search(noun)):
                    cu, noun = "EUR", ""
                elif not cu:
                    cu = "count"
            if cu and noun:
                phrase_end = noun_end
            if not cu:
                continue
            if t.yearish:
                if cu != "count" or _YEAR_PREP.search(text[max(0, t.start - 25):t.start]):
                    continue
            unit = cu
            if unit == "count" and noun.lower() in ("punten", "punt") and \
                    _GRADE_CUE.search(text, max(0, t.start - 150), t.end + 80):
                unit, noun = "points", ""  # "maximaal 40 punten" for an application's score
            if unit == "count" and t.value <= 1:  # "1 korte zin", "één ouder": not a figure
                continue
        elif t.yearish:
            continue
        before = text[max(0, phrase_start - 25):phrase_start]
        qm = _QUAL_RE.search(before)
        qualifier = qm.group(1).lower() if qm else ""
        lower = _LOWER_BOUND.search(before) if t.value_to is not None else None
        if lower:  # a range's bounds: "tenminste 6 en ten hoogste 24 maanden" is no lower bound alone, and is written whole
            qualifier, phrase_start = "", phrase_start - (len(before) - lower.start())
        if qualifier == "tot" and t.value_to is not None:
            qualifier = ""
        about = _about(passage, t.start, t.end, cache)
        phrase = " ".join(text[phrase_start:phrase_end].split())
        if unit in _DURATIONS.values():
            noun = ""
        fig = Figure(value=float(t.value), unit=unit, text=phrase.strip(), about=about, noun=noun,
                     qualifier=qualifier, value_to=t.value_to,
                     passage_id=passage.id, page=passage.page)
        if unit in CURRENCIES:
            seg_end = text.find(".", t.end)
            tail = text[t.end:seg_end if seg_end > 0 else len(text)]
            fig.recipient = _recipient(tail)
        out.append(fig)
    return out


# the time a procedure takes is not a policy figure: "binnen 30 dagen", "een termijn van 14 dagen",
# "13 weken na ontvangst"; the length of a stay or a programme is ("minstens 10 weken naar de VS")
TIME_UNITS = ("days", "weeks", "hours", "minutes", "months", "years")
_PROCEDURE_BEFORE = lazyre.compile(r"(?:binnen|uiterlijk|termijn\s+van|vóór|verlengd\s+tot|te\s+rekenen|"
                                   r"periode\s+van|na)\s+(?:de\s+|een\s+)?$", re.IGNORECASE)
_PROCEDURE_AFTER = lazyre.compile(r"^\s*(?:na\b|nadat|te\s+rekenen|vóór\b|voorafgaand|vanaf\b|na\s+ontvangst)",
                                  re.IGNORECASE)


# a party to a case: the credits and marks of a ruling's sentences are one student's, not a policy's
_CASE_PARTY = lazyre.compile(r"\b(?:verzoek(?:er|ster|ende\s+partij)|verwerende\s+partij)\b", re.IGNORECASE)
_COURSE_SIZE = lazyre.compile(r"[’'”\"]\s*\(\s*$")  # "‘De Cel: Moleculaire biologie’ (7 studiepunten)"


def is_policy_figure(fig: Figure, text: str) -> bool:
    """Whether a figure belongs among a document's records: sums, shares, counts and norms, not the
    days, weeks or months a procedure allows ("binnen 14 dagen na de kennisgeving"), the size of one
    course ("‘Bedrijfskunde’ (3 studiepunten)") or a party's own credits in a ruling ("behaalde
    verzoeker 34 studiepunten")."""
    at = text.find(fig.text)
    if at < 0:
        return True
    end = at + len(fig.text)
    if fig.unit in ("ECTS", "points"):
        if _COURSE_SIZE.search(text[max(0, at - 6):at]):
            return False
        a = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
        b = min((x for x in (text.find(". ", end), text.find("\n", end)) if x >= 0), default=len(text))
        if _CASE_PARTY.search(text, a, b):
            return False
    if fig.unit not in TIME_UNITS:
        return True
    return not (_PROCEDURE_BEFORE.search(text[max(0, at - 30):at]) or _PROCEDURE_AFTER.match(text[end:end + 30]))


def _axis_ticks(figures: list[Figure], text: str) -> set[int]:
    """Indexes of percentages that are a chart's axis ("0% 10% 20% 30%"): three or more in a row,
    evenly spaced, with nothing but blanks between them."""
    out: set[int] = set()
    run: list[int] = []

    def close():
        values = [figures[i].value for i in run]
        steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
        if len(run) >= 3 and len(steps) == 1 and steps.pop() != 0:
            out.update(run)

    last_end = None
    for i, f in enumerate(figures):
        at = text.find(f.text, last_end or 0) if f.unit == "%" else -1
        if at >= 0 and last_end is not None and run and not text[last_end:at].strip():
            run.append(i)
        else:
            close()
            run = [i] if at >= 0 else []
        last_end = at + len(f.text) if at >= 0 else None
    close()
    return out


def find_figures(doc: Document, passages: list[Passage]) -> list[Figure]:
    """The policy figures of a document, passage by passage (so each carries its passage id and
    page): what `figures_in_text` finds, less procedure times and chart axes (`is_policy_figure`)."""
    figures: list[Figure] = []
    for p in passages:
        found = _figures_in_passage(p)
        ticks = _axis_ticks(found, p.text)
        figures.extend(f for i, f in enumerate(found) if i not in ticks and is_policy_figure(f, p.text))
    return figures


@register("figures")
def _extract(doc: Document, passages: list[Passage], found: dict):
    return find_figures(doc, passages)
