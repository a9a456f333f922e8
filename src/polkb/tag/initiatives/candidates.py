"""Candidate initiative names in one passage, each found by a cue in its spelling or its context.

Every finder reads one cue — a hashtag, a quoted name beside a kind word, "het project X", a
Title Case name holding a kind word, a compound "…-actieplan", a working group or committee, a
grant ("subsidie voor …"), a participation ("neemt deel aan X"), a bracketed, versioned or
"+"-name — and gives (start, end, name, type). `_candidates` runs them all, best cue first, with
the described initiatives, and says which spans the context vouches for.
"""
from __future__ import annotations

import re

from .shapes import (
    abbreviates, _clean, _common, _CONNECT, _CONNECT_WORDS, _ENGLISH_HEAD_FINAL, _fold, _FUNCTION_WORDS, _generic_compound,
    _GRANT_NOUN, _has_type_word, _LEAD_STOP, _lower, _matches, _MAX_WORDS, _NATIONALITY, _NEEDS,
    _sentence_spans, _singular, _SINGULAR_TYPE, _type_of, _type_tail, _TYPE_WORDS,
)
from .roles import _is_organisation, _NOT_AN_OWNER, _orgs, _principal
from .rejects import _acceptable
from .described import (
    _acronym_name, _AGREEMENT_ON, _COLON_NAME, _described_candidates, _grant_name, _GRANT_TO, _GRANT_TO_RECIPIENT_FIRST,
    _GROUP_HEAD, _IS_AN_INITIATIVE, _PREPS, _setup_type, _SUCH_AS, _VERBISH,
)
from ...text import lazyre


# "het project/programma X" cue words (lower case, in running text), alone or as the tail of a compound:
# "het actieprogramma Onderwijs Bewijs", "het relanceplan Vlaamse Veerkracht", "het pilootproject X"; a name may
# hold an at sign ("het project Antwerp@C CO2 Export Hub")
_CUE = lazyre.compile(
    r"\b(?:[Hh]et|[Dd]e|[Dd]it|[Dd]eze|een|the|ons|hun|haar)\s+(?:[\w-]+\s+){0,2}?[a-z]*?"
    r"(project|programma|initiatief|platform|fonds|netwerk|actieplan|masterplan|plan|kader|charter|akkoord|"
    r"convenant|leerstoel|instrument|programme|project|initiative|network|fund|maatregel)\s+"
    r"(#\w[\w-]*|[‘'“\"][^’'”\"\n]{2,80}[’'”\"]|[A-Z][\w+&@-]*(?:\s+(?:(?:van|voor|en|in|op|of|for|and)\s+(?:de\s+|het\s+|the\s+)?)?(?:[A-Z0-9][\w+&.@-]*))*"
    # a name may end in an article and one capitalised word, a phrase of its own ("het project Eerst de Klas"); a
    # second capitalised word after it begins something else ("het programma Erasmus+ de Europese Commissie")
    r"(?:[ \t]+(?:de|het)[ \t]+[A-Z][a-zà-ÿ]+(?![\w&+-]|\s+[A-Z]))?)"
)


# a name set after its kind word by a dash, ending where the item ends: "bestaande uit vijf luiken: een ondersteunend
# triple helix platform - Flanders Space; Focus op talent …"
_DASH_CUE = lazyre.compile(
    r"\b[a-z]*?(project|programma|initiatief|platform|fonds|netwerk|actieplan|plan|programme|network|fund)[ \t]+[-–][ \t]+"
    r"([A-Z][\w+&-]*(?:[ \t]+[A-Z0-9][\w+&-]*){0,3})(?=[ \t]*(?:[;,.)]|$|\n|[ \t](?:en|of|and|or)[ \t]))")


_HASHTAG = lazyre.compile(r"(?<![\w&])#([A-Za-z][A-Za-z0-9_]{2,40})")


# a name spelled with a capital inside a word ("STEMvoordeBasis", "iSTEM inkleuren", "InnoVET") right
# after a type word or in brackets after one: "lerend netwerk InnoVET", "netwerken (STEMvoordeBasis)"
_INNER_CAPS = lazyre.compile(r"(?:\b(?:netwerk|netwerken|programma|project|platform|initiatief|network|programme)"
                             r"\s+(?:[a-z]+\s+){0,5}?\(?|\()"
                             r"((?:[a-z]+[A-Z]|[A-Z]+[a-z]+[A-Z])[\w-]*(?:\s+[a-z]{3,}){0,2})(?=\)|[\s,.;])")


_INNER_CAP = lazyre.compile(r"[a-z][A-Z]")  # every _INNER_CAPS name holds one


# "werkgroep Kennismigratie", "domeinwerkgroep Internationalisering", "Commissie Doelmatigheid Hoger Onderwijs"
_GROUP = lazyre.compile(r"\b((?:[a-z]+)?(?:werkgroep|stuurgroep|taskforce|commissie)|(?:[A-Z][a-z]+)?(?:Werkgroep|Commissie))"
                        r"(?:[ \t]+|-)((?:[A-Z][\w-]+)(?:[ \t]+(?:(?:van|voor|en|de|het)[ \t]+)?[A-Z][\w-]+){0,4})")


_ENGLISH_GROUP = lazyre.compile(r"\b(?:Working Group|Task Force|Steering Committee|Expert Group)\s+(?:on|for|of)\s+"
                                r"(?:the\s+)?[A-Z][\w-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]+){0,4}")


_GRANT = lazyre.compile(
    rf"\b(?P<noun>{_GRANT_NOUN})\s+(?:van\s+(?:[\d.,]+\s+(?:miljoen\s+|miljard\s+)?euro|€\s?[\d.,]+(?:\s+miljoen)?)\s+(?:toe\s+)?)?"
    rf"(?P<purpose>(?:voor|ter\s+ondersteuning\s+van|ter)\s+[^.;:()]{{5,100}}?)"
    rf"(?=\s+aan\s+(?:de|het)\s|\s+voor\s+de\s+periode|[.;:(]|$)", re.IGNORECASE)


