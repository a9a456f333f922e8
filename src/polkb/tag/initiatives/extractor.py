"""The entry point: `find_initiatives` for one document, registered as the "initiatives" tag.

It reads each passage for names and the facts around them (`_read_mentions`), collects grant
recipients and partner lists, settles the records (merging) and then applies what the document's
kind says (documents). It runs after the "info" extractor, which gives the document's kind.
"""
from __future__ import annotations

import re
from collections import OrderedDict

from .. import register
from ...model import Document, Initiative, Passage
from .shapes import abbreviates, normalise_name, _SENT, _sentence_at, _sentence_starts
from .roles import (
    _BODY_HEAD, _facts_around, _fund_recipients, _members_named, _fund_referred, _grant_referred, _grant_shared_out, _grant_roles, _granted_again, _owner_referred, _partner_list, _PARTNER_SLOT,
    _partners_referred, _people_around, _people_named, _roles_referred, carried_out,
)
from .rejects import _in_course_list, not_an_initiative, _proper_compound
from .candidates import _candidates
from .documents import (
    _administrative, _called_a_body, _country, _decreed_body, _decreed_members, _document_terms, _examination_rules,
    _GOVERNMENT_DECISION, grants_money, _in_passing, _kind_of, _LONG_TEXT, _network_of_a_body, _ruling, _signed_by_parties,
    _founded, _titled_compound, _titled_grants, _UNKNOWN_KIND,
)
from .merging import _settle
from ...text import lazyre
from ...text.fold import fold


_BROKEN = lazyre.compile(r"([a-zà-ÿ]{2,})-([a-zà-ÿ]{2,})")


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
    read: dict[str, list[tuple[int, int]]] = {}  # passage id -> the spans read as mentions
    for i, p in enumerate(passages):
        _read_mentions(doc, p, doc_terms, country, by_key, mentions, cue_only, taken_part, read, passages, i)
        _fund_recipients(p, by_key)
        _fund_referred(p, by_key)
        _grant_referred(p, by_key)
        _grant_shared_out(p, by_key)
        _roles_referred(p, by_key)
        _owner_referred(p, by_key)
        _partners_referred(p, by_key)
        orgs_here = _partner_list(p)
        if len(orgs_here) >= 2:
            partner_lists.append((p.id, list(OrderedDict.fromkeys(orgs_here))))
    _read_again(passages, by_key, read)
    _read_abbreviated(passages, by_key)
    found = _settle(doc, passages, by_key, mentions, partner_lists, cue_only)
    found = [i for i in found if not _called_a_body(i, doc) and not _network_of_a_body(i, doc)]
    found = _without_parties(found)
    if _examination_rules(doc):
        found = [i for i in found if normalise_name(i.name) in taken_part]
    kind = kind or _kind_of(doc, passages)
    if len(passages) >= _LONG_TEXT and kind == _UNKNOWN_KIND:
        found = [i for i in found if not _in_passing(i, taken_part)]
    body = _decreed_body(doc, passages, found)
    if body is not None:
        found.append(body)
    _decreed_members(doc, found)
    _signed_by_parties(doc, found)
    carried_out(doc.text, doc.title or "", found)
    if kind == _GOVERNMENT_DECISION:
        grants = _titled_grants(doc, passages, found)
        for grant in grants:  # roles: who receives the grant the title names
            _grant_roles(grant, _SENT.split(doc.text))
        found.extend(grants)
        for titled in (_titled_compound(doc, passages, found), _founded(doc, passages, found)):
            if titled is not None:
                found.append(titled)
    for item in found:
        item.partners = _distinct(item.partners)
    if not any(_administrative(i.name) for i in found):
        return found
    funding = grants_money(doc)
    return [i for i in found if funding or not _administrative(i.name)]


