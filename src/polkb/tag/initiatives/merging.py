"""One record per initiative, in a document and across documents.

`_settle` gives a document's partner lists to its main initiative (the one named most often),
adds target groups, topics and a scheme's budget, drops what is no initiative (named once by a
cue alone, a report) and merges aliases, acronyms and variants ("Plan Vlaamse Veerkracht" beside
"Vlaamse Veerkracht"). `merge_groups` joins records of several documents by normalised name and
alias; each fact stays with the document that states it.
"""
from __future__ import annotations

import functools
import re

from ...model import Document, Initiative, Passage
from .shapes import (
    abbreviates, _clean, _common, _CONNECT_WORDS, _fold, _FUNCTION_WORDS, _has_type_word, _KIND_ADJECTIVES, _lower, _MAX_WORDS, _NATIONALITY, normalise_name,
    _SENT, _TYPE_WORDS, _whole_mentions,
)
from .roles import _BUDGET, _BUDGET_WORDS, _body_named, _funding, _is_organisation, _listed_bodies, _org_list, _vocab, _YEARS
from .rejects import _unowned_test
from .described import _ACTION_NOMINAL
from .candidates import _CITED_AS, _SCHEME_PREFIX
from ...text import lazyre


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
    _merge_abbreviated(doc.text, by_key)
    _merge_said_to_be(doc.text, by_key, mentions)
    found = _merge_variants(_merge_run_on(doc.text, list(by_key.values())))
    _scheme_funding(doc, found, passages)
    _name_bodies_by_whose(doc, found)
    return found


def _named_in(core: str, title: str) -> bool:
    """Whether a title names an initiative: its name (or a themed body's short form, `_short_form`) as a run
    of the title's words, or all its words but numbers in the title ("Convenant 2024-2028 Expertisecellen
    Wetenschapscommunicatie" in the file-name title "… beslissing convenant expertisecellen
    wetenschapscommunicatie")."""
    if core in title or _short_form(core) in title:
        return True
    words = [w for w in core.split() if not w.isdigit()]
    return len(words) >= 2 and set(words) <= set(title.split())


# a body named by its kind, what it does and its theme: "Steunpunt voor Beleidsrelevant Onderzoek voor het thema
# Omgeving en Gezondheid", which a title calls by its kind and theme alone ("… beslissing steunpunt omgeving en
# gezondheid 2022 2027")
_THEMED = lazyre.compile(r"^(?P<kind>\w+)\s.*?\bthema\s+(?P<theme>\w.*)$")


def _short_form(core: str) -> str:
    """The short form of a themed body's name (its kind word and its theme); a name of another shape itself."""
    m = _THEMED.match(core)
    return f"{m.group('kind')} {m.group('theme')}" if m else core


# a sum the sentence grants for something it names: "een eenmalige subsidie van 3 miljoen euro toe voor de oprichting
# van de Flanders Make Academy" pays for the academy, not for the covenant the decision is about
_PAYS_FOR_ANOTHER = lazyre.compile(rf"\bvoor\s+de\s+{_ACTION_NOMINAL}\s+van\s+(?:de|het|een)\s", re.IGNORECASE)


def _document_scheme(doc: Document, items: list[Initiative]) -> Initiative | None:
    """The scheme, fund, programme, pilot or covenant a document is about, or the centre or network a decision to
    fund it is about ("… beslissing vlaamse ai academie vaia 2024", "… subsidie kenniscentrum data en
    maatschappij"): the one its title (or the short title a regulation gives itself) names, the one named most
    often if it names several, or the grant for taking part in it the document names; None for a letter or a
    report."""
    title = normalise_name(doc.title or "")
    # the short title a regulation gives itself names its scheme too ("wordt aangehaald als: Regeling
    # Sirius programma 2010" under a long title that never says "Sirius")
    cited = {_core(_clean(m.group(1))) for m in _CITED_AS.finditer(doc.text)}
    # (a record merged from the cited title and a shorter mention may keep the shorter spelling: "Subsidieregeling
    # Opleidingen" for "Subsidieregeling Opleidingen in een Jeugd ggz-instelling 2015–2017")
    schemes = [it for it in items if it.type in ("scheme", "fund", "programme", "pilot", "agreement", "network", "instrument") and _core(it.name)
               and (_named_in(_core(it.name), title) or any(c == _core(it.name) or c.startswith(_core(it.name) + " ") for c in cited))]
    if not schemes:
        return None
    main = max(schemes, key=lambda it: (len(it.passage_ids), -items.index(it)))
    # the grant for it the document also names ("projectsubsidie voor deelname aan Europese Universiteiten" beside
    # "Europese Universiteiten"): a decision granting it is about the grant, not about the programme it pays a part in
    grants = [it for it in items if it is not main and _GRANT_FOR.match(it.name)
              and normalise_name(it.name).endswith(" " + normalise_name(main.name))]
    return grants[0] if grants else main


# a grant named by what it pays for: "projectsubsidie voor deelname aan …", "investeringssubsidie voor …"
_GRANT_FOR = lazyre.compile(r"[\wà-ÿ-]*(?:subsidie|beurs|toelage|premie)\s+voor\s", re.IGNORECASE)