# the short title a regulation gives itself: "Deze regeling wordt aangehaald als: Regeling X." The regulation says it is
# a name, so it may run longer than one read from running text ("Regeling versterking van salarismix leraren middelbaar
# beroepsonderwijs in de Randstadregio’s", whose apostrophe is no closing quote)
CITED_MAX_WORDS = 14
_CITED_AS = lazyre.compile(r"\b(?:wordt|kan worden|zal worden)\s+aangehaald\s+als:?\s*[‘“\"']?([A-Z](?:[^.\n‘’“”\"]|(?<=\w)’(?=\w)){3,120}?)[’”\"']?[ \t]*(?:\.|\n|$)")


# the type word that names a regulation's scheme inside its short title ("Subsidieregeling Huygens
# Scholarship Programme" is the Huygens Scholarship Programme)
_SCHEME_PREFIX = lazyre.compile(r"^(?:subsidieregeling|regeling|relanceplan|plan|het|de)\s+", re.IGNORECASE)


_QUOTED = lazyre.compile(r"[‘“\"'«„”]([A-Z#][^’”\"'«»\n]{1,160}?)[’”\"'»“](?!\w)")


# words around a quoted name that say it is a study or research project ("lopen 2 onderzoeken: «HAPKIDO
# (…)» Doel van dit onderzoek …"): only next to a quoted name, not as a type word of their own
_STUDY_CONTEXT = frozenset("onderzoek onderzoeken onderzoeksproject onderzoeksprojecten studie studies".split())


_COMPOUND = lazyre.compile(
    r"(?<![#\w])([A-Z][A-Za-z0-9+]{1,15})-(actieplan|agenda|plan|programma|project|platform|fonds|monitor|"
    r"netwerk|kader|akkoord|charter|toets|financiering|beurs|beurzen|regeling|code|proef)\b"
    r"(?:\s+((?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?))?"
)


# (a word of a name may hold an at sign, "Antwerp@C", "Test@Sea": the name does not start after it)
_TITLE_TOKEN = r"(?:[A-Z][\w+’'@-]*|\d{4}(?:[ ]?[-–][ ]?\d{4})?|VN-\w+|[A-Z]{2,}[\w-]*)"


_TITLE_SEQ = lazyre.compile(
    rf"(?<![\w‘“'\"#@-])([A-Z][\w+’'@-]*(?:[ \u00a0]+(?:{_CONNECT}[ \u00a0]+){{0,2}}{_TITLE_TOKEN}){{0,9}})"
)


_CHARTER_TOPIC = lazyre.compile(
    r"\b(Charter|Handvest|Convenant|Verklaring|Akkoord)\s+(?:[a-z]+\s+)?(over|inzake|betreffende|rond|voor)\s+"
    r"((?:[\w’'-]+\s+){0,7}?[\w’'-]+?)(?=\s+(?:bij|met|door|te|om|dat|die|waarin|waarmee|opgesteld)\b|[.,;:()]|$)"
)


# a lower-case compound naming an instrument, plan or agreement: a word of its own, in [a-z] only, of
# four letters or more and one of these tails (plural "-en" too): "mensenrechtentoets", "onderwijsakkoorden"
_LOWER_COMPOUND_TAIL = lazyre.compile(r"(?:toets|actieplan|charter|handvest|convenant|noodfonds|akkoord)(?:en)?\b")


def _lower_compounds(text: str):
    """(start, end, word) of each such compound. (The tail is looked for first; a pattern with the
    word's four-letter head in front was tried at every position of every text.)"""
    for m in _LOWER_COMPOUND_TAIL.finditer(text):
        start = m.start()
        while start and "a" <= text[start - 1] <= "z":
            start -= 1
        if m.start() - start >= 4 and not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
            yield start, m.end(), text[start:m.end()]


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
            elif tokens[k] in ("de", "het") and k > 0 and tokens[k - 1] == "of":
                start_tok = k + 1  # "… oudkomers G25 2006 of de Regeling inburgering …": Dutch "of" parts two names
        if end_tok == len(tokens) and end_tok - start_tok > 1 and text[m.end():m.end() + 1] == ":" and \
                _has_type_word(tokens[end_tok - 1:end_tok]) < 0 and _has_type_word(tokens[end_tok - 2:end_tok - 1]) >= 0:
            # "Product: Uitvoeringsplan Opmerking: Hierin …": a word between a name's type word and a colon
            # labels what follows (a field of a list, a heading), it does not say which plan
            end_tok -= 1
        # trailing connectors are not part of a name
        while end_tok > start_tok + 1 and re.fullmatch(_CONNECT, tokens[end_tok - 1].lower()):
            end_tok -= 1
        if end_tok == len(tokens) and end_tok - start_tok > 1 and re.fullmatch(r"[A-Z]", tokens[-1]) and \
                text.startswith(". ", m.end()):
            # "Impulsprogramma Ruimtevaarteconomie B. Ontwerpbesluit …": the letter numbers the next item of a
            # decision's list of texts, it is not the last word of the name
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
            from ..entities import find_organisations
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
                    party = not _acceptable(cut) and _type_of(cut) == "agreement" and not _principal(o.canonical)
                    if (_acceptable(cut) or o.end < len(name) - 1 or _principal(o.canonical)) and not party:
                        name, owner_cut = cut, True
                    # (an agreement named by its kind and a party, "Convenant 2024-2028 Expertisecentrum Onderzoek
                    # en Ontwikkelingsmonitoring", is that agreement: the body is the party, not an owner to cut off)
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
        unit = _UNIT_OWNER.search(name)
        if unit and _has_type_word(name[:unit.start()].split()) >= 0:
            name = name[:unit.start()]  # "Beleidsagenda Directie Studiefinancieringbeleid": a unit's own agenda
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


# a unit of a ministry or an organisation after a plan's kind word names whose plan it is: "Beleidsagenda Directie
# Studiefinancieringbeleid", "Jaarplan Afdeling Hoger Onderwijs"
_UNIT_OWNER = lazyre.compile(r"\s+(?:(?:van|voor)\s+(?:de|het)\s+)?(?:Directie|Afdeling|Directoraat|Directoraat-generaal|Dienst)\s+[A-Z].*$")


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


