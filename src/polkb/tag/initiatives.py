"""Tag stage: initiatives — named projects, programmes, plans, frameworks, charters, chairs, funds.

"Who did what with whom, with how much money" is the question no policy search engine answers;
the answer lives in sentences like "Het door de Erasmus Universiteit Rotterdam gecoördineerde
project #IBelong", "het programma ‘Caring Universities’ van de VU, UU, UM en UL" or a partner list
under "Betrokken organisaties". Initiatives are found by general cues only — hashtags, quoted
names next to a type word, "het project/programma X", "X-actieplan", Title Case names holding a
type word ("Landelijk Kader Studentenwelzijn 2023-2030", "Peter Paul Rubens Chair") — because the
project is measured on unseen documents; a rule for one document would be a defect.

Organisations (coordinator, partners) come from `entities.find_organisations`, so "VU" in a list
of universities resolves to Vrije Universiteit Amsterdam here exactly as it does in the tags.
"""
from __future__ import annotations

import functools
import re
from collections import OrderedDict

from . import register
from ..model import Document, Initiative, Passage
from ..text.fold import strip_accents

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
    # the issue's kinds of initiative the words above missed: pilots and experiments, alliances, deals, campaigns
    "pilot": "pilot", "experiment": "pilot", "alliantie": "network", "alliance": "network",
    "coalitie": "network", "coalition": "network",
    "deal": "agreement", "campagne": "project", "campaign": "project",
}
_ENGLISH_HEAD_FINAL = {"chair", "programme", "program", "fund", "scholarship", "project", "initiative",
                       "agreement", "framework", "strategy", "network", "platform", "report",
                       "professorship", "tool", "code", "committee"}
_TYPE_SUFFIXES = tuple(sorted(_TYPE_WORDS, key=len, reverse=True))


@functools.lru_cache(maxsize=65536)
def _type_tail(word: str) -> str:
    """The longest type word a lower-case word ends in ("beheersovereenkomst", not "overeenkomst"),
    '' when none. (A regex "(…|…)$" tried the whole alternation at every position of every word.)"""
    return next((t for t in _TYPE_SUFFIXES if word.endswith(t)), "")

# "het project/programma X" cue words (lower case, in running text)
_CUE = re.compile(
    r"\b(?:[Hh]et|[Dd]e|[Dd]it|[Dd]eze|een|the|ons|hun|haar)\s+(?:[\w-]+\s+){0,2}?(?:pilot|piloot|proef|onderzoeks)?"
    r"(project|programma|initiatief|platform|fonds|netwerk|actieplan|masterplan|plan|kader|charter|akkoord|"
    r"convenant|leerstoel|instrument|programme|project|initiative|network|fund|maatregel)\s+"
    r"(#\w[\w-]*|[‘'“\"][^’'”\"\n]{2,80}[’'”\"]|[A-Z][\w+&-]*(?:\s+(?:(?:van|voor|en|in|op|of|for|and)\s+(?:de\s+|het\s+|the\s+)?)?(?:[A-Z0-9][\w+&.-]*))*)"
)
_HASHTAG = re.compile(r"(?<![\w&])#([A-Za-z][A-Za-z0-9_]{2,40})")
# a name spelled with a capital inside a word ("STEMvoordeBasis", "iSTEM inkleuren", "InnoVET") right
# after a type word or in brackets after one: "lerend netwerk InnoVET", "netwerken (STEMvoordeBasis)"
_INNER_CAPS = re.compile(r"(?:\b(?:netwerk|netwerken|programma|project|platform|initiatief|network|programme)"
                         r"\s+(?:[a-z]+\s+){0,5}?\(?|\()"
                         r"((?:[a-z]+[A-Z]|[A-Z]+[a-z]+[A-Z])[\w-]*(?:\s+[a-z]{3,}){0,2})(?=\)|[\s,.;])")
_INNER_CAP = re.compile(r"[a-z][A-Z]")  # every _INNER_CAPS name holds one
_NATIONALITY = frozenset("Vlaams Vlaamse Nederlands Nederlandse Europees Europese Belgisch Belgische Federaal Federale "
                         "Gemeentelijke Provinciale Landelijke Nationale Internationale".split())
# "werkgroep Kennismigratie", "domeinwerkgroep Internationalisering", "Commissie Doelmatigheid Hoger Onderwijs"
_GROUP = re.compile(r"\b((?:[a-z]+)?(?:werkgroep|stuurgroep|taskforce|commissie)|(?:[A-Z][a-z]+)?(?:Werkgroep|Commissie))"
                    r"(?:[ \t]+|-)((?:[A-Z][\w-]+)(?:[ \t]+(?:(?:van|voor|en|de|het)[ \t]+)?[A-Z][\w-]+){0,4})")
_ENGLISH_GROUP = re.compile(r"\b(?:Working Group|Task Force|Steering Committee|Expert Group)\s+(?:on|for|of)\s+"
                            r"(?:the\s+)?[A-Z][\w-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]+){0,4}")
# a grant a government decision makes: "De Vlaamse Regering kent 4,78 miljoen euro projectsubsidie toe
# aan de Vlaamse universiteiten ter ondersteuning van …"; "toekenning van de projectsubsidie voor
# deelname aan Europese Universiteiten aan de universiteiten"
_GRANT_NOUN = r"(?:project|werkings|investerings|)subsidie|financiële ondersteuning|toelage|beurzenprogramma"
_GRANT = re.compile(
    rf"\b(?P<noun>{_GRANT_NOUN})\s+(?:van\s+(?:[\d.,]+\s+(?:miljoen\s+|miljard\s+)?euro|€\s?[\d.,]+(?:\s+miljoen)?)\s+(?:toe\s+)?)?"
    rf"(?P<purpose>(?:voor|ter\s+ondersteuning\s+van|ter)\s+[^.;:()]{{5,100}}?)"
    rf"(?=\s+aan\s+(?:de|het)\s|\s+voor\s+de\s+periode|[.;:(]|$)", re.IGNORECASE)
# the short title a regulation gives itself: "Deze regeling wordt aangehaald als: Regeling X."
_CITED_AS = re.compile(r"\b(?:wordt|kan worden)\s+aangehaald\s+als:?\s*[‘“\"']?([A-Z][^.\n‘’“”\"]{3,120}?)[’”\"']?[ \t]*(?:\.|\n|$)")
# the type word that names a regulation's scheme inside its short title ("Subsidieregeling Huygens
# Scholarship Programme" is the Huygens Scholarship Programme)
_SCHEME_PREFIX = re.compile(r"^(?:subsidieregeling|regeling|relanceplan|plan|het|de)\s+", re.IGNORECASE)
_QUOTED = re.compile(r"[‘“\"'«„”]([A-Z#][^’”\"'«»\n]{1,160}?)[’”\"'»“](?!\w)")
# words around a quoted name that say it is a study or research project ("lopen 2 onderzoeken: «HAPKIDO
# (…)» Doel van dit onderzoek …"): only next to a quoted name, not as a type word of their own
_STUDY_CONTEXT = frozenset("onderzoek onderzoeken onderzoeksproject onderzoeksprojecten studie studies".split())
_COMPOUND = re.compile(
    r"(?<![#\w])([A-Z][A-Za-z0-9+]{1,15})-(actieplan|agenda|plan|programma|project|platform|fonds|monitor|"
    r"netwerk|kader|akkoord|charter|toets|financiering|beurs|beurzen|regeling|code|proef)\b"
    r"(?:\s+((?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?))?"
)
_CONNECT = r"(?:van|voor|en|de|der|het|op|in|of|for|the|and|of|on|in|&)"
_CONNECT_WORDS = frozenset("van voor en de der het op in of for the and on is was werd wordt die dat heeft".split())
_TITLE_TOKEN = r"(?:[A-Z][\w+’'-]*|\d{4}(?:[ ]?[-–][ ]?\d{4})?|VN-\w+|[A-Z]{2,}[\w-]*)"
_TITLE_SEQ = re.compile(
    rf"(?<![\w‘“'\"#-])([A-Z][\w+’'-]*(?:[ \u00a0]+(?:{_CONNECT}[ \u00a0]+){{0,2}}{_TITLE_TOKEN}){{0,9}})"
)
_CHARTER_TOPIC = re.compile(
    r"\b(Charter|Handvest|Convenant|Verklaring|Akkoord)\s+(?:[a-z]+\s+)?(over|inzake|betreffende|rond|voor)\s+"
    r"((?:[\w’'-]+\s+){0,7}?[\w’'-]+?)(?=\s+(?:bij|met|door|te|om|dat|die|waarin|waarmee|opgesteld)\b|[.,;:()]|$)"
)
# a lower-case compound naming an instrument, plan or agreement: a word of its own, in [a-z] only, of
# four letters or more and one of these tails (plural "-en" too): "mensenrechtentoets", "onderwijsakkoorden"
_LOWER_COMPOUND_TAIL = re.compile(r"(?:toets|actieplan|charter|handvest|convenant|noodfonds|akkoord)(?:en)?\b")


def _lower_compounds(text: str):
    """(start, end, word) of each such compound. (The tail is looked for first; a pattern with the
    word's four-letter head in front was tried at every position of every text.)"""
    for m in _LOWER_COMPOUND_TAIL.finditer(text):
        start = m.start()
        while start and "a" <= text[start - 1] <= "z":
            start -= 1
        if m.start() - start >= 4 and not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
            yield start, m.end(), text[start:m.end()]
_YEARS = re.compile(r"\b((?:19|20)\d\d)\s?[-–/]\s?((?:19|20)?\d\d)\b")
_PERIOD_AFTER = re.compile(r"^\s*\(?\s*((?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d)")
_STARTED = re.compile(r"\b(?:gestart|gestart in|begonnen|opgericht|loopt sinds|sinds|van)\s+(?:in\s+)?"
                      r"(?:[a-z]+\s+)?((?:19|20)\d\d)\b")
_PARTNER_HEADING = re.compile(
    r"^(?:betrokken organisaties|betrokken partners|partners|partnerorganisaties|projectpartners|"
    r"samenwerkingspartners|consortium(?:partners)?|deelnemende organisaties|deelnemers|"
    r"participating organisations|project partners)\b",
    re.IGNORECASE,
)
_PARTNER_LEAD = re.compile(r"(?:bestaande uit|bestaat uit|consortium van|partners zijn|"
                           r"de volgende (?:organisaties|partners|instellingen)|met als partners)",
                           re.IGNORECASE)
_TOGETHER = re.compile(
    r"\b(?:in samenwerking met|samen met|met medewerking van|in partnerschap met|in collaboration with|"
    r"in cooperation with|together with)\s+", re.IGNORECASE)
_WORK_TOGETHER = re.compile(r"\b(?:werken samen|werkten samen|bundelen de krachten|work together)\b",
                            re.IGNORECASE)
_COORD = re.compile(
    r"(?:door\s+(?:de|het)?\s*(?P<a>[^,.;]{2,80}?)\s+gecoördineerde"
    r"|gecoördineerd\s+door\s+(?:de|het)?\s*(?P<b>[^,.;()]{2,80})"
    r"|onder\s+(?:regie|leiding|coördinatie)\s+van\s+(?:de|het)?\s*(?P<c>[^,.;()]{2,80})"
    r"|coordinated\s+by\s+(?:the\s+)?(?P<d>[^,.;()]{2,80})"
    r"|(?:coördinator|penvoerder|trekker)\s+(?:is\s+)?(?:de|het)?\s*(?P<e>[^,.;()]{2,60})"
    r"|(?:uitgevoerd|beheerd|getrokken|geleid)\s+door\s+(?:de|het)?\s*(?P<f>[^,.;()]{2,80})"
    r"|(?:toe\s+aan|subsidie\s+(?:van\s+[^,.;]{2,40}?\s+)?aan|ondersteuning\s+(?:van\s+[^,.;]{2,40}\s+)?aan)\s+(?:de|het)?\s*(?P<g>[^,.;()]{2,80})"
    r"|\bsubsidie\s+toe\s+van\s+[^,.;]{2,40}?\s+aan\s+(?:de|het)?\s*(?P<h>[^,.;()]{2,80}))",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    "project programma initiatief platform fonds netwerk actieplan plan kader charter akkoord "
    "convenant leerstoel instrument agenda werkgroep rapport monitor toets strategie visie "
    "programme program fund network chair report framework initiative strategy tool "
    "regeling subsidieregeling code gedragscode commissie proef netwerken committee "
    "het de dit deze een the this".split()
)
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9#‘“\"'(])|\n\n")
_MAX_WORDS = 8
_LEAD_WORDS = re.compile(r"^(?:(?:The|De|Het|Een|Dit|Deze|Ook|En|Via|Met|In|Op|Bij|Voor|Door|Zo|"
                         r"Best practice:|Over|Logo|Rapport:?|Minister\s+\w+|VLIR|UNL|"
                         # what is done with a plan or a report is not its name: "Evaluatie Regeling Grote
                         # Projecten", "Verzending Ontwerpbegrotingsplan", "Vanuit de Hervormingsagenda Jeugd"
                         r"Vanuit|Conform|Aanbieding|Verzending|Toezeggingen|Evaluatie|Eindrapport|"
                         # nor what a regulation does with another: "Intrekking Subsidieregeling …", "Wijziging …"
                         r"Intrekking|Wijziging|Inwerkingtreding|Citeertitel)\s+)+")


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
                  "agendas": "agenda", "initiatieven": "initiatief", "platforms": "platform"}
_PLURAL_TYPE = re.compile(rf"({'|'.join(_SINGULAR_TYPE)})$")
# an inflected adjective before the head: "bijzondere" -> "bijzonder", "lerende" -> "lerend"
_ADJ_INFLECTED = re.compile(r"^(\w{3,}(?:er|end|ig|isch|lijk))e$")
# and those of places: "Nederlandse" -> "nederlands", "Vlaamse" -> "vlaams", "Europese" -> "europees"
_ADJ_INFLECTED_SE = re.compile(r"^(\w{3,}(?:nds|ams|ts|ns))e$")
_ADJ_INFLECTED_ESE = re.compile(r"^(\w{3,})ese$")


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
_LEVEL_OF = re.compile(r"^[A-Z]\d\s+(?:van|of)\s+(?:het|de|the)\s+")
# the tail of an organisation's name: "Centraal Plan Bureau" is the bureau, not a plan
_ORGANISATION_TAIL = re.compile(r"(?:^|[\s-])(?:Bureau|Planbureau|Instituut|Agentschap|Raad|Dienst|Ministerie|"
                                r"Universiteit|Hogeschool|Stichting|Vereniging|Autoriteit|Inspectie|Bank)$")


# a regulation by its name ("Regeling …", "…regeling", "NWO-regeling") is a scheme when it says what
# it funds or runs ("Subsidieregeling …", "Regeling educatieve minor … 2013–2016",
# "VISIE-beursregelingen") or when its document grants money ("Regeling open en online hoger
# onderwijs": subsidie in every other paragraph); otherwise it says how something is run (fees,
# pay, powers, norms: "Regeling financiën hoger onderwijs", "Bevoegdhedenregeling NWO 2013")
# (a regulation named after the kind of act or body it is, "Gemeenschappelijke Regeling Veiligheidsregio NHN",
# "Samenwerkingsovereenkomst Mandaatregeling ZON", is one too)
_ADMINISTRATIVE_REGULATION = re.compile(r"(?:\S+\s+){0,2}?(?:(?:Tijdelijke\s+)?Regeling\b.*|[\w-]*regeling(?:\s+\S+){0,3})",
                                        re.IGNORECASE)
_SCHEME_PURPOSE = re.compile(r"subsidie|beurs|toeslag|stimuler|innovatie|fonds|programma|project|experiment|pilot|"
                             r"minor|premie|prijs|lening|impuls|investering", re.IGNORECASE)


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
    if re.match(r"(?:ge|opge|uitge|inge|aange|voorge|vastge|goedge)\w{4,}(?:de|te)$", words[0], re.IGNORECASE) \
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
    if m and _has_type_word(m.group(1).split()) < 0:
        return True
    if len(words) == 2 and _has_type_word(words) >= 0:
        from .entities import find_terms

        other = words[1 - _has_type_word(words)]
        places = find_terms(other, "country")
        if places and places[0][2] == 0 and places[0][3] >= len(other):
            return True
    return False