def _scheme_funding(doc: Document, items: list[Initiative], passages: list[Passage]) -> None:
    """A regulation or decision sets the budget of the scheme it is about in sentences that do not
    name it ("Het subsidieplafond bedraagt € 10.800.000 voor 2010 en 2011", "Voor het convenant
    2024-2028 wordt een jaarlijkse subsidie van 2,29 miljoen euro voorzien"): those sums belong to
    the document's scheme, the scheme, fund, programme or covenant its title names (the one named most
    often, if the title names several). A budget sentence that names another of the document's initiatives
    gives its sums to that one (`_named_grant`), a sentence going on about that money right after it
    (`_MONEY_AGAIN`) gives its sums to the same one, and the items of a list that splits money into parts
    (`_PARTS_LEAD`) are no scheme's budget."""
    main = _document_scheme(doc, items)
    if main is None:
        return  # a letter or a report names many schemes: its sums stay with the sentences that name them
    if not main.coordinator:
        main.coordinator = _executor(doc.text)
    if not main.coordinator and not main.partners:
        defined = _defined_recipients(doc.text)
        if len(defined) == 1:
            main.coordinator = defined[0]
        else:
            main.partners.extend(defined)
    # the document's other initiatives a sentence may name, not those the main one's name holds ("Europese
    # Universiteiten" in "projectsubsidie voor deelname aan Europese Universiteiten")
    others = [it for it in items if it is not main and _telling(_plain_words(it.name))
              and not _plain_words(it.name) <= _plain_words(main.name)]
    divided = None  # whether the regulation divides its money (`_divides_money`), read once, when first needed
    for p in passages:
        low = _lower(p.text)
        if low is not None and not any(w in low for w in _BUDGET_WORDS):
            continue
        lead = ""  # the sentence that opens the list the sentences at hand are items of
        paid = None  # whom the sentence before paid, if it was a budget sentence
        for sentence in _SENT.split(p.text):
            before, paid = paid, None
            if not _LIST_ITEM.match(sentence):
                lead = sentence if sentence.rstrip().endswith(":") else ""
            elif _PARTS_LEAD.search(lead):
                continue
            if _PAYS_FOR_ANOTHER.search(sentence):
                continue
            if _BUDGET.search(sentence):
                grounds = _ON_GROUNDS.search(sentence)
                described = _grounds_text(doc.text, doc.text.find(sentence), grounds) if grounds else ""
                owner = _described_in(described, others) if described else None
                if owner is None and described:
                    divided = _divides_money(doc.text) if divided is None else divided
                    if divided:
                        continue  # a framework regulation's ceiling for a subsidy it gives no name
                owner = owner or _named_grant(sentence, others) or main
            elif before is not None and _MONEY_AGAIN.match(sentence):
                owner = before
            else:
                continue
            paid = owner
            for f in _funding([sentence]):
                if f not in owner.funding:
                    owner.funding.append(f)


# what a ceiling is set for, by the article (its paragraph, its item) that describes the subsidy: "Voor subsidieverlening op
# grond van artikel 7, tweede lid, is per kalenderjaar een bedrag van maximaal € 35.000,– beschikbaar", "… op grond van
# artikel 10, eerste lid, onderdeel c, …", "… op grond van artikel 15, eerste en tweede lid, …", "… op grond van deze
# paragraaf …"
_ON_GROUNDS = lazyre.compile(r"\bop\s+grond\s+van\s+(?:(?P<para>deze\s+paragraaf)|artikel\s+(?P<art>\d+[a-z]?)\b"
                             r"(?:,?\s*(?P<lid>[a-z]+)(?:\s+(?:en|tot en met)\s+(?P<lid2>[a-z]+))?\s+lid)?"
                             r"(?:,?\s*onderde(?:el|len)\s+(?P<part>[a-z])\b(?:(?:\s*,\s*[a-z]\b)*\s+(?:en|tot en met)\s+"
                             r"(?P<part2>[a-z])\b)?)?)", re.IGNORECASE)
_ORDINALS = {w: i for i, w in enumerate("eerste tweede derde vierde vijfde zesde zevende achtste negende tiende".split(), 1)}
_NEXT_HEADING = lazyre.compile(r"(?m)^(?:Artikel|Paragraaf|Hoofdstuk|Afdeling|§)\s")


def _divides_money(text: str) -> bool:
    """Whether a regulation sets ceilings for the subsidies of several of its articles (`_ON_GROUNDS`): it divides its
    money, and a ceiling for an article that names no initiative is not the regulation's own budget."""
    return len({tuple((m.group(g) or "").lower() for g in ("para", "art", "lid", "lid2", "part", "part2"))
                for sentence in _SENT.split(text) if _BUDGET.search(sentence) and _funding([sentence])
                for m in _ON_GROUNDS.finditer(sentence)}) >= 2


def _grounds_text(text: str, at: int, m: re.Match) -> str:
    """The text of the article, numbered paragraph (lid) or items a ceiling sentence at `at` refers to (`_ON_GROUNDS`);
    '' when the document has no such heading or number. The lead-in of a paragraph whose items are referred to comes
    first, apart from the items by a line break and a vertical bar."""
    if m.group("para"):
        heads = list(re.finditer(r"(?m)^(?:Paragraaf|§)\s*\S+", text[:max(at, 0)]))
        end = re.compile(r"(?m)^(?:Paragraaf|§|Hoofdstuk)\s").search(text, max(at, 0))
        return text[heads[-1].end(): end.start() if end else len(text)] if heads and at >= 0 else ""
    head = re.search(rf"(?m)^Artikel\s+{re.escape(m.group('art'))}\s*$", text)
    if not head:
        return ""
    end = _NEXT_HEADING.search(text, head.end())
    span = text[head.end(): end.start() if end else len(text)]
    lid = _ORDINALS.get((m.group("lid") or "").lower())
    if lid:
        last = _ORDINALS.get((m.group("lid2") or "").lower(), lid)
        first = re.search(rf"(?m)^{lid}\.\s", span)
        if not first:
            return ""
        after = re.compile(rf"(?m)^{last + 1}\.\s").search(span, first.end())
        span = span[first.start(): after.start() if after else len(span)]
    part = (m.group("part") or "").lower()
    if part:
        last_part = (m.group("part2") or part).lower()
        first = re.search(rf"(?m)^{part}\.\s", span)
        if not first:
            return ""
        after = re.compile(rf"(?m)^{chr(ord(last_part) + 1)}\.\s").search(span, first.end())
        span = span[:first.start()] + "\n|\n" + span[first.start(): after.start() if after else len(span)]
    return span


