"""The reader: from the passages the search finds to one short, cited answer, or "not found".

1. Analyse the question (type, subject words, named things; English words through the glossary).
2. Search, and cut the top passages into evidence units (`evidence`).
3. Score each unit by the IDF-weighted share of the question's words it holds (words in its
   context count partly), plus a little of its passage's retrieval score.
4. Rule out units whose passage lacks a name the question gives; abstain when none is left or the
   best coverage is low (`abstain`).
5. Refine the best units with the extractor of the expected type (`types/`); a span with enough
   coverage is the answer and its unit the quote. Without one, a well-covering unit is the answer
   itself, trimmed to 40 words around the question's words (type `sentence`).
Document records (a motion's submitters, the date written questions were answered, an
initiative's partners) answer before sentences when the question asks for them (`records`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..errors import NotFound
from ..text import months
from . import Answer, Citation
from . import question as Q
from .abstain import (MIN_SPAN_CONFIDENCE, MIN_PASSAGE, MIN_SENTENCE, MIN_TYPED, NUMERIC, asks_what_happened, can_answer_as_sentence,
                      intent_only, real_names)
from .evidence import Unit, answer_units, heading_parts, holds_contents, referring_word, trim, units_of_passage
from .question import parse_question
from .records import document_fact, initiative_partners
from ..analysis import load_synonyms
from ..analysis.filters import fold
from ..lexicon import REGIONS_OF_COUNTRY, foreign_countries, foreign_peoples, function_words, home_regions, region_pattern
from ..tag.figures import parse_number
from .scoring import REFERENCE_SHARE, Coverage, People, Spelled, named_present, organisations_in
from .types import Clues, extractor, joined, query_hints
from .types.dates import DATE, ROLE_HINTS, iso_date, only_other_roles
from .types.reason import DICTUM
from .types.lists import list_items
from ..text import lazyre

SEARCH_DEPTH = 10
QUOTED_DEPTH = 3           # passages read for a term the question quotes, searched on its own
FOCUS_TITLE = 0.4          # a document whose title holds this share of the question is the one it names
FOCUS_DEPTH = 8            # passages read from the named document beyond the first search
YEAR_TITLE_MARGIN = 0.15   # a title giving the asked year names the document though another holds this much more
SEPARABLE_PARTICLES = {"plaats", "deel", "vast", "terug", "bekend", "kennis", "stand", "vorm"}
CLAUSE_END_PARTICLES = {"in", "op", "aan", "af", "uit", "mee", "toe", "door", "na", "over", "bij", "om", "weg"}
OPENING_PASSAGES = 2       # a document's first passages (past a table of contents) say whose it is
TOPIC_SHARE = 0.3          # a name in this share of a document's passages is what the document is about
WITHIN_COMMON = 0.5        # a word in more than this share of a document's passages is what it is about
UNITS_REFINED = 14         # the best units read for a typed span (tune: 12 missed the 13th, 16 and 20 answered more wrong)
UNITS_TIED = 40            # … or as many as cover the question within TIED_COVERAGE of the best
TIED_COVERAGE = 0.02
MIN_DICTUM = 0.6           # coverage a motion's dictum needs to answer a question about what the motion asks
MIN_LISTING = 0.6          # … of a sentence that enumerates members, for a "welke <plural>" question
LISTING_MARGIN = 0.1       # the coverage such a sentence may lack against the best unit
_MOTION_ASKED = lazyre.compile(r"\b(?:moties?|motions?)\b|\bmotie-", re.IGNORECASE)
NOUN_OPTIONAL = (Q.LIST,)  # a list need not repeat its class noun; a name or body is read beside it
SECTION_READ = 60          # the passages of an identified ruling read as one, at most
DEFINING_PASSAGES = 3      # passages of a named document where the asked term opens a definition
RETRIEVAL_SHARE = 0.1
# the answer is a thing of the class the question names ("welk bureau", "which universities")
CLASS_NAMED = (Q.NAME, Q.LIST, Q.ACTOR, Q.ORGANISATIONS)
REPLY_ELSEWHERE = 0.7      # "wat antwoordde de minister": a unit outside a minister's answer
# what a span is said of, right after it: "1 augustus 1991 wat betreft het hoger beroepsonderwijs"
_QUALIFIER = lazyre.compile(r"\s*,?\s*(?:voor\s+)?(?:wat betreft|ten aanzien van|as regards|in respect of)\s+"
                            r"(?P<what>[^,;.()]{3,80}?)(?=\s*[,;.()]|\s+en\s|$)", re.IGNORECASE)
QUALIFIED_OTHER = 0.5       # a span qualified by less of the question than another in its unit
# where one clause of a sentence ends and a parallel one begins: "een maand gesteld op 30 dagen en een
# jaar gesteld op 360 dagen"
_COORDINATION = lazyre.compile(r",|;|\s(?:en|and|of|or)\s", re.IGNORECASE)
_SENTENCE_END = lazyre.compile(r"[.!?]\s")
_OUTSIDE_CLAUSE = lazyre.compile(r"[()\[\]–—]|\s-\s")  # a lead through brackets or a dash is no clause of its own
LEAD_WORDS = (1, 6)        # the words that lead a coordinated span, fewest and most
SPAN_WEIGHT = 0.4          # how much a span's own score (closeness, role, noun) weighs against its unit's
MIN_SPAN = 0.3             # a typed span farther from the question's words than this is no answer
MAX_QUESTION_CHARS = 500   # a question, not a pasted document
MAX_ANSWER_WORDS = 60
GLOSSES_SEARCHED = 2        # the Dutch glosses of an English word that the search asks for
SENSES_TRIED = 5            # … chosen from its first glosses by the passages a search with all of them finds
SENSE_PASSAGES = 20
# A typed value (number, date, name) found with less confidence than this, in a sentence that gives
# another value of its type, is answered with that sentence, trimmed around it and the question's
# words, not alone (`_from_span`). The span and its sentence come from the same unit; only what is
# shown changes.
SPAN_SURE = 0.7
# the answer types whose span is a value inside a sentence (a definition, reason or condition is
# itself a clause, and trimming its sentence would cut it)
_VALUES = frozenset({Q.ACTOR, Q.ORGANISATIONS, Q.NAME, Q.COUNT, Q.AMOUNT, Q.PERCENT, Q.DURATION, Q.FIGURE,
                     Q.YEAR, Q.DATE, Q.PERIOD})
ROLE_UNIT = 0.9            # a unit naming a person in the asked role, of its document's coverage (Answerer._scored)
# the types of a "welke …" question whose answer may be the items of a list a lead-in introduces
_MEMBERS_ASKED = frozenset({Q.LIST, Q.ORGANISATIONS, Q.NAME})
SENTENCE_OVER_SPAN = 0.7    # a typed span whose final score is below this share of the best unit's gives way to that unit
_WORD = lazyre.compile(r"[\w#’'-]+")
_QUANTITY = lazyre.compile(r"(?<![\w.,/-])\d{1,3}(?:\.\d{3})+(?![\w.,]\d)|(?<![\w.,/-])\d+(?:,\d+)?(?![\w]|[.,/]\d)")
_NUMBER_RANGE = lazyre.compile(r"(?<![\w.,/])(\d[\d.]*(?:,\d+)?)\s*(?:[-–—]|tot en met|t/m|tot|en)\s*(\d[\d.]*(?:,\d+)?)(?![\w.,]\d)")
NUMBER_STATED = 0.1        # a unit that states a quantity the question gives, or a range holding it
_IDENTIFIER = lazyre.compile(r"\d[\d./ ]*\d")  # a case or document number the question names ("arrest nr. 8.224")


_YEAR = lazyre.compile(r"(?<![\d.,])((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?(?![\d.,]\d)")


def _year_spans(text: str):
    """(first, last) of each year or range of years a text names; `last` is None for a single year
    ("2016-17" gives (2016, 2017))."""
    for m in _YEAR.finditer(text):
        first = int(m.group(1))
        last = None
        if m.group(2):
            last = int(m.group(2)) if len(m.group(2)) == 4 else first // 100 * 100 + int(m.group(2))
        yield first, last


def _dated(document) -> set[int]:
    """The years a document is dated by (its front matter's or sidecar's date, its recorded
    year): a news item of 20 May 2019 speaks of 2019 though no sentence of it says so."""
    if document is None:
        return set()
    years = {int(d.date[:4]) for d in document.dates if re.match(r"(?:19|20)\d\d-", d.date)}
    return years | ({document.year} if document.year else set())


# a period from one date to another: "van 1 februari 2022 tot en met 31 januari 2025", "1 september 2019 - 31 augustus 2022"
_DATE_RANGE = lazyre.compile(r"\b\d{1,2}\s+(?:%s)\s+((?:19|20)\d\d)\s*(?:[-–]|tot en met|t/m|tot|until|to)\s*"
                             r"\d{1,2}\s+(?:%s)\s+((?:19|20)\d\d)\b" % (months.PATTERN, months.PATTERN), re.IGNORECASE)


def _periods(text: str) -> set[tuple[int, int]]:
    """The periods of more than one year a text names, as (first, last) year: "2019-2022",
    "van 1 februari 2022 tot en met 31 januari 2025" (not an academic year, "2015-2016")."""
    out = {(first, last) for first, last in _year_spans(text) if last is not None and last > first + 1}
    out |= {(int(a), int(b)) for a, b in _DATE_RANGE.findall(text) if int(b) > int(a)}
    return out


def _another_period(asked: set[tuple[int, int]], said: set[tuple[int, int]]) -> bool:
    """A unit speaks of another period than the one asked when its periods only overlap the asked one
    at an end (asked 2019-2022, said 2022-2025); one inside the other is the same time ("the selection
    list for 1945-1986" and a sentence about 1966-1973). (Periods apart are other years, which the
    year check rules out.)"""
    def inside(a, b):
        return b[0] <= a[0] and a[1] <= b[1]

    def overlap(a, b):
        return a[0] <= b[1] and b[0] <= a[1]
    return any(overlap(x, y) for x in asked for y in said) and \
        not any(inside(x, y) or inside(y, x) for x in asked for y in said)


def _years_in(text: str) -> set[int]:
    """The years a text names, ranges spelled out ("2022-2023" and "2016-17" give both years)."""
    out = set()
    for first, last in _year_spans(text):
        out.add(first)
        if last is not None and first < last <= first + 10:
            out.update(range(first, last + 1))
    return out


# the years of a title a sentence names: "de Regeling verdiepingsslag academische opleidingsschool
# 2009–2011", "het Strategisch Plan 2010-2015", "Horizon 2020": they name a thing, not the time the
# sentence speaks of
_TITLED_YEARS = lazyre.compile(r"\b(?:Regeling|Besluit|Wet|Verdrag|Decreet|Programma|Plan|Actieplan|Agenda|Akkoord|Convenant|"
                               r"Horizon|Strategie|Kader|Visie|Nota|Reglement|Statuut|Code)\b[^.;:()\n]{0,80}?"
                               r"\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b")


_NOT_A_TITLE = lazyre.compile(r"\b(?:in|op|per|sinds|vanaf|tot|na|tussen|werd|wordt|worden|werden|is|zijn|was|waren|"
                              r"heeft|hebben|had|kent|kende|loopt|liep|geldt|gold|treedt|trad|since|until|from)\b")


def _own_years(text: str) -> set[int]:
    """The years a sentence speaks of: those it names, less those inside a title it names (a title
    runs from its kind word to its years without a verb or a preposition of time: "de Regeling werd
    in 2011 gewijzigd" speaks of 2011)."""
    return _years_in(_untitled(text))


def _own_periods(text: str) -> set[tuple[int, int]]:
    """The periods a sentence speaks of, less those in a title it names (as `_own_years`)."""
    return _periods(_untitled(text))


def _own_or_referred(read, unit: Unit) -> set:
    """What `read` (`_own_years`, `_own_periods`) finds in a unit's sentence, or, when it finds nothing
    there and the unit points back, in the sentence it points to ("Hierbij betreft het 7.210
    internationale studenten" speaks of the year of "Op 1 september 2023 is aan 50.324 studenten …")."""
    return read(unit.text) or (read(unit.before) if unit.refers and unit.before else set())


def _untitled(text: str) -> str:
    """`text` without the titles with years it names (`_TITLED_YEARS`, unless a verb or a preposition
    of time shows the years are the sentence's own)."""
    return _TITLED_YEARS.sub(lambda m: m.group() if _NOT_A_TITLE.search(m.group()) else " ", text)


def _academic_years(text: str) -> set[tuple[int, int]]:
    """The school or academic years a text names ("2015–2016", "2016-17"): two years in a row."""
    return {(first, last) for first, last in _year_spans(text) if last == first + 1}


def _seq(passage_id: str) -> int:
    tail = passage_id.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


MAX_HEADING_WORDS = 8  # a heading path's part longer than this is a sentence the structure took for a heading


def _siblings(one: str, other: str) -> bool:
    """Whether two headings are siblings of one series: as many words, the same in most places,
    another in at least one ("Derde graad - instroom", "Tweede graad - Instroom"; "Hoofdstuk 2
    Toelating", "Hoofdstuk 3 Toelating"), not a heading and the one above it ("Werkinstructie
    Weerbulletin", "WEERBULLETIN VOOR DE LUCHTVAART")."""
    a, b = _WORD.findall(one.lower()), _WORD.findall(other.lower())
    if len(a) != len(b) or not a or len(a) > MAX_HEADING_WORDS:
        return False
    same = sum(x == y for x, y in zip(a, b))
    return same < len(a) and 2 * same >= len(a)


# the words a sentence answer may hold (read with the sentence it refers back to, the two together),
# trimmed around the question's words. A long article's sentence often gives what answers away from
# them ("de kleinste objectief meetbare verbetering (0,1 punt in één vak) recht geeft op een hogere
# lotingsklasse", asked with "verbetering … plaats buiten de loting"): 40 cut that off, and 56 changed
# no more tune questions than 50 (session 58). bench/qa.py takes an answer of more than 60 words,
# ellipses counted, for a pasted passage
SENTENCE_WORDS = 50
FACT_OPENING = 3  # passages of a document's opening where its record's facts are looked for, to cite them
RIVAL_SHARE = 0.9  # a second span of the same kind in the best span's unit, at least this share of its score


def _rival(best, found, nouns: list[tuple[int, int]] = ()):
    """Another name in the best span's unit, of the same kind (a person beside a person, an
    organisation beside an organisation: a ministry is no rival to the minister), as near the
    question's words; None when there is none. A rival is a name, capitalised, not a phrase the
    asked noun opens ("burgemeester oordeelt"). None either when the noun the question asks for
    (`nouns`: where the unit says it) labels the best span: "Dhr. prof. dr. F.A. van Vught
    (voorzitter), Dhr. prof. dr. H.P.M. Adriaansens, …" answers who chaired."""
    final, _, unit, cand = best
    text = unit.text
    if any(_labels(text, cand, noun) for noun in nouns):
        return None
    kind = bool(organisations_in(cand.text))
    for other_final, _, other_unit, other in found:
        if other_unit is unit and other_final >= RIVAL_SHARE * final and other.text != cand.text \
                and (other.end <= cand.start or other.start >= cand.end) \
                and fold(other.text) not in fold(cand.text) and fold(cand.text) not in fold(other.text) \
                and other.text[:1].isupper() and not _ROLE_TITLE.match(other.text) \
                and not _one_name(text, cand, other) and bool(organisations_in(other.text)) == kind:
            return other
    return None


def _labels(text: str, span, noun: tuple[int, int]) -> bool:
    """Whether a noun stands right beside a span as its label: "Van Vught (voorzitter)",
    "burgemeester Huri Sahin"."""
    start, end = noun
    if span.end <= start:
        return re.fullmatch(r"\s*[(,–-]?\s*", text[span.end:start]) is not None
    return end <= span.start and re.fullmatch(r"\s*", text[end:span.start]) is not None


# a function's title is no rival to the name of who holds one ("Vragen van het lid Dobbe (SP) aan de
# Minister van Volksgezondheid")
_ROLE_TITLE = lazyre.compile(r"(?:Vice-?minister-president|Minister(?:-president|s)?|Staatssecretaris(?:sen)?|"
                             r"Eurocommissaris|Kamerlid|Burgemeester|Wethouder|Voorzitter|Rector|Commissaris|"
                             r"Gedeputeerde|Senator|Premier)\b")


def _one_name(text: str, one, other) -> bool:
    """Whether one span is the other's abbreviation in brackets after it: "de Coalition on Fossil
    Fuel Incentives and Subsidies (COFFIS)" names one coalition."""
    first, second = (one, other) if one.start < other.start else (other, one)
    between = text[first.end:second.start]
    return text[second.start - 1:second.start] == "(" and len(between) < 80 and not re.search(r"[.;:,]", between)


def _parallel(section: str, headings: set[str]) -> list[str]:
    """The section headings of a document parallel to a unit's own: other short heading lines that
    share a word with it ("Kunst Secundair Onderwijs (KSO)" and "Beroeps Secundair Onderwijs
    (BSO)"). A unit under one of them is not about what another names. A heading that shares no word
    with the unit's own (a letterhead line, "Ministerie van LNV", above a section on dog registers) says
    nothing of where the unit stands; a unit under no short heading has no parallels."""
    if not section:
        return []
    own = {w for w in _WORD.findall(section.lower()) if len(w) >= 4}
    return [h for h in headings if h != section and own & {w for w in _WORD.findall(h.lower()) if len(w) >= 4}]


def _opening(identified: dict, passage_id: str, doc_id: str) -> str:
    """The opening of the document part a number in the question identified, for a passage in it."""
    part = identified.get(doc_id)
    return part[0] if part and part[1] <= _seq(passage_id) < part[2] else ""


def _short(text: str, words: int = MAX_ANSWER_WORDS) -> str:
    """At most `words` words, the ellipsis that marks a cut among them."""
    parts = " ".join(text.split()).split(" ")
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words - 1]) + " …"


