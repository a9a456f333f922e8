"""Phase one of a plain search: BM25F over whole posting lists as arrays, the best page kept.

A plain query is one flat, weighted OR of index terms (see `search.plan_concepts`). Whoosh runs
such a query by stepping a matcher tree posting by posting in Python, about 1 µs a posting plus
a fixed cost per term; on a small index that fixed cost is most of a query. Here each term's
posting list is decoded block by block into arrays (`codec.posting_blocks`) and scored in a few
numpy operations, with Whoosh's own BM25F formula, statistics and parameters, so the ranking is
the one Whoosh would give. The count of matching passages is exact and free.

Queries with user syntax (phrases, operators, prefixes) and facet counts still run through
Whoosh's searcher: this module only serves the flat OR.
"""
from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field
from itertools import accumulate

import numpy as np

from .codec import posting_blocks


@dataclass
class Postings:
    """A term's postings in the whole index: global document numbers (sorted), weights (term
    frequency times the field boost), and per block where it starts in those arrays and a function
    decoding its values (the encoded positions), kept so positions cost no second read."""

    ids: np.ndarray
    weights: np.ndarray
    starts: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    values: list = field(default_factory=list)

    def weights_at(self, docnums: np.ndarray) -> np.ndarray:
        """The term's weight in each of the (sorted) documents, 0 where it is absent."""
        n = len(self.ids)
        if not n:
            return np.zeros(len(docnums))
        at = self.ids.searchsorted(docnums)
        np.minimum(at, n - 1, out=at)
        return np.where(self.ids[at] == docnums, self.weights[at], 0.0)

    def values_at(self, docnums) -> dict[int, bytes]:
        """The encoded value (positions) of each of the (sorted) documents that holds the term."""
        if not len(self.ids):
            return {}
        wanted = np.asarray(docnums, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.ids, wanted), len(self.ids) - 1)
        held = self.ids[at] == wanted
        if not held.any():
            return {}
        at = at[held]
        blocks = np.searchsorted(self.starts, at, side="right") - 1
        out, decoded = {}, {}
        for d, i, block in zip(wanted[held].tolist(), at.tolist(), blocks.tolist()):
            values = decoded.get(block)
            if values is None:
                values = decoded[block] = self.values[block]()
            out[d] = values[i - int(self.starts[block])]
        return out


@dataclass
class Found:
    """The best passages for the query (score, docnum; best first), how many passages match,
    and the postings read, which the re-ranking reuses."""

    top: list[tuple[float, int]]
    total: int
    postings: dict[tuple[str, str], Postings] = field(default_factory=dict)


class _IndexArrays:
    """What scoring needs about every record of a searcher's index, read once: field lengths as
    Whoosh's scorer sees them, and which records are deleted."""

    def __init__(self, searcher):
        self.leaves = list(searcher.reader().leaf_readers())
        self.count = searcher.doc_count_all()
        self._lengths: dict[str, np.ndarray] = {}
        self._norms: dict[tuple, np.ndarray] = {}
        self._holds: dict[str, np.ndarray] = {}
        deleted = [offset + d for reader, offset in self.leaves if reader.has_deletions()
                   for d in reader.deleted_docs_set]
        self.deleted = np.array(sorted(deleted), dtype=np.int64) if deleted else None

    def norms(self, searcher, fieldname: str, k1: float, b: float) -> np.ndarray:
        """BM25's length normalisation of every record in the field, k1 * (1 - b + b * dl / avgdl)."""
        key = (fieldname, k1, b)
        got = self._norms.get(key)
        if got is None:
            avg = searcher.avg_field_length(fieldname) or 1
            got = self._norms[key] = k1 * ((1 - b) + b * self.lengths(searcher, fieldname) / avg)
        return got

    def holds(self, searcher, fieldname: str) -> np.ndarray:
        """Which records have any text in the field."""
        got = self._holds.get(fieldname)
        if got is None:
            self.lengths(searcher, fieldname)
            got = self._holds[fieldname]
        return got

    def lengths(self, searcher, fieldname: str) -> np.ndarray:
        """Each record's length in the field (1 where it has none, as Whoosh's scorer counts)."""
        got = self._lengths.get(fieldname)
        if got is None:
            from whoosh.codec.whoosh3 import byte_to_length

            table = np.array([byte_to_length(b) or 1 for b in range(256)], dtype=np.float64)
            table[0] = 1.0
            got = np.ones(self.count, dtype=np.float64)
            holds = np.zeros(self.count, dtype=bool)
            for reader, offset in self.leaves:
                n = reader.doc_count_all()
                perdoc = getattr(reader, "_perdoc", None)
                raw = perdoc.field_length_bytes(fieldname) if hasattr(perdoc, "field_length_bytes") else None
                if raw is not None:
                    codes = np.frombuffer(raw, dtype=np.uint8)[:n]
                    got[offset:offset + len(codes)] = table[codes]
                    holds[offset:offset + len(codes)] = codes > 0
                else:
                    known = [reader.doc_field_length(d, fieldname, 0) or 0 for d in range(n)]
                    got[offset:offset + n] = [k or 1 for k in known]
                    holds[offset:offset + n] = [k > 0 for k in known]
            self._lengths[fieldname] = got
            self._holds[fieldname] = holds
        return got


_PER_SEARCHER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _arrays(searcher) -> _IndexArrays:
    got = _PER_SEARCHER.get(searcher)
    if got is None:
        got = _PER_SEARCHER[searcher] = _IndexArrays(searcher)
    return got


