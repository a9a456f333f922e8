"""What the kind of document says about the names in it.

A court ruling holds no initiatives; examination rules hold only those a student takes part in; a
long text of no known kind does not make a record of a name it mentions in passing. A government
decision is about the scheme it grants money to or the body it sets up, even when it never spells
a name; a "Regeling" is a scheme only in a document that grants money.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Document, Initiative, Passage
from .shapes import (
    _clean, _fold, _has_type_word, _MAX_WORDS, normalise_name, _plural_in, _SENT, _singular, _type_of, _type_tail,
)
from .roles import _BUDGET, _funding, _is_organisation, _listed_bodies, _org_list, _orgs, _principal, _YEARS
from .candidates import _BODY_WORD, _lower_compounds
from ...text import lazyre


# a regulation by its name ("Regeling …", "…regeling", "NWO-regeling") is a scheme when it says what
# it funds or runs ("Subsidieregeling …", "Regeling educatieve minor … 2013–2016",
# "VISIE-beursregelingen") or when its document grants money ("Regeling open en online hoger
# onderwijs": subsidie in every other paragraph); otherwise it says how something is run (fees,
# pay, powers, norms: "Regeling financiën hoger onderwijs", "Bevoegdhedenregeling NWO 2013")
# (a regulation named after the kind of act or body it is, "Gemeenschappelijke Regeling Veiligheidsregio NHN",
# "Samenwerkingsovereenkomst Mandaatregeling ZON", is one too)
_ADMINISTRATIVE_REGULATION = lazyre.compile(r"(?:\S+\s+){0,2}?(?:(?:Tijdelijke\s+)?Regeling\b.*|[\w-]*regeling(?:\s+\S+){0,13})",
                                            re.IGNORECASE)


_SCHEME_PURPOSE = lazyre.compile(r"subsidie|beurs|toeslag|stimuler|innovatie|fonds|programma|project|experiment|pilot|"
                                 r"minor|premie|prijs|lening|impuls|investering", re.IGNORECASE)


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


# the kind tag.kinds gives a text none of its formulas fit (no law, regulation, decision, question, motion,
# plan, report, web page or slides): a note, a list of decisions, a framework, a selection list
_UNKNOWN_KIND = "document"


_LONG_TEXT = 2  # passages: a text of one passage may well be about the one thing it names once


# what a text of such a kind names without running it: a committee, plan, frame, agreement or scheme it refers to
_REFERRED_KINDS = frozenset({"working_group", "action_plan", "framework", "agreement", "scheme", "charter",
                             "instrument", "measure"})


def _kind_of(doc: Document, passages: list[Passage]) -> str:
    from ..kinds import detect_kind

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
_EXAMINATION_RULES = lazyre.compile(r"examen(?:reglement|regeling)", re.IGNORECASE)


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
_JUDGMENT = lazyre.compile(r"\b(?:Arrest|Beslissing|Uitspraak)\s+nr\.\s*\d|\bRolnr\.|\brolnummer\s+\d|"
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
_SETS_UP_BODY = lazyre.compile(r"^(?:(?:Besluit|Regeling|Beschikking)\b[^\n]*?\bhoudende\s+(?:de\s+)?(?:[Hh]ernieuwde\s+)?[Ii]nstelling\s+van\s+"
                               r"(?:een|de|het)\s+|"
                               r"(?:Instellingsbesluit|Instellingsregeling|Instellingsbeschikking|Instelling)\s+)"
                               # (a body called by its kind and a proper name: "Instellingsbeschikking stuurgroep Nationaal …")
                               r"(?P<name>(?:(?:stuurgroep|commissie|werkgroep|programmaraad|adviescommissie|beleidscommissie|"
                               r"taskforce|raad|forum)\s+)?[A-Z][^()\n,]{2,100}?)\s*(?:\(|$)")


def _decreed_body(doc: Document, passages: list[Passage], found: list[Initiative]) -> Initiative | None:
    """The body a decree sets up, by its title, when the text named it in no record: the decree is
    about that body ("… houdende instelling van een Cyber Security Raad", whose articles say only "de
    Raad"), even when its name ends like an organisation's. None when a record already names a body
    of the decree (its own spelling, "Evaluatiecommissie KNAW", is kept). A body the vocabulary lists as an
    organisation ("Raad voor Deltaonderzoek") is the decree's initiative all the same: a minister's decree
    sets up a body for a task, where a law that sets up a council (not matched here) makes an organisation."""
    m = _SETS_UP_BODY.match(" ".join((doc.title or "").split()))
    if not m:
        return None
    name = m.group("name").strip()
    key = normalise_name(name)
    words = {w for w in key.split() if len(w) >= 5}
    if not key or len(name.split()) > _MAX_WORDS:
        return None
    if any(normalise_name(i.name) == key or _BODY_WORD.search(i.name) and words & set(normalise_name(i.name).split())
           for i in found):
        return None
    stating = [p.id for p in passages if name in p.text][:3] or [p.id for p in passages[:1]]
    return Initiative(name=name, type=_type_of(name) or "working_group", country=_country(doc),
                      passage_ids=stating, doc_ids=[doc.id])


# who sends members to a body a decree sets up: a list of members after "Als lid worden benoemd:" ("f. de voorzitter
# van het college van bestuur van de Vrije Universiteit Amsterdam;"), "Het Interprovinciaal Overleg, de Vereniging
# van Nederlandse Gemeenten en de Unie van Waterschappen dragen elk een lid … voor", "benoemd op voordracht van de KNAW"
_MEMBER_LIST = lazyre.compile(r"\b(?:als\s+(?:lid|leden)\s+(?:worden|wordt)\s+benoemd|(?:bestaat|bestaande)\s+uit\s+de\s+"
                              r"volgende\s+leden)\s*:[ \t]*\n", re.IGNORECASE)
_MEMBER_ITEM = lazyre.compile(r"[ \t]*(?:[a-z]|\d{1,2})[.)][ \t]+([^\n]+)\n?")
_NOMINATES = lazyre.compile(r"(?:^|(?<=[.:;]\s)|(?<=\n))(?:\d{1,2}\.\s+)?(?P<who>[^.;:\n]{3,200}?)\s+(?:draagt|dragen)\s+(?:elk\s+)?"
                            r"(?:een|één|twee|drie|vier|vijf|\d{1,2})\s+(?:lid|leden)\b[^.;\n]{0,100}?\svoor\b")
_ON_NOMINATION = lazyre.compile(r"\bop\s+(?:voordracht|aanbeveling)\s+van\s+(?P<who>[^.;:()\n]{3,120})", re.IGNORECASE)
# the members who sit in it, one per clause of a paragraph: "In de commissie hebben zitting: a. als lid: de Directeur
# van NEDECO als vertegenwoordiger van de dienstverlenende ingenieursbureaus in Nederland; de Directeur van het
# Nederlands Instituut voor Vliegtuigontwikkeling en Ruimtevaart als vertegenwoordiger van …;" - each from the body
# before "als vertegenwoordiger van" / "namens", not the one it stands for
_SITTING = lazyre.compile(r"\b(?:hebben|heeft)\s+(?:daarin\s+)?zitting\s*:\s*(?P<list>(?:[^\n]|\n(?!\s*\n\s*\d{1,2}\.\s))"
                          r"{10,3000})", re.IGNORECASE)
_STANDS_FOR = lazyre.compile(r"\s(?:als\s+vertegenwoordiger\s+van|namens|tevens)\s", re.IGNORECASE)
_ACRONYM_BODY = lazyre.compile(r"\bvan\s+(?:de\s+|het\s+)?(?P<x>[A-Z][A-Z&-]{2,9})\b")


def _member_bodies(text: str) -> list[str]:
    """The organisations that send members to a body a decree sets up: the one each item of its list of members
    comes from (the last the item names: "de voorzitter van het college van bestuur van de Universiteit Twente"),
    those that nominate a member (listed by their names: "Het Interprovinciaal Overleg, … dragen elk een lid …
    voor" makes them bodies). Never the principal: a ministry's director-general sits in it for the
    minister who set it up."""
    out: list[str] = []

    def add(names):
        out.extend(o for o in names if o not in out and not _principal(o))

    for m in _MEMBER_LIST.finditer(text):
        pos = m.end()
        while True:
            pos += len(re.match(r"\s*", text[pos:]).group(0))
            item = _MEMBER_ITEM.match(text, pos)
            if not item or not re.match(r"[a-z]", item.group(0).strip()):
                break  # the lettered items end: the next numbered paragraph of the article
            found = _orgs(item.group(1))
            if found:
                add([found[-1].canonical])
            pos = item.end()
    for m in _NOMINATES.finditer(text):  # a list of bodies, named as the vocabulary knows them or not
        add(_listed_bodies(re.sub(r"^(?:Het|De)\s+", "", m.group("who"))))
    for m in _ON_NOMINATION.finditer(text):
        add(_org_list(m.group("who"))[:1])
    for m in _SITTING.finditer(text):
        for clause in m.group("list").split(";"):
            own = _STANDS_FOR.split(clause, maxsplit=1)[0]
            found = _orgs(own)
            acronym = _ACRONYM_BODY.search(own)
            add([found[-1].canonical] if found else [acronym.group("x")] if acronym else [])
    return out


def _decreed_members(doc: Document, found: list[Initiative]) -> None:
    """The bodies that send members to the body a decree sets up (by its title) are its partners."""
    m = _SETS_UP_BODY.match(" ".join((doc.title or "").split()))
    if not m:
        return
    key = normalise_name(m.group("name").strip())
    body = next((i for i in found if normalise_name(i.name) == key), None)
    if body is None:
        return
    body.partners.extend(o for o in _member_bodies(doc.text) if o not in body.partners and o != body.coordinator)


# an agreement by its title: "Overeenkomst inzake bestuurlijke samenwerking tussen …", "Circulaire uitvoering
# Overeenkomst Sociaal Beleid Rijk", "Convenant …", "Bestuursakkoord …"
_AGREEMENT_TITLE = lazyre.compile(r"\b(?:[\wà-ÿ]*[Oo]vereenkomst|[\wà-ÿ]*[Cc]onvenant|[\wà-ÿ]*[Aa]kkoord)\b")
# the parties that sign it, at its end: "Namens de Algemene Centrale van Overheidspersoneel FNV, Namens het
# Ambtenarencentrum, …"; "De voorzitter van het bestuur van de Stichting Waarborgfonds HBO, Drs. H.A.J. Kemner"
_ON_BEHALF = lazyre.compile(r"\bNamens\s+(?:de\s+|het\s+)?(?P<x>[A-Z][^\n]{2,150}?)[\s,*_]*(?=\bNamens\b|\n|$)")
_SIGNING_OFFICER = lazyre.compile(r"\b(?:voorzitter|directeur|bestuurder|president)\s+van\s+(?:het\s+bestuur\s+van\s+|"
                                  r"de\s+raad\s+van\s+bestuur\s+van\s+)?(?:de\s+|het\s+)?(?P<x>[A-Z][^,\n]{2,120}),\s*"
                                  r"(?:\n|$|(?=(?:[Dd]rs|[Dd]r|[Mm]r|[Ii]r|[Pp]rof|[Ii]ng)\.|[A-Z]\.))", re.IGNORECASE)
SIGNATURES = 2500  # the signatures stand in the last characters of the text


def _signatories(text: str) -> list[str]:
    """The organisations that sign an agreement, from its signature block; never the minister or ministry that
    is the other party."""
    tail = text[-SIGNATURES:]
    out: list[str] = []
    for m in [*_ON_BEHALF.finditer(tail), *_SIGNING_OFFICER.finditer(tail)]:
        name = m.group("x").strip(" ,*_")
        known = _orgs(name)
        name = known[-1].canonical if known else name
        # (by its head: the union "Centrale van … Functionarissen bij Overheid en Onderwijs" is no government)
        if name not in out and not _principal(re.split(r"\s(?:van|voor|bij)\s", name)[0]):
            out.append(name)
    return out


def _signed_by_parties(doc: Document, found: list[Initiative]) -> None:
    """The organisations that sign an agreement are partners in the agreement its title names."""
    title = " ".join((doc.title or "").split())
    if not _AGREEMENT_TITLE.search(title):
        return
    key = normalise_name(title)
    named = [i for i in found if (name := normalise_name(i.name)) and name in key]
    if not named:
        return
    agreement = max(named, key=lambda i: len(i.name))
    agreement.partners.extend(o for o in _signatories(doc.text) if o not in agreement.partners
                              and o != agreement.coordinator)


_GOVERNMENT_DECISION = "government_decision"  # tag.kinds: a government's decision, as its press summary gives it


# where the title of such a summary ends and its body begins: "… studentenhuisvesting Ontwerpbesluit van de
# Vlaamse Regering tot …", "… Agro-Incubator A. Twee ontwerpen …"
_DECISION_BODY = lazyre.compile(r"\s(?:Ontwerpbesluit|Voorontwerp|Ontwerpdecreet|Ontwerp\s+van|A\.)\s")


# a grant by its kind of money: "investeringssubsidie", "Mobiliteitsbeurs", "projectsubsidie", "toelage", "premie"
_GRANT_WORD = lazyre.compile(r"[\wà-ÿ-]*(?:subsidie|beurs|toelage|premie)", re.IGNORECASE)


# the items of a title's subject, one grant each: "financiering van NERF, … en investeringssubsidie Agro-Incubator"
_TITLE_ITEMS = lazyre.compile(r",\s+|\s+en\s+(?=[\wà-ÿ-]*(?:subsidie|beurs|toelage|premie|financiering)\b)", re.IGNORECASE)


# a title's subject that is only the grants of a year or period: "subsidies 2023", "werkingssubsidie 2021-2025"
_YEARLY_GRANT = lazyre.compile(r"[\wà-ÿ-]*(?:subsidies?|beurzen|beurs|toelagen?|premies?|middelen)\s+(?P<when>(?:19|20)\d\d"
                               r"(?:\s?[-–]\s?(?:19|20)\d\d)?)", re.IGNORECASE)


# a kind word and the lower-case words of what it is about, up to a period or a date: "actieplan duaal leren"
_KIND_AND_TOPIC = lazyre.compile(r"[\wà-ÿ-]+\s+(?P<topic>(?:(?!voor\b|van\b|in\b|tot\b|vanaf\b|tijdens\b|periode\b)[a-zà-ÿ][\wà-ÿ-]*\s*){1,4})")


# a title's grant to named bodies for a described purpose: "620.000 euro subsidie aan … voor de integratie van de chatlijn
# na seksueel geweld" (not a period or a year: "voor de periode …", "voor 2020")
_PAID_TO_FOR = lazyre.compile(r"(?:(?:€\s?)?\d[\d.,]*\s+(?:(?:miljoen|miljard)\s+)?euro\s+)?(?P<grant>[\wà-ÿ-]*subsidie)\s+aan\s+"
                              r"(?P<who>[^:]{3,200}?)\s+voor\s+(?P<purpose>(?:de|het)\s+(?!periode\b|jaren?\b|werking\b)[^:]{6,140})",
                              re.IGNORECASE)


def _sums_where(text: str, says: Callable[[str], bool]) -> list[str]:
    """The sums, each once, of the budget sentences of `text` that `says` holds for (the ones that name a grant's
    kind of money, or its initiative)."""
    return list(dict.fromkeys(f for sentence in _SENT.split(text) if says(sentence) and _BUDGET.search(sentence)
                              for f in _funding([sentence])))


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
    Actieplan Mentaal Welzijn") is left to that initiative. A record the body names in passing, with no
    money of its own and not named in the title ("Brains on the move" in a decision on the
    mobiliteitsbeurs), does not make the title's grant its own."""
    title = _decision_title(doc.text)
    # (a plan a title puts before its colon frames the grant: "Plan Vlaamse Veerkracht: 620.000 euro subsidie aan …")
    frames = {normalise_name(title.split(": ", 1)[0])} if ": " in title else set()
    others = [i for i in found if not (i.type == "action_plan" and normalise_name(i.name) in frames)]
    if any(_paid_or_titled(i, doc) for i in others):
        return []
    subject = title.split(": ", 1)[-1]
    out: list[Initiative] = []
    paid = _PAID_TO_FOR.fullmatch(subject)
    if paid and others:
        return []
    if paid:
        # "620.000 euro subsidie aan Vertrouwenscentrum Kindermishandeling Brussel – vzw Kind in Nood, CAW Oost-Brabant en
        # SAM vzw voor de integratie van de chatlijn na seksueel geweld": what the grant pays for, its recipients apart
        name = f"{paid.group('grant')} voor {paid.group('purpose')}"
        funding = _sums_where(doc.text, lambda sentence: paid.group("grant").lower() in sentence.lower())
        return [Initiative(name=name, type="fund", country=_country(doc), funding=funding,
                           passage_ids=[p.id for p in passages[:1]], doc_ids=[doc.id])]
    yearly = _YEARLY_GRANT.fullmatch(subject)
    if yearly and ": " in title:
        # "Open Science beleid: subsidies 2023": the grants of a year pay for what the title names before the colon
        # (beside a record the body names in passing, with no money of its own and not in the title: "… de instellingen
        # vertegenwoordigd in de Flemish Open Science Board")
        name = _clean(title.split(": ", 1)[0])
        if name and len(name.split()) <= 8 and not _is_organisation(name) and not _org_list(name) and \
                not re.search(_BODY_BEFORE, name):
            return [Initiative(name=name, type="fund", country=_country(doc), period=yearly.group("when"),
                               passage_ids=[p.id for p in passages[:1]], doc_ids=[doc.id])]
    for item in _TITLE_ITEMS.split(subject):
        words = item.split()
        if len(words) < 2 or not _GRANT_WORD.fullmatch(words[0]):
            continue
        kind = _has_type_word(words[1:])
        if kind >= 0:
            # "subsidie uitvoering actieplan duaal leren voor de periode van …": the grant pays for the initiative its
            # kind word and the words after it describe, which no other record names
            named = _KIND_AND_TOPIC.match(" ".join(words[1 + kind:]))
            if named and not found and named.group("topic").islower():
                name = named.group(0).strip()
                key = normalise_name(name)
                # (its money: the sums of the sentences that name it, "kent … maximaal 1 miljoen euro toe aan de vijf RTC's
                # voor de uitvoering van het actieplan duaal leren")
                out.append(Initiative(name=name, type=_type_of(name) or "programme", country=_country(doc),
                                      funding=_sums_where(doc.text, lambda sentence: key in normalise_name(sentence)),
                                      passage_ids=[p.id for p in passages[:1]], doc_ids=[doc.id]))
            continue
        if len(words) > 10:
            continue
        name = _clean(item)
        if not name:
            continue
        money = _GRANT_WORD.fullmatch(words[0]).group(0).lower()
        funding = _sums_where(doc.text, lambda sentence: money in sentence.lower())
        if found and not funding:
            continue  # beside records the body names, the title's grant must be the money the body grants
        out.append(Initiative(name=name, type="fund", country=_country(doc), funding=funding,
                              passage_ids=[p.id for p in passages[:1]], doc_ids=[doc.id]))
    return out


def _paid_or_titled(item: Initiative, doc: Document) -> bool:
    """Whether a record is what a decision's money pays for (it carries a sum) or what its title names:
    then the decision is about that record, not about the grant its title spells."""
    core = normalise_name(item.name)
    return bool(item.funding) or bool(core) and core in normalise_name(_decision_title(doc.text) or doc.title or "")


# what a text calls a body before its name: "Op voordracht van de organisatie Vlamingen in de Wereld", "de vzw X"
_BODY_BEFORE = r"\b(?:organisatie|vzw|ivzw|vereniging|stichting|Stichting|Vereniging)[ \t]+"


def _called_a_body(item: Initiative, doc: Document) -> bool:
    """Whether the document calls the record's name a body ("de organisatie Vlamingen in de Wereld", after "het
    netwerk Vlamingen in de Wereld (ViW)" elsewhere): the text's own word for what it is outweighs the
    kind word a cue found it by."""
    return re.search(_BODY_BEFORE + re.escape(item.name) + r"(?![\w-])", doc.text) is not None


_ACRONYM_NETWORK = lazyre.compile(r"([A-Z]{2,6})[- ](?:netwerk|network)")


def _network_of_a_body(item: Initiative, doc: Document) -> bool:
    """A network named only by an acronym the document also uses on its own ("het FIT netwerk verder versterkt.
    FIT zet een gericht budget …", "o.l.v. een AAVR … het AAVR-netwerk"): the offices or people of that body or
    post, as the vocabulary's "VLAIO-netwerk" is, even when the vocabulary does not know the acronym."""
    m = _ACRONYM_NETWORK.fullmatch(item.name)
    return m is not None and re.search(rf"(?<![\w-]){m.group(1)}(?![\w-])(?![ \t]+(?:netwerk|network))", doc.text) is not None


_FUNDING_WORD = lazyre.compile(r"\bsubsidie\w*", re.IGNORECASE)


FUNDING_PER_WORD = 0.005  # "subsidie" in at least 5 of every 1,000 words: the document grants money


# a regulation whose title says it grants money: "houdende regels voor het verstrekken van een aanvullende vergoeding
# voor het werven van extra stageplaatsen", "… voor de verstrekking van subsidie …", "… voor aanvullende bekostiging
# voor de versterking van de salarismix …" (not the standing bekostiging of every institution)
_GRANTING_TITLE = lazyre.compile(r"\bhoudende\s+regels\s+(?:voor|inzake|omtrent|met betrekking tot)\s+(?:(?:het\s+verstrekken|de\s+verstrekking|"
                                 r"het\s+verlenen|de\s+verlening|de\s+toekenning)\s+van\s+)?(?:een\s+)?(?:(?:aanvullende|extra|tijdelijke|"
                                 r"eenmalige|bijzondere)\s+(?:bekostiging|vergoeding|bijdrage)|subsidie|vergoeding|tegemoetkoming|bijdrage)",
                                 re.IGNORECASE)


# a title that says the regulation exists to further something: "houdende regels tot bevordering van de inburgering
# van allochtone vrouwen in de G31" (it pays municipalities to do so, by a word no funding count knows: "doeluitkering")
_FURTHERING_TITLE = lazyre.compile(r"\bhoudende\s+regels\s+(?:tot|ter)\s+(?:bevordering|stimulering)\s+van\b", re.IGNORECASE)


def grants_money(doc: Document) -> bool:
    """Whether a document grants money: "subsidie" in at least FUNDING_PER_WORD of its words, or a title that
    says it does (a regulation that pays "een aanvullende vergoeding" may never write "subsidie") or that it
    furthers something (`_FURTHERING_TITLE`)."""
    for title in (_GRANTING_TITLE, _FURTHERING_TITLE):
        if title.search(doc.title or "") or title.search(doc.text, 0, 600):
            return True
    return len(_FUNDING_WORD.findall(doc.text)) >= FUNDING_PER_WORD * max(1, len(doc.text.split()))


# what a regulation sets when it says how something is run, whatever year it is for: fees, pay, norms
# ("Regeling vaststelling lesgeld en cursusgeldtarieven 2016–2017", "Overgangsregeling Bezoldigingsbesluit … 1984")
_RUN_BY = lazyre.compile(r"lesgeld|cursusgeld|collegegeld|tarie[fv]|bezoldiging|salaris|rechtspositie|normen\b|mandaat", re.IGNORECASE)


def _administrative(name: str) -> bool:
    return bool(_ADMINISTRATIVE_REGULATION.fullmatch(name)) and not _SCHEME_PURPOSE.search(name) \
        and (not _YEARS.search(name) or bool(_RUN_BY.search(name)))


def _document_terms(doc: Document) -> frozenset:
    """The lower-case instrument names a document repeats ("mensenrechtentoets"): only those count."""
    counts: dict[str, int] = {}
    title = normalise_name(doc.title or "")
    kinds: set[str] = set()
    singular: set[str] = set()  # terms the text also uses in the singular
    for start, _, word in _lower_compounds(doc.text):
        term = _singular(word)
        if term not in title:  # the document's own kind ("regeerakkoord" in a coalition agreement)
            counts[term] = counts.get(term, 0) + 1
        if word == term:
            singular.add(term)
        if re.search(r"\b(?:een|elk|elke|ieder|iedere)\s+(?:\w+\s+)?$", doc.text[max(0, start - 30):start]):
            kinds.add(term)
    # "een bijkomend samenwerkingsakkoord", "de nodige samenwerkingsakkoorden": one of a kind, not a named one
    kinds = {t for t in kinds if _plural_in(t, doc.text)}
    # (a term only ever in the plural, "(inter)sectorconvenanten", names a kind of agreement, not one instrument)
    doc_terms = frozenset(t for t, n in counts.items() if n >= 2 and t not in kinds and t in singular)
    return doc_terms


# the one capitalised compound a government decision's summary opens with: "Mobiliteitsbeurs studenten die …",
# "Impulsprogramma Ruimtevaarteconomie: herverdelingsbesluit"
# (or the kind of act after it: "Lerarenbonus Voorontwerp van besluit van de Vlaamse Regering over de lerarenbonus")
_OPENING_COMPOUND = lazyre.compile(r"\s*(?P<name>[A-Z][a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?)(?=[ \t]*:|[ \t]+[a-zà-ÿ]|\s*$|"
                                   r"[ \t]+(?:Voorontwerp|Ontwerp|Ontwerpbesluit|Ontwerpdecreet|Conceptnota)\b)")


def _titled_compound(doc: Document, passages: list[Passage], found: list[Initiative]) -> Initiative | None:
    """The fund, grant, programme or plan a government decision's title opens with, as one compound of a kind
    word ("Mobiliteitsbeurs studenten die een periode in het buitenland doorbrengen"): the title says what the
    decision is about, so a compound whose first part is an everyday word (which `_only_kind` takes for a kind of
    thing in running text) is that decision's initiative. None when the text's records name it already, when
    the compound is only a kind word, or an organisation."""
    m = _OPENING_COMPOUND.match(doc.text)
    if not m:
        return None
    name = m.group("name")
    word = _fold(name).lower().replace("-", "")
    tail = _type_tail(word)
    if not tail or tail == word or _is_organisation(name):
        return None
    key = normalise_name(name)
    if any(key in normalise_name(i.name).split() or normalise_name(i.name) == key for i in found):
        return None
    return Initiative(name=name, type=_type_of(name), country=_country(doc),
                      passage_ids=[p.id for p in passages[:1]], doc_ids=[doc.id])


# a decision that sets a body or fund up says so in its title: "Oprichting, werking, samenstelling en organisatie van de
# Vlaamse Planningscommissie gezondheidszorgberoepen"
_FOUNDED_TITLE = lazyre.compile(r"Oprichting(?:\s*,\s*[a-z]+)*(?:\s+en\s+[a-z]+)?\s+van\s+(?:de|het|een)\s+(?P<name>[A-Z][^:;()]{3,100})$")


def _founded(doc: Document, passages: list[Passage], found: list[Initiative]) -> Initiative | None:
    """The body or fund a government decision's title says it sets up, when no record names it already: what a
    decision founds is what it is about, though the text calls it by its kind word after ("de Vlaamse
    Planningscommissie"). None for an organisation the vocabulary knows."""
    m = _FOUNDED_TITLE.match(_decision_title(doc.text))
    if not m:
        return None
    name = _clean(m.group("name"))
    key = normalise_name(name)
    if not name or len(name.split()) > _MAX_WORDS or _is_organisation(name) or \
            any(normalise_name(i.name) in key or key in normalise_name(i.name) for i in found):
        return None
    return Initiative(name=name, type=_type_of(name) or "working_group", country=_country(doc),
                      passage_ids=[p.id for p in passages[:1]], doc_ids=[doc.id])