# "Wie ondertekende het besluit", "which minister signed the scheme": its signature
_SIGNED = lazyre.compile(r"\b(?:signed|signs|signatory|countersign\w*|medeondertek\w*|ondertekend\w*|ondertekende|tekende|getekend|ondertekenaar)\b",
                         re.IGNORECASE)
# "op voordracht van welke minister": a decree is made on the proposal of the minister who signs it with the King
_PROPOSED = lazyre.compile(r"\b(?:voordracht|voorgedragen|proposal|proposed|recommendation)\b", re.IGNORECASE)
_MINISTERS = ("minister", "ministers", "staatssecretaris", "staatssecretarissen")
# "welke organisatie stelde de beleidsregel vast", "who issued the regulation": its preamble says
_ISSUED = lazyre.compile(r"\b(?:stelde|stelden)\b.*\bvast\b|\b(?:vastgesteld|uitgevaardigd|issued|adopted|enacted|laid down)\b",
                         re.IGNORECASE)
# "welke minister stelde de regeling vast", "by which minister was it adopted": a minister's regulation
# is issued by the minister who signs it, and the question asks for that person, not the office the
# preamble names ("in overeenstemming met welke minister stelde de minister van OCW … vast" asks
# for another minister, whom the preamble names)
_ISSUED_BY_WHICH = lazyre.compile(r"^(?:welke|which)\s+(?:minister|staatssecretaris|state secretary)\s+(?:stelde|stelden|issued|"
                                  r"adopted|enacted|vaardigde)\b|^(?:door|by)\s+(?:welke|which)\s+(?:minister|staatssecretaris|"
                                  r"state secretary)\s+(?:\w+\s+){1,12}?(?:vastgesteld|issued|adopted|enacted|uitgevaardigd)\b",
                                  re.IGNORECASE)
# (a regulation given without its considerations goes from the issuer straight to its decision: "De Minister
# van Onderwijs, Cultuur en Wetenschap, Besluit:")
_PREAMBLE = lazyre.compile(r"(?:^|\n)\s*(?P<who>(?:De|Het)\s+[^\n;]{3,200}?)\s*[,;]?\s*\n?\s*(?:Gelet op\b|Besluit(?:en)?\s*:|"
                           r"BESLUIT(?:EN)?\s*:)")