# a project a plan numbers, with its name quoted after the number, in any case: "In het kader van project VV23
# ‘versterking onderzoeksveld en versnelling O&O’ uit het relanceplan", "het project VV023: 'Versterking …'"
_CODED = lazyre.compile(r"\b(project|programma|maatregel|actie|traject)\s+[A-Z]{1,4}[ -]?\d{1,4}:?\s+[‘'“\"]"
                        r"(?P<name>[^’'”\"\n]{4,80}?)[’'”\"]")


# a full stop after a word and before a capital: a sentence ends there, not a name ("Erasmus+ 2.0" keeps its dot)
_SENTENCE_END = lazyre.compile(r"(?<=[a-zà-ÿ])\.\s+(?=[A-Z])")


def _cue_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A name after a type word ("het project X", "het programma ‘Y’", "een platform - Flanders Space;"), or after
    a kind word and the number a plan gives it ("project VV23 ‘versterking onderzoeksveld …’")."""
    found: list[tuple[int, int, str, str]] = []
    for m in _CODED.finditer(text):
        name = _clean(m.group("name"))
        if len(name.split()) >= 2 and _acceptable(name):
            found.append((m.start("name"), m.end("name"), name, _type_of(name) or _TYPE_WORDS.get(m.group(1), "project")))
    for m in _DASH_CUE.finditer(text):
        name = _clean(m.group(2))
        if name and _acceptable(name):
            found.append((m.start(2), m.end(2), name, _type_of(name) or _TYPE_WORDS.get(m.group(1).lower(), "project")))
    for m in _matches(_CUE, text, low):
        if "\n\n" in text[m.end(1):m.start(2)]:
            continue  # "Het beoordelingskader\n\nOnderdeel 1:": a heading, then the first part under it
        raw = m.group(2)
        end2 = m.end(2)
        stop = _SENTENCE_END.search(raw) if raw[0] not in "‘'“\"" else None
        if stop:  # "… voor het project Growth for Media. Hierin …": the name ends with its sentence
            raw, end2 = raw[:stop.start()], m.start(2) + stop.start()
        name = _clean(raw.strip("‘'“\"’”"))
        if raw[0] in "#":
            continue  # hashtags are handled above
        if raw[0] in "‘'“\"" or _acceptable(name):
            typ = _TYPE_WORDS.get(m.group(1).lower(), "project")
            kind_at = m.start(1)
            while kind_at > 0 and text[kind_at - 1].isalpha():
                kind_at -= 1
            kind = text[kind_at:m.end(1)]
            if name and raw[0] not in "‘'“\"" and len(name.split()) == 1 and kind.lower() != "plan" and \
                    kind.lower().endswith("plan") and \
                    name[1:].islower() and text[m.start(1):end2].startswith(m.group(1) + " "):
                # "het masterplan Bivakplaatsen": after a compound plan word a single plain word says what the
                # plan is about (sites for bivouacs); the name is the kind with it, not the word alone. After a
                # bare kind word ("het project Upstream", "het plan X") a single word is the name itself
                found.append((kind_at, end2, f"{kind} {name}", _type_of(kind) or typ))
            elif name and name[0].isupper() or name.startswith("#"):
                found.append((m.start(2), end2, name, _type_of(name) or typ))
            elif name and raw[0] in "‘'“\"" and len(name.split()) >= 2 and typ in _RUN_KINDS:
                # a quoted name after the kind of thing one runs may be in lower case: het programma “kopen bij
                # startups” (its span is inside the quotes, so the name counts as quoted)
                found.append((m.start(2) + 1, end2 - 1, name, _type_of(name) or typ))
    return found


# the publication a quoted title belongs to: "het bericht «…»", "het artikel ‘…’", "het rapport “…”" quote
# what a newspaper, a broadcaster or a researcher wrote, whatever initiative its words name
_PUBLICATION_BEFORE = lazyre.compile(r"\b(?:bericht|nieuwsbericht|artikel|krantenartikel|opiniestuk|column|interview|"
                                     r"uitzending|item|rapport|onderzoeksrapport|publicatie|boek|essay)[ \t]*[:,]?[ \t]*$",
                                     re.IGNORECASE)


# the rest of a list item after a quoted name, up to the next one: who runs it and what it gets, then a
# separator ("'Bio Base Advance' van Bio Base Europe Pilot Plant (518.000 euro); 'BlueChem XL' …"); no
# sentence ends in it (a point may stand between digits)
_LIST_OF_KIND = lazyre.compile(r"([\w']+)\s*:\s*$")  # a list announced by its kind, in the plural: "volgende projecten:"
_LIST_GOES_ON = lazyre.compile(r"(?:[^.!?:\n]|\.(?=\d))*(?:;|,|\s(?:en|of|and|or))\s*")


# a course of study: "Kopopleiding", "Lerarenopleiding", "Masteropleiding"
_STUDY_PROGRAMME = lazyre.compile(r"opleiding(?:en)?$")


def _kind_compound_in(name: str) -> bool:
    """Whether a short quoted name holds a lower-case compound of a kind word ("Visienota ‘Internationaal
    beurzenprogramma’", "‘Vlaams innovatienetwerk’"): the quotes say the words are a name, so the compound's
    kind is its kind, as a capitalised one's is in running text."""
    words = name.split()
    return len(words) <= 4 and any(len(w) - len(t) >= 4 for w in words if (t := _type_tail(_fold(w).lower())))


# a grant's words right before a quoted name: what it pays for ("subsidie toe voor ‘…’", "financiering voor het ‘…’")
_PAID_FOR = lazyre.compile(r"\b(?:subsidie|projectsubsidie|steun|ondersteuning|financiering|cofinanciering|toe)\s+"
                           r"(?:toe\s+)?voor\s+(?:het\s+|de\s+)?$"
                           # (or granted to it: "beslist … bijkomende steun te verlenen aan ‘Chemical Looping Process … – SDR’
                           # van Universiteit Gent": a body is named, not quoted; a quoted title is what the grant pays for)
                           r"|\b(?:subsidie|projectsubsidie|steun|ondersteuning|financiering|cofinanciering)\s+"
                           r"(?:(?:te\s+)?(?:verlenen|verleend|toekennen|toegekend|toe\s+te\s+kennen)\s+)?aan\s+$", re.IGNORECASE)


# the next quoted title a grant pays for: "… (112.800 euro) en aan ‘…’"
_PAID_NEXT = lazyre.compile(r"(?:,|\ben)\s+(?:aan|voor)\s+(?:het\s+|de\s+)?$", re.IGNORECASE)
MAX_TITLE_WORDS = 20  # a quoted project title a grant pays for, at most


def _quoted_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A quoted name with a type word near it or its description."""
    found: list[tuple[int, int, str, str]] = []
    quoted_types: list[str] = []
    last_end = -1  # where the last quoted name taken ends, when it is an item of a list announced by its kind
    paid_before = False  # whether a grant paid for a quoted title before this one
    for m in _QUOTED.finditer(text):
        # a quoted name with its description: "HAPKIDO (Hybrid Approach …)", "PROACT – Physical …"
        # … or after a colon: "‘Digisprong: actieplan voor versterking … van het Vlaams EdTech ecosysteem’"
        name, *described = re.split(r"\s+\(|\s+[–-]\s+|:\s+", m.group(1), maxsplit=1)
        name = _clean(name)
        before = text[max(0, m.start() - 30):m.start()]
        if _PUBLICATION_BEFORE.search(before):
            continue  # "over het bericht «Meer ziekenhuizen in financiële problemen, bedreigt uitvoering Zorgakkoord»"
        after = text[m.end():m.end() + 30]
        bw = re.findall(r"[\w]+", _fold(before).lower())[-2:]
        aw = re.findall(r"[\w]+", _fold(after).lower())[:2]
        typ = next((_TYPE_WORDS[w] for w in bw + aw if w in _TYPE_WORDS), "")
        if not typ and (_has_type_word(name.split()) >= 0 or _kind_compound_in(name)):
            typ = _type_of(name)
        paid = bool(_PAID_FOR.search(before) or paid_before and _PAID_NEXT.search(before))
        if paid and not typ:
            # "kent … 1,82 miljoen euro subsidie toe voor ‘Digisprong: actieplan …’": what a grant pays for is run
            # by its recipients, whatever its description calls it (a plan is a frame grants fall under); "… (112.800
            # euro) en aan ‘Unique PILot …’": the next title the same grant pays for
            typ = "project"
        paid_before = paid_before or paid
        if not typ and described and _has_type_word(described[0].split()[:2]) >= 0:
            typ = _type_of(described[0])  # "Digisprong: actieplan voor …": the kind its description opens with
        if not typ and any(_GROUP_HEAD.search(_fold(w).lower()) for w in name.split()[:4]):
            typ = "working_group"  # "‘Erkennings- en bemiddelingscommissie voor slachtoffers van historisch misbruik’"
        if not typ and quoted_types and re.search(r"[»”’\"']\s*(?:\)\s*)?(?:en|of|and|or|,)\s*(?:\w+\s*\(\s*)?$",
                                                   text[max(0, m.start() - 30):m.start()]):
            typ = quoted_types[-1]  # «Horizon 2020» en «Erasmus for all»: the second shares the first's kind
        listed = _LIST_OF_KIND.search(before)
        kind = _SINGULAR_TYPE.get(_fold(listed.group(1)).lower().replace("'", "")) if listed else None
        in_list = False
        if not typ and kind in _TYPE_WORDS:
            typ, in_list = _TYPE_WORDS[kind], True  # "Het gaat om volgende projecten: 'Bio Base Advance' …"
        if quoted_types and last_end >= 0 and m.start() - last_end <= 120 and \
                _LIST_GOES_ON.fullmatch(text, last_end, m.start()):
            # "… 'Bio Base Advance' van … (518.000 euro); 'BlueChem XL' van …"; an item whose own words say its kind
            # ("'Entertainment Technology Cluster' van …") goes on with the list too
            typ, in_list = typ or quoted_types[-1], True
        if not typ and re.fullmatch(r"[A-Z][A-Z0-9+-]{2,}", name):
            # an acronym in quotes among study words ("lopen 2 onderzoeken: «HAPKIDO (…)»")
            near = re.findall(r"\w+", _fold(text[max(0, m.start() - 120):m.end() + 40]).lower())
            if _STUDY_CONTEXT & set(near):
                typ = "project"
        # (a grant's quoted title may be a research project's long English one: its first words must make a name)
        fits = _acceptable(name) or paid and len(name.split()) <= MAX_TITLE_WORDS and _acceptable(" ".join(name.split()[:6]))
        if typ and fits and name[0].isupper() and not name.endswith("?"):
            kind = next((w for w in reversed(re.findall(r"[\wà-ÿ]+", before)[-2:]) if _fold(w).lower() in _TYPE_WORDS), "")
            if kind and _STUDY_PROGRAMME.search(_fold(name.split()[0]).lower()):
                # "het convenant ”Kopopleiding leraar in het hoger beroepsonderwijs”": a study programme is what
                # the agreement is about; the record is the agreement, named with its kind
                name = f"{kind} {name}"
            found.append((m.start(1), m.end(1), name, typ))
            quoted_types.append(typ)
            last_end = m.end() if in_list else -1
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


# a name in sentence case after its kind word, closed by its year: "het programma Stage en uitwisseling jongeren 2009"
# (the year ends the name where no capital would)
_DATED_NAME = lazyre.compile(r"\b(?:het|de)[ \t]+(?P<kind>programma|project|actieplan|plan|fonds)[ \t]+(?P<name>[A-Z][a-zà-ÿ-]+"
                             r"(?:[ \t]+[a-zà-ÿ-]+){1,6}[ \t]+(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?)(?![\w.,]\d)")


def _dated_name_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A programme, project, plan or fund named in sentence case up to its year."""
    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_DATED_NAME, text, low):
        name = f"{m.group('kind')} {m.group('name')}"
        if _acceptable(name) and not any(_fold(w).lower() in _VERBISH for w in m.group("name").split()):
            found.append((m.start("kind"), m.end("name"), name, _type_of(m.group("kind")) or "programme"))
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
        elif _acceptable(name, CITED_MAX_WORDS) and not re.match(r"(?:Wet|Besluit|Decreet)\b(?!.*\bexperiment)", name):
            # a law is no initiative; a regulation's scheme, or a decree's experiment, is
            exp = re.match(r"(?:Besluit|Regeling)\s+(?=experiment)", name)
            if exp:  # the experiment a decree allows, not the decree: "Besluit experiment bindend studieadvies"
                found.append((m.start(1) + exp.end(), m.end(1), name[exp.end()].upper() + name[exp.end() + 1:], "pilot"))
            else:
                found.append((m.start(1), m.end(1), name, _type_of(name) or "scheme"))
    return found


