"""Phase one of a plain search: BM25F over whole posting lists, the best page kept.

A plain query is one flat, weighted OR of index terms (see `search.plan_concepts`). Whoosh runs
such a query through a tree of matchers, several method calls per posting and a fixed cost per
term that is most of a query on a small index. Here each term's posting list is decoded block by
block (`codec.posting_blocks`: arrays, summed in C) and scored in one tight loop, with Whoosh's own
BM25F formula, statistics and parameters, so the ranking is the one Whoosh would give. Field
lengths are Whoosh's one-byte codes, so the length normalisation is a 256-entry table. The count of
matching passages is exact and free.

Plain Python, no numpy: importing numpy costs ~0.1 s, a quarter of a cold `polkb search`, and at
100k passages the loop scores the longest posting lists in ~10 ms.

Queries with user syntax (phrases, operators, bounded prefixes) are evaluated the same way, node
by node as set operations over posting lists (`evaluate`); only a node it does not know goes back
to Whoosh's searcher.
"""
from __future__ import annotations

import heapq
import math
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, chain, repeat

from .codec import posting_blocks


@dataclass
class Postings:
    """A term's postings in the whole index: global document numbers (sorted), weights (term
    frequency times the field boost; None when all are 1), and per block where it starts in those
    lists and a function decoding its values (the encoded positions), kept so positions cost no
    second read."""

    ids: list[int]
    weights: list[float] | None = None
    starts: list[int] = field(default_factory=lambda: [0])
    values: list = field(default_factory=list)

    def weights_at(self, docnums) -> list[float]:
        """The term's weight in each of the (sorted) documents, 0 where it is absent."""
        ids, out = self.ids, []
        lo = 0
        for d in docnums:
            i = bisect_left(ids, d, lo)
            if i < len(ids) and ids[i] == d:
                out.append(1.0 if self.weights is None else self.weights[i])
            else:
                out.append(0.0)
            lo = i
        return out

    def values_at(self, docnums) -> dict[int, bytes]:
        """The encoded value (positions) of each of the (sorted) documents that holds the term."""
        ids, out, decoded = self.ids, {}, {}
        lo = 0
        for d in docnums:
            i = bisect_left(ids, d, lo)
            lo = i
            if i >= len(ids) or ids[i] != d:
                continue
            block = bisect_right(self.starts, i) - 1
            values = decoded.get(block)
            if values is None:
                values = decoded[block] = self.values[block]()
            out[d] = values[i - self.starts[block]]
        return out


@dataclass
class Found:
    """The best passages for the query (score, docnum; best first), how many passages match,
    and the postings read, which the re-ranking reuses."""

    top: list[tuple[float, int]]
    total: int
    postings: dict[tuple[str, str], Postings] = field(default_factory=dict)
    matched: frozenset = frozenset()   # every matching record: what facets count


class _IndexFacts:
    """What scoring needs about every record of a searcher's index, read once: each record's
    field length code (Whoosh keeps lengths as one byte), and which records are deleted."""

    def __init__(self, searcher):
        self.leaves = list(searcher.reader().leaf_readers())
        self.count = searcher.doc_count_all()
        self._codes: dict[str, bytes] = {}
        self._norms: dict[tuple, list[float]] = {}
        self.deleted = frozenset(offset + d for reader, offset in self.leaves if reader.has_deletions()
                                 for d in reader.deleted_docs_set)

    def codes(self, fieldname: str) -> bytes:
        """Each record's length code in the field (0: no text in it), over all segments."""
        got = self._codes.get(fieldname)
        if got is None:
            from whoosh.codec.whoosh3 import length_to_byte

            parts = []
            for reader, _ in self.leaves:
                n = reader.doc_count_all()
                perdoc = getattr(reader, "_perdoc", None)
                raw = perdoc.field_length_bytes(fieldname) if hasattr(perdoc, "field_length_bytes") else None
                if raw is None:  # a segment of the older layout: one length at a time
                    raw = bytes(length_to_byte(reader.doc_field_length(d, fieldname, 0) or 0) for d in range(n))
                parts.append(bytes(raw[:n]).ljust(n, b"\0"))
            got = self._codes[fieldname] = b"".join(parts)
        return got

    def norms(self, searcher, fieldname: str, k1: float, b: float) -> list[float]:
        """BM25's length normalisation, k1 * (1 - b + b * dl / avgdl), for each length code (a
        record without the field counts as length 1, as Whoosh's scorer does)."""
        key = (fieldname, k1, b)
        got = self._norms.get(key)
        if got is None:
            from whoosh.codec.whoosh3 import byte_to_length

            avg = searcher.avg_field_length(fieldname) or 1
            got = self._norms[key] = [k1 * ((1 - b) + b * (byte_to_length(c) or 1) / avg) if c else
                                      k1 * ((1 - b) + b / avg) for c in range(256)]
        return got


