"""Search over the Whoosh index: turn what an officer types into index terms and queries, run it,
and shape the results.

Query text is never an error: it is cleaned and its field filters lifted out first
(`polkb.query.syntax`); text with query syntax goes through Whoosh's parser (phrases, AND/OR/NOT,
prefix `*` expanded within one budget per query) and is evaluated over posting lists
(`candidates.evaluate`); anything the parser cannot take falls back to plain words. The one
error is a `kind:` value no kind answers to (`UnknownFilterValue`): silently finding nothing would
read as "no such documents". Abbreviations and domain synonyms from the shipped vocabulary are
added at query time as weaker alternatives (`polkb.query.concepts`), so the index never has to
change when the vocabulary grows.

Plain words run in two phases (see `search`): `plan_query` turns them into concepts with options
and one flat weighted query that `candidates.rank` scores over whole posting lists;
`read_candidates` reads where the query's terms stand in the best candidates, and
`polkb.query.rank` re-ranks them. Snippets come from `polkb.query.snippets`.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

from . import codec  # the index layout: opening any index loads it anyway
from ...query.syntax import FACET_FIELDS, MAX_QUERY_CHARS, UnknownFilterValue, SYNTAX, WORD, YEAR_RANGE, term_text, clean_query, split_filters
from ...query import planning
from ...query.concepts import Concept, Option, Plan, concepts_of
from ...query.rank import (Probe, RERANK_DEPTH, TermStats, Reading, bm25_idf, probe, probes, repeats_last,
                           score_candidates, title_terms)
from ...query.snippets import SNIPPET_CHARS, make_snippet, marking_probe, spans_by_analysis, spans_of_terms
from ...query.results import SearchResult, to_hit
from ...query import feedback


TEXT_FIELDS = {"body": 1.0, "context": 0.5, "body_en": 1.0}
# Prefix (and wildcard) expansion shares one budget per query: at most MAX_PREFIX_TERMS terms in
# all, the most frequent of each prefix's words, found within MAX_PREFIX_SECONDS. Whoosh's cost
# grows with the number of terms (on the shipped corpus "a* b* c* d* e*" took 3 s with 64 terms
# per prefix and field), and a per-prefix limit still multiplies with the prefixes typed.
MAX_PREFIX_TERMS = 64
# words of one prefix looked at (in index order) to find its most frequent ones
MAX_PREFIX_SCAN = 2000
MAX_PREFIX_SECONDS = 0.25
EXACT_COUNT_LIMIT = 200
SIMILAR_TERMS = 12
# A term phase one did not read is read whole for the re-ranking when it has at most this many
# postings (a few blocks: cheaper than a matcher skipping to each candidate), else by a matcher.
ARRAY_READ_LIMIT = 1000


def _tag_terms(reader, name: str, value: str) -> list[str]:
    """The indexed values of a tag field that a filter value means: the same value in any case
    or accents, else the values containing it ("org:leuven" finds "KU Leuven")."""
    from ...analysis import fold

    if name == "org":
        from ...tag.entities import canonical_organisation

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
            if name == "year" and (m := YEAR_RANGE.match(value)):
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
    from ...tag.kinds import KIND_NAMES, KINDS, kind_key, canonical_kind, kind_choices

    kind = canonical_kind(value)
    if kind is not None:
        return kind
    indexed = [term_text(t) for t in reader.lexicon("kind")] if reader is not None else []
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

    words = " ".join(w.strip(".,'-") for w in WORD.findall(text))
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
                t = term_text(t)
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


def plan_concepts(concepts: list[Concept], schema, reader=None) -> tuple[dict, list[list[Option]]]:
    """The weighted index terms of the concepts and each concept's options
    (`polkb.query.planning.plan_concepts`), with document frequencies from the index's reader
    (none without one)."""
    df_of = (lambda fieldname, token: codec.doc_frequency(reader, fieldname, token)) if reader is not None else None
    return planning.plan_concepts(concepts, schema["body"].analyzer, schema["body_en"].analyzer, df_of,
                                  reader.doc_count() if reader is not None else 0)


def plan_query(text: str, schema, reader=None) -> Plan:
    """Parse free text into a query; user syntax (quotes, operators, prefix*) is kept as the user
    wrote it and scored by Whoosh; plain words become one flat weighted OR of everything they can
    match (`weights`, which polkb.store.whoosh.candidates scores over whole posting lists; nested phrases and
    alternatives would cost a pass over half the index), re-ranked by `passage_score` and
    `rerank_factor`."""
    from whoosh import query as Q

    text = text[:MAX_QUERY_CHARS]
    if not text.strip():
        return Plan(Q.NullQuery)
    try:
        if SYNTAX.search(text):
            plan = Plan(_lucene_not(_parser(schema).parse(text)))
        else:
            weights, options = plan_concepts(concepts_of(text), schema, reader)
            q = Q.Or([Q.Term(f, t, boost=b) for (f, t), b in sorted(weights.items())]) if weights else Q.NullQuery
            plan = Plan(q, options, planning.word_pairs(text, schema["body"].analyzer), plain=True, weights=weights)
    except Exception:
        plan = Plan(_plain_query(text, schema))
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


def read_candidates(searcher, docnums, prs: dict[str, Probe], placed=frozenset(), known=None) -> dict[int, Reading]:
    """Where the query's terms stand in each candidate passage, read from the index itself: the
    postings of each term are moved straight to the candidates (skipping the rest), so no passage
    text is analysed again and the positions are exactly what the index matched. Positions are
    decoded only for the terms in `placed` (phrases, neighbouring words); the others only need
    their frequency, and stand at position -1. `known` holds postings phase one read already
    ((field, term) -> candidates.Postings): their frequencies are looked up, not read again."""
    from .candidates import any_holds, postings

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
    titles = _title_terms(searcher, wanted, prs["nl"])
    return {d: Reading(positions[d], frozenset(context[d]), max(1, reader.doc_field_length(d, "body", 1)), titles[d])
            for d in wanted}


def _title_terms(searcher, docnums, pr: Probe) -> dict[int, frozenset]:
    """The probe's terms in each passage's document title (the context field mixes the title with
    the headings; the title is in the document's shared docinfo, analysed as the context field is)."""
    from .index import _parse_docinfo, _per_searcher

    column = _per_searcher(searcher).docinfo
    analyzer = searcher.schema["context"].analyzer
    out = {}
    for d in docnums:
        info = column[d] if column is not None else None
        title = _parse_docinfo(info).get("title") if info else None
        out[d] = title_terms(title, pr, analyzer) if title else frozenset()
    return out


def placed_terms(plan: Plan) -> frozenset:
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


def term_stats(reader, plan: Plan) -> TermStats:
    """Lucene's BM25 idf of each option token (`rank.bm25_idf`) from the index's term counts."""
    n = max(1, reader.doc_count())
    idf, absent = bm25_idf(plan, lambda field, t: codec.doc_frequency(reader, field, t), n)
    # Whoosh's body length counts tokens (compound parts too) where a reading counts words: close
    # enough for the mild length normalisation polkb uses
    return TermStats(idf, max(1.0, reader.field_length("body") / n), absent)


def search(searcher, text: str, *, limit: int = 10, offset: int = 0, per_doc: bool = False,
           facets: bool = False, filters: dict[str, list[str]] | None = None) -> SearchResult:
    """Rank passages for `text` (which may carry field filters) and return one page of hits.

    Plain words run in two phases: every passage is ranked by BM25F for the flat weighted query
    (`candidates.rank`) and the best RERANK_DEPTH are kept; those are re-ranked from the positions
    in the index by concept (`passage_score`), coordination, phrases of alternatives and proximity
    (`rerank_factor`). Queries with user syntax are evaluated over the same posting lists
    (`candidates.evaluate`), scored by BM25F alone. Facets count the documents of every matching
    passage per value (`candidates.count_facets`).
    """
    from whoosh import query as Q

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
    first = _phase_one(searcher, plan, q, flt, depth, facets or per_doc)
    ranked, weak, marking = _rerank(searcher, plan, q, first, english=plan.plain and _english(free))
    if per_doc:  # the best passage of each document; a document with only weak hits is no precedent
        ranked = _best_per_document(searcher, ranked, weak)
    hits = _page(searcher, ranked[offset:offset + limit], weak, marking)
    total, estimated = _total(searcher, q, flt, first, depth, ranked, per_doc)
    out = SearchResult(query=text, total=total, hits=hits, total_estimated=estimated, notes=plan.notes)
    if facets:
        from .candidates import count_facets

        for f, counts in count_facets(searcher, FACET_FIELDS, first.matched or ()).items():
            out.facets[f] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


@dataclass
class _PhaseOne:
    """The best records for the query before re-ranking, how many match, the postings read
    (which the re-ranking reuses), every matching record when facets or documents are counted
    (else None), and whether the count is exact."""

    top: list
    scored: int
    known: dict
    matched: object = None
    exact: bool = True
    allowed: object = None  # the records a filter allows (None: every record)


def _phase_one(searcher, plan: Plan, q, flt, depth: int, every: bool) -> _PhaseOne:
    """Phase one over whole posting lists (candidates.rank for plain words, candidates.evaluate
    for syntax); only a query node `evaluate` does not know runs through Whoosh's searcher."""
    if plan.plain:
        from .candidates import rank

        allowed = _filtered(searcher, flt)
        found = rank(searcher, plan.weights, depth, allowed, matched=every)
        return _PhaseOne(found.top, found.total, found.postings, found.matched if every else None, allowed=allowed)
    found = _evaluate(searcher, q, flt, depth)
    if found is not None:
        return _PhaseOne(found.top, found.total, {}, found.matched)
    from whoosh import query as Q

    kwargs = dict(limit=depth)
    if flt is not None:
        kwargs["filter"] = flt
    else:
        kwargs["mask"] = Q.Term("rec", "doc")  # a bare NOT must not list document records
    results = searcher.search(q, **kwargs)
    matched = None
    if every:
        matched = set(searcher.docs_for_query(q))
        if flt is not None:
            matched &= set(searcher.docs_for_query(flt))
        matched -= set(searcher.docs_for_query(Q.Term("rec", "doc")))
    return _PhaseOne([(s or 0.0, d) for s, d in results.top_n], results.scored_length(), {}, matched, exact=False)


def _rerank(searcher, plan: Plan, q, first: _PhaseOne, english: bool = False):
    """(score, docnum, what marks its snippet) best first, the weak ones, and the probe that
    marks a plain query's terms. Plain words are re-ranked from where they stand (phase two); an
    English query of which no candidate holds most is ranked again with the words the best
    candidates share (`polkb.query.feedback`). A query with syntax keeps its BM25F order and marks
    its positive words."""
    if plan.plain:
        prs, stats = probes(plan), term_stats(searcher.reader(), plan)
        placed = placed_terms(plan)
        readings = read_candidates(searcher, [docnum for _, docnum in first.top], prs, placed, first.known)
        parts: dict = {}
        ranked, weak, best_share = score_candidates(_handles(readings), plan, stats, parts)
        fb = _feedback(searcher, ranked, weak, prs) if feedback.wanted(english, best_share) else None
        if fb is not None:
            from .candidates import rank

            found = rank(searcher, feedback.expanded_weights(plan.weights, fb), RERANK_DEPTH, first.allowed,
                         known=first.known)
            new = [d for _, d in found.top if d not in readings]
            readings.update(read_candidates(searcher, new, prs, placed, first.known) if new else {})
            frequencies = _frequencies(searcher, readings, fb)
            ranked, weak, _ = score_candidates(
                _handles(readings), plan, stats, parts,
                lambda docnum, reading: feedback.feedback_score(frequencies.get(docnum, {}), reading.words,
                                                                stats.mean_words, fb))
        # one probe for every query term, whichever language found it
        marking = marking_probe(set().union(*(pr.terms for pr in prs.values())),
                                {t: w for pr in prs.values() for t, w in pr.surfaces.items()})
    else:
        weak, marking = set(), None
        marks = probe(_positive_terms(q, ("body", "body_en")))
        ranked = [(score, docnum, marks) for score, docnum in first.top]
    ranked.sort(key=lambda r: (-r[0], r[1]))
    if plan.plain:
        from .index import passage_fields

        ranked = repeats_last(ranked, lambda r: passage_fields(searcher, r[1]).get("body"))
    return ranked, weak, marking


def _english(text: str) -> bool:
    """Whether plain query text is English (as `polkb.query.concepts.concepts_of` reads it)."""
    from ...analysis.glossary import language_of

    return language_of(text) == "en"


def _handles(readings: dict):
    """(key, handle, Reading) of each candidate for `score_candidates`: a docnum is both."""
    return ((docnum, docnum, reading) for docnum, reading in readings.items())


def _feedback(searcher, ranked: list, weak: set, prs: dict):
    """The words the best (not weak) candidates share that the query did not find them by, or
    None."""
    from .index import passage_fields

    order = sorted((r for r in ranked if r[1] not in weak), key=lambda r: (-r[0], r[1]))
    analyzer = searcher.schema["body"].analyzer
    passages = [(r[0], feedback.text_terms(passage_fields(searcher, r[1]).get("body", ""), analyzer))
                for r in order[:feedback.FEEDBACK_PASSAGES]]
    reader = searcher.reader()
    return feedback.feedback_terms(passages, lambda t: codec.doc_frequency(reader, "body", t), reader.doc_count(),
                                   exclude=prs["nl"].terms)


def _frequencies(searcher, readings: dict, fb) -> dict:
    """How often each candidate holds each feedback word."""
    got = read_candidates(searcher, list(readings), {"nl": probe(fb.terms), "en": probe(())})
    return {d: {t: len(p) for t, p in r.positions.get("nl", {}).items()} for d, r in got.items()}


def _best_per_document(searcher, ranked: list, weak: set) -> list:
    from .index import passage_fields

    best: dict[str, tuple] = {}
    for r in ranked:
        if r[1] not in weak:
            best.setdefault(passage_fields(searcher, r[1]).get("doc_id"), r)
    return list(best.values())


def _page(searcher, ranked: list, weak: set, marking) -> list:
    """The hits of one page, each with its snippet: a plain query marks the terms the index found
    in the passage; a query with syntax marks its words where the analysis finds them."""
    from .index import passage_fields

    nl, en = searcher.schema["body"].analyzer, searcher.schema["body_en"].analyzer
    hits = []
    for score, docnum, marks in ranked:
        fields = passage_fields(searcher, docnum)
        body = fields.get("body", "")
        if isinstance(marks, Reading):
            found = {t for at in marks.positions.values() for t in at}
            spans = spans_of_terms(body, marking, found, SNIPPET_CHARS)
        else:
            spans = spans_by_analysis(body, marks, (nl, en) if fields.get("lang") == "en" else (nl,))
        hits.append(to_hit(fields, score, make_snippet(body, spans), weak=docnum in weak))
    return hits


def _total(searcher, q, flt, first: _PhaseOne, depth: int, ranked: list, per_doc: bool) -> tuple[int, bool]:
    """How many passages (or, per document, documents) match, and whether that is an estimate."""
    from .index import passage_fields

    if per_doc:
        if first.scored < depth:
            return len({passage_fields(searcher, r[1]).get("doc_id") for r in ranked}), False
        if first.matched is not None:
            from .candidates import count_documents

            return count_documents(searcher, first.matched), False
        return _count_documents(searcher, q, flt), False
    if first.scored < depth or first.exact:  # polkb's phase one counts every match
        return first.scored, False
    if first.matched is not None:  # counting facets collected every match: the count is exact
        return len(first.matched), False
    return count_matches(searcher, q, flt)


def _filtered(searcher, flt) -> frozenset | None:
    """The records a filter allows (None: no filter)."""
    from .candidates import Unsupported, matching

    if flt is None:
        return None
    try:
        return matching(searcher, flt)
    except Unsupported:
        return frozenset(searcher.docs_for_query(flt))


def _evaluate(searcher, q, flt, depth: int):
    """Phase one for a query with user syntax (polkb.store.whoosh.candidates.evaluate), or None when the
    query holds a node only Whoosh's searcher knows."""
    from .candidates import Unsupported, evaluate, postings

    allowed = _filtered(searcher, flt)
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
    from .index import passage_fields

    return len({passage_fields(searcher, d).get("doc_id") for d in docs} - {None})


def _positive_terms(q, fields) -> set:
    """The words of the query in `fields` that a hit may hold (not those after NOT)."""
    from whoosh import query as Q

    if isinstance(q, Q.Not):
        return set()
    if isinstance(q, Q.AndNot):
        return _positive_terms(q.a, fields)
    if q.is_leaf():
        return {term_text(t) for f, t in q.iter_all_terms() if f in fields}
    return set().union(*(_positive_terms(c, fields) for c in q.children()))


def _matched(hit, fields=None) -> set:
    if not hit.results.has_matched_terms():
        return set()
    return {term_text(t) for f, t in hit.matched_terms() if fields is None or f in fields}


def similar(searcher, text: str, *, exclude_doc: str | None = None, limit: int = 10) -> SearchResult:
    """More like this: the passage text's most distinctive terms (Bo1 model) as a weighted query,
    one best passage per other document. For an officer drafting an answer who wants the earlier
    answers on the same subject."""
    from whoosh import query as Q
    from whoosh import sorting

    from .index import passage_fields

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