# a regulation's definitions: "i. gedragscode: de Gedragscode internationale student in het Nederlandse hoger
# onderwijs;" names the code (a name that starts with a type word and a capital after the article)
_DEFINITION = lazyre.compile(r"(?:^|\n)[ \t]*[a-z]{1,2}[.)][ \t]+[a-zà-ÿ][\wà-ÿ -]{1,40}?[ \t]*:[ \t]+(?:de|het)[ \t]+"
                             r"(?P<name>[A-Z][\wà-ÿ-]*(?:[ \t]+[\wà-ÿ’'-]+){0,9}?)[ \t]*(?=[;,]|\.(?:\s|$)|\n|$)")


_ACT_WORD = lazyre.compile(r"^(?:Wet|Besluit|Decreet|Regeling|Verordening|Richtlijn|Algemene|Kaderwet|Codex)\b")


# an organisation's own plan: "De KU Leuven wil met haar diversiteitsplan …"
_OWN_PLAN = lazyre.compile(r"\b(?:haar|zijn|hun)[ \t]+(?:eigen[ \t]+|nieuwe[ \t]+)?(?P<name>[a-zà-ÿ]{5,}(?:actieplan|plan|programma|"
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
_ESTABLISHED = lazyre.compile(r"(?:(?P<there>\bEr[ \t]+(?:is|wordt)[ \t]+een)|(?:^|(?<=[.:;]\s)|(?<=\d\.\s))(?:Het|De))[ \t]+"
                              r"(?P<name>[A-Z][\wà-ÿ-]*(?:[ \t]+[\wà-ÿ-]+){0,7}?)"
                              r"(?P<end>[ \t]*(?:\.(?=\s|$)|[ \t]+(?:wordt[ \t]+)?ingesteld\b))")


_BODY_WORD = lazyre.compile(r"\w*(?:commissie|college|raad|platform|comité|orgaan|werkgroep|stuurgroep|taskforce|forum|board)",
                            re.IGNORECASE)


def _established_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A committee, board or platform a regulation sets up, named in the sentence that sets it up."""
    found: list[tuple[int, int, str, str]] = []
    for m in _ESTABLISHED.finditer(text):
        name = _clean(m.group("name"))
        words = name.split()
        # the body word first, or after the adjective that begins its name ("Er is een Wetenschappelijke
        # commissie wijkaanpak.")
        body_at = 1 if len(words) > 2 and re.fullmatch(r"[A-Z][a-zà-ÿ]+e", words[0]) and \
            not _BODY_WORD.fullmatch(words[0]) and _fold(words[0]).lower() not in _FUNCTION_WORDS else 0
        if not _BODY_WORD.fullmatch(words[body_at]) or (not m.group("there") and "ingesteld" not in m.group("end")):
            continue  # "Het bestuur is …": only "Er is een …" sets up a body without saying "ingesteld"
        if _acceptable(name):
            found.append((m.start("name"), m.end("name"), name, _type_of(name) or "working_group"))
    return found


# a line that opens with an initiative's name and a colon, as a Flemish decision's title does ("Plan
# Vlaamse veerkracht: subsidie Koning Boudewijnstichting voor …"): the name in sentence case, its type
# word first
_HEADING_NAME = lazyre.compile(r"(?:^|\n)[ \t]*(?P<name>[A-Z][\wà-ÿ-]*(?:[ \t]+[\wà-ÿ’'+-]+){1,4}?)[ \t]*:[ \t]")


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
_NAME_THEN_KIND = lazyre.compile(r"\b(?:het|de|dit|deze)[ \t]+(?P<name>(?P<proper>[A-Z][\w+’'-]+)[ \t]+(?P<kind>actieplan|programma|plan|"
                                 r"fonds|project|platform|netwerk|taskforce|werkgroep|pilot|proef|akkoord|convenant|charter|"
                                 r"agenda|initiatief|strategie))\b(?![’'-])(?![ \t]+(?:gaan|gaat|ging|gingen|gegaan)\b)")


_NEEDS[_NAME_THEN_KIND] = ((("het ", "de ", "dit ", "deze "),), False)


def _name_then_kind_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A proper name followed by its kind word in lower case after an article ("het Brexit actieplan").
    The name must be one: not an adjective ("de Europese agenda", "het Vlaams netwerk"), not the first
    part of a word a line break cut ("het Samenwerkings akkoord"), not a place ("het Parijs akkoord"
    is the agreement of Paris, spelt without its own name) and not an organisation."""
    from ..entities import find_terms

    found: list[tuple[int, int, str, str]] = []
    for m in _matches(_NAME_THEN_KIND, text, low):
        proper = m.group("proper")
        if proper in _NATIONALITY or re.search(r"(?:e|s|isch)$", proper) or _is_organisation(proper):
            continue
        if _type_tail(_fold(proper).lower()):
            continue  # "de Subsidieregeling pilot innovatievouchers 2005": a kind word, not a name (see _SCHEME_TITLE)
        if any(t[2] == 0 and t[3] >= len(proper) for t in find_terms(proper, "country")):
            continue
        found.append((m.start("name"), m.end("name"), m.group("name"), _TYPE_WORDS[m.group("kind")]))
    return found


# a grant scheme cited by its title in sentence case: "de Subsidieregeling pilot innovatievouchers 2005", "van de
# Subsidieregeling pilot tweetalig primair onderwijs": a Subsidieregeling is a scheme that grants money, and its
# title runs on in lower case up to its year or the end of the phrase
_SCHEME_TITLE = lazyre.compile(r"\b(?:de|het)[ \t]+(?P<name>Subsidieregeling(?:[ \t]+(?!(?:en|of|van|voor|de|het|die|dat|is|wordt|"
                               r"worden|zijn)\b)[a-zà-ÿ][\wà-ÿ-]*){1,6}[ \t]+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)(?![\wà-ÿ-])")


_NEEDS[_SCHEME_TITLE] = ((("Subsidieregeling",),), False)


def _scheme_title_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """A grant scheme cited by its title in sentence case, up to its year (the capitalised finders stop at
    "pilot")."""
    return [(m.start("name"), m.end("name"), m.group("name"), "scheme") for m in _matches(_SCHEME_TITLE, text, low)]


# a line of its own between blank lines: a heading of the text's structure, with the numbering of its part in front
# ("Paragraaf 2a", "Artikel 7.51", "Hoofdstuk 3.", "2.2.1") or the action a regulation takes on it ("Intrekking …")
_STRUCTURE_LINE = lazyre.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?P<line>[^\n]{4,160}?)[ \t]*(?=\n[ \t]*\n|[ \t]*\n?$)")


