"""What is spelled like an initiative but is none: an organisation, a standing committee or organ
("toelatingscommissie", "commissie van beroep"), a course or a list of courses, a bare kind word
("het programma", "dit plan"), a generic compound, a test nobody runs.

Every candidate name passes `_acceptable` (its shape) and `not_an_initiative` (its words and the
text around it) before it becomes a record. The rules are by kind of word, never by name: the
project is measured on documents no rule has seen.
"""
from __future__ import annotations

import re

from ...model import Initiative
from .shapes import (
    _common, _fold, _generic_compound, _has_type_word, _KIND_ADJECTIVES, _LEAD_STOP, _MAX_WORDS, _NATIONALITY,
    normalise_name, _PERIOD_WORD, _POINTING, _type_tail, _TYPE_WORDS, _whole_mentions,
)
from .roles import _is_organisation
from ...text import lazyre


_GENERIC = frozenset(
    "project programma initiatief platform fonds netwerk actieplan plan kader charter akkoord "
    "convenant leerstoel instrument agenda werkgroep rapport monitor toets strategie visie "
    "programme program fund network chair report framework initiative strategy tool "
    "regeling subsidieregeling code gedragscode commissie proef netwerken committee "
    "het de dit deze een the this".split()
)


# the tail of an organisation's name: "Centraal Plan Bureau" is the bureau, not a plan
_ORGANISATION_TAIL = lazyre.compile(r"(?:^|[\s-])(?:Bureau|Planbureau|Instituut|Agentschap|Raad|Dienst|Ministerie|"
                                    r"Universiteit|Hogeschool|Stichting|Vereniging|Autoriteit|Inspectie|Bank)$")


# a framework of norms, named by what it measures or supervises: a standard texts refer to ("tot het niveau A2
# van het Europees Referentiekader voor de Talen"), not something one sets up and runs
_NORM_FRAME = lazyre.compile(r"(?:referentie|toezicht|toetsings|beoordelings|normen|kwalificatie)kader")


# a network of routes, roads, rails, lines or pipes: infrastructure, named by what runs on it
_PHYSICAL_NETWORK = lazyre.compile(r"(?:fiets|route|wegen|spoor|tram|bus|leiding|warmte|glasvezel|riolerings|riool|"
                                   r"elektriciteits|gas|water|vaarwegen|knooppunten)netwerk(?:en)?$")


# a network named only by the organisation whose network it is: "VLAIO-netwerk", "Nuffic network"
_OWN_NETWORK = lazyre.compile(r"(\S+?)[- ](?:netwerk|network)", re.IGNORECASE)


