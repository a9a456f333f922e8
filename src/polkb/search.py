"""Search: turn what an officer types into a Whoosh query, run it, and shape the results.

Query text is never an error: it is cleaned first (`clean_query`: lone surrogates, control
characters, unknown `field:` prefixes), field filters (`kind:`, `org:`, `year:2019-2023`, `file:`,
`lang:` …) are lifted out, the rest goes through Whoosh's parser (phrases, AND/OR/NOT, prefix `*`,
expanded within one budget per query), and anything the parser cannot take falls back to plain
words. The one error is a `kind:` value no kind answers to (`UnknownFilterValue`): silently
finding nothing would read as "no such documents". Abbreviations and domain synonyms from
the shipped vocabulary are added at query time as weaker alternatives, so the index never has to
change when the vocabulary grows.

Plain words run in two phases (see `search`): `plan_query` turns them into concepts with options
and one flat weighted query that polkb.store.whoosh.candidates ranks fast; `read_candidates`, `passage_score` and
`rerank_factor` re-rank the best page from the positions in the index. Snippets are cut by
`make_snippet` around the words `spans_of_terms` marks.
"""
from __future__ import annotations

import functools
import re
import time
import unicodedata
from dataclasses import dataclass, field

from .store.whoosh import codec  # the index layout: opening any index loads it anyway
from .model import SourceDocument


FILTER_FIELDS = ("kind", "org", "year", "file", "lang", "format", "target", "topic", "person",
                 "country", "initiative", "doc")
FACET_FIELDS = ("kind", "org", "year", "target", "topic", "person", "country")
TEXT_FIELDS = {"body": 1.0, "context": 0.5, "body_en": 1.0}
MAX_QUERY_CHARS = 1000
# Prefix (and wildcard) expansion shares one budget per query: at most MAX_PREFIX_TERMS terms in
# all, the most frequent of each prefix's words, found within MAX_PREFIX_SECONDS. Whoosh's cost
# grows with the number of terms (on the shipped corpus "a* b* c* d* e*" took 3 s with 64 terms
# per prefix and field), and a per-prefix limit still multiplies with the prefixes typed.
MAX_PREFIX_TERMS = 64
# words of one prefix looked at (in index order) to find its most frequent ones
MAX_PREFIX_SCAN = 2000
MAX_PREFIX_SECONDS = 0.25
COORD_FLOOR = 0.25
# The words as typed count more than what the vocabulary adds: an exact match outranks a synonym.
SYNONYM_BOOST = 0.7
# how much of a concept a passage holds that has only an alternative or the compound parts
ALTERNATIVE_MATCH = 0.8
MAX_ALTERNATIVES = 6
MAX_CONCEPTS = 24
EXACT_COUNT_LIMIT = 200
CANDIDATE_SHARE = 0.05
# A title or heading word finds candidates only when few passages stand under it: every passage of
# a document shares its title, so a common one makes Whoosh step through thousands of passages
# (measured at 100k: "nuffic subsidie" 348 ms with every context term, 74 ms with none); the
# candidates' titles and headings still count when they are ranked.
CONTEXT_SHARE = 0.01
PARTS_BOOST = 0.6
# Compound parts are searched only when the whole word is rare (fewer passages hold it than this),
# and only when every part has at least MIN_PART_LETTERS letters: short parts are the junk ones
# ("hand" in "handtekening" matches "aan de hand van").
PARTS_WHEN_DF = 5
MIN_PART_LETTERS = 5
CONTEXT_BOOST = 0.5
# neighbouring query words count as together this many words apart ("welzijn van de onderzoekers")
PAIR_WINDOW = 3
# BM25 as the index scores it (index.weighting): mild length normalisation
BM25_K1 = 1.2
BM25_B = 0.3
# a passage with all neighbouring query words standing together gets this much more
PAIR_BONUS = 0.25
# A hit is weak when the idf-weighted share of the query's concepts it holds is below this part of
# the best hit's share: "studenten" alone under a query for "studenten migratieachtergrond
# mentoraat". Weak hits are marked, and left out of --per-doc precedent lists.
WEAK_SHARE = 0.5
# words of a multi-word alternative may have this many words between them (stop words, commas)
PHRASE_GAP = 3
SIMILAR_TERMS = 12
# passages phase one keeps for re-ranking: a page. Phase one already weighs every concept, so the
# re-ranking mostly reorders them (on the dev queries depths 10, 15, 20 and 50 rank alike), and each
# passage read costs 0.1-0.2 ms of stored text and analysis
RERANK_DEPTH = 10
SNIPPET_CHARS = 320
# A term phase one did not read is read whole for the re-ranking when it has at most this many
# postings (a few blocks: cheaper than a matcher skipping to each candidate), else by a matcher.
ARRAY_READ_LIMIT = 1000

_FILTER_RE = re.compile(r"(?<!\S)(%s):(\"[^\"]*\"|\S+)" % "|".join(FILTER_FIELDS), re.IGNORECASE)
# a word glued to a colon at the start of a token ("foo:bar", "None:x"): a field polkb lacks
_FIELD_PREFIX = re.compile(r"(?<![\w:])([^\W\d_][\w.-]*):")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:-|\.\.|to)\s*(\d{4})$", re.IGNORECASE)
_WORD = re.compile(r"[\w#@.%,'-]+")


@dataclass
class Hit:
    path: str
    doc_id: str
    title: str
    kind: str
    page: int | None
    heading: str
    passage_id: str
    score: float
    snippet: str
    text: str
    weak: bool = False  # holds much less of the query than the best hit (see WEAK_SHARE)
    document: SourceDocument | None = None  # its document's citation data (KnowledgeBase fills it)


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    total_estimated: bool = False  # a large total is estimated rather than counted
    notes: list[str] = field(default_factory=list)  # what the query lost to a budget, for the user


