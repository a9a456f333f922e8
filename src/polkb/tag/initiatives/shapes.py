"""What an initiative's name looks like, and the reading every other module shares.

The kind words a name holds or ends in ("…programma", "Noodfonds", "Actieplan …", "Werkgroep …")
give its type; `normalise_name` is the key one initiative is known by in a document and across
documents; `_clean` trims a span to a name; `_matches` runs a pattern only on a text that holds a
word the pattern needs (tried at every position of every passage, the patterns were most of the
tagging time). Nothing here decides whether a name is an initiative: that is rejects and the finders.
"""
from __future__ import annotations

import functools
import re

from ...text.fold import strip_accents
from ...text import lazyre


# Type words, as a whole word or as the tail of a compound ("Comeniusprogramma", "Noodfonds").
_TYPE_WORDS: dict[str, str] = {
    "actieplan": "action_plan", "actionplan": "action_plan", "plan": "action_plan",
    "masterplan": "action_plan", "relanceplan": "action_plan", "agenda": "framework",
    "kader": "framework", "framework": "framework", "ambitie": "framework",
    "strategie": "framework", "strategy": "framework",
    "programma": "programme", "programme": "programme", "program": "programme",
    "project": "project", "initiatief": "project", "initiative": "project",
    "charter": "charter", "handvest": "charter", "verklaring": "charter", "intentieverklaring": "charter",
    "akkoord": "agreement", "convenant": "agreement", "pact": "agreement", "agreement": "agreement",
    "overeenkomst": "agreement", "beheersovereenkomst": "agreement",
    "chair": "chair", "leerstoel": "chair", "professorship": "chair",
    "toets": "instrument", "monitor": "instrument", "instrument": "instrument", "tool": "instrument",
    "platform": "instrument", "netwerk": "instrument", "network": "instrument",
    "fonds": "fund", "fund": "fund", "scholarship": "fund", "beurs": "fund", "beurzen": "fund",
    "werkgroep": "working_group", "taskforce": "working_group", "stuurgroep": "working_group",
    "reviewcommissie": "working_group", "committee": "working_group",
    "code": "charter", "gedragscode": "charter",
    "regeling": "scheme", "subsidieregeling": "scheme", "noodfonds": "fund", "onderzoeksfondsen": "fund",
    "proef": "instrument", "netwerken": "instrument",
    "rapport": "report", "report": "report",
    "maatregel": "measure",  # a measure with a name of its own: "de maatregel «Praktisch beoordelen»"
    # the kinds of initiative the words above missed: pilots and experiments, alliances, deals, campaigns
    "pilot": "pilot", "experiment": "pilot", "alliantie": "network", "alliance": "network",
    "coalitie": "network", "coalition": "network",
    "deal": "agreement", "campagne": "project", "campaign": "project",
    "premie": "fund", "krediet": "fund", "lening": "fund", "bonus": "fund",
    # a call for proposals is how a fund or programme hands out its money ("de thematische oproep …", "de
    # EFRO-oproepen"); a partnership or consortium is a network of named parties ("Vlaams Partnerschap Duaal Leren")
    "oproep": "fund", "partnerschap": "network", "partnership": "network", "consortium": "network",
    # schemes in the plural, as a name of several ("VISIE-beursregelingen", a mandate decree's title)
    "regelingen": "scheme",
    # English centres named as a kind of thing set up and funded ("Centres of Expertise", "eScience Center")
    "centre": "network", "centres": "network", "center": "network", "centers": "network",
    # a hub gathers partners around a shared facility or service and is funded as a project ("Antwerp@C CO2 Export
    # Hub", "PXL BusinessHUB"), as a platform or network is
    "hub": "network",
    # a support centre a government recognises and funds for a term, to do policy research on a theme ("Steunpunt voor
    # Beleidsrelevant Onderzoek …", "Steunpunt Wonen"), as an expertise centre or a network is set up and funded
    "steunpunt": "network",
    # a board is a committee named in English ("Flemish Open Science Board"), as "committee" is
    "board": "working_group",
    # a cluster gathers firms and research bodies around a sector and is funded to run projects ("Blauwe Cluster")
    "cluster": "network",
}