def not_an_initiative(name: str, quoted: bool = False, described: bool = False, vouched: bool = False) -> bool:
    """Names the cues catch that a policy officer would not call an initiative: a kind of thing
    ("Investerings-programma", "subsidie voor projecten"), an organisation ("Centraal Plan
    Bureau"), two things joined ("Regeerakkoord en de Beleidsnota Onderwijs"), a
    pair of acronyms without a kind ("EU-UK"), or a kind of plan named only by a place
    ("Programma Vlaanderen"). `vouched`: the context says the name is a proper one
    (`_proper_compound`), so an everyday first part does not make it a kind."""
    words = name.split()
    if not name.startswith("#") and re.search(r"\w:\s+[a-z]", name):
        return True  # "Materiaaltechnologie: basisconcepten en project", "Curaçao: weinig verbetering …": a title
    if _is_organisation(name):
        return True  # "Internationaal Monetair Fonds": an organisation the vocabulary knows, not a fund
    if re.match(r"Instelling\s+van\s+(?:de|het)\s", name):
        return True  # "Instelling van de Stuurgroep Weesgeneesmiddelen": the act of setting a body up, not the body
    owner = _OWN_NETWORK.fullmatch(name)
    if owner and _is_organisation(owner.group(1)):
        return True  # "het VLAIO-netwerk": an organisation's own offices and contacts, not an initiative
    if _PHYSICAL_NETWORK.search(_fold(words[-1]).lower()):
        return True  # "Bovenlokaal Functioneel Fietsroutenetwerk": routes, roads, rails or pipes one builds, no initiative
    if any(_NORM_FRAME.fullmatch(_fold(w).lower()) for w in words):
        return True  # "Europees Referentiekader voor de Talen", "Toezichtkader …": a standard one measures by
    if _standing_committee(name):
        return True  # "commissie BZK", "commissie Financiën": a parliament's standing committee
    if _standing_organ(words):
        return True  # "interne beroepscommissie", "toelatingscommissie": an organ every institution has
    if _fold(name).lower() in _PROCEDURES:
        return True  # "Regeling van Werkzaamheden": how a parliament plans its agenda
    if len(words) > 1 and re.fullmatch(r"(?:Directive|Regulation|Act|Richtlijn|Verordening|Wet|Decreet|Besluit)",
                                       words[-1].strip(".,")):
        return True  # "Network and Information Security Directive": a law, not an initiative
    if re.fullmatch(r"[a-z]*(?:commissie|werkgroep|panel)\s+(?:van|uit)\s+(?:onafhankelijke\s+)?"
                    r"(?:deskundigen|experts|leden|vertegenwoordigers|specialisten)", name):
        return True  # "commissie van deskundigen": what a committee is made of, not which one it is
    if re.match(r"(?:AO|SO|VAO|WGO|NO)\s", name):
        return True  # "AO Investeringsagenda Belastingdienst": a parliament's meeting (algemeen overleg) on it
    if _fold(words[0]).lower() in _POINTING and len(words) <= 3:
        return True  # "betreffende fonds": points to a fund named elsewhere
    if re.search(r"\b(?:is|wordt|werd|zijn|worden|werden|heeft|hebben)\s+[a-z]\w+$", name) and not quoted:
        return True  # "subsidie voor een opleiding is verleend": a clause, not a name
    if re.fullmatch(r"beleidsregels?", _fold(words[0]).lower()) and not re.search(r"subsidie", name[len(words[0]):], re.I):
        # "Beleidsregel verstrekking innovatievouchers pilot 2005": the rules for a scheme, not the scheme (which the
        # text names too); "Beleidsregels projectsubsidie imamopleidingen" are the subsidy they grant
        return True
    if re.fullmatch(r"\w*wet", _fold(words[0]).lower()) and len(words[0]) > 6:
        return True  # "Experimentenwet vooropleidingseisen …": a law, not an initiative
    if _fold(name).lower() == "programma van eisen":
        return True  # a list of requirements, not a programme
    if _GOVERNMENT_PROGRAMME.match(_fold(words[0]).lower()):
        return True  # "Regeerprogramma", "Regeerakkoord van PAARS II": what a government will do, its policy text
    if len(words) > 1 and re.search(r"(?:besluit|decreet)$", _fold(words[0]).lower()) and \
            not re.match(r"experiment", _fold(words[1]).lower()):
        return True  # "Instellingsbesluit Reviewcommissie …": the decree that sets a committee up, not the committee
    if _is_course(words):
        return True  # "Associate-degreeprogramma", "Opleidingsexamenregeling", "International Bachelor's Programme"
    # (a participle has a consonant before its -de or -te: "Gezondheidsschade", a noun on …schade, is none)
    if re.match(r"(?:ge|opge|uitge|inge|aange|voorge|vastge|goedge)\w{3,}[^aeou\W](?:de|te)$", words[0], re.IGNORECASE) \
            and len(words) > 1 and words[0][:1].isupper() and _has_type_word(words[:1]) < 0:
        return True  # "Opgestarte Innovatieve Bedrijfsnetwerken": a description, not a name ("Gezonde Campus" is one)
    joined = re.search(r"^(\S+(?:en|s))\s+(?:en|and)\s+(\S+(?:en|s))$", name)
    if joined and _has_type_word([joined.group(2)]) < 0:
        return True  # "CCS-netwerken en CCU-installaties": two kinds of thing in the plural
    if _ORGANISATION_TAIL.search(name) or name[:1].isupper() and not vouched and _only_kind(words):
        return True  # (a lower-case instrument a document repeats, "mensenrechtentoets", stays)
    if not described and not quoted and not re.search(r"[A-Z#\d]", name) and all(_common(_fold(w).lower()) or _fold(w).lower() in _GENERIC or
                                                 _fold(w).lower() in _LEAD_STOP for w in re.findall(r"[\w-]+", name)):
        return True  # "subsidie voor projecten": everyday words only, in lower case and not quoted
    if not name.startswith("#") and not quoted and not described and not re.search(r"[a-zà-ÿ]", name) and _has_type_word(words) < 0:
        return True  # (an acronym a text puts in quotes as a project's name, «HAPKIDO», stays)
    if not quoted and len([w for w in words if len(w) >= 4]) >= 2 and not re.search(r"[a-zà-ÿ\d#]", name):
        return True  # "DATACOMMUNICATIE EN NETWERKEN": a course or heading in capitals, not a name
    m = re.search(r"\s(?:en|and)\s+(?:de|het|the)\s+(.+)$", name)
    if m and _has_type_word(m.group(1).split()) < 0 and not vouched:
        return True  # (a heading that is the whole name says where it ends: "Subsidieregeling … Nederland en de Russische Federatie")
    if len(words) == 2 and _has_type_word(words) >= 0:
        from ..entities import find_terms

        other = words[1 - _has_type_word(words)]
        places = find_terms(other, "country")
        if places and places[0][2] == 0 and places[0][3] >= len(other):
            return True
    return False


