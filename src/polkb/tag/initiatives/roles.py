"""Who and what around a name: coordinator, partners, the body that receives a grant, funding,
period, target groups and topics.

They are read from the sentence around a mention ("het door de Erasmus Universiteit Rotterdam
gecoördineerde project", "in samenwerking met", "van de VU, UU, UM en UL", "bestaande uit") and
from partner lists under a heading. Organisations come from `entities.find_organisations`, so
"VU" in a list of universities resolves to Vrije Universiteit Amsterdam here exactly as in the
tags; whoever grants, approves or regulates (Regering, Minister) is the principal, not a partner.
"""
from __future__ import annotations

import functools
import re
from collections import OrderedDict

from ...lexicon import place_names
from ...model import Initiative, Passage
from ...text.fold import fold
from .shapes import _matches, _NEEDS, _SENT
from ...text import lazyre


_YEARS = lazyre.compile(r"\b((?:19|20)\d\d)\s?[-–/]\s?((?:19|20)?\d\d)\b")


_PERIOD_AFTER = lazyre.compile(r"^\s*\(?\s*((?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d)")


_STARTED = lazyre.compile(r"\b(?:gestart|gestart in|begonnen|opgericht|loopt sinds|sinds|van)\s+(?:in\s+)?"
                          r"(?:[a-z]+\s+)?((?:19|20)\d\d)\b")


_PARTNER_HEADING = lazyre.compile(
    r"^(?:betrokken organisaties|betrokken partners|partners|partnerorganisaties|projectpartners|"
    r"samenwerkingspartners|consortium(?:partners)?|deelnemende organisaties|deelnemers|"
    r"participating organisations|project partners)\b",
    re.IGNORECASE,
)


_PARTNER_LEAD = lazyre.compile(r"(?:bestaande uit|bestaat uit|consortium van|partners zijn|"
                               r"de volgende (?:organisaties|partners|instellingen)|met als partners)",
                               re.IGNORECASE)


_TOGETHER = lazyre.compile(
    r"\b(?:in\s+(?:[a-zà-ÿ]+e\s+)?samenwerking\s+met|samen met|met medewerking van|in partnerschap met|in collaboration with|"
    r"in cooperation with|together with)\s+", re.IGNORECASE)


_WORK_TOGETHER = lazyre.compile(r"\b(?:werken samen|werkten samen|bundelen de krachten|work together)\b",
                                re.IGNORECASE)


_COORD = lazyre.compile(
    r"(?:door\s+(?:de|het)?\s*(?P<a>[^,.;]{2,80}?)\s+gecoördineerde"
    r"|gecoördineerd\s+door\s+(?:de|het)?\s*(?P<b>[^,.;()]{2,80})"
    # a person with the body in brackets: "onder leiding van Prof. Dr. Erik Buyst (KUL)"
    r"|onder\s+(?:leiding|coördinatie|regie)\s+van\s+(?:(?-i:Prof|Dr|Ir|dr|ir|prof|mevr|dhr|Mr|mr)\.\s*)*"
    r"(?-i:[A-Z][\wà-ÿ’'-]*)(?:\s+(?:(?-i:van|de|der|den|Van|De)|(?-i:[A-Z][\wà-ÿ’'.-]*))){0,4}\s*\(\s*(?P<i>[^()]{2,60}?)\s*\)"
    r"|onder\s+(?:regie|leiding|coördinatie|begeleiding)\s+van\s+(?:de|het)?\s*(?P<c>[^,.;()]{2,80})"
    r"|coordinated\s+by\s+(?:the\s+)?(?P<d>[^,.;()]{2,80})"
    # ("X als penhouder-coördinator van het consortium": X leads what follows "van", named before it)
    r"|(?:coördinator|penvoerder|trekker)\s+(?!van\b)(?:is\s+)?(?:de|het)?\s*(?P<e>[^,.;()]{2,60})"
    r"|(?:uitgevoerd|beheerd|getrokken|geleid)\s+door\s+(?:de|het)?\s*(?P<f>[^,.;()]{2,80})"
    r"|(?:ressorteert|ressorteren)\s+onder\s+(?:de|het)?\s*(?P<g>[^,.;()]{2,80})"
    r"|(?:ondergebracht|gehuisvest)\s+(?:bij|in)\s+(?:de|het)?\s*(?P<h>[^,.;()]{2,80}))",
    re.IGNORECASE,
)


# who receives a grant: "kent een investeringssubsidie van 847.849 euro toe aan vzw Brik", "kent een
# projectsubsidie toe van in totaal 900.000 euro aan KULeuven Lucas, Stad Antwerpen, …", "tot toekenning
# van subsidies van de Vlaamse gemeenschap aan …", "kent … toe aan de Vlaamse universiteiten". An amount's
# dots ("847.849") do not end the clause; what it is for may stand before "aan": "toekenning van de
# projectsubsidie voor deelname aan Europese Universiteiten aan de universiteiten van …".
_IN_CLAUSE = r"(?:[^,.;:()]|(?<=\d)[.,](?=\d))"
# a bracket inside the list of recipients is an aside about one of them, not its end: "aan POM (Provinciale
# Ontwikkelingsmaatschappij) West-Vlaanderen", "aan het consortium Flanders’ FOOD (met in onderaanneming Flux50
# en FEVIA Vlaanderen), Howest, KU Leuven, …"
_ASIDE = r"\([^()]{0,80}\)"
_GRANTED_TO = lazyre.compile(
    r"(?:\btoe\s+aan|\btoe\s+te\s+kennen\s+(?:" + _IN_CLAUSE + r"{2,80}?\s+)?aan|"
    r"[\wà-ÿ-]*(?:subsidies?|ondersteuning|toelagen?|dotatie)\s+(?:toe\s+)?"
    r"(?:van\s+" + _IN_CLAUSE + r"{2,60}?\s+)?(?:voor\s+" + _IN_CLAUSE + r"{2,80}\s+)?(?:toe\s+)?aan)"
    r"\s+(?P<x>(?:[^.;:()]|" + _ASIDE + r"|(?<=\d)\.(?=\d)){2,200})",
    re.IGNORECASE,
)


# the recipients before the grant: "De Vlaamse Regering kent daarom aan POM (Provinciale Ontwikkelingsmaatschappij)
# West-Vlaanderen een cofinanciering van 765.000 euro toe voor …"; the government may stand as a pronoun: "Daarnaast
# kent ze aan de vzw een eenmalige subsidie van 3 miljoen euro toe voor …"
_GRANTED_FIRST = lazyre.compile(
    r"\bkent\s+(?:(?:ze|zij|hij)\s+)?(?:(?:daarom|nu|ook|hierbij|tegelijk)\s+)?aan\s+(?P<x>(?:[^.;:()]|" + _ASIDE + r"){2,160}?)"
    r"\s+(?:een|de|het)\s+(?:[\wà-ÿ-]+\s+){0,2}?[\wà-ÿ-]*(?:subsidie|financiering|ondersteuning|toelage|dotatie|"
    r"bijdrage|steun|bedrag)\b",
    re.IGNORECASE,
)


