"""Initiatives a text describes rather than names.

"Daarom is een Rijksbreed samenwerkingsprogramma opgezet", "wordt een platform levenslang leren
opgericht", "kent een subsidie toe … voor de uitbouw van …": the thing is an initiative because of
the verbs around it (set up, start, grant) or because the text says so ("is een initiatief van"),
not because of its spelling. `_described_candidates` finds the verb, `_setup_phrases` the noun
phrase it governs; a description counts when the text names it again or refers back to it.
"""
from __future__ import annotations

import functools
import re

from .shapes import (
    _clean, _CONNECT_WORDS, _fold, _FUNCTION_WORDS, _generic_compound, _GRANT_NOUN, _has_type_word,
    _KIND_ADJECTIVES, _matches, _MAX_WORDS, _NATIONALITY, _sentence_spans, _type_of, _TYPE_WORDS,
    _whole_mentions,
)
from .roles import _is_organisation
from .rejects import _COURSE_MODIFIER, not_an_initiative, _only_kind, _ORGANISATION_TAIL
from ...text import lazyre


# -- initiatives a text describes rather than names ------------------------------------------
#
# "Daarom is een Rijksbreed samenwerkingsprogramma opgezet: quantumveilige Cryptografie (QvC-Rijk)",
# "De regenboogprovincies zijn een initiatief van de provincies zelf", "Er is een beoordelingscommissie
# die tot taak heeft …", "wordt een platform levenslang leren opgericht", "kent een subsidie toe … aan
# de Koning Boudewijnstichting voor de uitbouw van een populatiegerichte benadering rond …": the
# thing is an initiative because of the verbs around it (set up, start, grant) or because the text
# says so, not because of its spelling.

# the heads a described initiative has (whole word or compound tail)
_SETUP_HEADS = ("commissie", "werkgroep", "stuurgroep", "taskforce", "consortium", "platform", "netwerk",
                "fonds", "programma", "project", "experiment", "pilot", "proef", "oproep", "actieplan",
                "meldpunt", "steunpunt", "kenniscentrum", "expertisecentrum", "routekaart", "alliantie",
                "samenwerkingsverband", "beurzenprogramma", "leerstoel", "observatorium")


_SETUP_HEADS_LONGEST = tuple(sorted(_SETUP_HEADS, key=len, reverse=True))


@functools.lru_cache(maxsize=65536)
def _setup_head_at(word: str) -> int:
    """Where the longest head of a described initiative ends `word` ("beurzenprogramma" -> 0), -1 if none."""
    return next((len(word) - len(h) for h in _SETUP_HEADS_LONGEST if word.endswith(h)), -1)


_WORD = lazyre.compile(r"[\wà-ÿ-]+")


def _head_said_twice(sentence: str, text: str) -> bool:
    """Whether a word of the sentence with a described initiative's head stands in the passage twice: only
    then can a phrase around it be named again or pointed back to (a cheap test before `_setup_phrases`)."""
    return any(_setup_head_at(_fold(w).lower()) >= 0 and text.count(w) >= 2 for w in _WORD.findall(sentence))


# the verbs that set something up, start it, give it a task or fund it
_SETUP = lazyre.compile(
    r"\b(?:opgericht|oprichten|opricht|opgezet|opzetten|ingesteld|instellen|installeert|geïnstalleerd|"
    r"gestart|gelanceerd|lanceert|lanceren|in het leven geroepen|tot taak|met als taak|belast met|"
    r"van\s+start\s+(?:gegaan|gaat|gaan|ging|gingen)|"
    r"uitgerold|opgestart|opstarten|uitgevoerd|gecoördineerd|coördineert|onder\s+(?:coördinatie|regie|leiding)\s+van|"
    r"richt\w*\s+[^.;]{0,80}?\sop\b(?!\s+(?:de|het|een)\b)|"
    r"(?:zet|zetten)\s+[^.;]{0,80}?\sop\b(?!\s+(?:de|het|een)\b)|"
    r"(?:stel|stelt|stellen)\s+(?:een|de|het)\s+[^.;]{0,80}?\sin\b(?!\s+(?:de|het|een|op)\b)|"
    r"^\s*er\s+(?:is|wordt|komt)\s+een\b|\borganisatie\s+van\s+een\b|\boprichting\s+(?:\w+\s+)?van\b|"
    # a government recognises (and funds) a centre it sets to work: "Erkenning en financiering van een Steunpunt
    # Werk (2021-2025)", "erkent het steunpunt"
    r"\berkenning\s+(?:en\s+financiering\s+)?van\s+(?:een|het|de)\b|\berkent\b|"
    # and supports one that runs, the head right after: "bijkomende ondersteuning van de oproep zware
    # onderzoeksinfrastructuur" (not a purpose, "ter ondersteuning van het sportbeleid", nor a body's staff,
    # "ondersteuning van de CPW")
    r"(?<!\bter\s)\bondersteuning\s+van\s+(?:het|de)\s+(?:[\wà-ÿ-]+\s+)?[\wà-ÿ-]*?(?:" + "|".join(_SETUP_HEADS) + r")\b|"
    r"\b(?:trekt|trekken)\s+[^.;]{0,60}?\suit\s+voor\b|\buitgetrokken\s+voor\b|\bmaakt\s+[^.;]{0,60}?\svrij\s+voor\b|"
    # what runs on: "Het Vlaams overlegplatform studentenhuisvesting wordt op een structurele wijze verdergezet"
    # (not "het voortgezet onderwijs", secondary school)
    r"\bverdergezet|\bvoortgezet\b(?!\s+(?:wetenschappelijk\s+)?onderwijs))",
    re.IGNORECASE)