SIGNATURE_CHARS = 300  # the end of a document's last passage, where a signature stands
# a signer's function, and a name with initials ("mr. drs. J.W.A. van Dijk", "Chr. G. Spanjaard")
# a foreword a question asks the signer or the signing date of, and (whole) the heading it stands under
_FOREWORD = lazyre.compile(r"\b(?:voorwoord|woord vooraf|foreword|preface)\b", re.IGNORECASE)
# its signature: a name, a function and a date, each on a line of its own: "Jim Deridder\n\nVoorzitter\n\n15 juni 2018"
_SIGNATURE_BLOCK = lazyre.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+(?:van|de|der|den|ter|[A-Z][\w'’.-]+)){1,4})[ \t]*\n\s*"
                                  r"(?P<role>[A-Z][\w -]{2,60}?)[ \t]*\n\s*(?P<date>\d{1,2}[ \t]+(?:" + "|".join(months.DUTCH) +
                                  r")[ \t]+\d{4})\b")
_SIGNER_FUNCTION = r"(?:[Mm]inister|[Ss]taatssecretaris|[Hh]oofddirecteur|[Dd]irecteur|[Vv]oorzitter|[Ss]ecretaris)"
_INITIALLED = r"(?:(?:mr|drs|dr|prof|ir|ing)\.\s*)*(?:[A-Z][a-z]{0,2}\.\s?){1,6}\s*(?:(?:van|de|der|den|ter|ten)\s+)*" \
              r"[A-Za-zÀ-ÿ][\w'’-]+"
_SIGNER_NAME = _INITIALLED + r"(?:\s+[A-Z][\w'’-]+)?"  # ("F. Korthals Altes")
# the function a question asks the signer of: "welke minister van OCW ondertekende", "as Minister for Housing and …"
_FUNCTION_ASKED = lazyre.compile(r"\b(?:minister|staatssecretaris|state secretary|secretary|directeur|director|voorzitter|chair)\s+"
                                 r"(?:van|voor|of|for)\s+(?P<of>.{2,80}?)(?=\s+(?:ondertekende|tekende|signed|in|op|on|mee)\b|[?,;)]|$)",
                                 re.IGNORECASE)
# the party a question asks the signer for: "Who signed the … treaty for the Netherlands?", "namens Duitsland"
_PARTY_ASKED = lazyre.compile(r"\b(?:for|on behalf of|voor|namens)\s+(?:the\s+|de\s+|het\s+)?(?P<party>[^,?;]{2,60}?)\s*(?=[?,;]|$)",
                              re.IGNORECASE)
# a signature block: "De Minister van Onderwijs, Cultuur en Wetenschappen a.i.," and "G. Zalm" (joined into
# one paragraph or not), each at the start of a line, the name ending its line or followed by the date the
# decree was issued ("M. Bussemaker de dertiende november 2014")
_SIGNATURE_LINES = lazyre.compile(r"(?m)^[ \t]*(?P<role>(?:De |Het )?" + _SIGNER_FUNCTION + r"[^\n;]{0,90}),\s*(?P<name>"
                                  + _SIGNER_NAME + r")(?=[ \t]*(?:$|de\s+\S+\s+(?:" + "|".join(months.DUTCH) + r")\b))"
                                  # … or the name with its function after it: "namens deze, Chr. G. Spanjaard hoofddirecteur"
                                  # (or on the line below, with what it chairs: "B.J. Bruins\nVoorzitter Raad van bestuur UWV")
                                  r"|(?:^|namens deze,\s*)(?P<name2>" + _SIGNER_NAME + r")(?:[ \t,]+|[ \t]*\n[ \t]*)(?P<role2>\w*"
                                  r"(?:[Dd]irecteur|[Vv]oorzitter|[Ss]ecretaris|[Mm]inister)(?:[ \t]+[\w-]+){0,5})[ \t]*$"
                                  # … or a treaty's party with the name signed for it: "Voor de Vlaamse Gemeenschap van België
                                  # (w.g.) M. VAN DER POORTEN"
                                  r"|\b(?:Voor|For|Namens|On behalf of)\s+(?:het\s+|de\s+|the\s+)?(?P<role3>[^()\n]{3,80}?)\s*"
                                  r"(?:\(w\.\s?g\.\)\s*(?P<name3>(?:[A-Z]\.\s?){1,6}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}?"
                                  # (or a name in capitals: "Voor het Land Noordrijn-Westfalen*(w.g.) ANKE BRUNN")
                                  r"|[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3})"
                                  # (a name in capitals without "(w.g.)": "*Voor de regering van het Koninkrijk der
                                  # Nederlanden*  MARIA VAN DER HOEVEN")
                                  r"|[*_]*[ \t]+(?P<name5>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3}))"
                                  r"(?=[\s*_]*(?:\(w\.\s?g\.\)|\b(?:Voor|For|Namens)\b|$))"
                                  # … or a party, a colon, the function that signs for it and the name: "Voor Curaçao: De
                                  # Minister van Gezondheid, Milieu en Natuur B. Whiteman"
                                  r"|\b(?:Voor|For|Namens|On behalf of)\s+(?:het\s+|de\s+|the\s+)?(?P<role4>[^:\n]{3,80}):[ \t]*"
                                  r"(?:De |Het |The )?(?:" + _SIGNER_FUNCTION + r")[^\n]{0,100}?\s+(?P<name4>" + _INITIALLED + r")\b")
# a royal decree in the monarch's words: "Wij WILHELMINA, bij de gratie Gods, Koningin der Nederlanden"
_ROYAL = lazyre.compile(r"\bWij\s+(?P<name>[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+)?),\s+bij\s+de\s+gratie\s+Gods")
_MONARCHS = {"koning", "koningin", "king", "queen", "vorst", "vorstin", "monarch"}
# the end of a last passage, whitespace joined: "De Minister van Onderwijs, Cultuur en Wetenschap, M. Bussemaker",
# "…, hoofddirecteur, Chr. G.Spanjaard"
_SIGNATURE = lazyre.compile(r"\b" + _SIGNER_FUNCTION + r"[^.;]{0,90},\s*(?P<name>" + _INITIALLED + r"(?:\s+[A-Z]{2,4})?)\s*$")


def _cite(hit, quote: str) -> Citation:
    return Citation(hit.path, hit.title, hit.page, hit.passage_id, _short(quote, 80))


def _related(hits) -> list[dict]:
    return [{"path": h.path, "title": h.title, "page": h.page, "passage_id": h.passage_id,
             "snippet": h.snippet} for h in hits[:3]]


TEXTS_KEPT = 32  # documents whose passage texts an Answerer keeps (`Answerer._document_texts`)


class Answerer:
    """Answers questions over one KnowledgeBase (reuses its term statistics and stored records)."""

    def __init__(self, kb):
        self.kb = kb
        self.stats = kb.term_statistics()
        self.coverage = Coverage(self.stats)
        self._topic_memo: dict[tuple, str] = {}
        self._region_memo: dict[tuple[str, str], bool] = {}
        self._texts_memo: dict[str, list[str]] = {}

    # -- question -> concepts and query ------------------------------------------------------------
    def _separable(self, q: Q.Question) -> dict[str, str]:
        """Dutch separable verbs split over the question, joined: "Wanneer vond de zitting plaats?"
        asks what the text says as "plaatsgevonden", which the index holds as "plaatsvond". A
        particle that makes a known word with a verb of the question is read as part of it.
        verb -> joined word; the particle itself is then no word of its own."""
        if q.lang == "en":
            return {}
        joined = {}
        for particle in q.subject:
            if particle.lower() not in SEPARABLE_PARTICLES:
                continue
            for verb in q.subject:
                if verb is particle or verb in joined or not verb.islower():
                    continue
                word = particle.lower() + verb
                if len(self.stats.query_terms(word)) == 1 and self._known(word):
                    joined[verb] = word
                    joined[particle] = ""
                    break
        # a particle the stop list drops, at the end of the clause: "Bij welke organisatie dienen gemeenten hun
        # aanvraag in?" asks where they "indienen"
        last = re.findall(r"[\wà-ÿ]+", q.text.split("?")[0].split(",")[-1])[-1:]
        if last and last[0].lower() in CLAUSE_END_PARTICLES:
            for verb in q.subject:
                word = last[0].lower() + verb
                if verb not in joined and verb.islower() and len(self.stats.query_terms(word)) == 1 and self._known(word):
                    joined[verb] = word
                    break
        return joined

    def _concepts(self, q: Q.Question):
        concepts = []
        joined = self._separable(q)
        for word in q.subject:
            if joined.get(word) == "":
                continue
            glosses = q.english.get(word, []) if q.lang == "en" else [joined[word]] if word in joined else []
            glosses = [*glosses, *Q.role_said(q, word)]  # ("gelden" is said "treedt in werking")
            c = self.coverage.concept(word, glosses, loose=q.lang == "en")
            if c is None:
                continue
            known = any(self.stats.doc_frequency(t) for s in [c.exact, *c.alternatives] for t in s)
            if known or c.parts:
                concepts.append(c)
        # a full date the question gives is a word of it too: "de aanvraag voor een opleiding die op
        # 1 september 2008 start" is answered by the item that says that date, not by its neighbour
        for m in DATE.finditer(q.text):
            dutch = months.in_dutch(m.group())  # ("in March 2015" of "27 maart 2015")
            c = self.coverage.concept(m.group(), [dutch] if dutch != m.group() else [])
            if c is not None and c.exact:
                concepts.append(replace(c, parts=frozenset()))
        return concepts

    def _query(self, q: Q.Question) -> str:
        """The search words: the subject, or for an English question the Dutch glosses the index
        holds (a general dictionary's first sense may be one no policy text uses: "covered" is
        not "bezaaid"), and a name as written ("Delta Rhine Corridor" stands so in Dutch text)."""
        numbers = [n for n in q.named if _IDENTIFIER.fullmatch(n) and n not in q.subject]
        if q.lang != "en":
            return " ".join([*q.subject, *numbers]) or q.text
        names = {w for n in q.named for w in n.split()}
        known = {word: [g for g in glosses if self._known(g)] for word, glosses in q.english.items()}
        chosen = self._senses(q, known, names, numbers)
        words = []
        for word, glosses in q.english.items():
            words.extend(chosen.get(word) or known[word][:GLOSSES_SEARCHED] or glosses[:1])
            if word in names or not known[word] and self._known(word):
                words.append(word)
        return " ".join(dict.fromkeys([*words, *numbers])) or q.text

    def _senses(self, q: Q.Question, known: dict, names: set, numbers: list) -> dict[str, list[str]]:
        """The glosses of an English word of many senses that the texts about the question use.
        "apply" is "aanvragen", "aanmelden", "toepassen" or "gelden"; searched with every gloss of
        every word once, the passages found say which sense the question's other words go with
        ("From what date do the provisions apply": "bepalingen … gelden"). Between glosses found
        equally often, the passages ranked first decide, then glossary order (the first are the
        commonest senses in policy texts)."""
        ambiguous = [w for w, glosses in known.items() if len(glosses) > GLOSSES_SEARCHED]
        if not ambiguous:
            return {}
        words = [g for w, glosses in known.items() for g in glosses[:SENSES_TRIED]]
        words += [w for w in q.english if w in names or not known[w] and self._known(w)]
        hits = self.kb.search(" ".join(dict.fromkeys([*words, *numbers])), limit=SENSE_PASSAGES).hits
        read = [self.coverage.terms(f"{h.text} {h.heading}") for h in hits]
        chosen = {}
        for word in ambiguous:
            glosses = known[word][:SENSES_TRIED]
            terms = [frozenset(self.stats.query_terms(g)) for g in glosses]
            found = [sum(1 for r in read if t and t <= r) for t in terms]
            # (between glosses found as often, the one in the passages ranked first: a count of
            # twenty passages ties easily, and one passage more or less should not flip the sense)
            first = [sum(1 / (rank + 1) for rank, r in enumerate(read) if t and t <= r) for t in terms]
            ranked = sorted(range(len(glosses)), key=lambda i: (-found[i], -first[i], i))
            chosen[word] = [glosses[i] for i in ranked[:GLOSSES_SEARCHED]]
        return chosen

    def _known(self, text: str) -> bool:
        terms = self.stats.query_terms(text)
        return bool(terms) and all(self.stats.doc_frequency(t) for t in terms)

    def _focus(self, q: Q.Question, concepts, hits, titles: dict, log: list[str]) -> list:
        """More passages of the document the question names, found by the question's other words
        and the words that stand near answers of its type.

        "Hoeveel geld kan er maximaal worden uitgekeerd op grond van de Regeling bevordering
        kennisfunctie hogescholen?": the title's words are most of the question, so the first
        search ranks the passages that repeat the title, while the amount stands in one that
        says "De subsidie bedraagt ten hoogste € 66.941.000"."""
        if not titles:
            return []
        held = {doc: self.coverage.passage(concepts, title) for doc, title in titles.items()}
        docs = focus_documents(held, titles, _asked_years(q) | _named_report_years(q.text))
        seen = {h.passage_id for h in hits}
        more = []
        for doc in docs:
            if more:
                break  # (the document of the asked year only when the one named has nothing more to give)
            more += self._focus_on(q, doc, held[doc], titles[doc], hits, seen, log)
        return more

    def _focus_on(self, q: Q.Question, doc: str, held: float, title: str, hits, seen: set, log: list[str]) -> list:
        """The passages of one named document that the question's words its title lacks find, with the words that
        stand near answers of the question's type."""
        in_title = self.coverage.terms(title)
        rest = []
        for word in q.subject:
            glosses = q.english.get(word, []) if q.lang == "en" else []
            c = self.coverage.concept(word, glosses, loose=q.lang == "en")
            if c is not None and not c.match(in_title):
                rest.extend(glosses[:2] if glosses else [word])
        if q.type == Q.DEFINITION and q.noun:  # the term defined, though the title holds it
            rest.insert(0, q.noun)
        query = " ".join([*rest, query_hints(q.type)]).strip()
        if not query:
            return []
        more = [h for h in self.kb.search(query, limit=FOCUS_DEPTH, filters={"doc": [doc]}).hits
                if h.passage_id not in seen]
        if q.type == Q.DEFINITION and q.noun:
            more += self._defining(q, doc, hits, seen | {h.passage_id for h in more})
        log.append(f"document named ({held:.2f} of the question in its title): {query!r} in it: "
                   + ", ".join(h.passage_id for h in more[:5]))
        return more

    def _identified(self, q: Q.Question, concepts, hits, identified: dict, log: list[str]) -> list:
        """The passages of the document part a number in the question identifies ("arrest nr.
        8.224", "zaak 2022/0798"). A case number stands once, in the ruling's first lines, so among
        a dozen question words it hardly lifts the ruling above the many like it; searched alone it
        finds the passage that opens it: one with a line that starts with the number, after at
        most two words (elsewhere it is a reference: "Bij arrest nr. 8.231 verklaart de Raad …" in
        a later ruling). The ruling runs from there to the passage with a line that opens with
        the same label and another number (a collection of rulings), or to the end. Its opening identifies it for all its passages
        (`identified`: doc id -> (opening text, first seq, end seq)): the question's words that
        name the ruling stand there, and count for the passage that holds the date of its
        hearing."""
        seen = {h.passage_id for h in hits}
        out = []
        for number in (n for n in q.named if _IDENTIFIER.fullmatch(n)):
            found = self.kb.search(number, limit=5).hits
            for doc in dict.fromkeys(h.doc_id for h in found):
                if doc in identified:
                    continue
                heads = re.compile(r"(?m)^\W*(?:[^\W\d_]+\.?\s+){0,2}" + re.escape(number) + r"(?![\d.,]\d)")
                opening = next((h for h in found if h.doc_id == doc and heads.search(h.text)), None)
                if opening is None:
                    continue
                section = self._section(doc, opening, number)
                identified[doc] = section
                more = [opening] if opening.passage_id not in seen else []
                seen.add(opening.passage_id)
                more += self._within(q, concepts, doc, seen, self.coverage.terms(opening.text), section[1:])
                seen.update(h.passage_id for h in more)
                out.extend(more)
                log.append(f"passages {section[1]}-{section[2] - 1} of {doc} identified by {number!r}: "
                           + ", ".join(h.passage_id for h in more[:5]))
        return out

    def _section(self, doc: str, opening, number: str) -> tuple[str, int, int]:
        at = opening.text.find(number)
        label = re.findall(r"[^\W\d_]+\.?", opening.text[max(0, at - 20):at])[-2:]
        first = _seq(opening.passage_id)
        end = 1 << 30
        # the next line that opens with the same label and another number, or that names another
        # number of the same shape near its start ("Arrest nr. 5.833 van 8 juli 2020 in de zaak
        # 2020/130" after the page headers "Rolnr. 2020/007 – 17 februari 2020" of the ruling before)
        shape = re.sub(r"\d", r"\\d", re.escape(number))
        openers = [re.compile(r"(?m)^.{0,60}?(?<![\d./])(" + shape + r")(?![\d./]\d)")]
        if label:
            openers.append(re.compile(r"(?m)^\W*" + r"\s*".join(re.escape(w) for w in label) + r"\s*(\d[\d./]*)"))
        for p in self.kb.passages(doc):
            seq = _seq(p.id)
            if seq > first and any(m.group(1).rstrip(".") != number for again in openers for m in again.finditer(p.text)):
                end = seq + 1  # the passage that ends this part and opens the next
                break
        return opening.text, first, end

    def _within(self, q: Q.Question, concepts, doc: str, seen: set, known: frozenset = frozenset(),
                span: tuple[int, int] | None = None) -> list:
        """Passages of one document (or of its `span` of passages) that hold the question's words
        that are rare in it, with the words that stand near answers of the question's type and
        role. The words a document is about (its court's name and "arrest" in a ruling, the
        programme's name in a regulation) stand in most of its passages and rank the passage that
        merely repeats them; the answer's passage holds the rest ("terechtzitting",
        "plaatsgevonden"). Words `known` from what identified the document are left out for the
        same reason."""
        inside = (lambda pid: span[0] <= _seq(pid) < span[1]) if span else (lambda pid: True)
        texts = [p.text for p in self.kb.passages(doc) if inside(p.id)]
        if not texts:
            return []
        have = [self.coverage.terms(t) for t in texts]
        words = []
        for c in concepts:
            share = sum(1 for h in have if c.match(h)) / len(have)
            if 0 < share <= WITHIN_COMMON and not c.match(known):
                words.extend(q.english.get(c.word, [])[:2] or [c.word])
        if q.type == Q.DEFINITION and q.noun:
            words.insert(0, q.noun)
        query = " ".join([*words, query_hints(q.type), ROLE_HINTS.get(q.role, "")]).strip()
        if not query:
            return []
        limit = FOCUS_DEPTH * 4 if span else FOCUS_DEPTH
        found = [h for h in self.kb.search(query, limit=limit, filters={"doc": [doc]}).hits
                 if h.passage_id not in seen and inside(h.passage_id)]
        return found[:FOCUS_DEPTH]

    def _defining(self, q: Q.Question, doc: str, hits, seen: set) -> list:
        """The passages of the named document where the asked term opens a sentence that says what
        it is ("Accreditatie is 'het verlenen van een keurmerk …'", "Onder accreditatie wordt
        verstaan"): a term a document is about stands in most of its passages, so the search
        words alone do not find the one that defines it."""
        template = next((h for h in hits if h.doc_id == doc), None)
        if template is None:
            return []
        term = re.escape(q.noun)
        cue = re.compile(r"(?:^|[.!?:;]\s+|\n)\W{0,2}(?:de\s+|het\s+|een\s+)?" + term + r"\W{0,2}\s*(?:is|zijn|betekent|houdt in|"
                         r"omvat|:)\s|\bonder\s+(?:een\s+|de\s+|het\s+)?" + term + r"\b[^.]{0,60}\bverstaan", re.IGNORECASE)
        out = []
        for p in self.kb.passages(doc):
            if p.id not in seen and cue.search(p.text):
                out.append(replace(template, passage_id=p.id, text=p.text, page=p.page, heading=" > ".join(p.heading),
                                   score=template.score * 0.5, snippet=""))
                if len(out) >= DEFINING_PASSAGES:
                    break
        return out

    # -- evidence --------------------------------------------------------------------------------
    def _units(self, hits, docs) -> list[Unit]:
        units: list[Unit] = []
        for rank, hit in enumerate(hits):
            units.extend(units_of_passage(hit, rank))
        from ..records import qa_pairs

        by_id = {h.passage_id: (i, h) for i, h in enumerate(hits)}
        for record in qa_pairs([d for d in docs if d.get("kind") == "written_question"], list(by_id)):
            pair = record.pair
            found = by_id.get(pair.answer_passage_id) or by_id.get(pair.question_passage_id)
            if found and pair.answer:
                units.extend(answer_units(pair.question, pair.answer, found[1], found[0]))
        siblings: dict[tuple, list[str]] = {}
        for u in units:
            if u.kind in ("item", "row"):
                siblings.setdefault((u.hit.passage_id, u.kind, u.lead), []).append(u.text)
        for u in units:
            if u.kind in ("item", "row"):
                u.siblings = list(dict.fromkeys(siblings[(u.hit.passage_id, u.kind, u.lead)]))
            elif u.text.rstrip().endswith(":"):  # a lead-in knows its items ("… de volgende elementen:")
                u.siblings = list(dict.fromkeys(siblings.get((u.hit.passage_id, "item", u.text), [])))
        return units

    def _anchors(self, concepts, text: str) -> list[tuple]:
        """(offset, idf weight, concept) of each word of the unit that is a question word."""
        out = []
        for m in _WORD.finditer(text):
            have = self.coverage.terms(m.group())
            for i, c in enumerate(concepts):
                if c.match(have):
                    out.append((m.start(), c.weight, i))
        return out

    def _candidates(self, extract, q: Q.Question, concepts, unit: Unit, question_words: frozenset) -> list:
        """The spans `extract` finds in a unit, each scored by its closeness to the question's words.
        A unit that opens by pointing back ("Hiervoor is jaarlijks één miljoen gereserveerd", after
        "Minister Dijkgraaf heeft het Ondersteunend Programma Studentenwelzijn opgezet") holds the
        question words of the sentence it points to where the pointing word stands, at the weight the
        reference carries in coverage; a span keeps the better of its two scores, as the reference
        tells what the sentence is about and says nothing against a span far from it."""
        anchors = self._anchors(concepts, unit.text)
        found = extract(q, unit, Clues(anchors, self._same, question_words))
        pointer = referring_word(unit.text) if unit.refers and unit.before else None
        held = {i for _, _, i in anchors}
        carried = {i: weight for _, weight, i in self._anchors(concepts, unit.before) if i not in held} \
            if pointer is not None else {}
        if carried:
            referred = anchors + [(pointer, weight * REFERENCE_SHARE, i) for i, weight in carried.items()]
            better = {(c.start, c.end, c.text): c.score
                      for c in extract(q, unit, Clues(referred, self._same, question_words))}
            for cand in found:
                cand.score = max(cand.score, better.get((cand.start, cand.end, cand.text), 0.0))
        # (qualifiers weigh the spans last, so that the referent's score does not undo their weight)
        return self._coordinated(concepts, unit.text, self._qualified(concepts, unit.text, found))

    def _qualified(self, concepts, text: str, found: list) -> list:
        """Spans each qualified by what follows them ("met ingang van 1 augustus 1991 wat betreft het hoger
        beroepsonderwijs en met ingang van 1 september 1991 wat betreft het wetenschappelijk onderwijs"):
        where two spans of a unit are qualified apart, the one whose qualifier says most of the question
        scores as the unit's best span does, and the others weigh QUALIFIED_OTHER."""
        said = {}
        for cand in found:
            m = _QUALIFIER.match(text, cand.end)
            if m:
                terms = self.coverage.terms(m.group("what"))
                said[id(cand)] = sum(c.weight for c in concepts if c.match(terms))
        return _weighed_by_what_they_say(found, said)

    def _coordinated(self, concepts, text: str, found: list) -> list:
        """The later of two spans in parallel clauses, said of the words that lead it: in "een maand
        gesteld op 30 dagen en een jaar gesteld op 360 dagen" the opening ("Voor de berekening van de
        rente …") is said of both, and only "een jaar gesteld op" tells the second from the first. A
        span after a coordination ("en", "of", a comma) is led by the words from there to it; the span
        before it by as many words before it. Where the later lead holds question words and the
        earlier holds none, the later span scores as the unit's best span does and the earlier weighs
        QUALIFIED_OTHER (as `_qualified` weighs spans qualified after them). Never the other way: the
        earlier lead is only guessed, and it often holds the sentence's shared opening ("de rente op
        studieleningen niet meer voor vijf jaar …, maar vanaf 2020 voor tien jaar")."""
        said = {}
        spans = sorted(found, key=lambda c: c.start)
        for i, b in enumerate(spans):
            for a in reversed(spans[:i]):
                gap = text[a.end:b.start]
                if a.end > b.start or _SENTENCE_END.search(gap):
                    break
                marks = list(_COORDINATION.finditer(gap))
                lead = gap[marks[-1].end():].split() if marks else []
                if not LEAD_WORDS[0] <= len(lead) <= LEAD_WORDS[1] or _OUTSIDE_CLAUSE.search(" ".join(lead)):
                    continue
                before = text[:a.start]
                cut = max([m.end() for m in _COORDINATION.finditer(before)] +
                          [m.end() for m in _SENTENCE_END.finditer(before)] + [0])
                weights = [sum(c.weight for c in concepts if c.match(self.coverage.terms(" ".join(words))))
                           for words in (before[cut:].split()[-len(lead):], lead)]
                if weights[0] == 0.0 < weights[1]:
                    for cand, weight in zip((a, b), weights):
                        said[id(cand)] = max(said.get(id(cand), 0.0), weight)
                break
        return _weighed_by_what_they_say(found, said)

    def _names_hold(self, q: Q.Question, names: list[str], whole: str, document: str, about: str = "") -> bool:
        """Whether the evidence mentions the names the question gives. One of them must stand in
        the unit, its passage or its title; the others, and a source ("volgens de STEM-monitor"),
        may stand elsewhere in what was read of the same document ("2100 studenten" of #IBelong
        in one paragraph, the Erasmus Universiteit Rotterdam that coordinated it in another).
        A name the document's record gives (its title, organisation, askers, minister: see
        `_record_names`) holds for every passage of it: the examination rules of "Universiteit
        Antwerpen" rarely repeat the university's name in the article that answers."""
        local = [n for n in names if named_present(n, self.coverage, whole)]
        if len(local) == len(names):
            return True
        recorded = [n for n in names if n not in local and about and named_present(n, self.coverage, about)]
        # a people (`People`) may stand elsewhere in the document too
        if not local and any(n not in q.sources and n not in recorded and not isinstance(n, People) for n in names):
            return False
        return all(n in recorded or named_present(n, self.coverage, document) for n in names if n not in local)

    def _document_texts(self, doc: str) -> list[str]:
        """The texts of a document's passages, for `_topics` and `_of_region`, which read the same
        documents: the last `TEXTS_KEPT` documents' are kept (all of a large corpus would not be)."""
        texts = self._texts_memo.pop(doc, None)
        if texts is None:
            texts = [p.text for p in self.kb.passages(doc)]
            while len(self._texts_memo) >= TEXTS_KEPT:
                self._texts_memo.pop(next(iter(self._texts_memo)))
        self._texts_memo[doc] = texts  # (last used last)
        return texts

    def _topics(self, doc: str, names: list[str]) -> str:
        """The names the question gives that a document is about: those in its opening passages
        or in at least `TOPIC_SHARE` of them. A council's agenda names "Den Helder" in a third of
        its items, not in the one that explains the new bylaw; examination rules name
        "Universiteit Antwerpen" in their preamble, not in the article on keeping exam copies.
        Like a title, such a name holds for every passage of the document."""
        if not names:
            return ""
        key = (doc, tuple(names))
        if key not in self._topic_memo:
            texts = self._document_texts(doc)
            opening = [t for t in texts if not holds_contents(t)][:OPENING_PASSAGES]  # past its contents
            lowered = [t.lower() for t in texts]  # the share by spelling: analysing a 400-passage law costs seconds

            def share(name: str) -> float:
                forms = [f for f in (x.lower() for x in [name, *load_synonyms().expand(name)]) if len(f) >= 3]
                return sum(1 for t in lowered if any(f in t for f in forms)) / len(lowered)

            held = [n for n in names if texts and (
                any(named_present(n, self.coverage, t) for t in opening) or share(n) >= TOPIC_SHARE)]
            self._topic_memo[key] = " ; " + " ; ".join(held) if held else ""
        return self._topic_memo[key]

    @staticmethod
    def _home_words(q: Q.Question) -> list[tuple[str, str]]:
        """The question's words that name the field's own country or region ("Dutch", "Vlaamse",
        "Netherlands"), each as (the word with its glosses, the region)."""
        out = []
        for word in q.subject:
            glosses = q.english.get(word, []) if q.lang == "en" else []
            forms = {fold(w).lower() for w in [word, *glosses]}
            for region, names in home_regions().items():
                if forms & names:
                    out.append((" ".join([word, *glosses]), region))
        return out

    def _of_region(self, doc: str, region: str, record: dict | None) -> bool:
        """Whether a document is of a region, which it need not name: by the country of its own
        organisation (its record's), else of most organisations it names (an instellingsbesluit of
        OCW names no country, and a question calls it "the Dutch taskforce"); or when its opening
        passages or `TOPIC_SHARE` of them name the region."""
        from ..tag.entities import organisation_country  # (not at module level: search starts without the tagger)

        key = (doc, region)
        if key not in self._region_memo and record is not None:
            info, tags = record.get("info") or {}, record.get("tags") or {}
            own = organisation_country(info.get("organisation") or "")
            named = Counter(c for c in map(organisation_country, tags.get("org") or []) if c in REGIONS_OF_COUNTRY)
            countries = {own} if own in REGIONS_OF_COUNTRY else {c for c, n in named.items() if n == max(named.values())}
            if any(region in REGIONS_OF_COUNTRY[c] for c in countries):
                self._region_memo[key] = True
        if key not in self._region_memo:
            texts = [fold(t).lower() for t in self._document_texts(doc)]
            said = region_pattern(region)
            opening = [t for t in texts if not holds_contents(t)][:OPENING_PASSAGES]
            self._region_memo[key] = bool(texts) and (any(said.search(t) for t in opening) or
                                                      sum(1 for t in texts if said.search(t)) / len(texts) >= TOPIC_SHARE)
        return self._region_memo[key]

    @staticmethod
    def _record_names(doc: dict) -> str:
        """Who and what a document's record says it is by or for, as text: its title, number,
        organisation, askers, addressees and the ministers who answered. Not the organisations
        it merely mentions: an annual report that names a sister council is not about it."""
        info = doc.get("info") or {}
        parts = [doc.get("title", ""), info.get("title", ""), info.get("organisation", ""),
                 info.get("number", ""), info.get("dossier", "")]
        for key in ("askers", "addressees", "answered_by"):
            parts.extend(p.get("name", "") if isinstance(p, dict) else str(p) for p in info.get(key) or [])
        parts.extend(_title_acronyms(doc.get("title", "")))
        return " ; ".join(p for p in parts if p)

    def _same(self, a: str, b: str) -> bool:
        """Whether two words name the same thing: a shared term, the same first five letters, or a
        compound whose head is the other word ("medevoorzitter" is a voorzitter, though "mede" is
        no word the compound splitter takes off)."""
        ta, tb = self.coverage.terms(a), self.coverage.terms(b)
        if ta & tb:
            return True
        a, b = a.lower(), b.lower()
        if len(a) >= 6 and len(b) > len(a) and b.endswith(a) or len(b) >= 6 and len(a) > len(b) and a.endswith(b):
            return True
        return len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]

    def _span(self, q: Q.Question, concepts, scored):
        """The best span of the question's type in the best units, (score, coverage, unit, candidate)
        or None, and every span found."""
        extract = extractor(q.type)
        if extract is None:
            return None, []
        best = None
        question_words = frozenset(w.lower() for w in _WORD.findall(q.text))
        # a definition is read from every unit that covers well: a document about the term holds
        # it in most units, and the one that defines it need not rank first
        depth = UNITS_REFINED * 4 if q.type == Q.DEFINITION else UNITS_REFINED
        # units that cover the question as well as the best all deserve a look: in a document the
        # question names, every sentence holds the title's words, and retrieval alone orders them
        best_cov = max((cov for _, cov, _ in scored), default=0.0)
        tied = [i for i, (_, cov, _) in enumerate(scored[:UNITS_TIED]) if cov >= best_cov - TIED_COVERAGE]
        depth = max(depth, tied[-1] + 1 if tied else 0)
        found = []
        for score, cov, unit in scored[:depth]:
            if cov < MIN_TYPED:
                continue
            for cand in self._candidates(extract, q, concepts, unit, question_words):
                if cand.score < MIN_SPAN:
                    continue
                final = score * (1 - SPAN_WEIGHT + SPAN_WEIGHT * cand.score)
                found.append((final, cov, unit, cand))
                if best is None or final > best[0]:
                    best = (final, cov, unit, cand)
        if best is not None and q.type == Q.DATE:
            best = _to_the_day(best, found)
        return best, found

    # -- entry point ------------------------------------------------------------------------------
    def ask(self, text: str) -> Answer:
        q = parse_question(text[:MAX_QUESTION_CHARS])
        log = [f"type {q.type}" + (f" (noun '{q.noun}')" if q.noun else "")
               + (f", document fact {q.doc_kind}/{q.doc_fact}" if q.doc_fact else "")
               + (f", date role {q.role}" if q.role else "")
               + f"; subject {q.subject}; names {q.named}" + (f"; glosses {q.english}" if q.english else "")]
        result = self._answer(q, log)
        asks = Q.two_asks(text[:MAX_QUESTION_CHARS])
        if asks:
            result = self._both(q, result, asks, log)
        result.question = text
        result.type = result.type or q.type
        result.lang = q.lang
        result.explanation = log
        return result

    def _both(self, q: Q.Question, whole: Answer, asks: tuple[str, str], log: list[str]) -> Answer:
        """A question that asks two things, answered one ask at a time where the answer to the whole
        misses one: "Welk Kamerlid stelde de vragen over X, en wanneer zijn ze ingezonden?" is
        answered by a name in the questions' heading and a date in their opening, never one sentence.
        The whole question's answer stands when it holds both answers (one sentence often does), or
        when either ask finds nothing: half an answer would pass for a whole one."""
        parts = []
        for ask in asks:
            part = self._answer(parse_question(ask), [])
            if part.answer is None:
                log.append(f"two asks: no answer to {ask!r}; the whole question's answer stands")
                return whole
            parts.append(part)
        if parts[0].answer == parts[1].answer:  # one passage read for both: it answers neither ask apart
            log.append("two asks: one answer to both; the whole question's answer stands")
            return whole
        said = fold(whole.answer or "").lower()
        if all(fold(p.answer).lower().strip("… ") in said for p in parts):
            log.append("two asks: the whole question's answer holds both")
            return whole
        log.append("two asks, answered one at a time: " + " | ".join(repr(p.answer[:60]) for p in parts))
        cited = {(c.passage_id, c.quote) for c in parts[0].citations}
        citations = parts[0].citations + [c for c in parts[1].citations if (c.passage_id, c.quote) not in cited]
        return Answer(q.text, "; ".join(p.answer for p in parts), [], " + ".join(p.type or Q.SENTENCE for p in parts),
                      round(min(p.confidence for p in parts), 2), citations, related=whole.related)

    def _answer(self, q: Q.Question, log: list[str]) -> Answer:
        """The phases in order: gather and score the evidence, then the first of the document
        records, a minister's reply, a typed span and a covering sentence that answers."""
        ev = self._evidence(q, log)
        if isinstance(ev, Answer):
            return ev
        for phase in (self._from_records, self._from_reply, self._from_span, self._from_sentence):
            answer = phase(ev, log)
            if answer is not None:
                answer.related = ev.related
                return answer
        return Answer(q.text, None, type=q.type, related=ev.related, confidence=round(ev.best_cov, 2))

    # -- evidence: the passages the search finds, cut into units and scored -------------------------
    def _evidence(self, q: Q.Question, log: list[str]):
        """The scored units (an `Evidence`), or the "not found" answer when nothing is left."""
        concepts = self._concepts(q)
        query = self._query(q)
        hits = self.kb.search(query, limit=SEARCH_DEPTH).hits
        log.append(f"search {query!r}: " + ", ".join(f"{h.passage_id} ({h.score:.1f})" for h in hits[:5]))
        seen = {h.passage_id for h in hits}
        for term in Q.quoted(q.text):
            # a quoted term is what the question turns on ("what does the 'judicium abeundi' refer
            # to"): among a dozen English words its two rare ones hardly lift the one passage that
            # says it, searched as a phrase they find it
            more = [h for h in self.kb.search(f'"{term}"', limit=QUOTED_DEPTH).hits if h.passage_id not in seen]
            seen.update(h.passage_id for h in more)
            hits = hits + more
        hits = hits + self._naming(q, hits, seen, log)
        years = sorted(_asked_years(q))
        if years:  # the documents of the asked year by their title: search again with its filter
            hits = hits + self._of_the_year(years, query, hits, log)
        not_found = Answer(q.text, None, type=q.type, related=_related(hits))
        if not hits or not concepts:
            log.append("no evidence" if not hits else "no question word the index knows")
            return not_found
        identified: dict[str, tuple] = {}  # doc id -> (opening, first seq, end seq) of the part a number names
        hits = hits + self._identified(q, concepts, hits, identified, log)
        docs = self.kb.documents_by_id([h.doc_id for h in hits])
        titles = {d["id"]: d.get("title", "") for d in docs}
        hits = hits + self._focus(q, concepts, hits, titles, log)
        q = self._unseen_noun(self._counted_sense(q, hits, log), hits, log)
        scored, about, dropped = self._scored(q, concepts, hits, docs, titles, identified)
        if not scored:
            names, asked_years = self._names_to_check(q), _asked_years(q)
            log.append(f"no unit left (best passage coverage {max(about.values()):.2f}, needed {MIN_PASSAGE}); units "
                       "ruled out for " + ", ".join(f"{why}: {n}" for why, n in dropped.items() if n)
                       + (" (names: " + ", ".join(names) + ")" if names else "")
                       + (f" (years: {sorted(asked_years)})" if asked_years else ""))
            return not_found
        for score, cov, unit in scored[:6]:
            lacking = self.coverage.lacking(concepts, unit, unit.hit.text) if cov < MIN_SENTENCE else []
            log.append(f"unit {unit.hit.passage_id} {unit.kind} score {score:.2f} coverage {cov:.2f}: {unit.text[:90]!r}"
                       + (f" (lacks {', '.join(map(repr, lacking))})" if lacking else ""))
        return Evidence(q, concepts, hits, docs, scored, not_found.related)

    def _naming(self, q: Q.Question, hits, seen: set, log: list[str]) -> list:
        """Passages that name what the question names, when no passage found does: "Door welk decreet
        vervangt de Vlaamse regering het M-decreet?" finds decrees of the Vlaamse regering first, and
        every unit of them is ruled out for not naming the M-decreet (`_names_hold`). The name
        searched as a phrase finds the passages that say it; scoring their units decides."""
        read = [f"{h.text} {h.heading} {h.title}" for h in hits]
        extra = []
        for name in self._names_to_check(q):
            if isinstance(name, Spelled) or any(named_present(name, self.coverage, text) for text in read):
                continue
            more = [h for h in self.kb.search(f'"{name}"', limit=QUOTED_DEPTH).hits if h.passage_id not in seen]
            seen.update(h.passage_id for h in more)
            extra += more
            if more:
                log.append(f"no passage found names {name!r}: searched that name too: "
                           + ", ".join(h.passage_id for h in more[:5]))
        return extra

    def _of_the_year(self, years: list[int], query: str, hits, log: list[str]) -> list:
        """Passages of documents of the asked years that the search did not find: "… in 2005?"
        over a series of annual reports finds the reports of other years first, and "Welk
        rentepercentage gold in 2015 …" finds a document about student finance that mentions 2015
        before the regulation of the norms "voor het jaar 2015". The year filters a second search;
        the first search's hits stay ahead of it."""
        seen = {h.passage_id for h in hits}
        # only a document whose title gives the year (a report of a series: "Verslag over de
        # werkzaamheden 2005"); a document that merely mentions it is no answer about that year
        extra = [h for y in years for h in self.kb.search(f"{query} year:{y}", limit=SEARCH_DEPTH).hits
                 if h.passage_id not in seen and str(y) in (h.title or "")]
        if extra:
            log.append(f"no passage found says {', '.join(map(str, years))}: searched that year too: "
                       + ", ".join(h.passage_id for h in extra[:5]))
        return extra

    def _counted_sense(self, q: Q.Question, hits, log: list[str]) -> Q.Question:
        """The noun an English "how many" question counts, in the sense the passages read use when
        its first gloss stands in none of them: "how many benefits" is "uitkeringen" by the
        dictionary's first sense, and the document about open source counts "vier voordelen". A
        count is read beside its noun (`types.figures`), so the noun's sense decides whether it is
        found at all. A gloss of the same number first ("leden", not "lid"), then the glossary's order."""
        if q.lang != "en" or q.type != Q.COUNT or not q.noun:
            return q
        glosses = next((gs for gs in q.english.values() if q.noun in gs), [])
        if len(glosses) < 2:
            return q
        read = [self.coverage.terms(f"{h.text} {h.heading}") for h in hits]

        def used(gloss: str) -> int:
            terms = frozenset(self.stats.query_terms(gloss))
            return sum(1 for r in read if terms and terms <= r)

        others = [g for g in glosses if g != q.noun and used(g)]
        if used(q.noun) or not others:
            return q
        plural = q.noun.endswith(("en", "s"))
        noun = min(others, key=lambda g: (g.endswith(("en", "s")) != plural, glosses.index(g)))
        log.append(f"'{q.noun}' stands in no passage read, '{noun}' does: the count is of '{noun}'")
        return replace(q, noun=noun)

    def _unseen_noun(self, q: Q.Question, hits, log: list[str]) -> Q.Question:
        """The question without its class noun when no passage read holds it: "Welke vormen van
        jeugdhulp …" is answered by "MST en MDFT", "which groups of students" by "mbo-, hbo- en
        wo-studenten"; a noun the text never uses cannot say which span is the answer, and
        requiring it only turns a found answer into "not found"."""
        if not q.noun or q.type not in NOUN_OPTIONAL:
            return q
        c = self.coverage.concept(q.noun, [], loose=q.lang == "en")
        if c is None or any(c.match(self.coverage.terms(f"{h.text} {h.heading}")) for h in hits):
            return q
        log.append(f"'{q.noun}' stands in no passage read: not required of the answer")
        return replace(q, noun="")

    def _other_section(self, concepts, unit: Unit, headings: set[str]) -> bool:
        """Whether a unit stands in a section parallel to the one the question asks about: a word
        of the question that neither the unit, its context nor the headings above it hold stands
        in a heading parallel to one of those ("… meisjes in STEM-richtingen in de tweede graad":
        not the sentence under "Derde graad - instroom" when the document has a section "Tweede
        graad - Instroom"; not a ruling's "Zitting van 14 augustus 2019" when the question asks of
        "5 augustus 2019"). Parallel headings are siblings of one series (`_siblings`); what they
        have in common is in the unit's context, so only what tells them apart decides. Not when
        the unit's own heading names something asked that the sibling does not: a question can
        span two sections ("Hoofdstuk 3 Toelating", "Hoofdstuk 4 Inschrijving")."""
        above = [*unit.above, *heading_parts(unit.heading)]
        if not above or not headings:
            return False
        held = self.coverage.terms(" ".join([unit.text, unit.context, *above]))
        missing = [c for c in concepts if not c.match(held)]
        if not missing:
            return False
        others = headings - set(above)
        for h in above:
            mine = self.coverage.terms(h)
            for other in others:
                if not _siblings(h, other):
                    continue
                theirs = self.coverage.terms(other)
                # ("Hoofdstuk 3 Toelating" and "Hoofdstuk 4 Inschrijving" each name part of a
                # question on "toelating en inschrijving")
                if any(c.match(theirs) == 1.0 for c in missing) and \
                        not any(c.match(mine) and not c.match(theirs) for c in concepts):
                    return True
        return False

    def _names_to_check(self, q: Q.Question) -> list[str]:
        """The names the evidence must mention (`real_names`); for an English question without the
        words the glossary translates: "UN" is "VN" in Dutch text, "MP Erkens" is "Kamerlid
        Erkens", the "Sirius Programme" the "Sirius programma"."""
        # a country stands in the evidence by its name or its adjective, and a people by its adjective
        # or its country: "Duitsland", "Duitse"; "Oekraïense studenten", "studenten uit Oekraïne".
        # (`real_names` passes the adjective by, "een Oekraïens diploma" naming nothing; the country
        # it is of must still stand in the document, see `_names_hold`.)
        countries, peoples = foreign_countries(), foreign_peoples()

        def spelled(word: str, *more: str) -> Spelled | None:
            """The country or people `word` names, with every spelling of it; None for neither."""
            if word in countries:
                return Spelled((word, *countries[word], *more))
            country = peoples.get(fold(word).lower())
            return People((word, country, *countries[country], *more)) if country else None

        names = real_names(q.named)
        if q.lang != "en":
            names += [n for n in q.named if fold(n).lower() in peoples and n not in names]
            return [spelled(n) or n for n in names]
        from ..analysis.glossary import to_dutch

        # (words joined by a hyphen are words too: "Dutch-Flemish" is "Nederlands-Vlaams")
        glossed = [n for n in names if not to_dutch(n) and all(to_dutch(w) for w in re.split(r"[\s-]+", n))]
        # a country the glossary translates is still a place the evidence must name: "in Lebanon" is "in Libanon"
        # ("Ukrainian students" are "Oekraïense studenten": not the Belarusian ones of another motion)
        places = [place for n in names for g in to_dutch(n)[:1] if (place := spelled(g, n))]
        names = [n for n in names if not to_dutch(n) and not all(to_dutch(w) for w in re.split(r"[\s-]+", n))
                 and not re.fullmatch(r"[A-Z]{2,3}", n)]
        # a name in English words still names a place or a people, in Dutch: "Ghent University" is of
        # "Gent", the "Liberation Scholarship Program for American students" of "Amerikaans" ones; the
        # glossary spells such a word with its capital, "universiteit" or "programma" it does not
        proper = list(dict.fromkeys(Spelled((g, w)) for n in glossed for w in n.split() if w[:1].isupper()
                                    for g in to_dutch(w)[:1] if g[:1].isupper()))
        return [" ".join(w for w in n.split() if not to_dutch(w) or w.isupper() and len(w) > 3) or n for n in names] + \
            proper + [p for p in places if p not in proper]

    def _scored(self, q: Q.Question, concepts, hits, docs, titles: dict, identified: dict):
        """(units that may answer, best first, as (score, coverage, unit); each passage's coverage;
        how many units were ruled out, by reason)."""
        recorded = {d["id"]: self._record_names(d) for d in docs}
        names = self._names_to_check(q)
        top_score = hits[0].score or 1.0
        about = {h.passage_id: self.coverage.passage(concepts, f"{h.text} {h.heading} {h.title} {titles.get(h.doc_id, '')} "
                                                               f"{_opening(identified, h.passage_id, h.doc_id)}")
                 for h in hits}
        # a passage of the ruling a number identifies is about what the ruling is about: the question
        # describes the case ("de arts met een Oekraïens diploma"), the passage that answers says
        # only "Het beroep … is laattijdig"
        for doc, (_, first, end) in identified.items():
            if end - first > SECTION_READ:
                continue
            section = " ".join(p.text for p in self.kb.passages(doc) if first <= _seq(p.id) < end)
            whole = self.coverage.passage(concepts, section)
            for h in hits:
                if h.doc_id == doc and first <= _seq(h.passage_id) < end:
                    about[h.passage_id] = max(about[h.passage_id], whole)
        asked_years = _asked_years(q)
        asked_period = asked_years | _asked_period(q)
        asked_numbers = _asked_numbers(q)
        asked_terms = _academic_years(q.text) - _academic_years(" ".join(q.named))
        asked_periods = _periods(q.text) - _periods(" ".join(q.named))
        read_of: dict[str, str] = {}  # what the search read of each document: where a source is named
        for h in hits:
            read_of[h.doc_id] = f"{read_of.get(h.doc_id, '')} {h.text}"
        role_doc: dict[str, float] = {}
        if q.holds_role and q.noun:
            from ..tag.entities import find_persons  # (not at module level: search starts without the tagger)

            # "Wie werd voorzitter van de commissie die adviseert over pilots met …": the question
            # describes the body, which its document describes once (its task article); the list
            # of members that names the chair says none of that. Each passage is about what the
            # passages read of its document together are about, and a unit that gives the role
            # covers the question as far as its document does.
            # Only the document most about it: an annual report that names the Raad's chamber
            # chairs is not the decision that reappointed its chair.
            held = {doc: self.coverage.passage(concepts, f"{text} {titles.get(doc, '')}") for doc, text in read_of.items()}
            doc = max(held, key=lambda d: (held[d], d == hits[0].doc_id))
            role_doc[doc] = held[doc]
            for h in hits:
                if h.doc_id == doc:
                    about[h.passage_id] = max(about[h.passage_id], role_doc[doc])
        scored = []
        dropped = {"little of the question": 0, "a name missing": 0, "another section": 0, "another year": 0,
                   "an intent, not what happened": 0}
        actual = asks_what_happened(q.text)
        units = self._units(hits, docs)
        sections: dict[str, set[str]] = {}  # the short section headings read of each document
        for unit in units:
            sections.setdefault(unit.hit.doc_id, set()).update(unit.sections)
        # … and with the parts of the heading paths of its passages read
        headings = {doc: set(lines) for doc, lines in sections.items()}
        # A report of a series speaks of the year its title gives ("Jaarverslag 2021") wherever its
        # sentences name none. When a document titled with the asked year is among those read, a
        # sentence of next year's report that names no year ("in 775 dossiers werd uitspraak gedaan")
        # speaks of another year than the one asked (`titled_years`).
        # A question that names its source ("volgens het jaarverslag 2017", "the 2020 annual report") is answered
        # from that report, for any type (its foreword was signed in 2018): another year's report of the series
        # that repeats a sentence or looks back is not the source asked for (`report_of`).
        named_reports = _named_report_years(q.text)
        report_years = {doc: _report_years(title) for doc, title in titles.items()} if asked_years or named_reports else {}
        titled_years = report_years if asked_years and q.type not in (Q.DATE, Q.YEAR, Q.PERIOD) and \
            any(asked_years & years for years in report_years.values()) else {}
        report_of = report_years if any(named_reports & years for years in report_years.values()) else {}
        for h in hits:
            headings.setdefault(h.doc_id, set()).update(heading_parts(h.heading))
        # what a document's record says it is by and for (its organisation, who asked, the minister who
        # answered) holds for its every unit, as its title does ("volgens minister Van Weel"), and so do
        # the question's words for the country or region it is of ("the Dutch taskforce" of an OCW
        # instellingsbesluit, whose article that appoints the chair names no country)
        home = self._home_words(q)
        records = {d["id"]: d for d in docs}
        regional = {doc: " ; ".join(said for said, region in home if self._of_region(doc, region, records.get(doc)))
                    for doc in {u.hit.doc_id for u in units}} if home else {}
        for unit in units:
            unit.document = _opening(identified, unit.hit.passage_id, unit.hit.doc_id)
            unit.about = " ; ".join(x for x in (regional.get(unit.hit.doc_id), recorded.get(unit.hit.doc_id)) if x)
            if about[unit.hit.passage_id] < MIN_PASSAGE:
                dropped["little of the question"] += 1
                continue
            whole = f"{unit.text} {unit.context} {unit.hit.text} {titles.get(unit.hit.doc_id, '')} {unit.document}"
            doc_id = unit.hit.doc_id
            if not self._names_hold(q, names, whole, read_of.get(doc_id, ""), recorded.get(doc_id, "")) and \
                    not self._names_hold(q, names, whole, read_of.get(doc_id, ""),
                                         recorded.get(doc_id, "") + self._topics(doc_id, names)):
                dropped["a name missing"] += 1
                continue
            if actual and intent_only(unit.text):
                dropped["an intent, not what happened"] += 1
                continue
            parallel = _parallel(unit.section, sections.get(doc_id, set())) if names else []
            if parallel and any(not named_present(n, self.coverage, f"{unit.text} {unit.context}") and
                                any(named_present(n, self.coverage, x) for x in parallel) for n in names):
                # "… meisjes in het BSO": not the section "Kunst Secundair Onderwijs (KSO)" of the
                # same document when its parallel "Beroeps Secundair Onderwijs (BSO)" names it
                dropped["another section"] += 1
                continue
            if self._other_section(concepts, unit, headings.get(doc_id, set())):
                dropped["another section"] += 1
                continue
            own_years = set()
            if asked_years and q.type not in (Q.DATE, Q.YEAR, Q.PERIOD):
                # "Hierbij betreft het 7.210 internationale studenten" speaks of the year of the
                # sentence it points back to ("Op 1 september 2023 is aan 50.324 studenten …")
                own_years = _own_or_referred(_own_years, unit)
            own_terms = _academic_years(unit.text) if asked_terms else set()
            if asked_periods and _another_period(asked_periods, _own_or_referred(_own_periods, unit)):
                # ("kent voor de periode van 1 februari 2022 tot en met 31 januari 2025 een projectsubsidie toe"
                # does not answer "in de periode 2019-2022")
                dropped["another year"] += 1
                continue
            # (a document whose title gives its academic year, "Publicatie CROHO 2003 - 2004", speaks of that
            # year wherever its sentences do not say another: it does not answer "het CROHO 2004-2005")
            titled_terms = _academic_years(titles.get(doc_id, "")) if asked_terms and not own_terms else set()
            titled = titled_years.get(doc_id, set()) if not own_years else set()
            if report_of.get(doc_id) and not named_reports & report_of[doc_id]:
                dropped["another year"] += 1
                continue
            if asked_years and (not (asked_years & (_years_in(whole) | _dated(unit.hit.document))) or own_years and not asked_period & own_years
                                or titled and not asked_period & titled) or \
                    own_terms and not asked_terms & own_terms or titled_terms and not asked_terms & titled_terms:
                # ("… voor het studiejaar 2015–2016" does not answer "for 2016-2017", though both say 2016)
                dropped["another year"] += 1
                continue  # "… in 2023?" is not answered by a passage about other years, nor by a
                # sentence about another one ("1,1 miljoen euro subsidie voor het werkjaar 2024")
            cov = self.coverage.score(concepts, unit, unit.hit.text)
            if doc_id in role_doc and any(self._same(q.noun, w) for w in _WORD.findall(unit.text)) and find_persons(unit.text):
                cov = max(cov, ROLE_UNIT * role_doc[doc_id])
            score = cov + RETRIEVAL_SHARE * min(1.0, unit.hit.score / top_score)
            if asked_numbers and states_number(asked_numbers, unit.text):
                score += NUMBER_STATED  # "an opleidingsschool that trained 200 students": the row "180–219"
            if q.asks_reply and unit.kind != "answer":
                score *= REPLY_ELSEWHERE
            scored.append((score, cov, unit))
        scored.sort(key=lambda s: (-s[0], s[2].rank))
        if not asked_years and not named_reports:
            scored = _latest_of_twins(scored, titles)
        return scored, about, dropped

    # -- the answers, in the order they are tried -------------------------------------------------
    def _from_records(self, ev: "Evidence", log: list[str]) -> Answer | None:
        """Document records, for the questions that ask for them: a motion's submitters, the date
        written questions were answered, an initiative's partners."""
        q = ev.q
        ranked_docs = list(dict.fromkeys(u.hit.doc_id for _, cov, u in ev.scored if cov >= MIN_TYPED))
        fact = document_fact(q, ev.docs, ranked_docs)
        if fact:
            answer, items, doc = fact
            hit = next(u.hit for _, _, u in ev.scored if u.hit.doc_id == doc["id"])
            log.append(f"document record {doc['path']}: {answer}")
            return Answer(q.text, answer, items, q.type, round(max(ev.best_cov, 0.7), 2),
                          [self._stating(doc, items or [answer]) or _cite(hit, hit.text)])
        signer = self._foreword_signature(ev, log) or self._signatory(ev, log) or self._issuer(ev, log)
        if signer is not None:
            return signer
        partners = initiative_partners(q, ev.docs)
        if partners:
            answer, items, record, src = partners
            hit = next((h for h in ev.hits if src and h.doc_id == src.doc_id), None)
            log.append(f"initiative record {record.initiative.name}: {answer}")
            cites = [_cite(hit, hit.text)] if hit else (
                [Citation(src.path, src.title, src.page, src.passage_id, record.initiative.name)] if src else [])
            return Answer(q.text, _short(answer), items, q.type, 0.9, cites)
        return None

    def _stating(self, doc: dict, said: list[str]) -> Citation | None:
        """The passage of a document's opening that states a fact of its record: who asked the
        written questions and when stand in their heading, and the quote a user pastes must show
        it, not the passage the question's words found best. None when the opening does not say
        it in these words (a number the record spells its own way)."""
        keys = [k for k in (fold(re.sub(r"\s*\([^)]*\)", "", s)).lower().strip() for s in said) if k]
        for seq in range(FACT_OPENING):
            try:
                p = self.kb.passage(f"{doc['id']}-{seq:04d}")
            except NotFound:
                return None
            text = fold(" ".join(p.text.split())).lower()
            if keys and all(k in text for k in keys):
                return Citation(doc.get("path", ""), doc.get("title", ""), p.page, p.id, _short(p.text, 80))
        return None

    def _issuer(self, ev: "Evidence", log: list[str]) -> Answer | None:
        """Who issued a regulation or decision: the body its preamble opens with, before "Gelet op"
        ("De hoofddirectie van de Informatie Beheer Groep, Gelet op artikel 11.5 …; Besluit:")."""
        q = ev.q
        if q.type != Q.ACTOR or q.doc_fact or q.holds_role or not _ISSUED.search(q.text):
            return None
        doc = _best_document(ev)
        if doc is None:
            return None
        for seq in range(min(OPENING_PASSAGES, doc.get("passages", 0))):
            pid = f"{doc['id']}-{seq:04d}"
            try:
                opening = self.kb.passage(pid)
            except NotFound:
                return None
            m = _PREAMBLE.search(opening.text)
            if m:
                issuer = " ".join(m.group("who").split())
                log.append(f"preamble of {doc['path']}: issued by {issuer}")
                quote = " ".join(opening.text[m.start("who"):m.end()].split())
                return Answer(q.text, issuer, [], q.type, round(max(ev.best_cov, 0.7), 2),
                              [Citation(doc["path"], doc.get("title", ""), opening.page, pid, _short(quote, 60))])
        return None

    def _foreword_signature(self, ev: "Evidence", log: list[str]) -> Answer | None:
        """Who signed a report's foreword, or when: the name, function and date on lines of their own where the
        foreword ends ("Jim Deridder / Voorzitter / 15 juni 2018"). The block may fall into the passage after the
        last one under the foreword's heading (a page break cuts it off); the foreword's words, not the block's,
        are what the search finds."""
        q = ev.q
        if q.type not in (Q.ACTOR, Q.DATE) or not _FOREWORD.search(q.text) or not _SIGNED.search(q.text):
            return None
        doc = _best_document(ev)
        if doc is None:
            return None
        passages = self.kb.passages(doc["id"])
        under = [i for i, p in enumerate(passages) if any(_FOREWORD.fullmatch(h.strip()) for h in p.heading)]
        if not under:
            return None
        for p in passages[under[0]:under[-1] + 2]:
            m = _SIGNATURE_BLOCK.search(p.text)
            if m is None:
                continue
            said = m.group("date") if q.type == Q.DATE else m.group("name")
            answer = f"{said} ({iso_date(said)})" if q.type == Q.DATE else said
            log.append(f"signature of the foreword of {doc['path']}: {answer}")
            return Answer(q.text, answer, [], q.type, round(max(ev.best_cov, 0.7), 2),
                          [Citation(doc["path"], doc.get("title", ""), p.page, p.id, " ".join(m.group().split()))])
        return None

    def _signatory(self, ev: "Evidence", log: list[str]) -> Answer | None:
        """Who signed a regulation, decision or letter: a person named under a function at the end
        of the best document ("De Minister van Onderwijs, Cultuur en Wetenschap,\nM. Bussemaker").
        A royal decree is signed by the King, the minister who proposed it and, under the date it
        was issued, the Minister of Justice who published it: the question's words choose among
        them ("welke minister van Landbouw en Visserij ondertekende mee", "as Minister for Housing"),
        else the first signs; a question for the king or queen is answered by the monarch the decree opens
        with ("Wij WILHELMINA, bij de gratie Gods, …"). The block
        stands in the last passage that holds one (a table of contents may follow it). Answers to
        written questions name their answerer in the document's record instead."""
        q = ev.q
        if q.type != Q.ACTOR or q.doc_fact or not (_SIGNED.search(q.text) or _ISSUED_BY_WHICH.search(q.text) or
                                                   _PROPOSED.search(q.text) and q.noun in _MINISTERS):
            return None
        from ..tag.entities import find_persons  # (not at module level: search starts without the tagger)
        from ..tag.kinds import title_case_name

        doc = _best_document(ev)
        if doc is None or not doc.get("passages"):
            return None
        passages = self.kb.passages(doc["id"])
        # "Welke koningin tekende het besluit": a royal decree opens with the monarch who signs it
        royal = next(((p, m) for p in passages[:OPENING_PASSAGES] for m in [_ROYAL.search(p.text)] if m),
                     None) if q.noun in _MONARCHS else None
        signed = None if royal else next(((p, blocks) for p in reversed(passages)
                                          for blocks in [list(_SIGNATURE_LINES.finditer(p.text))] if blocks), None)
        where = "the opening" if royal else "the end"
        if royal is not None:
            passage, m = royal
            name, quote, page, pid = title_case_name(m.group("name")), m.group(), passage.page, passage.id
        elif signed is not None:
            passage, blocks = signed
            function = _FUNCTION_ASKED.search(q.text)
            roles = [c for c in ev.concepts if function and c.word in function.group("of")]

            # (a treaty signed "Voor het Koninkrijk der Nederlanden" and "Voor de Vlaamse Gemeenschap": the
            # party the question names, "… signed … for the Netherlands", else all its words choose the party)
            if not roles and any(b.group("role3") or b.group("role4") for b in blocks):
                party = [m.group("party").lower() for m in _PARTY_ASKED.finditer(q.text)][-1:]
                roles = [c for c in ev.concepts if party and re.sub(r"^(?:the|de|het)\s+", "", c.word.lower()) in party[0]] \
                    or list(ev.concepts)

            def asked(m) -> float:  # how much of the asked function the signature's names
                have = self.coverage.terms(m.group("role") or m.group("role2") or m.group("role3") or m.group("role4"))
                return sum(c.weight for c in roles if c.match(have))
            m = max(blocks, key=lambda b: (asked(b), -b.start()))
            name = m.group("name") or m.group("name2") or m.group("name4") or \
                title_case_name(" ".join((m.group("name3") or m.group("name5")).split()))
            quote, page, pid = " ".join(m.group().split()), passage.page, passage.id
        else:
            last_id = f"{doc['id']}-{doc['passages'] - 1:04d}"
            try:
                last = self.kb.passage(last_id)
            except NotFound:  # (an index without that passage: no signature to read)
                return None
            tail = " ".join(last.text[-SIGNATURE_CHARS:].split())
            m = _SIGNATURE.search(tail)
            persons = [] if m else find_persons(tail)
            if m:
                name, start, end = m.group("name"), m.start(), m.end()
            elif persons:
                name, start, end = persons[-1].name, persons[-1].start, persons[-1].end
            else:
                return None
            quote, page, pid = tail[max(0, start - 80):end].strip(), last.page, last_id
        log.append(f"signature at {where} of {doc['path']}: {name}")
        return Answer(q.text, name, [], q.type, round(max(ev.best_cov, 0.7), 2),
                      [Citation(doc["path"], doc.get("title", ""), page, pid, _short(quote, 80))])

    def _from_reply(self, ev: "Evidence", log: list[str]) -> Answer | None:
        """What a minister answered: the answer to the parliamentary question closest to the asked one."""
        if not ev.q.asks_reply:
            return None
        replies = [(self.coverage.passage(ev.concepts, u.lead), -u.rank, u) for _, _, u in ev.scored if u.kind == "answer"]
        if not replies:
            return None
        match, _, first = max(replies, key=lambda r: (r[0], r[1]))
        if match < MIN_SENTENCE:
            return None
        answer = [u.text for _, _, u in ev.scored if u.kind == "answer" and u.lead == first.lead
                  and u.hit.passage_id == first.hit.passage_id]
        text = trim(" ".join(dict.fromkeys(answer)), [], 40)
        log.append(f"answer to the question {first.lead[:80]!r} (match {match:.2f})")
        return Answer(ev.q.text, text, [], Q.SENTENCE, round(match * 0.9, 2), [_cite(first.hit, text)])

    def _from_span(self, ev: "Evidence", log: list[str]) -> Answer | None:
        """A span of the expected type from the best units."""
        best, found = self._span(ev.q, ev.concepts, ev.scored)
        if best is None:
            return None
        final, cov, unit, cand = best
        (cover_score, cover_cov, cover), why_not = self._covering(ev)
        # (not a definition: the unit that defines a term need not cover the question best, see _span)
        if not why_not and cover is not unit and ev.q.type != Q.DEFINITION and cover_score * SENTENCE_OVER_SPAN > final:
            log.append(f"{ev.q.type} {cand.text!r} (span score {cand.score:.2f}) from {unit.hit.passage_id} scores "
                       f"{final:.2f}, below the best unit's {cover_score:.2f}: that unit answers as a sentence")
            return None
        if not why_not and cover is not unit and ev.q.type in _MEMBERS_ASKED and _members_asked(ev.q.text) \
                and _leads_in(cover) and unit.lead != cover.text and cover_cov >= cov:
            # "Aan welke partijen verstrekt de minister …": the sentence that says so ends in a colon and its items
            # are the members asked for ("… aan de volgende partijen een aanvullende vergoeding …: a. instellingen;
            # b. kenniscentra; …"); a span elsewhere that covers the question less well gives way to them
            log.append(f"{ev.q.type} {cand.text!r} from {unit.hit.passage_id} gives way to the list the best unit "
                       f"introduces")
            return None
        cov = self._with_class_answered(ev, unit, cov)
        confidence = round(min(1.0, cov * (0.75 + 0.25 * cand.score)), 2)
        if confidence < MIN_SPAN_CONFIDENCE:
            log.append(f"{ev.q.type} {cand.text!r} from {unit.hit.passage_id}: confidence {confidence:.2f} "
                       f"below {MIN_SPAN_CONFIDENCE}, no answer")
            return None
        log.append(f"{ev.q.type} {cand.text!r} (span score {cand.score:.2f}) from {unit.hit.passage_id}")
        rival = None
        if ev.q.type in (Q.ACTOR, Q.NAME):
            nouns = [m.span() for m in _WORD.finditer(unit.text) if ev.q.noun and self._same(ev.q.noun, m.group())]
            rival = _rival(best, found, nouns)
        if rival is not None and unit.quote == unit.text:
            # "Wie …": two persons (or two organisations) stand as near the question's words in one
            # sentence, and nothing tells which the question means: the sentence answers
            log.append(f"{rival.text!r} stands as near: the sentence answers")
            keep = [(cand.start, cand.end), (rival.start, rival.end)]
            return Answer(ev.q.text, trim(unit.text, keep, limit=SENTENCE_WORDS), [], Q.SENTENCE, confidence,
                          [_cite(unit.hit, unit.quote)])
        # The span's sentence, trimmed around the span and the question's words, answers instead of
        # the span alone when
        # - the question asks two things: the span answers one, its sentence both;
        # - the value is one the reader is unsure of, beside another of its type: when the sentence gives
        #   two numbers or dates and the wrong one was taken, the reader sees the right one beside it
        #   ("van 50% naar 60%"). Typed answers below SPAN_SURE were right for 75% of the tune
        #   questions but 53% of the held-out ones (84% and 80% at or above it; session 33 code)
        why = ""
        if not cand.items and unit.quote == unit.text:
            if ev.q.second:
                why = "the question asks a second thing"
            elif confidence < SPAN_SURE and ev.q.type in _VALUES and unit.text[cand.start:cand.end] == cand.text and \
                    any(u is unit and _span_key(c.text) != _span_key(cand.text) for _, _, u, c in found):
                why = f"confidence {confidence:.2f} below {SPAN_SURE}"
        if why:
            anchors = self._anchors(ev.concepts, unit.text)
            keep = [(a, a + 1) for a, _, _ in anchors] + [(cand.start, cand.end)]
            weights = [w for _, w, _ in anchors] + [max((w for _, w, _ in anchors), default=1.0) * len(keep)]
            log.append(f"{why}: the span's sentence answers")
            return Answer(ev.q.text, trim(unit.text, keep, limit=SENTENCE_WORDS, weights=weights), [], Q.SENTENCE,
                          confidence, [_cite(unit.hit, unit.quote)])
        siblings = _persons_of_sibling_items(ev.q, best, found)
        if siblings:
            names = list(dict.fromkeys([cand.text, *(c.text for c in siblings)]))
            log.append(f"persons of the items beside it: {names}")
            return Answer(ev.q.text, joined(names), names, ev.q.type, confidence,
                          [_cite(unit.hit, unit.quote)])
        return Answer(ev.q.text, _short(cand.text), cand.items[:25], ev.q.type, confidence, [_cite(unit.hit, unit.quote)])

    def _with_class_answered(self, ev: "Evidence", unit: Unit, cov: float) -> float:
        """The unit's coverage with the class the question asks for held: a span of the asked type
        is a thing of that class ("Welk bureau onderzocht …": "Gupta" is the bureau), though its
        sentence need not say the class word."""
        q = ev.q
        if q.type not in CLASS_NAMED or not q.noun:
            return cov
        asked = [i for i, c in enumerate(ev.concepts) if c.word.lower() == q.noun or q.noun in q.english.get(c.word, ())]
        if not asked:
            return cov
        shares = self.coverage.shares(ev.concepts, unit, unit.hit.text)
        total = sum(c.weight for c in ev.concepts) or 1.0
        return max(cov, sum(c.weight * (1.0 if i in asked else s) for i, (c, s) in enumerate(zip(ev.concepts, shares))) / total)

    def _covering(self, ev: "Evidence") -> tuple[tuple, str]:
        """The unit that covers the question best (past a question in the text that restates the one
        asked, see `_find_covering`), and why it cannot answer as a sentence ("" when it can): it must
        cover the question well, name the noun asked about and hold what a number or date question needs."""
        if ev.covering is None:
            ev.covering = self._find_covering(ev)
        return ev.covering

    def _find_covering(self, ev: "Evidence") -> tuple[tuple, str]:
        """The best-covering unit, and why it cannot answer as a sentence ("" when it can). A question
        in the text that restates the one asked ("Kunt u toelichten waarom het rentepercentage … op 2% is
        gesteld?") covers it best and answers nothing: it gives way to the next unit that covers the
        question well enough (the minister's answer to it). For a list question, a unit that enumerates
        members and covers the question within LISTING_MARGIN of the best goes first when it can answer."""
        q = ev.q
        ranked = sorted(ev.scored, key=lambda s: (s[1] * (REPLY_ELSEWHERE if q.asks_reply and s[2].kind != "answer" else 1),
                                                  s[0]), reverse=True)
        if q.type == Q.LIST and not _enumerates(ranked[0][2].text) and not ranked[0][2].text.rstrip().endswith(":"):
            # "welke fracties stemden tegen": of the units that cover the question about as well, the one
            # that enumerates members ("de fracties van het CDA, …, de PvdA en de VVD") answers it
            near = next((r for r in ranked[1:] if r[1] >= ranked[0][1] - LISTING_MARGIN and _enumerates(r[2].text)), None)
            if near is not None and not self._can_cover(ev, near)[1]:
                return near, ""
        first = self._can_cover(ev, ranked[0])
        if first[1] and ranked[0][2].text.rstrip().endswith("?"):
            for other in ranked[1:]:
                if other[1] < MIN_SENTENCE:
                    break
                if not other[2].text.rstrip().endswith("?"):
                    found = self._can_cover(ev, other)
                    return found if not found[1] else first
        return first

    def _can_cover(self, ev: "Evidence", best: tuple) -> tuple[tuple, str]:
        """One scored unit, and why it cannot answer as a sentence ("" when it can)."""
        q = ev.q
        score, cov, unit = best
        # what a motion asks stands in its dictum ("verzoekt de regering …"), in the motion's words:
        # a question about it in other words covers less of the dictum than of a plain sentence, and
        # names its class noun ("voor welke groep studenten") less often
        dictum = bool(_MOTION_ASKED.search(q.text) and DICTUM.match(unit.text))
        # ("organisaties" stands in for whatever the question called any party: "welke partijen"; the
        # class noun of a name question is the asker's word for the thing, which the sentence naming
        # it need not repeat: "which document sets the norm" is answered by "de Gedragscode …")
        # a "welke …" question for several members is answered by a sentence that enumerates some
        # ("vooral gaan naar Griekenland, India, de Oekraïne en de Verenigde Staten"), in words of its own
        listing = q.type == Q.LIST and _enumerates(unit.text)
        noun_ok = not q.noun or q.type in (Q.SENTENCE, Q.NAME) or q.noun == "organisaties" or dictum or listing or \
            any(self._same(q.noun, w) for w in _WORD.findall(unit.text))
        if not (cov >= MIN_SENTENCE or dictum and cov >= MIN_DICTUM or listing and cov >= MIN_LISTING):
            return best, f"best coverage {ev.best_cov:.2f} below {MIN_SENTENCE}"
        if not noun_ok:
            return best, f"no unit of the type asked for, and the best unit does not name '{q.noun}'"
        listed = " ".join(unit.siblings) if unit.text.rstrip().endswith(":") else ""
        # (the minister's answer to a parliamentary "waarom" is its ground, whatever words it gives it in)
        reply = q.type == Q.REASON and unit.kind == "answer"
        if not reply and not can_answer_as_sentence(q.type, f"{unit.text} {listed}", q.holds_role, q.to_the_day,
                                                    " ".join([q.text, *(g for gs in q.english.values() for g in gs)]),
                                                    q.noun) or \
                q.type in (Q.DATE, Q.YEAR) and only_other_roles(q, unit.text):
            return best, f"no unit of the type asked for, and the best unit holds no {q.type}"
        return best, ""

    def _from_sentence(self, ev: "Evidence", log: list[str]) -> Answer | None:
        """No span of the type: the best-covering unit itself, when it can answer as a sentence."""
        (score, cov, unit), why_not = self._covering(ev)
        if why_not:
            log.append(why_not)
            return None
        text = unit.quote
        own = None
        if unit.kind == "sentence" and unit.refers and unit.before and self._carried(ev, unit):
            # "… mogen selecteren op basis van deze kenmerken": what "deze kenmerken" are stands in
            # the sentence before, and the answer is the two read together, the unit's own whole
            text = f"{unit.before} {text}"
            own = (len(unit.before) + 1, len(text))
            log.append("the sentence answers with the one it refers back to")
        anchors = self._anchors(ev.concepts, text)
        keep = [(a, a + 1) for a, _, _ in anchors]
        items = list_items(unit.siblings) if unit.text.rstrip().endswith(":") else []
        log.append(f"sentence from {unit.hit.passage_id} (coverage {cov:.2f})" + (f" with its {len(items)} items" if items else ""))
        # (a sentence answering a question for a number or a date holds one: what the answer is, which a trim around
        # the question's words alone may cut off)
        figures = [m.span() for m in re.finditer(r"\d[\d.,]*", text)] if ev.q.type in NUMERIC else []
        must = (figures[0][0], figures[-1][1]) if figures else own
        # a lead-in answers with the list it introduces ("… bestaande uit ten minste: a. één hogeschool …")
        return Answer(ev.q.text, trim(text, keep, limit=SENTENCE_WORDS,
                                         weights=[w for _, w, _ in anchors], must=must), items, Q.SENTENCE,
                      round(cov * 0.9, 2), [_cite(unit.hit, " ".join([text, *items]))])

    def _carried(self, ev: "Evidence", unit: Unit) -> bool:
        """Whether the sentence a unit refers back to holds question words the unit itself does not."""
        own = self.coverage.terms(unit.text)
        before = self.coverage.terms(unit.before)
        return any(c.match(before) > c.match(own) for c in ev.concepts)


