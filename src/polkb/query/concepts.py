"""Plain query words as concepts: each word (or glossary phrase) with its vocabulary alternatives
(synonyms, abbreviations, English glosses) and the options a passage may hold it by. Backend-neutral:
the analysers are passed in."""
from __future__ import annotations

from dataclasses import dataclass, field

from .syntax import WORD_BREAKS
from .terms import remembered


# The words as typed count more than what the vocabulary adds: an exact match outranks a synonym.
SYNONYM_BOOST = 0.7
# how much of a concept a passage holds that has only an alternative or the compound parts
ALTERNATIVE_MATCH = 0.8
# A Dutch word also stands for its neighbours in the field glossary (the other Dutch translations
# of an English entry it translates: "korting" for "vermindering", "verlaging"), at most
# MAX_NEIGHBOURS of them, after the synonyms, when the word is rare (planning.NEIGHBOURS_SHARE):
# searched as alternatives are, and a passage holding only a neighbour holds NEIGHBOUR_MATCH of the
# concept (less than a curated synonym: a translation shared in one sense is not always the same
# thing in another; at ALTERNATIVE_MATCH, 0.8, tune S@5 was .860 but nDCG@10 lower on tune and
# s8, and check S@1 .667). Evaluation
# corpus (79 documents), S@1/S@5/MRR@10/nDCG@10 without -> with: tune .614/.842/.698/.723 ->
# .614/.842/.700/.725, s8 .500/.700/.591/.623 unchanged, check .648/.778/.702/.716 ->
# .685/.778/.720/.730.
MAX_NEIGHBOURS = 4
NEIGHBOUR_MATCH = 0.6
MAX_ALTERNATIVES = 6
MAX_CONCEPTS = 24
CONTEXT_BOOST = 0.5


@dataclass
class Concept:
    """One thing the user asked for: the words as typed and the vocabulary's alternatives."""

    text: str
    alternatives: list[str] = field(default_factory=list)
    translated: bool = False  # English words whose alternatives are their Dutch glosses
    neighbours: int = 0  # how many of the alternatives (the last ones) are glossary neighbours
    joined: str = ""  # English: the function words between the previous concept and this one ("of")


def concepts_of(text: str) -> list[Concept]:
    """Split plain query text into concepts, each with the vocabulary's alternatives.

    `OCW` gets "Onderwijs Cultuur en Wetenschap" …, a multi-word entry ("KU Leuven") is one
    concept. A single Dutch word also gets its neighbours in the field glossary
    (`polkb.analysis.glossary.dutch_neighbours`), weaker than the synonyms (`NEIGHBOUR_MATCH`).
    Coordination counts concepts, not alternatives. An English query is cut into the
    glossary's entries instead, each with its Dutch glosses ("mental health" -> "mentaal
    welzijn"): the Dutch passages hold the glosses, the English ones the words as typed.
    """
    from ..analysis import load_synonyms
    from ..analysis.glossary import dutch_neighbours, english_stop_words, language_of, phrases_to_dutch
    from ..analysis.vocabulary import synonym_key

    synonyms = load_synonyms()
    nations = load_synonyms(NATIONALITIES)
    tokens = WORD_BREAKS.sub(" ", text).split()
    if language_of(text) == "en":
        out, between = [], []
        for chunk, glosses in hyphened_parts(phrases_to_dutch(" ".join(tokens))):
            if chunk.lower() in english_stop_words():
                between.append(chunk.lower())
                continue
            alts = synonyms.table.get(synonym_key(chunk), [])  # names and abbreviations ("WHW")
            alts = list(dict.fromkeys([*glosses, *alts]))[:MAX_ALTERNATIVES]
            digits = [d for d in map(_digits, alts) if d and d not in alts]  # "twenty" -> "twintig", "20"
            alts += digits[:1]
            # a country's adjectives, of the word as typed ("Canada": "Canadese") or of its Dutch
            # glosses ("Switzerland" -> "Zwitserland": "Zwitserse"), last, as neighbours: a passage
            # about the country's people or things need not name the country
            near = _others(alts, [w for x in [chunk, *glosses] for w in nations.table.get(synonym_key(x), [])])
            near = near[:MAX_NEIGHBOURS]
            out.append(Concept(chunk, alts + near, translated=True, joined=" ".join(between), neighbours=len(near)))
            between = []
        return _unique(out)
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(max(synonyms.max_words, nations.max_words), len(tokens) - i), 0, -1):
            span = " ".join(tokens[i:i + n])
            key = synonym_key(span)
            alts, nation = synonyms.table.get(key, []), nations.table.get(key, [])
            if alts or nation or n == 1:
                alts = list(alts[:MAX_ALTERNATIVES])
                digits = _digits(span.strip(".,;:!?'\"")) if n == 1 else ""
                if digits and digits not in alts:  # "twintig jaar": the passage says "20 jaar"
                    alts.append(digits)
                # after the synonyms, as neighbours: a country's adjectives ("Canada": "Canadese"),
                # and a word's neighbours in the field glossary
                near = _others(alts, nation)[:MAX_NEIGHBOURS]
                if n == 1:
                    near += _others(alts + near, dutch_neighbours(span.strip(".,;:!?'\""))[:MAX_NEIGHBOURS])
                near = near[:MAX_ALTERNATIVES - len(alts)]
                out.append(Concept(span, alts + near, neighbours=len(near)))
                i += n
                break
    return _unique(out)


