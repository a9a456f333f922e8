"""Search over the OpenSearch index with polkb's backend-neutral query package.

The same two phases as the Whoosh backend (store/whoosh/search.py):

1. Plain words become concepts with the vocabulary's alternatives (`polkb.query.concepts`); their
   index terms are made by polkb's own analysers (the index's Dutch analysis in OpenSearch is
   built from the same data files and stems alike, see analysis.py), weighed by the planner both
   backends share (`polkb.query.planning`, with document frequencies read from the index in one
   request), and sent as one flat weighted OR of `term` queries, scored by OpenSearch's BM25 with
   polkb's k1 and b. A term of `body` is also looked for in `body_parts` (polkb's compound parts
   of the passage, which the Whoosh index holds in its body field). Filters, facets (terms
   aggregations counting documents) and the totals come in the same request.
2. The best candidates are re-ranked by `polkb.query.rank` from where the query's terms stand in
   them: the terms and positions polkb's analysers made of each passage in the ingest workers,
   stored with it (the Whoosh backend reads the same from its index); snippets come from
   `polkb.query.snippets`.

Text with query syntax (quotes, AND/OR/NOT, prefix*) is run by OpenSearch's `query_string` over
body, context (half weight) and body_en, scored by BM25 alone, as in the Whoosh backend.
"""
from __future__ import annotations

import functools
import math
import re

from ...analysis.glossary import language_of
from ...query import feedback
from ...query.concepts import Plan, concepts_of
from ...query.planning import plan_concepts, word_pairs
from ...query.rank import (RERANK_DEPTH, Reading, TermStats, bm25_idf, probe, probes, repeats_last,
                           score_candidates, title_terms)
from ...query.results import SearchResult, to_hit
from ...query.snippets import SNIPPET_CHARS, make_snippet, marking_probe, spans_by_analysis, spans_of_terms
from ...query.syntax import (FACET_FIELDS, MAX_QUERY_CHARS, SYNTAX, WORD, YEAR_RANGE, UnknownFilterValue,
                             clean_query, split_filters)
from .backend import PASSAGE_SOURCE, passage_fields

# the same field weights as the Whoosh backend (store/whoosh/search.py); the planning rules are
# polkb.query.planning's
TEXT_FIELDS = {"body": 1.0, "context": 0.5, "body_en": 1.0}
SIMILAR_TERMS = 12
MAX_TAG_VALUES = 64
FACET_VALUES = 500
# matches are counted exactly up to this many; a larger total is estimated (see _total)
EXACT_COUNT_LIMIT = 10_000


@functools.lru_cache(maxsize=1)
def analyzers():
    """polkb's Dutch and English analysers (those the Whoosh index is built with)."""
    from ...analysis import dutch_analyzer, english_analyzer

    return dutch_analyzer(stem_algorithm="dutch"), english_analyzer()


# -- filters ----------------------------------------------------------------------------------------
def tag_terms(backend, name: str, value: str) -> list[str]:
    """The indexed values of a tag field a filter value means (as the Whoosh backend's
    _tag_terms): the same value in any case or accents, else the values containing it."""
    from ...analysis import fold

    if name == "org":
        from ...tag.entities import canonical_organisation

        value = canonical_organisation(value) or value

    def norm(v: str) -> str:
        return " ".join(fold(v).replace(",", " ").split())

    wanted = norm(value)
    values = backend.filter_values(name)
    exact = [v for v in values if norm(v) == wanted]
    return exact or [v for v in values if wanted in norm(v)][:MAX_TAG_VALUES]


def kind_value(backend, value: str) -> str:
    from ...tag.kinds import KIND_NAMES, KINDS, canonical_kind, kind_choices, kind_key

    kind = canonical_kind(value)
    if kind is not None:
        return kind
    indexed = backend.filter_values("kind")
    for v in indexed:
        if kind_key(v) == kind_key(value):
            return v
    extra = [v for v in indexed if v not in KINDS]
    names = [*KINDS, *(n for k in KINDS for n in KIND_NAMES[k]), *extra]
    raise UnknownFilterValue("kind", value, names, kind_choices() + "".join(f", {v}" for v in extra))


