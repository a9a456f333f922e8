"""Tag stage: organisations, persons, target groups, topics, countries and years.

A policy officer filters on *who* (organisations, ministers, members of parliament), *for whom*
(target groups), *about what* (topics), *where* and *when*. Everything here is driven by plain
vocabulary files in `polkb/data/` (so a distributed engine can load the same lists) plus a few
general patterns for names the vocabulary does not know ("Universität Osnabrück", "Edge Hill
University", "Raad voor X", "provincie X", "onderzoeksbureau X", "minister Dijkgraaf"; "minister van
Financiën" names the ministry). Political parties count only where the text uses them as parties.
Nothing is written for one document.

Speed matters (every passage of every document is tagged at ingest), so the text is tokenised
once and each vocabulary is a dict keyed by the first token of its terms: one dict lookup per
token instead of one regex per term.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import register
from ..lexicon import data_text, function_words, place_names, synonym_rules
from ..text import months
from ..text.fold import fold_cased
from ..text.scan import prepare, token_spans
from polkb.model import Document, Passage, Tag
from ..text import lazyre


@dataclass
class OrgMention:
    """One organisation mention: canonical name plus the surface words and their span.

    `type`/`country` come from the vocabulary ("" for names found by pattern only); `ambiguous`
    says the surface was a short alias that needed context (kept for callers that want to be
    stricter)."""

    canonical: str
    surface: str
    start: int
    end: int
    type: str = ""
    country: str = ""
    ambiguous: bool = False


@dataclass
class PersonMention:
    """A person named in running text, with what the text says about them."""

    name: str
    surface: str
    start: int
    end: int
    role: str = ""
    party: str = ""
    portfolio: str = ""


# -- text folding and tokens -------------------------------------------------------------------
# Folding (polkb.text.fold.fold_cased: accents off, case kept and lower-cased, offsets kept) and
# tokens (polkb.text.scan.TOKEN: letters and digits, a trailing "+") are polkb.text's;
# polkb.text.scan.prepare does both once per text.

# What may stand between two tokens of one multi-word name: spaces, a hyphen, a slash, an
# ampersand, a comma before a space, a dot inside an abbreviation ("K.U.Leuven").
_GAP_OK = lazyre.compile(r"\s+|\s*[-\u2010\u2011\u2013/&]\s*|,\s+|\.|'|\u2019|")


def _is_acronym(tok: str) -> bool:
    """Tokens with two or more capitals (VS, STEM, UGent, KdG, LSVb) are matched case-sensitively,
    so "stem" (a vote) is not STEM and "vs" is not the United States."""
    return sum(1 for c in tok if c.isupper()) >= 2


@dataclass
class _Term:
    canonical: str
    toks: tuple[str, ...]       # folded; acronym tokens keep their case, the rest lower-cased
    cased: tuple[bool, ...]
    info: tuple = ()


class _Vocabulary:
    """Terms indexed by their first token; `scan` finds the longest term at each token."""

    def __init__(self) -> None:
        self.index: dict[str, list[_Term]] = {}

    def add(self, term: str, canonical: str, info: tuple = ()) -> None:
        cased_term, _ = fold_cased(term.strip())
        raw = [cased_term[s:e] for s, e in token_spans(cased_term)]
        if not raw:
            return
        variants = [raw]
        if len(raw) > 1 and not any(_is_acronym(t) for t in raw):
            variants.append(["".join(raw)])  # "eerste generatie studenten" ~ "eerstegeneratiestudenten"
        for toks in variants:
            cased = tuple(_is_acronym(t) for t in toks)
            norm = tuple(t if c else t.lower() for t, c in zip(toks, cased))
            entry = _Term(canonical, norm, cased, info)
            bucket = self.index.setdefault(norm[0], [])
            if not any(b.toks == norm for b in bucket):
                bucket.append(entry)
                bucket.sort(key=lambda t: -len(t.toks))

    def scan(self, text: str) -> list[tuple[int, int, _Term]]:
        """(start, end, term) for the longest vocabulary term at each place, left to right."""
        prep = prepare(text)
        spans, ctoks, ltoks = prep.spans, prep.ctoks, prep.ltoks
        out: list[tuple[int, int, _Term]] = []
        n = len(spans)
        index = self.index
        # only tokens that start a term can start a hit: find them in one pass (most tokens do not)
        starts = [i for i, (lt, ct) in enumerate(zip(ltoks, ctoks)) if lt in index or ct in index]
        free = 0  # the first token not inside a hit found already
        for i in starts:
            if i < free:
                continue
            cands = index.get(ltoks[i])
            c2 = index.get(ctoks[i])
            if c2 and c2 is not cands:
                cands = sorted((cands or []) + c2, key=lambda t: -len(t.toks))
            hit = None
            if cands:
                for term in cands:
                    k = len(term.toks)
                    if i + k > n:
                        continue
                    ok = True
                    for j in range(k):
                        got = ctoks[i + j] if term.cased[j] else ltoks[i + j]
                        if got != term.toks[j] or (
                                j and not _GAP_OK.fullmatch(text, spans[i + j - 1][1], spans[i + j][0])):
                            ok = False
                            break
                    if ok:
                        hit = term
                        break
            if hit is not None:
                k = len(hit.toks)
                out.append((spans[i][0], spans[i + k - 1][1], hit))
                free = i + k
        return out


# -- vocabulary loading --------------------------------------------------------------------------


def _data_lines(name: str):
    for line in data_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@lru_cache(maxsize=None)
def _synonym_vocabulary(name: str) -> _Vocabulary:
    """Load a file of Solr synonym rules (polkb.lexicon.synonym_rules), read as names: in
    `canonical => a, b` the left term is the canonical name of every term, in `canonical, a, b`
    the first."""
    voc = _Vocabulary()
    for left, right in synonym_rules(data_text(name)):
        canon = left[0] if left else ""
        for v in left + (right or []):
            voc.add(v, canon)
    return voc


@dataclass
class _Org:
    canonical: str
    type: str
    country: str


@lru_cache(maxsize=None)
def _org_data() -> tuple[_Vocabulary, dict[str, _Org], dict[str, str]]:
    """The organisation vocabulary, the records by canonical name, and a name key -> canonical map."""
    voc = _Vocabulary()
    orgs: dict[str, _Org] = {}
    keys: dict[str, str] = {}
    for line in _data_lines("organisations.tsv"):
        cols = line.split("\t")
        cols += [""] * (4 - len(cols))
        canon, typ, country, aliases = (c.strip() for c in cols[:4])
        orgs[canon] = _Org(canon, typ, country)
        names = [(canon, False)]
        for a in aliases.split("|"):
            a = a.strip()
            if a:
                names.append((a[1:], True) if a.startswith("~") else (a, False))
        for name, amb in names:
            voc.add(name, canon, (amb, name))
            keys.setdefault(_name_key(name), canon)
    return voc, orgs, keys


def _name_key(name: str) -> str:
    _, lower = fold_cased(name)
    return " ".join(lower[s:e] for s, e in token_spans(lower))


# -- organisations ------------------------------------------------------------------------------

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*"
_CONNECT = r"(?:of|the|van|de|der|den|do|da|das|dos|du|des|di|del|della|voor|for|für|and|&|y|la|le|am|an|zu|in)"
_NAME = rf"{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP})*"
_HEAD_FIRST = (r"Universiteit|Universität|Universitat|Universidade|Université|Università|Universidad|"
               r"University|Uniwersytet|Hogeschool|Hochschule|Rijksuniversiteit|Expertisecentrum|"
               r"Kenniscentrum|Stichting|Fondation|Fundação|Fundación|Agentschap|Inspectie")
# Weak heads ("Centrum", "Instituut") name an organisation only with "voor/for/of" after them:
# "Centrum voor Wetgevingsvraagstukken", not "Centrum Antwerpen" (a town centre).
_HEAD_WEAK = r"Instituut|Institute|Institut|Centre|Center|Centrum|Academie|Akademie"
# Councils are named "Raad voor Cultuur", "Raad van Europa"; a board of one body is not one
# ("Raad van Bestuur", "Raad van Toezicht").
_HEAD_COUNCIL = r"Raad|Adviesraad|Council"
_GENERIC_COUNCIL = frozenset("bestuur toezicht commissarissen beheer advies beroep discipline tucht "
                             "directeuren decanen bestuurders".split())
_HEAD_LAST = r"University|Universiteit|Hogeschool|Center|Centre|Centrum|Institute|Instituut|Foundation|Hochschule"
_PAT_FIRST = lazyre.compile(
    rf"(?<![\w-])(?:(?:{_HEAD_FIRST})(?![\w-])[ \t]+(?:{_CONNECT}[ \t]+)*"
    rf"|(?:{_HEAD_WEAK})[ \t]+(?:voor|for|of|für|de|du|des)[ \t]+(?:{_CONNECT}[ \t]+)*"
    rf"|(?:{_HEAD_COUNCIL})[ \t]+(?:voor|van|for|of)[ \t]+(?:{_CONNECT}[ \t]+)*){_NAME}")
_PAT_LAST = lazyre.compile(rf"(?<![\w-]){_NAME}[ \t]+(?:{_HEAD_LAST})(?![\w-])(?:[ \t]+{_CAP}(?:[ \t]+{_CAP})*)?")
_AGENCY_AND = lazyre.compile(rf"[ \t]+en[ \t]+({_CAP})(?![\w'’-])")
# a compound part left out and said once, after "en"/"of": "Natuur- en Bosonderzoek", "Hoger Onderwijs- en …"
_ELIDED = lazyre.compile(r"-[ \t]+(?:en|of)[ \t]+[^\W\d_][\w'’-]*")
# Capitalised words that start a sentence or describe rather than name ("De", "Elke", "Vlaamse").
_NOT_NAME = frozenset("""
    alle andere beide bij deze dit door elke enkele het een geen hun met naar onze over sinds
    tijdens uit vanuit veel verschillende volgens welke zij zowel via voor
    vlaamse nederlandse europese belgische britse duitse franse internationale nationale
    buitenlandse andere eigen nieuwe grote kleine erkende openbare private katholieke
    amerikaanse canadese chinese japanse zweedse deense noorse finse spaanse italiaanse
    portugese poolse turkse russische oostenrijkse zwitserse australische ierse schotse
    waalse brusselse
    each every our their this these some many several other
    """.split())
_GENERIC_TAIL = frozenset("campus".split())
_NAME_BREAK = frozenset("Het Een Postbus Tel Telefoon Tel. Fax Adres E-mail Website".split())


def _clean_pattern_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim sentence-start and describing words off a pattern match; None if no name is left."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    stop = function_words()
    while words and (text[words[0][0]:words[0][1]].lower() in _NOT_NAME
                     or text[words[0][0]:words[0][1]].lower() in stop):
        words.pop(0)
    while words and (text[words[-1][0]:words[-1][1]].lower() in stop
                     or text[words[-1][0]:words[-1][1]].lower() in _GENERIC_TAIL):
        words.pop()
    for i in range(1, len(words)):
        if text[words[i][0]:words[i][1]] in _NAME_BREAK:
            words = words[:i]
            break
    if len(words) < 2:
        return None
    first = text[words[0][0]:words[0][1]]
    if re.match(rf"(?:{_HEAD_FIRST}|{_HEAD_WEAK}|{_HEAD_COUNCIL})(?![\w-])", first) and not _PAT_FIRST.match(
            text, words[0][0], words[-1][1]):
        return None  # "Het Centrum Antwerpen": with "Het" gone the head must stand first by rule
    if re.fullmatch(_HEAD_COUNCIL, first):
        rest = [text[a:b].lower() for a, b in words[1:]]
        named = [w for w in rest if w not in ("voor", "van", "for", "of", "de", "het", "the", "der")]
        if not named or named[0] in _GENERIC_COUNCIL:
            return None  # "Raad van Bestuur": a board, not a named council
        return words[0][0], words[-1][1]
    if not re.match(_HEAD_FIRST, first) and not re.search(rf"(?:{_HEAD_LAST})$",
                                                            text[words[-1][0]:words[-1][1]]):
        # a head-last name must still contain its head somewhere
        if not re.search(rf"\b(?:{_HEAD_LAST})\b", text[words[0][0]:words[-1][1]]):
            return None
    return words[0][0], words[-1][1]


def _pattern_orgs(text: str) -> list[tuple[int, int]]:
    """Spans of names built around an organisation word; overlapping finds are one name
    ("National Institute" + "Institute of Standards and Technology")."""
    spans = []
    for pat in (_PAT_FIRST, _PAT_LAST):
        for m in pat.finditer(text):
            cleaned = _clean_pattern_name(text, m.start(), m.end())
            if cleaned:
                s, e = cleaned
                if text.startswith(("Agentschap", "Inspectie"), s):
                    # agencies are named by two fields: "Agentschap Zorg en Gezondheid"
                    more = _AGENCY_AND.match(text, e)
                    if more and not _plain_word(more.group(1)) and not re.match(_HEAD_FIRST, more.group(1)):
                        e = more.end()
                elided = _ELIDED.match(text, e)
                if elided:  # "Instituut voor Natuur- en Bosonderzoek": the word the hyphen leaves out comes after
                    e = elided.end()
                e = _second_field(text, s, e)
                spans.append((s, e))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


_STUDENT_CUE = lazyre.compile(r"student")

# -- political parties --
# A one-word party name (VVD, PvdD, Groen, Volt, Vooruit) is also an ordinary word or an
# abbreviation of something else, so it counts only where the text uses it as a party.
_PARTY_AFTER = lazyre.compile(
    r"[ \t]?[-\u2010\u2011]?[ \t]?(?:fractie|kamerfractie|kamerlid|kamerleden|senator|senatoren|statenlid|"
    r"raadslid|raadsleden|partij|lijsttrekker|leider|fractievoorzitter|voorzitter|minister|"
    r"staatssecretaris|wethouder|gedeputeerde|bewindspersoon|volksvertegenwoordiger|parlementslid|"
    r"kiezers|stemmers|achterban)", re.IGNORECASE)
_PARTY_BEFORE = lazyre.compile(
    r"(?<![\w-])(?:fractie|fracties|partij|partijen|coalitiepartij|coalitiepartijen|oppositiepartij|"
    r"oppositiepartijen|lijsttrekker|partijleider|fractievoorzitter|namens|lid|leden|kamerlid|kamerleden|"
    r"volksvertegenwoordiger|senator|parlementslid)[ \t]+(?:van[ \t]+)?(?:de[ \t]+|het[ \t]+)?$",
    re.IGNORECASE)
_PARTY_LIST_GAP = lazyre.compile(r"[ \t]*(?:,|/|&|en|of)[ \t]*|[ \t]*,[ \t]*en[ \t]+", re.IGNORECASE)
_PAREN_FILLER = lazyre.compile(r"[\s,/;]*(?:(?:beiden|beide|allen|alle|drie|vier|en|resp\.?)[\s,/;]*)*",
                               re.IGNORECASE)


def _letters(s: str) -> str:
    return "".join(c for c in fold_cased(s)[0] if c.isalnum())


def _party_ok(text: str, parties: list[OrgMention], aliases: list[str]) -> list[OrgMention]:
    """The party mentions of `parties` (vocabulary finds of type party, in text order) that stand
    in a party context; `aliases` are the vocabulary spellings they matched."""
    keep = [False] * len(parties)
    spans = [(m.start, m.end) for m in parties]
    for i, m in enumerate(parties):
        if _letters(m.surface) != _letters(aliases[i]):
            spans[i] = (m.start, m.start)  # "volt", "groen": a word, not the party
            continue
        if len(token_spans(m.surface)) >= 2:  # "Partij voor de Dieren", "GroenLinks-PvdA", "CD&V"
            keep[i] = True
            continue
        s, e = m.start, m.end
        if _PARTY_AFTER.match(text, e) or _PARTY_BEFORE.search(text, max(0, s - 45), s):
            keep[i] = True
            continue
        o = text.rfind("(", max(0, s - 60), s)
        c = text.find(")", e, e + 60)
        if o >= 0 and c >= 0 and ")" not in text[o:s] and "(" not in text[e:c]:
            inner = list(text[o + 1:c])
            for a, b in spans:  # blank out the party names; only fillers may remain
                if o < a and b <= c:
                    inner[a - o - 1:b - o - 1] = " " * (b - a)
            if _PAREN_FILLER.fullmatch("".join(inner)):
                keep[i] = True
    # lists: "de fracties van VVD, CDA en D66", "VVD, CDA en D66-Kamerleden"
    for order in (range(1, len(parties)), range(len(parties) - 2, -1, -1)):
        for i in order:
            if keep[i] or spans[i][0] == spans[i][1]:
                continue
            j = i - 1 if order.step == 1 else i + 1
            if keep[j]:
                a, b = (parties[j].end, parties[i].start) if j < i else (parties[i].end, parties[j].start)
                if _PARTY_LIST_GAP.fullmatch(text, a, b):
                    keep[i] = True
    return [m for i, m in enumerate(parties) if keep[i]]


# -- ministries, provinces and names after a describing noun --

_MINISTRY_HEAD = lazyre.compile(r"(?<![\w-])(?P<head>[Mm]inisterie|[Mm]inister|[Ss]taatssecretaris)[ \t]+van[ \t]+")
_MINISTRY_NAME = lazyre.compile(rf"{_CAP}(?:(?:,[ \t]*|[ \t]+en[ \t]+|[ \t]+)(?!(?:Het|De|Een|Dit|Deze)\b){_CAP})*")
_NOT_NL_GOVERNMENT = lazyre.compile(r"(?:Vlaams|Vlaamse|[Ff]ederaal|[Ff]ederale|Waals|Waalse|Brussels|Brusselse|"
                                    r"Duits|Duitse|Belgisch|Belgische|Europees|Europese)[ \t]+$")
_PROVINCE = lazyre.compile(r"(?<![\w-])[Pp]rovincie[ \t]+(?P<x>[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[A-ZÀ-ÖØ-Þ][\w'’]*)*)")
_KIND_NOUNS = ("kennisinstituut", "kenniscentrum", "expertisecentrum", "onderzoeksinstituut",
               "onderzoeksbureau", "onderzoekbureau", "adviesbureau", "adviesorgaan", "denktank", "omroep",
               "vakbond", "studentenvakbond", "belangenorganisatie", "belangenvereniging", "koepelorganisatie",
               "brancheorganisatie", "branchevereniging", "stichting", "vzw", "uitvoeringsorganisatie", "persbureau")
# "kennisinstituut Movisie", "onderzoeksbureau ResearchNed"; "Tumba, kenniscentrum discriminatie …"
# (found with str.find per noun, then these are matched at the spot: a leading alternation of
# words would be tried at every position of every document).
_KIND_NAME_AFTER = lazyre.compile(rf"[ \t]+(?P<x>{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP}){{0,5}})")
_KIND_NAME_BEFORE = lazyre.compile(rf"(?<![\w'’.-])(?P<x>{_CAP}),[ \t]+(?:het[ \t]+|de[ \t]+|een[ \t]+)?"
                                   rf"(?:landelijke?[ \t]+|nationale?[ \t]+|onafhankelijke?[ \t]+)?$")
_MONTH_WORDS = frozenset(months.DUTCH)


# "en" and one more capitalised field word, then no further capital: "… Vliegtuigontwikkeling en Ruimtevaart, …"
_FIELD_AND = lazyre.compile(rf"[ \t]+en[ \t]+([A-Z][a-zà-ÿ]{{3,}})(?![\w'’-])(?![ \t]+[A-Z])")


def _second_field(text: str, s: int, e: int) -> int:
    """The end of a name whose field is named by two words: "Nederlands Instituut voor Vliegtuigontwikkeling
    en Ruimtevaart", "Centrum voor Onderwijs en Leren". Only a name of the form "… voor/van <Field>", and only
    a second field word that is no name of its own (not a place, not an organisation word, not an acronym)."""
    if not re.search(r"[ \t](?:voor|van)[ \t]+[A-Z][a-zà-ÿ]+$", text[s:e]):
        return e
    more = _FIELD_AND.match(text, e)
    if not more or _plain_word(more.group(1)) or re.match(_HEAD_FIRST, more.group(1)) or \
            re.search(rf"(?:{_HEAD_LAST})$", more.group(1)) or fold_cased(more.group(1))[1] in place_names():
        return e
    return more.end()


def _plain_word(w: str) -> bool:
    """A capitalised word that is a sentence word, not a name ("De", "Zij", "Maart")."""
    lw = w.lower()
    return lw in _NOT_NAME or lw in function_words() or lw in _MONTH_WORDS or w in _NAME_BREAK


def _ministries(text: str, keys: dict[str, str]) -> list[tuple[int, int, str]]:
    """"het ministerie van Financiën", "de Minister van Economische Zaken" -> the ministry.

    A minister or state secretary names a ministry only when the vocabulary knows it (a Dutch
    ministry; "Vlaams minister van Economie" has none); "Ministerie van X" is one by itself."""
    out = []
    heads = []
    for word in ("inister", "taatssecretaris"):
        i = text.find(word)
        while i > 0:
            m = _MINISTRY_HEAD.match(text, i - 1)
            if m:
                heads.append(m)
            i = text.find(word, i + len(word))
    for m in sorted(heads, key=lambda m: m.start()):
        p = _PORTFOLIO_RE.match(text, m.end())
        if not p:
            continue
        if m.group("head").lower() != "ministerie" and \
                _NOT_NL_GOVERNMENT.search(text, max(0, m.start() - 12), m.start()):
            continue
        port = p.group(0)
        cut = len(port)
        canon = ""
        while cut > 0:  # longest known ministry: "Economische Zaken mede namens" -> "Economische Zaken"
            canon = keys.get(_name_key("Ministerie van " + port[:cut]), "")
            if canon:
                break
            sp = max(port.rfind(" ", 0, cut), port.rfind(",", 0, cut))
            cut = sp if sp > 0 else 0
            cut = len(port[:cut].rstrip(" ,\t")) if cut else 0
            if port[:cut].endswith(" en"):
                cut -= 3
        if canon:
            out.append((m.start(), m.end() + cut, canon))
        elif m.group("head") == "Ministerie":
            n = _MINISTRY_NAME.match(text, m.end())
            end = n.end() if n else p.end()
            out.append((m.start(), end, canonical_organisation(text[m.start():end])))
    return out


def _describing_noun_orgs(text: str) -> list[tuple[int, int]]:
    """Names right after or before a noun saying what kind of organisation they are."""
    out = []
    found = []
    for noun in _KIND_NOUNS:
        i = text.find(noun)
        while i >= 0:
            j = i + len(noun)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "-")) and \
                    (j == len(text) or not (text[j].isalnum() or text[j] == "-")):
                m = _KIND_NAME_AFTER.match(text, j)
                if m:
                    found.append(m)
                if i > 2 and text[i - 1] in " \t":
                    m = _KIND_NAME_BEFORE.search(text, max(0, i - 80), i)
                    if m:
                        found.append(m)
            i = text.find(noun, j)
    for m in found:
        words = [(w.start() + m.start("x"), w.end() + m.start("x"))
                 for w in re.finditer(r"\S+", m.group("x"))]
        while words and _plain_word(text[words[-1][0]:words[-1][1]]):
            words.pop()
        for i in range(1, len(words)):
            if text[words[i][0]:words[i][1]] in _NAME_BREAK:
                words = words[:i]
                break
        if not words or _plain_word(text[words[0][0]:words[0][1]]):
            continue
        if len(text[words[0][0]:words[-1][1]]) < 3:
            continue
        out.append((words[0][0], words[-1][1]))
    return out


# a firm named with its legal form after it: "Walding NV", "Jacops nv", "Cardan B.V.", "Studio X GmbH"
# (lower-case "bv" is left out: it is mostly "bijvoorbeeld")
_FORMS = r"NV|nv|BV|vzw|VZW|cvba|CVBA|bvba|BVBA|GmbH|Ltd\.?"  # (and N.V., B.V., Inc., written with points)
_LEGAL_FORM = lazyre.compile(rf"(?<![\w'’.-])(?P<x>{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP}){{0,4}})[ \t]+"
                             rf"(?:N\.V\.|B\.V\.|Inc\.|{_FORMS})(?![\w-])")


_ORG_WORD = lazyre.compile(r"(?:vereniging|stichting|beweging|federatie|confederatie)$", re.IGNORECASE)


def find_firms(text: str) -> list[tuple[int, int]]:
    """Firms by their legal form, for a question that asks which company; sentence-start and describing
    words before the name, a quoted title and what is done to the firm are no part of it ("De
    Walding NV" is "Walding NV"). Not part of `find_organisations`: that reads every text, and these
    names add nothing its vocabulary and patterns miss but firms."""
    out = []
    stop = function_words()
    for m in _LEGAL_FORM.finditer(text):
        words = [(w.start() + m.start("x"), w.end() + m.start("x")) for w in re.finditer(r"\S+", m.group("x"))]
        quoted = [i for i, (a, b) in enumerate(words) if text[b - 1] in "'’"]
        if quoted:  # "het project 'XL' van BlueChem nv": the name starts after the quoted title
            words = words[quoted[-1] + 1:]
        said = [text[a:b] for a, b in words]
        of = next((i for i in range(1, len(said)) if said[i] in ("van", "voor", "of", "for")
                   and _NO_NAME_PART.search(said[i - 1]) and not _ORG_WORD.search(said[i - 1])), None)
        if of is not None:  # "Kapitaalsverhoging van FIDIMEC nv": what is done to the firm is no part of its name
            words = words[of + 1:]
        while words and (text[words[0][0]:words[0][1]].lower() in _NOT_NAME
                         or text[words[0][0]:words[0][1]].lower() in stop):
            words.pop(0)
        if words:
            out.append((words[0][0], m.end()))
    return out


def find_organisations(text: str) -> list[OrgMention]:
    """Organisation mentions in `text`, left to right, resolved to canonical names.

    Vocabulary names win over pattern-found ones where they overlap. Short ambiguous aliases
    (VU, UU, ISO, EUR, VH …) only count with support: the organisation named in full elsewhere in
    the text, another organisation close by (a list "VU, UU, UM en UL"), or for student unions the
    word "student" nearby; never right next to a number ("ISO 9001", "EUR 500")."""
    if not text:
        return []
    voc, orgs, keys = _org_data()
    lower = prepare(text).lower
    cands: list[OrgMention] = []
    parties: list[OrgMention] = []
    party_aliases: list[str] = []
    for s, e, term in voc.scan(text):
        rec = orgs.get(term.canonical)
        m = OrgMention(term.canonical, text[s:e], s, e, rec.type if rec else "",
                       rec.country if rec else "", bool(term.info and term.info[0]))
        if rec and rec.type == "party":
            parties.append(m)
            party_aliases.append(term.info[1] if len(term.info) > 1 else term.canonical)
        else:
            cands.append(m)
    if parties:
        cands.extend(_party_ok(text, parties, party_aliases))
    taken = [(m.start, m.end) for m in cands]
    starts = sorted(taken)

    def add_found(s: int, e: int, canon: str | None = None) -> None:
        i = bisect.bisect_left(starts, (s, -1))
        if any(not (e <= a or s >= b) for a, b in starts[max(0, i - 3):i + 3]):
            return
        surface = text[s:e]
        canon = canon or canonical_organisation(surface)
        rec = orgs.get(canon)
        cands.append(OrgMention(canon, surface, s, e, rec.type if rec else "",
                                rec.country if rec else ""))
        bisect.insort(starts, (s, e))

    for s, e, canon in _ministries(text, keys):
        add_found(s, e, canon)
    for s, e in _pattern_orgs(text):
        add_found(s, e)
    if "rovincie" in text:
        for m in _PROVINCE.finditer(text):
            if not _plain_word(m.group("x")):
                add_found(m.start(), m.end(), canonical_organisation("Provincie " + m.group("x")))
    for s, e in _describing_noun_orgs(text):
        add_found(s, e)
    cands.sort(key=lambda m: m.start)

    firm = [m for m in cands if not m.ambiguous]
    firm_names = {m.canonical for m in firm}
    firm_starts = [m.start for m in firm]
    amb = [m for m in cands if m.ambiguous]
    accepted: list[OrgMention] = []
    for m in amb:
        before = text[max(0, m.start - 2):m.start]
        after = text[m.end:m.end + 3]
        if re.search(r"\d\s?$", before) or re.match(r"\s?[-:]?\s?\d", after):
            continue
        ok = m.canonical in firm_names
        if not ok:
            i = bisect.bisect_left(firm_starts, m.start)
            for f in firm[max(0, i - 2):i + 2]:
                gap = m.start - f.end if f.end <= m.start else f.start - m.end
                if 0 <= gap <= 80:
                    ok = True
                    break
        if not ok:  # a list of short names of one kind: "(VU, UU, UM en UL)"
            ok = any(o is not m and o.type == m.type
                     and (0 <= m.start - o.end <= 40 or 0 <= o.start - m.end <= 40) for o in amb)
        if ok and m.type == "student_union":
            ok = bool(_STUDENT_CUE.search(lower, max(0, m.start - 250), m.end + 250))
        if ok:
            accepted.append(m)
    out = firm + accepted
    out.sort(key=lambda m: m.start)
    return out


def canonical_organisation(name: str) -> str:
    """Resolve an alias, abbreviation or pattern-found name to one canonical name.

    Used to merge partners across documents: "VU", "Vrije Universiteit Amsterdam" and "VU
    Amsterdam" are one organisation. Unknown names come back tidied (spaces collapsed,
    surrounding punctuation dropped), so the same unknown name always gives the same string."""
    spaced = re.sub(r"\s+", " ", name or "").strip(" ,;:")
    clean = spaced.strip(" \t\n,.;:()[]'\"‘’“”")
    if not clean:
        return ""
    _, _, keys = _org_data()
    hit = keys.get(_name_key(clean))
    if hit:
        return hit
    # "Universiteit Gent (UGent)": try the name and the bracketed abbreviation
    m = re.match(r"^(.*?)\s*\(([^()]+)\)$", spaced)
    if m:
        for part in (m.group(1), m.group(2)):
            hit = keys.get(_name_key(part))
            if hit:
                return hit
        return m.group(1).strip(" \t\n,.;:[]'\"‘’“”") or clean
    return clean


def organisation_type(name: str) -> str:
    """The vocabulary's type of a known organisation (its canonical name, an alias or an
    abbreviation): "ministry", "university", …; "" for a name the vocabulary does not list."""
    org = _org_data()[1].get(canonical_organisation(name))
    return org.type if org else ""


# (a canonical name may have lost the last point: "Cardan B.V")
_LEGAL_FORM_END = lazyre.compile(rf"[ \t](?:N\.V\.?|B\.V\.?|Inc\.?|{_FORMS})$")


def is_firm(name: str) -> bool:
    """A company: the vocabulary says so, or the name ends in its legal form ("Jacops nv")."""
    return organisation_type(name) == "company" or bool(_LEGAL_FORM_END.search(name))


def organisation_country(name: str) -> str:
    """The vocabulary's country of a known organisation ("NL", "BE-VL", "EU", …; "" for a name it does
    not list): what tells a Dutch document from a Flemish one that names neither country."""
    org = _org_data()[1].get(canonical_organisation(name))
    return org.country if org else ""


# -- persons ------------------------------------------------------------------------------------

_PARTIES = frozenset("""
    VVD PVV CDA D66 GL GroenLinks PvdA GroenLinks-PvdA GL-PvdA SP BBB NSC JA21 SGP CU ChristenUnie
    PvdD DENK Volt FvD 50PLUS BIJ1 N-VA CD&V Vooruit Groen PVDA sp.a Open\xa0Vld Vlaams\xa0Belang
    """.split()) | {"Open Vld", "Vlaams Belang", "Partij voor de Dieren", "Forum voor Democratie"}
_PORTFOLIO_WORDS = (r"Onderwijs|Cultuur|Wetenschap|Vorming|Welzijn|Volksgezondheid|Gezin|Armoedebestrijding|"
                    r"Financiën|Justitie|Veiligheid|Economische|Zaken|Klimaat|Groene|Groei|Binnenlandse|"
                    r"Koninkrijksrelaties|Buitenlandse|Sport|Sociale|Werkgelegenheid|Infrastructuur|"
                    r"Waterstaat|Landbouw|Natuur|Voedselkwaliteit|Visserij|Defensie|Asiel|Migratie|Wonen|"
                    r"Ruimtelijke|Ordening|Volkshuisvesting|Handel|Ontwikkelingssamenwerking|Armoedebeleid|"
                    r"Participatie|Integratie|Inburgering|Emancipatie|Media|Jeugd|Preventie|Primair|"
                    r"Voortgezet|Hoger|Beroepsonderwijs|Digitalisering|Toeslagen|Douane|Fiscaliteit|"
                    r"Belastingdienst|Werk|Economie|Innovatie|Brussel|Vlaamse|Rand|Toerisme|Dierenwelzijn|"
                    r"Energie|Binnenlands|Bestuur|Mobiliteit|Openbare|Werken|Omgeving|Begroting|"
                    r"Gelijke|Kansen|Financien|Herstel|Ondernemen|Wetenschapsbeleid|Nucleaire|Productie|"
                    r"Medische|Zorg|Langdurige|Rechtsbescherming|Koninkrijk|Europese|Gezondheid")
_PORTFOLIO = rf"(?:{_PORTFOLIO_WORDS})(?:(?:,[ \t]*|[ \t]+en[ \t]+|[ \t]+|[ \t]*/[ \t]*)(?:{_PORTFOLIO_WORDS}))*"
_PORTFOLIO_RE = lazyre.compile(rf"(?:{_PORTFOLIO})(?![\w-])")
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|'t|’t|[Ii]n|[Hh]et|[Ll]a|[Ll]e|[Dd]')"
_UPPER = "A-ZÀ-ÖØ-Þ"
_SPACING_MARKS = "¸´ˇ¨˛`"  # PDF text often writes ş as "s¸" and ć as "c´"
_SURNAME = rf"[{_UPPER}][\w'’{_SPACING_MARKS}]+(?:-(?:{_PARTICLE}[ \t]+)*[{_UPPER}]?[\w'’{_SPACING_MARKS}]+)*"
_PERSON_NAME = (rf"(?=[{_UPPER}])(?:[{_UPPER}][a-zà-ÿ]+(?:-[{_UPPER}][a-zà-ÿ]+)?[ \t]+|[{_UPPER}]\.[ \t]*){{0,3}}"
                rf"(?:{_PARTICLE}[ \t]+)*{_SURNAME}")
# the words of one who leads a body, for `_ROLE` and `_LEADS`
_LEADER_WORDS = ("voorzitter", "fractievoorzitter", "partijleider", "directeur", "rector magnificus")


def _sentence_case(words: str) -> str:
    r"""A pattern for lower-case words that may open with a capital ("[Rr]ector[ \t]+magnificus")."""
    return f"[{words[0].upper()}{words[0]}]" + words[1:].replace(" ", r"[ \t]+")


_ROLE = (r"(?:[Vv]ice-?minister-president|[Mm]inister-president|[Vv]laams[ \t]+minister|[Mm]inister|"
         r"[Ss]taatssecretaris|[Ee]urocommissaris|[Kk]amerlid|[Vv]olksvertegenwoordiger|[Ss]enator|"
         r"[Pp]remier|[Bb]urgemeester|[Ww]ethouder|[Gg]edeputeerde|het[ \t]+lid|de[ \t]+leden|"
         r"[Hh]et[ \t]+[Kk]amerlid|[Rr]aadslid|[Dd]e[ \t]+heer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]w\.|"
         # one who leads a body, its abbreviation joined or not ("LSR-voorzitter Brechje Keukens",
         # "PvdA-leider Asscher", "directeur Jan Smit"): a person when no body's name follows
         r"(?:[A-Z][\w]*-)?(?:" + "|".join(_sentence_case(w) for w in _LEADER_WORDS) + r"|leider))")
# what follows a one-word directorate after its leader's role: "de directeur Personeel & Organisatie" (two fields
# joined; not a second person with a party, "… en Pietersen (VVD)")
_DEPARTMENT_TAIL = lazyre.compile(r"\s*(?:&|en)\s+[A-Z][a-zà-ÿ]{3,}\b(?!\s+\()")
# a word no person's name holds: an abstract noun ("Bedrijfsvoering", "Gezondheid") or an abbreviation ("VenJ", "OCW")
_NO_NAME_PART = lazyre.compile(r"(?:ing|heid|schap|teit|tie|isme|ment|zaken|beleid)$|^[A-Z][a-z]*[A-Z]")
_LEADS = lazyre.compile(r"(?:\w+-)?(?:" + "|".join(_LEADER_WORDS) + r"|leider)")  # (a role word as `_role_word` gives it)
# forms of address: evidence of a person (meeting minutes, letters) but no role of their own
_ADDRESS = frozenset({"de heer", "mevrouw", "mevr.", "dhr.", "mw."})
# academic titles between a form of address and the name ("Dhr. prof. dr. F.A. van Vught")
_ACADEMIC = r"(?:[Pp]rof|[Dd]r|[Mm]r|[Dd]rs|[Ii]r|[Ii]ng|[Ee]m)\."
_PERSON = lazyre.compile(
    rf"(?<![\w-])(?P<role>{_ROLE})(?:[ \t]+(?:van|voor)[ \t]+(?P<portfolio>{_PORTFOLIO}))?"
    rf"(?:[ \t]+{_ACADEMIC})*[ \t]+(?P<name>{_PERSON_NAME})(?:[ \t]*\((?P<paren>[^()\n]{{1,60}})\))?")
# a name without a role word, by its form: after an academic title ("prof. dr. Kivits"), or with
# two or more initials ("S.A. Blok", "H.P.M. Kivits") or an initial and a particle ("J. van Dijk");
# a single initial before a capitalised word is more often a list item ("b. Platform")
_TITLED_NAME = lazyre.compile(
    rf"(?<![\w.-])(?:{_ACADEMIC}[ \t]*)+(?P<name>{_PERSON_NAME})"
    rf"|(?<![\w.-])(?!(?:U\.S|E\.U|V\.S|N\.V|B\.V|U\.K|V\.K|[Cc]\.[Ss])\.)(?P<initials>(?:[{_UPPER}]\.[ \t]?){{2,6}}(?:{_PARTICLE}[ \t]+)*{_SURNAME}"
    rf"|[{_UPPER}]\.[ \t]?(?:{_PARTICLE}[ \t]+)+{_SURNAME})")
# a first name and surname without a role word, where a decision appoints, reappoints or replaces
_APPOINTED = lazyre.compile(
    rf"\b(?:benoeming|herbenoeming|aanstelling|ontslag|benoemt|herbenoemt)\s+van\s+(?:(?:de\s+heer|mevrouw)\s+)?"
    rf"(?P<name>{_PERSON_NAME})(?:\s*,\s*(?P<name3>{_PERSON_NAME}))?(?:\s+en\s+(?:(?:de\s+heer|mevrouw)\s+)?(?P<name2>{_PERSON_NAME}))?")
_REPLACES = lazyre.compile(rf"(?:^|(?<=[.;:]\s))(?P<name>{_PERSON_NAME})\s+(?:vervangt|volgt\s+\w+\s+op)\b")
# a name with the role it is given: "een stuurgroep … op met Bart De Moor als eerste voorzitter", "met Jan Peeters als
# coördinator"
_AS_ROLE = lazyre.compile(rf"(?P<name>{_PERSON_NAME})\s+als\s+(?:(?:eerste|nieuwe|nieuw|tijdelijke|tijdelijk|waarnemende?|"
                          rf"tweede)\s+)?(?:voorzitter|ondervoorzitter|vicevoorzitter|covoorzitter|directeur|secretaris|"
                          rf"coördinator|projectleider|rector|decaan|promotor|ombudsman|ombudsvrouw|regeringscommissaris)\b")

# … or with its role in brackets after it, as a list of contributors gives it: "Maurice Hendriks (Hoofdauteur;
# Ministerie van Volksgezondheid, Welzijn en Sport)"
_ROLE_IN_BRACKETS = lazyre.compile(rf"(?P<name>{_PERSON_NAME})[ \t]*\((?:[Hh]oofd|[Cc]o-?|[Ee]ind)?(?:auteur|Auteur|redacteur|"
                                   rf"Redacteur|[Vv]oorzitter|[Ss]ecretaris|[Dd]irecteur|[Cc]oördinator|[Pp]rojectleider|"
                                   rf"(?:[Ll]ead |[Mm]ain |[Cc]o-?)?[Aa]uthor|[Ee]ditor|[Cc]hair)\b")


def _is_body(name: str) -> bool:
    """A capitalised run that is a body, not a person ("Hogeschool PXL", "Raad van State")."""
    return bool(re.match(r"(?:Hogeschool|Universiteit|Raad|Commissie|Vlaamse|Ministerie|Agentschap|Stichting|Vereniging)\b", name)
                or re.search(r"\b(?:Groep|Raad|Dienst|Bureau|Instituut|Centrum|Fonds|Commissie|Agentschap|Beheer)$", name)
                or find_organisations(name))


_MORE_MEMBER = lazyre.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+)(?P<name>{_PERSON_NAME})"
                              rf"(?:[ \t]*\((?P<paren>[^()\n]{{1,40}})\))?")
_MOTION = lazyre.compile(r"MOTIE VAN (?:HET LID|DE LEDEN) ((?:[A-ZÀ-Þ'’\-]+(?![\w'’-])\.?[ \t]*)+)")
_NOT_SURNAME = frozenset("""
    Kamer Regering Vlaamse Nederlandse Onderwijs Cultuur Wetenschap Zaken Minister Staatssecretaris
    Antwoord Vraag Vragen Zie Ook Wel Het De Een Dat Die Deze Dit In Op Met Voor Van Namens Mede
    Bij Over Is Was Heeft Zal Kan Wordt Er En Of Ik Wij Zij U Als Ja Nee Januari Februari Maart
    April Mei Juni Juli Augustus September Oktober November December President Premier Hoger
    """.split())


def _title_name(upper: str) -> str:
    """'VAN DER WOUDE' -> 'Van der Woude' (particles lower-case except at the start)."""
    words = upper.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i < len(words) - 1 and lw in {"van", "de", "den", "der", "ter", "ten", "te", "'t", "het", "la", "le"}:
            out.append(lw.capitalize() if i == 0 else lw)
        else:
            out.append("-".join(p.capitalize() for p in lw.split("-")))
    return " ".join(out)


def _role_word(role: str) -> str:
    r = re.sub(r"\s+", " ", role).lower()
    if r in ("het lid", "de leden", "het kamerlid", "kamerlid"):
        return "lid"
    return "" if r in _ADDRESS else r


def join_spacing_accents(name: str) -> str:
    """Join PDF spacing accents to their letter ("Yes¸ilgöz" -> "Yeşilgöz", "Kostic´" -> "Kostić")."""
    if not any(c in name for c in _SPACING_MARKS):
        return name
    name = name.translate({ord("¸"): "\u0327", ord("´"): "\u0301", ord("ˇ"): "\u030c",
                           ord("¨"): "\u0308", ord("˛"): "\u0328", ord("`"): "\u0300"})
    return unicodedata.normalize("NFC", name)


def _split_paren(paren: str | None) -> tuple[str, str]:
    """(party, portfolio) from the words in brackets after a name ("VVD", "beiden VVD")."""
    if not paren:
        return "", ""
    p = re.sub(r"^(?:beiden|beide|allen|alle\s+drie)\s+", "", paren.strip(), flags=re.I)
    if p in _PARTIES or p.replace(" ", "\xa0") in _PARTIES:
        return p, ""
    if re.fullmatch(_PORTFOLIO, p):
        return "", p
    return "", ""


_INITIALS = lazyre.compile(rf"(?:[{_UPPER}]\.)+")


def _name_only(name: str) -> str:
    """A name without the words an address line runs on with ("drs. R. Minnée Directie HO"):
    after initials come only particles and one surname; an abbreviation does not end a name of
    three words or more."""
    words = name.split()
    if _INITIALS.fullmatch(words[0]):
        i = 1
        while i < len(words) - 1 and _INITIALS.fullmatch(words[i]):
            i += 1
        while i < len(words) - 1 and re.fullmatch(_PARTICLE, words[i]):
            i += 1
        return " ".join(words[:i + 1])
    if len(words) > 2 and re.fullmatch(r"[A-Z&]{2,4}", words[-1]):
        return " ".join(words[:-1])
    return name


def _valid_name(name: str) -> bool:
    """A role word followed by a portfolio or a table label is not followed by a name."""
    last = name.split()[-1].split("-")[0]
    if any(re.fullmatch(_PORTFOLIO_WORDS, w) for w in re.split(r"[\s-]+", name)):
        return False
    if len(last) > 1 and last.isupper() and len(name.split()) == 1:
        return False  # "minister van EL", "OCW"
    return last not in _NOT_SURNAME and last.lower() not in function_words() and len(last) > 1


# the second word of a surname after initials, where the name ends a line or a list entry ("A.H.G. Rinnooy Kan,",
# "F. Korthals Altes" at a line's end; not "R. Minnée Directie HO", an address line running on)
_SECOND_SURNAME = lazyre.compile(rf"[ \t]+([{_UPPER}][a-zà-ÿ'’]+)(?=[ \t]*(?:[,;)]|\n|$))")
_OFFICE_WORD = lazyre.compile(r"(?:" + "|".join(_LEADER_WORDS) + r"|minister|staatssecretaris|secretaris|lid|leden|"
                            r"rector|decaan|burgemeester|wethouder|griffier|notaris)$", re.IGNORECASE)


def _end_of(text: str, name: str, start: int) -> int:
    """Where a name read from the text at `start` ends there, its words found in order (the text may space them
    otherwise); -1 when a word is not found as written (a spacing accent joined)."""
    end = start
    for word in name.split():
        at = text.find(word, end)
        if at < 0:
            return -1
        end = at + len(word)
    return end


def _second_surname(word: str) -> bool:
    """Whether a capitalised word after a name may be its surname's second word: no role ("Voorzitter"),
    abstract noun ("Directie"), place ("Rotterdam"), month or word a name never ends with (but "Kan" may:
    "Rinnooy Kan")."""
    return not (word in _NOT_SURNAME - {"Kan"} or _NO_NAME_PART.search(word) or _OFFICE_WORD.match(word)
                or word.lower() in place_names())


def find_persons(text: str) -> list[PersonMention]:
    """Ministers, state secretaries and members of parliament named with their role.

    A bare capitalised word is not a person; a role word before it is the evidence ("minister
    Dijkgraaf", "het lid Van der Woude (VVD)", "Vlaams minister van Onderwijs Ben Weyts"). Within
    one text every mention takes the longest form of the name found ("Robbert Dijkgraaf").
    A no-break space ("Dhr.\xa0prof.\xa0dr.\xa0F.A.\xa0van Vught") separates as a space does."""
    text = text.replace("\xa0", " ")  # same length: offsets stay those of the text given
    out: list[PersonMention] = []
    for m in _PERSON.finditer(text):
        name = _name_only(join_spacing_accents(m.group("name").strip()))
        if not _valid_name(name) or text.startswith(":", m.end("name")):
            continue
        role = _role_word(m.group("role"))
        if _LEADS.fullmatch(role) and (_is_body(name) or any(_NO_NAME_PART.search(w) for w in name.split())
                                       or " " not in name and _DEPARTMENT_TAIL.match(text, m.end("name"))):
            continue  # "voorzitter Commissie Hoger Onderwijs", "directeur Bedrijfsvoering Politie van VenJ" name a body,
            # and so does "directeur Personeel & Organisatie" (a directorate of two fields joined)
        party, port = _split_paren(m.group("paren"))
        portfolio = m.group("portfolio") or port
        end = m.end() if m.group("paren") and (party or port) else m.end("name")
        out.append(PersonMention(name, text[m.start():end], m.start(), end, role, party,
                                 re.sub(r"\s+", " ", portfolio or "")))
        if role == "lid":  # "de leden X (P) en Y (P)", "het lid X en Y (beiden P)"
            group = [out[-1]]
            shared = False
            pos = end
            while True:
                n = _MORE_MEMBER.match(text, pos)
                if not n or not _valid_name(n.group("name")):
                    break
                party, _ = _split_paren(n.group("paren"))
                nend = n.end() if party else n.end("name")
                out.append(PersonMention(join_spacing_accents(n.group("name").strip()),
                                         text[n.start("name"):nend], n.start("name"), nend, role, party))
                group.append(out[-1])
                shared = shared or bool(re.match(r"\s*(?:beiden|beide|allen)\b", n.group("paren") or ""))
                pos = nend
            tail = re.match(r"\s*\((?:beiden|beide|allen)\s+([^()\n]{1,40})\)", text[group[-1].end:])
            last_party = group[-1].party or (tail and _split_paren(tail.group(1))[0]) or ""
            if last_party and (tail or shared):
                for g in group:
                    g.party = g.party or last_party
    for m in _TITLED_NAME.finditer(text):
        raw = join_spacing_accents((m.group("name") or m.group("initials")).strip())
        name = _name_only(raw)
        start = m.start("name") if m.group("name") else m.start("initials")
        end = m.end()
        valid = _valid_name(name)
        # a surname of two words where the name ends its line or list entry: "Prof. dr. A.H.G. Rinnooy Kan, tevens
        # voorzitter", "F.W. Korthals Altes"
        after = _end_of(text, name, start) if valid else -1
        second = _SECOND_SURNAME.match(text, after) if after >= 0 else None
        if second and _second_surname(second.group(1)):
            name, end = f"{name} {second.group(1)}", second.end(1)
        if valid and not any(p.start <= start < p.end or start <= p.start < end for p in out):
            out.append(PersonMention(name, text[m.start():end], m.start(), end, ""))
    for m in [*_APPOINTED.finditer(text), *_REPLACES.finditer(text), *_AS_ROLE.finditer(text),
              *_ROLE_IN_BRACKETS.finditer(text)]:
        # "de benoeming van Jim Deridder en Bertel De Groote", "Elsbeth Loncke vervangt haar"
        for g in ("name", "name2", "name3"):
            if g not in m.re.groupindex or not m.group(g):
                continue
            name = join_spacing_accents(m.group(g).strip())
            start = m.start(g)
            if len(name.split()) >= 2 and _valid_name(name) and not _is_body(name) and \
                    not any(p.start <= start < p.end for p in out):
                out.append(PersonMention(name, name, start, m.end(g), ""))
    for m in _MOTION.finditer(text):
        group = re.sub(r"\s*C\.\s?S\.?\s*$", "", m.group(1).strip())
        names = re.split(r"\s*,\s*|\s+EN\s+", group)
        pos = m.start(1)
        for raw in names:
            raw = raw.strip()
            if not raw:
                continue
            s = text.find(raw, pos)
            if s < 0:
                continue
            out.append(PersonMention(_title_name(raw), raw, s, s + len(raw), "lid"))
            pos = s + len(raw)
    out.sort(key=lambda p: p.start)
    # one name per person: the longest form in this text
    names = sorted({p.name for p in out}, key=len, reverse=True)
    for p in out:
        low = p.name.lower()
        for longer in names:
            if len(longer) <= len(p.name):
                break
            if longer.lower().endswith(" " + low):
                p.name = longer
                break
        if not p.party:
            for q in out:
                if q.party and q.name == p.name:
                    p.party = q.party
                    break
    return out


# -- years --------------------------------------------------------------------------------------

_MONTHS = months.PATTERN
_YEAR_CUE = lazyre.compile(
    rf"(?:\b(?:in|sinds|vanaf|tot|tussen|en|na|voor|eind|einde|begin|medio|midden|jaar|academiejaar|"
    rf"schooljaar|studiejaar|begrotingsjaar|vergaderjaar|kalenderjaar|periode|uiterlijk|per|of|"
    rf"sedert|from|until|since|by|to|the|year|{_MONTHS})\s+|[(,/]\s*|^\s*)$", re.I)
_YEAR_RANGE = lazyre.compile(r"(?<![\w.,])((?:19|20)\d\d)\s?[-–—/]\s?((?:19|20)?\d\d)(?![\w.,]\d|\d)")
_YEAR = lazyre.compile(r"(?<![\w.,€$])((?:19|20)\d\d)(?![\w]|[.,]\d)")


def find_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) for years in a date or period context.

    "2023-2030" and "academiejaar 2022-2023" give every year of the span (spans up to 15 years);
    a bare 4-digit number counts only after a time word, a month, a bracket or comma, as a title
    suffix ("Kompas 2024"), or at a clause end, so "2000 studenten" is not a year."""
    out: list[tuple[int, int, int]] = []
    used: list[tuple[int, int]] = []
    for m in _YEAR_RANGE.finditer(text):
        a = int(m.group(1))
        b_raw = m.group(2)
        b = int(b_raw) if len(b_raw) == 4 else (a // 100) * 100 + int(b_raw)
        if len(b_raw) == 2 and b < a:
            b += 100
        if not (a < b <= 2099 and b - a <= 60):
            continue
        years = range(a, b + 1) if b - a <= 15 else (a, b)
        for y in years:
            out.append((y, m.start(), m.end()))
        used.append((m.start(), m.end()))
    for m in _YEAR.finditer(text):
        s, e = m.span()
        if any(a <= s < b for a, b in used):
            continue
        before = text[max(0, s - 30):s]
        after = text[e:e + 20]
        ok = bool(_YEAR_CUE.search(before))
        if not ok:
            prev = re.search(r"(\S+)\s+$", before)
            if prev and re.match(rf"[{_UPPER}]|[\w-]+-", prev.group(1)) and not prev.group(1).endswith("."):
                ok = True  # title suffix: "Comeniusprogramma 2023", "Kompas 2024"
            elif re.match(r"\s*(?:[.;:)\]]|,\s|$|\n)", after):
                ok = True
        if ok and re.match(r"\s+(?:euro|eur|studenten|leerlingen|personen|procent|%|mensen|keer)\b", after, re.I):
            ok = False
        if ok:
            out.append((int(m.group(1)), s, e))
    out.sort(key=lambda t: (t[1], t[0]))
    return out


# -- vocab tags and the stage function ---------------------------------------------------------


def find_terms(text: str, kind: str) -> list[tuple[str, str, int, int]]:
    """(canonical, surface, start, end) for `kind` in target, topic, country."""
    voc = _synonym_vocabulary({"target": "target_groups.txt", "topic": "topics.txt",
                               "country": "countries.txt"}[kind])
    return [(t.canonical, text[s:e], s, e) for s, e, t in voc.scan(text)]


def find_target_groups(text: str) -> list[str]:
    """Canonical target groups named in `text`, first-seen order (for initiative records)."""
    return list(dict.fromkeys(c for c, *_ in find_terms(text, "target")))


def find_topics(text: str) -> list[str]:
    """Canonical topics named in `text`, first-seen order."""
    return list(dict.fromkeys(c for c, *_ in find_terms(text, "topic")))


def find_tags(doc: Document, passages: list[Passage]) -> list[Tag]:
    """All org/person/target/topic/country/year tags of a document, each with its passage.

    The whole document text is scanned once (organisations need document-wide context to
    resolve "VU"; persons take their longest name form in the document), then each mention is
    placed in the passage whose span holds it. One tag per (type, value, passage)."""
    text = doc.text or ""
    ordered = sorted(passages, key=lambda p: p.start)
    starts = [p.start for p in ordered]

    def passage_of(pos: int) -> str | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and ordered[i].start <= pos < ordered[i].end:
            return ordered[i].id
        return None

    tags: list[Tag] = []
    seen: set[tuple[str, str, str | None]] = set()

    def add(typ: str, value: str, pos: int, surface: str) -> None:
        pid = passage_of(pos) if ordered else None
        if ordered and pid is None:
            return
        key = (typ, value, pid)
        if value and key not in seen:
            seen.add(key)
            tags.append(Tag(typ, value, pid, surface))

    orgs = find_organisations(text)
    blocked = [(m.start, m.end) for m in orgs]
    for m in orgs:
        add("org", m.canonical, m.start, m.surface)
    persons = find_persons(text)
    blocked += [(p.start, p.end) for p in persons]
    for p in persons:
        add("person", p.name, p.start, p.surface)
    blocked.sort()
    bstarts = [b[0] for b in blocked]

    def inside_name(s: int) -> bool:
        i = bisect.bisect_right(bstarts, s) - 1
        return any(blocked[j][0] <= s < blocked[j][1] for j in range(max(0, i - 2), i + 1))

    for typ, fname in (("target", "target_groups.txt"), ("topic", "topics.txt"),
                       ("country", "countries.txt")):
        for s, e, t in _synonym_vocabulary(fname).scan(text):
            if not inside_name(s):
                add(typ, t.canonical, s, text[s:e])
    for y, s, e in find_years(text):
        add("year", str(y), s, text[s:e])
    return tags


@register("tags")
def _extract(doc: Document, passages: list[Passage], found: dict):
    return find_tags(doc, passages)