def _distinct(names: list[str]) -> list[str]:
    """Each organisation once, in the spelling first met: a text may write one body two ways ("Sportamundi vzw" in
    its title, "SportaMundi vzw" in the granting sentence)."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name).lower(), name)
    return list(seen.values())


# the short name a text gives a name right after it: "Er is een Nationaal Kenniscentrum Alternatieven voor
# Dierproeven (NKCA)"
_SHORT_NAME = lazyre.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,9})\)")


def _without_parties(found: list[Initiative]) -> list[Initiative]:
    """The records no other record of the document has among its partners or as its coordinator ("een
    projectconsortium bestaande uit POM West-Vlaanderen, VLIZ, … en De Blauwe Cluster"): what takes part in an
    initiative or leads it is a body, whatever kind word its name ends in. (Each record's parties are read once.)"""
    owners: dict[str, list[Initiative]] = {}
    for other in found:
        for key in {normalise_name(o) for o in [other.coordinator, *other.partners] if o}:
            owners.setdefault(key, []).append(other)
    return [i for i in found if not any(o is not i for o in owners.get(normalise_name(i.name), ()))]


def _read_abbreviated(passages: list[Passage], by_key) -> None:
    """The sentences whose subject is the abbreviation a text defines for a record ("… (NKCA). Het NKCA
    ressorteert onder het RIVM. Het NKCA is samengesteld uit medewerkers … bij het RIVM en de Universiteit
    Utrecht") say who runs it and whom it is made of, as those that spell its name do: the coordinator and
    the partners their cues give are the record's. An abbreviation that is a record of its own is read there
    (the records merge later)."""
    shorts: dict[str, Initiative] = {}
    for item in by_key.values():
        for p in passages:
            at = p.text.find(item.name)
            m = _SHORT_NAME.match(p.text, at + len(item.name)) if at >= 0 else None
            if m and abbreviates(m.group(1), item.name) and normalise_name(m.group(1)) not in by_key:
                shorts.setdefault(m.group(1), item)
                break
    for short, item in shorts.items():
        subject = re.compile(r"\s*(?:\d{1,2}\.\s+)?(?:(?:het|de)\s+)?" + re.escape(short) + r"\b(?![)-])", re.IGNORECASE)
        for p in passages:
            if short not in p.text:
                continue
            for sentence in _SENT.split(p.text):
                m = subject.match(sentence)
                if m:  # up to a full stop (a bullet the splitter does not know may run the next sentence on)
                    stop = re.compile(r"[.!?](?:\s|$)").search(sentence, m.end())
                    _people_named(item, sentence[:stop.end() if stop else len(sentence)], m.end())


def _next_sentence(text: str, b: int, starts, passages: list[Passage], i: int) -> tuple[str, int]:
    """The sentence after the one that ends at `b` in passage `i`'s `text`, and where it ends; at the end of the
    passage, the opening sentence of the next one when it goes on the same section (`_opening_sentence`)."""
    nxt_a, nxt_b = _sentence_at(text, min(b, len(text) - 1), starts) if b < len(text) else (b, b)
    nxt = text[nxt_a:nxt_b] if nxt_a >= b else ""
    if not nxt and not text[b:].strip():
        nxt = _opening_sentence(passages, i + 1)
    return nxt, nxt_b


def _opening_sentence(passages: list[Passage], i: int) -> str:
    """The first sentence of passage `i` when it goes on the section of the one before it (a passage is cut by
    length, so "… 'Vertiports'. | Het partnerschap voor dit project bestaat uit …" may fall apart): the sentence
    after the last one of the passage before."""
    if not 0 < i < len(passages) or passages[i].heading != passages[i - 1].heading:
        return ""
    text = passages[i].text
    a, b = _sentence_at(text, 0, _sentence_starts(text))
    return text[a:b]


def _read_mentions(doc: Document, p: Passage, doc_terms: frozenset, country: str, by_key, mentions: dict,
                   cue_only: set, taken_part: set, read: dict, passages: list[Passage], i: int) -> None:
    """The initiatives passage `p` (`passages[i]`) names, each mention added to its record (longest names
    first)."""
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
        read.setdefault(p.id, []).append((s, e))
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
        nxt, nxt_b = _next_sentence(text, b, starts, passages, i)
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


def _read_again(passages: list[Passage], by_key, read: dict) -> None:
    """A name the text has introduced as an initiative once ("… voor de uitvoering van het EFRO-project 1865:
    'Test@Sea'") is the same initiative where the text writes it again without a cue ("Test@Sea, een
    projectconsortium bestaande uit POM West-Vlaanderen, VLIZ, …"): such a sentence is often the one that says
    who takes part (not its sums: a later sentence that names it again may give the money of something else,
    nor its lead), so the bodies it is made of are read there too. A grant whose purpose names it does say its
    recipients and sum (`_granted_again`). Only proper names (with a capital), written exactly, or in quotes
    whatever their case ("voor ‘Vervolgtrajecten inburgering’")."""
    names = {k: it for k, it in by_key.items() if len(it.name) >= 4 and re.search(r"[A-Z]", it.name)}
    if not names:
        return
    for i, p in enumerate(passages):
        text = p.text
        spans = read.get(p.id, [])
        starts = None
        for item in names.values():
            exact = re.finditer(r"(?<![\w@])" + re.escape(item.name) + r"(?![\w@])", text)
            quoted = re.finditer(r"(?<=[‘“\"'])" + re.escape(item.name) + r"(?=[’”\"'])", text, re.IGNORECASE)
            for s, e in dict.fromkeys(m.span() for m in (*exact, *quoted)):
                if any(a <= s < b or a < e <= b for a, b in spans):
                    continue
                if starts is None:
                    starts = _sentence_starts(text)
                a, b = _sentence_at(text, s, starts)
                _members_named(item, text[a:b], e - a, _next_sentence(text, b, starts, passages, i)[0])
                _granted_again(item, text[a:b], s - a)


@register("initiatives", after=("info",))  # the document's kind, found once by the kinds extractor
def _extract(doc: Document, passages: list[Passage], found: dict):
    info = found.get("info")
    return find_initiatives(doc, passages, kind=getattr(info, "kind", None))