_ENGLISH_HEAD_FINAL = {"chair", "programme", "program", "fund", "scholarship", "project", "initiative",
                       "agreement", "framework", "strategy", "network", "platform", "report",
                       "professorship", "tool", "code", "committee"}


_TYPE_SUFFIXES = tuple(sorted(_TYPE_WORDS, key=len, reverse=True))


# "-verlening" is the noun of "verlenen", rendering a service ("dienstverlening", "hulpverlening"), not a loan
_RENDERING = "verlening"


@functools.lru_cache(maxsize=65536)
def _type_tail(word: str) -> str:
    """The longest type word a lower-case word ends in ("beheersovereenkomst", not "overeenkomst"),
    '' when none. (A regex "(…|…)$" tried the whole alternation at every position of every word.)"""
    return next((t for t in _TYPE_SUFFIXES if word.endswith(t) and not (t == "lening" and word.endswith(_RENDERING))
                 and not (t in _WHOLE_ONLY and word != t)), "")


# kind words that end a name only as a word of their own, never as the tail of a compound: a "Scoreboard" is a
# ranking, not a board
_WHOLE_ONLY = frozenset({"board"})


_NATIONALITY = frozenset("Vlaams Vlaamse Nederlands Nederlandse Europees Europese Belgisch Belgische Federaal Federale "
                         "Gemeentelijke Provinciale Landelijke Nationale Internationale".split())


# a grant a government decision makes: "De Vlaamse Regering kent 4,78 miljoen euro projectsubsidie toe
# aan de Vlaamse universiteiten ter ondersteuning van …"; "toekenning van de projectsubsidie voor
# deelname aan Europese Universiteiten aan de universiteiten"
_GRANT_NOUN = r"(?:project|werkings|investerings|)subsidie|financiële ondersteuning|toelage|beurzenprogramma"


_CONNECT = r"(?:van|voor|en|de|der|het|op|in|of|for|the|and|of|on|in|&)"


_CONNECT_WORDS = frozenset("van voor en de der het op in of for the and on is was werd wordt die dat heeft".split())


# (a title before a name ends no sentence: "onder leiding van Prof. Dr. Erik Buyst (KUL)")
_SENT = lazyre.compile(r"(?<=[.!?])(?<!\b(?:Dr|dr|Ir|ir|Mr|mr)\.)(?<!\b(?:Drs|drs|Ing|ing|Dhr|dhr)\.)(?<!\b(?:Prof|prof|Mevr|mevr)\.)"
                       r"\s+(?=[A-Z0-9#‘“\"'(])|\n\n")


_MAX_WORDS = 8


_LEAD_WORDS = lazyre.compile(r"^(?:(?:The|De|Het|Een|Dit|Deze|Ook|En|Via|Met|In|Op|Bij|Voor|Door|Zo|"
                             r"Best practice:|Over|Logo|Rapport:?|Minister\s+\w+|VLIR|UNL|"
                             # what is done with a plan or a report is not its name: "Evaluatie Regeling Grote
                             # Projecten", "Verzending Ontwerpbegrotingsplan", "Vanuit de Hervormingsagenda Jeugd"
                             r"Vanuit|Conform|Aanbieding|Verzending|Toezeggingen|Evaluatie|Eindrapport|"
                             # nor what a regulation does with another: "Intrekking Subsidieregeling …", "Wijziging …"
                             r"Intrekking|Wijziging|Vervallen|Opheffing|Inwerkingtreding|Citeertitel|"
                             # nor what a government does with a body or a scheme when it decides on it: "Goedkeuring
                             # Steunpunt Wonen", "Erkenningsaanvraag Steunpunt …", "Verlenging …"; a word joined to the
                             # next by "en" is part of a name: "Erkenning en Waardering")
                             r"Goedkeuring|Erkenning|Erkenningsaanvraag|Verlenging|Toekenning)\s+(?!en\b))+")