_PER_SEARCHER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _facts(searcher) -> _IndexFacts:
    got = _PER_SEARCHER.get(searcher)
    if got is None:
        got = _PER_SEARCHER[searcher] = _IndexFacts(searcher)
    return got


def postings(searcher, fieldname: str, text: str) -> Postings:
    """The term's postings over every segment of the searcher's index (deleted records included,
    as in Whoosh's document frequency)."""
    ids: list[int] = []
    starts: list[int] = []
    values: list = []
    blocks_read: list = []
    for reader, offset in _facts(searcher).leaves:
        if fieldname not in reader.schema:
            continue
        blocks = list(posting_blocks(reader, fieldname, text))
        if not blocks:
            continue
        first = len(ids)
        # a segment's gaps add up to its document numbers (see codec.posting_blocks)
        ids.extend(accumulate(chain.from_iterable(g for g, _, _ in blocks), initial=offset))
        del ids[first]  # accumulate's initial value
        for g, _, decode in blocks:
            starts.append(first)
            values.append(decode)
            first += len(g)
        blocks_read.extend(blocks)
    if all(w is None for _, w, _ in blocks_read):
        return Postings(ids, None, starts or [0], values)
    weights = list(chain.from_iterable(repeat(1.0, len(g)) if w is None else w for g, w, _ in blocks_read))
    return Postings(ids, weights, starts, values)


def any_holds(searcher, fieldname: str, docnums) -> bool:
    """Whether any of the records has text in the field (an English passage among candidates)."""
    codes = _facts(searcher).codes(fieldname)
    return any(codes[d] for d in docnums)


def rank(searcher, weights: dict[tuple[str, str], float], depth: int, allowed=None, matched: bool = False,
         known=None) -> Found:
    """The `depth` best records for the flat OR of the weighted terms ((field, term) -> boost),
    scored as Whoosh's BM25F scores each term (idf log(N / (df + 1)) + 1, the weighting's B and K1,
    byte-quantised field lengths) and summed; ties go to the lower document number, as in Whoosh.
    `allowed` (a set) restricts to a filter's records. Deleted records never match. With
    `matched`, the result also holds every matching record (for facet counts). `known` holds
    postings read before ((field, term) -> Postings), not read again."""
    facts = _facts(searcher)
    scores: dict[int, float] = {}
    read: dict[tuple[str, str], Postings] = {}
    for (fieldname, text), boost in weights.items():
        p = (known or {}).get((fieldname, text))
        if p is None:
            p = postings(searcher, fieldname, text)
        read[(fieldname, text)] = p
        _add_term(searcher, facts, scores, p, fieldname, boost)
    return _best(facts, scores, depth, allowed, read, matched)


