"""A plain query's plan, backend-neutral: each concept's options (the ways a passage may hold it)
and the flat weighted query of index terms that finds the candidates (`plan_concepts`), and the
neighbouring word pairs the re-ranking looks for (`word_pairs`). A backend passes in its
analysers and, when it has an index, a document-frequency lookup and its record count; the rules
(what is searched, how strongly, when compound parts count) are the same for every backend."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .concepts import (ALTERNATIVE_MATCH, CONTEXT_BOOST, MAX_CONCEPTS, NEIGHBOUR_MATCH, SYNONYM_BOOST, Concept, Option,
                       tokens_and_starts)
from .rank import CONTEXT_SHARE

# An alternative or a compound part finds candidates only when at most this share of the records
# hold it (it would cost a pass over their postings and rank nothing); the words as typed always do.
CANDIDATE_SHARE = 0.05
PARTS_BOOST = 0.6
# Compound parts are searched only when the whole word is rare (fewer passages hold it than this),
# and only when every part before the last has at least MIN_PART_LETTERS letters: short parts are
# the junk ones ("hand" in "handtekening" matches "aan de hand van"). The last part of a word as
# typed, the head the compound names a kind of, needs MIN_HEAD_LETTERS: "cyberraad" is a "raad"
# (the "Cyber Security Raad"), "opleidingsplan" a "plan" (tune sets, S@1/S@5/MRR@10:
# .686/.890/.772 -> .692/.893/.778, s12-p16 and s22-p07 found first, no query lower; held-out
# unchanged).
PARTS_WHEN_DF = 5
MIN_PART_LETTERS = 5
MIN_HEAD_LETTERS = 4

# A word's glossary neighbours (`concepts.MAX_NEIGHBOURS`) are searched only when fewer than this
# share of the records hold the word, as compound parts are (PARTS_WHEN_DF): where the word is
# rare the passage may well say it otherwise; a common word is the passages' own. Evaluation
# corpus, S@1/S@5/MRR@10/nDCG@10, neighbours for every word -> for the rarer ones: tune
# .614/.842/.700/.725 unchanged; s8 .500/.733/.608/.638 -> .500/.700/.591/.623; check
# .685/.778/.720/.730 unchanged; and `ask` keeps answering how many members a supervisory board
# has ("raad" would also look for "bestuur", "lid" for "kamerlid").
NEIGHBOURS_SHARE = 0.01

DocFrequency = Callable[[str, str], int]  # (field, index term) -> how many records hold it


def plan_concepts(concepts: list[Concept], nl, en, df_of: DocFrequency | None = None,
                  records: int = 0) -> tuple[dict, list[list[Option]]]:
    """The weighted index terms of the concepts ((field, term) -> boost, fields "body", "context"
    and "body_en"), and each concept's options.

    `nl` and `en` are the index's Dutch and English analysers; `df_of` looks up how many of the
    `records` hold a term in a field (None: no statistics, every term is kept, compound parts are
    tried whatever the whole word's frequency, and other numbers are not looked for).

    The words as typed count fully in the passage and half in its context (title and headings),
    and in English passages through the English analyzer; vocabulary alternatives and compound
    parts count for less. Of a multi-word alternative only its rarest word is searched: the
    others ("onderwijs" in "Onderwijs, Cultuur en Wetenschap") would match half the index, and
    whether the whole phrase is there is checked when the candidates are ranked. For the same
    reason an alternative or a compound part that more than CANDIDATE_SHARE of the passages hold,
    or a title or heading word above CONTEXT_SHARE, finds no candidates (it would cost a pass over
    their postings and rank nothing), though it still counts when the candidates are ranked.
    With an index, two English words next to each other also stand for the Dutch compounds of
    their glosses it holds (`with_compounds`: "language policy" is "taalbeleid"), and an English
    word no glossary lists its Dutch cognates it holds (`with_cognates`: "diffusion", "diffusie").
    """
    from ..analysis import split_compound
    from ..analysis.inflection import other_numbers

    weights: dict[tuple[str, str], float] = {}
    rare = max(50, records * CANDIDATE_SHARE) if df_of is not None else 0

    def add(fieldname: str, token: str, boost: float, typed: bool = False, rarer: float = 0.0):
        if df_of is not None:
            df = df_of(fieldname, token)
            if df == 0 or (not typed and df > rare):  # a term in no passage costs a matcher all the same
                return
            if rarer and df > max(50, records * rarer):
                return
        key = (fieldname, token)
        weights[key] = max(weights.get(key, 0.0), boost)

    def df(token: str) -> int:
        return df_of("body", token) if df_of is not None else 0

    if df_of is not None:
        concepts = with_compounds(with_prefixed(with_cognates(concepts, nl, df), nl, df), nl, df)
    all_options = []
    for concept in concepts:
        options = []
        # a word many passages hold is the word they use: its glossary neighbours would only add
        # noise. Of an English word, the word they use is its first Dutch gloss ("Netherlands":
        # "Nederland", not the adjective "Nederlandse" of nearly every Dutch passage)
        used = concept.alternatives[0] if concept.translated and concept.alternatives else concept.text
        common = concept.neighbours and df_of is not None and \
            sum(df(t) for t in tokens_and_starts(nl, used)[0][:1]) >= NEIGHBOURS_SHARE * records
        for i, phrase in enumerate([concept.text, *concept.alternatives]):
            near = i > len(concept.alternatives) - concept.neighbours  # a glossary neighbour
            # a Dutch gloss of an English word is the word itself to a Dutch passage (a neighbour,
            # a country's adjective, is not)
            own = (i == 0 or concept.translated) and not near
            boost = 1.0 if own else SYNONYM_BOOST
            tokens, starts, surfaces = tokens_and_starts(nl, phrase)
            if not tokens or near and common:
                continue
            options.append(Option(tokens, starts=starts, surfaces=surfaces,
                                  weight=1.0 if own else NEIGHBOUR_MATCH if near else ALTERNATIVE_MATCH,
                                  gloss=i > 0 and concept.translated and not near,
                                  english=i == 0 and concept.translated and bool(concept.alternatives)
                                  and not concept.text[:1].isupper()))
            searched = tokens if len(tokens) == 1 or i == 0 else [min(tokens, key=df)]
            for t in searched:
                add("body", t, boost, typed=own)
                add("context", t, boost * CONTEXT_BOOST, rarer=CONTEXT_SHARE)
            # (not of an English word as typed: Dutch plural rules make "day" of "days", which found
            # the English convention's "first day of the month" for "appeal to Council of State sixty days")
            if own and len(tokens) == 1 and " " not in phrase.strip() and df_of is not None \
                    and not (i == 0 and concept.translated):
                for form in other_numbers(phrase.strip(".,;:!?'\"")):  # "studieadviezen" <-> "studieadvies"
                    f_tokens, f_starts, f_surfaces = tokens_and_starts(nl, form)
                    if len(f_tokens) == 1 and f_tokens != tokens and df(f_tokens[0]):
                        options.append(Option(f_tokens, starts=f_starts, surfaces=f_surfaces, weight=1.0))
                        add("body", f_tokens[0], boost, typed=True)
            if i == 0:
                en_tokens, en_starts, en_surfaces = tokens_and_starts(en, phrase)
                if en_tokens:
                    options.append(Option(en_tokens, starts=en_starts, surfaces=en_surfaces, lang="en"))
                    for t in en_tokens:
                        add("body_en", t, boost, typed=True)
            word = phrase.strip(".,;:!?'\"")
            parts = split_compound(word) if " " not in word else ()
            # (a short head only of the word as typed: the parts of a vocabulary alternative are two
            # steps from the query, "inschrijvingsgeld" of "collegegeld" found "inschrijvingen")
            head = MIN_HEAD_LETTERS if i == 0 else MIN_PART_LETTERS
            if parts and (min(map(len, parts[:-1])) < MIN_PART_LETTERS or len(parts[-1]) < head
                          or df_of is not None and df(tokens[0]) >= PARTS_WHEN_DF):
                parts = ()  # "hand" of "handtekening"; or the whole word is common enough alone
            if parts:
                part_tokens, part_starts, part_surfaces = tokens_and_starts(nl, " ".join(parts))
                if part_tokens:
                    options.append(Option(part_tokens, ordered=False, starts=part_starts, surfaces=part_surfaces,
                                          weight=ALTERNATIVE_MATCH))
                    for t in part_tokens:
                        add("body", t, boost * PARTS_BOOST)
        if options:
            all_options.append(options)
    return weights, all_options


# The links Dutch glues a compound's words with: "projectsubsidie", "studievoortgang" (none),
# "opleidingsnoden" ("s"), "studentenhuisvesting" ("en", or a plural gloss as it stands).
COMPOUND_LINKS = ("", "s", "en")
MIN_COMPOUND_PART = 3  # letters of each glued gloss: "eu" + "fellow" is no Dutch word


def with_compounds(concepts: list[Concept], nl, df: Callable[[str], int]) -> list[Concept]:
    """English concepts with, as a further Dutch gloss of both, the compounds of their glosses
    next to each other that the index holds.

    English writes a noun phrase as words where Dutch glues them into one: "student housing" is
    "studentenhuisvesting", "culture funds" "cultuurfondsen", "training needs" "opleidingsnoden".
    No glossary lists every such phrase, and a passage holding only the compound holds neither
    gloss as a word of its own. A compound is kept only when some passage holds it (`df`), so a
    made-up glue ("hogercollegegeld") costs nothing; a passage holding it holds both concepts."""
    extra: dict[int, list[str]] = {}
    for i in range(len(concepts) - 1):
        first, second = concepts[i], concepts[i + 1]
        if not (first.translated and second.translated) or second.joined:
            continue  # "student housing", not "student [not] living"
        for word in compound_glosses(first, second, nl, df):
            for k in (i, i + 1):
                if word not in extra.setdefault(k, []):
                    extra[k].append(word)
    if not extra:
        return concepts
    # (after the alternatives, before the neighbours, which come last)
    return [replace(c, alternatives=[*c.alternatives[:len(c.alternatives) - c.neighbours],
                                     *(w for w in extra[k] if w not in c.alternatives),
                                     *c.alternatives[len(c.alternatives) - c.neighbours:]])
            if k in extra else c for k, c in enumerate(concepts)]


def compound_glosses(first: Concept, second: Concept, nl, df: Callable[[str], int]) -> list[str]:
    """The Dutch compounds of a gloss of `first` and one of `second` (in that order) some passage
    holds, as one index term each."""
    def words(concept: Concept) -> list[str]:
        return [g.lower() for g in concept.alternatives
                if g.isalpha() and len(g) >= MIN_COMPOUND_PART]
    out, seen = [], set()
    for head in words(first):
        for tail in words(second):
            for link in COMPOUND_LINKS:
                word = head + link + tail
                term = _held_term(word, nl, df)
                if term and term not in seen:
                    seen.add(term)
                    out.append(word)
    return out


def _held_term(word: str, nl, df: Callable[[str], int]) -> str:
    """The one index term a made-up Dutch word analyses to, when some passage holds it; else ""."""
    tokens = tokens_and_starts(nl, word)[0]
    return tokens[0] if len(tokens) == 1 and df(tokens[0]) > 0 else ""


# English endings of Latin and Greek words and the Dutch endings of the same words: "diffusion" is
# "diffusie", "postdoctoral" "postdoctoraal", "respondents" "respondenten", "allocate" "alloceren".
COGNATE_ENDINGS = (("ssion", "ssie"), ("tion", "tie"), ("sion", "sie"), ("ity", "iteit"), ("ical", "isch"),
                   ("ical", "ische"), ("ial", "ieel"), ("ial", "iële"), ("ual", "ueel"), ("ual", "uele"),
                   ("onal", "oneel"), ("onal", "onele"), ("ural", "ureel"), ("ural", "urele"), ("mal", "meel"),
                   ("mal", "mele"), ("al", "aal"), ("ic", "isch"), ("ic", "iek"), ("ism", "isme"), ("ive", "ief"),
                   ("ive", "ieve"), ("ated", "eerd"), ("ate", "eren"), ("ure", "uur"), ("logy", "logie"),
                   ("phy", "fie"), ("ance", "antie"), ("ence", "entie"), ("ents", "enten"), ("ants", "anten"),
                   ("ary", "air"), ("ory", "orisch"), ("ize", "iseren"), ("ise", "iseren"))
MIN_COGNATE_STEM = 3


def with_cognates(concepts: list[Concept], nl, df: Callable[[str], int]) -> list[Concept]:
    """English concepts no glossary translates, with the Dutch cognates of their word the index
    holds: a technical word of Latin or Greek origin is mostly the same word with a Dutch ending
    ("knowledge diffusion" -> "kennisdiffusie", "postdoctoral" -> "postdoctoraal")."""
    from ..analysis.glossary import to_dutch

    out = []
    for c in concepts:
        word = c.text.lower()
        # a word glossed only through the base word an ending hides ("informal" -> "inform") has
        # its cognate ("informeel") rather than that word's glosses, where the index holds it
        derived = c.alternatives and word.isalpha() and not to_dutch(word)
        if c.translated and (not c.alternatives or derived) and word.isalpha():
            found = []
            for english, dutch in COGNATE_ENDINGS:
                if word.endswith(english) and len(word) - len(english) >= MIN_COGNATE_STEM:
                    guess = word[:-len(english)] + dutch
                    if guess not in found and _held_term(guess, nl, df):
                        found.append(guess)
            if found:
                c = replace(c, alternatives=found)
        out.append(c)
    return out


# English prefixes and the Dutch prefix of the same meaning: "reappointed" is "herbenoemd",
# "re-enrolment" "herinschrijving", "unpaid" "onbetaald", "unlawful" "onwettig".
PREFIXES = (("re", "her"), ("un", "on"))
MIN_PREFIXED_BASE = 4


def with_prefixed(concepts: list[Concept], nl, df: Callable[[str], int]) -> list[Concept]:
    """English concepts no glossary translates that are a prefix and a word it does, with the
    Dutch prefix glued to the word's glosses, where the index holds the glued word.

    English "re-" and "un-" make a word of any verb or adjective as Dutch "her-" and "on-" do, and
    no dictionary lists them all. The word without its prefix is no gloss of the whole ("unsigned"
    is not "ondertekend", "non-emergency" not "nood"), so only the glued word the passages use
    counts."""
    from ..analysis.glossary import phrases_to_dutch

    out = []
    for c in concepts:
        word = c.text.lower()
        if c.translated and not c.alternatives:
            found = []
            for english, dutch in PREFIXES:
                base = word[len(english):].lstrip("-")
                if not word.startswith(english) or len(base) < MIN_PREFIXED_BASE or not base.isalpha():
                    continue
                chunks = phrases_to_dutch(base)
                glosses = chunks[0][1] if len(chunks) == 1 else []
                for gloss in glosses:
                    guess = dutch + gloss.lower()
                    if gloss.isalpha() and guess not in found and _held_term(guess, nl, df):
                        found.append(guess)
            if found:
                c = replace(c, alternatives=found)
        out.append(c)
    return out


def word_pairs(text: str, nl) -> list[tuple[str, str]]:
    """Neighbouring query words, as the index terms (of the Dutch analyser `nl`) that should stand
    close together.

    "kosten en baten" should rank a passage that says "kosten en baten" above one that has the
    two words far apart (Lucene's edismax does the same with its pf2 phrase fields).
    """
    words = [toks for toks in (tokens_and_starts(nl, w)[0] for w in text.split()[:MAX_CONCEPTS * 2]) if toks]
    return [(a[-1], b[0]) for a, b in zip(words, words[1:]) if a[-1] != b[0]]