def filter_clauses(backend, filters: dict[str, list[str]]) -> list[dict]:
    """One clause per filter field (its values OR-ed); every clause must hold."""
    out = []
    for name, values in filters.items():
        alts = []
        for value in values:
            value = value.strip()
            if not value:
                continue
            if name == "year" and (m := YEAR_RANGE.match(value)):
                lo, hi = sorted((int(m.group(1)), int(m.group(2))))
                alts.append({"terms": {"year": [str(y) for y in range(lo, min(hi, lo + 200) + 1)]}})
            elif name == "file":
                v = value.lower()
                alts.append({"wildcard": {"file": v}} if "*" in v else {"prefix": {"file": v}})
            elif name == "doc":
                alts.append({"term": {"doc_id": value}})
            elif name == "kind":
                alts.append({"term": {"kind": kind_value(backend, value).lower()}})
            elif name in ("lang", "format"):
                alts.append({"term": {name: value.lower()}})
            elif name == "year":
                alts.append({"term": {"year": value}})
            else:
                found = tag_terms(backend, name, value)
                alts.append({"terms": {name: found}} if found else {"match_none": {}})
        if alts:
            out.append({"bool": {"should": alts, "minimum_should_match": 1}})
    return out


# -- planning ---------------------------------------------------------------------------------------
class _DocFreq:
    """Document frequencies for planning: `record` notes what a first pass asks for, `fetch`
    reads them all in one request, and later passes look them up."""

    def __init__(self, backend):
        self.backend = backend
        self.known: dict = {}
        self.asked: list = []
        self.records = self.passages = 1
        if backend is not None:
            self.records, self.passages, _ = backend.counts()

    def __call__(self, field: str, term: str) -> int:
        key = (field, term)
        got = self.known.get(key)
        if got is None:
            if self.backend is None:
                return 0
            self.asked.append(key)
            return 0
        return got

    def fetch(self) -> None:
        if self.backend is not None and self.asked:
            self.known.update(self.backend.doc_frequencies(self.asked))
            self.asked = []


def plan_query(text: str, df_of: _DocFreq) -> Plan:
    """A plain plan (weights and options), or a Plan whose query is the query_string text."""
    text = text[:MAX_QUERY_CHARS]
    if not text.strip():
        return Plan(None)
    if SYNTAX.search(text):
        return Plan(_query_string_text(text))
    concepts = concepts_of(text)
    nl, en = analyzers()

    def plan():
        return plan_concepts(concepts, nl, en, df_of, df_of.records)

    plan()  # first pass: which frequencies the plan reads
    df_of.fetch()
    plan()  # the terms a first pass could not know (parts, other numbers)
    df_of.fetch()
    weights, options = plan()
    return Plan(weights or None, options, word_pairs(text, nl), plain=True, weights=weights)


_ESCAPE = re.compile(r'([+\-=&|><!{}\[\]^~?:\\/])')


def _query_string_text(text: str) -> str:
    """The user's syntax for query_string: quotes, parentheses, AND/OR/NOT and a trailing `*`
    kept; every other character Lucene's syntax gives a meaning escaped ("?" is a question mark)."""
    text = re.sub(r"\bANDNOT\b", "AND NOT", text)
    text = re.sub(r"\bANDMAYBE\b", "OR", text)
    if text.count('"') % 2:
        text = text.replace('"', " ")
    depth = 0
    for c in text:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            break
    if depth != 0:
        text = text.replace("(", " ").replace(")", " ")
    text = _ESCAPE.sub(r"\\\1", text)
    text = re.sub(r"(^|\s)\*+", r"\1", text)  # a leading wildcard would scan every term
    return text


def _positive_words(text: str) -> str:
    """The words of a query with syntax that a hit may hold (not those after NOT)."""
    out, skip = [], False
    for m in re.finditer(r'"[^"]*"|\S+', text):
        w = m.group()
        if w in ("NOT", "ANDNOT"):
            skip = True
            continue
        if w in ("AND", "OR", "ANDMAYBE"):
            continue
        if skip:
            skip = False
            continue
        out.append(w.strip('"()*'))
    return " ".join(out)