_PART_NUMBER = lazyre.compile(r"^(?:(?:Paragraaf|Hoofdstuk|Artikel|Afdeling|Titel|Deel|Bijlage|§)[ \t]*[\dA-Za-z]{0,5}"
                              r"(?:\.\d+[a-z]?)*\.?(?:[ \t]+|$)|\d+(?:\.\d+)*\.?[ \t]+)+")


# a fund or a grant scheme named by a capitalised compound that is the whole heading ("Profileringsfonds"), or
# a subsidy scheme's title or a subsidy by what it pays for that is ("Intrekking Subsidieregeling Bilaterale
# onderzoeksamenwerking … 2001-2003", "Subsidie educatieve voorziening"; not "Subsidie voor …", a purpose)
_HEADED_COMPOUND = lazyre.compile(r"[A-Z][a-zà-ÿ]{3,}")
_HEADED_SCHEME = lazyre.compile(r"(?:Subsidieregeling|Subsidie(?=[ \t]+(?!(?:voor|van|aan|de|het|een|en|of|in|op|bij|ter|tot)\b)"
                                r"[a-zà-ÿ]))(?:[ \t]+[\wà-ÿ’'&+-]+){1,11}")


def _structure_candidates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of a fund or subsidy scheme a heading of the text's structure names: a law or a
    regulation gives the scheme it sets up a paragraph or article of its own ("Paragraaf 2a\n\nProfileringsfonds"),
    and the heading is all the name there is. A sentence would not stand alone, capitalised, between blank lines,
    so the heading vouches for the name as a cue's context does: a fund's compound may have an everyday first part.
    Only the kinds that hand out money (a fund, grant, premium, loan or subsidy scheme): a heading "Geschillenregeling",
    "Instellingsplan" or "Beoordelingskader" names a rule, a document or a standard, not something one runs."""
    out = []
    for m in (_STRUCTURE_LINE.finditer(text) if "\n" in text else ()):
        line = m.group("line")
        if line.endswith((".", ":", ";", ",")) or line[:1] in "-•*(":
            continue
        rest = _PART_NUMBER.sub("", line)
        name = _clean(rest)
        if not name:
            continue
        at = m.start("line") + line.find(name)
        if _HEADED_COMPOUND.fullmatch(name):
            tail = _type_tail(_fold(name).lower())
            if tail and tail != _fold(name).lower() and _TYPE_WORDS[tail] == "fund":
                out.append((at, at + len(name), name, "fund"))
        elif _HEADED_SCHEME.fullmatch(name) and not any(_fold(w).lower() in _VERBISH for w in name.split()):
            out.append((at, at + len(name), name, "scheme"))
    return out


# a name a legal text defines for the rest of it: "het Programma Aanpak verspilling in de zorg, hierna te noemen
# ‘Programma’" - the name runs to the comma in sentence case, its lower-case words included
_HEREINAFTER = lazyre.compile(r"\b(?:de|het)[ \t]+(?P<name>(?:Programma|Platform|Stuurgroep|Commissie|Werkgroep|Taskforce|Fonds|"
                              r"Project|Plan|Actieplan|Agenda|Netwerk|Forum|Raad|Pact|Akkoord|Convenant)[ \t]+[A-Z][^,;:()\n]{2,100}?)"
                              r"[ \t]*,[ \t]*(?:hierna|verder)(?:[ \t]+te[ \t]+noemen)?\b")


def _hereinafter_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """An initiative a text names in full once and calls by a short name "hierna" (hereinafter)."""
    found: list[tuple[int, int, str, str]] = []
    for m in _HEREINAFTER.finditer(text):
        name = _clean(m.group("name"))
        if _acceptable(name):
            found.append((m.start("name"), m.end("name"), name, _type_of(name) or "programme"))
    return found


# a list item that is a body or programme by its capitalised kind word, its name in sentence case: "– de Stuurgroep
# genees- en hulpmiddelen;", "– de Stuurgroep langdurige zorg;" (a kind word written with a capital inside a sentence is
# part of a name; the item's end is the name's). The reader drops the dashes: an item is a line that opens with a
# lower-case article, which no sentence does
_LISTED_KIND = lazyre.compile(r"(?m)^[ \t]*(?:(?:[–•-]|[a-z][.)])[ \t]+)?(?:de|het)[ \t]+(?P<name>(?:Stuurgroep|Werkgroep|Commissie|"
                              r"Programma|Project|Platform|Taskforce|Fonds)[ \t]+[\wà-ÿ][^;,.:()\n]{2,80}?)[ \t]*(?:[;,.]|$)")


def _listed_kind_candidates(text: str, low: str, doc_terms: frozenset) -> list[tuple[int, int, str, str]]:
    """Bodies and programmes named as the items of a list, each by its kind word with a capital."""
    found: list[tuple[int, int, str, str]] = []
    for m in _LISTED_KIND.finditer(text):
        name = _clean(m.group("name"))
        if _acceptable(name) and not _is_organisation(name):
            found.append((m.start("name"), m.end("name"), name, _type_of(name) or "working_group"))
    return found


_FINDERS = (_hereinafter_candidates, _listed_kind_candidates, _term_candidates, _hashtag_candidates, _cue_candidates, _quoted_candidates, _compound_candidates, _charter_candidates, _titled_candidates, _inner_caps_candidates, _group_candidates, _dated_name_candidates, _english_group_candidates, _grant_candidates, _cited_candidates,
            _definition_candidates, _own_plan_candidates, _established_candidates,
            _heading_candidates, _name_then_kind_candidates, _scheme_title_candidates)  # in this order: ties keep it


def _candidates(text: str, doc_terms: frozenset[str] = frozenset(),
                described: set[tuple[int, int]] | None = None,
                participating: set[tuple[int, int]] | None = None,
                vouched: set[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of initiative names in a passage, best cue first. The spans of
    names found by what is around them go to `described` (all of them), `participating` (those
    a participation cue found) and `vouched` (those whose context says they are proper names)."""
    low = _lower(text)
    found = [c for finder in _FINDERS for c in finder(text, low, doc_terms)]
    named = _bracketed_names(text) + _run_compounds(text) + _structure_candidates(text) + _abbreviated_kinds(text)
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
    return _within_quotes(text, _unnumbered(text, _unjoined(text, found)))