@dataclass
class Evidence:
    """What the answer phases read: the question, its concepts, the passages read and the units
    that may answer, best first, as (score, coverage, unit)."""

    q: Q.Question
    concepts: list
    hits: list
    docs: list[dict]
    scored: list[tuple]
    related: list[dict]
    # the best-covering unit and why it cannot answer as a sentence (Answerer._covering), found once
    # for both the span phase, which weighs a span against it, and the sentence phase
    covering: tuple | None = field(default=None, repr=False)

    @property
    def best_cov(self) -> float:
        return max(cov for _, cov, _ in self.scored)


_MONTH_ONLY = lazyre.compile(r"\((\d{4}-\d\d)[,)]")
_TO_THE_DAY = lazyre.compile(r"\((\d{4}-\d\d)-\d\d[,)]")
DAY_OVER_MONTH = 0.75  # a date to the day scoring this share of a month-only date of the same month answers instead


def _weighed_by_what_they_say(found: list, said: dict) -> list:
    """Spans weighed by how much of the question the words said of them hold (`said`, by span id; see
    `_qualified` and `_coordinated`): where they differ, the span whose words hold most scores as the
    unit's best span does (it stands as near the question's words as any span of the unit), and the
    others said of something weigh QUALIFIED_OTHER. Spans nothing is said of keep their score."""
    if len(said) < 2 or len(set(said.values())) < 2:
        return found
    best, top = max(said.values()), max(c.score for c in found)
    for cand in found:
        if id(cand) in said:
            cand.score = max(cand.score, top) if said[id(cand)] == best else cand.score * QUALIFIED_OTHER
    return found