# -- running ----------------------------------------------------------------------------------------
def _term_queries(weights: dict, compounds: str) -> list[dict]:
    out = []
    for (field, term), boost in sorted(weights.items()):
        out.append({"term": {field: {"value": term, "boost": boost}}})
        if field == "body" and compounds == "parts":
            out.append({"term": {"body_parts": {"value": term, "boost": boost}}})
    return out


def search(backend, text: str, *, limit: int = 10, offset: int = 0, per_doc: bool = False,
           facets: bool = False, filters: dict[str, list[str]] | None = None) -> SearchResult:
    free, found_filters = split_filters(clean_query(text or ""))
    for k, v in (filters or {}).items():
        found_filters.setdefault(k, []).extend(clean_query(str(x)) for x in v)
    df_of = _DocFreq(backend)
    plan = plan_query(free, df_of)
    flt = filter_clauses(backend, found_filters)
    if plan.plain:
        scoring = {"bool": {"should": _term_queries(plan.weights, backend.compounds), "minimum_should_match": 1}} \
            if plan.weights else None
    elif plan.query:
        scoring = {"query_string": {"query": plan.query, "fields": [f"{f}^{b}" for f, b in TEXT_FIELDS.items()],
                                    "default_operator": "OR", "lenient": True, "max_determinized_states": 2000}}
    else:
        scoring = None
    if scoring is None:
        plan.plain = False
        if not flt:  # nothing to search for
            return SearchResult(query=text, total=0, hits=[], notes=plan.notes)
    depth = max(offset + limit, RERANK_DEPTH) if plan.plain else offset + limit
    if per_doc:
        depth = min(max(depth, (offset + limit) * 10), 1000)

    def body_of(index):
        q = backend.query(index, {"term": {"rec": "passage"}}, filters=flt)
        if scoring is not None:
            q["bool"]["must"] = [scoring]
        body = {"query": q, "size": depth, "track_total_hits": EXACT_COUNT_LIMIT,
                "_source": PASSAGE_SOURCE + ["context", "terms", "gaps", "terms_en", "gaps_en", "context_terms"]}
        if scoring is None:
            body["sort"] = [{"doc_id": "asc"}, {"seq": "asc"}]
        aggs = {}
        if facets:
            for f in FACET_FIELDS:
                aggs[f] = {"terms": {"field": f, "size": FACET_VALUES},
                           "aggs": {"docs": {"cardinality": {"field": "doc_id", "precision_threshold": 40000}}}}
        if per_doc:
            aggs["_docs"] = {"cardinality": {"field": "doc_id", "precision_threshold": 40000}}
        if aggs:
            body["aggs"] = aggs
        return body

    try:
        res = backend.search_raw(body_of)
    except Exception as e:
        from opensearchpy.exceptions import RequestError

        if not isinstance(e, RequestError) or plan.plain or scoring is None:
            raise
        # a query_string OpenSearch cannot parse: its words, plain
        words = " ".join(w.strip(".,'-") for w in WORD.findall(free))
        scoring = {"simple_query_string": {"query": words, "fields": [f"{f}^{b}" for f, b in TEXT_FIELDS.items()],
                                           "default_operator": "OR", "flags": "NONE"}}
        res = backend.search_raw(body_of)
    hits = res["hits"]["hits"]
    top = [((h.get("_score") or 0.0), h["_source"]) for h in hits]

    def more(weights: dict) -> list:
        """The best RERANK_DEPTH passages for the plain plan's query with other weights (the
        feedback words added), under the same filters."""
        def feedback_body(index):
            q = backend.query(index, {"term": {"rec": "passage"}}, filters=flt)
            q["bool"]["must"] = [{"bool": {"should": _term_queries(weights, backend.compounds),
                                           "minimum_should_match": 1}}]
            return {"query": q, "size": RERANK_DEPTH, "track_total_hits": False,
                    "_source": PASSAGE_SOURCE + ["context", "terms", "gaps", "terms_en", "gaps_en", "context_terms"]}
        return [((h.get("_score") or 0.0), h["_source"]) for h in backend.search_raw(feedback_body)["hits"]["hits"]]

    english = plan.plain and language_of(free) == "en"
    ranked, weak, marking = _rerank(backend, plan, top, more if english else None)
    if per_doc:
        best: dict[str, tuple] = {}
        for r in ranked:
            if id(r[1]) not in weak:
                best.setdefault(r[1].get("doc_id"), r)
        ranked = list(best.values())
    page = ranked[offset:offset + limit]
    out_hits = _page(page, weak, marking)
    if per_doc:
        total = int(res["aggregations"]["_docs"]["value"]) if len(hits) >= depth else len(ranked)
        estimated = False
    else:
        total, estimated = _total(res["hits"]["total"], plan, df_of, bool(flt))
    out = SearchResult(query=text, total=total, hits=out_hits, total_estimated=estimated, notes=plan.notes)
    if facets:
        for f in FACET_FIELDS:
            counts = {b["key"]: int(b["docs"]["value"]) for b in res["aggregations"][f]["buckets"]}
            out.facets[f] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def _readings(plan: Plan, sources: list[dict], prs: dict) -> list[Reading]:
    """Where the plan's terms stand in each passage: from the token stream polkb's analysers made
    of it at ingest (`terms`/`gaps`, stored with the passage: the same terms and positions the
    Whoosh index holds), else from analysing its text now."""
    out = []
    for src in sources:
        positions = {"nl": {}, "en": {}}
        words = 0
        for lang, key in (("nl", ""), ("en", "_en")):
            wanted = prs[lang].terms
            if lang == "en" and (src.get("lang") != "en" or not wanted):
                continue
            n = 0
            for term, pos in token_stream(src, lang):
                n += 1
                if term in wanted:
                    positions[lang].setdefault(term, []).append(pos)
            if lang == "nl":
                words = n
        context = frozenset(context_terms(src)) & prs["nl"].terms
        out.append(Reading(positions, context, max(1, words), _title_terms(src, prs["nl"])))
    return out


