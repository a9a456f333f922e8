"""Who: a person or an organisation, and which organisations.

A "wie" answer is a person or an organisation the question does not itself name, never a party
that merely stands beside a name ("Van Zanten (BBB)" answers with Van Zanten). When the question
asks for a role (minister, voorzitter), persons come before organisations.
"""
from __future__ import annotations

import functools
import re

from ...analysis.filters import fold
from ...lexicon import function_words
from ...tag.entities import find_firms, find_organisations, find_persons, is_firm, organisation_type
from .. import question as Q
from . import Candidate, Clues, closeness, joined, overlaps, register
from .names import spelled_out
from ...text import lazyre

# the political parties of the Netherlands and Flanders, by the names their texts use
_PARTY_NAMES = (r"(?:GroenLinks-PvdA|GL-PvdA|GroenLinks|PvdA|PVDA|CDA|VVD|PVV|D66|GL|SP|CU|ChristenUnie|SGP|PvdD|DENK|JA21|"
                r"FvD|BBB|NSC|Volt|BIJ1|50PLUS|N-VA|CD&V|Open VLD|Vooruit|Groen|Vlaams Belang)")
_PARTY = lazyre.compile(rf"^{_PARTY_NAMES}$", re.IGNORECASE)
_ROLE_ASKED = lazyre.compile(r"\b(?:minister|staatssecretaris|voorzitter|rector|kamerlid|lid|leden|indiener|"
                             r"coördinator|coordinator|chair|president|directeur|director|who asked|wie vroeg)", re.IGNORECASE)


# a deputy's role: the question that asks for the chair does not ask for the deputy chair
_DEPUTY = lazyre.compile(r"\b(?:plaatsvervangend\w*|vice\W?\w*|onder\w*voorzitter|deputy|substitute|acting|waarnemend\w*|"
                         r"mede\w*voorzitter|co-?chair\w*)", re.IGNORECASE)
_DEPUTY_BEFORE = lazyre.compile(r"\b(?:plaatsvervangend\w*|vicevoorzitter|ondervoorzitter|waarnemend\w*)[:,]?\s+(?:\w+[:,]?\s+){0,3}"
                                r"(?:(?:de\s+heer|mevrouw|professor|prof\.|dr\.|mr\.)\s+)*$", re.IGNORECASE)
# a role written as a label before a name: "Werkend bijzitter: de heer Luc Van de Velde"
_ROLE_LABEL = lazyre.compile(r"(?:^|[.;]\s+|\n)((?:[A-Za-zÀ-ÿ-]+\s+){0,2}[A-Za-zÀ-ÿ-]+)\s*:\s*"
                             r"(?:(?:de\s+heer|mevrouw|professor|prof\.|dr\.|mr\.|dhr\.|mevr\.)\s*)*$", re.IGNORECASE)
OTHER_ROLE = 0.5
_PRESIDED = lazyre.compile(r"\b(?:presid\w*|chaired|voorzat|zat\s+\w+\s+voor)\b", re.IGNORECASE)  # a chair asked by the verb
HEADING_HOLDER = 0.9
# a role, what it is of, and after a comma the person who holds it: "de eerste voorzitter van de DBRC,
# de heer Eddy Storms, …", "de minister van OCW, mevrouw Bussemaker" (the role's words stand farther
# from the name than in "voorzitter Storms", and the apposition says no less)
_APPOSED = lazyre.compile(r"\b((?:[\w-]+\s+)?[\w-]+)\s+(?:van|of|bij)\s+(?:de\s+|het\s+|the\s+)?[^,.;:()]{1,60},\s*"
                          r"(?:(?:de\s+heer|mevrouw|professor|prof\.|dr\.|mr\.|dhr\.|mevr\.|Mr\.|Mrs\.|Ms\.)\s*)*$")
APPOSED_HOLDER = 0.9


