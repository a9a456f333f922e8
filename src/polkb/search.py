"""Search: turn what an officer types into a Whoosh query, run it, and shape the results.

Query text is never an error: field filters (`kind:`, `org:`, `year:2019-2023`, `file:`, `lang:` …)
are lifted out first, the rest goes through Whoosh's parser (phrases, AND/OR/NOT, prefix `*`), and
anything the parser cannot take falls back to plain words. Abbreviations and domain synonyms from
the shipped vocabulary are added at query time as weaker alternatives, so the index never has to
change when the vocabulary grows.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field


FILTER_FIELDS = ("kind", "org", "year", "file", "lang", "format", "target", "topic", "person",
                 "country", "initiative", "doc")
FACET_FIELDS = ("kind", "org", "year")
TEXT_FIELDS = {"body": 1.0, "context": 0.5, "body_en": 1.0}
MAX_QUERY_CHARS = 1000
MAX_PREFIX_TERMS = 64
COORD_FLOOR = 0.25
# The words as typed count more than what the vocabulary adds: an exact match outranks a synonym.
SYNONYM_BOOST = 0.7
MAX_ALTERNATIVES = 6
MAX_CONCEPTS = 24
EXACT_COUNT_LIMIT = 20_000
COMMON_PHRASE_SHARE = 0.02
COMMON_WORD_SHARE = 0.10
PARTS_BOOST = 0.6
CONTEXT_BOOST = 0.5
PAIR_SLOP = 1
PAIR_BOOST = 0.2
SIMILAR_TERMS = 12
RERANK_DEPTH = 100
SNIPPET_CHARS = 320

_FILTER_RE = re.compile(r"(?<!\S)(%s):(\"[^\"]*\"|\S+)" % "|".join(FILTER_FIELDS), re.IGNORECASE)
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


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    total_estimated: bool = False  # a large total is estimated rather than counted


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
            elif name in ("kind", "lang", "format"):
                alts.append(Q.Term(name, value.lower()))
            elif reader is not None:
                alts += [Q.Term(name, v) for v in _tag_terms(reader, name, value)] or [Q.NullQuery]
            else:
                alts.append(Q.Term(name, value))
        if alts:
            parts.append(Q.Or(alts))
    return Q.And(parts)


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


def _bound_prefixes(q, reader):
    """Replace prefix queries by an OR of at most MAX_PREFIX_TERMS real terms (no runaway expansion)."""
    from whoosh import query as Q

    if isinstance(q, (Q.Prefix, Q.Wildcard, Q.TermRange)):
        terms = []
        for t in q._btexts(reader):
            terms.append(Q.Term(q.fieldname, t.decode("utf-8") if isinstance(t, bytes) else t))
            if len(terms) >= MAX_PREFIX_TERMS:
                break
        return Q.Or(terms, boost=q.boost) if terms else Q.NullQuery
    if isinstance(q, Q.FuzzyTerm):
        return Q.Term(q.fieldname, q.text, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda sub: _bound_prefixes(sub, reader))


# Punctuation between words separates them ("nofield:welzijn", "welzijn/gezondheid"); hyphens,
# apostrophes, decimal commas and points belong to the word.
_WORD_BREAKS = re.compile(r"[:;/|\\\[\]{}<>=+!?¿¡“”„\"()]+")
_SYNTAX = re.compile(r'["()*]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b')


@dataclass
class Concept:
    """One thing the user asked for: the words as typed and the vocabulary's alternatives."""

    text: str
    alternatives: list[str] = field(default_factory=list)


def concepts_of(text: str) -> list[Concept]:
    """Split plain query text into concepts, each with the vocabulary's alternatives.

    `OCW` gets "Onderwijs Cultuur en Wetenschap" …, a multi-word entry ("KU Leuven") is one
    concept. Coordination counts concepts, not alternatives.
    """
    from .analysis import load_synonyms
    from .analysis.vocabulary import synonym_key

    synonyms = load_synonyms()
    tokens = _WORD_BREAKS.sub(" ", text).split()
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(synonyms.max_words, len(tokens) - i), 0, -1):
            span = " ".join(tokens[i:i + n])
            alts = synonyms.table.get(synonym_key(span), [])
            if alts or n == 1:
                out.append(Concept(span, list(alts[:MAX_ALTERNATIVES])))
                i += n
                break
    # a word typed twice is one concept; a pasted page is cut to its first MAX_CONCEPTS words
    seen: set[str] = set()
    unique = [c for c in out if not (fold_key(c.text) in seen or seen.add(fold_key(c.text)))]
    return unique[:MAX_CONCEPTS]


