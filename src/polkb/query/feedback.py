"""Pseudo-relevance feedback for an English query over Dutch text (RM3-style): the words the best
passages of a first ranking share, which the query did not find them by, searched again as a
weak extra concept.

An English query reaches a Dutch passage only through the glossary's Dutch glosses, and a gloss
is a guess at the word a text uses: "credits" for "studiepunten", "petition" for
"verzoekschrift". Where no candidate holds most of the query (`wanted`), the best of them are
still mostly on the subject, and the words they share that few passages hold are the subject's
own Dutch vocabulary; a passage holding those words is on the subject even where it holds a gloss
fewer. For a Dutch query the typed words are the texts' own words, and feedback only reshuffled
the ranking (evaluation corpus, tune S@1/S@5/MRR@10 .645/.856/.734 -> .645/.853/.736, held-out
Dutch S@1 .680 -> .660).

Backend-neutral: a backend passes in the best passages' index terms and its document
frequencies, runs its phase one again with `expanded_weights`, and adds `feedback_score` to the
passage score of every candidate.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable

from .rank import BM25_B, BM25_K1
from .terms import TEXT_WORD, word_terms

# passages of the first ranking read for feedback
FEEDBACK_PASSAGES = 5
# a word counts only when at least this many of them hold it: one or two passages' own words (a
# name, a document's number) say nothing about the subject
FEEDBACK_MIN_PASSAGES = 3
FEEDBACK_TERMS = 6
# a word more than this share of the passages hold is no one subject's word
FEEDBACK_SHARE = 0.02
# the feedback words together weigh at most this part of one concept of their idf
FEEDBACK_WEIGHT = 0.3
# Feedback only when the best candidate holds less than this share of the query
# (`rank.concept_share`): where one holds (nearly) all of it, the glosses were the text's words
FEEDBACK_WHEN_SHARE = 0.8
# phase one runs again with the feedback words added, each at FEEDBACK_BOOST of a word as typed
# (on average), and its best passages join the candidates
FEEDBACK_BOOST = 0.3
MIN_TERM_LETTERS = 3


@dataclass
class Feedback:
    """The feedback words (index terms of the Dutch field), each with its share of the whole
    (summing to 1) and its idf."""

    weights: dict[str, float]
    idf: dict[str, float]

    @property
    def terms(self) -> frozenset:
        return frozenset(self.weights)


def wanted(english: bool, best_share: float) -> bool:
    """Whether a query gets feedback: an English query of which no candidate holds most."""
    return english and best_share < FEEDBACK_WHEN_SHARE


def feedback_terms(passages: list[tuple[float, Iterable[str]]], df_of: Callable[[str], int], records: int,
                   exclude=frozenset()) -> Feedback | None:
    """The words the best passages ((score, index terms of its body), best first) share, weighted
    as relevance model 1 weighs them (each passage's share of the word, by the passage's share of
    the scores) times the word's idf: the best FEEDBACK_TERMS of them, None when there are none.
    Words in `exclude` (the query's own) are left out."""
    passages = [(s, list(terms)) for s, terms in passages[:FEEDBACK_PASSAGES] if s > 0]
    if len(passages) < FEEDBACK_MIN_PASSAGES or records <= 0:
        return None
    total = sum(s for s, _ in passages)
    relevance: dict[str, float] = {}
    held: dict[str, int] = {}
    for score, terms in passages:
        counts: dict[str, int] = {}
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
        length = max(1, len(terms))
        for term, tf in counts.items():
            relevance[term] = relevance.get(term, 0.0) + (score / total) * tf / length
            held[term] = held.get(term, 0) + 1
    limit = max(FEEDBACK_MIN_PASSAGES, records * FEEDBACK_SHARE)
    scored, idf = {}, {}
    for term, rel in relevance.items():
        if held[term] < FEEDBACK_MIN_PASSAGES or term in exclude or len(term) < MIN_TERM_LETTERS \
                or not any(c.isalpha() for c in term):
            continue
        df = df_of(term)
        if df <= held[term] or df > limit:  # only the feedback passages hold it, or too many do
            continue
        idf[term] = math.log(1 + (records - df + 0.5) / (df + 0.5))
        scored[term] = rel * idf[term]
    best = sorted(scored, key=lambda t: (-scored[t], t))[:FEEDBACK_TERMS]
    if not best:
        return None
    norm = sum(scored[t] for t in best)
    return Feedback({t: scored[t] / norm for t in best}, {t: idf[t] for t in best})


def text_terms(text: str, analyzer) -> list[str]:
    """The index terms of a passage's text, word by word (each word's terms once, remembered as
    the re-ranking and the snippets remember them: analysing a passage whole cost ~2 ms, a fifth
    of an English query)."""
    return [t for m in TEXT_WORD.finditer(text) for t in word_terms(analyzer, m.group())]


def expanded_weights(weights: dict, fb: Feedback) -> dict:
    """A plain plan's flat query ((field, term) -> boost) with the feedback words added to the
    body field."""
    out = dict(weights)
    for term, share in fb.weights.items():
        key = ("body", term)
        out[key] = out.get(key, 0.0) + FEEDBACK_BOOST * share * len(fb.weights)
    return out


def feedback_score(frequencies: dict[str, int], words: int, mean_words: float, fb: Feedback) -> float:
    """BM25 of a passage ((term -> frequency), its length) for the feedback words, each by its
    share, times FEEDBACK_WEIGHT: added to its passage score."""
    k1, b = BM25_K1, BM25_B
    norm = k1 * (1 - b + b * words / mean_words)
    total = 0.0
    for term, share in fb.weights.items():
        tf = frequencies.get(term, 0)
        if tf:
            total += share * fb.idf[term] * tf * (k1 + 1) / (tf + norm)
    return FEEDBACK_WEIGHT * total