def _names_role(role: str, held: str, clues: Clues) -> bool:
    """Whether the role words `held` ("Werkend bijzitter") hold the asked role's word."""
    return any(clues.same(role, w) for w in re.findall(r"[\w-]+", held))


def _other_role(q: Q.Question, role: str, held: str, clues: Clues) -> bool:
    """Whether the role words `held` ("Plaatsvervangend voorzitter", "Werkend bijzitter") name
    another role than the asked one: a deputy's where the question asks no deputy, or one without
    the asked role's word."""
    return bool(_DEPUTY.search(held) and not _DEPUTY.search(q.text)) or not _names_role(role, held, clues)


_RESPECTIVELY = lazyre.compile(r"\b(?:als|tot)\s+respectievelijk\s+(?P<roles>[^.;]+)", re.IGNORECASE)


def _respectively(q: Q.Question, role: str, text: str, persons: list[Candidate], clues: Clues) -> None:
    """"Jim Deridder en Bertel De Groote, als respectievelijk voorzitter en plaatsvervangend
    voorzitter": the n-th name before "respectievelijk" holds the n-th role after it."""
    m = _RESPECTIVELY.search(text)
    if not m:
        return
    named = sorted((c for c in persons if c.end <= m.start()), key=lambda c: c.start)
    roles = [r.strip() for r in re.split(r"\s*,\s*|\s+en\s+", m.group("roles")) if r.strip()][:len(named)]
    if len(named) < 2 or len(roles) != len(named):
        return
    for c, held in zip(named, roles):
        if _other_role(q, role, held, clues):
            c.score *= OTHER_ROLE


def _heading_holders(q: Q.Question, role: str, unit, clues: Clues) -> list[Candidate]:
    """The holder of the asked role in the unit's heading ("Voorzitter: de heer Marc Boes ›
    Plaatsvervangend voorzitter: …"): a report's list of members is often its headings."""
    out = []
    for part in re.split(r"\s[›>]\s", getattr(unit, "heading", "") or ""):
        label, sep, rest = part.partition(":")
        if not sep or _other_role(q, role, label, clues):
            continue
        for p in find_persons(rest):
            if not _person_asked(p.name, q):
                out.append(Candidate(p.name, 0, 0, HEADING_HOLDER))
    return out


def _asked_already(name: str, q: Q.Question) -> bool:
    return fold(name) in fold(q.text)


def _person_asked(name: str, q: Q.Question) -> bool:
    """The question names this person already: "mevrouw Van Dooren-Lansdorp" is "P.M. van
    Dooren-Lansdorp" in the text, so the surname decides, not the initials."""
    surname = re.sub(r"^(?:[A-ZÀ-Þ]\.\s*)+", "", name).strip()
    return bool(surname) and re.search(r"(?<!\w)" + re.escape(fold(surname)) + r"(?!\w)", fold(q.text)) is not None


def _persons(q: Q.Question, text: str, clues: Clues) -> list[Candidate]:
    out = []
    for p in find_persons(text):
        if _person_asked(p.name, q):
            continue
        role = p.role if p.role and p.role.lower() not in p.name.lower() else ""
        shown = f"{role} {p.name}".strip()
        if p.party:
            shown += f" ({p.party})"
        out.append(Candidate(shown, p.start, p.end, closeness(p.start, p.end, clues.anchors, text)))
    return out