def _title_terms(src: dict, pr) -> frozenset:
    """The probe's terms in the passage's document title (in its docinfo), as the context field holds them."""
    title = passage_fields(src).get("title")
    return title_terms(title, pr, analyzers()[0]) if title else frozenset()


def token_stream(src: dict, lang: str = "nl"):
    """(term, position) of a passage's body as polkb's analyser of `lang` makes them."""
    key = "" if lang == "nl" else "_en"
    terms, gaps = src.get("terms" + key), src.get("gaps" + key)
    if terms is not None and gaps is not None:
        pos = 0
        for term, gap in zip(terms.split(" ") if terms else (), gaps):
            pos += int(gap)
            yield term, pos
        return
    nl, en = analyzers()
    for t in (nl if lang == "nl" else en)(src.get("body", ""), mode="index", positions=True):
        yield t.text, t.pos


def context_terms(src: dict):
    got = src.get("context_terms")
    if got is not None:
        return got.split(" ") if got else ()
    return {t.text for t in analyzers()[0](src.get("context") or "", mode="index")}


def encode_stream(tokens) -> tuple[str, str]:
    """(terms, gaps) for a passage record: the terms space-separated, and per term the step from
    the previous term's position as one digit (0: the same position, as a compound part)."""
    terms, gaps, last = [], [], 0
    for text, pos in tokens:
        terms.append(text)
        gaps.append(str(min(9, max(0, pos - last))))
        last = pos
    return " ".join(terms), "".join(gaps)


def term_stats(backend, plan: Plan) -> TermStats:
    """Lucene's BM25 idf of each option token (`rank.bm25_idf`, as the Whoosh backend ranks), from
    the node's counts fetched in one request for every token the computation reads."""
    records, _, words = backend.counts()
    n = max(1, records)
    pairs = [("body_en" if o.lang == "en" else "body", t) for options in plan.options for o in options for t in o.tokens]
    pairs += [("body", t) for options in plan.options for o in options[:1] for t in o.tokens]
    dfs = backend.doc_frequencies(pairs)
    idf, absent = bm25_idf(plan, lambda field, t: dfs[(field, t)], n)
    return TermStats(idf, max(1.0, words / n), absent)