# Countries and regions => the Dutch words of their nationality ("Zwitserland => Zwitsers,
# Zwitserse, Zwitser"): a query names the country where the passage has the adjective
# ("scholarship Canada", "studenten met de Canadese nationaliteit"). One way: an adjective qualifies
# a thing, and the country's name stands in passages about anything there (tune sets: "Ukrainian
# master thesis" lost its passage to those about Ukraine). Generated by scripts/nationality_words.py
# (data/VOCABULARY.md).
NATIONALITIES = "nationalities.txt"


def _others(alternatives: list[str], words: list[str]) -> list[str]:
    """The `words` `alternatives` do not hold, in other capitals or accents either ("vlaams" and
    "Vlaams"), each once."""
    from ..analysis.vocabulary import synonym_key

    seen = {synonym_key(w) for w in alternatives}
    return [w for w in words if not (synonym_key(w) in seen or seen.add(synonym_key(w)))]


def _digits(word: str) -> str:
    """The digits of a Dutch number word from MIN_DIGITS_NUMBER on ("twintig" -> "20",
    "vijfentwintig" -> "25"), else "".

    Policy texts write most numbers in digits ("een termijn van 20 jaar"); a query or an English
    gloss ("twenty" -> "twintig") has the word. Not below MIN_DIGITS_NUMBER: a single digit numbers
    the articles, paragraphs and list items of every document ("drie inschrijvingen" found
    "artikel 3" first, and "drie" is how a text writes three)."""
    from ..tag.figures import parse_word_number

    value = parse_word_number(word) if word.isalpha() else None
    return str(int(value)) if value is not None and value >= MIN_DIGITS_NUMBER and value == int(value) else ""


MIN_DIGITS_NUMBER = 10


def hyphened_parts(chunks: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The glossary entries of an English query, an unlisted hyphened word ("dog-bite",
    "border-region", "phone-free") as its words when the glossary lists each of them: English
    hyphenates a compound the glossary cannot list whole, Dutch writes it as one word
    ("hondenbeet", "grensregio": planning.with_compounds glues the glosses back). A word with a
    part the glossary does not list stays whole: "non-urgent", "re-enrolment", "post-quantum"."""
    from ..analysis.glossary import english_stop_words, phrases_to_dutch

    out = []
    for chunk, glosses in chunks:
        parts = phrases_to_dutch(chunk.replace("-", " ")) if "-" in chunk and not glosses else []
        if len(parts) > 1 and all(g or p.lower() in english_stop_words() for p, g in parts):
            out.extend(parts)
        else:
            out.append((chunk, glosses))
    return out


def _unique(out: list[Concept]) -> list[Concept]:
    """A word typed twice is one concept; a pasted page is cut to its first MAX_CONCEPTS words."""
    seen: set[str] = set()
    unique = [c for c in out if not (fold_key(c.text) in seen or seen.add(fold_key(c.text)))]
    return unique[:MAX_CONCEPTS]


def fold_key(text: str) -> str:
    """A typed word's key for "typed twice": lower-cased, end punctuation off. No accent folding
    (polkb.text.fold): "café" and "cafe" typed are two concepts, as they always were."""
    return text.lower().strip(".,;:!?'\"")


@dataclass
class Option:
    """One way a concept can be present in a passage: these tokens, in this order (one token: just
    that token), or for compound parts all of them anywhere."""

    tokens: tuple[str, ...]
    ordered: bool = True
    starts: tuple[str, ...] = ()  # per token, the letters the word carrying it starts with
    surfaces: tuple[str, ...] = ()  # per token, the word it came from (folded)
    lang: str = "nl"  # "en": English analysis, present in English passages only
    weight: float = 1.0  # the words as typed; a vocabulary alternative or compound parts less
    gloss: bool = False  # a Dutch gloss of an English word
    english: bool = False  # an English word as typed that a glossary translates, no name (rank.english_as_glossed)


@dataclass
class Plan:
    """A parsed query. Plain queries also carry, per concept, the ways it can be present and the
    index terms it can match, the neighbouring word pairs, and the flat weighted query of all those
    terms that finds the candidates."""

    query: object
    options: list[list[Option]] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    plain: bool = False
    weights: dict[tuple[str, str], float] = field(default_factory=dict)  # the flat query's terms
    notes: list[str] = field(default_factory=list)  # what a budget left out (see _bound_prefixes)


_QUERY_TOKENS: dict[tuple[int, str], tuple] = {}


def tokens_and_starts(analyzer, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The query tokens of `text`, for each the letters a passage word carrying it starts with
    (see `Probe`), and the word it came from (folded). Remembered per analyzer: officers search the
    same words again and again, and compound splitting is the costly part of planning a query."""
    return remembered(_QUERY_TOKENS, 50_000, analyzer, text, _analyse_query)


def _analyse_query(analyzer, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from ..text.fold import fold

    tokens, starts, surfaces = [], [], []
    for t in analyzer(text, mode="query", chars=True):
        surface = fold(text[t.startchar:t.endchar])
        tokens.append(t.text)
        starts.append(_start_key(t.text, surface))
        surfaces.append(surface)
    return tuple(tokens), tuple(starts), tuple(surfaces)


def _start_key(term: str, surface: str) -> str:
    """Letters every passage word carrying the term holds: the longest start of the term (at most 4
    letters, at least 2) found in the word it came from. The stemmer may drop a prefix
    ("geinspireerd" -> "inspireer") or rewrite from the third letter on ("caring" -> "caar",
    "baten" -> "baat"); numbers keep either decimal separator ("2,6" -> "2.6")."""
    plain = surface.replace(",", ".")
    for n in range(min(4, len(term)), 1, -1):
        if term[:n] in plain:
            return term[:n]
    return term[:2]