# a body the vocabulary does not know, by the shape of its name ("de Commissie Hoger Onderwijs",
# "het Agentschap voor Onderwijsdiensten")
_BODY = lazyre.compile(r"\b(?:Commissie|Raad|Agentschap|Ministerie|Stichting|Vereniging|Inspectie|Autoriteit|Dienst|"
                       r"Bureau|Instituut|Kenniscentrum|Expertisecentrum|Adviesraad|Rekenkamer|Ombudsman|Platform)"
                       # ("de Stichting Platform Bèta en Techniek": a function word may join its capitalised words)
                       r"(?:\s+(?:voor|van|der|de|het|en))*\s+[A-Z][\w-]+(?:\s+(?:(?:voor|van|der|de|het)\s+){0,2}[A-Z][\w-]+|\s+en\s+[A-Z][\w-]+)*"
                       # a body named by a region and a compound of its kind ("het Vlaams Mensenrechteninstituut")
                       r"|\b(?:Vlaams|Vlaamse|Nederlands|Nederlandse|Federaal|Federale|Europees|Europese|Belgisch|Belgische)\s+"
                       r"[A-Z][a-zà-ÿ]+(?:instituut|raad|agentschap|centrum|fonds|dienst|autoriteit|inspectie|college|bureau|"
                       r"commissie|academie|platform|huis|meldpunt|observatorium|kenniscentrum)\b"
                       # an English name that Dutch text quotes as it is ("de European Student Union")
                       r"|\b(?:[A-Z][\w’'-]+\s+){1,4}(?:Union|Association|Council|Agency|Foundation|Network|Board|"
                       r"Committee|Authority|Institute|Federation|Alliance|Organi[sz]ation)\b")


# the kind of organisation a question asks for, as the vocabulary types them (data/organisations.tsv):
# "welke hogescholen" is not answered by two ministries that stand in the same sentence
_KINDS_ASKED = (
    (r"hogescho(?:ol|len)|hbo-instellingen|universit(?:y|ies) of applied sciences|colleges", {"university_college"}),
    (r"universiteiten|universities", {"university"}),
    (r"(?:onderwijs|kennis)?instellingen(?: voor hoger onderwijs)?|higher education institutions",
     {"university", "university_college"}),
    (r"ministeries|ministries|departementen", {"ministry"}),
    (r"studentenorganisaties|studentenbonden|student (?:unions|organi[sz]ations)", {"student_union"}),
    (r"bedrijf|bedrijven|onderneming(?:en)?|firma|compan(?:y|ies)|firms?|contractors?|aannemers?|leveranciers?|"
     r"suppliers?", {"company"}),
)
# a capitalised inflected adjective right before a body's kind belongs to its name ("Centrale Raad van Beroep")
_ADJECTIVE_BEFORE = lazyre.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]{2,}e)\s+$")
_BODY_KIND = {"ministerie": "ministry", "universiteit": "university", "hogeschool": "university_college"}


@functools.lru_cache(maxsize=64)
def _kinds_asked(question: str) -> frozenset[str]:
    """The kinds of organisation a question asks for, read once per question (the extractor runs
    for every unit)."""
    for pattern, kinds in _KINDS_ASKED:
        if re.search(rf"\b(?:welke?|which|what)\s+(?:[\w-]+\s+)?(?:{pattern})\b", question, re.IGNORECASE):
            return frozenset(kinds)
    return frozenset()


def _of_another_kind(name: str, kinds: frozenset[str]) -> bool:
    """A name the vocabulary (or its first word) types as another kind than the one asked for;
    a name of unknown kind may still be one."""
    kind = organisation_type(name) or _BODY_KIND.get(name.split()[0].lower(), "")
    return bool(kind) and kind not in kinds


# a question whose subject is the government's side ("met welke organisatie sprak de minister",
# "met wie overlegde het ministerie van BZK") asks with whom it dealt: the ministries standing in a
# minister's letter or answers are the writers' own (and their colleagues), rarely the other party
_GOVERNMENT_SIDE = lazyre.compile(r"\b(?:de|het|the)\s+(?:minister|ministerie|staatssecretaris|kabinet|regering|"
                                  r"ministry|state secretary|government|cabinet)\b", re.IGNORECASE)
_MINISTRY_ASKED = lazyre.compile(r"\b(?:welke?|welk|which|what)\s+(?:[\w-]+\s+)?(?:ministerie|ministeries|ministry|ministries|"
                                 r"departement\w*|department\w*)\b", re.IGNORECASE)