def _described_in(span: str, items: list[Initiative]) -> Initiative | None:
    """The initiative the referred text is about: of those its items name, the one its lead-in names too (the
    "Euroguidance programma" the lead-in and item b name, not the "Leven Lang Leren Programma" of item a), else the
    one it names first (the "pilotprogramma ‘Taal voor het Leven’" of activities "die bijdragen aan … het Actieplan
    Laaggeletterdheid")."""
    lead, _, body = span.rpartition("\n|\n")
    said = {id(it): re.compile(r"\s+".join(map(re.escape, it.name.split())), re.IGNORECASE) for it in items}  # any spacing
    at = {id(it): m.start() for it in items if (m := said[id(it)].search(body))}
    named = sorted((it for it in items if id(it) in at), key=lambda it: at[id(it)])
    if not named:
        return None
    return next((it for it in named if lead and said[id(it)].search(lead)), named[0])


# a sentence that goes on about the money the sentence before it made available: "In totaal is voor subsidieverlening
# … een bedrag beschikbaar van € 100.000. Deze programmamiddelen worden aangevuld tot een minimum van € 197.255 met
# bijdragen van …"
_MONEY_AGAIN = lazyre.compile(r"\s*(?:Deze|Dit|Die|Dat|Het|De)\s+(?:[\wà-ÿ-]*middelen|[\wà-ÿ-]*budget|bedrag)\b")


# an item of a list a sentence opens, not a sentence of its own: "a. € 59.350.000 is beschikbaar voor opleidingen van
# leraren …;", "2. de kosten van studiemiddelen … tot ten hoogste € 350;" (a numbered paragraph starts with a capital:
# "1. Het subsidieplafond bedraagt …")
_LIST_ITEM = lazyre.compile(r"\s*(?:[a-z]|\d{1,2})[.)]\s+(?:[a-zà-ÿ€]|\d)")
# a list's opening sentence that splits money into parts: "De verdeling van het beschikbare bedrag over de
# verschillende doelgroepen geschiedt als volgt:", "De subsidie voor studiekosten bedraagt de som van een vergoeding
# voor:"; its items are shares of the budget or parts of one person's grant, not the scheme's money (unlike the items
# of "In afwijking van: a. artikel 3, eerste lid, bedraagt het subsidieplafond € 4.650.000 …")
_PARTS_LEAD = lazyre.compile(r"\bverde(?:el|l|li)\w*|\bverdeeld\b|\bde\s+som\s+van\b", re.IGNORECASE)


def _named_grant(sentence: str, others: list[Initiative]) -> Initiative | None:
    """The one other initiative of the document a budget sentence names by all the words of its name
    ("Het subsidieplafond voor subsidie zij-instroom bedraagt …", "De subsidie voor zij-instroom bedraagt ten
    hoogste € 20.000 per zij-instromer" in a regulation whose chapters each set up a grant): a regulation's sum
    for one of its grants is that grant's, not the regulation's. None when it names none or several."""
    words = _plain_words(sentence)
    named = [it for it in others if _plain_words(it.name) <= words]
    return named[0] if len(named) == 1 else None


def _plain_words(text: str) -> frozenset[str]:
    """The content words of a text, case, accents and a hyphen inside a word folded away ("zij-instroom" =
    "Zij-instroom" = "zijinstroom"), without function words and numbers."""
    folded = re.sub(r"(?<=[a-z]{3})-(?=[a-z])", "", _fold(text).lower())
    return frozenset(w for w in re.split(r"[^\w+]+", folded) if w and not w.isdigit() and w not in _FUNCTION_WORDS)


def _telling(words: frozenset[str]) -> bool:
    """Whether a name's content words are enough to tell that a sentence names it: two words, or one of six letters or
    more ("Onderwijstraineeship"; not "Brik" alone)."""
    return len(words) >= 2 or any(len(w) >= 6 for w in words)


# adjectives that say how a body is set up, not which one it is: "onafhankelijke adviescommissie", "tijdelijk consortium"
_BODY_ADJECTIVES = frozenset("tijdelijk tijdelijke onafhankelijk onafhankelijke permanent permanente vast vaste extern externe "
                             "intern interne gemengd gemengde apart aparte speciaal speciale".split())


# what a body is made of, which says no more than its kind: "commissie van deskundigen", "werkgroep van experts"
_MADE_OF = lazyre.compile(r"\s+(?:van|uit)\s+(?:partners|deskundigen|experts|leden|vertegenwoordigers|specialisten)$")


# the heads of a body of people a scheme or a government sets to a task (advise, assess, steer); not a consortium,
# platform or network, which is funded and run as a thing of its own and keeps the name the text gives it
_BODY_HEAD_WORD = lazyre.compile(r"(?:commissie|werkgroep|stuurgroep|taskforce)$")