# accents off, case kept: the shared folding (polkb.text.fold.strip_accents), remembered, because the
# same words are folded again and again, token by token
_fold = functools.lru_cache(maxsize=65536)(strip_accents)


@functools.lru_cache(maxsize=16384)
def normalise_name(name: str) -> str:
    """The merge key of an initiative: case, accents, punctuation, hashtag and a trailing period
    ("2023-2030") do not matter, so "#IBelong" = "IBelong" = "#IBELONG" and
    "STEM-actieplan 2012-2020" = "STEM-actieplan". Number and inflection do not matter either
    ("Bijzondere Onderzoeksfondsen" = "Bijzonder Onderzoeksfonds", "Lerende Netwerken" = "Lerend
    Netwerk"), nor "programma" after a name that says which one ("Erasmus+-programma" = "Erasmus+")."""
    s = re.sub(r"(?<=[a-z]{3})-(?=[a-z])", "", _fold(name)).lower().replace("#", " ")
    s = re.sub(r"[^\w+]+", " ", s)
    s = re.sub(r"^(?:the|de|het|een)\s+", "", s.strip())
    s = re.sub(r"(?:\s+(?:19|20)\d\d)+$", "", s)
    words = s.split()
    if len(words) > 1:
        words = [_ADJ_INFLECTED_SE.sub(r"\1", _ADJ_INFLECTED_ESE.sub(r"\1ees", _ADJ_INFLECTED.sub(r"\1", w)))
                 for w in words[:-1]] + [words[-1]]
    if words:
        words[-1] = _PLURAL_TYPE.sub(lambda m: _SINGULAR_TYPE[m.group(1)], words[-1])
    if len(words) == 2 and words[1] in ("programma", "programme", "program") and words[0].endswith("+"):
        words = words[:1]
    return " ".join(words)


# the plural of a type word at the end of a name, and its singular
_SINGULAR_TYPE = {"fondsen": "fonds", "netwerken": "netwerk", "programmas": "programma", "projecten": "project",
                  "beurzen": "beurs", "plannen": "plan", "akkoorden": "akkoord", "convenanten": "convenant",
                  "agendas": "agenda", "initiatieven": "initiatief", "platforms": "platform",
                  "regelingen": "regeling"}


_PLURAL_TYPE = lazyre.compile(rf"({'|'.join(_SINGULAR_TYPE)})$")


# an inflected adjective before the head: "bijzondere" -> "bijzonder", "lerende" -> "lerend"
_ADJ_INFLECTED = lazyre.compile(r"^(\w{3,}(?:er|end|ig|isch|lijk))e$")


# and those of places: "Nederlandse" -> "nederlands", "Vlaamse" -> "vlaams", "Europese" -> "europees"
_ADJ_INFLECTED_SE = lazyre.compile(r"^(\w{3,}(?:nds|ams|ts|ns))e$")


_ADJ_INFLECTED_ESE = lazyre.compile(r"^(\w{3,})ese$")


def _type_of(name: str) -> str:
    words = re.findall(r"[\w]+", _fold(name).lower())
    for w in reversed(words):
        if w in _TYPE_WORDS:
            return _TYPE_WORDS[w]
    for w in reversed(words):
        tail = _type_tail(w)
        if tail:
            return _TYPE_WORDS[tail]
    return ""


def _singular(word: str) -> str:
    """"hoofdlijnenakkoorden" -> "hoofdlijnenakkoord": one record for both numbers."""
    return word[:-2] if word.endswith(("akkoorden", "convenanten")) else word


def _has_type_word(tokens: list[str]) -> int:
    """Index of the token that holds a type word (whole or compound tail), -1 when none."""
    for i, tok in enumerate(tokens):
        t = _fold(tok).lower().strip(".’'")
        if t in _TYPE_WORDS:
            return i
        tail = _type_tail(t)
        if tail and len(t) - len(tail) >= 4 and tok[0].isupper():
            return i
    return -1