GOVERNMENT_SIDE = 0.5


@functools.lru_cache(maxsize=64)
def _government_asks(question: str) -> bool:
    """Whether the question's subject is the government and it does not ask which ministry, read once
    per question (the extractor runs for every candidate of every unit)."""
    return bool(_GOVERNMENT_SIDE.search(question)) and not _MINISTRY_ASKED.search(question)


def _of_the_government_side(q: Q.Question, name: str) -> bool:
    """A ministry, where the question's own subject is the government and it does not ask which ministry."""
    if not _government_asks(q.text):
        return False
    return organisation_type(name) == "ministry" or bool(re.match(r"(?:Ministerie|Ministry|Departement)\b", name))


def _organisations(q: Q.Question, text: str, clues: Clues) -> list[Candidate]:
    found = _all_organisations(q, text, clues)
    for c in found:
        if _of_the_government_side(q, c.text.split(" (")[0]):
            c.score *= GOVERNMENT_SIDE
    kinds = _kinds_asked(q.text)
    if kinds == {"company"}:  # "welk bedrijf": a firm, known as one or by its legal form, never a public body
        firms = [c for c in found if is_firm(c.text.split(" (")[0])]
        for s, e in find_firms(text):
            if not any(c.start < e and s < c.end for c in firms):
                firms.append(Candidate(text[s:e], s, e, closeness(s, e, clues.anchors, text)))
        return firms
    return [c for c in found if not _of_another_kind(c.text.split(" (")[0], kinds)] if kinds else found


def _all_organisations(q: Q.Question, text: str, clues: Clues) -> list[Candidate]:
    out = []
    known = find_organisations(text)
    asked = q.organisations  # "de ministeries van VWS en BZK": no answer to "met welke organisaties"
    for m in _BODY.finditer(text):
        # a body the vocabulary knows, or that holds one it knows ("Stichting Nuffic", "Ministerie
        # van BZK"), is that one: named once, by its canonical name
        if any(o.start < m.end() and m.start() < o.end for o in known) or _asked_already(m.group(), q):
            continue
        start = m.start()
        adjective = _ADJECTIVE_BEFORE.search(text, 0, start)
        if adjective and fold(adjective.group(1)).lower() not in function_words():
            start = adjective.start(1)  # "de Centrale Raad van Beroep", "de Hoge Raad der Nederlanden": one name
        out.append(Candidate(text[start:m.end()], start, m.end(), closeness(start, m.end(), clues.anchors, text)))
    seen, again = set(), []
    for o in known:
        if _PARTY.match(o.canonical) or _PARTY.match(o.surface) or _asked_already(o.surface, q) \
                or _asked_already(o.canonical, q) or fold(o.canonical) in asked:
            continue
        if fold(o.canonical) in seen:  # (named twice in a sentence, "het Interstedelijk Studenten Overleg (ISO)": one body)
            again.append((o.start, o.end))
            continue
        seen.add(fold(o.canonical))
        shown = o.canonical
        if o.surface and fold(o.surface) not in fold(shown) and len(o.surface) <= 12:
            shown = f"{shown} ({o.surface})"  # "Vlaamse Onderwijsraad (VLOR)": the name the text uses
        out.append(Candidate(shown, o.start, o.end, closeness(o.start, o.end, clues.anchors, text)))
    taken = [(c.start, c.end) for c in out] + again
    for m in _NAME_AND_ACRONYM.finditer(text):
        # "het Landelijk Studenten Rechtsbureau (LSR)": a name its abbreviation spells is a body's, known or not
        spelled = spelled_out(m.group("acr"), m.group("name"))
        if not spelled or any(s < m.end() and m.start() < e for s, e in taken) or _asked_already(spelled, q) \
                or _asked_already(m.group("acr"), q):
            continue
        start = m.end("name") - len(spelled)
        out.append(Candidate(f"{spelled} ({m.group('acr')})", start, m.end(), closeness(start, m.end(), clues.anchors, text)))
        taken.append((start, m.end()))
    for m in _COORDINATED_ACRONYM.finditer(text):
        # "door NWO/CW en FOM": an acronym listed with a body the vocabulary knows is a body too
        if any(s <= m.start("acr") < e for s, e in taken) or _asked_already(m.group("acr"), q) or \
                not any(e <= m.start() + 1 and m.start() - e <= 8 for s, e in taken):
            continue
        out.append(Candidate(m.group("acr"), m.start("acr"), m.end("acr"),
                             closeness(m.start("acr"), m.end("acr"), clues.anchors, text)))
        taken.append((m.start("acr"), m.end("acr")))
    out.sort(key=lambda c: c.start)
    return out