def _bare_kind(name: str) -> bool:
    """A name that is only a kind of committee or working group, in lower case, with the adjectives of its kind or
    its country: "beoordelingscommissie", "onafhankelijke adviescommissie", "tijdelijke werkgroep" (its head, alone
    or after an everyday word). Nothing a reader could look up: there is one such committee for every regulation."""
    words = _MADE_OF.sub("", name).split()
    while len(words) > 1 and (_fold(words[0]).lower() in _BODY_ADJECTIVES or _fold(words[0]).lower() in _KIND_ADJECTIVES
                              or words[0] in _NATIONALITY):
        words.pop(0)
    if len(words) != 1 or not words[0].islower():
        return False
    m = _BODY_HEAD_WORD.search(_fold(words[0]).lower())
    modifier = m.string[:m.start()] if m else ""
    return bool(m) and (not modifier or _common(modifier) or modifier.endswith("s") and _common(modifier[:-1]))


def _name_bodies_by_whose(doc: Document, items: list[Initiative]) -> None:
    """"Er is een beoordelingscommissie die tot taak heeft de minister … te adviseren omtrent … aanvragen om subsidie op
    grond van deze regeling": a committee named only by its kind is the one of the scheme the document is about,
    or of the body that leads it ("De Koning Boudewijnstichting zal een tijdelijke werkgroep oprichten"); that name in
    brackets tells it from the same kind in another document ("beoordelingscommissie (Huygens Scholarship
    Programme)") and lets a reader look it up; it is listed after that scheme, the thing a reader looks for first.
    A kind the text ties to neither keeps its name."""
    scheme = None
    for it in [it for it in items if _bare_kind(it.name)]:
        scheme = scheme or _document_scheme(doc, items)
        if scheme is not None and scheme is not it:
            it.name = f"{it.name} ({scheme.name})"
            if items.index(it) < items.index(scheme):
                items.remove(it)
                items.insert(items.index(scheme) + 1, it)
        elif it.coordinator:
            it.name = f"{it.name} ({it.coordinator})"


_CHAIR_ALIAS = lazyre.compile(r"^Cie[ -]")  # "Cie Vermeend": the committee Vermeend chaired


# the short name a legal text gives a name for the rest of it, in the same sentence: "Er is een Kennisplatform
# Elektromagnetische Velden en Gezondheid ingesteld bij besluit DGM/SAS nr 2007015295, hierna te noemen het
# Kennisplatform EMV", "…, verder aangeduid met Klankbordgroep EMV", "(hierna: de Regeling)"
_HEREINAFTER_ALIAS = lazyre.compile(r"[^.;\n]{0,160}?[,(][ \t]*(?:hierna|verder)(?:[ \t]+(?:te[ \t]+noemen|genoemd|aangeduid[ \t]+(?:met|als)))?"
                                    r"[ \t]*:?[ \t]*(?:(?:de|het)[ \t]+)?[‘'“\"]?(?P<alias>[A-Z][^,.;:()‘’'“”\"\n]{1,60}?)[’'”\"]?[ \t]*(?=[,.;)]|$)")


def _hereinafter(item: Initiative, text: str) -> list[str]:
    """The short names a text gives a record's name "hierna" (hereinafter): the same kind word or an abbreviation
    of the name ("Kennisplatform EMV" of "Kennisplatform Elektromagnetische Velden en Gezondheid"), not a bare kind
    word ("het Kennisplatform") and not a longer name."""
    out = []
    first = item.name.split()[0].lower()
    for m in re.finditer(re.escape(item.name) + r"(?![\w-])", text):
        tail = _HEREINAFTER_ALIAS.match(text, m.end())
        if not tail:
            continue
        alias = tail.group("alias").strip()
        words = alias.split()
        if len(words) <= 5 and len(alias) < len(item.name) and \
                (len(words) >= 2 and words[0].lower() == first or len(words) == 1 and abbreviates(alias, item.name)):
            out.append(alias)
    return out


def _merge_aliases(text: str, by_key: "OrderedDict[str, Initiative]") -> None:
    """"quantumveilige Cryptografie (QvC-Rijk)", "Code Interbestuurlijke Verhoudingen (Code IBV)" define an
    abbreviation, "Commissie Uitgangspunten Nieuw Studiefinancieringsstelsel (Cie Vermeend)" the name a
    committee goes by after its chair, "…, hierna te noemen het Kennisplatform EMV" the name a legal text uses
    for the rest of it: a record of the short name alone is the same initiative."""
    aliases: dict[str, str] = {}
    for key, item in by_key.items():
        if len(item.name) < 4:
            continue
        for alias in _hereinafter(item, text):
            akey = normalise_name(alias)
            if akey and akey != key:
                aliases.setdefault(akey, key)
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


# a sentence that says what the initiative a text is about is, pointing back to it by its kind: "Het project is
# een KA2-partnerschap bestaande uit …", "Dit programma is een Erasmus+-samenwerking"
_SAID_TO_BE = lazyre.compile(r"(?:^|[.!?:]\s+|\n)\s*(?:Het|Dit|Deze|Ons|Onze)\s+(?:project|programma|initiatief|netwerk|"
                             r"consortium|partnerschap|samenwerkingsverband)\s+(?:is|was)\s+(?:een|het)\s+"
                             r"(?:[a-zà-ÿ]+e\s+)?(?P<what>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3})")