def _span_key(text: str) -> str:
    """A span as a comparable key: "50 %" and "50%" are one value."""
    return re.sub(r"[\W_]+", "", fold(text).lower())


SIBLING_PERSON = 0.85  # a person of an item beside the best span's, as near the question's words, is one of those asked


def _persons_of_sibling_items(q: Q.Question, best: tuple, found: list[tuple]) -> list:
    """The persons of the other items of the best span's list, for a question that asks several ("Which
    minister and state secretary are named in the annex …" over "De bewindspersonen van het Ministerie
    zijn: minister, mevrouw dr. J. Bussemaker; staatssecretaris, de heer S. Dekker"): each item is a unit
    of its own and holds one of them. Only items under the same lead-in, whose person scores within
    SIBLING_PERSON of the best, after it in the order they score."""
    final, _, unit, cand = best
    if q.type != Q.ACTOR or not q.wants_list or cand.items or unit.kind != "item" or not unit.lead:
        return []
    return [c for f, _, u, c in found
            if u is not unit and u.kind == "item" and u.lead == unit.lead and u.hit.passage_id == unit.hit.passage_id
            and f >= SIBLING_PERSON * final and c.text != cand.text]


def _to_the_day(best: tuple, found: list[tuple]) -> tuple:
    """The date to the day where the best date names only its month: "voor september 2004" and "op
    of na 1 september 2004" in one paragraph both say when the check began; the second says it exactly."""
    month = _MONTH_ONLY.search(best[3].text)
    if not month:
        return best
    days = [f for f in found if (m := _TO_THE_DAY.search(f[3].text)) and m.group(1) == month.group(1)
            and f[0] >= DAY_OVER_MONTH * best[0]]
    if not days:
        return best
    day = max(days, key=lambda f: f[0])
    return (best[0], day[1], day[2], day[3])  # (the same answer, said exactly: it keeps the month's score)