# where a title and the text after it were joined without a full stop: a blank line (the text reader sets a run-on
# title apart), two spaces ("… MediAcademie Audiovisueel
# MediAcademie werd in 2011 opgericht" reads "Audiovisueel␣␣MediAcademie"), or an item letter of the next part
# ("… MediAcademie Journalistiek B. Ontwerpbesluit …")
_JOIN = lazyre.compile(r"[ \t]{2,}|\n[ \t]*\n|\s[A-H]\.(?=\s)")


def _unjoined(text: str, found: list) -> list:
    """The candidates cut where their span runs over a join of two parts of the text (`_JOIN`): a name is
    written in one part; what follows the join is the next title or sentence."""
    out = []
    for c in found:
        s, e, name = c[0], c[1], c[2]
        j = _JOIN.search(text, s, e)
        head = text[s:j.start()].rstrip(" \t,;:") if j else ""
        if j and len(head) >= 3 and name.startswith(head):
            c = (s, s + len(head), head, *c[3:])
        out.append(c)
    return out


# the number a fund gives a project it pays, then the project's own name in quotes: "het EFRO-project 1865:
# 'Test@Sea'", "het ESF-programma nr. 12 ‘Leren werkt’"
_NUMBERED_QUOTE = lazyre.compile(r"[ \t]+(?:nr\.?[ \t]*)?\d{1,6}[ \t]*:?[ \t]*[‘'“\"]")
_KIND_TAIL = lazyre.compile(r"(?:project|programma|plan|fonds|oproep|regeling|initiatief)$", re.IGNORECASE)