def _add_term(searcher, facts: _IndexFacts, scores: dict, p: Postings, fieldname: str, boost: float,
              only=None) -> None:
    """Add the term's BM25F score to `scores` for each record holding it (of `only`, if given)."""
    df = len(p.ids)
    if not df:
        return
    model = searcher.weighting
    k1 = getattr(model, "K1", 1.2)
    b = getattr(model, "_field_B", {}).get(fieldname, getattr(model, "B", 0.75))
    c = boost * (math.log(facts.count / (df + 1)) + 1) * (k1 + 1)
    norms = facts.norms(searcher, fieldname, k1, b)
    codes = facts.codes(fieldname)
    get = scores.get
    if p.weights is None:  # every frequency 1: one contribution per length code
        by_code = [c / (1 + n) for n in norms]
        for d in p.ids:
            if only is None or d in only:
                scores[d] = get(d, 0.0) + by_code[codes[d]]
    else:
        for d, tf in zip(p.ids, p.weights):
            if only is None or d in only:
                scores[d] = get(d, 0.0) + c * tf / (tf + norms[codes[d]])


def _best(facts: _IndexFacts, scores: dict, depth: int, allowed, read, matched: bool) -> Found:
    for d in facts.deleted:
        scores.pop(d, None)
    if allowed is not None:
        scores = {d: s for d, s in scores.items() if d in allowed}
    total = len(scores)
    if total > depth:
        kth = heapq.nlargest(depth, scores.values())[-1]
        best = [(s, d) for d, s in scores.items() if s >= kth]
    else:
        best = [(s, d) for d, s in scores.items()]
    best.sort(key=lambda sd: (-sd[0], sd[1]))
    return Found(best[:depth], total, read, frozenset(scores) if matched else frozenset())


class Unsupported(Exception):
    """A query node `evaluate` does not know; the caller runs the query through Whoosh."""


def evaluate(searcher, q, depth: int, allowed=None, exclude=frozenset()) -> Found:
    """The `depth` best records for a query with user syntax (a tree of Whoosh query nodes:
    terms, OR, AND, NOT, AND NOT, phrases, prefixes already bounded to an OR of terms), from
    whole posting lists as `rank` reads them.

    Whoosh's searcher runs such a tree as a tree of matchers, posting by posting; at 100k passages
    an OR of 64 prefix completions or a phrase of common words took 7-20 s there. Here each node
    is a set operation over posting lists, scored as Whoosh scores it: BM25F per term, summed; an
    OR with a coordination scale (the query parser's OrGroup) gets Whoosh's SQR bonus for the
    share of its terms a record holds; a phrase scores as its words. Records in `exclude` never
    match (the document records, which a bare NOT would list). Raises `Unsupported` for other
    nodes. The result holds every matching record (`matched`), for facets and counts."""
    facts = _facts(searcher)
    read: dict[tuple[str, str], Postings] = {}
    scores, _ = _Evaluation(searcher, facts, read).of(q)
    for d in exclude:
        scores.pop(d, None)
    return _best(facts, scores, depth, allowed, read, True)