_LEAD_STOP = frozenset(
    "zoals binnen naast volgens tijdens sinds dankzij via ook met in op bij voor door zo over en "
    "het de een dit deze die dat the a an this of to with from under onder uit aan als na "
    "aangezien omdat hoewel wanneer indien nu daarom daarnaast tevens verder bovendien waarbij".split())


# a level or part of a framework is not the framework's name: "A2 van het Europees Referentiekader"
_LEVEL_OF = lazyre.compile(r"^[A-Z]\d\s+(?:van|of)\s+(?:het|de|the)\s+")


_FUNCTION_WORDS = _LEAD_STOP | _CONNECT_WORDS | frozenset(
    "zich zal zullen kan kunnen moet moeten wil willen worden zijn heeft hebben wij we ze zij er hier daar "
    "niet geen nog al wel".split())


_NAME_STOP = frozenset("Ontwerpbesluit Voorontwerp Ontwerp Besluit Decreet Product Artikel Bijlage "
                       "Hoofdstuk Paragraaf Minister Staatssecretaris Ministerie Noot Voetnoot".split())


# the subject that opens the body of a government's decision after its title, with no stop between them: "… met
# middelen uit het Vlaams Klimaatfonds De Vlaamse Regering beslist om …" (the name ends before it)
_DECISION_OPENS = lazyre.compile(r"\s+(?:De|Het)\s+(?:(?:Vlaamse|Nederlandse|Brusselse|Federale)\s+)?"
                                 r"(?:[Rr]egering|[Mm]inister|[Ss]taatssecretaris)\b.*$")


def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" .,;:-–’'‘“”\"()")
    name = _DECISION_OPENS.sub("", name)
    # an abbreviation in brackets whose closing bracket the strip took ("Rethink Energy 4 Food (RE4F)"): the name
    # is the one before it, as where the text writes it without
    name = re.sub(r"\s*\([^()]*$", "", name)
    name = _LEAD_WORDS.sub("", name)
    name = _LEVEL_OF.sub("", name)
    words = name.split()
    # sentence-initial words and single letters ("Zoals in de Regeling…", "B International…"), and
    # a lower-case "van" that tied the name to the word before ("bijlage B van het Convenant …";
    # a capital "Van" may begin a name: "Van Leeuwenhoek Programma")
    while len(words) > 1 and (words[0].lower() in _LEAD_STOP or len(words[0]) == 1 or words[0] in ("van", "der", "den")):
        words.pop(0)
    for i, w in enumerate(words):
        if i and w in _NAME_STOP:
            words = words[:i]
            break
    name = " ".join(words)
    name = re.sub(r"\s+(?:in|van|op|uit|sinds)\s+(?:19|20)\d\d$", "", name)
    name = re.sub(rf"(?:\s+{_CONNECT})+$", "", name)
    name = _NEXT_SENTENCE_OPENS.sub("", name)
    return name.strip(" .,;:-–")


# the capitalised first word of the next sentence, when a title runs into the body with no stop between them:
# "… keurt in het kader van het Vlaams Relanceplan Vlaamse Veerkracht Bij …" (a name ends in no preposition,
# article or pronoun)
_NEXT_SENTENCE_OPENS = lazyre.compile(r"(?<=\w)\s+(?:Bij|In|Op|Met|Na|Om|Voor|Door|Via|Vanaf|Tijdens|Sinds|Het|De|Een|Deze|Dit|"
                                      r"Die|Dat|Er|Ook|Zo|Als|Wij|We|Zij|Ze)$")


_COMMON_RANK = 30000


def _generic_compound(word: str) -> bool:
    w = _fold(word).lower().strip(".’'")
    tail = _type_tail(w)
    if not tail:
        return False
    head = w[: -len(tail)].rstrip("-")
    if len(head) < 3:
        return True
    return _common(head) or (head.endswith("s") and _common(head[:-1]))


def _common(word: str) -> bool:
    """An everyday word of the shipped list: a compound whose first part is one
    ("Beoordelingskader", "Belastingplan") is a kind of thing, not a name."""
    from ...lexicon import word_ranks

    return word_ranks().get(word, _COMMON_RANK) < _COMMON_RANK