def _unnumbered(text: str, found: list) -> list:
    """The candidates that are not the class of a numbered, quoted project: in "EFRO-project 1865: 'Test@Sea'"
    "EFRO-project" says which fund's project Test@Sea is; taken as a name of its own it would be one record
    for every project the fund numbers, holding the coordinator and sums of all of them."""
    return [c for c in found if not (_KIND_TAIL.search(c[2]) and _NUMBERED_QUOTE.match(text, c[1]))]


def _within_quotes(text: str, found: list) -> list:
    """The candidates that do not start inside a quoted name and run on out of it (or the other way
    round): in "'Bio Base Advance' van Bio Base Europe Pilot Plant" the capitalised words after the
    first are no name "Base Advance' van … Pilot Plant"; the quotes say where the name ends."""
    if not any(q in text for q in "‘“\"'«„"):
        return found
    quoted = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)]
    return [c for c in found if not any(a < c[0] < b < c[1] or c[0] < a < c[1] < b for a, b in quoted)]


# a name with an edition number after it: "een SALK 2.0 lanceren", "het Verpakkingsplan 2.0", "Flanders’ Care 4.0",
# "(EFSI 2.0)". A whole version ("2.0", "4.0", not "2.2" or "1.1", which number sections, rules and
# standards) says the name is of a thing that has editions: a plan, programme or fund renewed
_VERSIONED = lazyre.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'+-]*(?:[ \t]+[A-Z][\w’'+-]*){0,3})[ \t]+(?P<version>[1-9]\.0)"
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
_BRACKETED_NAME = lazyre.compile(r"(?<=\w )\((?P<name>[A-Z][a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?)\)")


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


# a described initiative in lower case that the text gives an abbreviation: "Binnen het interbestuurlijk programma voor
# versterking van het stelsel vergunningverlening, toezicht en handhaving (IBP VTH) wordt gewerkt aan …"
_ABBREVIATED_KIND = lazyre.compile(
    r"\b(?:[Hh]et|[Dd]e|[Dd]it|[Dd]eze)[ \t]+(?P<name>(?:[a-zà-ÿ][\wà-ÿ-]*[ \t]+){0,2}[a-zà-ÿ]*(?:programma|project|plan|"
    r"fonds|netwerk|platform|agenda|akkoord|pact|convenant)(?:[ \t]+(?:voor|van|ter|tot|inzake|rond|over)[ \t]+"
    r"[^()\n.;:]{3,100}?)?)[ \t]*\((?P<acr>[A-Z][A-Za-z&]{1,8}(?:[ -][A-Z][A-Za-z&]{1,8})?)\)")