# the text a coalition agrees on when it forms a government: its programme for the term, not an initiative of its own
_GOVERNMENT_PROGRAMME = re.compile(r"(?:regeer|coalitie)(?:akkoord|programma|verklaring)(?:en)?$")


_COMMITTEE_OF = re.compile(r"(?:vaste\s+)?commissie\s+(?:voor\s+)?(\S.*)$", re.IGNORECASE)
# the procedures of a parliament, which its texts name as if they were schemes
_PROCEDURES = frozenset({"regeling van werkzaamheden", "procedurevergadering", "emailprocedure", "e-mailprocedure"})


def _standing_committee(name: str) -> bool:
    """A committee named by the ministry or policy area it follows: "commissie BZK", "vaste
    commissie voor Financiën", "commissie Financiën de Regeling …" (the name runs on into the
    sentence). A committee with a purpose has a name of its own ("Commissie Doelmatigheid Hoger
    Onderwijs", "commissie-Veerman")."""
    m = _COMMITTEE_OF.fullmatch(name.strip())
    if not m or "-" in name.split()[0]:
        return False
    from .entities import organisation_type

    rest = m.group(1).strip(" ,.")
    for area in dict.fromkeys([rest, re.split(r"\s+(?:de|het|inzake|over)\s", rest)[0]]):
        if "ministry" in (organisation_type(area), organisation_type(f"Ministerie van {area}")):
            return True
    return False


# the organs a law or an institution's regulation gives every institution, named by what they do: they
# hear appeals, objections, complaints and disputes, admit students, run exams or a programme, or speak
# for staff and students. One exists wherever the rules apply, so it is no initiative, whoever sets it up.
_ORGAN_TASK = re.compile(r"(?:beroeps?|bezwaar(?:schriften)?|klachten|geschillen|examen|toelatings?|opleidings?|"
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
_ORGAN_BY_TASK = re.compile(r"(?:[a-z]+e\s+)?commissie\s+(?:van|voor)\s+(?:de\s+|het\s+)?(?:beroep|bezwaar(?:schriften)?|"
                            r"klachten|geschillen|examens?|toelating|tucht|medezeggenschap)")


_FUNCTION_WORDS = _LEAD_STOP | _CONNECT_WORDS | frozenset(
    "zich zal zullen kan kunnen moet moeten wil willen worden zijn heeft hebben wij we ze zij er hier daar "
    "niet geen nog al wel".split())
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


_NAME_STOP = frozenset("Ontwerpbesluit Voorontwerp Ontwerp Besluit Decreet Product Artikel Bijlage "
                       "Hoofdstuk Paragraaf Minister Staatssecretaris Ministerie Noot Voetnoot".split())


def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" .,;:-–’'‘“”\"()")
    name = _LEAD_WORDS.sub("", name)
    name = _LEVEL_OF.sub("", name)
    words = name.split()
    # sentence-initial words and single letters ("Zoals in de Regeling…", "B International…")
    while len(words) > 1 and (words[0].lower() in _LEAD_STOP or len(words[0]) == 1):
        words.pop(0)
    for i, w in enumerate(words):
        if i and w in _NAME_STOP:
            words = words[:i]
            break
    name = " ".join(words)
    name = re.sub(r"\s+(?:in|van|op|uit|sinds)\s+(?:19|20)\d\d$", "", name)
    name = re.sub(rf"(?:\s+{_CONNECT})+$", "", name)
    return name.strip(" .,;:-–")


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
    from ..lexicon import word_ranks

    return word_ranks().get(word, _COMMON_RANK) < _COMMON_RANK


def _acceptable(name: str) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_WORDS:
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


# a year or a span of years standing as a word of a name ("2010–2015", "2023-2026", "2024")
_PERIOD_WORD = re.compile(r"\(?(?:19|20)\d\d(?:[ ]?[-–/][ ]?(?:19|20)?\d\d)?\)?")


# words that point to a thing named elsewhere: "het betreffende fonds", "de genoemde regeling"
_POINTING = frozenset("betreffende desbetreffende genoemde voornoemde bedoelde vermelde laatstgenoemde".split())


# adjectives that only qualify a kind of plan ("Strategisch Plan", "Nieuwe Agenda"), unlike the
# ones of a proper name ("Bijzondere Onderzoeksfondsen", "Governance Code")
_KIND_ADJECTIVES = frozenset("ander andere strategisch strategische nieuw nieuwe eigen huidig huidige algemeen algemene "
                             "jaarlijks jaarlijkse meerjarig meerjarige eerste tweede derde volgend volgende "
                             "vorig vorige gezamenlijk gezamenlijke integraal integrale".split())


# -- candidates ------------------------------------------------------------------------------
#
# Most cue patterns cannot match without one of a few words ("commissie", "aangehaald", "#"); a
# passage that holds none of them is not scanned: tried at every position of every passage, the
# patterns were most of the tagging time. `_NEEDS` (filled below the patterns) gives, per pattern,
# groups of words of which the text must hold one each, and whether they are looked for in the
# lower-cased text (for a pattern that ignores case).
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


def _title_candidates(text: str) -> list[tuple[int, int, str]]:
    """Title Case names holding a type word: "Landelijk Kader Studentenwelzijn 2023-2030"."""
    out = []
    for m in _TITLE_SEQ.finditer(text):
        seq = m.group(1)
        tokens = seq.split()
        i = _has_type_word(tokens)
        if i < 0:
            continue
        # drop leading words a sentence start or a verb phrase put in front
        start_tok = 0
        # an English head-final type word ends the name ("Peter Paul Rubens Chair for the History…")
        end_tok = len(tokens)
        tw = _fold(tokens[i]).lower().strip(".’'")
        if tw in _ENGLISH_HEAD_FINAL and (i > 0 or len(tokens) == 1):  # "Code Diversiteit en Inclusie": head first
            end_tok = i + 1
            while end_tok < len(tokens) and _fold(tokens[end_tok]).lower() in _ENGLISH_HEAD_FINAL:
                end_tok += 1  # "Huygens Scholarship Programme"
            if i + 2 < len(tokens) and tokens[i + 1].lower() == "of" and tokens[i + 2][0].isupper() \
                    and tokens[i + 2] not in ("the", "The"):
                # "Peter Brueghel Chair of Flemish Studies"
                j = i + 2
                while j < len(tokens) and tokens[j][0].isupper() and tokens[j] != "The":
                    j += 1
                end_tok = j
        if i == end_tok - 1 and "-" in tokens[i] and i > 0:
            start_tok = i  # "Doelstellingen STEM-actieplan": the compound is the name
        for k in range(start_tok, i):
            if tokens[k] in ("de", "het", "the") and (k == 0 or tokens[k - 1].lower() not in _CONNECT_WORDS):
                start_tok = k + 1  # "Nederland de Dutch Relief Alliance": a name begins after a bare article
        if end_tok == len(tokens) and end_tok - start_tok > 1 and text[m.end():m.end() + 1] == ":" and \
                _has_type_word(tokens[end_tok - 1:end_tok]) < 0 and _has_type_word(tokens[end_tok - 2:end_tok - 1]) >= 0:
            # "Product: Uitvoeringsplan Opmerking: Hierin …": a word between a name's type word and a colon
            # labels what follows (a field of a list, a heading), it does not say which plan
            end_tok -= 1
        # trailing connectors are not part of a name
        while end_tok > start_tok + 1 and re.fullmatch(_CONNECT, tokens[end_tok - 1].lower()):
            end_tok -= 1
        toks = tokens[start_tok:end_tok]
        both = _two_names(toks)
        if both and not both[0]:
            toks = both[1]
            start_tok, end_tok = end_tok - len(toks), end_tok
            both = None
        if both:
            # "Monitor Leveringszekerheid en European Resource Adequacy Assessment", "Bijzonder
            # Onderzoeksfonds en het Industrieel Onderzoeksfonds": two names joined, each its own record
            toks, right = both
            end_tok = start_tok + len(toks)
            if toks and _has_type_word(right) >= 0:
                at = text.find(" ".join(right), m.start(), m.end())
                if at >= 0:
                    out.append((at, at + len(" ".join(right)), _clean(" ".join(right))))
        if len(toks) == 1:
            # a single compound ("Comeniusprogramma", "Noodfonds") only mid-sentence with a
            # specific prefix, or with a year after it
            t = toks[0]
            sent_start = m.start() == 0 or text[max(0, m.start() - 2):m.start()].strip() in (".", "", "!", "?")
            if sent_start or _fold(t).lower() in _TYPE_WORDS or _generic_compound(t):
                continue
        name = _clean(" ".join(toks))
        if len(name.split()) < 1 or _has_type_word(name.split()) < 0:
            continue
        nxt_word = re.match(r"[ ]+([a-z][a-zà-ÿ]{2,})\b", text[m.end():m.end() + 40])
        if end_tok == len(tokens) and nxt_word and re.search(r"-ge[a-zà-ÿ]+[dt]$", toks[-1]) and \
                nxt_word.group(1) not in _FUNCTION_WORDS:
            # "Nationaal Actieplan Gender-gerelateerd geweld": a participle needs its noun
            toks = toks + [nxt_word.group(1)]
            name = _clean(" ".join(toks))
        elif end_tok == len(tokens) and re.match(r"[ ]+[a-z]", text[m.end():m.end() + 3]) and \
                re.search(r"(?:e|er)$", toks[-1]) and not re.search(r"(?:ie|ee)$", toks[-1]) and len(toks) > 1 and \
                not (nxt_word and nxt_word.group(1) in _FUNCTION_WORDS) and \
                not re.match(r"[ ]+(?:op|in|uit|toe|aan|af|mee|vast)\b", text[m.end():m.end() + 6]):
            # "Strategische Agenda Hoger onderwijs": the last word modifies a common noun
            name = _clean(" ".join(toks[:-1]))
            if not name or _has_type_word(name.split()) < 0:
                continue
        owner_cut = False
        try:
            from .entities import find_organisations
            for o in find_organisations(name):
                if o.start == 0 and o.end >= len(name) - 1:
                    name = ""  # the whole name is an organisation ("Stichting Platform …")
                    break
                glued = re.match(r"-(\w+)", name[o.end:])
                if o.start > 0 and glued and not re.search(r"(?:en|s)$", glued.group(1)):
                    continue  # "Intentieverklaring VN-verdrag": one thing its body names, not an owner
                    # (a plural is a kind of thing: "Regeling OCW-subsidies" ends at its owner)
                if o.start > 0:
                    cut = _clean(name[:o.start])  # "Actieplan Mentaal Welzijn Koning Boudewijnstichting"
                    if _acceptable(cut) or o.end < len(name) - 1 or _principal(o.canonical):
                        name, owner_cut = cut, True
                    break  # (the owner ends a name that is nothing without it: "Investeringsagenda Belastingdienst")
                if o.start == 0 and re.match(r"\s+(?:en|and|&)\s+", name[o.end:]):
                    name = _clean(re.sub(r"^\s+(?:en|and|&)\s+", "", name[o.end:]))  # "KNAW en de Landelijke Commissie"
                    break
                if o.start == 0 and re.match(r"\s+(?:voor|van|bij|in|op|aan)\s+(?:de|het)\s+", name[o.end:]):
                    # "het toetsingskader van de NVAO voor de Regeling tegemoetkoming …": the body's role ends
                    # the name before it; what follows the article is a name of its own, or nothing
                    name = _clean(re.sub(r"^\s+\w+\s+(?:de|het)\s+", "", name[o.end:]))
                    break
        except ImportError:  # pragma: no cover
            pass
        owner = re.search(r"\s+van\s+(?:de\s+|het\s+)?([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z]+)?)$", name)
        if owner and owner.group(1) not in _NOT_AN_OWNER and _has_type_word(name[:owner.start()].split()) >= 0:
            name = name[:owner.start()]  # "Monitor Leveringszekerheid van TenneT": the owner follows the name
            owner_cut = True
        if not name or _has_type_word(name.split()) < 0 or name.split()[0] == "Stichting":
            continue
        # a heading-like line (whole line is the name) stays: headings name initiatives too
        s = m.start() + seq.find(toks[0])
        e = s + len(" ".join(toks))
        if owner_cut:  # "Monitor Leveringszekerheid van TenneT": the name ends before its owner
            at = text.find(name, s, e)
            if at >= 0:
                s, e = at, at + len(name)
        out.append((s, e, name))
    return out


def _two_names(toks: list[str]) -> tuple[list[str], list[str]] | None:
    """A Title Case run "A en (de/het) B" that joins two names: A holds a type word and B is a name of
    its own (a type word, or three capitalised words). "Masterplan Bèta en Technologie" and "Code
    Diversiteit en Inclusie" are one name: what follows "en" there is one word."""
    for k, t in enumerate(toks):
        if k == 0 or t not in ("en", "and"):
            continue
        left, right = toks[:k], toks[k + 1:]
        if left[-1].endswith("-"):
            return None  # "Hoger Onderwijs- en Onderzoeksplan": one compound shared by both words
        if right and right[0].lower() in ("de", "het", "the"):
            right = right[1:]
        words = [w for w in right if w.lower() not in _CONNECT_WORDS]
        if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return None
        if _has_type_word(left) < 0:
            # "Inschrijvingsprocedure en de Gedragscode Onderwijstaal": only the second one is a name
            return ([], right) if _has_type_word(right) >= 0 and len(right) >= 2 else None
        if _has_type_word(right) >= 0 or sum(w[:1].isupper() for w in words) >= 3:
            return left, right
        return None
    return None


def _term_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A term the document repeats ("mensenrechtentoets")."""
    found: list[tuple[int, int, str, str]] = []
    for start, end, word in (_lower_compounds(text) if doc_terms else ()):
        term = _singular(word)
        if term in doc_terms:
            found.append((start, end, term, _type_of(term) or "instrument"))
    return found


def _hashtag_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A hashtag ("#IBelong"), typed by the word before or after it."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_HASHTAG, text, low):
        name = "#" + m.group(1)
        after = text[m.end():m.end() + 25].lower()
        before = text[max(0, m.start() - 40):m.start()].lower()
        typ = _type_of(after.split(" ")[0] if after.startswith("-") else before.split()[-1] if
                       before.split() else "") or "project"
        found.append((m.start(), m.end(), name, typ))
    return found


# the kinds of thing one runs (not a frame or an agreement): after one of them a quoted name may be in lower case
_RUN_KINDS = frozenset({"project", "programme", "fund", "instrument"})


def _cue_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A name after a type word ("het project X", "het programma ‘Y’")."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_CUE, text, low):
        raw = m.group(2)
        name = _clean(raw.strip("‘'“\"’”"))
        if raw[0] in "#":
            continue  # hashtags are handled above
        if raw[0] in "‘'“\"" or _acceptable(name):
            typ = _TYPE_WORDS.get(m.group(1).lower(), "project")
            if name and name[0].isupper() or name.startswith("#"):
                found.append((m.start(2), m.end(2), name, _type_of(name) or typ))
            elif name and raw[0] in "‘'“\"" and len(name.split()) >= 2 and typ in _RUN_KINDS:
                # a quoted name after the kind of thing one runs may be in lower case: het programma “kopen bij
                # startups” (its span is inside the quotes, so the name counts as quoted)
                found.append((m.start(2) + 1, m.end(2) - 1, name, _type_of(name) or typ))
    return found


# the publication a quoted title belongs to: "het bericht «…»", "het artikel ‘…’", "het rapport “…”" quote
# what a newspaper, a broadcaster or a researcher wrote, whatever initiative its words name
_PUBLICATION_BEFORE = re.compile(r"\b(?:bericht|nieuwsbericht|artikel|krantenartikel|opiniestuk|column|interview|"
                                 r"uitzending|item|rapport|onderzoeksrapport|publicatie|boek|essay)[ \t]*[:,]?[ \t]*$",
                                 re.IGNORECASE)


def _quoted_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A quoted name with a type word near it or its description."""
    found: list[tuple[int, int, str, str]] = []
    quoted_types: list[str] = []
    for m in _QUOTED.finditer(text):
        # a quoted name with its description: "HAPKIDO (Hybrid Approach …)", "PROACT – Physical …"
        name = _clean(re.split(r"\s+\(|\s+[–-]\s+", m.group(1))[0])
        before = text[max(0, m.start() - 30):m.start()]
        if _PUBLICATION_BEFORE.search(before):
            continue  # "over het bericht «Meer ziekenhuizen in financiële problemen, bedreigt uitvoering Zorgakkoord»"
        after = text[m.end():m.end() + 30]
        bw = re.findall(r"[\w]+", _fold(before).lower())[-2:]
        aw = re.findall(r"[\w]+", _fold(after).lower())[:2]
        typ = next((_TYPE_WORDS[w] for w in bw + aw if w in _TYPE_WORDS), "")
        if not typ and _has_type_word(name.split()) >= 0:
            typ = _type_of(name)
        if not typ and any(_GROUP_HEAD.search(_fold(w).lower()) for w in name.split()[:4]):
            typ = "working_group"  # "‘Erkennings- en bemiddelingscommissie voor slachtoffers van historisch misbruik’"
        if not typ and quoted_types and re.search(r"[»”’\"']\s*(?:\)\s*)?(?:en|of|and|or|,)\s*(?:\w+\s*\(\s*)?$",
                                                   text[max(0, m.start() - 30):m.start()]):
            typ = quoted_types[-1]  # «Horizon 2020» en «Erasmus for all»: the second shares the first's kind
        if not typ and re.fullmatch(r"[A-Z][A-Z0-9+-]{2,}", name):
            # an acronym in quotes among study words ("lopen 2 onderzoeken: «HAPKIDO (…)»")
            near = re.findall(r"\w+", _fold(text[max(0, m.start() - 120):m.end() + 40]).lower())
            if _STUDY_CONTEXT & set(near):
                typ = "project"
        if typ and _acceptable(name) and name[0].isupper() and not name.endswith("?"):
            found.append((m.start(1), m.end(1), name, typ))
            quoted_types.append(typ)
    return found