def _total(found: dict, plan: Plan, df_of: _DocFreq, filtered: bool) -> tuple[int, bool]:
    """How many passages match, and whether that is an estimate: counted exactly up to
    EXACT_COUNT_LIMIT; beyond it a plain query's union of terms is estimated as if the words were
    independent, 1 - prod(1 - df/N) (as the Whoosh backend does), else the count so far stands."""
    value = int(found["value"])
    if found.get("relation") == "eq":
        return value, False
    if plan.plain and not filtered and plan.weights:
        n = max(1, df_of.passages)
        missing = 1.0
        for (field, term) in plan.weights:
            if field in ("body", "body_en"):
                missing *= 1 - min(df_of.known.get((field, term), 0), n) / n
        return max(value, round(n * (1 - missing))), True
    return value, True


def _rerank(backend, plan: Plan, top: list, more=None):
    """(score, passage source, marks) best first, the weak ones (by id of their source), and the
    probe that marks a plain query's terms. Given `more` (an English query: weights -> the best
    passages for them), a query of which no candidate holds most is ranked again with the words
    the best candidates share (`polkb.query.feedback`), as in the Whoosh backend."""
    if plan.plain:
        prs, stats = probes(plan), term_stats(backend, plan)
        readings = _readings(plan, [src for _, src in top], prs)
        parts: dict = {}
        ranked, weak, best_share = score_candidates(_handles(top, readings), plan, stats, parts)
        fb = _feedback(backend, ranked, weak, prs) if feedback.wanted(more is not None, best_share) else None
        if fb is not None:
            seen = {src.get("id") for _, src in top}
            extra = [(s, src) for s, src in more(feedback.expanded_weights(plan.weights, fb)) if src.get("id") not in seen]
            top = top + extra[:RERANK_DEPTH]
            readings += _readings(plan, [src for _, src in top[len(readings):]], prs)
            frequencies = {id(src): {t: n for t, n in _counts(src).items() if t in fb.terms} for _, src in top}
            ranked, weak, _ = score_candidates(
                _handles(top, readings), plan, stats, parts,
                lambda key, reading: feedback.feedback_score(frequencies[key], reading.words, stats.mean_words, fb))
        marking = marking_probe(set().union(*(pr.terms for pr in prs.values())),
                                {t: w for pr in prs.values() for t, w in pr.surfaces.items()})
    else:
        weak, marking = set(), None
        nl, _ = analyzers()
        words = _positive_words(plan.query or "") if plan.query else ""
        marks = probe({t.text for t in nl(words, mode="query")} if words else set())
        ranked = [(score, src, marks) for score, src in top]
    order = {id(src): i for i, (_, src) in enumerate(top)}
    ranked.sort(key=lambda r: (-r[0], order[id(r[1])]))
    if plan.plain:
        ranked = repeats_last(ranked, lambda r: r[1].get("body"))
    return ranked, weak, marking


def _handles(top: list, readings: list):
    """(key, handle, Reading) of each candidate for `score_candidates`: a hit's source, keyed by
    its id (a source is a dict, and the weak ones are told by that key)."""
    return ((id(src), src, reading) for (_, src), reading in zip(top, readings))


def _counts(src: dict) -> dict:
    """How often the passage holds each term of its Dutch token stream."""
    out: dict[str, int] = {}
    for term, _ in token_stream(src, "nl"):
        out[term] = out.get(term, 0) + 1
    return out


def _feedback(backend, ranked: list, weak: set, prs: dict):
    """The words the best (not weak) candidates share that the query did not find them by, or
    None; their document frequencies read in one request."""
    order = sorted((r for r in ranked if id(r[1]) not in weak), key=lambda r: -r[0])
    passages = [(r[0], [t for t, _ in token_stream(r[1], "nl")]) for r in order[:feedback.FEEDBACK_PASSAGES]]
    df_of = _DocFreq(backend)
    records = df_of.records

    def select():
        return feedback.feedback_terms(passages, lambda t: df_of("body", t), records, exclude=prs["nl"].terms)

    select()  # first pass: which frequencies the selection reads
    df_of.fetch()
    return select()