def _merge_said_to_be(text: str, by_key: "OrderedDict[str, Initiative]", mentions: dict) -> None:
    """"Het project is een KA2-partnerschap bestaande uit de volgende organisaties": the name after "is een" says
    what kind of thing the project the text is about is (the record named most often), so a record of that name
    is no second initiative but the same one described by its kind; it goes into the main record, which keeps its
    name. Only a record the text names in that sentence alone (a name it uses elsewhere is a thing of its own)."""
    if len(by_key) < 2:
        return
    main_key = max(by_key, key=lambda k: (mentions.get(k, 0), -list(by_key).index(k)))
    for m in _SAID_TO_BE.finditer(text):
        words = m.group("what").split()
        for n in range(len(words), 0, -1):
            key = normalise_name(" ".join(words[:n]))
            item = by_key.get(key)
            if item is None or key == main_key:
                continue
            if _whole_mentions(item.name, text, 2) >= 2:
                break  # named again elsewhere: a thing of its own
            main = by_key[main_key]
            name = main.name
            _absorb(main, by_key.pop(key))
            main.name = name
            break


# words a text abbreviates in brackets: "Artificiële  Intelligentie (AI)"
_ABBREVIATED = lazyre.compile(r"((?:[A-Z][\wà-ÿ-]*[ \t]+){1,4}?[A-Z][\wà-ÿ-]*)[ \t]*\(([A-Z]{2,6})\)")


def _merge_abbreviated(text: str, by_key: "OrderedDict[str, Initiative]") -> None:
    """"Vlaams Beleidsplan AI" beside "Vlaams Beleidsplan Artificiële Intelligentie", in a text that writes
    "Artificiële Intelligentie (AI)": a name with an abbreviation the text defines, spelled out, is the other
    record's name, so the short spelling is no second initiative. The spelled-out record keeps its name."""
    if "(" not in text:
        return
    spelled: dict[str, str] = {}
    for m in _ABBREVIATED.finditer(text):
        words = m.group(1).split()
        initials = "".join(w[0] for w in words)
        for k in range(len(words)):  # the words the abbreviation's letters start: the last len(ACR) capitalised
            if initials[k:] == m.group(2):
                spelled.setdefault(m.group(2).lower(), normalise_name(" ".join(words[k:])))
                break
    if not spelled:
        return
    for key in list(by_key):
        words = key.split()
        if not any(w in spelled for w in words) or key not in by_key:
            continue
        full = normalise_name(" ".join(spelled.get(w, w) for w in words))
        if full != key and full in by_key:
            item = by_key.pop(key)
            name = by_key[full].name
            _absorb(by_key[full], item)
            by_key[full].name = name


# the body a regulation has its scheme run by: "Uitvoering door de Nuffic", "Aan de Nuffic wordt … mandaat
# verleend", "De aanvraag wordt ingediend bij de Stichting Platform Bèta en Techniek", "Aanvragen dienen … te zijn
# ontvangen door SenterNovem", "beheer … uitbesteed aan EP-Nuffic", "begeleidt de projecten", "De Koninklijke Nederlandse
# Akademie van Wetenschappen bewaakt de voortgang van de gesubsidieerde projecten", "De voorzitter van de Nuffic wordt
# toegestaan van het aan hem verleende mandaat ondermandaat te verlenen"
_EXECUTES = lazyre.compile(
    r"(?:uitvoering\s+door|ingediend\s+bij|ontvangen\s+door|uitbesteed\s+aan|mandaat\s+(?:verleend\s+)?aan|wordt\s+uitgevoerd\s+door|"
    r"belast\s+met\s+de\s+uitvoering|voert\s+(?:de|het|deze)\s+\w+\s+uit)\s+(?:de|het)?\s*(?P<a>[^.;,\n]{2,80})"
    r"|(?:^|\.\s+|\n)(?:Aan\s+)?(?:De|Het)\s+(?P<b>[^.;,\n]{2,60}?)\s+(?:begeleidt|beheert|voert|wordt\s+mandaat|"
    r"bewaakt\s+de\s+voortgang|wordt\s+toegestaan\s+[^.;\n]{0,60}?\bondermandaat)\b",
    re.IGNORECASE)


# the government side of a regulation: its principal, never the body that runs or receives what it pays for
_GOVERNMENT = lazyre.compile(r"Minister|Ministerie|Regering|Staatssecretaris")


# the body or bodies a regulation defines as those it subsidises: "h. subsidieontvanger: LAKS - de vereniging Landelijk
# Aktie Komitee Scholieren, gevestigd te Amsterdam, JOB - …, en Combo - de Stichting Combinatie Onderwijsorganisatie",
# "b. *stichting:* Stichting Nederlands Onderwijs in het Buitenland (Stichting NOB), statutair gevestigd te …" (a reader
# may have joined the items of the definitions into one line: "…, en h.subsidieontvanger:LAKS - …")
_DEFINED_RECIPIENT = lazyre.compile(r"(?im)(?:^[ \t]*(?:[a-z]{1,2}[.)][ \t]*)?|(?<![\w.])[a-z]{1,2}[.)][ \t]*)\*?(?:de[ \t]+)?(?P<term>subsidieontvangers?|ontvangers?|"
                                    r"stichting|vereniging)\*?[ \t]*:\*?[ \t]*(?P<x>[^\n]{3,400})")