def _next_grant(sentence: str, pos: int):
    """The first grant of either shape at or after `pos`: recipients after the grant or before it."""
    found = [m for m in (_GRANTED_TO.search(sentence, pos), _GRANTED_FIRST.search(sentence, pos)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _one_spelling(name: str) -> str:
    """A name as one spelling: single spaces, a hyphen a line break left before a space closed ("POM West-
    Vlaanderen")."""
    return re.sub(r"(?<=\w)-\s+(?=[A-Z])", "-", " ".join(name.split()))


def _blank_asides(chunk: str) -> str:
    """`chunk` with its bracketed asides blanked out (the same length, so positions stay)."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), chunk)


# a name that is a body's by its form: an abbreviation of three capitals or more ("POM West-Vlaanderen", not a word a
# line break cut, "V IB") or a legal form ("Cirkant vzw")
_BODY_FORM = lazyre.compile(r"\b(?:[A-Z]{3,}|vzw|nv|cvba|bv|NV|BV)\b")


# one recipient's name the vocabulary may not know: capitalised words, joined by "-", "&", "van", "voor",
# "in" when a capitalised word follows (a hyphen a line break left before a space too: "POM West- Vlaanderen"), with a legal form ("MFC Ritmica vzw", "vzw Brik - Student in Brussel");
# a capitalised article begins the next sentence: a title's "… Student in Brussel  De Vlaamse Regering kent …"
_RECIPIENT_NAME = lazyre.compile(r"(?:(?:vzw|nv|cvba|bv)\s+)?[A-Z][\wà-ÿ&’'-]*"
                                 r"(?:(?:\s+(?:(?:van|voor|in|de|der|[-–&])\s+)*|-\s+)(?:(?!(?:De|Het|Een|Dit|Deze|Die|Dat)\b)"
                                 r"[A-Z][\wà-ÿ&’'-]*|vzw|nv|cvba|bv)\b)*")


_LIST_SEP = lazyre.compile(r"\s*,\s*(?:en\s+)?|\s+(?:en|and)\s+")


# a body named after its field, "Centrum voor Taal en Onderwijs", "Hogeschool voor Wetenschap en Kunst": the
# topics after "voor" may be joined by "en", so a single capitalised word after "en" that ends the list (a
# comma, a full stop, a lower-case word follows) is the last topic of that name, not a second body. ("van" is
# left out: after it comes a place, "Universiteit van Amsterdam en Nyenrode", two bodies.)
_TOPIC_OF = lazyre.compile(r"\svoor\s+[A-Z][\wà-ÿ’'-]*$")
_TOPIC_PAIR_END = lazyre.compile(r"\s+en\s+(?P<w>[A-Z][a-zà-ÿ]+)(?=\s*[,.;:()]|\s+[a-zà-ÿ]|\s*$)")


@functools.lru_cache(maxsize=4096)
def _is_organisation(name: str) -> bool:
    """Whether the whole name is an organisation the vocabulary knows ("Commissie Hoger Onderwijs")."""
    from ..entities import find_organisations

    return any(o.start == 0 and o.end >= len(name) - 1 for o in find_organisations(name))


# -- organisations around a name --------------------------------------------------------------


def _orgs(text: str) -> list:
    from ..entities import find_organisations
    return find_organisations(text)


def _org_list(text: str) -> list[str]:
    """Canonical organisations in a short list ("de VU, UU, UM en UL"), in order, deduplicated."""
    return list(OrderedDict.fromkeys(o.canonical for o in _orgs(text)))


# who grants, approves or regulates is the principal, not the coordinator
_PRINCIPAL = lazyre.compile(r"\b(?:Regering|Minister|Ministerie|Staatssecretaris|Departement|Kamer|Parlement|"
                            r"Gemeenschap|Overheid|overheid|Kabinet)\b")


# a group of institutions that receives a grant: "aan de Vlaamse universiteiten", "aan de hogescholen"
_COLLECTIVE = lazyre.compile(r"^(?:de\s+|het\s+|alle\s+)?(?P<x>(?:(?:Vlaamse|Nederlandse|Brusselse|Europese|"
                             r"Nederlandstalige|bekostigde|betrokken)\s+)?(?:universiteiten|hogescholen|associaties|"
                             r"hogeronderwijsinstellingen|onderwijsinstellingen|instellingen\s+voor\s+hoger\s+onderwijs|"
                             r"kennisinstellingen|studentenverenigingen|studentenbonden))\b")


_RECIPIENT = lazyre.compile(r"\b(?:ten\s+gunste\s+van|ter\s+beschikking\s+(?:gesteld\s+)?(?:van|aan)|"
                            r"(?:overgedragen|overgeheveld|toegewezen|overgemaakt|uitbetaald)\s+aan)\s+(?:de|het)?\s*"
                            r"(?P<x>[^.;,()]{2,80})")


_NEEDS[_RECIPIENT] = ((("gunste", "beschikking", "overgedragen", "overgeheveld", "toegewezen", "overgemaakt",
                         "uitbetaald"),), False)


# what a body says, asks or studies about an initiative is no sign that it runs it: "Verzoek Algemene Rekenkamer om
# gesprek met vaste commissie voor Financiën over verzoekonderzoek Investeringsagenda Belastingdienst"
_ABOUT = lazyre.compile(r"\b(?:over|inzake|betreffende|omtrent|aangaande|naar(?!\s+aanleiding))\b", re.IGNORECASE)


# a name that is the next item of a list begun before it: the bodies of an earlier item are not its own ("Het project
# bundelt het instrument Blikopener, het relatiemanagement met het VLAIO-netwerk door de Vlaamse Hogescholenraad en het
# INPUT/OUTPUT Research & Innovation Training Programma")
_NEXT_CONJUNCT = lazyre.compile(r"\s(?:en|of)\s+(?:het|de|een)\s")


def _principal(org: str) -> bool:
    return bool(_PRINCIPAL.search(org))


def _coordinator(sentence: str, after: int = -1) -> str:
    """Who leads: "gecoördineerd door", "onder regie van", "uitgevoerd door", or the body it comes under:
    "ressorteert onder het RIVM", "is ondergebracht bij de KNAW". A body the vocabulary does
    not know is taken only right after the name that ends at `after` ("de Brexit-taskforce, onder
    coördinatie van het departement Buitenlandse Zaken"), or after the verb of which the name is the
    object ("een SALK 2.0 lanceren, onder leiding van het provinciebestuur"), not for another name in
    the sentence."""
    m = _COORD.search(sentence)
    if not m:
        return ""
    span = next(g for g in m.groups() if g)
    if m.group("i"):  # the body of the person who leads, in brackets
        return _body_named(span)
    orgs = [o for o in _org_list(span) if not _principal(o)]
    if orgs:
        return orgs[0]
    body = _UNKNOWN_BODY.match(span)
    right_after = 0 <= after <= m.start() and re.fullmatch(r"[’'”\"»]?(?:\s+[a-zà-ÿ]+){0,2}\s*,?\s*",
                                                           sentence[after:m.start()])
    if body and right_after and not _principal(body.group(0)) and body.group(0) not in _NOT_AN_OWNER:
        return body.group(0)
    return ""


def _co_leads(sentence: str, lead: str) -> list[str]:
    """The bodies a lead cue names beside the coordinator `lead`: "onder begeleiding van het Kenniscentrum Data &
    Maatschappij en Scivil" - they run it with the first one, so they are its partners (a listed name the
    vocabulary does not know counts, as in any partner list; never the principal)."""
    m = _COORD.search(sentence)
    if not m or not lead:
        return []
    span = next(g for g in m.groups() if g)
    listed = _listed_bodies(span)
    if lead not in listed:
        return []  # the list is not the coordinator's ("uitgevoerd door onderzoekers van …")
    return [o for o in listed if o != lead and not _principal(o)]


# a body the vocabulary does not know, after a lead cue: "onder leiding van het provinciebestuur",
# "onder coördinatie van het departement Buitenlandse Zaken", "onder regie van het RIVM" (a person,
# "onder leiding van Jan Jansen", is not taken)
_UNKNOWN_BODY = lazyre.compile(r"(?:(?:provincie|gemeente|stads)bestuur|departement|agentschap|secretariaat|directie|"
                               r"afdeling|dienst)(?:\s+(?:(?:en|voor|van)\s+)*[A-Z][\wà-ÿ&’'-]*)*"
                               r"|[A-Z][A-Z&]{1,9}\b(?!\s+[A-Z])")


def _body_named(span: str) -> str:
    """The organisation a role cue names in `span`: the first one the vocabulary knows (its canonical
    name), else a proper name at its start ("ingediend bij het Europees Platform", "ontvangen door
    SenterNovem"): the cue says it is a body. Never the principal (minister, government), a place's or
    period's abbreviation, or a sentence word ("Deze", "Artikel")."""
    from ..entities import _plain_word

    span = span.strip()
    known = _orgs(span)
    if known:
        return "" if _principal(known[0].canonical) else known[0].canonical
    span = re.sub(r"^(?:de|het|the)\s+", "", span)
    named = _RECIPIENT_NAME.match(span)
    if not named or _plain_word(named.group(0).split()[0]) or re.match(r"(?:Artikel|Bijlage|Hoofdstuk|Paragraaf)\b", span):
        return ""
    name = named.group(0)
    if _principal(name) or name in _NOT_AN_OWNER or re.search(r"\d", name):
        return ""
    return name


# the word for a group of bodies before their names: "aan het consortium IMEC en VITO"
_GROUP_WORD = lazyre.compile(r"(?:consortium|samenwerkingsverband|partnerschap)\s+(?:van\s+)?(?=[A-Z])")


# a second sum and its recipient after the first recipient: "… toe aan Sportwerk Vlaanderen vzw en 495.000 euro aan
# SportaMundi vzw", "… toe aan de VVSG en 1,4 miljoen euro aan imec voor Mediawijs", or "aan" again: "aan
# Sportwerk Vlaanderen vzw en aan Sportamundi vzw"
_NEXT_SUM = lazyre.compile(r"(?:(?:€\s?)?\d[\d.,]*\s+(?:(?:miljoen|miljard)\s+)?(?:euro\s+)?(?:[\wà-ÿ-]*subsidie\s+)?)?aan\s+",
                           re.IGNORECASE)


# an acronym in brackets after a name, as a text gives one: "(VVSG)"
_ACRONYM_ASIDE = lazyre.compile(r"\(([A-Z]{3,})\)")


# a town or province as a body, by the kind of government it is: "de stad Gent", "Stad Antwerpen", "de gemeente Genk"
_TOWN_BODY = lazyre.compile(r"(?:[Ss]tad|[Gg]emeente|[Pp]rovincie)\s+(?P<place>[A-Z][\wà-ÿ'’]+(?:-[A-Z][\wà-ÿ'’]+)*)")


def _is_place(word: str) -> bool:
    return fold(word) in place_names()


def _spelled_by(name: str, acronym: str) -> bool:
    """Whether an acronym spells the initials of a name's capitalised words ("Vereniging van Vlaamse Steden en
    Gemeenten vzw": VVSG)."""
    return len(acronym) >= 3 and "".join(w[0] for w in name.split() if w[:1].isupper()) == acronym


def _recipients_in(chunk: str, asides: str = "") -> tuple[list[str], int]:
    """The bodies listed at the start of `chunk`, one per item of "A, B en C": an organisation the
    vocabulary knows (its canonical name) or a capitalised name; the list ends at the first item that
    is neither ("… en Cirkant vzw voor de periode …"). Also where the list ends. A second sum before the next
    recipient goes on with the list (`_NEXT_SUM`). `asides` is `chunk` with its bracketed asides, which
    `chunk` has blanked: a name cut at "en" is one name when the acronym in brackets after it spells both parts
    ("de Vereniging van Vlaamse Steden en Gemeenten vzw (VVSG)")."""
    known = _orgs(chunk)
    out: list[str] = []
    pos = end = out_end = 0
    while pos < len(chunk):
        pos += re.match(r"\s*(?:(?:de|het|the)\s+)?", chunk[pos:]).end()
        group = _GROUP_WORD.match(chunk, pos) if not out else None
        if group:  # "aan het consortium IMEC en VITO": the bodies it is made of
            pos = group.end()
        org = next((o for o in known if pos <= o.start <= pos + 4 and not chunk[pos:o.start].strip(" vzw")), None)
        named = _RECIPIENT_NAME.match(chunk, pos)
        town = _TOWN_BODY.match(chunk, pos) if org is None else None
        if town and _is_place(town.group("place")):  # "de stad Gent", "Stad Antwerpen Talentontwikkeling …"
            name, end = town.group(0), town.end()
        elif org is not None and (named is None or org.end >= named.end()):
            name, end = org.canonical, org.end
        elif named is not None:
            name, end = _one_spelling(named.group(0)), named.end()
            joined = _TOPIC_PAIR_END.match(chunk, end) if _TOPIC_OF.search(name) else None
            if joined and not any(o.start == joined.start("w") for o in known):
                name, end = chunk[pos:joined.end("w")], joined.end("w")
        else:
            break
        joined = out and asides and re.match(r"\s+en\s+$", chunk[out_end:pos])
        acronym = _ACRONYM_ASIDE.search(asides, pos, end + 12) if joined else None
        if acronym and _spelled_by(f"{out[-1]} en {asides[pos:acronym.start()]}", acronym.group(1)):
            # (one name the list cut at "en"; what follows its acronym is not part of it)
            name, end = out.pop() + " en " + _one_spelling(asides[pos:acronym.start()]), acronym.end()
        if not _principal(name) and name not in out:
            out.append(name)
        out_end = end
        sep = _LIST_SEP.match(chunk, end)
        if not sep:
            break
        pos = sep.end()
        more = _NEXT_SUM.match(chunk, pos) if chunk[end:pos].strip() in ("en", "and") else None
        if more:
            pos = more.end()
    return out, end


# what a grant pays for ends where a clause about it begins: "…, dat een kwetsbaarheidstoets …",
# "pilootproject ‘Upstream’ – kwetsbaarheidstoets in scholen"
_PURPOSE_END = lazyre.compile(r",\s*(?:dat|die|waarmee|waarin|waarbij|waardoor)\s|\s[–—-]\s")


# a recipient written as its legal form alone refers back to the body of that form the text has named: "… een jaarlijkse
# subsidie voor de vzw Flanders Make. Daarnaast kent ze aan de vzw een eenmalige subsidie … toe"
_FORM_ONLY = lazyre.compile(r"\s*(?:de|het)\s+(?P<form>vzw|stichting)\b(?!\s*[A-Z(’'-])", re.IGNORECASE)


def _body_of_form(form: str, before: str) -> str:
    """The body of legal form `form` ("vzw", "stichting") that `before` names ("de vzw Flanders Make", "Cirkant
    vzw"): the one a later "de vzw" refers back to; "" when it names none, or several different ones (then "de vzw"
    could be any of them)."""
    named = set()
    for m in re.finditer(r"\b" + form + r"\b", before, re.IGNORECASE):
        after = _RECIPIENT_NAME.match(before, m.end() + 1) if before[m.end():m.end() + 1] == " " else None
        ahead = re.search(r"(?<![\wà-ÿ’'-])((?!(?:De|Het|Een|Dit|Deze)\s)[A-Z][\wà-ÿ&’'-]*(?:\s+[A-Z][\wà-ÿ&’'-]*){0,3})\s+$",
                          before[max(0, m.start() - 80):m.start()])
        if after:
            named.add(_one_spelling(after.group(0)))
        elif ahead and form == "vzw":  # "Cirkant vzw": the form after the name
            named.add(ahead.group(1))
    named = {n for n in named if not _principal(n) and n not in _NOT_AN_OWNER}
    return next(iter(named)) if len(named) == 1 else ""


def _grant_recipients(sentence: str, at: int | None, before: str = "", purpose_only: bool = False) -> list[str]:
    """The bodies a grant in the sentence goes to. One recipient is the coordinator of what the sentence
    names (a group, "aan de Vlaamse universiteiten", is one recipient). A title run on into the first
    sentence may name a grant to no body first ("tot toekenning van een projectsubsidie aan Nedbox  De
    Vlaamse Regering kent … toe … aan KU Leuven - Centrum voor Taal en Onderwijs"): the first grant that
    names a body counts. Several are partners, and only
    of what the grant pays for: the grant itself, or named in the purpose after the recipients up to
    a clause about it (not "…, dat een kwetsbaarheidstoets …"); `at` None: the grant is what the
    whole sentence is about. A recipient written as its legal form alone ("aan de vzw") is the body of that form
    the text `before` the sentence names. `purpose_only`: a lone recipient too counts only for what the grant's
    purpose names at `at`."""
    at_grant = 0
    while m := _next_grant(sentence, at_grant):
        at_grant = m.start("x")  # the next grant may stand inside this one's recipient span
        chunk = _blank_asides(m.group("x"))
        collective = _COLLECTIVE.match(chunk.strip())
        form_only = _FORM_ONLY.match(chunk)
        if collective:
            who, end = [collective.group("x")], len(chunk) - len(chunk.lstrip()) + collective.end()
        elif form_only:
            referred = _body_of_form(form_only.group("form").lower(), before)
            who, end = ([referred] if referred else []), form_only.end()
        else:
            who, end = _recipients_in(chunk, m.group("x"))
        if len(who) == 1 and not form_only:  # alone, only a body the vocabulary knows (by its canonical name) or one
            # named as a body by its form ("POM West-Vlaanderen"): "aan Vlaanderen" is none
            # (the vocabulary may know it only with its legal form: "aan vzw Welzijnszorg")
            who = who if collective or _TOWN_BODY.fullmatch(who[0]) else (
                _org_list(who[0])[:1] or _org_list(chunk[:end])[:1] or [w for w in who if _BODY_FORM.search(w)])
        if who:
            break
    if m is None:
        return []
    if len(who) == 1 and not purpose_only:
        return who
    purpose_at = m.start("x") + end
    stop = _PURPOSE_END.search(sentence, purpose_at)
    if at is None or purpose_at <= at < (stop.start() if stop else len(sentence)) or \
            _is_the_grant(sentence, at, m.start(), m.start("x")):
        return who
    return []


def _grant_roles(item: Initiative, sentences: list[str]) -> None:
    """A grant a decision is about (named by its title, so by no sentence) goes to the bodies the first
    granting sentence names: "De Vlaamse Regering kent een investeringssubsidie van 847.849 euro toe aan
    vzw Brik - Student in Brussel": one is its coordinator, several its partners. A lone recipient may be the
    first of a consortium a later granting sentence names: the others are its partners."""
    lone = ""
    for sentence in sentences:
        who = _grant_recipients(sentence, None)
        if lone:  # "… projectsubsidie aan IMEC vzw …  … kent … toe aan het consortium IMEC en VITO": its partners
            if len(who) > 1 and lone in who:
                item.partners.extend(o for o in who if o != lone and o not in item.partners)
                return
            continue
        if len(who) == 1 and not item.coordinator:
            item.coordinator = lone = who[0]
        elif len(who) > 1:
            item.partners.extend(o for o in who if o not in item.partners)
        together = _TOGETHER.search(sentence) if who else None
        if together:  # "… aan de VVSG …, in nauwe samenwerking met de Agentschappen Integratie & Inburgering en het Huis
            # van het Nederlands Brussel": who works with the recipients takes part
            item.partners.extend(o for o in _listed_bodies(sentence[together.end():])
                                 if o not in item.partners and o != item.coordinator and not _principal(o))
        if who and not lone:
            return


def _is_the_grant(sentence: str, at: int, cue: int, recipients: int) -> bool:
    """Whether the initiative named at `at` is the grant itself, named just before "toe aan": "kent 4,78
    miljoen euro projectsubsidie toe aan de Vlaamse universiteiten" (nothing but its words between), or
    inside the grant's words ("de projectsubsidie voor deelname aan Europese Universiteiten aan …")."""
    if cue <= at < recipients:  # not the fund it is paid from: "toe te kennen uit de middelen van het Klimaatfonds aan"
        return not re.search(r"\buit\b", sentence[cue:at])
    return at < cue and cue - at <= 60 and not re.search(r"[,;:()–—]|\s-\s", sentence[at:cue])


# abbreviations after "van" that name a place, a union of states or a period, not an owner
_NOT_AN_OWNER = frozenset("EU VN VS UK NL BE EC EP EER EVA OESO OECD BBP BNP COVID ECTS ICT STEM".split())


def _list_after_name(text: str, end: int) -> list[str]:
    """"X van de VU, UU, UM en UL": the owners named right after the initiative."""
    m = re.match(r"(?:-[\wà-ÿ]+)?\s*(?P<q>[’'”\"»]?)\s*(?:van|of|by|door)\s+(?:de|het|the)?\s*([^.;:()]{2,160})",
                 text[end:])
    if not m:
        return []
    chunk = m.group(2)
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
    if not found and m.group("q"):
        # "'Entertainment Technology Cluster' van Lab of Tomorrow (2,76 miljoen euro); …": a quoted name's
        # owner, a proper name alone up to the bracket, the item's end or the sentence's
        whole = _QUOTED_OWNER.fullmatch(chunk.rstrip())
        if whole and not _principal(whole.group(0)) and whole.group(0) not in _NOT_AN_OWNER:
            found = [whole.group(0)]
    return found


# the owner of a quoted name in an item of a list, as the document writes it: capitalised words, joined by
# "of", "for", "van", "voor", "&" or "-" ("Lab of Tomorrow", "Bio Base Europe Pilot Plant"), with a legal form
# ("ORSI Services cvba")
_QUOTED_OWNER = lazyre.compile(r"(?:(?:vzw|nv|cvba|bv)\s+)?(?!(?:De|Het|Een|Dit|Deze|Die|Dat)\b)[A-Z][\wà-ÿ&’'-]*"
                               r"(?:\s+(?:(?:of|for|the|van|voor|de|der|[-–&])\s+)*[A-Z][\wà-ÿ&’'-]*)*"
                               r"(?:\s+(?:vzw|nv|cvba|bv|NV|BV))?")


def _vocab(text: str) -> tuple[list[str], list[str]]:
    """Target groups and topics of a text (new lists: callers keep and extend them)."""
    tg, tp = _vocab_of(text)
    return list(tg), list(tp)


@functools.lru_cache(maxsize=4096)
def _vocab_of(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(remembered: a sentence naming several initiatives is looked up once)"""
    try:
        from ..entities import find_target_groups, find_topics
    except ImportError:  # pragma: no cover - entities.py is written alongside
        return (), ()
    return tuple(find_target_groups(text)), tuple(find_topics(text))


def _funding(sentences: list[str]) -> list[str]:
    return [f for s in sentences for f in _sums_in(s)]


# a sum one must stay above or below is a condition, not money anyone gets: "aanvragen van minder dan € 25.000",
# "projecten van minimaal € 50.000" (a ceiling, "ten hoogste € 600.000", is the money there is)
_THRESHOLD = frozenset(("meer dan", "minder dan", "minstens", "ten minste", "tenminste", "minimaal", "more than",
                        "less than", "at least"))


# a comparison whose verb comes between its two words: "Indien het subsidiebedrag meer bedraagt dan € 50.000,- gaat
# de financiële verantwoording vergezeld van een verklaring …" (the sum that follows it is a threshold)
_COMPARED_BEFORE = lazyre.compile(r"\b(?:meer|minder|hoger|lager|groter|kleiner)\b[^.;:]{0,40}?\bdan\s*$", re.IGNORECASE)


# money moved between a budget's articles is bookkeeping, nobody's grant: "Hiervoor wordt 6,14 miljoen euro
# vastleggingskrediet herverdeeld tussen 2 begrotingsartikels."
_BETWEEN_ARTICLES = lazyre.compile(r"\bherverde\w*\s+(?:tussen|over)\s+[^.;]{0,30}?begrotingsartikel", re.IGNORECASE)


# money paid back is the recipient's debt, not money anyone gets: "Het minimumbedrag dat maandelijks wordt afgelost,
# bedraagt € 100", "een terugbetaling van € 500 per maand" (the repayment word in the sum's own clause, before it)
_REPAID_BEFORE = lazyre.compile(r"\b(?:afgelost|aflossing\w*|aflost|terugbetaling\w*|terugbetalen|terug\s+te\s+betalen|"
                                r"terugbetaald|afbetaling\w*|repaid|repayment\w*)\b[^.;:]{0,60}$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _sums_in(sentence: str) -> tuple[str, ...]:
    """The sums of money a sentence states, as written with their qualifier (remembered); not thresholds, nor
    repayments, nor money moved between budget articles."""
    from ..figures import CURRENCIES, figures_in_text
    if _BETWEEN_ARTICLES.search(sentence):
        return ()
    out, at = [], 0
    for f in figures_in_text(sentence):
        if f.unit not in CURRENCIES or f.qualifier in _THRESHOLD:
            continue
        found = sentence.find(f.text, at)
        if found >= 0:
            at = found + len(f.text)
            if _COMPARED_BEFORE.search(sentence, max(0, found - 60), found):
                continue
            if _REPAID_BEFORE.search(sentence, max(0, found - 80), found):
                continue
        out.append(((f.qualifier + " ") if f.qualifier else "") + f.text)
    return tuple(out)


# the organisations an initiative is made of, in the sentence that names it or the next one that refers
# to it: "Het consortium bestaat uit de UGent, de KU Leuven en …", "is een samenwerking van NWO, de KNAW
# en …", "Partners zijn de TU Delft, …"; a body made of people from organisations: "Het NKCA is samengesteld
# uit medewerkers die zijn aangesteld bij het RIVM en de Universiteit Utrecht"
_ENUM_CUE = lazyre.compile(r"\b(?:(?:samengesteld|bestaat|bestaande)\s+uit\s+(?:[a-zà-ÿ]+\s+)?(?:medewerkers|"
                           r"vertegenwoordigers|leden|deskundigen|onderzoekers)\s+(?:die\s+(?:zijn\s+)?(?:aangesteld|"
                           r"werkzaam|in\s+dienst)\s+(?:bij|van)|van|uit|namens)|"
                           r"samengesteld\s+uit|bestaat\s+uit|bestaande\s+uit|(?:de\s+)?partners\s+zijn|partners\s*:|met\s+als\s+partners|"
                           r"(?:een|de)\s+samenwerking\s+(?:van|tussen)|samenwerkingsverband\s+(?:van|tussen)|"
                           r"consortium\s+van|(?:is|zijn)\s+een\s+initiatief\s+van|ondertekend\s+door|getekend\s+door|"
                           r"deelnemers\s+zijn|deelnemende\s+(?:instellingen|organisaties)\s+zijn|"
                           r"consisting\s+of|partners\s+are|verenigt|verenigen|brengt\s+(?=[^.;]{0,160}\bsamen\b))\s+", re.IGNORECASE)


_REFERS_TO_IT = lazyre.compile(r"^(?:(?:(?:met|in|via|binnen|bij)\s+)?(?:het|dit|deze|de|dat)\s+(?:consortium|(?:deel|piloot)?project|programma|netwerk|platform|initiatief|"
                               r"samenwerkingsverband|alliantie|werkgroep|commissie|partnerschap|akkoord|convenant)|"
                               r"(?:de\s+)?partners|deelnemers|deelnemende|(?:de\s+)?(?:penvoerder|coördinator|trekker))\b",
                               re.IGNORECASE)


# a sentence that gives the roles of the initiative the one before it names: "Penvoerder is de Hogeschool
# Gent; partners zijn …"
_ROLE_FIRST = lazyre.compile(r"^(?:de\s+)?(?:penvoerder|coördinator|trekker)\b", re.IGNORECASE)


# the years an initiative runs, said in its sentence: "voor de periode 2023-2025", "looptijd van 2021 tot en met 2024"
_PERIOD_SAID = lazyre.compile(r"\b(?:periode|looptijd)\s+(?:van\s+)?((?:19|20)\d\d)\s?(?:[-–]|tot(?:\s+en\s+met)?)\s?((?:19|20)\d\d)\b")


def _refers_back(nxt: str) -> bool:
    """Whether the next sentence speaks of the initiative just named ("Het consortium bestaat uit …"), not
    of another one it names ("Het netwerk Taalbeleid Hoger Onderwijs verenigt …")."""
    ref = _REFERS_TO_IT.match(nxt.strip()) if nxt else None
    return bool(ref) and not re.match(r"\s+[A-Z#‘“\"'«]", nxt.strip()[ref.end():])


# bodies that join hands for what the sentence speaks of: "Met het project slaan wetenschappers van VIB, ILVO, UGent en
# KULeuven de handen in elkaar met burgers", "… bundelen imec en VITO hun krachten"
_JOIN_HANDS = lazyre.compile(r"\b(?:slaan|slaat|sloegen|bundelen|bundelden)\s+(?P<who>[^.;:]{2,160}?)\s+(?:de\s+handen\s+in\s+"
                             r"elkaar|(?:hun|de)\s+krachten)\b", re.IGNORECASE)


def _joining(sentence: str) -> list[str]:
    """The bodies a sentence says join hands (`_JOIN_HANDS`), never the principal."""
    m = _JOIN_HANDS.search(sentence) if sentence else None
    return [o for o in _org_list(m.group("who")) if not _principal(o)] if m else []


def _enumerated(sentence: str, at: int) -> list[str]:
    """Organisations listed after an enumeration cue (after the name at `at`, or anywhere when -1)."""
    out: list[str] = []
    for m in _ENUM_CUE.finditer(sentence):
        if at >= 0 and m.start() < at:
            continue
        chunk = re.split(r"[.;:](?:\s|$)|\s(?:die|dat|om|waarbij|waarin)\s", sentence[m.end():])[0]
        out.extend(o for o in _listed_bodies(chunk) if o not in out)
    return out


# a list item that describes rather than names ("de studentenbonden", "andere instellingen"): passed over
_PLAIN_ITEM = lazyre.compile(r"(?:(?:de|het|the|andere|alle|diverse|enkele)\s+)?[a-zà-ÿ][\wà-ÿ-]*(?:\s+[a-zà-ÿ][\wà-ÿ-]*){0,2}")


# the word for what the listed bodies are, before their names
_ROLE_NOUN = lazyre.compile(r"\s*(?:(?:de|het|the)\s+)?(?:partners?|leden|instellingen|organisaties|deelnemers|members)\s+(?=[A-Z])")


def _listed_bodies(chunk: str) -> list[str]:
    """The organisations a partner cue lists ("in samenwerking met TNO en CWI", "een samenwerkingsverband van het
    Hoger Onderwijs Persbureau en Research voor Beleid"): every body the vocabulary knows in the chunk, and
    each item of the list "A, B en C" at its start that is a proper name standing alone (up to a bracket or
    the next item). Being listed after a partner cue is what makes such a name an organisation, so bodies the
    vocabulary has never seen are found too. A short describing item ("de studentenbonden") is passed
    over; the list ends at the first item that is neither."""
    known = _orgs(chunk)
    found: list[tuple[int, str]] = [(o.start, o.canonical) for o in known]
    role = _ROLE_NOUN.match(chunk)
    pos = role.end() if role else 0  # "samen met de partners Provinciaal Instituut voor Hygiëne, …"
    while pos < len(chunk):
        pos += re.match(r"\s*(?:(?:de|het|the)\s+)?", chunk[pos:]).end()
        org = next((o for o in known if pos <= o.start <= pos + 4 and not chunk[pos:o.start].strip(" vzw")), None)
        named = _RECIPIENT_NAME.match(chunk, pos)
        if org is not None and (named is None or org.end >= named.end()):
            end = org.end
        elif named is not None:
            end = named.end()
            if re.match(r"\s*(?:\([^)]{0,60}\)\s*)?(?:,|\s(?:en|and)\s|\s[–—-]\s|$)", chunk[end:]) and \
                    not _principal(named.group(0)) and named.group(0) not in _NOT_AN_OWNER:
                found.append((pos, _one_spelling(named.group(0))))
        else:
            plain = _PLAIN_ITEM.match(chunk, pos)
            if plain is None:
                break
            end = plain.end()
            group = _COLLECTIVE.fullmatch(chunk[pos:end])
            if group:  # "samen met het ministerie van OCW, de studentenbonden, de Vereniging Hogescholen …": a group of
                # institutions listed among bodies takes part as they do
                found.append((pos, group.group("x")))
        end += re.match(r"(?:\s*\([^)]{0,60}\))?", chunk[end:]).end()
        sep = _LIST_SEP.match(chunk, end)
        if not sep:
            break
        pos = sep.end()
    out: list[str] = []
    for _, name in sorted(found):
        if name not in out:
            out.append(name)
    return out


# a body one meets or works with: the name after it is an organisation, not an initiative
_PARTNER_SLOT = lazyre.compile(r"\b(?:overleg|samenwerking|gesprek|gesprekken|dialoog|afspraken|contact|partnerschap|"
                               r"samenwerkt|samenwerken|overlegt|overleggen)\b[^.;]{0,60}?\bmet\s+(?:de|het)\s+$")


_BODY_HEAD = lazyre.compile(r"(?:Netwerk|Platform|Commissie|Werkgroep|Overleg|Raad|Forum|Stuurgroep)\b")


_REFERS_BACK = lazyre.compile(r"^(?:hiervoor|daarvoor|hiermee|daarmee|voor dit|voor deze|het (?:programma|"
                              r"project|fonds|plan|initiatief)|dit (?:programma|project|fonds|plan))\b",
                              re.IGNORECASE)


_LIST_LINE = lazyre.compile(r"[ \t]*(?:[•▪*–-]|\d{1,2}[.)])[ \t]+")


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


# "… van start gegaan, als samenwerking tussen het Vlaams Mensenrechteninstituut en het Agentschap
# Justitie en Handhaving": the parties of a joint initiative, after its name
_BETWEEN = lazyre.compile(r"\b(?:samenwerking(?:sverband)?|partnerschap|collaboration|partnership)\s+(?:tussen|between)\s+"
                          r"(?P<parties>[^.;:()]{4,200})", re.IGNORECASE)


_PARTY_SPLIT = lazyre.compile(r"\s*,\s*(?:en\s+|and\s+)?|\s+(?:en|and)\s+(?=(?:de|het|the)\s)", re.IGNORECASE)


_PARTY = lazyre.compile(r"(?:(?:de|het|the)\s+)?(?P<name>[A-Z][\wà-ÿ&’'-]*(?:\s+(?:[A-Z][\wà-ÿ&’'-]*|en|voor|van|of|and|for)){0,6})$")


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


# an agreement named after the body it is made with: "Convenant Flanders Make 2023-2027", "Convenant 2024-2028
# Expertisecellen Wetenschapscommunicatie" (the kind word, years and a title's item letter around the body)
_AGREEMENT_NAME = lazyre.compile(r"^(?:beheers|samenwerkings|meerjaren)?(?:convenant|overeenkomst)\s+(?:(?:19|20)\d\d\s?[-–]\s?"
                                 r"(?:19|20)?\d\d\s+)?(?P<body>[A-Z][^\d]*?)(?:\s+(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d)?"
                                 r"(?:\s+[A-Z])?$", re.IGNORECASE)


def _party_named_in(name: str, text: str) -> str:
    """The body an agreement is named after, when the text makes the agreement with it ("convenant 2023-2027
    tussen het Vlaamse Gewest en de vzw Flanders Make", "convenant tussen de Vlaamse overheid en de
    Expertisecellen Wetenschapscommunicatie"), gives it an abbreviation ("Expertisecentrum Onderzoek en
    Ontwikkelingsmonitoring (ECOOM)") or the vocabulary knows it: the party that carries it out (the
    government on the other side is the principal)."""
    m = _AGREEMENT_NAME.match(name)
    if not m or _principal(m.group("body")):
        return ""
    body = m.group("body").strip()
    known = _org_list(body)
    if len(known) == 1 and not _principal(known[0]) and _is_organisation(body):
        return known[0]
    # a body the text gives an abbreviation is a proper body: "Expertisecentrum Onderzoek en Ontwikkelingsmonitoring
    # (ECOOM)" (not the "Expertisecentrum Onderzoek" the vocabulary reads at its start), "… tussen het Vlaamse Gewest en
    # VITO"; it goes by both
    short = re.search(re.escape(body) + r"\s*\(([A-Z][A-Za-z]{1,9})\)", text)
    if short:
        return f"{body} ({short.group(1)})"
    if len(known) == 1 and not _principal(known[0]):
        return known[0]
    between = re.search(r"\btussen\s+[^.;]{2,120}?\s(?:en|and)\s+(?:de\s+|het\s+)?(?:vzw\s+)?" + re.escape(body) + r"\b",
                        text, re.IGNORECASE)
    return body if between else ""


def _take_lead(item: Initiative, sentence: str, after: int = -1) -> None:
    """The coordinator a lead cue of the sentence names (`_coordinator`), and the bodies it names beside
    it as partners (`_co_leads`)."""
    item.coordinator = _coordinator(sentence, after)
    item.partners.extend(o for o in _co_leads(sentence, item.coordinator) if o not in item.partners)


def _people_named(item: Initiative, sentence: str, e: int) -> None:
    """Coordinator and partners from the cues of a sentence about the initiative whose name ends at `e`:
    who runs it ("ressorteert onder het RIVM"), whom it is made of ("samengesteld uit medewerkers … van")."""
    if not item.coordinator:
        _take_lead(item, sentence, e)
    for o in _enumerated(sentence, e):
        if o not in item.partners and o != item.coordinator:
            item.partners.append(o)


# the members of a group named in brackets after it: "het consortium milieugezondheidszorg (VITO-PIH-Vlaams Instituut
# Gezond Leven)", "samen met de betrokken partners (Flanders Make, KU Leuven, stad Genk, Sirris, …)"
_GROUP_THEN_BRACKET = lazyre.compile(r"\b(?:consortium|partners|partnerschap|samenwerkingsverband)\b[^.;:()]{0,60}?\(\s*"
                                     r"(?P<x>[^()]{3,160})\)", re.IGNORECASE)


def _bracketed_members(sentence: str) -> list[str]:
    """The bodies a sentence lists in brackets right after a group word: a list "A, B en C", or names joined by
    hyphens when the bracket holds nothing else ("VITO-PIH-Vlaams Instituut Gezond Leven")."""
    out: list[str] = []
    for m in _GROUP_THEN_BRACKET.finditer(sentence):
        inside = m.group("x").strip(" ….")
        if not re.search(r",|\sen\s", inside) and inside.count("-") >= 2:
            parts = [p.strip() for p in inside.split("-")]
            if all(re.match(r"[A-Z]", p) for p in parts):
                inside = ", ".join(parts)
        out.extend(o for o in _listed_bodies(inside) if o not in out and not _principal(o))
    return out


def _granted_again(item: Initiative, sentence: str, s: int) -> None:
    """The roles and sum of a grant whose purpose names, at `s`, an initiative the text has already introduced:
    "kent … een subsidie van maximaal 3 miljoen euro toe aan het agentschap Integratie en Inburgering, de stad Gent
    en de stad Antwerpen voor ‘Vervolgtrajecten inburgering’". Only for a record that has no coordinator,
    partners yet (its sum only when it has none), and never for a plan or framework, which a grant only falls
    under."""
    if item.type in ("action_plan", "framework") or item.coordinator or item.partners:
        return
    who = _grant_recipients(sentence, s, purpose_only=True)
    if who:
        _grant_given(item, who, sentence)


def _grant_given(item: Initiative, who: list[str], sentence: str) -> None:
    """A granting sentence's recipients `who` and sum, given to the initiative it pays for: one recipient is its
    coordinator (unless it has one), several are its partners; the sum is its funding when it has none."""
    if len(who) == 1 and not item.coordinator:
        item.coordinator = who[0]
    elif len(who) > 1:
        item.partners.extend(o for o in who if o not in item.partners and o != item.coordinator)
    if not item.funding:
        item.funding.extend(_funding([sentence]))


def _members_named(item: Initiative, sentence: str, e: int, nxt: str) -> None:
    """The bodies an initiative whose name ends at `e` is made of, listed after an enumeration cue in its
    sentence ("Test@Sea, een projectconsortium bestaande uit POM West-Vlaanderen, VLIZ, …") or in the next one
    when it refers back ("Het partnerschap voor dit project bestaat uit …")."""
    for o in _enumerated(sentence, e) + (_enumerated(nxt, -1) if _refers_back(nxt) else []):
        if o not in item.partners and o != item.coordinator:
            item.partners.append(o)


# a programme a grant pays the recipients' part in: "projectsubsidie … ter ondersteuning van … hun deelname aan de
# Europese Universiteiten"
_TAKEN_PART_IN = lazyre.compile(r"\b(?:deelname|participatie|deelnemen|deel\s+te\s+nemen)\s+(?:aan|in)\s+(?:de\s+|het\s+)?$",
                                re.IGNORECASE)


def _framed_by_grant(item: Initiative, text: str, s: int) -> bool:
    """Whether a grant the sentence gives does not make its recipient the initiative's coordinator: a plan or
    framework is the government's own policy, which a grant falls under or follows up ("subsidie Koning
    Boudewijnstichting voor opvolging Actieplan Mentaal Welzijn", "Plan Vlaamse veerkracht: subsidie …"), and a
    programme the recipients take part in ("… hun deelname aan de Europese Universiteiten") is run by others."""
    return item.type in ("action_plan", "framework") or bool(_TAKEN_PART_IN.search(text[max(0, s - 40):s]))


# what a grant's recipient carries out, named right after: "… aan de vzw Vlaamse Jonge Ondernemingen (Vlajo), voor de
# uitvoering van het Masterplan ‘Onderwijs voor een ondernemende generatie’"
_CARRIED_OUT = lazyre.compile(r"\b(?:uitvoering|uitvoeren)\s+van\s+(?:het\s+|de\s+)?[‘'“\"]?$", re.IGNORECASE)


# an agreement right before the name of what it is about: "… overeenkomst 2018-2020 tussen de Vlaamse Gemeenschap en imec
# vzw met betrekking tot Mediawijs, het Vlaams Kenniscentrum Mediawijsheid"
_AGREEMENT_ABOUT = lazyre.compile(r"overeenkomst\w*\s+(?:[\d–-]+\s+)?tussen\s+(?P<parties>[^.;:]{3,120}?)\s+(?:met\s+betrekking"
                                  r"\s+tot|betreffende|inzake)\s+(?:de\s+|het\s+)?(?:[A-Z][\w-]*,\s+(?:het|de)\s+)?[‘'“\"]?$", re.IGNORECASE)


# what a grant pays for, right after its recipients: "… toe aan het consortium VRT, MediaNet Vlaanderen en Thomas More
# voor het actieplan Seeds and Growth for Media" (a kind word and an opening quote may stand before the name)
_PAID_FOR_PLAN = lazyre.compile(r"\bvoor\s+(?:het|de)\s+(?:[\wà-ÿ-]+\s+)?[‘'“\"]?$", re.IGNORECASE)


# the applicants a subsidy decision names: "tot toekenning van steun aan hoofdaanvrager Flanders Make vzw, en
# neven-aanvragers Imec, PXL, Thomas More en UC Leuven-Limburg voor de uitvoering van het project …" (VLAIO's words
# for the lead applicant of a consortium and its co-applicants; "medeaanvragers" elsewhere)
_APPLICANTS = lazyre.compile(r"\bhoofd-?aanvrager\s+(?P<lead>[^,;:()]{2,80}?)\s*,?\s+en\s+(?:neven|mede|co)-?aanvragers?\s+"
                             r"(?P<co>[^.;:]{2,240}?)(?=\s+(?:voor|om|die|met\s+het\s+oog)\b|[.;:]|$)", re.IGNORECASE)


def _applicants(item: Initiative, sentence: str) -> bool:
    """The lead applicant as coordinator and the co-applicants as partners, when the sentence names them
    (`_APPLICANTS`); whether it did. They stand before or after the project's name, and the grant the
    sentence gives "aan" all of them does not make them equals."""
    m = _APPLICANTS.search(sentence.replace(";,", ","))  # ("R&MM;,": an entity a conversion left half)
    lead = _body_named(m.group("lead")) if m else ""
    if not lead:
        return False
    item.coordinator = item.coordinator or lead
    item.partners.extend(o for o in _listed_bodies(m.group("co")) if o not in item.partners and o != item.coordinator)
    return True


def _people_around(item: Initiative, text: str, s: int, e: int, a: int, sentence: str, nxt: str) -> None:
    """Coordinator and partners from the sentence that names the initiative (and the next one
    when it refers back): who acts "samen met" whom, an agreement's parties, an owner after the
    name or in the clause before it, a list line's organisation."""
    if _applicants(item, sentence):
        return
    if not item.coordinator:
        _take_lead(item, sentence, e - a)
    if not item.coordinator and nxt and _ROLE_FIRST.match(nxt.strip()):
        item.coordinator = _coordinator(nxt)
    recipients = [] if item.coordinator or _COORD.search(sentence) else _grant_recipients(sentence, s - a, text[:a])
    granted = bool(recipients)
    if _framed_by_grant(item, text, s) and not _CARRIED_OUT.search(text, max(0, s - 40), s) and \
            not (len(recipients) > 1 and _PAID_FOR_PLAN.search(text, max(0, s - 40), s)):
        recipients = []  # (still granted: the bodies before it are the grant's, not its owners)
        # (but a grant "voor de uitvoering van het Masterplan …" pays its recipient to carry the plan out, and a grant
        # "toe aan het consortium VRT, MediaNet Vlaanderen en Thomas More voor het actieplan Seeds and Growth for Media"
        # pays the consortium for its own plan)
    if len(recipients) == 1:  # the body a grant for it goes to carries it out
        item.coordinator = recipients[0]
    elif recipients:  # a grant to several bodies: they carry it out together
        item.partners.extend(o for o in recipients if o not in item.partners)
    about = _AGREEMENT_ABOUT.search(sentence[:s - a])
    if about and not item.coordinator:
        # "de subsidieovereenkomst 2018-2020 tussen de Vlaamse Gemeenschap en imec vzw met betrekking tot Mediawijs":
        # the one party that is not the government runs what the agreement is about
        runs = [o for o in _org_list(about.group("parties")) if not _principal(o)]
        if len(runs) == 1:
            item.coordinator = runs[0]
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
        who = _listed_bodies(sentence[together.end():])
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
            taking_part = _listed_bodies(re.split(r"\s(?:deel|mee)\b", part.group(1))[0])
    back = _refers_back(nxt)
    along = _TOGETHER.search(nxt) if back and not together else None
    if along:  # "… voor de uitvoering van het project MyMachine Vlaanderen. Dat deelproject voert MyMachine vzw uit samen
        # met Vlajo": who carries it out with its lead takes part
        chunk = re.split(r"[.;:](?:\s|$)|\s(?:die|dat|om|waarbij|waarin|voor)\s", nxt[along.end():])[0]
        taking_part += [o for o in _listed_bodies(chunk) if not _principal(o)]
    for o in _enumerated(sentence, s - a) + taking_part + (_enumerated(nxt, -1) if back else []) + \
            _bracketed_members(sentence) + _joining(sentence) + (_joining(nxt) if back else []):
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
    if item.type == "agreement" and not item.coordinator:
        item.coordinator = _party_named_in(item.name, text)
    dash = re.match(r"[^\n–]{0,120}?\s[–—-]\s+([^\n]{2,90})(?:\n|$)", text[e:])
    if dash and not item.coordinator:
        # a list line "The Peter Paul Rubens Chair for … – University of California, Berkeley"
        line_orgs = _orgs(dash.group(1))
        if len({o.canonical for o in line_orgs}) == 1 and line_orgs[0].start <= 4 and \
                line_orgs[0].end >= len(dash.group(1).split("(")[0].rstrip()) - 1:
            item.coordinator = line_orgs[0].canonical
    owners = _list_after_name(text, e)
    # (a footnote may follow the owner inside the bracket: "(ERiC, NWO 5 http://www.eric-project.nl/… )")
    acr_owner = re.match(r"\s*\([A-Z][\w&+-]{1,9},\s*([^)]{2,40}?)(?:\s+\d{1,3}\s+https?://\S+)?\s*\)", text[e:])
    if acr_owner and not item.coordinator:
        named = [o for o in _org_list(acr_owner.group(1)) if not _principal(o)]
        if len(named) == 1:
            item.coordinator = named[0]  # "Evaluating Research in Context (ERiC, NWO)"
    if not owners and not item.coordinator and not granted and not _FRAME_BEFORE.search(text, max(0, s - 60), s):
        # "VLIR en VLHORA hebben een gezamenlijk Charter opgesteld", "VLIR stelt nu een
        # mensenrechtentoets ter beschikking": the organisations in the clause before it (not before a plan named as
        # the frame of what the sentence does: "… bij het Fonds Wetenschappelijk Onderzoek (FWO) In het kader van het
        # relanceplan Vlaamse Veerkracht": who acts within a plan does not own it)
        clause = re.split(r"[,;:]\s", sentence[:s - a])[-1]
        close = clause.find(")")
        if close >= 0 and "(" not in clause[:close]:
            # the clause began inside a bracket that belongs to another name: "Evaluating Research in Context (ERiC,
            # NWO) is … gewerkt en ook in het kader van de Validatiecommissie …": NWO is ERiC's, not the committee's
            clause = clause[close + 1:]
        before = _orgs(clause)
        if not _COORD.search(clause) and not (before and (_ABOUT.search(clause, before[-1].end) or
                                                          _NEXT_CONJUNCT.search(clause, before[-1].end))):
            owners = [o for o in _org_list(clause) if o not in item.partners]
    owners = [o for o in owners if not _principal(o)]  # the government that decides is no owner
    if len(owners) == 1 and not item.coordinator:
        item.coordinator = owners[0]
    elif len(owners) > 1:
        item.partners.extend(o for o in owners if o not in item.partners)


# the words that name a plan as the frame of what a sentence pays for: "in het kader van het Relanceplan Vlaamse
# Veerkracht", "subsidie … voor opvolging Actieplan Mentaal Welzijn"; the sum pays for the call or the project, which
# the plan's own budget holds, not for the plan (nor does a heading "Plan Vlaamse Veerkracht: 3 miljoen euro voor …");
# nor does the plan a project comes from: "project VV23 ‘versterking onderzoeksveld …’ uit het relanceplan 'Vlaamse
# Veerkracht' voorziet de Vlaamse Regering 18 miljoen euro voor …" (the kind word and the quote before the name); nor
# does the plan that prompted what the sentence does: "Naar aanleiding van het Vlaams Beleidsplan Artificiële
# Intelligentie werd de oprichting van het Vlaams Kenniscentrum Data & Maatschappij … goedgekeurd"
_FRAME_BEFORE = lazyre.compile(r"\b(?:in\s+het\s+kader\s+van|ter\s+uitvoering\s+van|naar\s+aanleiding\s+van|(?:de\s+)?opvolging(?:\s+van)?|uit)\s+"
                               r"(?:(?:het|de)\s+)?(?:[\wà-ÿ-]*plan\s+)?[‘'“\"]?$", re.IGNORECASE)


# the fund a sentence draws its money from: "De Vlaamse Regering beslist om zo'n 883.000 euro toe te kennen uit de
# middelen van het Vlaams Klimaatfonds aan het consortium …" (the sum pays for the project, the fund only holds it)
_DRAWN_FROM = lazyre.compile(r"\buit\s+(?:de\s+(?:middelen|kredieten)\s+van\s+)?(?:het|de)\s+$", re.IGNORECASE)


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
    fund_sents = ([] if _destined_elsewhere(sentence) else [sentence]) + \
        ([nxt] if nxt and _REFERS_BACK.match(nxt.strip()) else [])
    own = _own_item(text, e, b, sentence)
    own_sums = _funding([own]) if own is not None else []
    paid = _paid_before(text[b - len(sentence):e - len(name)], sentence)
    bracketed = _BRACKETED_SUM.match(text, e, b)
    if bracketed and _funding([bracketed.group("sum")]):
        fund_sents = [bracketed.group("sum")]  # "… MediAcademie Journalistiek (654.246 euro) en … MediAcademie Audiovisueel
        # (255.690 euro)": the sum in brackets after a name is its own, whatever else the sentence pays for
    elif _sums_bracketed_after_others(sentence, _funding([sentence])):
        fund_sents = []  # "Op basis van … het advies van de Moonshot Governance Board … steun te verlenen aan ‘… – SDR’ van
        # Universiteit Gent (112.800 euro) en aan ‘… – PILLAR 2’ van het VITO (778.200 euro)": each sum is the name's before it
    elif paid is not None:
        fund_sents = [paid]  # "… 765.000 euro toe voor … 'Test@Sea' en een cofinanciering van 520.000 euro voor …"
    elif own_sums and len(own_sums) < len(_funding([sentence])):
        fund_sents = [own]  # "'BlueChem XL' van BlueChem nv (630.000 euro); 'GAINS' …": the sum of its own item
    at = text.rfind(name, 0, e)  # (a candidate's span may run past the name it gives)
    at = at if at >= 0 else e - len(name)
    if item.type in ("action_plan", "framework") and (_FRAME_BEFORE.search(text, max(0, at - 40), at)
                                                     or text.startswith(":", at + len(name))):
        fund_sents = []  # "keurt in het kader van het Relanceplan Vlaamse Veerkracht het voorstel goed …, waarbij 3 miljoen"
        # (and the plan a decision's heading puts before what it pays for: "Plan Vlaamse Veerkracht: 3 miljoen euro voor …")
    if item.type == "fund" and _DRAWN_FROM.search(text, max(0, at - 40), at):
        fund_sents = []  # "beslist om zo'n 883.000 euro toe te kennen uit de middelen van het Vlaams Klimaatfonds aan …"
    if _TAKEN_PART_IN.search(text, max(0, at - 40), at):
        fund_sents = []  # "kent 4,78 miljoen euro projectsubsidie toe aan de Vlaamse universiteiten … binnen hun deelname
        # aan de Europese Universiteiten": the grant pays the recipients' part, the programme they join has its own budget
    for f in _funding(fund_sents):
        if f not in item.funding:
            item.funding.append(f)
    tg, tp = _vocab(sentence)
    item.target_groups.extend(t for t in tg if t not in item.target_groups)
    item.topics.extend(t for t in tp if t not in item.topics)


# where a sentence's grants part: "… een cofinanciering van 765.000 euro toe voor … 'Test@Sea' en een cofinanciering van
# 520.000 euro voor … 'Vertiports'"
_GRANT_PART = lazyre.compile(r";\s|,?\s+en\s+(?=(?:een|de|het|nog|ook)\s|\d|€)")


def _paid_before(before: str, sentence: str) -> str | None:
    """The part of a sentence that pays for a name, when the sentence pays for several things each with its own
    sum written before what it pays for ("een cofinanciering van 765.000 euro toe voor de uitvoering van het
    EFRO-project 1865: 'Test@Sea' en een cofinanciering van 520.000 euro voor … 'Vertiports'"): the text from
    where the last part began up to the name, when it holds one sum and says what it is "voor". None otherwise."""
    if len(_funding([sentence])) < 2:
        return None
    part = _GRANT_PART.split(before)[-1]
    sums = _funding([part])
    if len(sums) != 1:
        return None
    at = part.find(sums[0].split()[-1])
    return part if at >= 0 and re.search(r"\bvoor\b", part[at:]) else None


# a sum in brackets right after a name, or after the body it is of: "het opleidingsproject MediAcademie Journalistiek
# (654.246 euro)", "‘… – SDR’ van Universiteit Gent (112.800 euro)"
_BRACKETED_SUM = lazyre.compile(r"[’'”\"»]?(?:\s+van\s+(?:de\s+|het\s+)?[A-Z][^,;:()]{1,60}?)?\s*\((?P<sum>[^()]{1,40})\)")


def _sums_bracketed_after_others(sentence: str, sums: list[str]) -> bool:
    """Whether every sum of a sentence stands in brackets right after something it pays for (a name, a quoted title, "…
    van Universiteit Gent (112.800 euro)"): then the sentence's sums are those names', none of another it mentions (an
    initiative whose mention has no bracketed sum of its own, see `_facts_around`)."""
    if not sums:
        return False
    bracketed = [m.group(1) for m in re.finditer(r"[\w’'”\")]\s*\(([^()]{1,40})\)", sentence) if _funding([m.group(1)])]
    return len(bracketed) >= 2 and all(any(f in _funding([b]) for b in bracketed) for f in sums)


# where a list item ends and the next begins: "…(630.000 euro); 'GAINS' van …", "… (1 miljoen euro) en 'PXL …'"
_NEXT_ITEM = lazyre.compile(r";|,?\s+(?:en\s+)?[‘“\"'«„][A-Z]")


def _own_item(text: str, e: int, b: int, sentence: str) -> str | None:
    """The rest of the list item a name ends at `e` opens, up to the next item or the end `b` of the
    sentence (None when no item follows and `sentence` is no list: items separated by semicolons or
    quoted names)."""
    nxt = _NEXT_ITEM.search(text, e + 1, b)
    if nxt:
        return text[e:nxt.start()]
    return text[e:b] if _NEXT_ITEM.search(sentence) else None


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


# a sentence that gives the money of an initiative named before it by its kind word alone: "Het totaal budget
# voor deze oproep is 3 miljoen euro", "Voor dit programma is jaarlijks € 2 miljoen beschikbaar"
_THIS_KIND = lazyre.compile(r"\b(?:deze|dit)\s+(oproep|programma|project|fonds|regeling|plan|convenant|pilot|"
                            r"proefproject|pilootproject|initiatief|netwerk|platform)\b", re.IGNORECASE)


def _last_mention(name: str, text: str, end: int) -> int:
    """Where `text` last names `name` before `end` (any spacing and case), or -1."""
    words = name.split()
    if not words:
        return -1
    found = [m.start() for m in re.finditer(r"\s+".join(map(re.escape, words)), text[:end], re.IGNORECASE)]
    return found[-1] if found else -1


def _named_last(items: list[Initiative], text: str, end: int) -> Initiative | None:
    """Of `items`, the one `text` names last before `end` (the first of those named at the same place), or None:
    what a sentence at `end` that points back ("hiervoor", "dit project") speaks of."""
    last = {id(it): _last_mention(it.name, text, end) for it in items}
    named = [it for it in items if last[id(it)] >= 0]
    return max(named, key=lambda it: last[id(it)]) if named else None


def _names_any(items, sentence: str) -> bool:
    """Whether a sentence names one of the initiatives `items` itself (then it points back to none)."""
    return any(_last_mention(it.name, sentence, len(sentence)) >= 0 for it in items)


def _grant_targets(p: Passage, by_key) -> list[Initiative]:
    """The initiatives of a passage a grant that points back may pay for: never a plan or framework, the frame a
    grant falls under."""
    return [it for it in by_key.values() if p.id in it.passage_ids and it.type not in ("action_plan", "framework")]


def _placed_sentences(text: str):
    """The sentences of a passage with where each starts in it (-1 when the split changed it)."""
    start = 0
    for sentence in _SENT.split(text):
        at = text.find(sentence, start)
        start = at + len(sentence) if at >= 0 else start
        yield at, sentence


# a sum the sentence gives, in so many words, to "deze oproep", "dit programma": "beslist de Vlaamse Regering om 8,97 miljoen
# uit de relanceprovisie toe te voegen aan de middelen voor deze oproep" (not to a project the sentence names beside it)
_DESTINED = lazyre.compile(r"\b(?:aan|voor)\s+(?:de\s+(?:middelen|kredieten|budgetten|budget)\s+(?:voor|van)\s+)?(?:deze|dit)\s+"
                           r"(oproep|programma|project|fonds|regeling|plan|convenant|pilot|proefproject|pilootproject|initiatief|"
                           r"netwerk|platform)\b", re.IGNORECASE)


def _destined_elsewhere(sentence: str) -> bool:
    """Whether the sums of a sentence go to what it refers to by its kind ("toe te voegen aan de middelen voor deze
    oproep"), after the first of them."""
    sums = _funding([sentence])
    if not sums:
        return False
    first = sentence.find(sums[0].split()[-1])
    return any(m.start() > first for m in _DESTINED.finditer(sentence))


def _fund_referred(p: Passage, by_key) -> None:
    """Sums a budget sentence gives to "deze oproep", "dit programma": they belong to the initiative of
    that kind the passage named last before the sentence (one whose name holds the kind word: "de
    thematische oproep voor de bio-economie … Het totaal budget voor deze oproep is 3 miljoen euro"), when the
    sentence names no initiative itself (then its mention takes them)."""
    text = p.text
    if not _THIS_KIND.search(text):
        return
    items = [it for it in by_key.values() if p.id in it.passage_ids]
    if not items:
        return
    for at, sentence in _placed_sentences(text):
        ref = _THIS_KIND.search(sentence)
        destined = _destined_elsewhere(sentence) if ref else False
        if at < 0 or not ref or not (destined or _BUDGET.search(sentence)):
            continue
        sums = _funding([sentence])
        if not sums or not destined and _names_any(items, sentence):
            continue
        if destined:
            ref = next(m for m in _DESTINED.finditer(sentence))
        kind = ref.group(1).lower()
        item = _named_last([it for it in items if kind in it.name.lower()], text, at)
        if item is None:
            continue
        item.funding.extend(f for f in sums if f not in item.funding)


# a grant said of what the text before it named: "De Vlaamse Regering kent hiervoor een subsidie van 3,4 miljoen euro toe
# aan VITO", "Ze kent daarvoor 927.000 euro subsidie toe aan …", "In dit kader kent de Vlaamse Regering 863.000 euro
# subsidie toe aan Sportwerk Vlaanderen vzw en 495.000 euro aan SportaMundi vzw" (the adverb stands before the grant's words)
_REFERRED_GRANT = lazyre.compile(r"\b(?:hiervoor|daarvoor|hiertoe|daartoe|in\s+(?:dit|dat)\s+kader)\b", re.IGNORECASE)


def _grant_referred(p: Passage, by_key) -> None:
    """Who gets the money and how much, said by a granting sentence that points back ("kent hiervoor … toe aan VITO")
    and names no initiative itself: the initiative the passage named last before it (a plan or framework is the frame
    a grant falls under, never what "hiervoor" points to), when that one has no coordinator or funding yet."""
    text = p.text
    if not _REFERRED_GRANT.search(text):
        return
    items = _grant_targets(p, by_key)
    if not items:
        return
    for at, sentence in _placed_sentences(text):
        ref = _REFERRED_GRANT.search(sentence) if at >= 0 else None
        grant = _next_grant(sentence, 0) if ref else None
        if not grant or ref.start() > grant.start("x") or _names_any(by_key.values(), sentence):
            continue
        item = _named_last(items, text, at)
        if item is None:
            continue
        _grant_given(item, [o for o in _grant_recipients(sentence, None, text[:at]) if not _principal(o)], sentence)


# a grant shared out among its recipients, said after the sentence that grants it: "De subsidie wordt verdeeld tussen de
# KU Leuven (Itec) voor de niet-economische activiteiten, zoals onderzoek en kennisdiffusie, en Hangar K voor de uitbouw
# van het ecosysteem" (each share's purpose may follow its body; a part that opens with none is a purpose's tail)
_SHARED_OUT = lazyre.compile(r"\b(?:subsidie|bedrag|budget|middelen|som|steun)\w*\s+(?:wordt|worden|werd|werden|zal\s+worden|"
                             r"zullen\s+worden)\s+(?:als\s+volgt\s+)?verdeeld\s+(?:tussen|over|onder)\s+(?P<x>[^.;:]{3,300})",
                             re.IGNORECASE)


def _grant_shared_out(p: Passage, by_key) -> None:
    """The recipients a granted sum is shared out among (`_SHARED_OUT`), in a sentence that names no initiative: they
    carry out the initiative the passage named last before it (never a plan or framework), when it has no roles yet."""
    text = p.text
    if "verdeeld" not in text:
        return
    items = _grant_targets(p, by_key)
    if not items:
        return
    for at, sentence in _placed_sentences(text):
        m = _SHARED_OUT.search(sentence) if at >= 0 else None
        if not m or _names_any(by_key.values(), sentence):
            continue
        parts = re.split(r",?\s+en\s+|,\s+", m.group("x"))
        who = list(OrderedDict.fromkeys(b for b in (_carrying_body(re.sub(r"^(?:de|het)\s+", "", part.strip()))
                                                    for part in parts) if b and not _principal(b)))
        item = _named_last(items, text, at) if len(who) >= 2 else None
        if item is not None and not item.coordinator and not item.partners:
            _grant_given(item, who, sentence)


# an initiative spoken of by its kind, a lead cue right after it: "de financiering van een
# wetenschapscommunicatieprogramma rond AI onder begeleiding van het Kenniscentrum Data & Maatschappij en Scivil"
_KIND_THEN_LEAD = lazyre.compile(r"\b(?:de|het|dit|deze|een)\s+[\wà-ÿ-]*?(oproep|programma|project|fonds|plan|pilot|"
                                 r"initiatief|netwerk|platform|consortium)\b[^,;:.()]{0,40}?\s(?=(?:onder\s+(?:regie|leiding|"
                                 r"coördinatie|begeleiding)\s+van|gecoördineerd\s+door|getrokken\s+door|geleid\s+door)\s)",
                                 re.IGNORECASE)


# what a consortium is recognised or funded as: "een consortium onder leiding van … als steunpunt voor beleidsrelevant
# onderzoek"
_RECOGNISED_AS = lazyre.compile(r"\bals\s+(?:het\s+|de\s+|een\s+|nieuwe?\s+)*[\wà-ÿ-]*?(steunpunt|centrum|netwerk|platform|"
                                r"programma|project)\b", re.IGNORECASE)


def _roles_referred(p: Passage, by_key) -> None:
    """Who runs an initiative, said of it by its kind in a sentence that does not name it ("In dit kader voorziet de
    Vlaamse Regering de financiering van een wetenschapscommunicatieprogramma rond AI onder begeleiding van het
    Kenniscentrum Data & Maatschappij en Scivil", of the passage's "programma voor Burgerwetenschap AI"): the
    coordinator and co-leads of the one initiative of that kind the passage names (none when it names several). A
    consortium is what it is recognised as ("een consortium onder leiding van Prof. Dr. Erik Buyst (KUL) als steunpunt
    voor beleidsrelevant onderzoek"); a sentence that names the one initiative of that kind, in any case, is about it."""
    text = p.text
    items = [it for it in by_key.values() if p.id in it.passage_ids]
    if not items or not _COORD.search(text):
        return
    for sentence in _SENT.split(text):
        ref = _KIND_THEN_LEAD.search(sentence)
        if not ref:
            continue
        kind = ref.group(1).lower()
        if kind == "consortium":  # "een consortium onder leiding van … als steunpunt voor …": what it is recognised as
            als = _RECOGNISED_AS.search(sentence, ref.end())
            kind = als.group(1).lower() if als else kind
        of_kind = [it for it in items if kind in it.name.lower()]
        named = [it for it in items if _last_mention(it.name, sentence, len(sentence)) >= 0]
        if named and not (len(named) == 1 and named[0] in of_kind):
            continue  # the sentence names another one: its mention takes the lead
        target = named or of_kind
        if len(target) != 1 or target[0].coordinator:
            continue
        _take_lead(target[0], sentence[ref.start():])


# an initiative spoken of by its kind alone: "Alle Vlaamse universiteiten, samen met de partners …, zullen instaan voor
# de uitvoering van dit steunpunt"
_THIS_ONE = lazyre.compile(r"\b(?:dit|deze)\s+(steunpunt|project|programma|netwerk|platform|consortium|samenwerkingsverband|"
                           r"partnerschap|initiatief|kenniscentrum|centrum)\b", re.IGNORECASE)


def _partners_referred(p: Passage, by_key) -> None:
    """The bodies a sentence that does not name an initiative lists after a partner cue ("samen met", "bestaat uit",
    "een samenwerking tussen"), when it speaks of "dit steunpunt", "dit project": the partners of the initiative of
    that kind the passage names last before it (of the only one of that kind, when none comes before)."""
    text = p.text
    items = [it for it in by_key.values() if p.id in it.passage_ids]
    if not items or not _THIS_ONE.search(text):
        return
    for at, sentence in _placed_sentences(text):
        ref = _THIS_ONE.search(sentence)
        if at < 0 or not ref or _names_any(items, sentence):
            continue
        together = _TOGETHER.search(sentence)
        bodies = _enumerated(sentence, -1)
        if together:
            before = [o.canonical for o in _orgs(sentence[:together.start()])][-1:]  # who acts with them
            bodies = before + [o for o in _listed_bodies(sentence[together.end():]) if o not in before] + bodies
        bodies = [o for o in OrderedDict.fromkeys(bodies) if not _principal(o)]
        if not bodies:
            continue
        kind = ref.group(1).lower()
        of_kind = [it for it in items if kind in it.name.lower()]
        item = _named_last(of_kind, text, at) or (of_kind[0] if len(of_kind) == 1 else None)
        if item is None:
            continue
        item.partners.extend(o for o in bodies if o not in item.partners and o != item.coordinator)


# an initiative spoken of by its kind with its owner after it: "Het nieuwe steunpunt van de KU Leuven biedt een
# antwoord op …", "het project van de Universiteit Gent"
_KIND_OF_OWNER = lazyre.compile(r"\b(?:[Dd]e|[Hh]et|[Dd]it|[Dd]eze)\s+(?:nieuwe\s+)?[\wà-ÿ-]*?(steunpunt|oproep|programma|"
                                r"project|fonds|plan|pilot|initiatief|netwerk|platform|centrum)\s+van\s+(?:de|het)\s+")


def _owner_referred(p: Passage, by_key) -> None:
    """Whose an initiative is, said of it by its kind in a sentence that does not name it ("Erkenning en financiering
    van een Steunpunt Werk … Het nieuwe steunpunt van de KU Leuven biedt …"): a body the vocabulary knows right
    after "van de" is the coordinator of the one initiative of that kind the passage names (none when it names
    several, or the record has one)."""
    text = p.text
    if " van " not in text:
        return
    items = [it for it in by_key.values() if p.id in it.passage_ids]
    if not items:
        return
    for m in _KIND_OF_OWNER.finditer(text):
        kind = m.group(1).lower()
        of_kind = [it for it in items if kind in it.name.lower()]
        if len(of_kind) != 1 or of_kind[0].coordinator:
            continue
        owner = next((o for o in _orgs(text[m.end():m.end() + 80]) if o.start == 0), None)
        if owner is not None and not _principal(owner.canonical):
            of_kind[0].coordinator = owner.canonical


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
            listed = _listed_body(seg)
            # (a list's last item ends with a full stop: "f. KEMA.")
            last = bool(orgs_here and listed) and len(seg.split()) <= 4 and seg.rstrip().endswith(".")
            if not last and (len(seg.split()) > 10 or seg.rstrip().endswith((".", "?", "!"))):
                if orgs_here:
                    break
                continue
            found = _orgs(seg)
            if found:
                orgs_here.append(found[0].canonical)
            elif listed:
                orgs_here.append(listed)
            elif orgs_here:
                break  # the list ended (e.g. "Meer informatie")
            if last:
                break
    return orgs_here


_LIST_MARK = lazyre.compile(r"^\s*(?:[a-z]{1,2}[.)]|\d{1,2}[.)]|[–•*-])\s+(?:(?:De|Het)\s+)?")


def _listed_body(item: str) -> str:
    """The body a marked item of a partner list names though the vocabulary does not know it: its capitalised
    name up to a bracket or the item's end ("b. Gemeentelijke Gezondheidsdienst Nederland (GGD Nederland, vereniging
    voor GGD'en);", "c. Rijksinstituut voor Volksgezondheid en Milieu (RIVM);", "f. KEMA."): under a partner heading or
    lead-in, the list says what its items are."""
    m = _LIST_MARK.match(item)
    if not m:
        return ""
    name = re.split(r"\s*[(;,]|\.?\s*$", item[m.end():].strip(), maxsplit=1)[0].strip()
    return name if len(name) >= 3 and _CAPITALISED_BODY.fullmatch(name) and not _principal(name) else ""


_BUDGET = lazyre.compile(r"subsidieplafond|plafond|budget|beschikbaar|bedraagt|ten hoogste|maximaal|toegekend|"
                         r"kent\b.*\btoe|uitgetrokken|gereserveerd|subsidie\b.*\bvoorzien|\bvoorziet\b.*\bsubsidie|vrijgemaakt",
                         re.IGNORECASE)


_BUDGET_WORDS = ("plafond", "budget", "beschikbaar", "bedraagt", "ten hoogste", "maximaal", "toegekend", "kent",
                 "uitgetrokken", "gereserveerd", "voorzien", "voorziet", "vrijgemaakt")


# who carries out what a decision sets up or hands over: the body a minister gives a mandate ("houdende verlening
# mandaat en machtiging aan de Nederlandse Diabetes Federatie ter uitvoering van …", "Aan de vice-voorzitter van FION
# wordt mandaat verleend") and the body that keeps a committee's secretariat ("Het secretariaat van de Programmaraad
# wordt door AgentschapNL verzorgd", "… zal worden gevoerd door ZonMW")
_HOLDER = (r"(?:(?:de|het)\s+)?(?:(?:(?:algemeen|vice-?)\s*)?(?:directeur|voorzitter)|functionarissen[^,.;:]{0,80}?|bestuur|"
           r"hoofd)\s+van\s+(?:de\s+|het\s+)?|(?:de|het)\s+")
_MANDATED_OR_KEPT = lazyre.compile(
    r"\b(?:mandaat|machtiging|volmacht)(?:\s+en\s+(?:machtiging|volmacht))?\s+(?:wordt\s+)?(?:verleend\s+)?aan\s+"
    r"(?:" + _HOLDER + r")?(?P<x>[^,.;:()]{2,80})"
    r"|\b[Aa]an\s+(?:" + _HOLDER + r")(?P<y>[^,.;:()]{2,80}?)\s*(?:,[^.;:]{0,80}?,\s*)?\s+wordt\s+(?:[\wà-ÿ]+\s+){0,3}?"
    r"(?:mandaat|machtiging|volmacht)"
    r"|\b[Ss]ecretariaat\s+van\s+(?:de|het)\s+(?P<item>[^,.;:()]{2,80}?)\s+(?:wordt|zal\s+worden)\s+(?:door\s+(?:de\s+|het\s+)?"
    r"(?P<z>[^,.;:()]{2,60}?)\s+(?:verzorgd|gevoerd)|(?:verzorgd|gevoerd)\s+door\s+(?:de\s+|het\s+)?(?P<w>[^,.;:()]{2,60}))"
    # ("Het secretariaat van de Raad berust bij het Ministerie van Verkeer en Waterstaat", "Dit Programmabureau is
    # ondergebracht bij de Meetkundige Dienst van de Rijkswaterstaat": the office that runs it is that body's)
    r"|\b(?:[Ss]ecretariaat(?:\s+van\s+(?:de|het)\s+(?P<kept>[^,.;:()]{2,80}?))?|[Pp]rogramma-?\s*bureau)\s+"
    r"(?:berust|ligt|is\s+ondergebracht|is\s+gevestigd)\s+bij\s+(?:de\s+|het\s+)?(?P<v>[^,.;:()]{2,60})")
# a body the vocabulary does not know, by its capitalised name: "Nederlandse Diabetes Federatie", "AgentschapNL"
# ("Meetkundige Dienst van de Rijkswaterstaat", "Hangar K")
_CAPITALISED_BODY = lazyre.compile(r"[A-Z][\wà-ÿ&’'-]+(?:\s+(?:(?:van|voor|de|der|het|en)\s+){0,2}[A-Z][\wà-ÿ&’'-]*){0,5}")


def _carrying_body(span: str) -> str:
    """The body at the start of `span`: one the vocabulary knows, or a capitalised name that is no principal."""
    known = [o for o in _orgs(span) if o.start <= 2]
    if known:
        return known[0].canonical
    m = _CAPITALISED_BODY.match(span.strip())
    return m.group(0) if m and len(m.group(0)) >= 3 else ""


def carried_out(doc_text: str, doc_title: str, found: list[Initiative]) -> None:
    """The coordinator of what a decision hands over or sets up, when a sentence gives the body that carries it out
    (`_MANDATED_OR_KEPT`): the initiative the sentence names (a secretariat's committee, by name), else the one the
    document's title names, else the document's only one. The body keeps its role only where the record has none."""
    if not found:
        return
    for sentence in _SENT.split(doc_text):
        m = _MANDATED_OR_KEPT.search(sentence)
        if not m:
            continue
        body = _carrying_body(next(g for g in (m.group("x"), m.group("y"), m.group("z"), m.group("w"), m.group("v")) if g))
        if not body or _principal(body):
            continue
        named = [it for it in found if _last_mention(it.name, sentence, len(sentence)) >= 0]
        kept_for = m.group("item") or m.group("kept")  # the committee a secretariat is named of
        if kept_for:
            named = [it for it in found if _last_mention(kept_for.strip(), it.name, len(it.name)) >= 0
                     or _last_mention(it.name, kept_for, len(kept_for)) >= 0] or named
        titled = [it for it in found if _last_mention(it.name, doc_title, len(doc_title)) >= 0]
        target = named if len(named) == 1 else titled if len(titled) == 1 else found if len(found) == 1 else []
        for item in target:
            if not item.coordinator and body != item.name:
                item.coordinator = body