def _abbreviated_kinds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of a phrase of a kind of initiative in lower case with an abbreviation in brackets
    whose letters stand in it in order, the first opening it ("interbestuurlijk programma … (IBP VTH)"): the
    abbreviation makes a proper name of the description."""
    out = []
    for m in (_ABBREVIATED_KIND.finditer(text) if "(" in text else ()):
        name = m.group("name")
        if abbreviates(m.group("acr"), name):  # (the pattern's abbreviation has at least two letters)
            out.append((m.start("name"), m.end("name"), name, _type_of(name) or "programme"))
    return out


# a verb that carries out, completes, continues or evaluates what went before: the thing exists and runs
_RUN_VERB = lazyre.compile(r"\buitvoer|\buitgevoerd|\bvoer\w*\b[^.;]*\buit\b|\bwerk\w*\b[^.;]*\baf\b|\bafwerk|"
                           r"\bverder\s*gezet|\bvoortgezet\b(?!\s+onderwijs)|\bevalu", re.IGNORECASE)


# one capitalised compound after a definite article (and maybe an adjective), no capitalised word after it:
# "het geactualiseerd Sigmaplan", "Het Versnellingsplan van VDAB"
_DEFINITE_COMPOUND = lazyre.compile(r"\b(?:[Hh]et|[Dd]e)[ \t]+(?:[a-zà-ÿ]+[ \t]+)?(?P<name>[A-Z][a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?)"
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


_PARTICIPATION = lazyre.compile(
    r"\b(?:deelname\s+aan|deelnemen\s+aan|(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,3}?deel\s+aan|"
    r"participeert\s+in|participatie\s+in|participeren\s+in|"
    r"in\s+het\s+kader\s+van|binnen\s+het\s+kader\s+van|middelen\s+uit|middelen\s+van|financiering\s+(?:via|uit)|"
    r"(?:gefinancierd|gesubsidieerd|betaald|bekostigd)\s+(?:via|uit)|subsidie\s+uit|bijdrage\s+uit|"
    r"aanvraag\s+(?:in\s+het\s+kader\s+van|binnen|voor)|aanvragen\s+(?:binnen|voor)|"
    r"(?:deel|lid)\s+van\s+(?:het|de)\s+(?=[A-Z][\w+-]*\s+(?:netwerk|programma|alliantie|consortium)))"
    r"\s+(?:(?P<art>de|het|een|hun|haar|zijn|onze)\s+)?" + _PART_NAME)


# the weak cues: "in het kader van" also frames a law, a product or a policy field
_WEAK_CUE = lazyre.compile(r"^(?:in|binnen)\s+het\s+kader|^aanvra", re.IGNORECASE)


# heads of words a participation cue is never about: acts, texts, bodies, places, events, periods
_NOT_PROGRAMME = lazyre.compile(
    r"^(?:Wet|Besluit|Decreet|Codex|Verdrag|Richtlijn|Verordening|Grondwet|Regeerakkoord|Beleidsnota|Beleidsbrief|"
    r"Conceptnota|Nota|Brief|Artikel|Art|Hoofdstuk|Bijlage|Paragraaf|Minister|Ministerie|Staatssecretaris|Kamer|"
    r"Tweede|Eerste|Vlaamse\s+Regering|Regering|Raad|Commissie|Europese\s+Unie|EU|Europa|Vlaanderen|Nederland|"
    r"België|Brussel|Corona|COVID|Covid|Brexit|Bologna|Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|"
    r"September|Oktober|November|December|Het|De|Een|Dit|Deze)\b")


# a law or a text, not a programme: "BOF-besluit", "Hogeronderwijsdecreet", "Beleidsnota"
_ACT_TAIL = lazyre.compile(r"(?:besluit|decreet|wet|verdrag|richtlijn|verordening|nota|brief|reglement|codex)$", re.IGNORECASE)


# a name followed by what it is in brackets: "iBOF (oproep voor interuniversitaire BOF-projecten)",
# "NWA (programma voor …)"
_BRACKET_KIND = lazyre.compile(
    r"(?<![\w+-])(?P<name>(?:[A-Z][\w+-]*|[a-z]+[A-Z][\w+-]*)(?:[ \t]+[A-Z][\w+-]*){0,3})[ \t]*\((?:een[ \t]+|het[ \t]+|de[ \t]+)?"
    r"(?P<kind>[a-zà-ÿ-]*(?:oproep|programma|fonds|project|netwerk|regeling|subsidie|beurs|initiatief|"
    r"samenwerkingsverband|alliantie|consortium|platform|programme|fund|network|call))\b[^)]{0,120}\)")


# a name ending in "+" is a programme's successor ("Erasmus+", "ESF+"): a name by its spelling
_PLUS_NAME = lazyre.compile(r"(?<![\w#])([A-Z][a-z]{2,20}\+)(?![\w+])(?!-)")


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


_NEEDS.update({  # pattern: (groups of words, one of each must be in the text), looked for in lower case
    _HASHTAG: ((("#",),), False),
    _CUE: ((("project", "programm", "initiati", "platform", "fonds", "netwerk", "network", "plan", "kader",
             "charter", "akkoord", "convenant", "leerstoel", "instrument", "fund", "maatregel"),), False),
    _COMPOUND: ((("-actieplan", "-agenda", "-plan", "-programma", "-project", "-platform", "-fonds", "-monitor",
                  "-netwerk", "-kader", "-akkoord", "-charter", "-toets", "-financiering", "-beur", "-regeling",
                  "-code", "-proef"),), False),
    _CHARTER_TOPIC: ((("Charter", "Handvest", "Convenant", "Verklaring", "Akkoord"),), False),
    _GROUP: ((("werkgroep", "stuurgroep", "taskforce", "commissie", "Werkgroep", "Commissie"),), False),
    _DATED_NAME: ((("programma", "project", "plan", "fonds"),), False),
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
    _GRANT_TO_RECIPIENT_FIRST: ((("subsidie",),), True),
    _OWN_PLAN: ((("haar", "zijn", "hun"),), True),
    _SUCH_AS: ((("projecten", "programma", "initiatieven", "netwerken", "fondsen", "programmes", "projects",
                 "initiatives"), ("als", "such as", "like")), False),
    _AGREEMENT_ON: ((("overeenkomst", "convenant", "akkoord", "protocol", "charter"),
                     ("betreffende", "inzake", "over", "rond")), False),
})