# an item of a regulation's definitions up to what it defines its term as: "b. *Connekt:* ", "d. G30: " (a reader may
# have joined the items into one line); the term has at least `%d` characters
_DEFINITION_ITEM = r"(?m)(?:^[ \t]*|(?<![\w.]))[a-z]{1,2}[.)][ \t]*\*?[^:*\n]{%d,40}?\*?[ \t]*:\*?[ \t]*"

# a term a regulation's definitions give a foundation or association by its name: "b. *Connekt:* de stichting
# Connekt", "b. *Kenniscentrum:* de Stichting Europa decentraal; Kenniscentrum Europees recht …"
_DEFINED_FOUNDATION = lazyre.compile(_DEFINITION_ITEM % 2 + r"(?:de[ \t]+)?(?P<x>(?:[Ss]tichting|[Vv]ereniging)[ \t]+[A-Z][^;(,\n]{1,80})")

# a term a regulation's definitions give a group of municipalities by their names: "d. G30: de gemeenten Alkmaar, Almelo,
# Amersfoort, …, Zaanstad en Zwolle;"
_DEFINED_MUNICIPALITIES = lazyre.compile(_DEFINITION_ITEM % 1 + r"de[ \t]+gemeenten[ \t]+(?P<x>(?:’s-|'s-)?[A-Z][^;.\n]{3,800})")


def _defined_recipients(text: str) -> list[str]:
    """The bodies a regulation's definitions name as the ones it pays (`_DEFINED_RECIPIENT`): one is what the regulation
    pays for's coordinator, several its partners. A definition by kind ("stichting: een stichting als bedoeld in …")
    names none. Without such a definition, the one foundation or association the definitions give a term for is the
    body the regulation is for (`_DEFINED_FOUNDATION`): a subsidy regulation defines the body it pays, by whatever
    term its articles use. Else the municipalities a definition lists by name are those it pays
    (`_DEFINED_MUNICIPALITIES`)."""
    for m in _DEFINED_RECIPIENT.finditer(text):
        x = m.group("x")
        if m.group("term").lower().startswith(("stichting", "vereniging")):
            named = re.split(r"\s*[(,;]", x, 1)[0].strip(" *")
            body = named if re.match(r"(?:Stichting|Vereniging)\s+[A-Z]", named) else _body_named(named)
            return [body] if body and body.split()[0][:1].isupper() else []
        return [o for o in _listed_bodies(x) if not _GOVERNMENT.search(o)]
    founded = list(dict.fromkeys(m.group("x").strip(" *") for m in _DEFINED_FOUNDATION.finditer(text)))
    if len(founded) == 1:
        return founded
    m = _DEFINED_MUNICIPALITIES.search(text)
    if m:  # "d. G30: de gemeenten Alkmaar, Almelo, …, Zaanstad en Zwolle": the municipalities it pays
        named = [x.strip(" *") for x in re.split(r"\s*,\s*|\s+en\s+", m.group("x"))]
        if len(named) >= 2 and all(re.match(r"(?:’s-|'s-)?[A-Z]", x) and len(x.split()) <= 3 for x in named):
            return named
    return _name_place_table(text)


def _name_place_table(text: str) -> list[str]:
    """The bodies a table of names and places lists ("Naam | Plaats", then "2. | Mutsaersstichting | Venlo"): a
    regulation's annex of the institutions it is for, which its definitions refer to ("zoals genoemd in bijlage 1").
    The first such table only, and only when every name is a proper name. (A row may open with a number the header
    gives no column.)"""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        header = _cells(line)
        low = [c.lower() for c in header]
        if "naam" not in low or not any(c in ("plaats", "vestigingsplaats", "gemeente") for c in low):
            continue
        at = low.index("naam")
        named = []
        for row in lines[i + 1:]:
            if "|" not in row:
                if row.strip():
                    break
                continue
            cells = _cells(row)
            if len(cells) == len(header) + 1 and re.fullmatch(r"\d+\.?|-+", cells[0]):
                cells = cells[1:]
            if len(cells) != len(header) or set(cells[at]) <= set(":- "):
                continue  # (the line under the header)
            named.append(cells[at])
        if len(named) >= 2 and all(re.match(r"[A-Z’']", n) and len(n.split()) <= _MAX_WORDS for n in named):
            return named
        return []
    return []


def _cells(line: str) -> list[str]:
    return [c.strip(" *") for c in line.strip().strip("|").split("|")]


def _executor(text: str) -> str:
    """The organisation a regulation names most often as the one that runs its scheme (two mentions
    at least; the minister and the ministry are the principal, not the executor). A body the vocabulary
    does not know counts by the proper name the cue gives ("ingediend bij het Europees Platform")."""
    counts: dict[str, int] = {}
    for m in _EXECUTES.finditer(text):
        o = _body_named(m.group("a") or m.group("b") or "")
        if o and not _GOVERNMENT.search(o):
            counts[o] = counts.get(o, 0) + 1
    if not counts:
        return ""
    best = max(counts, key=counts.get)
    return best if counts[best] >= 2 else ""


# the kind words of a plan that stand before its name or after it alike (not a body's: "Commissie Politie en
# Wetenschap" is a second thing beside "Politie en Wetenschap")
_PLAN_WORDS = frozenset({"actieplan", "masterplan", "programma"})