def fold_key(text: str) -> str:
    return text.lower().strip(".,;:!?'\"")


def _tokens(analyzer, text: str) -> list[str]:
    return [t.text for t in analyzer(text, mode="query")]


def _field_query(fieldname: str, tokens: list[str], boost: float = 1.0, slop: int = 1, reader=None):
    """A term, or a phrase for several tokens, except that a phrase of words most passages use
    ("hoger onderwijs") becomes an AND: checking positions in half the index is what made such
    queries take seconds at 100k passages, and nearly every passage with both words has them
    together anyway."""
    from whoosh import query as Q

    if not tokens:
        return None
    if len(tokens) == 1:
        return Q.Term(fieldname, tokens[0], boost=boost)
    if reader is not None and _common(reader, fieldname, tokens):
        return Q.And([Q.Term(fieldname, t) for t in tokens], boost=boost)
    return Q.Phrase(fieldname, tokens, slop=slop, boost=boost)


def _common(reader, fieldname: str, tokens: list[str], share: float = 0.0) -> bool:
    """Whether every token is in more than `share` of the passages (words that barely rank)."""
    limit = max(50, reader.doc_count() * (share or COMMON_PHRASE_SHARE))
    return min(reader.doc_frequency(fieldname, t) for t in tokens) > limit


def concept_query(concept: Concept, schema, reader=None):
    """One concept as a Whoosh query, built directly (no parser: this is the hot path), with the
    index terms it can match (for coordination).

    The words as typed search the passage, its context (title and headings) and, for English
    passages, the English field; vocabulary alternatives and compound parts count for less.
    """
    from whoosh import query as Q

    from .analysis import split_compound

    nl, en = schema["body"].analyzer, schema["body_en"].analyzer
    options, terms = [], set()
    for i, phrase in enumerate([concept.text, *concept.alternatives]):
        boost = 1.0 if i == 0 else SYNONYM_BOOST
        tokens = _tokens(nl, phrase)
        terms.update(tokens)
        options.append(_field_query("body", tokens, boost, reader=reader))
        if tokens and reader is not None and _common(reader, "body", tokens, COMMON_WORD_SHARE):
            continue  # words most passages use: their title, heading and English clauses only cost
        options.append(_field_query("context", tokens, boost * CONTEXT_BOOST, reader=reader))
        if i == 0:  # English analysis for the words as typed
            options.append(_field_query("body_en", _tokens(en, phrase), boost, reader=reader))
        word = phrase.strip(".,;:!?'\"")
        parts = split_compound(word) if " " not in word else ()
        if parts:
            part_tokens = _tokens(nl, " ".join(parts))
            terms.update(part_tokens)
            options.append(Q.And([Q.Term("body", t) for t in part_tokens], boost=boost * PARTS_BOOST))
    options = [o for o in options if o is not None]
    return (Q.Or(options) if options else None), frozenset(terms)


def proximity_queries(text: str, schema, reader=None) -> list:
    """Sloppy two-word phrases of neighbouring query words, as optional boosts.

    "kosten en baten" should rank a passage that says "kosten en baten" above one that has the
    two words far apart (Lucene's edismax does the same with its pf2 phrase fields).
    """
    analyzer = schema["body"].analyzer
    words = [toks for toks in (_tokens(analyzer, w) for w in text.split()[:MAX_CONCEPTS * 2]) if toks]
    pairs = [[a[-1], b[0]] for a, b in zip(words, words[1:]) if a[-1] != b[0]]
    # a pair of words most passages use tells nothing and costs a pass over the index
    return [_field_query("body", pair, PAIR_BOOST, PAIR_SLOP) for pair in pairs
            if reader is None or not _common(reader, "body", pair)]