class _Evaluation:
    """One query tree evaluated: `of(node)` gives (record -> score, record -> terms matched)."""

    def __init__(self, searcher, facts: _IndexFacts, read: dict):
        self.searcher, self.facts, self.read = searcher, facts, read

    def postings(self, fieldname: str, text) -> Postings:
        text = text.decode("utf-8") if isinstance(text, bytes) else text
        got = self.read.get((fieldname, text))
        if got is None:
            got = self.read[(fieldname, text)] = postings(self.searcher, fieldname, text)
        return got

    def of(self, node) -> tuple[dict, dict]:
        from whoosh import query as Q

        if node is Q.NullQuery or isinstance(node, type(Q.NullQuery)):
            return {}, {}
        kind = type(node)
        if kind is Q.Term:
            if node.fieldname not in self.searcher.schema:
                return {}, {}
            scores: dict[int, float] = {}
            p = self.postings(node.fieldname, node.text)
            _add_term(self.searcher, self.facts, scores, p, node.fieldname, node.boost)
            return scores, dict.fromkeys(scores, 1)
        if kind is Q.Or:
            return self._or(node)
        if kind is Q.And:
            parts = [self.of(s) for s in node.subqueries]
            if not parts:
                return {}, {}
            common = set(parts[0][0]).intersection(*(p[0] for p in parts[1:]))
            return ({d: sum(p[0][d] for p in parts) * node.boost for d in common},
                    {d: sum(p[1][d] for p in parts) for d in common})
        if kind is Q.AndNot:
            scores, counts = self.of(node.a)
            for d in self.of(node.b)[0]:
                scores.pop(d, None)
            return scores, counts
        if kind is Q.Not:
            minus = self.of(node.query)[0]
            every = {d: 1.0 for d in range(self.facts.count) if d not in minus}
            return every, dict.fromkeys(every, 0)
        if kind is Q.AndMaybe:
            scores, counts = self.of(node.a)
            extra, extra_counts = self.of(node.b)
            for d in scores.keys() & extra.keys():
                scores[d] += extra[d]
                counts[d] += extra_counts[d]
            return scores, counts
        if kind is Q.Require:
            scores, counts = self.of(node.a)
            need = self.of(node.b)[0]
            return {d: s for d, s in scores.items() if d in need}, {d: c for d, c in counts.items() if d in need}
        if kind is Q.Every:
            every = {d: 1.0 for d in range(self.facts.count)}
            return every, dict.fromkeys(every, 0)
        if kind is Q.Phrase:
            return self._phrase(node)
        raise Unsupported(kind.__name__)

    def _or(self, node) -> tuple[dict, dict]:
        """Nested ORs without a boost or scale of their own (a word's fields, a prefix's
        completions) are one OR; their terms are scored straight into one table."""
        from collections import Counter

        from whoosh import query as Q

        scores: dict[int, float] = {}
        counts: Counter = Counter()
        terms = 0
        todo = list(node.subqueries)
        while todo:
            sub = todo.pop()
            kind = type(sub)
            if kind is Q.Or and not sub.scale and sub.boost == 1.0:
                todo.extend(sub.subqueries)
                continue
            if kind is Q.Term:
                if sub.fieldname in self.searcher.schema:
                    p = self.postings(sub.fieldname, sub.text)
                    if p.ids:
                        _add_term(self.searcher, self.facts, scores, p, sub.fieldname, sub.boost)
                        counts.update(p.ids)
                        terms += 1
                continue
            s, c = self.of(sub)
            get = scores.get
            for d, v in s.items():
                scores[d] = get(d, 0.0) + v
            counts.update(c)
            terms += self._term_count(sub)
        if node.boost != 1.0:
            scores = {d: v * node.boost for d, v in scores.items()}
        if node.scale and terms and terms != node.scale:  # Whoosh's CoordMatcher ("SQR")
            lift, keep = (terms - node.scale) ** 2, (terms - 1) / terms
            scores = {d: (v + (counts[d] - 1) / lift) * keep for d, v in scores.items()}
        return scores, counts

    def docs(self, node) -> set:
        """The records a query (a filter: terms, OR, AND, NOT) matches, unscored."""
        from whoosh import query as Q

        kind = type(node)
        if node is Q.NullQuery or isinstance(node, type(Q.NullQuery)):
            return set()
        if kind is Q.Term:
            return set(self.postings(node.fieldname, node.text).ids) if node.fieldname in self.searcher.schema else set()
        if kind is Q.Or:
            return set().union(*(self.docs(s) for s in node.subqueries))
        if kind is Q.And:
            parts = [self.docs(s) for s in node.subqueries]
            return set.intersection(*parts) if parts else set()
        if kind is Q.AndNot:
            return self.docs(node.a) - self.docs(node.b)
        if kind is Q.Not:
            return set(range(self.facts.count)) - self.docs(node.query)
        return set(self.of(node)[0])

    def _term_count(self, node) -> int:
        """The terms under a node that the index holds (what Whoosh's coordination counts)."""
        from whoosh import query as Q

        if type(node) is Q.Term:
            return 1 if node.fieldname in self.searcher.schema and self.postings(node.fieldname, node.text).ids else 0
        if node.is_leaf():
            return 1 if type(node) is Q.Phrase else 0
        return sum(self._term_count(s) for s in node.children())

    def _phrase(self, node) -> tuple[dict, dict]:
        """Records holding the words in order, each within `slop` positions of the one before."""
        schema = self.searcher.schema
        if node.fieldname not in schema or not node.words:
            return {}, {}
        lists = [self.postings(node.fieldname, w) for w in node.words]
        if any(not p.ids for p in lists):
            return {}, {}
        common = set(min(lists, key=lambda p: len(p.ids)).ids)
        for p in lists:
            common.intersection_update(p.ids)
        wanted = sorted(common)
        decode = schema[node.fieldname].format.decode_positions
        encoded = [p.values_at(wanted) for p in lists]
        seen: dict[tuple, bool] = {}  # passages of one document share their title's positions
        hits = set()
        for d in wanted:
            key = tuple(e[d] for e in encoded)
            found = seen.get(key)
            if found is None:
                found = seen[key] = _in_order((decode(v) for v in key), node.slop)
            if found:
                hits.add(d)
        scores: dict[int, float] = {}
        for p in lists:
            _add_term(self.searcher, self.facts, scores, p, node.fieldname, node.boost, only=hits)
        return scores, dict.fromkeys(scores, 1)