def _best_document(ev: Evidence) -> dict | None:
    """The document of the best unit that covers the question enough for a typed answer."""
    best = next((u.hit.doc_id for _, cov, u in ev.scored if cov >= MIN_TYPED), None)
    return next((d for d in ev.docs if d["id"] == best), None)


def _asked_period(q: Q.Question) -> set[int]:
    """Every year of a long period the question asks about ("the selection list for 1945–1986"):
    a sentence about 1966–1973 speaks of a time inside it."""
    named = _years_in(" ".join(q.named))
    return {y for first, last in _year_spans(q.text) if last is not None and first not in named and first < last <= first + 100
            for y in range(first, last + 1)}


# the number of a document or an article: "motie 31 288 nr. 1007", "Kamerstuk 36 200", "artikel 7.3",
# "rolnummer 2020/007"; and the parliamentary papers' way of grouping digits with a space ("31 288")
_DOCUMENT_NUMBER = lazyre.compile(r"\b(?:moties?|motions?|kamerstuk(?:ken)?|dossier|nr|no|nummer|number|artikel|article|art|"
                                  r"rolnummer|arrest|ruling|case|besluit|decision)\.?\s*\d[\d./ ]*\d\b|\b\d{1,3}(?: \d{3})+\b",
                                  re.IGNORECASE)