def _text(t) -> str:
    return t.decode("utf-8") if isinstance(t, bytes) else t


@dataclass
class _Plan:
    """A parsed query and, for plain queries, the terms of each concept (for coordination)."""

    query: object
    concepts: list[frozenset] = field(default_factory=list)
    candidates: object = None  # flat query that finds the passages worth scoring (plain queries)


def plan_query(text: str, schema, reader=None) -> _Plan:
    """Parse free text into a scoring query; user syntax (quotes, operators, prefix*) is kept as
    the user wrote it, plain words get the vocabulary's alternatives and coordination."""
    from whoosh import query as Q

    text = text[:MAX_QUERY_CHARS]
    if not text.strip():
        return _Plan(Q.NullQuery)
    parser = _parser(schema)
    try:
        if _SYNTAX.search(text):
            plan = _Plan(_lucene_not(parser.parse(text)))
        else:
            built = [concept_query(c, schema, reader) for c in concepts_of(text)]
            built = [(q, t) for q, t in built if q is not None and t]
            queries = [q for q, _ in built] + proximity_queries(text, schema, reader)
            plan = _Plan(Q.Or(queries) if queries else Q.NullQuery, [t for _, t in built])
            plan.candidates = _candidate_query([t for _, t in built], reader)
    except Exception:
        plan = _Plan(_plain_query(text, schema))
    if reader is not None:
        plan.query = _bound_prefixes(plan.query, reader)
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


def _candidate_query(concepts: list[frozenset], reader):
    """Every term the concepts can match, in the passage and (for rarer words) in its context, as
    one flat OR: Whoosh finds its best passages fast by skipping blocks, where the full query's
    nested phrases and alternatives would make it step through half the index."""
    from whoosh import query as Q

    terms = sorted(set().union(*concepts)) if concepts else []
    if not terms:
        return None
    clauses = [Q.Term("body", t) for t in terms]
    if reader is not None:
        clauses += [Q.Term("context", t, boost=CONTEXT_BOOST) for t in terms
                    if not _common(reader, "body", [t], COMMON_WORD_SHARE)]
    return Q.Or(clauses)