_NAME_AND_ACRONYM = lazyre.compile(r"(?P<name>(?:[A-Z][\w’'-]*\s+){1,6}[A-Z][\w’'-]*)\s*\((?P<acr>[A-Z][A-Za-z&]{1,7})\)")
_COORDINATED_ACRONYM = lazyre.compile(r"(?:\s*,\s*|\s+(?:en|and)\s+)(?P<acr>[A-Z][A-Z&]{1,5})(?![\w-])")


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.ACTOR: "minister staatssecretaris voorzitter", Q.ORGANISATIONS: "partners samenwerking"}


_ASKED_PREPOSITION = lazyre.compile(r"^(bij|aan|door|met|voor|van|namens|tot|to|by|with|from|for)\s+(?:wie|whom|who)\b",
                                    re.IGNORECASE)
PREPOSITION_MATCH, PREPOSITION_OTHER = 1.3, 0.8


def _by_preposition(q: Q.Question, text: str, candidates: list[Candidate]) -> None:
    """"Bij wie moet de aanvraag worden ingediend?" is answered by the name after "bij" ("een
    aanvraag indienen bij de Commissie Hoger Onderwijs"), not by another actor in the sentence."""
    m = _ASKED_PREPOSITION.match(q.text)
    if not m:
        return
    prep = m.group(1).lower()
    for c in candidates:
        before = re.findall(r"[\w-]+", text[max(0, c.start - 40):c.start])[-3:]
        c.score *= PREPOSITION_MATCH if prep in (w.lower() for w in before) else PREPOSITION_OTHER


# an actor named by its function after a passive verb: "De loting … geschiedt door een notaris",
# "wordt beslist door de algemeen directeur", "vastgesteld door het instellingsbestuur"
_FUNCTION = (r"(?:notaris|accountant|\w*directeur|voorzitter|secretaris|minister|staatssecretaris|rector|decaan|"
             r"\w*commissie|inspectie|inspecteur|rechter|ombudsman|\w*bestuur|college van bestuur|\w*raad|"
             r"ambtenaar|deskundigen?|werkgroep|griffier|auditor|curator|beheerder|ondernemingsraad|"
             r"burgemeester|wethouder|\w*agent|officier van justitie|\w*geleider|begeleider)\b")
_AGENT = lazyre.compile(r"\bdoor\s+(?P<who>(?:een|de|het)\s+(?:[a-zà-ÿ][\w-]*\s+){0,2}?" + _FUNCTION +
                        r"(?:\s+[A-Z][\w-]+)?)")
# … or as the subject of "is het bevoegd gezag": "is de burgemeester het bevoegd gezag bij demonstraties",
# "De burgemeester is het bevoegd gezag"
_COPULA_AGENT = lazyre.compile(r"\b(?:is|zijn|was|waren)\s+(?P<who>(?:de|het)\s+" + _FUNCTION + r")\s+(?:het|de|een)\s+"
                               r"|(?:^|[.;]\s+)(?P<who2>(?:De|Het)\s+" + _FUNCTION + r")\s+(?:is|was)\s+(?:het|de|een)\s+")
AGENT_SHARE = 0.8  # a function is a vaguer answer than a name