def _asked_numbers(q: Q.Question) -> set[float]:
    """The quantities a question gives ("… that trained 200 students"), not its years, dates or the
    numbers of the documents it names: "motie 31 288" asks nothing of "31 januari"."""
    text = _DOCUMENT_NUMBER.sub(" ", DATE.sub(" ", q.text))
    for name in q.named:
        text = text.replace(name, " ")
    return {v for v in (parse_number(m.group()) for m in _QUANTITY.finditer(text))
            if v is not None and not (1900 <= v <= 2099 and float(v).is_integer())}


_ORDINAL_MARK = lazyre.compile(r"^\s*(?:nr\.\s*)?\(?\d{1,3}[.)][:;]?\s")


def states_number(numbers: set[float], text: str) -> bool:
    """Whether a text states one of the numbers, as written or inside a range it gives: a table's
    band "180–219" holds 200, "tussen 10 en 20" holds 15. The number that marks a list item or a
    table row ("1.: Naam Curium …", "3. De minister …") states nothing of "bijlage 1"."""
    text = _ORDINAL_MARK.sub("", text)
    for m in _NUMBER_RANGE.finditer(text):
        low, high = parse_number(m.group(1)), parse_number(m.group(2))
        if low is not None and high is not None and any(low <= n <= high for n in numbers):
            return True
    return any(parse_number(m.group()) in numbers for m in _QUANTITY.finditer(text))