# where a _SETUP match can begin, in the lower-cased text (each _SETUP match starts with one of these,
# at a word start for the short ones): a cheap pass that spares most sentences the full pattern
_SETUP_HINT = lazyre.compile(r"opgericht|opricht|opgezet|opzetten|ingesteld|instellen|installeert|geïnstalleerd|gestart|start|"
                             r"lance|geroepen|taak|belast|uitgerold|opgestart|opstarten|uitgevoerd|coördine|"
                             r"onder\s+(?:coördinatie|regie|leiding)|organisatie\s+van|richt|zet|stel|er\s+(?:is|wordt|komt)\s|"
                             r"trekt|trekken|uitgetrokken|maakt|verdergezet|voortgezet|erken|ondersteuning\s+van")


_SETUP_HINT_AT_WORD_START = ("richt", "zet", "stel", "er", "trekt", "trekken", "maakt")


def _setup_hints(text: str, low: str | None):
    """The spans where a setting-up phrase may begin (a list, empty when none can), or True when the
    text cannot be checked this way (lower-casing changed it, or it holds a letter that matches
    another only when case is ignored)."""
    if low is None or "ſ" in text or "ı" in text:
        return True
    out = []
    for m in _SETUP_HINT.finditer(low):
        if m.group(0).startswith(_SETUP_HINT_AT_WORD_START) and m.start() and \
                (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"):
            continue  # "instelling", "inzet": not the word the phrase needs
        out.append(m.span())
    return out


_SETUP_PARTICIPLE = lazyre.compile(r"^(?:opgericht|oprichten|opgezet|opzetten|ingesteld|instellen|gestart|starten|"
                                   r"gelanceerd|lanceren|uitgerold|opgestart|opstarten|uitgevoerd)$")


# a separable verb that sets something up, before the phrase, and the particle that closes its clause after it:
# "richten we een expertisecentrum innovatieve leerwegen op", "stellen een werkgroep X in"
_SEPARABLE_SETUP = lazyre.compile(r"\b(?:richt|richten|zet|zetten|stel|stelt|stellen)\b", re.IGNORECASE)


_SETUP_PARTICLES = frozenset({"op", "in"})


_PREPS = frozenset("van voor rond inzake naar over met tegen tussen betreffende omtrent".split())


# the particle of a separable verb that closes its clause: "keurt … goed", "kent … toe"
_VERB_PARTICLES = frozenset("goed toe".split())


_WHEN_PHRASES = frozenset({"met ingang", "met terugwerkende", "tot en", "na afloop"})


_ARTICLES = frozenset("de het een".split())


_SETUP_WORDS = lazyre.compile(r"^(?:opgericht|oprichten|opricht|opgezet|opzetten|ingesteld|instellen|gestart|starten|uitgevoerd|"
                              r"gelanceerd|lanceren|uitgerold|opgestart|opstarten|op|in|die|dat|om|te|waarbij|waarin|"
                              r"binnen|bestaande|zal|zullen|wordt|worden|is|zijn|heeft|hebben)$")


_ACTION_NOMINAL = r"(?:uitbouw|uitrol|ontwikkeling|organisatie|opvolging|oprichting|werking|realisatie|uitvoering|" \
                  r"opzetten|oprichten|ontwikkelen|uitbouwen|organiseren|" \
                  r"opstart|implementatie|verderzetting|voortzetting)"


# what a grant is for, before the name of what it sets up: "voor de oprichting van de", "voor de uitbouw en werking in
# Vlaanderen van het"
_FOR_SETTING_UP = (rf"\s+voor\s+(?:de|het)\s+{_ACTION_NOMINAL}(?:\s+en\s+{_ACTION_NOMINAL})?(?:\s+in\s+[^.;,]{{2,40}}?)?"
                   r"\s+van\s+(?:een|het|de)\s+")


_GRANT_TO = lazyre.compile(
    r"\b(?:project|werkings|investerings)?subsidie\b[^.;]{0,80}?\baan\s+(?:de|het)\s+[^.;]{2,80}?" + _FOR_SETTING_UP +
    r"(?P<np>[^.;:()]{5,200}?)(?=\s*,|\s+voor\s+de\s+periode|\s+ter\b|[.;:(]|$)", re.IGNORECASE)


# the same grant with its recipient named first: "kent ze aan de vzw een eenmalige subsidie van 3 miljoen euro toe voor
# de oprichting van de Flanders Make Academy en een eenmalige subsidie …" (a second grant joined by "en een" ends the name)
_GRANT_TO_RECIPIENT_FIRST = lazyre.compile(
    r"\baan\s+(?:de|het)\s+[^.;]{2,60}?\b(?:project|werkings|investerings)?subsidie\b[^.;]{0,60}?" + _FOR_SETTING_UP +
    r"(?P<np>[^.;:()]{5,200}?)(?=\s*,|\s+en\s+(?:een|de|het)\s|\s+voor\s+de\s+periode|\s+ter\b|[.;:(]|$)", re.IGNORECASE)


_COLON_NAME = lazyre.compile(
    r"\b(?P<head>[a-zà-ÿ-]*(?:programma|project|initiatief|platform|netwerk|fonds|actieplan|plan|strategie|"
    r"programme|project|network|fund))(?:\s+[a-zà-ÿ]+){0,2}?\s*:\s+(?P<name>[A-Za-z][^.;:\n(]{2,100}?)"
    r"(?:\s*\((?P<alias>[A-Z][\w-]{1,20})\))?\d*(?=\s*[.;(\n]|$)")


_IS_AN_INITIATIVE = lazyre.compile(
    r"(?:(?:^|[.!?]\s+|\n)(?:De|Het)|(?<![\w-])(?P<acr>[A-Z][A-Z0-9]{1,7}),\s+(?:de|het))\s+"
    r"(?P<name>[a-zà-ÿ][\wà-ÿ-]{4,40}|[A-Z][\w+-]+(?:\s+[A-Z][\w+-]+){0,3})\s*,?\s+"
    r"(?:is|zijn|was|waren)\s+een\s+(?:[a-zà-ÿ]+\s+)?(?P<head>initiatief|project|programma|samenwerkingsverband|"
    r"samenwerking|netwerk|platform)\s+(?:van|tussen)\s+")


def _described_candidates(text: str, low: str | None = None) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    for m in _matches(_COLON_NAME, text, low):
        name = _clean(m.group("name"))
        if 1 <= len(name.split()) <= 10 and name.split()[0].lower() not in _CLAUSE_START and \
                not any(w.strip(",;") in _VERBISH for w in name.split()):  # not "programma, bedoeld in artikel"
            out.append((m.start("name"), m.start("name") + len(m.group("name")), name,
                        _type_of(m.group("head")) or "programme"))
    for m in _matches(_IS_AN_INITIATIVE, text, low):
        name = m.group("name")
        if name.lower() in _TYPE_WORDS:
            continue  # "Het project is een samenwerkingsverband van …": the kind word refers back to a project named before
        if not _is_organisation(name):
            # ("VAIA, de Vlaamse AI Academie, is een samenwerking van …": a partnership, a network)
            kind = "network" if m.group("head") == "samenwerking" else _TYPE_WORDS.get(m.group("head"), "project")
            out.append((m.start("name"), m.end("name"), name, kind))
    for m in (*_matches(_GRANT_TO, text, low), *_matches(_GRANT_TO_RECIPIENT_FIRST, text, low)):
        np_ = _cut_np(m.group("np"))
        if np_:  # what the grant builds is a project (an approach, a centre), or the kind its name says; the grant is
            # its money, not a fund ("een populatiegerichte benadering rond …")
            out.append((m.start("np"), m.start("np") + len(m.group("np")), np_, _type_of(np_) or "project"))
    for m in _matches(_SUCH_AS, text, low):
        name = _clean(m.group("name"))
        if 2 <= len(name.split()) <= 8 and not _is_organisation(name) and not not_an_initiative(name):
            out.append((m.start("name"), m.start("name") + len(m.group("name")), name,
                        _type_of(m.group("kind")) or "project"))
    for m in (_LIST_ITEM_NAME.finditer(text) if _has_bullet(text) else ()):
        name = _clean(m.group("name"))
        words = name.split()
        at = _has_type_word(words[:2])
        if at == 1 and not (_fold(words[0]).lower().endswith(("e", "aal", "eel", "isch", "ief")) or
                            words[0] in _NATIONALITY):
            at = -1  # "Doelstellingen STEM-actieplan": a heading about a plan, not the plan's name
        if 2 <= len(words) <= 8 and at >= 0 and not _only_kind(words) and not _is_organisation(name) and \
                not any(_fold(w).lower() in _FUNCTION_WORDS or _fold(w).lower() in _VERBISH for w in words[1:]):
            out.append((m.start("name"), m.start("name") + len(m.group("name")), name, _type_of(name)))
    for m in _defined_matches(text):
        name = _acronym_name(m.group("before"), m.group("acr"))
        if name and any(len(w) <= 3 and w.islower() and w not in _CONNECT_WORDS for w in name.split()):
            name = ""  # "Geïndivi dua liseerd Plan": a word broken by the PDF
        if name and (_has_type_word(name.split()) >= 0 or _SUCH_AS_CUE.search(text[max(0, m.start() - 60):m.start()]
                                                                           + m.group("before")[:-len(name)])) \
                and not _is_organisation(name) and not _ORGANISATION_TAIL.search(name):
            e = m.start("acr") - 1
            out.append((e - len(name) - (len(m.group("before")) - len(m.group("before").rstrip())) - 1 + 1, e, name,
                        _type_of(name) or "project"))
    for m in _matches(_AGREEMENT_ON, text, low):
        topic = re.sub(rf"^(?:(?:de|het)\s+)?{_ACTION_NOMINAL}(?:\s*(?:,|en)\s*(?:de|het)?\s*{_ACTION_NOMINAL})*"
                       r"\s+(?:van|in)\s+", "", m.group("topic"), flags=re.IGNORECASE)
        topic = re.sub(r"^(?:de|het|een)\s+", "", topic)
        topic = re.sub(r"\s+(?:voor|in|tijdens)\s+de\s+periode\b.*$", "", topic)  # when, not what
        topic = _cut_np(topic) or (topic if len(topic.split()) == 1 else "")
        if topic:
            name = f"{m.group('kind').lower()} {m.group('prep')} {topic}"
            out.append((m.start(), m.end(), name, "agreement"))
    named_at = [s for s, _, _, _ in out]
    hints = _setup_hints(text, low)
    for a, b in _sentence_spans(text):
        sentence = text[a:b]
        if (hints is True or any(x < b and y > a for x, y in hints or ())) and _SETUP.search(sentence):
            phrases = _setup_phrases(sentence)
        else:  # no phrase that sets something up: what the text refers back to ("Deze pilot is afgerond") or names
            # again in the same words will do
            phrases = [ph for ph in (_setup_phrases(sentence) if _head_said_twice(sentence, text) else ())
                       if _referred_back(ph[2], text[b:]) or _named_again(ph[2], text)]
        for s, e, name, typ in phrases:
            if any(0 <= n - (a + e) <= 25 for n in named_at):
                continue  # "een … samenwerkingsprogramma opgezet: quantumveilige Cryptografie": the name follows
            out.append((a + s, a + e, name, typ))
    for m in [*_RECOGNISED_AS_NAME.finditer(text), *_RECOGNITION_OF.finditer(text)]:
        name = _clean(re.sub(r"[‘’']", "", m.group("n")))
        if _setup_head_at(_fold(name.split()[0]).lower()) >= 0 and len(name.split()) >= 2:
            # "… een consortium onder leiding van … als Steunpunt voor Beleidsrelevant Onderzoek voor het thema Circulaire
            # Economie": what a consortium is recognised or funded as, by name, is an initiative
            # (a name that ends in a quoted theme spans the closing quote: a span that ends inside a quote is dropped)
            end = m.end("n") if m.group("n").endswith(("’", "'")) else m.start("n") + len(name)
            out.append((m.start("n"), end, name, "instrument"))
    return out


# what a decision recognises (and funds), by name, in a title's words without an article: "Oproep erkenning en financiering
# Steunpunt voor Beleidsrelevant Onderzoek voor het thema 'Omgeving en Gezondheid' (2022-2027)" (a quoted theme is part of it)
_RECOGNITION_OF = lazyre.compile(r"\b(?i:erkenning)\s+(?:en\s+(?:de\s+)?financiering\s+)?(?:van\s+(?:een|het|de)\s+)?"
                                 r"(?P<n>[A-Z][\wà-ÿ-]*(?:\s+(?:(?:voor|van|en|het|de|thema)\s+)*(?:[A-Z][\wà-ÿ-]*|[‘'][^’'\n]{2,60}[’']))*)")


# what a consortium is recognised as, by name, after the lead it is under: "… een consortium onder leiding van Prof. Dr. Ir.
# Karel Van Acker (KU Leuven) als Steunpunt voor Beleidsrelevant Onderzoek voor het thema Circulaire Economie"
_RECOGNISED_AS_NAME = lazyre.compile(r"\bconsortium\b(?:[^.;:]|(?<=Prof)\.|(?<=Dr|Ir|dr|ir)\.){0,120}?\bals\s+(?:een\s+|het\s+|de\s+)?(?P<n>[A-Z][\wà-ÿ-]*"
                                     r"(?:\s+(?:(?:voor|van|en|het|de|thema)\s+)*[A-Z][\wà-ÿ-]*)*)")


def _named_again(name: str, text: str) -> bool:
    """Whether a described initiative of three content words or more stands twice in the passage in the
    same words: a description a text repeats word for word is the name it uses for one thing. (With two
    content words, "commissie van toelating", "netwerk van mobipunten", a repeated phrase is as often a
    kind of body or thing.)"""
    content = [w for w in name.split() if w.lower() not in _FUNCTION_WORDS and w.lower() not in _PREPS]
    return len(content) >= 3 and _whole_mentions(name, text, 2) >= 2


def _referred_back(name: str, later: str) -> bool:
    """Whether a sentence after a described initiative opens by pointing back to it with its head word
    ("Kunt u aangeven wat de stand van zaken is van de pilot naar een huisvestings- en behandelprotocol
    …? Deze pilot is afgerond."): a thing the text goes on to say something of is one thing, not a
    kind, even when no verb around it sets it up. (A demonstrative anywhere in a later sentence also
    found one more wrong record on held-out texts.)"""
    head = next((w for w in name.split() if _setup_head_at(_fold(w).lower()) >= 0), "")
    return bool(head) and re.search(rf"(?:^|[.!?]\s+|\n)(?:Deze|Dit)\s+{re.escape(head)}\b", later) is not None


# "projecten als Evaluating Research in Context", "programma's zoals Horizon Europe"
_SUCH_AS_CUE = lazyre.compile(r"\b(?:projecten|project|programma[’']?s|programma|initiatieven|netwerken|fondsen|"
                              r"regelingen|programmes|projects|initiatives)\s+(?:als|zoals|such as|like)\s*$", re.IGNORECASE)


_SUCH_AS = lazyre.compile(r"\b(?P<kind>projecten|programma[’']?s|initiatieven|netwerken|fondsen|programmes|projects|"
                          r"initiatives)\s+(?:als|zoals|such as|like)\s+"
                          r"(?P<name>[A-Z][\w+&’'-]*(?:\s+(?:(?:van|voor|en|in|of|for|the|and|on|de|het)\s+)?[A-Z][\w+&’'-]*){1,6})")


# a list item that is a name: "* Masterplan toekomst wiskunde: http…", "• Sectorale agenda Lerarenopleidingen (voorjaar 2012)"
_LINE_DASH = lazyre.compile(r"\n[ \t]*-")


def _has_bullet(text: str) -> bool:
    """Whether the text holds a bullet: every _LIST_ITEM_NAME match needs one."""
    return any(c in text for c in "*•▪–") or text.lstrip(" \t").startswith("-") or bool(_LINE_DASH.search(text))


_LIST_ITEM_NAME = lazyre.compile(r"(?:(?:^|\n)[ \t]*[*•▪–-]|\s[*•▪–])[ \t]+(?P<name>[A-Z][\wà-ÿ’'-]*(?:[ \t]+[\wà-ÿ’'-]+){1,7}?)"
                                 r"(?=[ \t]*(?::\s|,\s*\(|\s\(|\n|$))")


# a name defined by its abbreviation: "Reviewcommissie hoger onderwijs en onderzoek (RC)", "Validatiecommissie
# Kwaliteitszorg Onderzoek (VKO)", "Evaluating Research in Context (ERiC, NWO)"
_DEFINED = lazyre.compile(r"(?P<before>(?:[\wà-ÿ’'&+-]+[ \t]+){0,8}?[\wà-ÿ’'&+-]+)[ \t]*\((?P<acr>[A-Z][A-Za-z0-9&’'+-]{1,9})"
                          r"(?:,[^)]{0,40})?\)")


_ACRONYM_AT = lazyre.compile(r"\([A-Z][A-Za-z0-9&’'+-]{1,9}(?:,[^)]{0,40})?\)")


# a character no name before "(ACR)" holds: a match of _DEFINED cannot begin before the last one
_NOT_IN_DEFINED = lazyre.compile(r"[^\wà-ÿ’'&+ \t-]")


def _defined_matches(text: str):
    """The matches `_DEFINED.finditer(text)` gives, found near each bracketed acronym only: tried
    at every position, the pattern's nine optional words cost seconds per long document."""
    pos = 0
    for a in _ACRONYM_AT.finditer(text):
        if a.start() < pos:
            continue
        start = max(pos, a.start() - 1000)
        brk = _NOT_IN_DEFINED.search(text[start:a.start()][::-1])
        if brk:  # the words and blanks right before the bracket (no earlier bracket lies among them)
            start = a.start() - brk.start()
        m = _DEFINED.search(text, start, a.end())
        if m:
            yield m
            pos = m.end()


_VERBISH = frozenset("wordt werd word verstaan aangehaald bedoeld genoemd opgenomen vastgesteld gewijzigd "
                     "treedt vervalt luidt bedraagt".split())


_CLAUSE_START = frozenset("de het een zie we wij ik u zij hij het er dit deze dat die men ze".split())


# an agreement described by its parties and subject: "beheersovereenkomst tussen de Vlaamse Gemeenschap en
# de VLIR betreffende de ontwikkeling … van de ijkingstoetsen", "convenant met de hogescholen over …"
_AGREEMENT_ON = lazyre.compile(
    r"\b(?P<kind>(?:[a-z]+)?(?:overeenkomst|convenant|akkoord|protocol|charter))\s+"
    r"(?:(?:tussen|met|van)\s+[^.;:]{3,120}?\s+)?(?P<prep>betreffende|inzake|over|rond)\s+"
    r"(?P<topic>[^.;:()]{3,160}?)(?=\s*[.;:(\n]|\s+(?:en\s+)?(?:[A-Z]\.|B\.)|\s+(?:die|dat|waarin|waarbij|om)\b|$)")


def _acronym_name(before: str, acr: str) -> str:
    """The words before "(ACR)" that ACR abbreviates: from the last word whose initial is the
    abbreviation's first letter, if the abbreviation's capitals follow in order in them."""
    words = before.split()
    letters = [c.lower() for c in acr if c.isupper() or c.isdigit()]
    if len(letters) < 2:
        return ""
    for i in range(len(words) - 1, -1, -1):
        if _fold(words[i][:1]).lower() != letters[0]:
            continue
        cand = words[i:]
        if not cand[0][:1].isupper() and not acr[:1].islower():
            continue
        folded = _fold(" ".join(cand)).lower()
        pos = 0
        for c in letters:
            pos = folded.find(c, pos)
            if pos < 0:
                break
            pos += 1
        else:
            name = _clean(" ".join(cand))
            if name and len(name.split()) <= 8 and name[:1].isupper():
                return name
    return ""


def _cut_np(np_: str) -> str:
    """A described thing, short enough to be a name: "populatiegerichte benadering rond … in de
    Eerstelijnszones" loses its place when it is long."""
    quoted = re.match(r"(.*?[‘“\"'«][^’”\"'»]{2,80}[’”\"'»])(?=\s)", np_)
    if quoted:  # "het project ‘KENNISDIFFUSIE’  De Vlaamse Regering kent …": the name ends at its closing quote
        np_ = quoted.group(1)
    words = np_.split()
    if len(words) > 10:
        m = re.search(r"\s+(?:in|bij|binnen)\s+(?:de|het)\s", np_)
        if m:
            words = np_[:m.start()].split()
    words = [w for w in words]
    while words and (words[-1].lower() in _FUNCTION_WORDS):
        words.pop()
    return " ".join(words) if 2 <= len(words) <= 10 else ""


_TOKEN = lazyre.compile(r"[\wà-ÿ][\wà-ÿ'’+-]*|[^\w\s]")


_GROUP_HEAD = lazyre.compile(r"(?:commissie|werkgroep|stuurgroep|taskforce)$")


_CONJUNCTIONS = frozenset("zodat omdat waardoor terwijl wanneer indien als waarmee waarin waarbij opdat".split())


# words before a head that say which round or edition of a thing is meant, not what it is
_WHICH_ONE = frozenset("laatste vorige volgende eerstvolgende huidige".split())


def _setup_phrases(sentence: str) -> list[tuple[int, int, str, str]]:
    """Noun phrases with an initiative's head after an article in a sentence that sets something up:
    "een eigen Vlaamse plannings-commissie", "een tijdelijk consortium van partners", "een platform
    levenslang leren", "een oproep naar de hogescholen", "een beoordelingscommissie die tot taak heeft".
    The phrase must say which one: a kind alone ("een gemeenschappelijk elektronisch platform", "een
    onderzoeksprogramma", "diverse commissies") is no initiative."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(sentence)]
    out = []
    for i, (s, e, tok) in enumerate(toks):
        low = _fold(tok).lower()
        if "-" in low and re.fullmatch(r"[a-z]+-[a-z]+", low) and not (low[low.index("-") - 1] in "aeiou" and
                                                                         low[low.index("-") + 1] in "aeiou"):
            low = low.replace("-", "")  # "plannings-commissie": a word broken at a line end
        head_at = _setup_head_at(low)  # singular only: plurals name a kind
        # a capitalised head no type word finds is a name set up here: "het Vlaams Meldpunt grensoverschrijdend gedrag"
        named = tok[:1].isupper() and i > 0
        if head_at < 0 or named and (_has_type_word([tok]) >= 0 or _GROUP_HEAD.search(low)):
            continue  # (a capitalised committee or working group is _GROUP's: "Commissie Hermans")
        modifier = low[:head_at]
        if _COURSE_MODIFIER.match(modifier):
            continue
        # the article and the adjectives between it and the head
        j = i - 1
        pre: list[int] = []
        while j >= 0 and len(pre) < 2 and _ADJECTIVE.match(toks[j][2]) and \
                _fold(toks[j][2]).lower() not in _FUNCTION_WORDS and not _PARTICIPLE.match(toks[j][2]):
            pre.insert(0, j)
            j -= 1
        if j < 0 or toks[j][2].lower() not in ("een", "het", "de", "eigen"):
            continue
        if toks[j][2].lower() == "eigen" and j > 0 and toks[j - 1][2].lower() == "een":
            j -= 1
        # ("de laatste oproep voor zware onderzoeksinfrastructuur": which round, not the call's name)
        pre = [k for k in pre if _fold(toks[k][2]).lower() not in _KIND_ADJECTIVES and
               _fold(toks[k][2]).lower() not in _WHICH_ONE and
               _fold(toks[k][2]).lower() not in ("eigen", "zo'n", "zo’n")]
        # what follows the head: prepositional phrases and content words, up to a verb or a break
        post: list[int] = []
        k = i + 1
        while k < len(toks) and len(post) < 6:
            w = toks[k][2]
            lw = w.lower()
            if not re.match(r"[\wà-ÿ]", w) or _SETUP_WORDS.match(lw) or \
                    named and (_PARTICIPLE.match(w) or lw in _CONJUNCTIONS):
                break
            if lw == "van" and k + 1 < len(toks) and toks[k + 1][2].lower() == "start":
                break  # "… gedrag van start gegaan": the verb, not what it is of
            if lw in _PREPS or (lw in _ARTICLES and post and toks[post[-1]][2].lower() in _PREPS) or \
                    lw == "en" and post and toks[post[-1]][2].endswith("-"):  # "huisvestings- en behandelprotocol"
                post.append(k)
            elif lw in _FUNCTION_WORDS or lw in _VERBISH or re.fullmatch(r"\d+", w):
                break
            else:
                post.append(k)
            k += 1
        if len(post) == 6 and k < len(toks) and re.match(r"[\wà-ÿ]", toks[k][2]) and \
                toks[k][2].lower() not in _FUNCTION_WORDS and not _SETUP_WORDS.match(toks[k][2].lower()):
            # the limit cut the phrase ("… rond de vergroening van het rollend"): keep what is whole
            cut = max((n for n, x in enumerate(post) if toks[x][2].lower() in _PREPS and n > 0), default=0)
            post = post[:cut]
        while post and (toks[post[-1]][2].lower() in _PREPS or toks[post[-1]][2].lower() in _ARTICLES or
                        toks[post[-1]][2].lower() in _VERB_PARTICLES and (
                            post[-1] + 1 == len(toks) or not re.match(r"[\wà-ÿ]", toks[post[-1] + 1][2]) or
                            toks[post[-1] + 1][2].lower() in _FUNCTION_WORDS)):
            post.pop()  # ("keurt … de thematische oproep voor de bio-economie goed.": the verb's particle ends the phrase)
        if post and " ".join(toks[x][2].lower() for x in post[:2]) in _WHEN_PHRASES:
            post = []  # "de commissie met ingang van 3 december 2012": when, not which one
        if post and toks[post[0]][2].lower() not in _PREPS and not named:
            # bare words after the head belong to the name only when the verb that sets it up follows
            # them ("een platform levenslang leren opgericht"), not in a clause that goes on ("het
            # project uitvoert conform …", "De leerstoelen werden …")
            nxt = toks[post[-1] + 1][2].lower() if post[-1] + 1 < len(toks) else ""
            after = toks[post[-1] + 2][2].lower() if post[-1] + 2 < len(toks) else ""
            closes = nxt in _SETUP_PARTICLES and (not re.match(r"[\wà-ÿ]", after) or after in _FUNCTION_WORDS) and \
                _SEPARABLE_SETUP.search(sentence[:s])
            runs_on = _RUNS_ON.match(sentence, toks[post[-1]][1])
            if not _SETUP_PARTICIPLE.match(nxt) and not closes and not runs_on:
                post = []  # (the particle of "richten we een expertisecentrum innovatieve leerwegen op, …" closes it)
        rest = sentence[toks[(post or [i])[-1]][1]:]
        purpose = bool(re.match(r"\s*,?\s*(?:die|dat)\s+(?:tot\s+taak|als\s+taak)|\s*(?:met\s+als\s+taak|belast\s+met)", rest))
        specific = bool(post) or purpose or any(toks[k][2] in _NATIONALITY or toks[k][2][:1].isupper() for k in pre) \
            or (modifier and not _generic_compound(low) and len(modifier) >= 4)
        if not specific:
            continue  # "een gemeenschappelijk elektronisch platform", "een onderzoeksprogramma": a kind
        if toks[j][2].lower() == "een" and not post and not purpose and _MAY.search(sentence[:s]) and \
                not any(toks[k][2][:1].isupper() for k in pre):
            continue  # "De minister kan besluiten tot het instellen van een externe evaluatiecommissie": one that may come
        idx = pre + [i] + post
        name = " ".join(toks[x][2] for x in idx)
        name = re.sub(r"\b([a-z]+)-([a-z]+)\b", lambda m: m.group(1) + m.group(2)
                      if _setup_head_at(m.group(1) + m.group(2)) >= 0 else m.group(0), name)
        if len(name.split()) > 10 or named and _is_organisation(name):
            continue
        out.append((toks[idx[0]][0], toks[idx[-1]][1], name, _type_of(name) or _setup_type(low)))
    return out


# the passive verb that says a thing runs on, a few words of manner between: "Het Vlaams overlegplatform
# studentenhuisvesting wordt op een structurele wijze verdergezet". What runs on exists, and the text names it by
# its whole name, the bare words before "wordt" included (as before "opgericht" in "een platform levenslang leren
# opgericht"). Only these verbs: a thing set up in the passive keeps the rule above.
_RUNS_ON = lazyre.compile(r"\s+(?:wordt|worden|werd|werden)\s+(?:[\wà-ÿ]+\s+){0,5}?(?:verdergezet|voortgezet)\b")


# a sentence that says a thing may be set up, not that it is
_MAY = lazyre.compile(r"\b(?:kan|kunnen|mag|mogen|zou|zouden|indien|wanneer|desgewenst|eventueel|eventuele)\b", re.IGNORECASE)


# an adjective before a head: "tijdelijk", "Vlaamse", "gemengde", "eigen"; not a numeral, a quantifier or
# a participle ("twee", "diverse", "reeds uitgerolde", "door de minister ingestelde")
_ADJECTIVE = lazyre.compile(r"^(?:[A-Z][a-zà-ÿ]+(?:e|s)|[a-zà-ÿ]+(?:e|ig|isch|eel|aal|ief|lijk|baar|ijk|ek|ant|ent|lk|ld))$")


_PARTICIPLE = lazyre.compile(r"^(?:ge|uitge|opge|inge|aange|voorge|vastge|goedge)[a-zà-ÿ]+(?:d|t|de|te|en)$|"
                             r"^(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|diverse|verschillende|alle|andere|"
                             r"enkele|meerdere|vele|sommige|zulke|welke|elke|iedere|meest|reeds|zelfde|volgende)$",
                             re.IGNORECASE)


def _setup_type(head: str) -> str:
    for h, t in (("commissie", "working_group"), ("werkgroep", "working_group"), ("stuurgroep", "working_group"),
                 ("consortium", "network"), ("alliantie", "network"), ("samenwerkingsverband", "network"),
                 ("experiment", "pilot"), ("pilot", "pilot"), ("proef", "pilot"), ("oproep", "fund"),
                 ("meldpunt", "instrument"), ("steunpunt", "instrument"), ("centrum", "instrument")):
        if head.endswith(h):
            return t
    return "project"


# a grant's purpose that is only a time: "6 jaar", "het werkjaar 2024", "de duur van vier jaar"
_PERIOD_PURPOSE = lazyre.compile(r"(?:(?:de|het|een|elk|ieder)\s+)?(?:duur\s+van\s+)?(?:[\d.,]+|één|twee|drie|vier|vijf|zes)?\s*"
                                 r"(?:\w*jaar|jaren|maanden|maand|weken|periode|kalenderjaar)(?:\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?)?",
                                 re.IGNORECASE)


# the legal form that opens the name of a body: "de vzw Flanders Make", "de Stichting Deltares"
_LEGAL_FORM = frozenset("vzw vzw's ivzw stichting vereniging nv bv cvba".split())


def _for_a_body(words: list[str]) -> bool:
    """Whether what a grant is for is a body, by its legal form or a name the vocabulary knows as an
    organisation ("voor de vzw Flanders Make", "voor het VIB"): the money keeps that body running, and the
    body is no initiative; what the grant pays for is the initiative, when the text names it."""
    rest = words[1:] if words and words[0].lower() in ("de", "het") else words
    return bool(rest) and (_fold(rest[0]).lower().strip(".") in _LEGAL_FORM or _is_organisation(" ".join(rest)))


# what a regulation says of a grant after its name: its verb ("bedraagt", "omvat"), an adverb before a verb
# ("tevens", "slechts"), a condition ("indien", "tenzij") and the infinitive before it
_GRANT_CLAUSE = lazyre.compile(r"\s+(?:bedraagt|bedragen|omvat|omvatten|bevat|bevatten|geschiedt|gebeurt|betreft|geldt|"
                               r"gelden|blijft|blijven|heeft|hebben|vindt|tevens|eveneens|slechts|uitsluitend|ook|niet|"
                               r"(?:[a-zà-ÿ]+en\s+)?(?:indien|tenzij|mits|wanneer|nadat|zodra))\b")


# what a grant builds or does, after the article: "voor de bouw van betaalbare studentenhuisvesting", "voor de uitbouw
# van …" (a purpose, however definite)
_ACTION_AFTER_ARTICLE = lazyre.compile(rf"(?:{_ACTION_NOMINAL}|bouw|aankoop|renovatie|inrichting|aanleg)$", re.IGNORECASE)


def _grant_name(noun: str, purpose: str) -> str:
    """"projectsubsidie" + "voor deelname aan Europese Universiteiten" -> the grant's name, cut
    before what only says to whom or when."""
    purpose = re.split(r"\s+(?:aan\s+(?:de|het)\s|in\s+het\s+kader|voor\s+de\s+periode|binnen\s+hun)", purpose)[0]
    purpose = re.split(r"\s+(?:kan|kunnen|mag|mogen|moet|moeten|wordt|worden|werd|werden|is|zijn)\s", purpose)[0]
    # ("subsidie voor de studiekosten kan worden teruggevorderd": the sentence's verb ends the name; so do the
    # verbs a regulation says of a grant, an adverb before the verb, and a condition: "de subsidie voor zij-instroom
    # bedraagt ten hoogste …", "kan de subsidie voor studiekosten tevens worden verstrekt", "… terugvorderen indien …")
    purpose = _GRANT_CLAUSE.split(purpose)[0]
    purpose = re.sub(r"\s+(?:aan|door|bij|met|tot)$", "", purpose)  # "subsidie voor studieverlof aan deze leraar": a preposition left over
    purpose = re.sub(r"(?:\s+(?:goed|toe|op|uit|vast|af|mee))+$", "", purpose)  # the verb's particle: "keurt … goed"
    words = re.sub(r"\s+\d+$", "", purpose).split()  # a footnote mark ("studenten 1")
    if len(words) < 2 or len(words) > _MAX_WORDS + 1:
        return ""
    if _PERIOD_PURPOSE.fullmatch(" ".join(words[1:])):
        return ""  # "subsidie voor 6 jaar", "voor het werkjaar 2024": how long, not what for
    if re.search(rf"\b(?:{_GRANT_NOUN})\b", " ".join(words[1:]), re.IGNORECASE):
        return ""  # "subsidie voor studiekosten en subsidie voor studieverlof": two grants, neither named
    if words[1].lower() in ("de", "het") and not _ACTION_AFTER_ARTICLE.match(" ".join(words[2:3])):
        # "subsidie voor de werking van …", "subsidie voor het NERF": the definite article points at a thing the text
        # names or knows already (a body, its costs, a project), which is what the money is for; a grant named by its
        # purpose says what it pays for with no article ("subsidie voor studieverlof", "projectsubsidie voor
        # deelname aan Europese Universiteiten", "subsidie voor een aspirant-opleidingsschool")
        return ""
    if _for_a_body(words[1:]):
        return ""  # "een jaarlijkse subsidie voor de vzw Flanders Make": a body's own funding, not what it is for
    return f"{noun.lower()} {' '.join(words)}".strip(" ,")