def _compound_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A name glued to its type ("STEM-actieplan", "Erasmus+-programma")."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_COMPOUND, text, low):
        name = m.group(0).strip()
        if len(m.group(1).rstrip("+")) < 3:
            continue  # "EU-programma", "Ad-programma": a kind of programme, not a name
        found.append((m.start(), m.end(), name, _TYPE_WORDS.get(m.group(2).lower(), "fund" if m.group(2).lower() == "financiering" else "project")))
    return found


def _charter_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A charter or agreement named by its topic."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_CHARTER_TOPIC, text, low):
        name = f"{m.group(1)} {m.group(2)} {m.group(3)}"
        if len(name.split()) <= _MAX_WORDS + 2:
            found.append((m.start(), m.end(), name, _TYPE_WORDS[m.group(1).lower()]))
    return found


def _titled_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A name in title case."""
    found: list[tuple[int, int, str, str]] = []
    for s, e, name in _title_candidates(text):
        if _acceptable(name):
            found.append((s, e, name, _type_of(name)))
    return found


def _inner_caps_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A name with a capital inside ("iSTEM", "STEMvoordeBasis")."""
    found: list[tuple[int, int, str, str]] = []
    for m in (_INNER_CAPS.finditer(text) if _INNER_CAP.search(text) else ()):
        words = m.group(1).split()
        for i, w in enumerate(words[1:], 1):
            if w in _FUNCTION_WORDS:  # "QvC-Rijk zich focust": the clause goes on, the name ends
                words = words[:i]
                break
        name = " ".join(words)
        before = re.search(r"([\w’'-]+)\s*\(\s*$", text[max(0, m.start(1) - 40):m.start(1)])
        if before and before.group(1)[:1].isupper() and _has_type_word([before.group(1)]) < 0:
            continue  # "Vragen van de leden Ceder (ChristenUnie)": whom a person belongs to, not a project
        if re.fullmatch(r"[A-Z][a-z]{3,}[A-Z][a-z]{3,}", name) and re.match(r"\s+[A-Z][a-z]", text[m.start(1) + len(name):]):
            continue  # "(NationallyDetermined Contributions, …)": a Title Case phrase that lost a space, no name
        if (len(name) >= 6 or " " in name or re.match(r"[a-z][A-Z]{2,}$", name)) and not _is_organisation(name):
            # "PvdD", "CoE" are abbreviations; "iBOF", "iSTEM" are names
            found.append((m.start(1), m.start(1) + len(name), name, "project"))
    return found


def _group_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A committee or working group with a name of its own."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_GROUP, text, low):
        if text[m.end(1):m.end(1) + 1] == "-" and not m.group(1).islower():
            continue  # "Commissie-Brussel": a body's name, not "commissie-Veerman"
        words = m.group(2).split()
        follows = re.match(r"[ \t-]+([a-z]+)", text[m.end():m.end() + 30])
        if words[0] in _NATIONALITY or len(words[0]) < 3 or \
                (follows and follows.group(1) not in _LEAD_STOP and follows.group(1) not in _CONNECT_WORDS):
            continue  # "commissie Vlaams …", "commissie Ad", "commissie Associate degree": no name
        if _is_organisation(m.group(2)):
            continue  # "commissie OCW", "commissie Financiën": a standing committee of a body, named by it
        if re.match(r"/\w", text[m.end():m.end() + 2]):
            continue  # "Commissie MBO/SF (Commissie Kruse)": the name goes on past the slash
        name = _clean(m.group(0))
        if text[m.end():m.end() + 1] == ":" and len(words) > 1:
            name = _clean(name.rsplit(" ", 1)[0])  # "… Onderwijsbijdragen Periode: 1945–": a field label follows
        start = m.start()
        adj = re.search(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{3,}e)[ \t]+$", text[max(0, start - 25):start])
        if adj and m.group(1)[:1].isupper() and _fold(adj.group(1)).lower() not in _FUNCTION_WORDS and \
                adj.group(1) not in _NATIONALITY and len(name.split()) < _MAX_WORDS:
            # "Onafhankelijke Commissie Toekomst …", "Landelijke Werkgroep …": the adjective is part of the name
            start -= len(adj.group(0))
            name = adj.group(1) + " " + name
        if _acceptable(name) and not _is_organisation(name):
            found.append((start, m.start() + len(m.group(0)), name, "working_group"))
    return found


def _english_group_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """An English-named working group."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_ENGLISH_GROUP, text, low):
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), "working_group"))
    return found


def _grant_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A grant named by its purpose."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_GRANT, text, low):
        name = _grant_name(m.group("noun"), m.group("purpose"))
        if name:
            found.append((m.start(), m.end(), name, "fund"))
    return found


def _cited_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A regulation's scheme or a decree's experiment cited by its title."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_CITED_AS, text, low):
        name = _clean(m.group(1))
        body = re.match(r"Instellings(?:besluit|regeling|beschikking)\s+(?=[A-Z])", name)
        if body and _acceptable(name[body.end():]):  # "Instellingsbesluit Adviescommissie fusietoets …": the body it sets up
            found.append((m.start(1) + body.end(), m.end(1), name[body.end():], _type_of(name[body.end():]) or "working_group"))
        elif _acceptable(name) and not re.match(r"(?:Wet|Besluit|Decreet)\b(?!.*\bexperiment)", name):
            # a law is no initiative; a regulation's scheme, or a decree's experiment, is
            exp = re.match(r"(?:Besluit|Regeling)\s+(?=experiment)", name)
            if exp:  # the experiment a decree allows, not the decree: "Besluit experiment bindend studieadvies"
                found.append((m.start(1) + exp.end(), m.end(1), name[exp.end()].upper() + name[exp.end() + 1:], "pilot"))
            else:
                found.append((m.start(1), m.end(1), name, _type_of(name) or "scheme"))
    return found


# a regulation's definitions: "i. gedragscode: de Gedragscode internationale student in het Nederlandse hoger
# onderwijs;" names the code (a name that starts with a type word and a capital after the article)
_DEFINITION = re.compile(r"(?:^|\n)[ \t]*[a-z]{1,2}[.)][ \t]+[a-zà-ÿ][\wà-ÿ -]{1,40}?[ \t]*:[ \t]+(?:de|het)[ \t]+"
                         r"(?P<name>[A-Z][\wà-ÿ-]*(?:[ \t]+[\wà-ÿ’'-]+){0,9}?)[ \t]*(?=[;,]|\.(?:\s|$)|\n|$)")
_ACT_WORD = re.compile(r"^(?:Wet|Besluit|Decreet|Regeling|Verordening|Richtlijn|Algemene|Kaderwet|Codex)\b")
# an organisation's own plan: "De KU Leuven wil met haar diversiteitsplan …"
_OWN_PLAN = re.compile(r"\b(?:haar|zijn|hun)[ \t]+(?:eigen[ \t]+|nieuwe[ \t]+)?(?P<name>[a-zà-ÿ]{5,}(?:actieplan|plan|programma|"
                       r"charter|strategie))\b")


def _definition_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """The scheme, code or programme a regulation's definitions name."""
    found: list[tuple[int, int, str, str]] = []
    for m in (_DEFINITION.finditer(text) if ":" in text else ()):
        name = _clean(m.group("name"))
        words = name.split()
        if words and _has_type_word(words[:1]) == 0 and not _ACT_WORD.match(name) and not _is_organisation(name) \
                and not any(_fold(w).lower() in _VERBISH for w in words):
            found.append((m.start("name"), m.start("name") + len(name), name, _type_of(words[0])))
    return found


def _own_plan_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """An organisation's own plan or programme, its owner named earlier in the sentence."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_OWN_PLAN, text, low):
        before = re.split(r"[.!?;]\s", text[max(0, m.start() - 150):m.start()])[-1]
        owners = [o for o in _orgs(before) if not _principal(o.canonical)]
        if owners:  # named with its owner as written: "diversiteitsplan KU Leuven"
            found.append((m.start("name"), m.end("name"), f"{m.group('name')} {before[owners[-1].start:owners[-1].end]}",
                          _type_of(m.group("name")) or "action_plan"))
    return found


# a body a regulation sets up, in the legal formula: "Er is een Adviescommissie fusietoets in het
# onderwijs.", "Het Kwaliteitscollege Studiekeuze Informatie wordt ingesteld …"
_ESTABLISHED = re.compile(r"(?:(?P<there>\bEr[ \t]+(?:is|wordt)[ \t]+een)|(?:^|(?<=[.:;]\s)|(?<=\d\.\s))(?:Het|De))[ \t]+"
                          r"(?P<name>[A-Z][\wà-ÿ-]*(?:[ \t]+[\wà-ÿ-]+){0,7}?)"
                          r"(?P<end>[ \t]*(?:\.(?=\s|$)|[ \t]+(?:wordt[ \t]+)?ingesteld\b))")
_BODY_WORD = re.compile(r"\w*(?:commissie|college|raad|platform|comité|orgaan|werkgroep|stuurgroep|taskforce|forum|board)",
                        re.IGNORECASE)


def _established_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A committee, board or platform a regulation sets up, named in the sentence that sets it up."""
    found: list[tuple[int, int, str, str]] = []
    for m in _ESTABLISHED.finditer(text):
        name = _clean(m.group("name"))
        if not _BODY_WORD.fullmatch(name.split()[0]) or (not m.group("there") and "ingesteld" not in m.group("end")):
            continue  # "Het bestuur is …": only "Er is een …" sets up a body without saying "ingesteld"
        if _acceptable(name):
            found.append((m.start("name"), m.end("name"), name, _type_of(name) or "working_group"))
    return found


# a line that opens with an initiative's name and a colon, as a Flemish decision's title does ("Plan
# Vlaamse veerkracht: subsidie Koning Boudewijnstichting voor …"): the name in sentence case, its type
# word first
_HEADING_NAME = re.compile(r"(?:^|\n)[ \t]*(?P<name>[A-Z][\wà-ÿ-]*(?:[ \t]+[\wà-ÿ’'+-]+){1,4}?)[ \t]*:[ \t]")


def _heading_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A line's opening name before a colon, when its first word is a type word and a capitalised
    word after it says which one ("Plan Vlaamse veerkracht:", not "Plan van aanpak:")."""
    found: list[tuple[int, int, str, str]] = []
    for m in _HEADING_NAME.finditer(text):
        words = m.group("name").split()
        if _fold(words[0]).lower() not in _TYPE_WORDS or not any(w[:1].isupper() for w in words[1:]):
            continue
        if any(_fold(w).lower() in _FUNCTION_WORDS or _fold(w).lower() in _VERBISH for w in words[1:]):
            continue
        name = m.group("name")
        if _acceptable(name):
            found.append((m.start("name"), m.end("name"), name, _type_of(name)))
    return found


# a proper name before the kind word, apart and in lower case: "het Brexit actieplan", "het GPT-NL project",
# "het VESOC akkoord", "de Brexit taskforce" (as "STEM-actieplan" is glued)
_NAME_THEN_KIND = re.compile(r"\b(?:het|de|dit|deze)[ \t]+(?P<name>(?P<proper>[A-Z][\w+’'-]+)[ \t]+(?P<kind>actieplan|programma|plan|"
                             r"fonds|project|platform|netwerk|taskforce|werkgroep|pilot|proef|akkoord|convenant|charter|"
                             r"agenda|initiatief|strategie))\b(?![’'-])(?![ \t]+(?:gaan|gaat|ging|gingen|gegaan)\b)")
_NEEDS[_NAME_THEN_KIND] = ((("het ", "de ", "dit ", "deze "),), False)


def _name_then_kind_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A proper name followed by its kind word in lower case after an article ("het Brexit actieplan").
    The name must be one: not an adjective ("de Europese agenda", "het Vlaams netwerk"), not the first
    part of a word a line break cut ("het Samenwerkings akkoord"), not a place ("het Parijs akkoord"
    is the agreement of Paris, spelt without its own name) and not an organisation."""
    from .entities import find_terms

    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_NAME_THEN_KIND, text, low):
        proper = m.group("proper")
        if proper in _NATIONALITY or re.search(r"(?:e|s|isch)$", proper) or _is_organisation(proper):
            continue
        if any(t[2] == 0 and t[3] >= len(proper) for t in find_terms(proper, "country")):
            continue
        found.append((m.start("name"), m.end("name"), m.group("name"), _TYPE_WORDS[m.group("kind")]))
    return found


_FINDERS = (_term_candidates, _hashtag_candidates, _cue_candidates, _quoted_candidates, _compound_candidates, _charter_candidates, _titled_candidates, _inner_caps_candidates, _group_candidates, _english_group_candidates, _grant_candidates, _cited_candidates,
            _definition_candidates, _own_plan_candidates, _established_candidates,
            _heading_candidates, _name_then_kind_candidates)  # in this order: ties keep it