# the text a coalition agrees on when it forms a government: its programme for the term, not an initiative of its own
_GOVERNMENT_PROGRAMME = lazyre.compile(r"(?:regeer|coalitie)(?:akkoord|programma|verklaring)(?:en)?$")


_COMMITTEE_OF = lazyre.compile(r"(?:vaste\s+)?commissie\s+(?:voor\s+)?(\S.*)$", re.IGNORECASE)


# the procedures of a parliament, which its texts name as if they were schemes
_PROCEDURES = frozenset({"regeling van werkzaamheden", "procedurevergadering", "emailprocedure", "e-mailprocedure"})


def _standing_committee(name: str) -> bool:
    """A committee named by the ministry or policy area it follows: "commissie BZK", "vaste
    commissie voor Financiën", "commissie Financiën de Regeling …" (the name runs on into the
    sentence). A committee with a purpose has a name of its own ("Commissie Doelmatigheid Hoger
    Onderwijs", "commissie-Veerman")."""
    if re.match(r"vaste\s+(?:kamer)?commissie\b", name.strip(), re.IGNORECASE):
        return True  # "de vaste commissie voor Volksgezondheid, Welzijn en Sport van de Tweede Kamer", cut at its comma
    m = _COMMITTEE_OF.fullmatch(name.strip())
    if not m or "-" in name.split()[0]:
        return False
    from ..entities import organisation_type

    rest = m.group(1).strip(" ,.")
    for area in dict.fromkeys([rest, re.split(r"\s+(?:de|het|inzake|over)\s", rest)[0]]):
        if "ministry" in (organisation_type(area), organisation_type(f"Ministerie van {area}")):
            return True
    return False


# the organs a law or an institution's regulation gives every institution, named by what they do: they
# hear appeals, objections, complaints and disputes, admit students, run exams or a programme, or speak
# for staff and students. One exists wherever the rules apply, so it is no initiative, whoever sets it up.
_ORGAN_TASK = lazyre.compile(r"(?:beroeps?|bezwaar(?:schriften)?|klachten|geschillen|examen|toelatings?|opleidings?|"
                             r"dienst|ondernemings|personeels|studenten|medezeggenschaps|tucht)-?commissies?")


def _standing_organ(words: list[str]) -> bool:
    """A committee named only by the task of such an organ, maybe after an adjective and before the
    case it hears ("interne beroepscommissie", "toelatingscommissie", "geschillencommissie over een
    geschil betreffende het instemmingsrecht"). One with a name of its own or a scope of its own
    ("Landelijke geschillencommissie medezeggenschap hoger onderwijs") is not caught."""
    folded = [_fold(w).lower().strip(".,;:") for w in words]
    if _ORGAN_BY_TASK.fullmatch(" ".join(folded)):
        return True  # "commissie van toelating", "vaste commissie voor de tucht", "commissie voor geschillen"
    at = next((i for i, w in enumerate(folded) if _ORGAN_TASK.fullmatch(w)), -1)
    if at < 0 or not all(w.islower() and (w.endswith("e") or w in ("de", "het", "een")) for w in words[:at]):
        return False
    after = words[at + 1:]
    return not after or (after[0] in _ORGAN_CASE and all(w.islower() for w in after))