# a year or a span of years standing as a word of a name ("2010–2015", "2023-2026", "2024")
_PERIOD_WORD = lazyre.compile(r"\(?(?:19|20)\d\d(?:[ ]?[-–/][ ]?(?:19|20)?\d\d)?\)?")


# words that point to a thing named elsewhere: "het betreffende fonds", "de genoemde regeling"
_POINTING = frozenset("betreffende desbetreffende genoemde voornoemde bedoelde vermelde laatstgenoemde".split())


# adjectives that only qualify a kind of plan ("Strategisch Plan", "Nieuwe Agenda"), unlike the
# ones of a proper name ("Bijzondere Onderzoeksfondsen", "Governance Code")
_KIND_ADJECTIVES = frozenset("ander andere strategisch strategische nieuw nieuwe eigen huidig huidige algemeen algemene "
                             "jaarlijks jaarlijkse meerjarig meerjarige eerste tweede derde volgend volgende "
                             "vorig vorige gezamenlijk gezamenlijke integraal integrale".split())


# -- the words a pattern needs ------------------------------------------------------------------
#
# Most cue patterns cannot match without one of a few words ("commissie", "aangehaald", "#"); a
# passage that holds none of them is not scanned: tried at every position of every passage, the
# patterns were most of the tagging time. `_NEEDS` (filled beside the patterns, in candidates and
# roles) gives, per pattern, groups of words of which the text must hold one each, and whether they
# are looked for in the lower-cased text (for a pattern that ignores case).
_NEEDS: dict = {}


def _matches(pattern: re.Pattern, text: str, low: str | None = None):
    """pattern.finditer(text), or nothing when the text lacks a word the pattern needs. `low` is
    text.lower() (None when lower-casing changed its length: then the pattern is always run)."""
    need = _NEEDS.get(pattern)
    if need is not None:
        groups, folded = need
        hay = low if folded else text
        if hay is not None and not all(any(w in hay for w in g) for g in groups):
            return ()
    return pattern.finditer(text)


def _lower(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    starts = [0] + [m.end() for m in _SENT.finditer(text)]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(text)]) if b > a]


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENT.finditer(text)]


def _sentence_at(text: str, pos: int, starts: list[int] | None = None) -> tuple[int, int]:
    """The sentence around `pos`; `starts` are the passage's sentence starts (_sentence_starts)."""
    if starts is None:
        starts = _sentence_starts(text)
    a = max(s for s in starts if s <= pos)
    later = [s for s in starts if s > pos]
    b = later[0] if later else len(text)
    return a, b


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _plural_in(term: str, text: str) -> bool:
    """Whether `text` holds the term in the plural as a word of its own ("samenwerkingsakkoorden")."""
    for m in re.finditer(re.escape(term) + r"(?:en|s)\b", text):
        if m.start() == 0 or not _word_char(text[m.start() - 1]):
            return True
    return False


def _whole_mentions(name: str, text: str, enough: int) -> int:
    """How often `name` stands in `text` with no letter, digit or "+" glued to it (counted up to `enough`)."""
    n, pos = 0, text.find(name)
    while pos >= 0 and n < enough:
        end = pos + len(name)
        if (pos == 0 or not (_word_char(text[pos - 1]) or text[pos - 1] == "+")) and \
                (end == len(text) or not (_word_char(text[end]) or text[end] == "+")):
            n += 1
            pos = text.find(name, end)
        else:
            pos = text.find(name, pos + 1)
    return n


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` abbreviates `name`: its letters (spaces and dashes left out) stand in the name in
    order, the first one opening it ("NKCA": Nationaal KennisCentrum Alternatieven …; "IBP VTH":
    interbestuurlijk programma … vergunningverlening, toezicht en handhaving); "AI" after "Vlaams
    Beleidsplan Artificiële Intelligentie" abbreviates the topic in it, not the plan."""
    letters = short.replace(" ", "").replace("-", "").lower()
    rest = iter(name.lower())
    return bool(letters) and letters[0] == name[:1].lower() and all(c in rest for c in letters)