def _agents(q: Q.Question, text: str, clues: Clues) -> list[Candidate]:
    out = []
    for m in [*_AGENT.finditer(text), *_COPULA_AGENT.finditer(text)]:
        key = "who" if m.group("who") else "who2"
        who = m.group(key)
        if _asked_already(who, q) or fold(who.split()[-1]) in fold(q.text):
            continue
        out.append(Candidate(who, m.start(key), m.end(key),
                             AGENT_SHARE * closeness(m.start(key), m.end(key), clues.anchors, text)))
    return out


@register(Q.ACTOR)
def extract_actor(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = unit.text
    # (a unit that points back is read with the sentence it points to: "… ontslag als plaatsvervangend
    # voorzitter. Elsbeth Loncke vervangt haar.")
    around = f"{unit.lead} {text} {unit.before if getattr(unit, 'refers', False) else ''}"
    if q.noun and not any(clues.same(q.noun, w) for w in re.findall(r"[\w-]+", around)):
        return []  # "Wie is de voorzitter van …" is answered where a voorzitter is named
    firm = _kinds_asked(q.text) == {"company"}  # "welk bedrijf": no person, no function answers it
    persons = _persons(q, text, clues) if not firm else []
    orgs = _organisations(q, text, clues)
    _by_preposition(q, text, persons + orgs)
    role = q.noun or ("voorzitter" if _PRESIDED.search(q.text) else "")
    if role:
        for c in persons:
            before = text[max(0, c.start - 60):c.start]
            label = _ROLE_LABEL.search(before)
            if not _DEPUTY.search(q.text) and _DEPUTY_BEFORE.search(before) or \
                    label and not _names_role(role, label.group(1), clues):
                c.score *= OTHER_ROLE  # "plaatsvervangend voorzitter … Jean Dujardin", "Werkend bijzitter: de heer …"
            apposed = _APPOSED.search(before)
            if apposed and not _other_role(q, role, apposed.group(1), clues):
                c.score = max(c.score, APPOSED_HOLDER)  # "de eerste voorzitter van de DBRC, de heer Eddy Storms"
        _respectively(q, role, text, persons, clues)
        persons += _heading_holders(q, role, unit, clues)
    if q.holds_role:  # "wie was de voorzitter", "who chaired": a person holds the role, never a ministry
        orgs = []
    if _ROLE_ASKED.search(q.text):
        for c in orgs:
            c.score *= 0.6
    if q.wants_list and len(persons) > 1:
        names = list(dict.fromkeys(c.text for c in persons))
        best = max(c.score for c in persons)
        return [Candidate(joined(names), persons[0].start, persons[-1].end,
                          best, names)]
    if not q.holds_role and not q.noun and not firm:  # "wie voert de loting uit": whoever does it, by name or function
        taken = [(c.start, c.end) for c in persons + orgs]
        orgs = orgs + [a for a in _agents(q, text, clues) if not any(s < a.end and a.start < e for s, e in taken)]
    return persons + orgs


# political parties by name, for a question that asks for parties ("Welke vier partijen sloten het coalitieakkoord",
# "which parliamentary groups"): everywhere else a party beside the answer is no answer
_PARTY_NAME = lazyre.compile(rf"(?<![\w&-]){_PARTY_NAMES}(?![\w&-])")
_PARTIES_ASKED = lazyre.compile(r"\b(?:welke?|which|what)\s+(?:\w+\s+){0,2}(?:partij(?:en)?|fracties?|part(?:y|ies)|"
                                r"parliamentary groups?)\b", re.IGNORECASE)


def _parties(q: Q.Question, text: str, clues: Clues, taken: list[Candidate]) -> list[Candidate]:
    if not _PARTIES_ASKED.search(q.text):
        return []
    return [Candidate(m.group(), m.start(), m.end(), closeness(m.start(), m.end(), clues.anchors, text))
            for m in _PARTY_NAME.finditer(text)
            if not _asked_already(m.group(), q) and not overlaps(taken, m.start(), m.end())]


# the members of an enumeration: what stands between its separators, and the capitalised name it ends in ("de
# Curaçaose organisatie Salu pa Tur" ends in "Salu pa Tur"; short lower-case words may join a name's words)
_SEPARATOR = lazyre.compile(r"\s*(?:,\s*(?:en\s+|and\s+)?|\s(?:en|and)\s+)")
_MEMBER_NAME = lazyre.compile(r"(?:(?<=\s)|^)(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z0-9][\w’'&–-]*)*)\s*$")
MEMBER_WORDS = 8


# (the member after a separator runs to the next one; the member before one starts after the one before it)
_MEMBER_AFTER = lazyre.compile(r"[^,;:.()]+?(?=\s*(?:,|;|:|\.(?:\s|$)|\(|\s(?:en|and)\s|$))")
_SEPARATOR_BEFORE = lazyre.compile(r"(?:,\s*|\s(?:en|and)\s+)$")
_MEMBER_BEFORE = lazyre.compile(r"(?:^|[,;:(]\s*|\s(?:en|and)\s+)([^,;:()]*)$")


def _member_after(text: str, at: int) -> tuple[int, int] | None:
    """Where the member after the enumeration's member that ends at `at` stands, if a separator follows."""
    sep = _SEPARATOR.match(text, at)
    rest = _MEMBER_AFTER.match(text[sep.end():]) if sep else None
    return (sep.end(), sep.end() + rest.end()) if rest else None


def _member_before(text: str, at: int) -> tuple[int, int] | None:
    """Where the member before the enumeration's member that starts at `at` stands, if a separator precedes
    it (a member that ends in brackets, "… (TWO)", is read from the left only)."""
    before = text[:at]
    sep = _SEPARATOR_BEFORE.search(before)
    lead = _MEMBER_BEFORE.search(before[:sep.start()]) if sep else None
    return (sep.start() - len(lead.group(1)), sep.start()) if lead else None


def _listed_beside(text: str, orgs: list[Candidate], q: Q.Question) -> list[Candidate]:
    """The other members of an enumeration that holds a body found: "Begeleidende Instellingen: Stichting
    1940–1945, Joods Maatschappelijk Werk, Stichting Pelita", where the vocabulary knows only the last. Each member
    must end in a capitalised name; the enumeration stops at the first that does not."""
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in orgs]
    for c in orgs:
        for backwards, next_member in ((True, _member_before), (False, _member_after)):
            at = c.start if backwards else c.end
            while span := next_member(text, at):
                start, end = span
                member = text[start:end]
                if len(member.split()) > MEMBER_WORDS or any(s < end and start < e for s, e in taken):
                    break
                m = _MEMBER_NAME.search(member)
                if not m or _asked_already(m.group("name"), q) or fold(m.group("name")).lower() in function_words():
                    break
                s0 = start + m.start("name")
                out.append(Candidate(m.group("name"), s0, end, c.score))
                taken.append((s0, end))
                at = start if backwards else end
    return out


@register(Q.ORGANISATIONS)
def extract_organisations(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = unit.text
    orgs = _organisations(q, text, clues)
    orgs = sorted(orgs + _parties(q, text, clues, orgs), key=lambda c: c.start)
    others = [c for c in orgs if not _of_the_government_side(q, c.text.split(" (")[0])]
    orgs = others or orgs  # the government's side is listed only where no one else is named
    orgs = sorted(orgs + _listed_beside(text, orgs, q), key=lambda c: c.start)
    names = list(dict.fromkeys(c.text for c in orgs))
    if not names:
        return []
    score = max(c.score for c in orgs) * (1.0 if len(names) >= 2 else 0.7)
    return [Candidate(", ".join(names), orgs[0].start, orgs[-1].end, score, names if len(names) > 1 else [])]