_ORGAN_CASE = frozenset("over inzake betreffende voor van bij tegen".split())  # what the organ hears


# the same organs named by their task after the word: "commissie van beroep", "vaste commissie voor de tucht"
_ORGAN_BY_TASK = lazyre.compile(r"(?:[a-z]+e\s+)?commissie\s+(?:van|voor)\s+(?:de\s+|het\s+)?(?:beroep|bezwaar(?:schriften)?|"
                                r"klachten|geschillen|examens?|toelating|tucht|medezeggenschap)")


def _is_course(words: list[str]) -> bool:
    """Teaching, not an initiative: a programme, plan or regulation of a course or an exam."""
    low = [_fold(w).lower().strip(".,’'") for w in words]
    if any(w in ("bachelor's", "master's", "bachelors", "masters", "bachelor", "master", "degree") for w in low) and \
            any(w in ("programme", "program", "programma") for w in low):
        return True
    if len(low) == 3 and low[0].endswith("-") and low[1] == "en":
        low = [low[0], low[2]]  # "Opleidings- en Begeleidingsplan"
    if len(low) > 2:
        return False
    head = low[-1] if len(low) == 1 else (low[0] if low[0].endswith("-") else "")
    if not head:
        return False
    m = re.search(r"(?:programma|programme|regeling|plan|reglement)$", low[-1])
    if not m:
        return False
    modifier = (head if head.endswith("-") else low[-1][: m.start()]).rstrip("-")
    return bool(modifier) and bool(_COURSE_MODIFIER.match(modifier))


def _acceptable(name: str, most: int = _MAX_WORDS) -> bool:
    """Whether a span may name an initiative; `most` words at most (a regulation's own citation title may run
    longer than a name read from running text)."""
    words = name.split()
    if not words or len(words) > most:
        return False
    low = normalise_name(name)
    if not low or all(w in _GENERIC for w in low.split()):
        return False
    if len(low) < 3 or re.search(r"\w\.\s+[A-Z]", name):  # "Statistiek Vlaanderen. Deze": two sentences
        return False
    if len(words) > 1 and words[-1] in _NATIONALITY:
        return False  # "Stuurgroep van de Vlaamse": cut off before what it is of
    return not _only_kind(words)


def _only_kind(words: list[str]) -> bool:
    """A name that only says what kind of thing it is: one everyday word or compound ("Masterplan",
    "Kaderprogramma", "Opleidingsexamenregeling"), or an everyday adjective before a type word
    ("Strategisch Plan", "Strategische Agenda"). Names in capitals or with a capital inside a word
    ("VLAIO-netwerk", "InnoVET") are names."""
    if len(words) == 2 and re.fullmatch(r"[IVX]+", words[1]) and _fold(words[0]).lower() in _TYPE_WORDS:
        return True  # "Programma II": a numbered part of a text, not a name
    undated = [w for w in words if not _PERIOD_WORD.fullmatch(w)]
    if undated and len(undated) < len(words) and _type_tail(_fold(undated[-1]).lower()):
        return _only_kind(undated)  # "Strategisch Plan 2010–2015", "Veiligheidsagenda 2023-2026": a kind for some years
    if any(re.search(r"[A-Z]{2,}|[a-z][A-Z]|#|\d", w) for w in words):
        return False
    folded = [_fold(w).lower().strip(".’'") for w in words]
    if len(folded) == 1:
        return _generic_compound(folded[0]) or (folded[0] not in _TYPE_WORDS and _common(folded[0]))
    if len(folded) == 3 and folded[0] in _TYPE_WORDS and folded[1] == "van" and _common(folded[2]) \
            and folded[2] not in _TYPE_WORDS:
        # "Plan van Aanpak", "Programma van Eisen": a kind of document, said with an everyday word (not "Fonds voor
        # Cultuurparticipatie", which says what the fund is for)
        return True
    if len(folded) == 2 and (folded[1] in _TYPE_WORDS or _generic_compound(folded[1])):
        # "Strategisch Plan"; "betreffende fonds"; "Nederlands Fonds" (a line cut off "… voor de
        # Podiumkunsten"), not "Vlaamse Randfonds", whose compound says which fund
        return folded[0] in _KIND_ADJECTIVES or folded[0] in _POINTING or \
            words[0] in _NATIONALITY and folded[1] in _TYPE_WORDS
    return False