def count_matches(searcher, q, flt=None) -> tuple[int, bool]:
    """How many passages match, and whether that is an estimate.

    For a flat OR of terms the union of their postings is counted (far cheaper than running the
    query again, which is what Whoosh's own count does) unless the postings are long; then the
    union is estimated as if the words were independent, 1 - prod(1 - df/N), which is close for a
    results line that says "about 64,000 passages".
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


def rescore(searcher, q, docnums: list[int], terms: set[str]) -> dict[int, tuple[float, set[str]]]:
    """The full query's score, and which of `terms` each passage holds, for a few passages only:
    matchers are moved straight to each of them (postings are skipped, not read)."""
    wanted = sorted(set(docnums))
    out: dict[int, tuple[float, set[str]]] = {}
    for sub, offset in searcher.leaf_searchers():
        local = [d - offset for d in wanted if offset <= d < offset + sub.doc_count_all()]
        if not local:
            continue
        # needs_current: a tree of matchers that can skip, not Whoosh's preloaded arrays
        scores = _scores_at(q.matcher(sub, searcher.context(needs_current=True)), local)
        found = {d: set() for d in local}
        reader = sub.reader()
        for fieldname in ("body", "context"):
            for term in terms:
                if (fieldname, term) in reader:
                    for d in _ids_at(reader.postings(fieldname, term), local):
                        found[d].add(term)
        for d, score in scores.items():
            out[d + offset] = (score, found[d])
    return out


def _scores_at(matcher, docs: list[int]) -> dict[int, float]:
    out = {}
    for doc in docs:
        if not matcher.is_active():
            break
        if matcher.id() < doc:
            matcher.skip_to(doc)
        if matcher.is_active() and matcher.id() == doc:
            out[doc] = matcher.score()
    return out


def _ids_at(matcher, docs: list[int]):
    for doc in docs:
        if not matcher.is_active():
            return
        if matcher.id() < doc:
            matcher.skip_to(doc)
        if matcher.is_active() and matcher.id() == doc:
            yield doc


def coordination(matched: set, concepts: list[frozenset]) -> float:
    """Share of the query's concepts a passage matched, as a score factor in [COORD_FLOOR, 1].

    BM25 alone lets a passage that repeats one query word outrank one that has them all; an
    officer typing three words expects passages with all three first.
    """
    if len(concepts) < 2:
        return 1.0
    hit = sum(1 for c in concepts if c & matched)
    return COORD_FLOOR + (1 - COORD_FLOOR) * hit / len(concepts)


def make_snippet(text: str, terms: set[str], analyzer, width: int = SNIPPET_CHARS) -> str:
    """The stretch of `text` (about `width` characters) holding the most distinct matched terms,
    with each match marked **like this** (Markdown bold: pastes into a note, bold on a terminal).

    Each word goes through the field's own analyzer (cached per word), so compound parts and
    stems are found where they stand ("welzijn" marks "studentenwelzijn").
    """
    spans: dict[tuple[int, int], str] = {}
    if terms:
        # A term's first letters start the word (or a compound part) it came from, even where the
        # stemmer rewrote the end ("organisaties" -> "organiseer"; "2,6" -> "2.6"): only words
        # holding such a prefix are analysed, the rest of the passage is skipped.
        candidates = _candidate_words(frozenset(terms))
        for m in candidates.finditer(text) if candidates else ():
            found = terms.intersection(_word_terms(analyzer, m.group()))
            if found:
                spans[m.span()] = min(found)
    if not spans:
        return _trim(text, 0, width)
    marks = sorted(spans.items())
    best, best_key = 0, None
    for i, ((start, _), _) in enumerate(marks):
        lo = max(0, start - width // 5)
        inside = {term for (s0, e0), term in marks[i:] if e0 <= lo + width}
        key = (len(inside), -start)
        if best_key is None or key > best_key:
            best, best_key = lo, key
    return _trim(text, best, width, [m for m, _ in marks])


_WORD_TERMS: dict[str, frozenset] = {}


@functools.lru_cache(maxsize=256)
def _candidate_words(terms: frozenset):
    """A regex for the words that may carry one of `terms` (built once per query, not per hit)."""
    stems = "|".join(sorted({re.escape(t[:4]).replace("\\.", "[.,]") for t in terms}, key=len, reverse=True))
    return re.compile(r"[#@]?(?:\w[\w'’.,-]*)?(?:%s)(?:[\w'’.,-]*\w)?" % stems, re.IGNORECASE) if stems else None


def _word_terms(analyzer, word: str) -> frozenset:
    """The index terms of one word, cached: snippets re-meet the same words all the time."""
    got = _WORD_TERMS.get(word)
    if got is None:
        if len(_WORD_TERMS) > 200_000:
            _WORD_TERMS.clear()
        got = _WORD_TERMS[word] = frozenset(t.text for t in analyzer(word, mode="index"))
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


def _matched(hit, fields=None) -> set:
    if not hit.results.has_matched_terms():
        return set()
    return {_text(t) for f, t in hit.matched_terms() if fields is None or f in fields}


def to_hit(fields: dict, score: float, snippet: str) -> Hit:
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
    )


def search(searcher, text: str, *, limit: int = 10, offset: int = 0, per_doc: bool = False,
           facets: bool = False, filters: dict[str, list[str]] | None = None) -> SearchResult:
    """Rank passages for `text` (which may carry field filters) and return one page of hits."""
    from whoosh import query as Q
    from whoosh import sorting

    free, found_filters = split_filters(text or "")
    for k, v in (filters or {}).items():
        found_filters.setdefault(k, []).extend(v)
    plan = plan_query(free, searcher.schema, searcher.reader())
    q = plan.query
    flt = _filter_query(found_filters, searcher.reader())
    if q is None or q is Q.NullQuery:
        q, flt = flt or Q.NullQuery, None  # only filters: list the matching passages
    two_phase = plan.candidates is not None
    coordinated = len(plan.concepts) > 1  # one concept: BM25 order is final, no rerank needed
    depth = max(offset + limit, RERANK_DEPTH) if coordinated or two_phase else offset + limit
    if per_doc:
        depth = min(max(depth, (offset + limit) * 10), 1000)  # several passages per document
    # Whoosh skips blocks that cannot reach the top `depth` (what keeps 100k passages fast); the
    # total is then exact where Whoosh counted it and estimated where it skipped.
    kwargs = dict(limit=depth, terms=not two_phase)
    if flt is not None:
        kwargs["filter"] = flt
    elif not two_phase:
        kwargs["mask"] = Q.Term("rec", "doc")  # a bare NOT must not list document records
    groups = {f: sorting.FieldFacet(f, allow_overlap=True) for f in FACET_FIELDS} if facets else {}
    if per_doc:
        groups["doc_id"] = sorting.FieldFacet("doc_id")
    if groups:
        kwargs["groupedby"] = groups
        kwargs["maptype"] = sorting.Count
    results = searcher.search(plan.candidates if two_phase else q, **kwargs)
    if two_phase:
        # phase two: the full query (alternatives, phrases, context, proximity) on the candidates
        scored = rescore(searcher, q, [docnum for _, docnum in results.top_n], set().union(*plan.concepts))
        ranked = [(docnum, sc * coordination(terms, plan.concepts), terms)
                  for docnum, (sc, terms) in scored.items()]
    else:
        ranked = [(hit.docnum, (hit.score or 0.0) * coordination(_matched(hit), plan.concepts),
                   _matched(hit, ("body", "context"))) for hit in results]
    ranked.sort(key=lambda r: (-r[1], r[0]))
    if per_doc:  # the best passage of each document
        best: dict[str, tuple] = {}
        for r in ranked:
            best.setdefault(searcher.stored_fields(r[0])["doc_id"], r)
        ranked = list(best.values())
    analyzer = searcher.schema["body"].analyzer
    hits = []
    for docnum, score, terms in ranked[offset:offset + limit]:
        fields = searcher.stored_fields(docnum)
        hits.append(to_hit(fields, score, make_snippet(fields.get("body", ""), terms, analyzer)))
    estimated = False
    if per_doc:
        total = len(results.groups("doc_id"))
    else:
        total, estimated = (results.scored_length(), False) if results.scored_length() < depth else \
            count_matches(searcher, plan.candidates if two_phase else q, flt)
    out = SearchResult(query=text, total=total, hits=hits, total_estimated=estimated)
    for f in FACET_FIELDS if facets else ():
        counts = results.groups(f)
        out.facets[f] = dict(sorted(((str(k), int(v)) for k, v in counts.items() if k is not None),
                                    key=lambda kv: (-kv[1], kv[0])))
    return out


def similar(searcher, text: str, *, exclude_doc: str | None = None, limit: int = 10) -> SearchResult:
    """More like this: the passage text's most distinctive terms (Bo1 model) as a weighted query,
    one best passage per other document. For an officer drafting an answer who wants the earlier
    answers on the same subject."""
    from whoosh import query as Q
    from whoosh import sorting

    terms = searcher.key_terms_from_text("body", text, numterms=SIMILAR_TERMS, normalize=True)
    if not terms:
        return SearchResult(query=text[:80], total=0, hits=[])
    q = Q.Or([Q.Term("body", t, boost=w) for t, w in terms])
    results = searcher.search(q, limit=limit, mask=Q.Term("doc_id", exclude_doc) if exclude_doc else None,
                              collapse=sorting.FieldFacet("doc_id"), collapse_limit=1, terms=True)
    analyzer = searcher.schema["body"].analyzer
    hits = []
    for hit in results:
        fields = hit.fields()
        body = fields.get("body", "")
        hits.append(to_hit(fields, hit.score or 0.0, make_snippet(body, _matched(hit, ("body",)), analyzer)))
    return SearchResult(query=" ".join(t for t, _ in terms), total=len(hits), hits=hits)