@functools.lru_cache(maxsize=16384)
def _core(name: str) -> str:
    """A name without the type words that only say what kind of act it is ("Subsidieregeling",
    "Relanceplan", "Plan" in front; "programma" behind): the merge key of spellings within one
    document ("Regeling Sirius programma 2010" = "Sirius Programma" = "Regeling Sirius")."""
    words = normalise_name(_SCHEME_PREFIX.sub("", normalise_name(name))).split()
    while len(words) > 1 and words[0] in _PLAN_WORDS:
        words.pop(0)  # "Actieplan E-leren" = "E-leren Actieplan", "Masterplan ‘Onderwijs voor …’" = "Onderwijs voor …"
    while len(words) > 1 and words[-1] in _TYPE_WORDS:
        words.pop()
    return " ".join(words)


_PLACE_PREFIX = lazyre.compile(r"^(?:flanders|vlaanderen|vlaams|vlaamse|nederland|nederlands|nederlandse|dutch|flemish)\s+")


# a word that only says what a text is about, which one spelling of a name has and another leaves out:
# "Verklaring inzake Fundamentele Beginselen en Rechten op het Werk" = "Verklaring Fundamentele Beginselen …"
_TOPIC_WORD = lazyre.compile(r"\s(?:inzake|betreffende|aangaande|omtrent)(?=\s)")


# a subscript set apart when a formula was typed out: "CO 2" for "CO2" ("Antwerp@C CO 2 Export Hub")
_SPLIT_SUBSCRIPT = lazyre.compile(r"\b([a-z]{1,2}) (\d)\b")


# the place a plan's kind of act is of, before that kind: "Vlaams Relanceplan Vlaamse Veerkracht" is the relance plan
# "Plan Vlaamse Veerkracht" of Flanders, and its name is "Vlaamse Veerkracht"
_PLACED_ACT = lazyre.compile(r"^(?:vlaams|nederlands|federaal|europees)\s+(?:subsidieregeling|regeling|relanceplan|plan)\s+(?=\S+\s+\S)")


def _variant_core(name: str) -> str:
    """`_core`, without the words that only say what the named text is about or a place and the kind of act before
    the name (`_PLACED_ACT`), and a formula's subscript joined; a themed body by its kind and theme ("Steunpunt
    Wonen" = "Steunpunt voor Beleidsrelevant Onderzoek voor het thema Wonen", `_short_form`)."""
    return _short_form(_SPLIT_SUBSCRIPT.sub(r"\1\2", _PLACED_ACT.sub("", _TOPIC_WORD.sub("", _core(name)))))


def _content_words(core: str) -> tuple[str, ...]:
    """A name's words without the small words that join them: "Partners for International Business" and
    "Partners in International Business" are one programme spelt two ways in one document. Only names of
    three content words or more: fewer say too little to be sure."""
    words = tuple(w for w in core.split() if w not in _CONNECT_WORDS)
    return words if len(words) >= 3 else (core,)


def _merge_variants(items: list[Initiative]) -> list[Initiative]:
    """One record for the spellings of one initiative in a document: "Subsidieregeling Huygens
    Scholarship Programme" and "Huygens Scholarship Programme", "Plan Vlaamse Veerkracht" and
    "Relanceplan Vlaamse Veerkracht" (same name once the type words of the act are off, and that name
    is specific: two words, or one written with a capital, as a name is). The fullest spelling is
    kept; roles are unioned."""
    out: list[Initiative] = []
    for it in _merge_wrapped(_merge_acronyms(_merge_prefixes(items))):
        core = _variant_core(it.name)
        bare = _PLACE_PREFIX.sub("", core)
        if bare != core and (len(bare.split()) >= 2 or any(w[:1].isupper() and len(w) >= 6 and _fold(w).lower() == bare
                                                          for w in it.name.split())):
            core = bare  # "Flanders Future Techfund" = "Future Techfund": the place says whose it is
        specific = len(core.split()) >= 2 or (len(core) >= 4 and any(
            _fold(w).lower() == core and w[:1].isupper() for w in re.findall(r"[\w+-]+", it.name)))
        same = next((o for o in out if specific and (_PLACE_PREFIX.sub("", _variant_core(o.name)) in (core, _variant_core(o.name))
                     and (_variant_core(o.name) == core or _PLACE_PREFIX.sub("", _variant_core(o.name)) == core)
                     or _content_words(_variant_core(o.name)) == _content_words(core))), None)
        if same is None or _other_years(same.name, it.name):
            out.append(it)
            continue
        _absorb(same, it)
    return out


_SPAN_IN_NAME = lazyre.compile(r"\b((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b")


def _other_years(a: str, b: str) -> bool:
    """Whether two names give other years: "Plan Gebruikersondersteuning 1993 - 1995" and "Programma
    Gebruikersondersteuning 1996 - 2005" are two plans, one after the other."""
    ya, yb = _SPAN_IN_NAME.search(a), _SPAN_IN_NAME.search(b)
    return bool(ya and yb) and ya.group(0).replace(" ", "") != yb.group(0).replace(" ", "")


# Words that wrap an initiative's name without naming another thing: the act or text that is about
# it ("Regeling subsidie …", "BNC-fiche Mededeling Nieuw …", "… programme guide") and the kind of
# thing it is ("project ‘KENNISDIFFUSIE’"). Bodies (commissie, stuurgroep, netwerk) are not among
# them: "Commissie Politie en Wetenschap" is a second thing beside "Politie en Wetenschap".
_WRAPPER_WORDS = frozenset(
    "regeling subsidieregeling kaderregeling beleidsregel beleidsregels beleidsuitgangspunten uitgangspunten "
    "besluit subsidiebesluit tijdelijke tijdelijk subsidie "
    "subsidiering mededeling fiche bncfiche bnc nota guide gids handleiding leidraad nieuw nieuwe "
    "project programma programme program onderzoeksprogramma oproep oproepen".split())