def postings(searcher, fieldname: str, text: str) -> Postings:
    """The term's postings over every segment of the searcher's index (deleted records included,
    as in Whoosh's document frequency)."""
    ids, weights, starts, values, n = [], [], [], [], 0
    for reader, offset in _arrays(searcher).leaves:
        if fieldname not in reader.schema:
            continue
        blocks = list(posting_blocks(reader, fieldname, text))
        if not blocks:
            continue
        if len(blocks) == 1 and len(blocks[0][0]) <= SHORT_LIST:  # numpy's set-up would cost more
            g, w, decode = blocks[0]
            segment = np.fromiter(accumulate(g), _INT64, len(g))
            freqs = _ONES[:len(g)] if w is None else np.fromiter(w, _FLOAT64, len(w))
            starts.append(n)
            values.append(decode)
            n += len(g)
            ids.append(segment + offset if offset else segment)
            weights.append(freqs)
            continue
        if len(blocks) == 1:  # most terms: one block, no concatenation
            g, w, decode = blocks[0]
            gaps = np.frombuffer(g, dtype=_DTYPES[g.typecode])
            freqs = _ONES[:len(g)] if w is None else np.frombuffer(w, dtype=_DTYPES[w.typecode]).astype(np.float64)
        else:
            gaps = np.concatenate([np.frombuffer(g, dtype=_DTYPES[g.typecode]) for g, _, _ in blocks])
            freqs = (np.ones(len(gaps)) if all(w is None for _, w, _ in blocks) else
                     np.concatenate([np.ones(len(g)) if w is None else np.frombuffer(w, dtype=_DTYPES[w.typecode])
                                     for g, w, _ in blocks]).astype(np.float64))
        for g, _, decode in blocks:
            starts.append(n)
            values.append(decode)
            n += len(g)
        segment = np.add.accumulate(gaps, dtype=_INT64)
        ids.append(segment + offset if offset else segment)
        weights.append(freqs)
    if not ids:
        return Postings(_NO_IDS, _NO_WEIGHTS)
    starts = _FIRST_BLOCK if len(starts) == 1 else np.array(starts, dtype=np.int64)
    if len(ids) == 1:
        return Postings(ids[0], weights[0], starts, values)
    return Postings(np.concatenate(ids), np.concatenate(weights), starts, values)


_DTYPES = {code: np.dtype(code) for code in "BHILQf"}
_INT64, _FLOAT64 = np.dtype(np.int64), np.dtype(np.float64)
SHORT_LIST = 16
_ONES = np.ones(1024)  # a block holds at most codec.BLOCK_LIMIT postings: slices of this serve
_ONES.flags.writeable = False
_FIRST_BLOCK = np.zeros(1, dtype=np.int64)
_FIRST_BLOCK.flags.writeable = False
_NO_IDS = np.zeros(0, dtype=np.int64)
_NO_WEIGHTS = np.zeros(0)


def any_holds(searcher, fieldname: str, docnums) -> bool:
    """Whether any of the records has text in the field (an English passage among candidates)."""
    return bool(_arrays(searcher).holds(searcher, fieldname)[np.asarray(docnums, dtype=np.int64)].any())


def allowed_mask(searcher, docnums) -> np.ndarray:
    """A mask over the index's records: True for the given document numbers (a filter's)."""
    mask = np.zeros(_arrays(searcher).count, dtype=bool)
    mask[np.fromiter(docnums, dtype=np.int64)] = True
    return mask


def rank(searcher, weights: dict[tuple[str, str], float], depth: int, allowed: np.ndarray | None = None) -> Found:
    """The `depth` best records for the flat OR of the weighted terms ((field, term) -> boost),
    scored as Whoosh's BM25F scores each term (idf log(N / (df + 1)) + 1, the weighting's B and K1,
    byte-quantised field lengths) and summed; ties go to the lower document number, as in Whoosh.
    `allowed` restricts to a filter's records. Deleted records never match."""
    ia = _arrays(searcher)
    model = searcher.weighting
    k1 = getattr(model, "K1", 1.2)
    scores = np.zeros(ia.count)
    read: dict[tuple[str, str], Postings] = {}
    for (fieldname, text), boost in weights.items():
        p = read[(fieldname, text)] = postings(searcher, fieldname, text)
        df = len(p.ids)
        if not df:
            continue
        b = getattr(model, "_field_B", {}).get(fieldname, getattr(model, "B", 0.75))
        idf = math.log(ia.count / (df + 1)) + 1
        tf = p.weights
        scores[p.ids] += (boost * idf * (k1 + 1)) * tf / (tf + ia.norms(searcher, fieldname, k1, b)[p.ids])
    if ia.deleted is not None:
        scores[ia.deleted] = 0.0
    if allowed is not None:
        scores[~allowed] = 0.0
    matched = np.flatnonzero(scores > 0)
    total = len(matched)
    if total > depth:
        # the depth-th best score; every record above it, then the lowest numbers at it
        kth = -np.partition(-scores[matched], depth - 1)[depth - 1]
        above = matched[scores[matched] > kth]
        at = matched[scores[matched] == kth][:depth - len(above)]
        matched = np.concatenate([above, at])
    order = np.lexsort((matched, -scores[matched]))
    top = [(float(scores[d]), int(d)) for d in matched[order]]
    return Found(top, total, read)