def _candidates(text: str, doc_terms: frozenset[str] = frozenset(),
                described: set[tuple[int, int]] | None = None,
                participating: set[tuple[int, int]] | None = None,
                vouched: set[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of initiative names in a passage, best cue first. The spans of
    names found by what is around them go to `described` (all of them), `participating` (those
    a participation cue found) and `vouched` (those whose context says they are proper names)."""
    low = _lower(text)
    found = [c for finder in _FINDERS for c in finder(text, low, doc_terms)]
    named = _bracketed_names(text) + _run_compounds(text)
    more = _described_candidates(text, low) + _versioned_candidates(text) + named
    if described is not None:
        described.update((s, e) for s, e, _, _ in more)
    if vouched is not None:
        vouched.update((s, e) for s, e, _, _ in named)
    found.extend(more)
    found.extend(_bracket_candidates(text, low))
    firm: list = []
    cued = _participation_candidates(text, firm, low) + _plus_candidates(text)
    found.extend(firm)
    if participating is not None:
        participating.update((s, e) for s, e, _, _ in cued)
    found.extend(cued)
    return found


# a name with an edition number after it: "een SALK 2.0 lanceren", "het Verpakkingsplan 2.0", "Flanders’ Care 4.0",
# "(EFSI 2.0)". A whole version ("2.0", "4.0", not "2.2" or "1.1", which number sections, rules and
# standards) says the name is of a thing that has editions: a plan, programme or fund renewed
_VERSIONED = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'+-]*(?:[ \t]+[A-Z][\w’'+-]*){0,3})[ \t]+(?P<version>[1-9]\.0)"
                        r"(?![\d.,]?\d)")


def _versioned_candidates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of names with an edition number, the number kept in the name: the edition
    is the initiative ("SALK 2.0" follows "SALK"). The number vouches for the name as a cue's context
    does, so the caller counts these among the described ones (an acronym alone passes)."""
    out = []
    for m in (_VERSIONED.finditer(text) if ".0" in text else ()):
        name = _clean(m.group("name"))
        if not name or _is_organisation(name) or _NOT_PROGRAMME.match(name):
            continue
        full = f"{name} {m.group('version')}"
        start = m.start("name") + m.group("name").find(name)
        out.append((start, m.end("version"), full, _type_of(name) or "programme"))
    return out


# a name in brackets after what it names: "een oriënteringsproef voor leerlingen in het Secundair Onderwijs
# (Columbusproef)"
_BRACKETED_NAME = re.compile(r"(?<=\w )\((?P<name>[A-Z][a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?)\)")


def _bracketed_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of one capitalised compound with a type word's tail, in brackets after
    the words it names ("(Columbusproef)"): the bracket gives a described thing its proper name, so
    its first part may be an everyday word. A kind of thing in brackets ("(Stappenplan)", a word of
    the everyday list as a whole) is left out."""
    out = []
    for m in (_BRACKETED_NAME.finditer(text) if "(" in text else ()):
        word = _fold(m.group("name")).lower()
        tail = _type_tail(word.replace("-", ""))
        if tail and word not in _TYPE_WORDS and not _common(word.replace("-", "")):
            out.append((m.start("name"), m.end("name"), m.group("name"), _TYPE_WORDS[tail]))
    return out


# a verb that carries out, completes, continues or evaluates what went before: the thing exists and runs
_RUN_VERB = re.compile(r"\buitvoer|\buitgevoerd|\bvoer\w*\b[^.;]*\buit\b|\bwerk\w*\b[^.;]*\baf\b|\bafwerk|"
                       r"\bverder\s*gezet|\bvoortgezet\b(?!\s+onderwijs)|\bevalu", re.IGNORECASE)
# one capitalised compound after a definite article (and maybe an adjective), no capitalised word after it:
# "het geactualiseerd Sigmaplan", "Het Versnellingsplan van VDAB"
_DEFINITE_COMPOUND = re.compile(r"\b(?:[Hh]et|[Dd]e)[ \t]+(?:[a-zà-ÿ]+[ \t]+)?(?P<name>[A-Z][a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?)"
                                r"(?![\w-])(?![ \t]+[A-Z0-9])")
_RUN_TAILS = frozenset({"plan", "actieplan", "masterplan", "programma", "project", "fonds", "taskforce", "werkgroep",
                        "pilot", "proef", "netwerk", "platform"})


def _run_compounds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of one capitalised compound after "het"/"de", its tail a kind of thing one
    runs (plan, programme, project, fund, taskforce, pilot, network), in a sentence that carries it
    out, completes, continues or evaluates it ("We werken het geactualiseerd Sigmaplan … verder af",
    "Het Versnellingsplan van VDAB … wordt versterkt uitgevoerd"): a plan that is carried out is one
    plan, so an everyday first part ("versnelling") does not make it a kind."""
    out = []
    for a, b in (_sentence_spans(text) if _RUN_VERB.search(text) else ()):
        sentence = text[a:b]
        if not _RUN_VERB.search(sentence):
            continue
        for m in _DEFINITE_COMPOUND.finditer(sentence):
            word = _fold(m.group("name")).lower().replace("-", "")
            tail = _type_tail(word)
            nxt = re.match(r"[ \t]+([a-zà-ÿ]+)", sentence[m.end("name"):])
            if nxt and nxt.group(1) not in _FUNCTION_WORDS and nxt.group(1) not in _PREPS:
                continue  # "het Sectorplan natuur- en scheikunde": the name goes on in lower case
            if tail in _RUN_TAILS and word != tail and not _common(word):
                out.append((a + m.start("name"), a + m.end("name"), m.group("name"), _TYPE_WORDS[tail]))
    return out


# -- initiatives a text takes part in or is funded from ------------------------------------
#
# "binnen hun deelname aan de Europese Universiteiten", "neemt deel aan Horizon Europe", "in het kader van
# het Nationaal Groeifonds", "middelen uit het Europees Sociaal Fonds", "financiering via NWO-Open": the
# cue says the name is a programme one takes part in or draws money from, whatever its spelling. Such a
# name has no type word, so it needs a second mention in the document (or a type word after all).
_PART_NAME = (r"(?P<name>(?:[A-Z][\w+’'&-]*|[a-z]+[A-Z][\w+-]*)"
              r"(?:[ \t]+(?:(?:van|voor|en|de|het|der|of|for|the|and|&)[ \t]+)?(?:[A-Z][\w+’'&-]*|[a-z]+[A-Z][\w+-]*|"
              r"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)){0,5})")
_PARTICIPATION = re.compile(
    r"\b(?:deelname\s+aan|deelnemen\s+aan|(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,3}?deel\s+aan|"
    r"participeert\s+in|participatie\s+in|participeren\s+in|"
    r"in\s+het\s+kader\s+van|binnen\s+het\s+kader\s+van|middelen\s+uit|middelen\s+van|financiering\s+(?:via|uit)|"
    r"(?:gefinancierd|gesubsidieerd|betaald|bekostigd)\s+(?:via|uit)|subsidie\s+uit|bijdrage\s+uit|"
    r"aanvraag\s+(?:in\s+het\s+kader\s+van|binnen|voor)|aanvragen\s+(?:binnen|voor)|"
    r"(?:deel|lid)\s+van\s+(?:het|de)\s+(?=[A-Z][\w+-]*\s+(?:netwerk|programma|alliantie|consortium)))"
    r"\s+(?:(?P<art>de|het|een|hun|haar|zijn|onze)\s+)?" + _PART_NAME)
# the weak cues: "in het kader van" also frames a law, a product or a policy field
_WEAK_CUE = re.compile(r"^(?:in|binnen)\s+het\s+kader|^aanvra", re.IGNORECASE)
# heads of words a participation cue is never about: acts, texts, bodies, places, events, periods
_NOT_PROGRAMME = re.compile(
    r"^(?:Wet|Besluit|Decreet|Codex|Verdrag|Richtlijn|Verordening|Grondwet|Regeerakkoord|Beleidsnota|Beleidsbrief|"
    r"Conceptnota|Nota|Brief|Artikel|Art|Hoofdstuk|Bijlage|Paragraaf|Minister|Ministerie|Staatssecretaris|Kamer|"
    r"Tweede|Eerste|Vlaamse\s+Regering|Regering|Raad|Commissie|Europese\s+Unie|EU|Europa|Vlaanderen|Nederland|"
    r"België|Brussel|Corona|COVID|Covid|Brexit|Bologna|Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|"
    r"September|Oktober|November|December|Het|De|Een|Dit|Deze)\b")
# a law or a text, not a programme: "BOF-besluit", "Hogeronderwijsdecreet", "Beleidsnota"
_ACT_TAIL = re.compile(r"(?:besluit|decreet|wet|verdrag|richtlijn|verordening|nota|brief|reglement|codex)$", re.IGNORECASE)
# a name followed by what it is in brackets: "iBOF (oproep voor interuniversitaire BOF-projecten)",
# "NWA (programma voor …)"
_BRACKET_KIND = re.compile(
    r"(?<![\w+-])(?P<name>(?:[A-Z][\w+-]*|[a-z]+[A-Z][\w+-]*)(?:[ \t]+[A-Z][\w+-]*){0,3})[ \t]*\((?:een[ \t]+|het[ \t]+|de[ \t]+)?"
    r"(?P<kind>[a-zà-ÿ-]*(?:oproep|programma|fonds|project|netwerk|regeling|subsidie|beurs|initiatief|"
    r"samenwerkingsverband|alliantie|consortium|platform|programme|fund|network|call))\b[^)]{0,120}\)")
# a name ending in "+" is a programme's successor ("Erasmus+", "ESF+"): a name by its spelling
_PLUS_NAME = re.compile(r"(?<![\w#])([A-Z][a-z]{2,20}\+)(?![\w+])(?!-)")


def _participation_candidates(text: str, firm: list | None = None,
                              low: str | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of programmes a text takes part in or draws money from; each needs a
    second mention or a type word (checked by the caller). Those the text abbreviates right away
    ("(VKO)") need nothing more: they go to `firm`."""
    out = []
    firm = [] if firm is None else firm
    for m in _matches(_PARTICIPATION, text, low):
        name = _clean(m.group("name"))
        words = name.split()
        if not words or _NOT_PROGRAMME.match(name) or len(words) > 6 or _ACT_TAIL.search(name):
            continue
        if len(words) == 1 and not re.search(r"[A-Z].*[A-Z]|[a-z][A-Z]|\+|\d", name) and len(name) < 4:
            continue
        if m.group("art") == "een":
            continue  # "deelnemen aan een LIVC-R": one of a kind, not a named programme
        if _kind_compound(words[-1]):
            continue  # "OV-studentenkaart": a kind of thing with a prefix
        defined = re.match(r"\s*\(([A-Z][\w-]{1,9})\)", text[m.start("name") + len(name):])
        if defined and _acronym_name(name, defined.group(1)) == name:
            firm.append((m.start("name"), m.start("name") + len(name), name, _type_of(name) or "programme"))
            continue  # "… de Validatiecommissie Kwaliteitszorg Onderzoek (VKO)": named and abbreviated
        if _WEAK_CUE.match(m.group(0)) and not re.search(r"[a-z][A-Z]|\+|\d|[A-Z]{2}", name) and \
                all(_common(_fold(w).lower()) or _fold(w).lower() in _CONNECT_WORDS for w in words):
            continue  # "in het kader van Integrale Jeugdhulp": a policy field in everyday words
        out.append((m.start("name"), m.start("name") + len(name), name, _type_of(name) or "programme"))
    return out


def _bracket_candidates(text: str, low: str | None = None) -> list[tuple[int, int, str, str]]:
    """A name followed by what it is in brackets: the bracket is the fact that makes it one."""
    out = []
    for m in _matches(_BRACKET_KIND, text, low):
        name = _clean(m.group("name"))
        if not name or _NOT_PROGRAMME.match(name) or (len(name.split()) == 1 and len(name) < 3) or \
                _kind_compound(name.split()[-1]):
            continue
        out.append((m.start("name"), m.start("name") + len(name), name,
                    _type_of(m.group("kind")) or _setup_type(m.group("kind"))))
    return out


def _kind_compound(word: str) -> bool:
    """"OV-studentenkaart", "BOF-besluit": a prefix before an everyday noun that is no type word."""
    if "-" not in word:
        return False
    head = _fold(word.rsplit("-", 1)[1]).lower()
    return bool(head) and head.islower() and head not in _TYPE_WORDS and not _type_tail(head) and \
        (_common(head) or _common(head[:-1]) or len(head) > 6)


def _plus_candidates(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(1), m.end(1), m.group(1), "programme") for m in _matches(_PLUS_NAME, text)]


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


_SETUP_HEAD = re.compile(rf"(?:{'|'.join(_SETUP_HEADS)})(?:en|s)?$")
_WORD = re.compile(r"[\wà-ÿ-]+")


def _head_said_twice(sentence: str, text: str) -> bool:
    """Whether a word of the sentence with a described initiative's head stands in the passage twice: only
    then can a phrase around it be named again or pointed back to (a cheap test before `_setup_phrases`)."""
    return any(_setup_head_at(_fold(w).lower()) >= 0 and text.count(w) >= 2 for w in _WORD.findall(sentence))


# the verbs that set something up, start it, give it a task or fund it
_SETUP = re.compile(
    r"\b(?:opgericht|oprichten|opricht|opgezet|opzetten|ingesteld|instellen|installeert|geïnstalleerd|"
    r"gestart|gelanceerd|lanceert|lanceren|in het leven geroepen|tot taak|met als taak|belast met|"
    r"van\s+start\s+(?:gegaan|gaat|gaan|ging|gingen)|"
    r"uitgerold|opgestart|opstarten|uitgevoerd|gecoördineerd|coördineert|onder\s+(?:coördinatie|regie|leiding)\s+van|"
    r"richt\w*\s+[^.;]{0,80}?\sop\b(?!\s+(?:de|het|een)\b)|"
    r"(?:zet|zetten)\s+[^.;]{0,80}?\sop\b(?!\s+(?:de|het|een)\b)|"
    r"(?:stel|stelt|stellen)\s+(?:een|de|het)\s+[^.;]{0,80}?\sin\b(?!\s+(?:de|het|een|op)\b)|"
    r"^\s*er\s+(?:is|wordt|komt)\s+een\b|\borganisatie\s+van\s+een\b|\boprichting\s+(?:\w+\s+)?van\b|"
    r"\b(?:trekt|trekken)\s+[^.;]{0,60}?\suit\s+voor\b|\buitgetrokken\s+voor\b|\bmaakt\s+[^.;]{0,60}?\svrij\s+voor\b|"
    # what runs on: "Het Vlaams overlegplatform studentenhuisvesting wordt op een structurele wijze verdergezet"
    # (not "het voortgezet onderwijs", secondary school)
    r"\bverdergezet|\bvoortgezet\b(?!\s+(?:wetenschappelijk\s+)?onderwijs))",
    re.IGNORECASE)
# where a _SETUP match can begin, in the lower-cased text (each _SETUP match starts with one of these,
# at a word start for the short ones): a cheap pass that spares most sentences the full pattern
_SETUP_HINT = re.compile(r"opgericht|opricht|opgezet|opzetten|ingesteld|instellen|installeert|geïnstalleerd|gestart|start|"
                         r"lance|geroepen|taak|belast|uitgerold|opgestart|opstarten|uitgevoerd|coördine|"
                         r"onder\s+(?:coördinatie|regie|leiding)|organisatie\s+van|richt|zet|stel|er\s+(?:is|wordt|komt)\s|"
                         r"trekt|trekken|uitgetrokken|maakt|verdergezet|voortgezet")
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


_SETUP_PARTICIPLE = re.compile(r"^(?:opgericht|oprichten|opgezet|opzetten|ingesteld|instellen|gestart|starten|"
                               r"gelanceerd|lanceren|uitgerold|opgestart|opstarten|uitgevoerd)$")
_PREPS = frozenset("van voor rond inzake naar over met tegen tussen betreffende omtrent".split())
_WHEN_PHRASES = frozenset({"met ingang", "met terugwerkende", "tot en", "na afloop"})
_ARTICLES = frozenset("de het een".split())
_SETUP_WORDS = re.compile(r"^(?:opgericht|oprichten|opricht|opgezet|opzetten|ingesteld|instellen|gestart|starten|uitgevoerd|"
                          r"gelanceerd|lanceren|uitgerold|opgestart|opstarten|op|in|die|dat|om|te|waarbij|waarin|"
                          r"binnen|bestaande|zal|zullen|wordt|worden|is|zijn|heeft|hebben)$")
# a programme or regulation of a course is part of teaching, not an initiative ("Associate-degreeprogramma",
# "Opleidingsexamenregeling", "studieprogramma")
_COURSE_MODIFIER = re.compile(r"^(?:opleidings?|studie|onderwijs|master|bachelor|les|lessen|cursus|examen|vak|"
                              r"minor|major|degree|associate|associate-degree|ad|promotie|stage|keuze|"
                              r"opleidingsexamen|onderwijsexamen|examen)s?-?$")
_ACTION_NOMINAL = r"(?:uitbouw|uitrol|ontwikkeling|organisatie|opvolging|oprichting|werking|realisatie|uitvoering|" \
                  r"opzetten|oprichten|ontwikkelen|uitbouwen|organiseren|" \
                  r"opstart|implementatie|verderzetting|voortzetting)"
_GRANT_TO = re.compile(
    r"\b(?:project|werkings|investerings)?subsidie\b[^.;]{0,80}?\baan\s+(?:de|het)\s+[^.;]{2,80}?\s+voor\s+(?:de|het)\s+"
    rf"{_ACTION_NOMINAL}(?:\s+en\s+{_ACTION_NOMINAL})?(?:\s+in\s+[^.;,]{{2,40}}?)?\s+van\s+(?:een|het|de)\s+"
    r"(?P<np>[^.;:()]{5,200}?)(?=\s*,|\s+voor\s+de\s+periode|\s+ter\b|[.;:(]|$)", re.IGNORECASE)
_COLON_NAME = re.compile(
    r"\b(?P<head>[a-zà-ÿ-]*(?:programma|project|initiatief|platform|netwerk|fonds|actieplan|plan|strategie|"
    r"programme|project|network|fund))(?:\s+[a-zà-ÿ]+){0,2}?\s*:\s+(?P<name>[A-Za-z][^.;:\n(]{2,100}?)"
    r"(?:\s*\((?P<alias>[A-Z][\w-]{1,20})\))?\d*(?=\s*[.;(\n]|$)")
_IS_AN_INITIATIVE = re.compile(
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
        if not _is_organisation(name):
            # ("VAIA, de Vlaamse AI Academie, is een samenwerking van …": a partnership, a network)
            kind = "network" if m.group("head") == "samenwerking" else _TYPE_WORDS.get(m.group("head"), "project")
            out.append((m.start("name"), m.end("name"), name, kind))
    for m in _matches(_GRANT_TO, text, low):
        np_ = _cut_np(m.group("np"))
        if np_:
            out.append((m.start("np"), m.start("np") + len(m.group("np")), np_, "fund"))
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
    return out


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
_SUCH_AS_CUE = re.compile(r"\b(?:projecten|project|programma[’']?s|programma|initiatieven|netwerken|fondsen|"
                          r"regelingen|programmes|projects|initiatives)\s+(?:als|zoals|such as|like)\s*$", re.IGNORECASE)
_SUCH_AS = re.compile(r"\b(?P<kind>projecten|programma[’']?s|initiatieven|netwerken|fondsen|programmes|projects|"
                      r"initiatives)\s+(?:als|zoals|such as|like)\s+"
                      r"(?P<name>[A-Z][\w+&’'-]*(?:\s+(?:(?:van|voor|en|in|of|for|the|and|on|de|het)\s+)?[A-Z][\w+&’'-]*){1,6})")
# a list item that is a name: "* Masterplan toekomst wiskunde: http…", "• Sectorale agenda Lerarenopleidingen (voorjaar 2012)"
_LINE_DASH = re.compile(r"\n[ \t]*-")


def _has_bullet(text: str) -> bool:
    """Whether the text holds a bullet: every _LIST_ITEM_NAME match needs one."""
    return any(c in text for c in "*•▪–") or text.lstrip(" \t").startswith("-") or bool(_LINE_DASH.search(text))


_LIST_ITEM_NAME = re.compile(r"(?:(?:^|\n)[ \t]*[*•▪–-]|\s[*•▪–])[ \t]+(?P<name>[A-Z][\wà-ÿ’'-]*(?:[ \t]+[\wà-ÿ’'-]+){1,7}?)"
                             r"(?=[ \t]*(?::\s|,\s*\(|\s\(|\n|$))")
# a name defined by its abbreviation: "Reviewcommissie hoger onderwijs en onderzoek (RC)", "Validatiecommissie
# Kwaliteitszorg Onderzoek (VKO)", "Evaluating Research in Context (ERiC, NWO)"
_DEFINED = re.compile(r"(?P<before>(?:[\wà-ÿ’'&+-]+[ \t]+){0,8}?[\wà-ÿ’'&+-]+)[ \t]*\((?P<acr>[A-Z][A-Za-z0-9&’'+-]{1,9})"
                      r"(?:,[^)]{0,40})?\)")
_ACRONYM_AT = re.compile(r"\([A-Z][A-Za-z0-9&’'+-]{1,9}(?:,[^)]{0,40})?\)")
# a character no name before "(ACR)" holds: a match of _DEFINED cannot begin before the last one
_NOT_IN_DEFINED = re.compile(r"[^\wà-ÿ’'&+ \t-]")


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
_AGREEMENT_ON = re.compile(
    r"\b(?P<kind>(?:[a-z]+)?(?:overeenkomst|convenant|akkoord|protocol|charter))\s+"
    r"(?:(?:tussen|met|van)\s+[^.;:]{3,120}?\s+)?(?P<prep>betreffende|inzake|over|rond)\s+"
    r"(?P<topic>[^.;:()]{3,160}?)(?=\s*[.;:(\n]|\s+(?:en\s+)?(?:[A-Z]\.|B\.)|\s+(?:die|dat|waarin|waarbij|om)\b|$)")


_NEEDS.update({  # pattern: (groups of words, one of each must be in the text), looked for in lower case
    _HASHTAG: ((("#",),), False),
    _CUE: ((("project", "programm", "initiati", "platform", "fonds", "netwerk", "network", "plan", "kader",
             "charter", "akkoord", "convenant", "leerstoel", "instrument", "fund", "maatregel"),), False),
    _COMPOUND: ((("-actieplan", "-agenda", "-plan", "-programma", "-project", "-platform", "-fonds", "-monitor",
                  "-netwerk", "-kader", "-akkoord", "-charter", "-toets", "-financiering", "-beur", "-regeling",
                  "-code", "-proef"),), False),
    _CHARTER_TOPIC: ((("Charter", "Handvest", "Convenant", "Verklaring", "Akkoord"),), False),
    _GROUP: ((("werkgroep", "stuurgroep", "taskforce", "commissie", "Werkgroep", "Commissie"),), False),
    _ENGLISH_GROUP: ((("Working Group", "Task Force", "Steering Committee", "Expert Group"),), False),
    _GRANT: ((("subsidie", "financiële ondersteuning", "toelage", "beurzenprogramma"),), True),
    _CITED_AS: ((("aangehaald",),), False),
    _PARTICIPATION: ((("deel", "particip", "kader", "middelen", "financiering", "gefinancierd", "gesubsidieerd",
                       "betaald", "bekostigd", "subsidie", "bijdrage", "aanvra", "lid"),), False),
    _BRACKET_KIND: ((("(",), ("oproep", "programm", "fonds", "project", "netwerk", "regeling", "subsidie", "beurs",
                             "initiatief", "samenwerkingsverband", "alliantie", "consortium", "platform", "fund",
                             "network", "call")), False),
    _PLUS_NAME: ((("+",),), False),
    _COLON_NAME: (((":",), ("programm", "project", "initiatief", "platform", "netwerk", "fonds", "plan", "strategie",
                            "network", "fund")), False),
    _IS_AN_INITIATIVE: ((("initiatief", "project", "programma", "samenwerking", "netwerk", "platform"),), False),
    _GRANT_TO: ((("subsidie",),), True),
    _OWN_PLAN: ((("haar", "zijn", "hun"),), True),
    _SUCH_AS: ((("projecten", "programma", "initiatieven", "netwerken", "fondsen", "programmes", "projects",
                 "initiatives"), ("als", "such as", "like")), False),
    _AGREEMENT_ON: ((("overeenkomst", "convenant", "akkoord", "protocol", "charter"),
                     ("betreffende", "inzake", "over", "rond")), False),
})


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


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    starts = [0] + [m.end() for m in _SENT.finditer(text)]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(text)]) if b > a]


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


_TOKEN = re.compile(r"[\wà-ÿ][\wà-ÿ'’+-]*|[^\w\s]")


_GROUP_HEAD = re.compile(r"(?:commissie|werkgroep|stuurgroep|taskforce)$")
_CONJUNCTIONS = frozenset("zodat omdat waardoor terwijl wanneer indien als waarmee waarin waarbij opdat".split())


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
        pre = [k for k in pre if _fold(toks[k][2]).lower() not in _KIND_ADJECTIVES and
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
        while post and (toks[post[-1]][2].lower() in _PREPS or toks[post[-1]][2].lower() in _ARTICLES):
            post.pop()
        if post and " ".join(toks[x][2].lower() for x in post[:2]) in _WHEN_PHRASES:
            post = []  # "de commissie met ingang van 3 december 2012": when, not which one
        if post and toks[post[0]][2].lower() not in _PREPS and not named:
            # bare words after the head belong to the name only when the verb that sets it up follows
            # them ("een platform levenslang leren opgericht"), not in a clause that goes on ("het
            # project uitvoert conform …", "De leerstoelen werden …")
            nxt = toks[post[-1] + 1][2].lower() if post[-1] + 1 < len(toks) else ""
            if not _SETUP_PARTICIPLE.match(nxt):
                post = []
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


# a sentence that says a thing may be set up, not that it is
_MAY = re.compile(r"\b(?:kan|kunnen|mag|mogen|zou|zouden|indien|wanneer|desgewenst|eventueel|eventuele)\b", re.IGNORECASE)
# an adjective before a head: "tijdelijk", "Vlaamse", "gemengde", "eigen"; not a numeral, a quantifier or
# a participle ("twee", "diverse", "reeds uitgerolde", "door de minister ingestelde")
_ADJECTIVE = re.compile(r"^(?:[A-Z][a-zà-ÿ]+(?:e|s)|[a-zà-ÿ]+(?:e|ig|isch|eel|aal|ief|lijk|baar|ijk|ek|ant|ent|lk|ld))$")
_PARTICIPLE = re.compile(r"^(?:ge|uitge|opge|inge|aange|voorge|vastge|goedge)[a-zà-ÿ]+(?:d|t|de|te|en)$|"
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
_PERIOD_PURPOSE = re.compile(r"(?:(?:de|het|een|elk|ieder)\s+)?(?:duur\s+van\s+)?(?:[\d.,]+|één|twee|drie|vier|vijf|zes)?\s*"
                             r"(?:\w*jaar|jaren|maanden|maand|weken|periode|kalenderjaar)(?:\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?)?",
                             re.IGNORECASE)


def _grant_name(noun: str, purpose: str) -> str:
    """"projectsubsidie" + "voor deelname aan Europese Universiteiten" -> the grant's name, cut
    before what only says to whom or when."""
    purpose = re.split(r"\s+(?:aan\s+(?:de|het)\s|in\s+het\s+kader|voor\s+de\s+periode|binnen\s+hun)", purpose)[0]
    purpose = re.split(r"\s+(?:kan|kunnen|mag|mogen|moet|moeten|wordt|worden|werd|werden|is|zijn)\s", purpose)[0]
    # ("subsidie voor de studiekosten kan worden teruggevorderd": the sentence's verb ends the name)
    purpose = re.sub(r"(?:\s+(?:goed|toe|op|uit|vast|af|mee))+$", "", purpose)  # the verb's particle: "keurt … goed"
    words = re.sub(r"\s+\d+$", "", purpose).split()  # a footnote mark ("studenten 1")
    if len(words) < 2 or len(words) > _MAX_WORDS + 1:
        return ""
    if _PERIOD_PURPOSE.fullmatch(" ".join(words[1:])):
        return ""  # "subsidie voor 6 jaar", "voor het werkjaar 2024": how long, not what for
    if re.search(rf"\b(?:{_GRANT_NOUN})\b", " ".join(words[1:]), re.IGNORECASE):
        return ""  # "subsidie voor studiekosten en subsidie voor studieverlof": two grants, neither named
    return f"{noun.lower()} {' '.join(words)}".strip(" ,")


@functools.lru_cache(maxsize=4096)
def _is_organisation(name: str) -> bool:
    """Whether the whole name is an organisation the vocabulary knows ("Commissie Hoger Onderwijs")."""
    from .entities import find_organisations

    return any(o.start == 0 and o.end >= len(name) - 1 for o in find_organisations(name))


# -- organisations around a name --------------------------------------------------------------


def _orgs(text: str) -> list:
    from .entities import find_organisations
    return find_organisations(text)


def _org_list(text: str) -> list[str]:
    """Canonical organisations in a short list ("de VU, UU, UM en UL"), in order, deduplicated."""
    return list(OrderedDict.fromkeys(o.canonical for o in _orgs(text)))


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


# who grants, approves or regulates is the principal, not the coordinator
_PRINCIPAL = re.compile(r"\b(?:Regering|Minister|Ministerie|Staatssecretaris|Departement|Kamer|Parlement|"
                        r"Gemeenschap|Overheid|overheid|Kabinet)\b")
# a group of institutions that receives a grant: "aan de Vlaamse universiteiten", "aan de hogescholen"
_COLLECTIVE = re.compile(r"^(?:de\s+|het\s+|alle\s+)?(?P<x>(?:(?:Vlaamse|Nederlandse|Brusselse|Europese|"
                         r"Nederlandstalige|bekostigde|betrokken)\s+)?(?:universiteiten|hogescholen|associaties|"
                         r"hogeronderwijsinstellingen|onderwijsinstellingen|instellingen\s+voor\s+hoger\s+onderwijs|"
                         r"kennisinstellingen|studentenverenigingen|studentenbonden))\b")


_RECIPIENT = re.compile(r"\b(?:ten\s+gunste\s+van|ter\s+beschikking\s+(?:gesteld\s+)?(?:van|aan)|"
                        r"(?:overgedragen|overgeheveld|toegewezen|overgemaakt|uitbetaald)\s+aan)\s+(?:de|het)?\s*"
                        r"(?P<x>[^.;,()]{2,80})")


_NEEDS[_RECIPIENT] = ((("gunste", "beschikking", "overgedragen", "overgeheveld", "toegewezen", "overgemaakt",
                         "uitbetaald"),), False)


def _principal(org: str) -> bool:
    return bool(_PRINCIPAL.search(org))


def _coordinator(sentence: str) -> str:
    m = _COORD.search(sentence)
    if not m:
        return ""
    span = next(g for g in m.groups() if g)
    orgs = [o for o in _org_list(span) if not _principal(o)]
    if orgs:
        return orgs[0]
    if m.group("g") or m.group("h"):
        c = _COLLECTIVE.match(span.strip())
        if c:
            return c.group("x")  # "kent … toe aan de Vlaamse universiteiten": the recipients
    return ""


# abbreviations after "van" that name a place, a union of states or a period, not an owner
_NOT_AN_OWNER = frozenset("EU VN VS UK NL BE EC EP EER EVA OESO OECD BBP BNP COVID ECTS ICT STEM".split())


def _list_after_name(text: str, end: int) -> list[str]:
    """"X van de VU, UU, UM en UL": the owners named right after the initiative."""
    m = re.match(r"\s*[’'”\"»]?\s*(?:van|of|by|door)\s+(?:de|het|the)?\s*([^.;:()]{2,160})", text[end:])
    if not m:
        return []
    chunk = m.group(1)
    # stop at the first verb-ish break: a lowercase word that is not a list connector, unless it is
    # part of an organisation's name that began before it ("de Nationale ombudsman uit 2017")
    cut = re.search(r"\s(?!en\b|and\b|de\b|het\b|van\b|of\b|the\b|voor\b)[a-z]{2,}\b", chunk)
    found = list(OrderedDict.fromkeys(o.canonical for o in _orgs(chunk) if not cut or o.start < cut.start()))
    if not found:
        # a body the vocabulary does not know, written as one: "de Monitor Leveringszekerheid van TenneT",
        # "rapport van het UWV" (an abbreviation or a name with capitals inside, alone before a break)
        abbr = re.match(r"([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z]+)?)(?=\s*(?:[,;.)]|$|\s(?:en\s)?[a-z]))", chunk)
        if abbr and abbr.group(1) not in _NOT_AN_OWNER and not re.search(r"\d", abbr.group(1)):
            found = [abbr.group(1)]
    return found


# -- the stage functions ---------------------------------------------------------------------


def _country(doc: Document) -> str:
    """Where an initiative sits when the text does not say: the document's side of the border."""
    t = doc.text[:20000]
    be = len(re.findall(r"\bVla(?:ams|amse|anderen)\b|\bBelgi", t))
    nl = len(re.findall(r"\bNederland(?:se)?\b|\bTweede Kamer\b|\bOCW\b|\bRijksoverheid\b", t))
    if be > nl:
        return "België"
    if nl > be:
        return "Nederland"
    return ""


def _vocab(text: str) -> tuple[list[str], list[str]]:
    """Target groups and topics of a text (new lists: callers keep and extend them)."""
    tg, tp = _vocab_of(text)
    return list(tg), list(tp)


@functools.lru_cache(maxsize=4096)
def _vocab_of(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(remembered: a sentence naming several initiatives is looked up once)"""
    try:
        from .entities import find_target_groups, find_topics
    except ImportError:  # pragma: no cover - entities.py is written alongside
        return (), ()
    return tuple(find_target_groups(text)), tuple(find_topics(text))


def _funding(sentences: list[str]) -> list[str]:
    return [f for s in sentences for f in _sums_in(s)]


@functools.lru_cache(maxsize=4096)
def _sums_in(sentence: str) -> tuple[str, ...]:
    """The sums of money a sentence states, as written with their qualifier (remembered)."""
    from .figures import figures_in_text
    return tuple(((f.qualifier + " ") if f.qualifier else "") + f.text for f in figures_in_text(sentence)
                 if f.unit in ("EUR", "USD", "GBP", "NLG"))


# the organisations an initiative is made of, in the sentence that names it or the next one that refers
# to it: "Het consortium bestaat uit de UGent, de KU Leuven en …", "is een samenwerking van NWO, de KNAW
# en …", "Partners zijn de TU Delft, …"
_ENUM_CUE = re.compile(r"\b(?:bestaat\s+uit|bestaande\s+uit|(?:de\s+)?partners\s+zijn|partners\s*:|met\s+als\s+partners|"
                       r"(?:een|de)\s+samenwerking\s+(?:van|tussen)|samenwerkingsverband\s+(?:van|tussen)|"
                       r"consortium\s+van|(?:is|zijn)\s+een\s+initiatief\s+van|ondertekend\s+door|getekend\s+door|"
                       r"deelnemers\s+zijn|deelnemende\s+(?:instellingen|organisaties)\s+zijn|"
                       r"consisting\s+of|partners\s+are|verenigt|verenigen|brengt\s+(?=[^.;]{0,160}\bsamen\b))\s+", re.IGNORECASE)
_REFERS_TO_IT = re.compile(r"^(?:(?:het|dit|deze|de)\s+(?:consortium|project|programma|netwerk|platform|initiatief|"
                           r"samenwerkingsverband|alliantie|werkgroep|commissie|partnerschap|akkoord|convenant)|"
                           r"(?:de\s+)?partners|deelnemers|deelnemende|(?:de\s+)?(?:penvoerder|coördinator|trekker))\b",
                           re.IGNORECASE)
# a sentence that gives the roles of the initiative the one before it names: "Penvoerder is de Hogeschool
# Gent; partners zijn …"
_ROLE_FIRST = re.compile(r"^(?:de\s+)?(?:penvoerder|coördinator|trekker)\b", re.IGNORECASE)
# the years an initiative runs, said in its sentence: "voor de periode 2023-2025", "looptijd van 2021 tot en met 2024"
_PERIOD_SAID = re.compile(r"\b(?:periode|looptijd)\s+(?:van\s+)?((?:19|20)\d\d)\s?(?:[-–]|tot(?:\s+en\s+met)?)\s?((?:19|20)\d\d)\b")


def _refers_back(nxt: str) -> bool:
    """Whether the next sentence speaks of the initiative just named ("Het consortium bestaat uit …"), not
    of another one it names ("Het netwerk Taalbeleid Hoger Onderwijs verenigt …")."""
    ref = _REFERS_TO_IT.match(nxt.strip()) if nxt else None
    return bool(ref) and not re.match(r"\s+[A-Z#‘“\"'«]", nxt.strip()[ref.end():])


def _enumerated(sentence: str, at: int) -> list[str]:
    """Organisations listed after an enumeration cue (after the name at `at`, or anywhere when -1)."""
    out: list[str] = []
    for m in _ENUM_CUE.finditer(sentence):
        if at >= 0 and m.start() < at:
            continue
        chunk = re.split(r"[.;:](?:\s|$)|\s(?:die|dat|om|waarbij|waarin)\s", sentence[m.end():])[0]
        out.extend(o for o in _org_list(chunk) if o not in out)
    return out


# a body one meets or works with: the name after it is an organisation, not an initiative
_PARTNER_SLOT = re.compile(r"\b(?:overleg|samenwerking|gesprek|gesprekken|dialoog|afspraken|contact|partnerschap|"
                           r"samenwerkt|samenwerken|overlegt|overleggen)\b[^.;]{0,60}?\bmet\s+(?:de|het)\s+$")
_BODY_HEAD = re.compile(r"(?:Netwerk|Platform|Commissie|Werkgroep|Overleg|Raad|Forum|Stuurgroep)\b")
_REFERS_BACK = re.compile(r"^(?:hiervoor|daarvoor|hiermee|daarmee|voor dit|voor deze|het (?:programma|"
                          r"project|fonds|plan|initiatief)|dit (?:programma|project|fonds|plan))\b",
                          re.IGNORECASE)


_LIST_LINE = re.compile(r"[ \t]*(?:[•▪*–-]|\d{1,2}[.)])[ \t]+")


def _listed_after(text: str, sentence: str, b: int, nxt: str, nxt_b: int) -> list[str]:
    """The organisations of a bulleted list that the sentence naming an initiative opens ("… een Visiting
    Professorship … in samenwerking met de VLIR. Het gaat om: • … Chair – University of Pennsylvania"):
    those taking part in it. The list follows the sentence itself, or a short next one ending in ":"."""
    if sentence.rstrip().endswith(":"):
        tail = text[b:]
    elif nxt and nxt.rstrip().endswith(":") and len(nxt.split()) <= 6:
        tail = text[nxt_b:]
    else:
        return []
    out: list[str] = []
    for line in tail.lstrip("\n").split("\n")[:40]:
        if not line.strip():
            continue
        if not _LIST_LINE.match(line) and (line.rstrip().endswith((".", "?", "!")) or len(line.split()) > 30):
            break  # the list ended: running text again (readers drop the bullets of list items)
        for o in _orgs(line):
            if o.canonical not in out and not _principal(o.canonical):
                out.append(o.canonical)
    return out


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _plural_in(term: str, text: str) -> bool:
    """Whether `text` holds the term in the plural as a word of its own ("samenwerkingsakkoorden")."""
    for m in re.finditer(re.escape(term) + r"(?:en|s)\b", text):
        if m.start() == 0 or not _word_char(text[m.start() - 1]):
            return True
    return False


# what a list of courses stands near: a ruling on a diploma's equivalence lists the missing
# "opleidingsonderdelen", a study guide its "vakken" and their "studiepunten"
_COURSE_CONTEXT = re.compile(r"opleidingsonderde|\bvak(?:ken)?\b|\bcourses?\b|\bmodules?\b|studiepunt|\bECTS\b|"
                             r"\bcredits\b|curricul|leerresultat", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:;|[ \t][-–][ \t]|•|\n)[ \t]*")
_TITLE_ITEM = re.compile(r"[A-Z][^\s]*(?:\s+\S+){0,9}")


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


_BROKEN = re.compile(r"([a-zà-ÿ]{2,})-([a-zà-ÿ]{2,})")


def _mend_hyphens(name: str, text: str) -> str:
    """A word a line break cut ("Arbeidsongeschikt-heidsstelsel", "Hervor-mingsagenda") is written whole
    when the document writes it whole elsewhere."""
    if "-" not in name:
        return name
    return _BROKEN.sub(lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)) in text else m.group(0), name)


def find_initiatives(doc: Document, passages: list[Passage], kind: str | None = None) -> list[Initiative]:
    """Initiatives named in a document, one record per normalised name, with their evidence.

    Partner lists under a "Betrokken organisaties"/"Partners"/"Consortium" heading (or after "bestaande
    uit de volgende organisaties") belong to the document's main initiative: the one named most often.
    Each passage is read for the names it gives (`_read_mentions`, which fills a record from the
    sentence around each mention: `_people_around`, `_facts_around`), for a body that receives
    the money (`_fund_recipients`) and for a list of partners (`_partner_list`); `_settle` then
    gives the partner lists to the main initiative and drops and merges what is no initiative.
    `kind` is the document's kind (tag.kinds); None: detected here.
    """
    if _ruling(doc):
        return []
    by_key: "OrderedDict[str, Initiative]" = OrderedDict()
    mentions: dict[str, int] = {}
    country = _country(doc)
    partner_lists: list[tuple[str, list[str]]] = []  # (passage id, organisations)
    doc_terms = _document_terms(doc)
    cue_only: set[str] = set()  # names only a participation cue found: they need a second mention
    taken_part: set[str] = set()  # names a participation cue found at least once
    for p in passages:
        _read_mentions(doc, p, doc_terms, country, by_key, mentions, cue_only, taken_part)
        _fund_recipients(p, by_key)
        orgs_here = _partner_list(p)
        if len(orgs_here) >= 2:
            partner_lists.append((p.id, list(OrderedDict.fromkeys(orgs_here))))
    found = _settle(doc, passages, by_key, mentions, partner_lists, cue_only)
    if _examination_rules(doc):
        found = [i for i in found if normalise_name(i.name) in taken_part]
    kind = kind or _kind_of(doc, passages)
    if len(passages) >= _LONG_TEXT and kind == _UNKNOWN_KIND:
        found = [i for i in found if not _in_passing(i, taken_part)]
    body = _decreed_body(doc, passages, found)
    if body is not None:
        found.append(body)
    if kind == _GOVERNMENT_DECISION:
        found.extend(_titled_grants(doc, passages, found))
    if not any(_administrative(i.name) for i in found):
        return found
    funding = len(_FUNDING_WORD.findall(doc.text)) >= FUNDING_PER_WORD * max(1, len(doc.text.split()))
    return [i for i in found if funding or not _administrative(i.name)]


# the kind tag.kinds gives a text none of its formulas fit (no law, regulation, decision, question, motion,
# plan, report, web page or slides): a note, a list of decisions, a framework, a selection list
_UNKNOWN_KIND = "document"
_LONG_TEXT = 2  # passages: a text of one passage may well be about the one thing it names once
# what a text of such a kind names without running it: a committee, plan, frame, agreement or scheme it refers to
_REFERRED_KINDS = frozenset({"working_group", "action_plan", "framework", "agreement", "scheme", "charter",
                             "instrument", "measure"})


def _kind_of(doc: Document, passages: list[Passage]) -> str:
    from .kinds import detect_kind

    return detect_kind(doc, passages)[0]


def _in_passing(item: Initiative, taken_part: set) -> bool:
    """In a text of no kind the tagger knows (a list of decisions, a note, a framework), nothing
    around a name says the text is about it: a committee, plan, frame, agreement or scheme named in
    one passage with no fact about it (no coordinator, partner, money or period) and not taken part
    in is referred to in passing (a committee's decision list: "Ontwerpbegrotingsplan 2017";
    platforms, networks and monitors are typed as instruments and count among them). A project,
    programme, fund, pilot or alliance named once stays: its name says what it is ("Netherlands
    Genomics Initiative"). Checked only in texts of two passages or more."""
    return item.type in _REFERRED_KINDS and len(item.passage_ids) <= 1 and \
        not (item.coordinator or item.partners or item.funding or item.period) and \
        normalise_name(item.name) not in taken_part


# the title of an institution's examination rules: "Onderwijs- en examenreglement", "Onderwijsregeling,
# examenregeling en rechtspositieregeling voor studenten"
_EXAMINATION_RULES = re.compile(r"examen(?:reglement|regeling)", re.IGNORECASE)


def _examination_rules(doc: Document) -> bool:
    """An institution's education and examination rules: the committees, tests, codes and procedures
    they name are the institution's own standing rules, not initiatives. What they name is one only
    when the text takes part in it, an outside programme ("overeenkomsten in het kader van Erasmus
    Lifelong Learning Programme")."""
    heads = [doc.title or ""] + [b.text for b in doc.blocks[:6] if b.kind == "heading"][:3]
    return any(_EXAMINATION_RULES.search(h) for h in heads)


# the formulas of an appeal board's ruling: its number ("Arrest nr. 8.224 van 16 januari 2023 in de zaak
# 2022/0798", "Rolnr. 2022/0798", "rolnummer 2019/246"), and the "verzoekende partij" who appeals (the
# other side is named in several ways)
_JUDGMENT = re.compile(r"\b(?:Arrest|Beslissing|Uitspraak)\s+nr\.\s*\d|\bRolnr\.|\brolnummer\s+\d|"
                       r"\bin\s+de\s+zaak\s+\d{4}/\d")
_APPELLANT = "verzoekende partij"


def _ruling(doc: Document) -> bool:
    """A ruling, or a collection of them, decides one student's case against an institution: the
    programmes, tests, courses and committees it names are the facts of that case, never an
    initiative the text sets up or reports on."""
    return _APPELLANT in doc.text and bool(_JUDGMENT.search(doc.text))


# the title of a minister's decree or regulation that sets a body up: "Besluit van de Minister van … houdende
# instelling van een Cyber Security Raad", "Instellingsbesluit Taskforce …" (a law that sets up a
# permanent council, "Wet … tot instelling van de Adviesraad …", makes an organisation)
_SETS_UP_BODY = re.compile(r"^(?:(?:Besluit|Regeling)\b[^\n]*?\bhoudende\s+(?:de\s+)?instelling\s+van\s+(?:een|de|het)\s+|"
                           r"(?:Instellingsbesluit|Instellingsregeling|Instelling)\s+)(?P<name>[A-Z][^()\n,]{2,100}?)\s*(?:\(|$)")


def _decreed_body(doc: Document, passages: list[Passage], found: list[Initiative]) -> Initiative | None:
    """The body a decree sets up, by its title, when the text named it in no record: the decree is
    about that body ("… houdende instelling van een Cyber Security Raad", whose articles say only "de
    Raad"), even when its name ends like an organisation's. None when a record already names a body
    of the decree (its own spelling, "Evaluatiecommissie KNAW", is kept)."""
    m = _SETS_UP_BODY.match(" ".join((doc.title or "").split()))
    if not m:
        return None
    name = m.group("name").strip()
    key = normalise_name(name)
    words = {w for w in key.split() if len(w) >= 5}
    if not key or _is_organisation(name) or len(name.split()) > _MAX_WORDS:
        return None
    if any(normalise_name(i.name) == key or _BODY_WORD.search(i.name) and words & set(normalise_name(i.name).split())
           for i in found):
        return None
    stating = [p.id for p in passages if name in p.text][:3] or [p.id for p in passages[:1]]
    return Initiative(name=name, type=_type_of(name) or "working_group", country=_country(doc),
                      passage_ids=stating, doc_ids=[doc.id])


_GOVERNMENT_DECISION = "government_decision"  # tag.kinds: a government's decision, as its press summary gives it
# where the title of such a summary ends and its body begins: "… studentenhuisvesting Ontwerpbesluit van de
# Vlaamse Regering tot …", "… Agro-Incubator A. Twee ontwerpen …"
_DECISION_BODY = re.compile(r"\s(?:Ontwerpbesluit|Voorontwerp|Ontwerpdecreet|Ontwerp\s+van|A\.)\s")
# a grant by its kind of money: "investeringssubsidie", "Mobiliteitsbeurs", "projectsubsidie", "toelage", "premie"
_GRANT_WORD = re.compile(r"[\wà-ÿ-]*(?:subsidie|beurs|toelage|premie)", re.IGNORECASE)
# the items of a title's subject, one grant each: "financiering van NERF, … en investeringssubsidie Agro-Incubator"
_TITLE_ITEMS = re.compile(r",\s+|\s+en\s+(?=[\wà-ÿ-]*(?:subsidie|beurs|toelage|premie|financiering)\b)", re.IGNORECASE)


def _decision_title(text: str) -> str:
    """The title a government decision's summary opens with, up to where its body begins ('' when
    that is not within the first 300 characters): "vzw Brik – Student in Brussel: investeringssubsidie
    aankoop pand voor studentenhuisvesting"."""
    m = _DECISION_BODY.search(text, 0, 300)
    return " ".join(text[:m.start()].split()) if m else ""


def _titled_grants(doc: Document, passages: list[Passage], found: list[Initiative]) -> list[Initiative]:
    """The grant a government decision is about, as its title names it by its kind of money and what it
    pays for ("vzw Brik – Student in Brussel: investeringssubsidie aankoop pand voor studentenhuisvesting"),
    when the text names no initiative: a decision that grants a subsidy is about an initiative, and
    when none is named, the grant is that initiative. A decision that names one is about that one (its
    title's grant, "subsidie ondersteunen STEM-didactiek", pays for "iSTEM inkleuren" and
    "STEMvoordeBasis"); a grant whose words name an initiative of their own ("subsidie opvolging
    Actieplan Mentaal Welzijn") is left to that initiative."""
    if found:
        return []
    title = _decision_title(doc.text)
    subject = title.split(": ", 1)[-1]
    out: list[Initiative] = []
    for item in _TITLE_ITEMS.split(subject):
        words = item.split()
        if not 2 <= len(words) <= 10 or not _GRANT_WORD.fullmatch(words[0]) or _has_type_word(words[1:]) >= 0:
            continue
        name = _clean(item)
        if not name:
            continue
        money = _GRANT_WORD.fullmatch(words[0]).group(0).lower()
        funding = [f for sentence in _SENT.split(doc.text) if money in sentence.lower() and _BUDGET.search(sentence)
                   for f in _funding([sentence])]
        out.append(Initiative(name=name, type="fund", country=_country(doc), funding=list(dict.fromkeys(funding)),
                              passage_ids=[p.id for p in passages[:1]], doc_ids=[doc.id]))
    return out


_FUNDING_WORD = re.compile(r"\bsubsidie\w*", re.IGNORECASE)
FUNDING_PER_WORD = 0.005  # "subsidie" in at least 5 of every 1,000 words: the document grants money


def _administrative(name: str) -> bool:
    return bool(_ADMINISTRATIVE_REGULATION.fullmatch(name)) and not _SCHEME_PURPOSE.search(name) \
        and not _YEARS.search(name)


def _document_terms(doc: Document) -> frozenset:
    """The lower-case instrument names a document repeats ("mensenrechtentoets"): only those count."""
    counts: dict[str, int] = {}
    title = normalise_name(doc.title or "")
    kinds: set[str] = set()
    for start, _, word in _lower_compounds(doc.text):
        term = _singular(word)
        if term not in title:  # the document's own kind ("regeerakkoord" in a coalition agreement)
            counts[term] = counts.get(term, 0) + 1
        if re.search(r"\b(?:een|elk|elke|ieder|iedere)\s+(?:\w+\s+)?$", doc.text[max(0, start - 30):start]):
            kinds.add(term)
    # "een bijkomend samenwerkingsakkoord", "de nodige samenwerkingsakkoorden": one of a kind, not a named one
    kinds = {t for t in kinds if _plural_in(t, doc.text)}
    doc_terms = frozenset(t for t, n in counts.items() if n >= 2 and t not in kinds)
    return doc_terms


def _read_mentions(doc: Document, p: Passage, doc_terms: frozenset, country: str, by_key, mentions: dict,
                   cue_only: set, taken_part: set) -> None:
    """The initiatives a passage names, each mention added to its record (longest names first)."""
    text = p.text
    described: set[tuple[int, int]] = set()
    participating: set[tuple[int, int]] = set()
    vouched: set[tuple[int, int]] = set()
    cands = _candidates(text, doc_terms, described, participating, vouched)
    # longest first, so "Landelijk Kader Studentenwelzijn 2023-2030" wins over parts of it
    taken: list[tuple[int, int]] = []
    starts: list[int] | None = None  # the passage's sentence starts, found once when needed
    for s, e, name, typ in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        cued = (s, e) in participating
        if any(a <= s < b or a < e <= b for a, b in taken):
            # overlapping a longer candidate: same mention; a programme taken part in, named inside
            # a longer name, is a second thing ("projectsubsidie voor deelname aan Europese Universiteiten")
            if not (cued and any(a < s and e <= b for a, b in taken)):
                continue
        taken.append((s, e))
        if _BODY_HEAD.match(name) and _PARTNER_SLOT.search(text, max(0, s - 100), s):
            continue  # "overleg aangegaan met het Netwerk Brandweer": a body one talks with
        if _in_course_list(text, s, e):
            continue  # "… Leadership in Health Care; Hospital Project.": a course of a study programme
        name = _mend_hyphens(name, doc.text)
        key = normalise_name(name)
        if not key or not_an_initiative(name, quoted=s > 0 and text[s - 1] in "«‘“\"'„”",
                                        described=(s, e) in described or cued, vouched=(s, e) in vouched or cued and _proper_compound(name, doc.text)):
            continue
        if cued:
            taken_part.add(key)
        if cued and key not in by_key:
            cue_only.add(key)
        elif not cued:
            cue_only.discard(key)
        mentions[key] = mentions.get(key, 0) + 1
        if starts is None:
            starts = _sentence_starts(text)
        a, b = _sentence_at(text, s, starts)
        sentence = text[a:b]
        nxt_a, nxt_b = _sentence_at(text, min(b, len(text) - 1), starts) if b < len(text) else (b, b)
        nxt = text[nxt_a:nxt_b] if nxt_a >= b else ""
        item = by_key.get(key)
        if item is None:
            item = by_key[key] = Initiative(name=name, type=typ, country=country)
        elif len(name) > len(item.name) and normalise_name(name) == key:
            item.name = name  # keep the fullest spelling ("STEM-actieplan 2012-2020")
        if not item.type and typ:
            item.type = typ
        if p.id not in item.passage_ids:
            item.passage_ids.append(p.id)
        if doc.id not in item.doc_ids:
            item.doc_ids.append(doc.id)
        _people_around(item, text, s, e, a, sentence, nxt)
        _facts_around(item, text, e, name, sentence, b, nxt, nxt_b)


# "… van start gegaan, als samenwerking tussen het Vlaams Mensenrechteninstituut en het Agentschap
# Justitie en Handhaving": the parties of a joint initiative, after its name
_BETWEEN = re.compile(r"\b(?:samenwerking(?:sverband)?|partnerschap|collaboration|partnership)\s+(?:tussen|between)\s+"
                      r"(?P<parties>[^.;:()]{4,200})", re.IGNORECASE)
_PARTY_SPLIT = re.compile(r"\s*,\s*(?:en\s+|and\s+)?|\s+(?:en|and)\s+(?=(?:de|het|the)\s)", re.IGNORECASE)
_PARTY = re.compile(r"(?:(?:de|het|the)\s+)?(?P<name>[A-Z][\wà-ÿ&’'-]*(?:\s+(?:[A-Z][\wà-ÿ&’'-]*|en|voor|van|of|and|for)){0,6})$")


def _parties_between(after: str) -> list[str]:
    """The parties named after "als samenwerking tussen", each an organisation the vocabulary knows or
    a capitalised name ("het Agentschap Justitie en Handhaving" holds an "en" of its own: the list is
    cut only before "en de/het")."""
    m = _BETWEEN.search(after)
    if not m:
        return []
    out: list[str] = []
    for part in _PARTY_SPLIT.split(m.group("parties").strip()):
        known = _org_list(part)
        party = _PARTY.match(part.strip())
        if len(known) == 1:
            out.append(known[0])
        elif party and not re.search(r"\s(?:en|voor|van|of|and|for)$", party.group("name")):
            out.append(party.group("name"))
    return out


def _people_around(item: Initiative, text: str, s: int, e: int, a: int, sentence: str, nxt: str) -> None:
    """Coordinator and partners from the sentence that names the initiative (and the next one
    when it refers back): who acts "samen met" whom, an agreement's parties, an owner after the
    name or in the clause before it, a list line's organisation."""
    if not item.coordinator:
        item.coordinator = _coordinator(sentence)
    if not item.coordinator and nxt and _ROLE_FIRST.match(nxt.strip()):
        item.coordinator = _coordinator(nxt)
    parties = re.search(r"\btussen\s+(.+?)\s+(?:betreffende|inzake|over|rond)\b", text[s:e])
    if parties:  # "overeenkomst tussen de Vlaamse Gemeenschap en de VLIR betreffende …": its parties
        for o in _org_list(parties.group(1)):
            if o not in item.partners:
                item.partners.append(o)
    for o in _parties_between(sentence[e - a:]):
        if o not in item.partners and o != item.coordinator:
            item.partners.append(o)
    together = _TOGETHER.search(sentence)
    works = None if together else _WORK_TOGETHER.search(sentence)
    if together:
        who = _org_list(sentence[together.end():])
        before = _orgs(sentence[:together.start()])
        subj = list(OrderedDict.fromkeys(o.canonical for o in before))
        lead = before[-1] if before and together.start() - before[-1].end <= 2 and \
            not _principal(before[-1].canonical) else None
        if lead is not None and not item.coordinator and s - a > together.start():
            # "UNL samen met het ministerie van OCW, … heeft het Landelijk Kader … opgesteld":
            # who acts with the others leads
            item.coordinator = lead.canonical
        for o in subj[-1:] + who:
            if o not in item.partners and o != item.coordinator:
                item.partners.append(o)
    elif works:
        for o in _org_list(sentence[:works.start()]):
            if o not in item.partners:
                item.partners.append(o)
    taking_part = []
    if re.match(r"\s*(?:de\s+)?(?:partners|deelnemers)\s+(?:in|van|aan|bij)\s", sentence, re.IGNORECASE) or \
            re.match(r"\s*aan\s", sentence, re.IGNORECASE):
        # "Partners in het project X zijn A en B", "Aan het programma X nemen A, B en C deel"
        part = re.match(r"\s*(?:zijn|waren|nemen|namen)\s+([^.;:]{2,200})", text[e:])
        if part:
            taking_part = _org_list(re.split(r"\s(?:deel|mee)\b", part.group(1))[0])
    for o in _enumerated(sentence, s - a) + taking_part + (_enumerated(nxt, -1) if _refers_back(nxt) else []):
        if o not in item.partners and o != item.coordinator:
            item.partners.append(o)
    if item.type in ("agreement", "charter"):
        # "de hoofdlijnenakkoorden met de HBO-raad en de VSNU": an agreement's parties
        with_ = re.match(r"\s*(?:\([^)]{0,40}\)\s*)?(?:met|tussen)\s+((?:de|het)\s+[^.;:()]{2,120})", text[e:])
        if with_:
            chunk = re.split(r"\s(?!en\b|de\b|het\b|van\b)[a-z]{3,}\b", with_.group(1))[0]
            for o in _org_list(chunk):
                if o not in item.partners and not _principal(o):
                    item.partners.append(o)
    dash = re.match(r"[^\n–]{0,120}?\s[–—-]\s+([^\n]{2,90})(?:\n|$)", text[e:])
    if dash and not item.coordinator:
        # a list line "The Peter Paul Rubens Chair for … – University of California, Berkeley"
        line_orgs = _orgs(dash.group(1))
        if len({o.canonical for o in line_orgs}) == 1 and line_orgs[0].start <= 4 and \
                line_orgs[0].end >= len(dash.group(1).split("(")[0].rstrip()) - 1:
            item.coordinator = line_orgs[0].canonical
    owners = _list_after_name(text, e)
    acr_owner = re.match(r"\s*\([A-Z][\w&+-]{1,9},\s*([^)]{2,40})\)", text[e:])
    if acr_owner and not item.coordinator:
        named = [o for o in _org_list(acr_owner.group(1)) if not _principal(o)]
        if len(named) == 1:
            item.coordinator = named[0]  # "Evaluating Research in Context (ERiC, NWO)"
    if not owners and not item.coordinator:
        # "VLIR en VLHORA hebben een gezamenlijk Charter opgesteld", "VLIR stelt nu een
        # mensenrechtentoets ter beschikking": the organisations in the clause before it
        clause = re.split(r"[,;:]\s", sentence[:s - a])[-1]
        if not _COORD.search(clause):
            owners = [o for o in _org_list(clause) if o not in item.partners]
    owners = [o for o in owners if not _principal(o)]  # the government that decides is no owner
    if len(owners) == 1 and not item.coordinator:
        item.coordinator = owners[0]
    elif len(owners) > 1:
        item.partners.extend(o for o in owners if o not in item.partners)


def _facts_around(item: Initiative, text: str, e: int, name: str, sentence: str, b: int, nxt: str, nxt_b: int) -> None:
    """Period, listed partners, funding, target groups and topics from around a mention."""
    if not item.period:
        pm = _PERIOD_AFTER.match(text[e:e + 15]) or _YEARS.search(name)
        if pm:
            item.period = re.sub(r"\s", "", pm.group(0).strip(" ()"))
        else:
            sm = _STARTED.search(sentence)
            said = _PERIOD_SAID.search(text, e, b)  # after the name: its own period, not the sentence's
            if said:
                item.period = f"{said.group(1)}-{said.group(2)}"
            elif sm and ("gestart" in sm.group(0) or "opgericht" in sm.group(0)):
                item.period = sm.group(1) + "-"
    for o in _listed_after(text, sentence, b, nxt, nxt_b):
        if o not in item.partners and o != item.coordinator:
            item.partners.append(o)
    fund_sents = [sentence] + ([nxt] if nxt and _REFERS_BACK.match(nxt.strip()) else [])
    for f in _funding(fund_sents):
        if f not in item.funding:
            item.funding.append(f)
    tg, tp = _vocab(sentence)
    item.target_groups.extend(t for t in tg if t not in item.target_groups)
    item.topics.extend(t for t in tp if t not in item.topics)


def _fund_recipients(p: Passage, by_key) -> None:
    """The money of a funded initiative goes to a body named elsewhere in the passage: "Het bedrag
    wordt … vrijgemaakt ten gunste van het Agentschap Innoveren & Ondernemen"."""
    text = p.text
    for r in _matches(_RECIPIENT, text):
        who = [o for o in _org_list(r.group("x")) if not _principal(o)][:1]
        if not who:
            continue
        for item in by_key.values():
            if p.id in item.passage_ids and item.funding and not item.coordinator and \
                    item.type not in ("action_plan", "framework", "agreement"):
                item.coordinator = who[0]


def _partner_list(p: Passage) -> list[str]:
    """The organisations listed under a partner heading or lead-in ("Partners", "bestaande uit de
    volgende organisaties:") in a passage."""
    text = p.text
    heading = p.heading[-1] if p.heading else ""
    segs = [s.strip() for s in text.split("\n\n") if s.strip()]
    in_list = bool(_PARTNER_HEADING.match(heading))
    orgs_here: list[str] = []
    for seg in segs:
        if _PARTNER_HEADING.match(seg) and len(seg.split()) <= 4:
            in_list = True
            continue
        if seg.rstrip().endswith(":") and _PARTNER_LEAD.search(seg):
            in_list = True
            continue
        if in_list:
            if len(seg.split()) > 10 or seg.rstrip().endswith((".", "?", "!")):
                if orgs_here:
                    break
                continue
            found = _orgs(seg)
            if found:
                orgs_here.append(found[0].canonical)
            elif orgs_here:
                break  # the list ended (e.g. "Meer informatie")
    return orgs_here


_TEST_TERM = re.compile(r"[a-zà-ÿ]{4,}toets(?:en)?")


def _unowned_test(item: Initiative) -> bool:
    """A test or check named only as a lower-case compound ("instellingstoets", "middelentoets",
    "sneltoetsen") with no organisation behind it: how a law, a regulation or a ruling assesses
    something, not an initiative. One an organisation offers ("VLIR stelt nu een mensenrechtentoets
    ter beschikking") has a coordinator, and stays."""
    return bool(_TEST_TERM.fullmatch(item.name)) and not item.coordinator and not item.partners


def _settle(doc: Document, passages: list[Passage], by_key, mentions: dict, partner_lists: list, cue_only: set) -> list[Initiative]:
    """Partner lists to the main initiative (the one named most often), target groups and topics
    from the passages of a record without them, then the records that are no initiative dropped
    (named once by a cue alone; a "Regeling" granting no money; a report) and aliases and variants merged."""
    if partner_lists and by_key:
        main_key = max(by_key, key=lambda k: (mentions.get(k, 0), -list(by_key).index(k)))
        main = by_key[main_key]
        for pid, orgs in partner_lists:
            for o in orgs:
                if o not in main.partners:
                    main.partners.append(o)
            if pid not in main.passage_ids:
                main.passage_ids.append(pid)
    # an initiative's target groups and topics: add those of the passages it is named in
    pid_text = {p.id: p.text for p in passages}
    for item in by_key.values():
        if not item.target_groups and not item.topics:
            joined = " ".join(pid_text.get(pid, "") for pid in item.passage_ids[:3])
            tg, tp = _vocab(joined)
            item.target_groups, item.topics = tg, tp
        if item.coordinator and item.coordinator in item.partners and len(item.partners) == 1:
            item.partners = []
    # a report ("Eindrapport …", "Evalueerbaarheid Programmabegroting") is what an initiative produces;
    # "instellingstoets", "wettigheidstoets" are checks the rules apply, nobody's initiative
    for key in [k for k, it in by_key.items() if it.type == "report" or _unowned_test(it)]:
        del by_key[key]
    for key in cue_only:
        item = by_key.get(key)
        if item is not None and _has_type_word(item.name.split()) < 0 and \
                _whole_mentions(item.name, doc.text, 2) < 2:
            del by_key[key]  # named once, by a cue alone: not enough to call it an initiative
    if not re.search(r"subsidie|bekostiging|budget|€\s?\d|\d\s?(?:miljoen\s+)?euro\b", doc.text, re.IGNORECASE):
        for key in [k for k, it in by_key.items() if it.type == "scheme" and re.match(r"Regeling\b", it.name)]:
            del by_key[key]  # "Regeling aanmelding en toelating hoger onderwijs": rules that grant no money
    _merge_aliases(doc.text, by_key)
    found = _merge_variants(list(by_key.values()))
    _scheme_funding(doc, found, passages)
    return found


_BUDGET = re.compile(r"subsidieplafond|plafond|budget|beschikbaar|bedraagt|ten hoogste|maximaal|toegekend|"
                     r"kent\b.*\btoe|uitgetrokken|gereserveerd|subsidie\b.*\bvoorzien|vrijgemaakt", re.IGNORECASE)
_BUDGET_WORDS = ("plafond", "budget", "beschikbaar", "bedraagt", "ten hoogste", "maximaal", "toegekend", "kent",
                 "uitgetrokken", "gereserveerd", "voorzien", "vrijgemaakt")


def _named_in(core: str, title: str) -> bool:
    """Whether a title names an initiative: its name as a run of the title's words, or all its
    words but numbers in the title ("Convenant 2024-2028 Expertisecellen Wetenschapscommunicatie"
    in the file-name title "… beslissing convenant expertisecellen wetenschapscommunicatie")."""
    if core in title:
        return True
    words = [w for w in core.split() if not w.isdigit()]
    return len(words) >= 2 and set(words) <= set(title.split())


def _scheme_funding(doc: Document, items: list[Initiative], passages: list[Passage]) -> None:
    """A regulation or decision sets the budget of the scheme it is about in sentences that do not
    name it ("Het subsidieplafond bedraagt € 10.800.000 voor 2010 en 2011", "Voor het convenant
    2024-2028 wordt een jaarlijkse subsidie van 2,29 miljoen euro voorzien"): those sums belong to
    the document's scheme, the scheme, fund, programme or covenant its title names (the one named most
    often, if the title names several)."""
    title = normalise_name(doc.title or "")
    # the short title a regulation gives itself names its scheme too ("wordt aangehaald als: Regeling
    # Sirius programma 2010" under a long title that never says "Sirius")
    cited = {_core(_clean(m.group(1))) for m in _CITED_AS.finditer(doc.text)}
    schemes = [it for it in items if it.type in ("scheme", "fund", "programme", "pilot", "agreement") and _core(it.name)
               and (_named_in(_core(it.name), title) or _core(it.name) in cited)]
    if not schemes:
        return  # a letter or a report names many schemes: its sums stay with the sentences that name them
    main = max(schemes, key=lambda it: (len(it.passage_ids), -items.index(it)))
    if not main.coordinator:
        main.coordinator = _executor(doc.text)
    for p in passages:
        low = _lower(p.text)
        if low is not None and not any(w in low for w in _BUDGET_WORDS):
            continue
        for sentence in _SENT.split(p.text):
            if _BUDGET.search(sentence):
                for f in _funding([sentence]):
                    if f not in main.funding:
                        main.funding.append(f)


_CHAIR_ALIAS = re.compile(r"^Cie[ -]")  # "Cie Vermeend": the committee Vermeend chaired


def _merge_aliases(text: str, by_key: "OrderedDict[str, Initiative]") -> None:
    """"quantumveilige Cryptografie (QvC-Rijk)", "Code Interbestuurlijke Verhoudingen (Code IBV)" define an
    abbreviation, "Commissie Uitgangspunten Nieuw Studiefinancieringsstelsel (Cie Vermeend)" the name a
    committee goes by after its chair: a record of the short name alone is the same initiative."""
    aliases: dict[str, str] = {}
    for key, item in by_key.items():
        if len(item.name) < 4:
            continue
        for m in re.finditer(re.escape(item.name) + r"\s*\(([A-Z][\w+-]{1,20}|[A-Z][\w-]{1,20}\s[A-Z]{2,10}|"
                             r"(?:Cie|Commissie)[ -][A-Z][\w-]{2,20})\)", text):
            # (a two-word alias keeps the kind before the abbreviation: "Code Interbestuurlijke Verhoudingen (Code IBV)";
            # a committee is also called after its chair: "Commissie Uitgangspunten … (Cie Vermeend)")
            akey = normalise_name(_CHAIR_ALIAS.sub("Commissie ", m.group(1)))
            if akey and akey != key:
                aliases.setdefault(akey, key)
    for akey, key in aliases.items():
        if akey in by_key and key in by_key and akey not in aliases.values():
            short = by_key.pop(akey)
            full = by_key[key]
            name = full.name
            _absorb(full, short)
            full.name = name  # the spelled-out name, not the abbreviation


# the body a regulation has its scheme run by: "Uitvoering door de Nuffic", "Aan de Nuffic wordt … mandaat
# verleend", "De aanvraag wordt ingediend bij de Stichting Platform Bèta en Techniek", "begeleidt de projecten"
_EXECUTES = re.compile(
    r"(?:uitvoering\s+door|ingediend\s+bij|mandaat\s+(?:verleend\s+)?aan|wordt\s+uitgevoerd\s+door|"
    r"belast\s+met\s+de\s+uitvoering|voert\s+(?:de|het|deze)\s+\w+\s+uit)\s+(?:de|het)?\s*(?P<a>[^.;,\n]{2,80})"
    r"|(?:^|\.\s+|\n)(?:Aan\s+)?(?:De|Het)\s+(?P<b>[^.;,\n]{2,60}?)\s+(?:begeleidt|beheert|voert|wordt\s+mandaat)\b",
    re.IGNORECASE)


def _executor(text: str) -> str:
    """The organisation a regulation names most often as the one that runs its scheme (two mentions
    at least; the minister and the ministry are the principal, not the executor)."""
    counts: dict[str, int] = {}
    for m in _EXECUTES.finditer(text):
        for o in _org_list(m.group("a") or m.group("b") or "")[:1]:
            if not re.search(r"Minister|Ministerie|Regering|Staatssecretaris", o):
                counts[o] = counts.get(o, 0) + 1
    if not counts:
        return ""
    best = max(counts, key=counts.get)
    return best if counts[best] >= 2 else ""


@functools.lru_cache(maxsize=16384)
def _core(name: str) -> str:
    """A name without the type words that only say what kind of act it is ("Subsidieregeling",
    "Relanceplan", "Plan" in front; "programma" behind): the merge key of spellings within one
    document ("Regeling Sirius programma 2010" = "Sirius Programma" = "Regeling Sirius")."""
    words = normalise_name(_SCHEME_PREFIX.sub("", normalise_name(name))).split()
    while len(words) > 1 and words[-1] in _TYPE_WORDS:
        words.pop()
    return " ".join(words)


_PLACE_PREFIX = re.compile(r"^(?:flanders|vlaanderen|vlaams|vlaamse|nederland|nederlands|nederlandse|dutch|flemish)\s+")


def _merge_variants(items: list[Initiative]) -> list[Initiative]:
    """One record for the spellings of one initiative in a document: "Subsidieregeling Huygens
    Scholarship Programme" and "Huygens Scholarship Programme", "Plan Vlaamse Veerkracht" and
    "Relanceplan Vlaamse Veerkracht" (same name once the type words of the act are off, and that name
    is specific: two words, or one written with a capital, as a name is). The fullest spelling is
    kept; roles are unioned."""
    out: list[Initiative] = []
    for it in _merge_wrapped(_merge_acronyms(_merge_prefixes(items))):
        core = _core(it.name)
        bare = _PLACE_PREFIX.sub("", core)
        if bare != core and (len(bare.split()) >= 2 or any(w[:1].isupper() and len(w) >= 6 and _fold(w).lower() == bare
                                                          for w in it.name.split())):
            core = bare  # "Flanders Future Techfund" = "Future Techfund": the place says whose it is
        specific = len(core.split()) >= 2 or (len(core) >= 4 and any(
            _fold(w).lower() == core and w[:1].isupper() for w in re.findall(r"[\w+-]+", it.name)))
        same = next((o for o in out if specific and _PLACE_PREFIX.sub("", _core(o.name)) in (core, _core(o.name))
                     and (_core(o.name) == core or _PLACE_PREFIX.sub("", _core(o.name)) == core)), None)
        if same is None:
            out.append(it)
            continue
        _absorb(same, it)
    return out


# Words that wrap an initiative's name without naming another thing: the act or text that is about
# it ("Regeling subsidie …", "BNC-fiche Mededeling Nieuw …", "… programme guide") and the kind of
# thing it is ("project ‘KENNISDIFFUSIE’"). Bodies (commissie, stuurgroep, netwerk) are not among
# them: "Commissie Politie en Wetenschap" is a second thing beside "Politie en Wetenschap".
_WRAPPER_WORDS = frozenset(
    "regeling subsidieregeling kaderregeling beleidsregel beleidsregels beleidsuitgangspunten uitgangspunten "
    "besluit subsidiebesluit tijdelijke tijdelijk subsidie "
    "subsidiering mededeling fiche bncfiche bnc nota guide gids handleiding leidraad nieuw nieuwe "
    "project programma programme program onderzoeksprogramma".split())


def _wrapped_in(outer: list[str], inner: list[str]) -> bool:
    """Whether the words of one name are those of another with only wrapper words around them."""
    n = len(inner)
    for i in range(len(outer) - n + 1):
        if outer[i:i + n] == inner:
            rest = outer[:i] + outer[i + n:]
            return bool(rest) and all(w in _WRAPPER_WORDS for w in rest)
    return False


def _merge_wrapped(items: list[Initiative]) -> list[Initiative]:
    """"Regeling subsidie onderzoeksprogramma Politie en Wetenschap" and "Politie en Wetenschap",
    "BNC-fiche Mededeling Nieuw Actieplan Kapitaalmarktunie" and "Actieplan Kapitaalmarktunie",
    "Erasmus+ programme guide" and "Erasmus+": a text about an initiative, or the initiative with its
    kind in front, is no second initiative. The wrapped record goes into the bare one, which keeps its
    name (a name a reader would look up) and gains the wrapped one's facts."""
    keys = {id(it): normalise_name(it.name).split() for it in items}
    gone: set[int] = set()
    for outer in items:
        for inner in items:
            ki = keys[id(inner)]
            if outer is inner or id(inner) in gone or id(outer) in gone or not ki or \
                    all(w in _WRAPPER_WORDS for w in ki) or len(" ".join(ki)) < 4:
                continue
            if _wrapped_in(keys[id(outer)], ki):
                name = inner.name
                _absorb(inner, outer)
                inner.name = name
                gone.add(id(outer))
    return [it for it in items if id(it) not in gone]


_ACRONYM_HEAD = re.compile(r"^([A-Z]{2,6})[- ]([A-Za-zà-ÿ]{4,})$")


def _merge_acronyms(items: list[Initiative]) -> list[Initiative]:
    """"PPS-Innovatieregeling" and "Innovatieregeling voor Publiek Private Samenwerking": a short
    name whose acronym the long one spells out, around the same head word. The long one is kept."""
    gone: set[int] = set()
    for a in items:
        m = _ACRONYM_HEAD.match(a.name)
        if not m:
            continue
        acronym, head = m.group(1), m.group(2).lower()
        for b in items:
            if b is a or id(b) in gone:
                continue
            words = b.name.split()
            if head not in (w.lower() for w in words):
                continue
            initials = "".join(w[0] for w in words if w[:1].isupper() and w.lower() != head)
            if acronym in initials:
                _absorb(b, a)
                gone.add(id(a))
                break
    return [it for it in items if id(it) not in gone]


def _merge_prefixes(items: list[Initiative]) -> list[Initiative]:
    """"Masterplan Bèta" and "Masterplan Bèta en Technologie", "geschillencommissie" and
    "geschillencommissie over een geschil": one name is the other cut before a connector. A
    coordinated tail ("en Technologie") is part of the name; a prepositional one describes it."""
    keys = {id(it): normalise_name(it.name).split() for it in items}
    gone: set[int] = set()
    for a in items:
        ka = keys[id(a)]
        for b in items:
            kb = keys[id(b)]
            if a is b or id(a) in gone or id(b) in gone or len(kb) <= len(ka) or kb[:len(ka)] != ka:
                continue
            nxt = kb[len(ka)]
            if nxt not in ("en", "and", "over", "van", "voor", "rond", "inzake", "betreffende", "met", "in"):
                continue
            keep, drop = (b, a) if nxt in ("en", "and") else (a, b)
            name = keep.name
            _absorb(keep, drop)
            keep.name = name
            gone.add(id(drop))
    return [it for it in items if id(it) not in gone]


def merge_initiatives(items: list[Initiative]) -> list[Initiative]:
    """One record per initiative across documents (see `merge_groups`)."""
    return [merged for merged, _ in merge_groups(items)]


def _span(it: Initiative) -> tuple[str, str] | None:
    """The years an initiative runs, from its stated period or its name ("STEM-actieplan 2012-2020")."""
    m = _YEARS.search(it.period) or _YEARS.search(it.name)
    if not m:
        return None
    end = m.group(2)
    return m.group(1), end if len(end) == 4 else m.group(1)[:2] + end


def _cross_key(it: Initiative) -> str:
    """The name of an initiative without the words that only say what kind of act names it, when
    what is left is still a name ("Regeling Sirius programma 2010" and "Sirius Programma" ->
    "sirius", "Plan Vlaamse Veerkracht" and "Relanceplan Vlaamse Veerkracht" -> "vlaamse
    veerkracht"); "" when it is not (a lone common word)."""
    core = _core(it.name)
    specific = len(core.split()) >= 2 or (len(core) >= 4 and any(
        _fold(w).lower() == core and w[:1].isupper() for w in re.findall(r"[\w+-]+", it.name)))
    return core if specific else ""


def merge_groups(items: list[Initiative]) -> list[tuple[Initiative, list[int]]]:
    """One record per initiative across documents, with the indexes of the records it holds (so
    what each document states can stay cited to that document, `polkb.records`). Records are one
    initiative when their normalised names agree, or their names once the words of the act are off
    (`_cross_key`) and they are of one country; lists are unioned, the first non-empty scalar wins
    and the longest spelling of the name is kept. Two editions are two initiatives: records whose
    years differ ("STEM-actieplan 2012-2020" and the coalition agreement's "nieuw STEM-actieplan
    2020-2030") stay apart, and a record without years joins the first."""
    groups: list[tuple[Initiative, list[int], tuple | None]] = []
    by_key: dict[str, list[int]] = {}  # a name key -> the groups that carry it
    for n, it in enumerate(items):
        span = _span(it)
        keys = [k for k in (normalise_name(it.name), "~" + _cross_key(it)) if k not in ("", "~")]
        hit = None
        for key in keys:
            for g in by_key.get(key, ()):
                cur, _, cur_span = groups[g]
                if key.startswith("~") and cur.country and it.country and cur.country != it.country:
                    continue
                if span and cur_span and span != cur_span:
                    continue
                hit = g
                break
            if hit is not None:
                break
        if hit is None:
            groups.append((Initiative(
                name=it.name, type=it.type, coordinator=it.coordinator, partners=list(it.partners),
                target_groups=list(it.target_groups), topics=list(it.topics),
                funding=list(it.funding), period=it.period, country=it.country,
                passage_ids=list(it.passage_ids), doc_ids=list(it.doc_ids)), [n], span))
            hit = len(groups) - 1
        else:
            cur, members, cur_span = groups[hit]
            _absorb(cur, it)
            members.append(n)
            groups[hit] = (cur, members, cur_span or span)
        for key in keys:
            if hit not in by_key.setdefault(key, []):
                by_key[key].append(hit)
    return [(merged, members) for merged, members, _ in groups]


def _absorb(into: Initiative, other: Initiative) -> None:
    """Fold another record of the same initiative into `into`: the longest spelling of the name,
    the first non-empty scalar, the union of the lists."""
    if len(other.name) > len(into.name):
        into.name = other.name
    for attr in ("type", "coordinator", "period", "country"):
        if not getattr(into, attr) and getattr(other, attr):
            setattr(into, attr, getattr(other, attr))
    for attr in ("partners", "target_groups", "topics", "funding", "passage_ids", "doc_ids"):
        lst = getattr(into, attr)
        lst.extend(v for v in getattr(other, attr) if v not in lst)


@register("initiatives", after=("info",))  # the document's kind, found once by the kinds extractor
def _extract(doc: Document, passages: list[Passage], found: dict):
    info = found.get("info")
    return find_initiatives(doc, passages, kind=getattr(info, "kind", None))