class UnknownFilterValue(ValueError):
    """A filter value nothing answers to (`kind:motoin`). Raised rather than giving 0 hits, which
    an officer would read as "no such documents"; the message names the value and the valid ones
    (`choices`), so a front end can show it as it is."""

    def __init__(self, field_name: str, value: str, choices: list[str], listed: str = ""):
        import difflib

        self.field = field_name
        self.value = value
        self.choices = choices
        close = difflib.get_close_matches(value.lower(), choices, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        super().__init__(f"unknown {field_name} {value!r}; use one of: {listed or ', '.join(choices)}{hint}")


def clean_query(text: str) -> str:
    """The query with what no index term holds taken out: lone surrogates and control characters
    become spaces, invisible format characters (soft hyphen, BOM, bidi marks) go, and an unknown
    `field:` prefix becomes a plain word ("foo:bar" -> "foo bar"). Whoosh cannot encode a lone
    surrogate, and polkb's only fields are the FILTER_FIELDS."""
    if not text.isprintable():
        text = "".join(c if c.isprintable() else _clean_char(c) for c in text)
    if ":" in text:
        text = _FIELD_PREFIX.sub(lambda m: m.group(0) if m.group(1).lower() in FILTER_FIELDS
                                 else m.group(1) + " ", text)
    return text


def _clean_char(c: str) -> str:
    if c.isspace():
        return " "
    category = unicodedata.category(c)
    return "" if category == "Cf" else " " if category in ("Cc", "Cs") else c


def split_filters(text: str) -> tuple[str, dict[str, list[str]]]:
    """Lift `field:value` filters out of the query text; the rest is the free-text query."""
    filters: dict[str, list[str]] = {}

    def take(m):
        filters.setdefault(m.group(1).lower(), []).append(m.group(2).strip('"'))
        return " "

    rest = _FILTER_RE.sub(take, text)
    return " ".join(rest.split()), filters


def _tag_terms(reader, name: str, value: str) -> list[str]:
    """The indexed values of a tag field that a filter value means: the same value in any case
    or accents, else the values containing it ("org:leuven" finds "KU Leuven")."""
    from .analysis import fold

    if name == "org":
        from .tag.entities import canonical_organisation

        value = canonical_organisation(value) or value
    def norm(v: str) -> str:  # tag values are indexed without commas (they separate values)
        return " ".join(fold(v).replace(",", " ").split())

    wanted = norm(value)
    values = [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(name)]
    exact = [v for v in values if norm(v) == wanted]
    return exact or [v for v in values if wanted in norm(v)][:MAX_PREFIX_TERMS]


def _filter_query(filters: dict[str, list[str]], reader=None):
    """One Whoosh query restricting to passages that satisfy every filter, or None without any.

    Text queries never match document records (they carry no text fields), so an unfiltered
    search needs no filter at all: a filter costs a pass over every passage.
    """
    from whoosh import query as Q

    if not filters:
        return None
    parts = [Q.Term("rec", "passage")]
    for name, values in filters.items():
        alts = []
        for value in values:
            value = value.strip()
            if not value:
                continue
            if name == "year" and (m := _YEAR_RANGE.match(value)):
                lo, hi = sorted((int(m.group(1)), int(m.group(2))))
                alts += [Q.Term("year", str(y)) for y in range(lo, min(hi, lo + 200) + 1)]
            elif name == "file":
                alts.append(Q.Wildcard("file", value.lower()) if "*" in value
                            else Q.Or([Q.Term("file", value.lower()), Q.Prefix("file", value.lower())]))
            elif name == "doc":
                alts.append(Q.Term("doc_id", value))
            elif name == "kind":
                alts.append(Q.Term("kind", _kind_value(value, reader)))
            elif name in ("lang", "format"):
                alts.append(Q.Term(name, value.lower()))
            elif reader is not None:
                alts += [Q.Term(name, v) for v in _tag_terms(reader, name, value)] or [Q.NullQuery]
            else:
                alts.append(Q.Term(name, value))
        if alts:
            parts.append(Q.Or(alts))
    return Q.And(parts)


def _kind_value(value: str, reader=None) -> str:
    """The indexed kind a `kind:` value means: a kind in English or Dutch ("motie", "kamervragen"),
    or a kind a curator's front matter put in the index; else UnknownFilterValue."""
    from .tag.kinds import KIND_NAMES, KINDS, kind_key, canonical_kind, kind_choices

    kind = canonical_kind(value)
    if kind is not None:
        return kind
    indexed = [_text(t) for t in reader.lexicon("kind")] if reader is not None else []
    for v in indexed:
        if kind_key(v) == kind_key(value):
            return v
    extra = [v for v in indexed if v not in KINDS]
    names = [*KINDS, *(n for k in KINDS for n in KIND_NAMES[k]), *extra]
    raise UnknownFilterValue("kind", value, names, kind_choices() + "".join(f", {v}" for v in extra))


_PARSERS: dict[tuple[str, int], tuple[object, object]] = {}


def _cached_parser(kind: str, schema, build):
    """Parsers are costly to build and tied to a schema (which is unhashable): keep one per schema."""
    key = (kind, id(schema))
    hit = _PARSERS.get(key)
    if hit is None or hit[0] is not schema:
        hit = _PARSERS[key] = (schema, build(schema))
    return hit[1]


def _parser(schema):
    return _cached_parser("main", schema, _build_parser)


def _build_parser(schema):
    from whoosh import qparser

    parser = qparser.MultifieldParser(list(TEXT_FIELDS), schema, fieldboosts=TEXT_FIELDS,
                                      group=qparser.OrGroup.factory(0.9))
    # Fields are handled by split_filters; an unknown "foo:bar" must stay plain text, and "?"
    # is a question mark in Dutch questions, not a wildcard.
    parser.remove_plugin_class(qparser.FieldsPlugin)
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.remove_plugin_class(qparser.RangePlugin)  # "[a TO z]" would expand to the vocabulary
    parser.add_plugin(qparser.PrefixPlugin())
    return parser


def _plain_query(text: str, schema):
    """The fallback: every word of the text as an optional term."""
    from whoosh import qparser

    words = " ".join(w.strip(".,'-") for w in _WORD.findall(text))
    words = re.sub(r"\b(AND|OR|NOT|ANDNOT|ANDMAYBE)\b", lambda m: m.group(0).lower(), words)
    parser = qparser.MultifieldParser(list(TEXT_FIELDS), schema, fieldboosts=TEXT_FIELDS,
                                      group=qparser.OrGroup.factory(0.9))
    parser.remove_plugin_class(qparser.FieldsPlugin)
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.remove_plugin_class(qparser.PhrasePlugin)
    parser.remove_plugin_class(qparser.GroupPlugin)
    parser.remove_plugin_class(qparser.OperatorsPlugin)
    return parser.parse(words)


def _bound_prefixes(q, reader, notes: list[str] | None = None):
    """The query with each prefix (wildcard, range) replaced by an OR of real terms, all of them
    sharing MAX_PREFIX_TERMS and MAX_PREFIX_SECONDS, so typing more prefixes never multiplies the
    work. Each gets an equal share (what one leaves unused goes to the others) of its most frequent
    words; what was left out is said in `notes`. Fuzzy terms become exact ones."""
    from whoosh import query as Q

    leaves = [leaf for leaf in q.leaves() if isinstance(leaf, (Q.Prefix, Q.Wildcard, Q.TermRange))]
    deadline = time.monotonic() + MAX_PREFIX_SECONDS
    found, cut = {}, False
    for leaf in leaves:
        found[id(leaf)], complete = _expansions(leaf, reader, deadline)
        cut = cut or not complete
    quota = _shares(MAX_PREFIX_TERMS, {k: len(v) for k, v in found.items()})
    cut = cut or any(quota[k] < len(v) for k, v in found.items())

    def bound(sub):
        if isinstance(sub, (Q.Prefix, Q.Wildcard, Q.TermRange)):
            terms = [Q.Term(sub.fieldname, t) for t in found[id(sub)][:quota[id(sub)]]]
            return Q.Or(terms, boost=sub.boost) if terms else Q.NullQuery
        if isinstance(sub, Q.FuzzyTerm):
            return Q.Term(sub.fieldname, sub.text, boost=sub.boost)
        return sub if sub.is_leaf() else sub.apply(bound)

    if cut and notes is not None:
        notes.append(f"prefix search limited to the {MAX_PREFIX_TERMS} most frequent completions "
                     f"in all; type more letters for the others")
    return bound(q)


def _expansions(leaf, reader, deadline: float) -> tuple[list[str], bool]:
    """A prefix's words in its field, most frequent first (at most MAX_PREFIX_TERMS of the first
    MAX_PREFIX_SCAN, read until the deadline), and whether that is all of them."""
    from whoosh import query as Q
    from whoosh.reading import TermNotFound

    if reader.schema is None or leaf.fieldname not in reader.schema:  # "No field None"
        return [], True
    counts: dict[str, int] = {}
    complete = True
    try:
        if isinstance(leaf, Q.Prefix):
            texts = (segment.iter_prefix(leaf.fieldname, leaf.text) for segment, _ in reader.leaf_readers())
        else:
            texts = [((t, None) for t in leaf._btexts(reader))]
        for items in texts:
            for i, (t, info) in enumerate(items):
                if i >= MAX_PREFIX_SCAN or (i % 256 == 0 and time.monotonic() > deadline):
                    complete = False
                    break
                t = _text(t)
                counts[t] = counts.get(t, 0) + (info.doc_frequency() if info is not None
                                                 else codec.doc_frequency(reader, leaf.fieldname, t))
    except TermNotFound:  # a field that is not indexed
        return [], True
    words = sorted(counts, key=lambda t: (-counts[t], t))
    return words[:MAX_PREFIX_TERMS], complete and len(words) <= MAX_PREFIX_TERMS


def _shares(budget: int, wants: dict) -> dict:
    """Split `budget` over the keys: equal shares, a key wanting less gives the rest to others."""
    out, left = {}, budget
    for n, key in enumerate(sorted(wants, key=wants.get)):
        out[key] = min(wants[key], left // (len(wants) - n))
        left -= out[key]
    return out


# Punctuation between words separates them ("nofield:welzijn", "welzijn/gezondheid"); hyphens,
# apostrophes, decimal commas and points belong to the word.
_WORD_BREAKS = re.compile(r"[:;/|\\\[\]{}<>=+!?¿¡“”„\"()]+")
_SYNTAX = re.compile(r'["()*]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b')


@dataclass
class Concept:
    """One thing the user asked for: the words as typed and the vocabulary's alternatives."""

    text: str
    alternatives: list[str] = field(default_factory=list)
    translated: bool = False  # English words whose alternatives are their Dutch glosses


def concepts_of(text: str) -> list[Concept]:
    """Split plain query text into concepts, each with the vocabulary's alternatives.

    `OCW` gets "Onderwijs Cultuur en Wetenschap" …, a multi-word entry ("KU Leuven") is one
    concept. Coordination counts concepts, not alternatives. An English query is cut into the
    glossary's entries instead, each with its Dutch glosses ("mental health" -> "mentaal
    welzijn"): the Dutch passages hold the glosses, the English ones the words as typed.
    """
    from .analysis import load_synonyms
    from .analysis.glossary import english_stop_words, language_of, phrases_to_dutch
    from .analysis.vocabulary import synonym_key

    synonyms = load_synonyms()
    tokens = _WORD_BREAKS.sub(" ", text).split()
    if language_of(text) == "en":
        out = []
        for chunk, glosses in phrases_to_dutch(" ".join(tokens)):
            if chunk.lower() in english_stop_words():
                continue
            alts = synonyms.table.get(synonym_key(chunk), [])  # names and abbreviations ("WHW")
            out.append(Concept(chunk, list(dict.fromkeys([*glosses, *alts]))[:MAX_ALTERNATIVES], translated=True))
        return _unique(out)
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(synonyms.max_words, len(tokens) - i), 0, -1):
            span = " ".join(tokens[i:i + n])
            alts = synonyms.table.get(synonym_key(span), [])
            if alts or n == 1:
                out.append(Concept(span, list(alts[:MAX_ALTERNATIVES])))
                i += n
                break
    return _unique(out)


def _unique(out: list[Concept]) -> list[Concept]:
    """A word typed twice is one concept; a pasted page is cut to its first MAX_CONCEPTS words."""
    seen: set[str] = set()
    unique = [c for c in out if not (fold_key(c.text) in seen or seen.add(fold_key(c.text)))]
    return unique[:MAX_CONCEPTS]


def fold_key(text: str) -> str:
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


@dataclass
class _Plan:
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


def _tokens_and_starts(analyzer, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The query tokens of `text`, for each the letters a passage word carrying it starts with
    (see `Probe`), and the word it came from (folded). Remembered per analyzer: officers search the
    same words again and again, and compound splitting is the costly part of planning a query."""
    return _remembered(_QUERY_TOKENS, 50_000, analyzer, text, _analyse_query)


def _analyse_query(analyzer, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from .analysis import fold

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


def plan_concepts(concepts: list[Concept], schema, reader=None) -> tuple[dict, list[list[Option]]]:
    """The weighted index terms of the concepts, and each concept's options.

    The words as typed count fully in the passage and half in its context (title and headings),
    and in English passages through the English analyzer; vocabulary alternatives and compound
    parts count for less. Of a multi-word alternative only its rarest word is searched: the
    others ("onderwijs" in "Onderwijs, Cultuur en Wetenschap") would match half the index, and
    whether the whole phrase is there is checked when the candidates are ranked. For the same
    reason an alternative or a compound part that more than CANDIDATE_SHARE of the passages hold,
    or a title or heading word above CONTEXT_SHARE, finds no candidates (it would cost a pass over
    their postings and rank nothing), though it still counts when the candidates are ranked.
    """
    from .analysis import split_compound
    from .analysis.inflection import other_numbers

    nl, en = schema["body"].analyzer, schema["body_en"].analyzer
    weights: dict[tuple[str, str], float] = {}

    def add(fieldname: str, token: str, boost: float, typed: bool = False, rarer: float = 0.0):
        if reader is not None:
            df = codec.doc_frequency(reader, fieldname, token)
            if df == 0 or (not typed and df > rare):  # a term in no passage costs a matcher all the same
                return
            if rarer and df > max(50, reader.doc_count() * rarer):
                return
        key = (fieldname, token)
        weights[key] = max(weights.get(key, 0.0), boost)

    rare = max(50, reader.doc_count() * CANDIDATE_SHARE) if reader is not None else 0

    def df(token: str) -> int:
        return codec.doc_frequency(reader, "body", token) if reader is not None else 0

    all_options = []
    for concept in concepts:
        options = []
        for i, phrase in enumerate([concept.text, *concept.alternatives]):
            # a Dutch gloss of an English word is the word itself to a Dutch passage
            own = i == 0 or concept.translated
            boost = 1.0 if own else SYNONYM_BOOST
            tokens, starts, surfaces = _tokens_and_starts(nl, phrase)
            if not tokens:
                continue
            options.append(Option(tokens, starts=starts, surfaces=surfaces,
                                  weight=1.0 if own else ALTERNATIVE_MATCH))
            searched = tokens if len(tokens) == 1 or i == 0 else [min(tokens, key=df)]
            for t in searched:
                add("body", t, boost, typed=own)
                add("context", t, boost * CONTEXT_BOOST, rarer=CONTEXT_SHARE)
            if own and len(tokens) == 1 and " " not in phrase.strip() and reader is not None:
                for form in other_numbers(phrase.strip(".,;:!?'\"")):  # "studieadviezen" <-> "studieadvies"
                    f_tokens, f_starts, f_surfaces = _tokens_and_starts(nl, form)
                    if len(f_tokens) == 1 and f_tokens != tokens and df(f_tokens[0]):
                        options.append(Option(f_tokens, starts=f_starts, surfaces=f_surfaces, weight=1.0))
                        add("body", f_tokens[0], boost, typed=True)
            if i == 0:
                en_tokens, en_starts, en_surfaces = _tokens_and_starts(en, phrase)
                if en_tokens:
                    options.append(Option(en_tokens, starts=en_starts, surfaces=en_surfaces, lang="en"))
                    for t in en_tokens:
                        add("body_en", t, boost, typed=True)
            word = phrase.strip(".,;:!?'\"")
            parts = split_compound(word) if " " not in word else ()
            if parts and (min(map(len, parts)) < MIN_PART_LETTERS or reader is not None
                          and df(tokens[0]) >= PARTS_WHEN_DF):
                parts = ()  # "hand" of "handtekening"; or the whole word is common enough alone
            if parts:
                part_tokens, part_starts, part_surfaces = _tokens_and_starts(nl, " ".join(parts))
                if part_tokens:
                    options.append(Option(part_tokens, ordered=False, starts=part_starts, surfaces=part_surfaces,
                                          weight=ALTERNATIVE_MATCH))
                    for t in part_tokens:
                        add("body", t, boost * PARTS_BOOST)
        if options:
            all_options.append(options)
    return weights, all_options


def word_pairs(text: str, schema) -> list[tuple[str, str]]:
    """Neighbouring query words, as the index terms that should stand close together.

    "kosten en baten" should rank a passage that says "kosten en baten" above one that has the
    two words far apart (Lucene's edismax does the same with its pf2 phrase fields).
    """
    analyzer = schema["body"].analyzer
    words = [toks for toks in (_tokens_and_starts(analyzer, w)[0] for w in text.split()[:MAX_CONCEPTS * 2]) if toks]
    return [(a[-1], b[0]) for a, b in zip(words, words[1:]) if a[-1] != b[0]]


def _text(t) -> str:
    return t.decode("utf-8") if isinstance(t, bytes) else t


def plan_query(text: str, schema, reader=None) -> _Plan:
    """Parse free text into a query; user syntax (quotes, operators, prefix*) is kept as the user
    wrote it and scored by Whoosh; plain words become one flat weighted OR of everything they can
    match (`weights`, which polkb.store.whoosh.candidates scores over whole posting lists; nested phrases and
    alternatives would cost a pass over half the index), re-ranked by `passage_score` and
    `rerank_factor`."""
    from whoosh import query as Q

    text = text[:MAX_QUERY_CHARS]
    if not text.strip():
        return _Plan(Q.NullQuery)
    try:
        if _SYNTAX.search(text):
            plan = _Plan(_lucene_not(_parser(schema).parse(text)))
        else:
            weights, options = plan_concepts(concepts_of(text), schema, reader)
            q = Q.Or([Q.Term(f, t, boost=b) for (f, t), b in sorted(weights.items())]) if weights else Q.NullQuery
            plan = _Plan(q, options, word_pairs(text, schema), plain=True, weights=weights)
    except Exception:
        plan = _Plan(_plain_query(text, schema))
    if reader is not None and not plan.plain:  # a plain plan holds terms only
        plan.query = _bound_prefixes(plan.query, reader, plan.notes)
    return plan


def _lucene_not(q):
    """`a b NOT c` means a-or-b without c (as in Lucene), not "anything without c"."""
    from whoosh import query as Q

    if isinstance(q, Q.Or) and any(isinstance(s, Q.Not) for s in q.subqueries):
        positive = [s for s in q.subqueries if not isinstance(s, Q.Not)]
        negative = [s.query for s in q.subqueries if isinstance(s, Q.Not)]
        if positive:
            return Q.AndNot(Q.Or(positive), Q.Or(negative))
    return q


def count_matches(searcher, q, flt=None) -> tuple[int, bool]:
    """How many passages match, and whether that is an estimate.

    For a flat OR of terms the union of their postings is counted when they are short (far
    cheaper than running the query again, which is what Whoosh's own count does); when they are
    long the union is estimated as if the words were independent, 1 - prod(1 - df/N), which is
    close for a results line that says "about 64,000 passages".
    """
    from whoosh import query as Q

    leaves = q.subqueries if isinstance(q, Q.Or) and all(isinstance(c, Q.Term) for c in q.subqueries) else None
    if leaves is not None and flt is None:
        n = max(1, searcher.doc_count())
        dfs = [searcher.doc_frequency(t.fieldname, t.text) for t in leaves]
        if sum(dfs) > EXACT_COUNT_LIMIT:
            missing = 1.0
            for df in dfs:
                missing *= 1 - min(df, n) / n
            return round(n * (1 - missing)), True
        docs: set[int] = set()
        for term in leaves:
            docs.update(searcher.docs_for_query(term))
        return len(docs), False
    docs = set(searcher.docs_for_query(q))
    if flt is not None:
        docs &= set(searcher.docs_for_query(flt))
    docs -= set(searcher.docs_for_query(Q.Term("rec", "doc")))
    return len(docs), False


@dataclass
class _Reading:
    """A passage read for ranking: where each query term stands (token positions, per language),
    the query terms in its title and headings, and its length in tokens."""

    positions: dict[str, dict[str, list[int]]]  # language -> term -> positions
    context: frozenset
    words: int = 1


@dataclass
class Probe:
    """The query's index terms, and the (folded) letters a word carrying one holds: a term's first
    letters start the word (or compound part) it came from, even where the stemmer rewrote the end
    ("organisaties" -> "organisatie", "2,6" -> "2.6"); see `_start_key`. Only words holding such
    letters are looked at, so a passage costs a scan, not an analyzer run per word."""

    terms: frozenset
    words: tuple = ()  # the letters to look for
    surfaces: dict = field(default_factory=dict)  # term -> the query words it came from (folded)
    owners: dict = field(default_factory=dict)  # word -> the terms it is looked for on behalf of

    @functools.cached_property
    def starts(self):
        """A pattern for `words`, compiled when first used (a query's probes often never are)."""
        return _alternation(self.words)


def probe(terms, starts=None, surfaces=None) -> Probe:
    """A probe for `terms`; `starts` gives each term's first letters where the query knows them
    (else its first two), `surfaces` the query words each came from."""
    starts = starts or {}
    return Probe(frozenset(terms), tuple(sorted({starts.get(t) or t[:2] for t in terms})),
                 {t: w for t, w in (surfaces or {}).items() if t in terms})


def _alternation(words):
    """A pattern matching any of the (folded) words, longest first; a decimal separator matches
    either one ("2,6" and "2.6"). None without words."""
    keys = {"".join("[.,]" if c in ".," else re.escape(c) for c in w) for w in words if w}
    return re.compile("|".join(sorted(keys, key=len, reverse=True))) if keys else None


def locate(text: str, pr: Probe, analyzers) -> list[tuple[int, tuple[int, int], frozenset]]:
    """The words of `text` that carry query terms: (word index, character span, terms), in order.
    The word index counts whitespace-separated words (what proximity needs)."""
    if pr.starts is None or not text:
        return []
    folded = _folded(text)
    out, seen, index, counted = [], set(), 0, 0
    for m in pr.starts.finditer(folded):
        at = m.start()
        left = folded.rfind(" ", 0, at) + 1
        if left in seen:
            continue
        seen.add(left)
        word = _TEXT_WORD.search(text, left)
        if word is None or word.end() <= at:
            continue
        found = frozenset()
        for analyzer in analyzers:
            found |= pr.terms.intersection(_analysed(analyzer, word.group()))
        if found:
            index += folded.count(" ", counted, left)
            counted = left
            out.append((index, word.span(), found))
    return out


def probes(plan: _Plan) -> dict[str, Probe]:
    """One probe per language of the plan's options."""
    starts: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
    surfaces: dict[str, dict[str, tuple]] = {"nl": {}, "en": {}}
    for options in plan.options:
        for o in options:
            for token, start, surface in zip(o.tokens, o.starts or o.tokens, o.surfaces or o.tokens):
                known = starts[o.lang].get(token)
                starts[o.lang][token] = start if known is None or len(start) < len(known) else known
                surfaces[o.lang][token] = (*surfaces[o.lang].get(token, ()), surface)
    return {lang: probe(set(st), st, surfaces[lang]) for lang, st in starts.items()}


def read_candidates(searcher, docnums, prs: dict[str, Probe], placed=frozenset(), known=None) -> dict[int, _Reading]:
    """Where the query's terms stand in each candidate passage, read from the index itself: the
    postings of each term are moved straight to the candidates (skipping the rest), so no passage
    text is analysed again and the positions are exactly what the index matched. Positions are
    decoded only for the terms in `placed` (phrases, neighbouring words); the others only need
    their frequency, and stand at position -1. `known` holds postings phase one read already
    ((field, term) -> candidates.Postings): their frequencies are looked up, not read again."""
    from .store.whoosh.candidates import any_holds, postings

    wanted = sorted(set(docnums))
    positions = {d: {"nl": {}, "en": {}} for d in wanted}
    context = {d: set() for d in wanted}
    reader = searcher.reader()
    known = dict(known or {})

    def at(fieldname: str, term: str, with_positions: bool = False):
        got = known.get((fieldname, term))
        if got is None and codec.doc_frequency(reader, fieldname, term) <= ARRAY_READ_LIMIT:
            got = known[(fieldname, term)] = postings(searcher, fieldname, term)
        if got is None:
            return _postings_at(reader, fieldname, term, wanted, positions=with_positions)
        if with_positions:
            decode = searcher.schema[fieldname].format.decode_positions
            return ((d, decode(v)) for d, v in got.values_at(wanted).items())
        freqs = got.weights_at(wanted)
        return ((d, [-1] * max(1, int(f))) for d, f in zip(wanted, freqs) if f)

    english = bool(wanted) and any_holds(searcher, "body_en", wanted)  # else no candidate has English text
    for lang, fieldname in (("nl", "body"), ("en", "body_en")) if english else (("nl", "body"),):
        for term in prs[lang].terms:
            for d, where in at(fieldname, term, term in placed):
                positions[d][lang][term] = where
    for term in prs["nl"].terms:
        for d, _ in at("context", term):
            context[d].add(term)
    return {d: _Reading(positions[d], frozenset(context[d]), max(1, reader.doc_field_length(d, "body", 1)))
            for d in wanted}


def placed_terms(plan: _Plan) -> frozenset:
    """The terms whose positions the re-ranking looks at: those of multi-word options and of
    neighbouring query words."""
    terms = {t for a, b in plan.pairs for t in (a, b)}
    terms |= {t for options in plan.options for o in options if o.ordered and len(o.tokens) > 1 for t in o.tokens}
    return frozenset(terms)


def _postings_at(reader, fieldname: str, term: str, docnums: list[int], positions: bool = False):
    """(docnum, positions, or [-1] * frequency) for the given (sorted) documents holding the term."""
    from whoosh.reading import TermNotFound

    try:
        m = reader.postings(fieldname, term)
    except TermNotFound:
        return
    for d in docnums:
        if not m.is_active():
            return
        if m.id() < d:
            m.skip_to(d)
            if not m.is_active():
                return
        if m.id() == d:
            yield d, (m.value_as("positions") if positions else [-1] * max(1, int(m.weight())))


def _present(option: Option, reading: _Reading) -> bool:
    """Whether the option is in the passage: its tokens in order a few words apart in the text, or
    all in the title and headings; compound parts anywhere."""
    pos = reading.positions.get(option.lang, {})
    if option.lang == "nl" and all(t in reading.context for t in option.tokens):
        return True
    if not all(t in pos for t in option.tokens):
        return False
    if not option.ordered or len(option.tokens) == 1:
        return True
    starts = pos[option.tokens[0]]
    for start in starts:
        at = start
        for t in option.tokens[1:]:
            at = next((p for p in pos[t] if at <= p <= at + PHRASE_GAP), None)  # same word: "STEM-academie"
            if at is None:
                break
        else:
            return True
    return False


@dataclass
class TermStats:
    """What BM25 needs about the query's terms: their idf per language, the mean passage length."""

    idf: dict[tuple[str, str], float]
    mean_words: float


def term_stats(reader, plan: _Plan) -> TermStats:
    """Lucene's BM25 idf of each option token, from the body field of its language."""
    import math

    n = max(1, reader.doc_count())
    idf = {}

    def of(fieldname: str, t: str) -> float:
        df = codec.doc_frequency(reader, fieldname, t)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    for options in plan.options:
        typed = [of("body", t) for o in options[:1] for t in o.tokens]
        for o in options:
            for t in o.tokens:
                if o.lang == "en":  # the English field is small: its idf would dwarf the Dutch one
                    idf[(o.lang, t)] = min(of("body_en", t), max(typed, default=0.0))
                else:
                    idf[(o.lang, t)] = of("body", t)
    # Whoosh's body length counts tokens (compound parts too) where a reading counts words: close
    # enough for the mild length normalisation polkb uses
    return TermStats(idf, max(1.0, reader.field_length("body") / n))


def passage_score(reading: _Reading, plan: _Plan, stats: TermStats) -> float:
    """BM25 of the passage for the query, concept by concept: each concept counts once, through
    its best option (the words as typed, an alternative, the compound parts), as Lucene's dismax
    does, so a passage holding a synonym and its parts does not outscore one with the word itself;
    a token in the title or headings adds CONTEXT_BOOST of its idf."""
    k1, b = BM25_K1, BM25_B
    norm = k1 * (1 - b + b * reading.words / stats.mean_words)
    total = 0.0
    for options in plan.options:
        best = 0.0
        for o in options:
            pos = reading.positions.get(o.lang, {})
            score = 0.0
            for t in o.tokens:
                tf = len(pos.get(t, ()))
                idf = stats.idf.get((o.lang, t), 0.0)
                if tf:
                    score += idf * tf * (k1 + 1) / (tf + norm)
                if o.lang == "nl" and t in reading.context:
                    score += CONTEXT_BOOST * idf
            best = max(best, score * o.weight)
        total += best
    return total


def concept_share(reading: _Reading, plan: _Plan, stats: TermStats) -> float:
    """The share of the query a passage holds, each concept weighted by the idf of the words as
    typed (a rare word is most of what was asked, "studenten" little of it)."""
    total = held = 0.0
    for options in plan.options:
        weight = max((stats.idf.get((o.lang, t), 0.0) for o in options[:1] for t in o.tokens), default=0.0)
        total += weight
        if any(_present(o, reading) for o in options):
            held += weight
    return held / total if total else 1.0


def rerank_factor(reading: _Reading, plan: _Plan) -> float:
    """How much of the query a passage holds, as a factor on its score.

    Coordination: the share of the query's concepts present (BM25 alone lets a passage that
    repeats one query word outrank one that has them all; an officer typing three words expects
    passages with all three first). A passage holding only stray words of an alternative (a word
    of "Onderwijs, Cultuur en Wetenschap" but not the phrase) has no concept and gets the floor.
    Proximity: neighbouring query words standing together earn a bonus.
    """
    hit = sum(max((o.weight for o in options if _present(o, reading)), default=0.0) for options in plan.options)
    n = len(plan.options)
    factor = COORD_FLOOR + (1 - COORD_FLOOR) * hit / n if n else 1.0
    if plan.pairs:
        pos = reading.positions.get("nl", {})
        near = sum(1 for a, b in plan.pairs if a in pos and b in pos
                   and any(0 < q - p <= PAIR_WINDOW for p in pos[a] for q in pos[b]))
        factor *= 1 + PAIR_BONUS * near / len(plan.pairs)
    return factor


def make_snippet(text: str, spans: dict[tuple[int, int], str], width: int = SNIPPET_CHARS) -> str:
    """The stretch of `text` (about `width` characters) holding the most distinct matched terms,
    with each match (`spans`: character span -> term) marked **like this** (Markdown bold: pastes
    into a note, bold on a terminal)."""
    if not spans:
        return _trim(text, 0, width)
    marks = sorted(spans.items())
    best = _densest_stretch([(start, end, term) for (start, end), term in marks], width)
    return _trim(text, best, width, [m for m, _ in marks])


def spans_of_terms(text: str, pr: Probe, only=None, window: int | None = None) -> dict[tuple[int, int], str]:
    """For a `marking_probe`: the character spans of the words that hold one of its terms as it is
    spelled in the index ("welzijn" in "Studentenwelzijn", "inspireer" in "geïnspireerd") or a
    query word it came from: each of the probe's words is looked for with str.find, with no analysis, no word list and
    no pattern to compile, which is what keeps a query and a cold `polkb search` fast. A stem the
    stemmer respelled ("baten" -> "baat") is marked only where the query word itself stands; the
    ranking does not depend on this, it reads positions from the index. With `window` (a snippet's
    width), only the words in the stretch `make_snippet` will show are marked: the stretch is
    found from where the words were found, and only its words are cut out exactly."""
    owners = pr.owners
    words = pr.words if only is None else [w for w in pr.words if not owners[w].isdisjoint(only)]
    if not words or not text:
        return {}
    folded = _folded(text)
    hits = []  # (start of the whitespace-separated word it is in, where, probe word)
    for w in words:
        at = folded.find(w)
        while at >= 0:
            hits.append((folded.rfind(" ", 0, at) + 1, at, w))
            at = folded.find(w, at + len(w))
    if not hits:
        return {}
    hits.sort()
    spans = {}
    # the term a found word stands for: the longest it is looked for on behalf of
    best = {w: max(owners[w] if only is None else owners[w] & only, key=_longest) for w in {h[2] for h in hits}}
    if window is not None:
        firsts = [h for i, h in enumerate(hits) if not i or hits[i - 1][0] != h[0]]
        lo = _densest_stretch([(left, at + len(w), best[w]) for left, at, w in firsts], window)
        hits = [h for h in hits if lo <= h[0] < lo + window]
    i = 0
    while i < len(hits):
        left = hits[i][0]
        j = i + 1
        while j < len(hits) and hits[j][0] == left:
            j += 1
        word = _TEXT_WORD.search(text, left)
        if word is not None:
            end = word.end()
            inside = [best[w] for _, at, w in hits[i:j] if at < end]
            if inside:
                spans[word.span()] = inside[0] if len(inside) == 1 else max(inside, key=_longest)
        i = j
    return spans


def _densest_stretch(marks: list[tuple[int, int, str]], width: int) -> int:
    """Where the stretch of `width` characters starts that holds the most distinct terms of the
    (start, end, term) marks, in order; the earliest of equals. The stretch starts a little before
    a mark; marks are words, so their ends are in order too and the window slides."""
    best, best_key = 0, None
    inside: dict[str, int] = {}  # term -> its marks in the window
    j = 0
    for i, (start, _, term) in enumerate(marks):
        lo = max(0, start - width // 5)
        while j < len(marks) and marks[j][1] <= lo + width:
            if marks[j][2] is not None:
                inside[marks[j][2]] = inside.get(marks[j][2], 0) + 1
            j += 1
        key = (len(inside), -start)
        if best_key is None or key > best_key:
            best, best_key = lo, key
        if j > i:  # mark i leaves the window
            if term is not None:
                inside[term] -= 1
                if not inside[term]:
                    del inside[term]
        else:
            j = i + 1
    return best


def _longest(term: str) -> tuple[int, str]:
    return len(term), term


def marking_probe(terms, surfaces: dict) -> Probe:
    """A probe for marking words in a snippet: it looks for the terms and query words themselves
    (`spans_of_terms` marks a word only if it holds one), not just their first letters, so a
    passage costs a scan for the few words that matter. A decimal separator is looked for either
    way ("2,6" and "2.6")."""
    owners: dict[str, set] = {}
    for t in terms:
        for w in (t, *surfaces.get(t, ())):
            for form in {w, w.translate(_SWAP_SEPARATORS)}:
                if len(form) > 1:  # a lone letter ("e" of "e-health") would mark every word
                    owners.setdefault(form, set()).add(t)
    longest_first = tuple(sorted(owners, key=len, reverse=True))
    return Probe(frozenset(terms), longest_first, owners={w: frozenset(ts) for w, ts in owners.items()})


_SWAP_SEPARATORS = str.maketrans(".,", ",.")


def spans_by_analysis(text: str, pr: Probe, analyzers) -> dict[tuple[int, int], str]:
    """The character spans of the words carrying the probe's terms, each word analysed."""
    return {span: min(terms) for _, span, terms in locate(text, pr, analyzers)}


def _folded(text: str) -> str:
    """Lower-cased, accents folded, every whitespace a space: the same length as `text`, so
    offsets found in it are offsets in the text.

    Most passages hold only Latin-1 letters besides punctuation (’ – “): those are folded as
    bytes (bytes.translate runs a 256-entry table in C; str.translate looks each character up in
    Python, ~20 µs a passage), with any other character, one for one, a "?"."""
    folded = text.lower()
    if folded.isascii():  # str.translate runs in C for ASCII text and an ASCII table
        return folded.translate(_ASCII_SPACES)
    if len(folded) != len(text):  # "İ" lower-cases to two characters: offsets would shift
        folded = text
    latin = folded.encode("latin-1", "replace")
    # a "?" that was not in the text stands for a character beyond Latin-1: mostly punctuation
    # (’ – “ €), which stays; a Latin Extended letter ("ł") needs the full table
    if latin.count(b"?") == folded.count("?") or _LATIN_EXTENDED.search(folded) is None:
        return latin.translate(_fold_bytes()).decode("latin-1")
    return folded.translate(_fold_table())


_ASCII_SPACES = {ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"}
_LATIN_EXTENDED = re.compile("[\\u0100-\\u024f]")  # letters _fold_table folds beyond Latin-1


@functools.lru_cache(maxsize=1)
def _fold_bytes() -> bytes:
    """`_fold_table` for the first 256 characters, as a bytes.translate table."""
    table = _fold_table()
    return bytes(ord(table[i]) if ord(table[i]) < 256 else i for i in range(256))


@functools.lru_cache(maxsize=1)
def _fold_table() -> str:
    """A str.translate table folding each Latin character on its own ("ï" -> "i") and every
    whitespace to a space; a character whose folding is not one character ("ß") stays, so offsets
    in the folded text are offsets in the original. A string table: str.translate indexes it in C
    (a dict costs a lookup, and for absent characters an exception, per character)."""
    from .analysis import fold

    def one(i: int) -> str:
        c = chr(i)
        if c.isspace():
            return " "
        f = fold(c)
        return f if len(f) == 1 else c

    return "".join(one(i) for i in range(0x250))


# A word as the snippet and the ranking see it: hashtags and handles kept, inner hyphens,
# apostrophes and decimal separators kept ("STEM-richtingen", "1,5", "2.200.000").
_TEXT_WORD = re.compile(r"[#@]?\w(?:[\w'’.,-]*\w)?")
_TERMS_CACHE: dict[tuple[int, str], frozenset] = {}
_CACHED_ANALYZERS: dict[int, object] = {}  # keeps each analyzer alive, so its id is never reused


def _analysed(analyzer, text: str) -> frozenset:
    """The index terms of a word, remembered: snippets re-meet the same words all the time."""
    return _remembered(_TERMS_CACHE, 300_000, analyzer, text, _index_terms)


def _index_terms(analyzer, text: str) -> frozenset:
    return frozenset(t.text for t in analyzer(text, mode="index"))


def _remembered(cache: dict, limit: int, analyzer, text: str, compute):
    """compute(analyzer, text), remembered in `cache` (emptied past `limit` entries). Analyzers
    are unhashable, hence the key on their id; each is kept alive, so its id is never reused."""
    key = (id(analyzer), text)
    got = cache.get(key)
    if got is None:
        if len(cache) > limit:
            cache.clear()
        _CACHED_ANALYZERS.setdefault(id(analyzer), analyzer)
        got = cache[key] = compute(analyzer, text)
    return got




def _trim(text: str, lo: int, width: int, marks=()) -> str:
    """Cut text[lo:lo+width] at word boundaries, mark the spans inside, flatten whitespace."""
    if lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < lo + 30 else lo
    hi = min(len(text), lo + width)
    if hi < len(text):
        space = text.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    out, pos = [], lo
    for start, end in marks:
        if start >= pos and end <= hi:
            out += [text[pos:start], "**", text[start:end], "**"]
            pos = end
    out.append(text[pos:hi])
    snippet = " ".join("".join(out).split())
    return ("… " if lo > 0 else "") + snippet + (" …" if hi < len(text) else "")


def to_hit(fields: dict, score: float, snippet: str, weak: bool = False) -> Hit:
    return Hit(
        path=fields.get("path", ""),
        doc_id=fields.get("doc_id", ""),
        title=fields.get("title", ""),
        kind=fields.get("kind", ""),
        page=fields.get("page"),
        heading=fields.get("heading", ""),
        passage_id=fields.get("id", ""),
        score=round(float(score), 4),
        snippet=snippet,
        text=fields.get("body", ""),
        weak=weak,
    )


def search(searcher, text: str, *, limit: int = 10, offset: int = 0, per_doc: bool = False,
           facets: bool = False, filters: dict[str, list[str]] | None = None) -> SearchResult:
    """Rank passages for `text` (which may carry field filters) and return one page of hits.

    Plain words run in two phases: every passage is ranked by BM25F for the flat weighted query
    (polkb.store.whoosh.candidates) and the best RERANK_DEPTH are kept; those are re-ranked from the positions in
    the index by concept (`passage_score`), coordination, phrases of alternatives and proximity
    (`rerank_factor`). Queries with user syntax are evaluated over the same posting lists
(`candidates.evaluate`), scored by BM25F alone. Facets count the
    documents of every matching passage per value (`candidates.count_facets`).
    """
    from whoosh import query as Q

    from .store.whoosh.index import passage_fields

    free, found_filters = split_filters(clean_query(text or ""))
    for k, v in (filters or {}).items():
        found_filters.setdefault(k, []).extend(clean_query(str(x)) for x in v)
    reader = searcher.reader()
    plan = plan_query(free, searcher.schema, reader)
    q = plan.query
    flt = _filter_query(found_filters, reader)
    if q is None or q is Q.NullQuery:
        q, flt = flt or Q.NullQuery, None  # only filters: list the matching passages
        plan.plain = False
    depth = max(offset + limit, RERANK_DEPTH) if plan.plain else offset + limit
    if per_doc:
        depth = min(max(depth, (offset + limit) * 10), 1000)  # several passages per document
    # Whoosh skips blocks that cannot reach the top `depth` (what keeps 100k passages fast); the
    # total is then exact where Whoosh counted it and estimated where it skipped.
    # Whoosh is not asked which terms each hit matched (that bookkeeping tripled the time of a
    # query of many terms): the query's own words are marked where the passage holds them.
    kwargs = dict(limit=depth)
    if flt is not None:
        kwargs["filter"] = flt
    elif not plan.plain:
        kwargs["mask"] = Q.Term("rec", "doc")  # a bare NOT must not list document records
    matched = None  # every matching passage, when facets are counted
    if plan.plain:  # phase one over whole posting lists (polkb.store.whoosh.candidates)
        from .store.whoosh.candidates import rank

        allowed = frozenset(searcher.docs_for_query(flt)) if flt is not None else None
        phase_one = rank(searcher, plan.weights, depth, allowed, matched=facets or per_doc)
        top, scored, known = phase_one.top, phase_one.total, phase_one.postings
        matched = phase_one.matched if facets or per_doc else None
    else:
        phase_one = _evaluate(searcher, q, flt, depth)
        if phase_one is not None:  # set operations over posting lists (polkb.store.whoosh.candidates.evaluate)
            top, scored, known, matched = phase_one.top, phase_one.total, {}, phase_one.matched
        else:
            results = searcher.search(q, **kwargs)
            top, scored, known = [(s or 0.0, d) for s, d in results.top_n], results.scored_length(), {}
            if facets:
                matched = set(searcher.docs_for_query(q))
                if flt is not None:
                    matched &= set(searcher.docs_for_query(flt))
                matched -= set(searcher.docs_for_query(Q.Term("rec", "doc")))
    schema = searcher.schema
    nl = schema["body"].analyzer
    en = schema["body_en"].analyzer
    ranked = []  # (score, docnum, its _Reading, or for Whoosh's hits a probe for the terms to mark)
    if plan.plain:
        prs, stats = probes(plan), term_stats(reader, plan)
        readings = read_candidates(searcher, [docnum for _, docnum in top], prs, placed_terms(plan), known)
        shares = {}
        for _, docnum in top:
            reading = readings[docnum]
            score = passage_score(reading, plan, stats) * rerank_factor(reading, plan)
            ranked.append((score, docnum, reading))
            shares[docnum] = concept_share(reading, plan, stats)
        floor = WEAK_SHARE * max(shares.values(), default=0.0)
        weak = {d for d, share in shares.items() if share < floor}
    else:
        weak = set()
        marks = probe(_positive_terms(q, ("body", "body_en")))
        for score, docnum in top:
            ranked.append((score, docnum, marks))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    if per_doc:  # the best passage of each document; a document with only weak hits is no precedent
        best: dict[str, tuple] = {}
        for r in ranked:
            if r[1] not in weak:
                best.setdefault(passage_fields(searcher, r[1]).get("doc_id"), r)
        ranked = list(best.values())
    hits = []
    if plan.plain:  # one probe for every query term, whichever language found it
        marking = marking_probe(set().union(*(pr.terms for pr in prs.values())),
                                {t: w for pr in prs.values() for t, w in pr.surfaces.items()})
    for score, docnum, marks in ranked[offset:offset + limit]:
        fields = passage_fields(searcher, docnum)
        body = fields.get("body", "")
        if isinstance(marks, _Reading):  # mark the query terms the index found in the passage
            found = {t for at in marks.positions.values() for t in at}
            spans = spans_of_terms(body, marking, found, SNIPPET_CHARS)
        else:
            spans = spans_by_analysis(body, marks, (nl, en) if fields.get("lang") == "en" else (nl,))
        hits.append(to_hit(fields, score, make_snippet(body, spans), weak=docnum in weak))
    estimated = False
    if per_doc:
        if scored < depth:
            total = len({passage_fields(searcher, r[1]).get("doc_id") for r in ranked})
        elif matched is not None:
            from .store.whoosh.candidates import count_documents

            total = count_documents(searcher, matched)
        else:
            total = _count_documents(searcher, q, flt)
    else:
        if scored < depth or phase_one is not None:  # polkb.store.whoosh.candidates counts every match
            total, estimated = scored, False
        elif matched is not None:  # counting facets collected every match: the count is exact
            total, estimated = len(matched), False
        else:
            total, estimated = count_matches(searcher, q, flt)
    out = SearchResult(query=text, total=total, hits=hits, total_estimated=estimated, notes=plan.notes)
    if facets:
        from .store.whoosh.candidates import count_facets

        for f, counts in count_facets(searcher, FACET_FIELDS, matched or ()).items():
            out.facets[f] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def _evaluate(searcher, q, flt, depth: int):
    """Phase one for a query with user syntax (polkb.store.whoosh.candidates.evaluate), or None when the
    query holds a node only Whoosh's searcher knows."""
    from .store.whoosh.candidates import Unsupported, evaluate, postings

    allowed = frozenset(searcher.docs_for_query(flt)) if flt is not None else None
    documents = frozenset(postings(searcher, "rec", "doc").ids)  # a bare NOT must not list them
    try:
        return evaluate(searcher, q, depth, allowed, exclude=documents)
    except Unsupported:
        return None


def _count_documents(searcher, q, flt=None) -> int:
    """How many documents have a matching passage (the total of a --per-doc search)."""
    docs = set(searcher.docs_for_query(q))
    if flt is not None:
        docs &= set(searcher.docs_for_query(flt))
    from .store.whoosh.index import passage_fields

    return len({passage_fields(searcher, d).get("doc_id") for d in docs} - {None})


def _positive_terms(q, fields) -> set:
    """The words of the query in `fields` that a hit may hold (not those after NOT)."""
    from whoosh import query as Q

    if isinstance(q, Q.Not):
        return set()
    if isinstance(q, Q.AndNot):
        return _positive_terms(q.a, fields)
    if q.is_leaf():
        return {_text(t) for f, t in q.iter_all_terms() if f in fields}
    return set().union(*(_positive_terms(c, fields) for c in q.children()))


def _matched(hit, fields=None) -> set:
    if not hit.results.has_matched_terms():
        return set()
    return {_text(t) for f, t in hit.matched_terms() if fields is None or f in fields}


def similar(searcher, text: str, *, exclude_doc: str | None = None, limit: int = 10) -> SearchResult:
    """More like this: the passage text's most distinctive terms (Bo1 model) as a weighted query,
    one best passage per other document. For an officer drafting an answer who wants the earlier
    answers on the same subject."""
    from whoosh import query as Q
    from whoosh import sorting

    from .store.whoosh.index import passage_fields

    terms = searcher.key_terms_from_text("body", text, numterms=SIMILAR_TERMS, normalize=True)
    if not terms:
        return SearchResult(query=text[:80], total=0, hits=[])
    q = Q.Or([Q.Term("body", t, boost=w) for t, w in terms])
    results = searcher.search(q, limit=limit, mask=Q.Term("doc_id", exclude_doc) if exclude_doc else None,
                              collapse=sorting.FieldFacet("doc_id"), collapse_limit=1, terms=True)
    analyzer = searcher.schema["body"].analyzer
    hits = []
    for hit in results:
        fields = passage_fields(searcher, hit.docnum)
        body = fields.get("body", "")
        hits.append(to_hit(fields, hit.score or 0.0,
                           make_snippet(body, spans_by_analysis(body, probe(_matched(hit, ("body",))), (analyzer,)))))
    return SearchResult(query=" ".join(t for t, _ in terms), total=len(hits), hits=hits)