# a wrapper word glued to a name by a hyphen: "City of Things-oproep" is the call of "City of Things"
_KIND_AFTER_HYPHEN = lazyre.compile(r"(?<=\w)-(?=(?:oproep|oproepen|project|programma|programme)$)")


def _opening_end(text: str) -> int:
    """Where a text's first paragraph ends: a title runs on into the body only there."""
    end = text.find("\n\n")
    return end if end >= 0 else len(text)


def _merge_run_on(text: str, items: list[Initiative]) -> list[Initiative]:
    """"Seeds and Growth for Media Mediabedrijven in Vlaanderen" and "Seeds and Growth for Media": a name that runs on
    into the capitalised first words of the next sentence, where a title was joined to the body ("… steun aan het
    project Seeds and Growth for Media Mediabedrijven in Vlaanderen worden …"), is the name that the text also gives
    on its own (before a full stop, a comma, a closing quote or bracket, or a word in lower case), when the longer
    spelling stands in the text only once, in its first paragraph (where a title runs into the body). So does a name
    that is an organisation's name and then another record's. The record goes into the short name's, which keeps its name."""
    gone: set[int] = set()
    for short in items:
        for long in items:
            head = long.name[:-len(short.name)].strip() if long.name.endswith(" " + short.name) else ""
            if head and long is not short and id(long) not in gone and _is_organisation(head):
                # "Vlaams Instituut voor de Eerste Lijn Vlaams Mantelzorgplatform": a title's list of bodies ran the
                # last body's name into the next name ("Vlaams Mantelzorgplatform vzw en Vlaams Instituut voor de
                # Eerste Lijn Vlaams Mantelzorgplatform vzw en …")
                _absorb(short, long, keep_name=True)
                gone.add(id(long))
        alone = re.compile(re.escape(short.name) + r"(?=\s*[.,;:)’'”\"]|\s+[a-zà-ÿ])")
        if len(short.name.split()) < 2 or not alone.search(text):
            continue
        for long in items:
            tail = long.name[len(short.name):]
            if long is short or id(long) in gone or not long.name.startswith(short.name + " ") or \
                    not tail.strip()[:1].isupper() or text.count(long.name) != 1 or \
                    text.find(long.name) > _opening_end(text):
                continue
            _absorb(short, long, keep_name=True)
            gone.add(id(long))
    return [it for it in items if id(it) not in gone]


def _name_words(item: Initiative) -> list[str]:
    """The words of a record's normalised name, a kind word glued by a hyphen set apart, as the
    merges compare them."""
    return normalise_name(_KIND_AFTER_HYPHEN.sub(" ", item.name)).split()


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
    keys = {id(it): _name_words(it) for it in items}
    gone: set[int] = set()
    for outer in items:
        for inner in items:
            ki = keys[id(inner)]
            if outer is inner or id(inner) in gone or id(outer) in gone or not ki or \
                    all(w in _WRAPPER_WORDS for w in ki) or len(" ".join(ki)) < 4:
                continue
            if _wrapped_in(keys[id(outer)], ki):
                _absorb(inner, outer, keep_name=True)
                gone.add(id(outer))
    return [it for it in items if id(it) not in gone]


_ACRONYM_HEAD = lazyre.compile(r"^([A-Z]{2,6})[- ]([A-Za-zà-ÿ]{4,})$")


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
    coordinated tail ("en Technologie") is part of the name; a prepositional one describes it, as a
    subtitle after a colon does ("FutureAdapt: ‘Future proof’ gewassen …" is "FutureAdapt")."""
    keys = {id(it): _name_words(it) for it in items}
    gone: set[int] = set()
    for a in items:
        ka = keys[id(a)]
        for b in items:
            kb = keys[id(b)]
            if a is b or id(a) in gone or id(b) in gone or len(kb) <= len(ka) or kb[:len(ka)] != ka:
                continue
            if re.match(re.escape(a.name) + r"\s*:\s", b.name):
                # "FutureAdapt: ‘Future proof’ gewassen voor de Vlaamse landbouw": the name and its subtitle
                _absorb(a, b, keep_name=True)
                gone.add(id(b))
                continue
            nxt = kb[len(ka)]
            if nxt not in ("en", "and", "over", "van", "voor", "rond", "inzake", "betreffende", "met", "in"):
                continue
            # (a themed body's name is whole up to its theme: "Steunpunt voor Beleidsrelevant Onderzoek voor het thema
            # Circulaire Economie" is the steunpunt, not a description of "Steunpunt voor Beleidsrelevant Onderzoek")
            keep, drop = (b, a) if nxt in ("en", "and") or _THEMED.match(" ".join(kb)) else (a, b)
            _absorb(keep, drop, keep_name=True)
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


def _absorb(into: Initiative, other: Initiative, keep_name: bool = False) -> None:
    """Fold another record of the same initiative into `into`: the longest spelling of the name (`into`'s own with
    `keep_name`: a merge that knows which spelling a reader looks up), the first non-empty scalar, the union of the
    lists."""
    if not keep_name and len(other.name) > len(into.name):
        into.name = other.name
    for attr in ("type", "coordinator", "period", "country"):
        if not getattr(into, attr) and getattr(other, attr):
            setattr(into, attr, getattr(other, attr))
    for attr in ("partners", "target_groups", "topics", "funding", "passage_ids", "doc_ids"):
        lst = getattr(into, attr)
        lst.extend(v for v in getattr(other, attr) if v not in lst)