def _page(ranked: list, weak: set, marking) -> list:
    nl, en = analyzers()
    hits = []
    for score, src, marks in ranked:
        fields = passage_fields(src)
        body = fields.get("body", "")
        if isinstance(marks, Reading):
            found = {t for at in marks.positions.values() for t in at}
            spans = spans_of_terms(body, marking, found, SNIPPET_CHARS)
        else:
            spans = spans_by_analysis(body, marks, (nl, en) if fields.get("lang") == "en" else (nl,))
        hits.append(to_hit(fields, score, make_snippet(body, spans), weak=id(src) in weak))
    return hits


# -- more like this ---------------------------------------------------------------------------------
def similar(backend, text: str, *, exclude_doc: str | None = None, limit: int = 10) -> SearchResult:
    """More like this: the text's most distinctive terms (tf x idf over the index) as a weighted
    OR in `body`, one best passage per other document (collapsed on doc_id)."""
    nl, _ = analyzers()
    tf: dict[str, int] = {}
    for t in nl(text, mode="index"):
        if len(t.text) > 1 and not t.text.isdigit():
            tf[t.text] = tf.get(t.text, 0) + 1
    if not tf:
        return SearchResult(query=text[:80], total=0, hits=[])
    records, _, _ = backend.counts()
    n = max(1, records)
    candidates = sorted(tf, key=lambda t: -tf[t])[:200]
    dfs = backend.doc_frequencies([("body", t) for t in candidates])
    scored = []
    for t in candidates:
        df = dfs[("body", t)]
        if df == 0:
            continue
        scored.append((tf[t] * math.log(1 + n / (df + 1)), t))
    scored.sort(key=lambda x: (-x[0], x[1]))
    terms = scored[:SIMILAR_TERMS]
    if not terms:
        return SearchResult(query=text[:80], total=0, hits=[])
    top = terms[0][0]
    weights = {("body", t): w / top for w, t in terms}

    def body_of(index):
        q = backend.query(index, {"term": {"rec": "passage"}})
        q["bool"]["must"] = [{"bool": {"should": _term_queries(weights, backend.compounds), "minimum_should_match": 1}}]
        if exclude_doc:
            q["bool"]["must_not"].append({"term": {"doc_id": exclude_doc}})
        return {"query": q, "size": limit, "collapse": {"field": "doc_id"}, "_source": PASSAGE_SOURCE,
                "track_total_hits": False}

    res = backend.search_raw(body_of, "find similar passages")
    marks = probe({t for _, t in terms})
    hits = []
    for h in res["hits"]["hits"]:
        fields = passage_fields(h["_source"])
        body = fields.get("body", "")
        hits.append(to_hit(fields, h.get("_score") or 0.0, make_snippet(body, spans_by_analysis(body, marks, (nl,)))))
    return SearchResult(query=" ".join(t for _, t in terms), total=len(hits), hits=hits)


# -- term statistics --------------------------------------------------------------------------------
class OpenSearchTermStatistics:
    """polkb.store.protocol.TermStatistics over the OpenSearch index, for one index state."""

    def __init__(self, backend, state):
        self._backend = backend
        self._state = state
        _, passages, _ = backend.counts()
        self.passages = max(1, passages)
        self._df: dict[str, int] = {}

    def index_terms(self, text: str) -> list[str]:
        return [t.text for t in analyzers()[0](text, mode="index")]

    def query_terms(self, text: str) -> list[str]:
        return [t.text for t in analyzers()[0](text, mode="query")]

    def doc_frequency(self, term: str) -> int:
        df = self._df.get(term)
        if df is None:
            df = self._df[term] = self._backend.doc_frequencies([("body", term)])[("body", term)]
        return df

    def belongs_to(self, state) -> bool:
        return state is self._state