# the year of a report of a series, as its title gives it ("Jaarverslag 2016", "Verslag over de
# werkzaamheden 2005", "Uitspraken werkjaar 2021"), not the date a regulation was issued on
_REPORT_YEAR = lazyre.compile(r"\b(?:jaar)?(?:verslag|rapport|rapportage|monitor|werkzaamheden|werkjaar|jaarplan|"
                              r"jaarrekening|begroting|annual report|report)\s+(?:over\s+)?(?:het\s+)?(?:(?:werk)?jaar\s+)?"
                              r"((?:19|20)\d\d)\b", re.IGNORECASE)


def _report_years(title: str) -> set[int]:
    return {int(y) for y in _REPORT_YEAR.findall(title or "")}


def _latest_of_twins(scored: list, titles: dict) -> list:
    """`scored` with each sentence that stands alike in several documents taken from the latest of them, in the
    places its copies hold: a series' yearly reports repeat its rules ("Voor beroepen inzake de
    gelijkwaardigverklaring … bedraagt deze ordetermijn dertig kalenderdagen"), and a question that names no
    year asks what holds now, which the latest report states."""
    def year(unit) -> int:
        return max(_dated(unit.hit.document) | _report_years(titles.get(unit.hit.doc_id, "")), default=0)

    places: dict[str, list[int]] = {}
    for i, (_, _, unit) in enumerate(scored):
        places.setdefault(" ".join(fold(unit.text).lower().split()), []).append(i)
    out = list(scored)
    for at in places.values():
        if len({scored[i][2].hit.doc_id for i in at}) < 2:
            continue
        latest_first = sorted((scored[i][2] for i in at), key=year, reverse=True)  # (stable: same year, same order)
        for i, unit in zip(at, latest_first):
            out[i] = (scored[i][0], scored[i][1], unit)
    return out


# a report a question names as its source: "het jaarverslag 2017", "het jaarverslag van 2020", "the 2017 annual report"
_NAMED_REPORT = lazyre.compile(r"\b(?:jaarverslag|jaarrapport|annual\s+report)\s+(?:van\s+|over\s+|of\s+|for\s+)?(?:het\s+|the\s+)?"
                               r"(?:(?:werk)?jaar\s+|year\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+annual\s+report", re.IGNORECASE)


def focus_documents(held: dict[str, float], titles: dict[str, str], years: set[int]) -> list[str]:
    """The documents the question names by their titles, in the order they are read (`named_document`, when its title
    holds FOCUS_TITLE of the question), and the one titled with a year the question asks about, when that one is
    another: "Who presided over the council … during 2007?" names a decision appointing its chairs, whose one passage
    the search found already, and its report over 2007 says who did."""
    doc = named_document(held, titles, years)
    docs = [doc] if held[doc] >= FOCUS_TITLE else []
    dated = [d for d in held if years & _report_years(titles[d]) and held[d] + YEAR_TITLE_MARGIN >= FOCUS_TITLE]
    if dated and not years & _report_years(titles[doc]):
        docs.append(max(dated, key=held.get))
    return docs


def named_document(held: dict[str, float], titles: dict[str, str], years: set[int]) -> str:
    """The document whose title holds most of the question (`held`, by id). The reports of a series share
    their title's words: of those, the one of a year the question asks about ("the 2015 annual report"); and
    a title that gives the asked year names the document nearly as well as one that holds a word more ("Wie was
    in 2010 de voorzitter van de Raad …": the Raad's report over 2010, not a decision appointing its chairs)."""
    best = max(held.values())
    return max(held, key=lambda d: (held[d] >= best - YEAR_TITLE_MARGIN and bool(years & _report_years(titles[d])),
                                    held[d]))


def _named_report_years(question: str) -> set[int]:
    return {int(a or b) for a, b in _NAMED_REPORT.findall(question)}


# the words an acronym of a title skips: "Wet medisch-wetenschappelijk onderzoek met mensen" is the WMO
_ACRONYM_SKIPS = frozenset("van de der het een op in met en voor inzake houdende tot ter te aan over of the and for".split())


def _title_acronyms(title: str) -> list[str]:
    """The acronyms a title's name is known by: the initials of its short title's words (the name in the brackets at its
    end, "… (Wet medisch-wetenschappelijk onderzoek met mensen)", else the title itself), without function words, as
    the whole run and as its first three letters or more with at most two words left ("WMOM", "WMO"). A question
    that names the law by its acronym names the document, though its text never writes it."""
    short = re.search(r"\(([^()]{8,120})\)\s*$", title)
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", short.group(1) if short else title) if w.lower() not in _ACRONYM_SKIPS]
    initials = "".join(w[0].upper() for w in words)
    if len(initials) < 3 or len(words) > 8:
        return []
    return [initials[:n] for n in range(max(3, len(initials) - 2), len(initials) + 1)]


def _asked_years(q: Q.Question) -> set[int]:
    """The years a question asks about ("… in 2021?"), not a year inside a name."""
    return _years_in(q.text) - _years_in(" ".join(q.named))


# three members or more: "A, B en C", "A, B, C and D" (each at most four words)
_MEMBER = r"\(?[^\W\d][\w'’&()!/-]*(?:\s+[\w'’&()!/-]+){0,3}"
_ENUMERATION = lazyre.compile(rf"{_MEMBER}(?:,\s*{_MEMBER})+,?\s+(?:en|and|of|or)\s+{_MEMBER}")


_ASKED_CLASS = lazyre.compile(r"\b(?:welke|which|what)\s+([\w'-]+)", re.IGNORECASE)


def _members_asked(question: str) -> bool:
    """Whether a "welke …" question asks for several members of a class: "Aan welke partijen", "which bodies" (not
    "Bij welke organisatie", one)."""
    m = _ASKED_CLASS.search(question)
    if not m:
        return False
    # (by the first word only: a verb may follow a singular noun, "welke organisatie dienen …")
    return Q._plural_noun(m.group(1).lower())


def _leads_in(unit: Unit) -> bool:
    """Whether a unit is a lead-in sentence with the items it introduces ("… de volgende partijen …:")."""
    return unit.kind == "sentence" and unit.text.rstrip().endswith(":") and bool(unit.siblings)


def _enumerates(text: str) -> bool:
    """Whether a sentence enumerates three members or more ("Griekenland, India, de Oekraïne en de
    Verenigde Staten", "tekortvakken, zoals bètavakken, economie en (klassieke) talen"): each a short
    phrase that opens, after "zoals"/"such as" and an article, with no function word ("2020, is laattijdig
    en derhalve" is no enumeration)."""
    stop = function_words()
    for m in _ENUMERATION.finditer(text):
        members = [re.sub(r"^(?:(?:zoals|waaronder|namelijk|met name|onder meer|such as|including|namely)\s+)?"
                          r"(?:(?:de|het|een|the|an?)\s+)?", "", x.strip(), flags=re.IGNORECASE)
                   for x in re.split(r",\s*|\s+(?:en|and|of|or)\s+", m.group())]
        if len(members) >= 3 and all(x and x.split()[0].lower() not in stop for x in members[1:]):
            return True
    return False