def _in_order(positions, slop: int) -> bool:
    """Whether some position of each word follows one of the word before by 1..slop (the
    positions of each word in turn, decoded only while the phrase can still be there)."""
    reach = None
    for at in positions:
        if reach is not None:
            ahead = {r + k for r in reach for k in range(1, slop + 1)}
            reach = ahead.intersection(at)
            if not reach:
                return False
        else:
            reach = set(at)
    return True


class _FacetColumns:
    """Each record's document and its values in the facet fields, read once per searcher from
    the term index (the tags are not stored). Counting facets is then a pass over the matching
    records, not a second search: Whoosh's grouped search re-scored every match."""

    def __init__(self, searcher, fieldnames):
        reader = searcher.reader()
        self.doc: dict[int, str] = {}
        self.values: dict[str, dict[int, list[str]]] = {}
        for text in reader.field_terms("doc_id") if "doc_id" in searcher.schema else ():
            for d in reader.postings("doc_id", text).all_ids():
                self.doc[d] = text
        for fieldname in fieldnames:
            col: dict[int, list[str]] = {}
            if fieldname in searcher.schema:
                for text in reader.field_terms(fieldname):
                    for d in reader.postings(fieldname, text).all_ids():
                        col.setdefault(d, []).append(text)
            self.values[fieldname] = col


_FACETS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def count_facets(searcher, fieldnames, matched) -> dict[str, dict[str, int]]:
    """How many documents with a matching record hold each value of each facet field (a
    document counts once per value, however many of its passages match)."""
    cols = _FACETS.get(searcher)
    if cols is None or any(f not in cols.values for f in fieldnames):
        cols = _FACETS[searcher] = _FacetColumns(searcher, fieldnames)
    out = {}
    for fieldname in fieldnames:
        col, seen = cols.values[fieldname], {}
        for d in matched:
            for value in col.get(d, ()):
                seen.setdefault(value, set()).add(cols.doc.get(d, d))
        out[fieldname] = {value: len(docs) for value, docs in seen.items()}
    return out


def matching(searcher, q) -> frozenset:
    """Every record a filter query matches (terms, OR, AND, NOT over whole posting lists; a
    Whoosh matcher stepping through 100k postings took a second). Raises `Unsupported` for a
    node it does not know."""
    found = _Evaluation(searcher, _facts(searcher), {}).docs(q)
    return frozenset(found - _facts(searcher).deleted)


def count_documents(searcher, matched) -> int:
    """How many documents hold at least one of the matching records (a --per-doc total)."""
    cols = _FACETS.get(searcher)
    if cols is None:
        cols = _FACETS[searcher] = _FacetColumns(searcher, ())
    return len({cols.doc[d] for d in matched if d in cols.doc})