def _proper_compound(name: str, doc_text: str) -> bool:
    """A single capitalised compound ending in a type word that the document names twice or more
    ("middelen uit het Klimaatfonds", "gefinancierd door het klimaatfonds"). For a name a participation
    cue found (money drawn from it, a part taken in it), the capital and the second mention tell a
    fund or plan by its proper name from a kind of thing whose first part is an everyday word, which
    `_only_kind` rejects ("Klimaatfonds" like "Beoordelingskader")."""
    return len(name.split()) == 1 and name[:1].isupper() and name[1:].islower() and \
        bool(_type_tail(_fold(name).lower())) and _whole_mentions(name.lower(), doc_text.lower(), 2) >= 2


# a programme or regulation of a course is part of teaching, not an initiative ("Associate-degreeprogramma",
# "Opleidingsexamenregeling", "studieprogramma")
_COURSE_MODIFIER = lazyre.compile(r"^(?:opleidings?|studie|onderwijs|master|bachelor|les|lessen|cursus|examen|vak|"
                                  r"minor|major|degree|associate|associate-degree|ad|promotie|stage|keuze|"
                                  r"opleidingsexamen|onderwijsexamen|examen)s?-?$")


# what a list of courses stands near: a ruling on a diploma's equivalence lists the missing
# "opleidingsonderdelen", a study guide its "vakken" and their "studiepunten"
_COURSE_CONTEXT = lazyre.compile(r"opleidingsonderde|\bvak(?:ken)?\b|\bcourses?\b|\bmodules?\b|studiepunt|\bECTS\b|"
                                 r"\bcredits\b|curricul|leerresultat", re.IGNORECASE)


_LIST_SEPARATOR = lazyre.compile(r"[ \t]*(?:;|[ \t][-–][ \t]|•|\n)[ \t]*")


_TITLE_ITEM = lazyre.compile(r"[A-Z][^\s]*(?:\s+\S+){0,9}")


def _in_course_list(text: str, s: int, e: int) -> bool:
    """Whether the name at text[s:e] is one item of a list of course titles: a run of at least three
    capitalised titles cut by semicolons, spaced dashes, bullets or line ends ("Discrete Mathematics -
    … - Materials Technology: Basic Concepts and Project - …"), in a passage that speaks of courses.
    Such a list names what students take, not what a government or institution runs."""
    if not _COURSE_CONTEXT.search(text):
        return False
    a = max(text.rfind(".", 0, s), text.rfind(":", 0, s), text.rfind("\n\n", 0, s), 0)
    ends = [i for i in (text.find(". ", e), text.find(".\n", e), text.find("\n\n", e)) if i >= 0]
    b = min(ends) if ends else len(text)
    items = [it.strip(" .:") for it in _LIST_SEPARATOR.split(text[a:b].lstrip(".:"))]
    titles = [it for it in items if _TITLE_ITEM.fullmatch(it)]
    name = text[s:e]
    return len(titles) >= 3 and any(name in it for it in titles)


_TEST_TERM = lazyre.compile(r"[a-zà-ÿ]{4,}toets(?:en)?")


def _unowned_test(item: Initiative) -> bool:
    """A test or check named only as a lower-case compound ("instellingstoets", "middelentoets",
    "sneltoetsen") with no organisation behind it: how a law, a regulation or a ruling assesses
    something, not an initiative. One an organisation offers ("VLIR stelt nu een mensenrechtentoets
    ter beschikking") has a coordinator, and stays."""
    return bool(_TEST_TERM.fullmatch(item.name)) and not item.coordinator and not item.partners
