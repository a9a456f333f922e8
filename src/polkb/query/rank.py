"""Phase two of a plain search: re-ranking the best candidates from where the query's words stand
in them (`Reading`): concepts held (`passage_score`, with BM25 over the candidates' own term
frequencies), coordination, phrases of alternatives and proximity (`rerank_factor`). Backend-neutral:
a backend supplies the readings and the term statistics."""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from .terms import TEXT_WORD, word_terms, fold_text
from .concepts import CONTEXT_BOOST, Option, Plan


COORD_FLOOR = 0.25
# An English query (one whose concepts have Dutch glosses) holds each concept through several
# glosses, senses a dictionary mixes ("age": "leeftijd", "tijdperk"), and a passage holding one
# rare gloss scores high on BM25 alone: the share of its concepts a passage holds counts for more.
# Measured over every evaluation set (bench/all_sets.py search, S@1/S@5/MRR@10), 0.25 -> 0.1 for
# English queries: tune English .618/.899/.743 -> .629/.910/.748, held-out English
# .536/.643/.584 -> .536/.667/.584, Dutch unchanged (0.1 for every query: tune Dutch S@5 .881 ->
# .871, held-out .853 -> .847); with the field glossary as first written, tune English
# .539/.775/.644 -> .551/.775/.648. (0.0: tune English .640/.910/.754, held-out .512/.667/.571.)
COORD_FLOOR_ENGLISH = 0.1
# A title or heading word finds candidates only when few passages stand under it: every passage of
# a document shares its title, so a common one makes Whoosh step through thousands of passages
# (measured at 100k: "nuffic subsidie" 348 ms with every context term, 74 ms with none); the
# candidates' titles and headings still count when they are ranked.
CONTEXT_SHARE = 0.01
# neighbouring query words count as together this many words apart; positions skip stop words, so
# "welzijn van de onderzoekers" is 1 apart and 2 allows one other word between ("kosten en directe
# baten"). Against 3 (two words between), the value before: tune unchanged, s8 MRR .549 -> .552, check
# .630/.778/.693/.709 -> .648/.778/.702/.716
PAIR_WINDOW = 2
# BM25 with mild length normalisation; the Whoosh index's weighting (store/whoosh/index.weighting)
# reads the same pair, so phase one and the re-ranking agree
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
# passages phase one keeps for re-ranking. Phase one's flat BM25F lets a passage repeating one
# query word (or holding it in a compound: "subsidieplafond" for "plafond") outrank the one holding
# every concept, which on long documents of similar passages (examination rules, annual reports)
# often stands at 11-30. Measured on the evaluation corpus (79 documents), depth 10 -> 30:
# check S@5 .759 -> .778, s8 S@5 .567 -> .667, tune unchanged; depth 60 a little better still but
# slower. Readings come from the postings (no stored text): at 100k passages 30 cost +17% median
# query time and +2% at p95 over 10.
RERANK_DEPTH = 30
# A word of the document's title counts as said this many times in a passage whose text does not
# say it (see `passage_score`). Measured over every evaluation set (search S@1/S@5/MRR, answers
# right), against no such mention: tune .652/.860/.739 -> .669/.866/.753, held .624/.769/.684 ->
# .637/.769/.691, answers unchanged on tune (532) and held 249 -> 250. A whole mention (1.0) ranked
# as well (.672/.863/.756) but lifted enough passages of the named document into the answer stage's
# pool to crowd out the units that answered (answers 532 -> 529); 0.5: 531.
TITLE_MENTION = 0.25


@dataclass
class Reading:
    """A passage read for ranking: where each query term stands (token positions, per language),
    the query terms in its title and headings (`context`), those of them in its document's title
    (`title`), and its length in tokens."""

    positions: dict[str, dict[str, list[int]]]  # language -> term -> positions
    context: frozenset
    words: int = 1
    title: frozenset = frozenset()


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


def probes(plan: Plan) -> dict[str, Probe]:
    """One probe per language of the plan's options (both backends read candidates with them)."""
    starts: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
    surfaces: dict[str, dict[str, tuple]] = {"nl": {}, "en": {}}
    for options in plan.options:
        for o in options:
            for token, start, surface in zip(o.tokens, o.starts or o.tokens, o.surfaces or o.tokens):
                known = starts[o.lang].get(token)
                starts[o.lang][token] = start if known is None or len(start) < len(known) else known
                surfaces[o.lang][token] = (*surfaces[o.lang].get(token, ()), surface)
    return {lang: probe(set(st), st, surfaces[lang]) for lang, st in starts.items()}


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
    folded = fold_text(text)
    out, seen, index, counted = [], set(), 0, 0
    for m in pr.starts.finditer(folded):
        at = m.start()
        left = folded.rfind(" ", 0, at) + 1
        if left in seen:
            continue
        seen.add(left)
        word = TEXT_WORD.search(text, left)
        if word is None or word.end() <= at:
            continue
        found = frozenset()
        for analyzer in analyzers:
            found |= pr.terms.intersection(word_terms(analyzer, word.group()))
        if found:
            index += folded.count(" ", counted, left)
            counted = left
            out.append((index, word.span(), found))
    return out


def title_terms(title: str, pr: Probe, analyzer) -> frozenset:
    """The probe's terms in a document title, as the context field's `analyzer` makes them. Only
    the title's words that may carry one are analysed (`locate`): a title of compounds analysed
    whole would load the compound splitter's word list for a query that needs none."""
    return frozenset().union(*(found for _, _, found in locate(title or "", pr, (analyzer,))))


def _present(option: Option, reading: Reading) -> bool:
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
    absent: frozenset = frozenset()  # (language, token) no passage holds (an English word as typed)


def bm25_idf(plan: Plan, doc_frequency, passages: int) -> tuple[dict, frozenset]:
    """Lucene's BM25 idf of each option token ((language, token) -> idf), from the body field of its
    language, and the Dutch tokens no passage holds. `doc_frequency(field, token)` is the backend's
    count, `passages` its number of passages: the one computation both backends rank by. An English
    word as typed weighs no more than its rarest Dutch gloss (`english_as_glossed`)."""
    absent = set()

    def of(field: str, t: str) -> float:
        df = doc_frequency(field, t)
        if not df and field == "body":
            absent.add(("nl", t))
        return math.log(1 + (passages - df + 0.5) / (df + 0.5))

    idf = {}
    for options in plan.options:
        typed = [of("body", t) for o in options[:1] for t in o.tokens]
        for o in options:
            for t in o.tokens:
                if o.lang == "en":  # the English field is small: its idf would dwarf the Dutch one
                    idf[(o.lang, t)] = min(of("body_en", t), max(typed, default=0.0))
                else:
                    idf[(o.lang, t)] = of("body", t)
    return english_as_glossed(plan, idf, absent), frozenset(absent)


def english_as_glossed(plan: Plan, idf: dict, absent) -> dict:
    """The idf of each option token ((language, token) -> idf, `absent` the Dutch tokens no
    passage holds) with an English word as typed (`Option.english`, in either analysis) weighing
    no more than the rarest of its Dutch glosses some passage holds.

    An English query reaches Dutch passages through its glosses; the word as typed finds the few
    English passages and English words inside Dutch text, and is rare only because the index is
    Dutch: "trust" outweighed "vertrouwen" and put the UNESCO-Trustfonds first for "science literacy
    public trust", and "universities" the English section of the human-rights recommendations
    above Dutch passages on the universities' recovery plan. Weighed as its gloss, the word is the
    same concept in either language. A name typed with a capital ("Caring Universities") is what
    was asked for, not its glosses: in Dutch text it keeps its weight (planning sets no `english`
    on it); in English passages (the English analysis) every word is capped.
    Measured over every evaluation set (bench/all_sets.py search, S@1/S@5/MRR@10): tune English
    .607/.888/.737 -> .618/.899/.743, held-out English .536/.631/.585 -> .536/.643/.584, Dutch
    unchanged; with the field glossary as first written (a proxy for words nobody wrote an entry
    for) tune English .528/.764/.637 -> .539/.775/.644. (Capped at the commonest gloss instead:
    tune English .618/.910/.747 but held-out .536/.619/.576. Left out of the search, the word as
    typed lost held-out English .631 -> .583 S@5: English words in Dutch text matter.)"""
    out = dict(idf)
    for options in plan.options:
        held = [max(idf[("nl", t)] for t in o.tokens) for o in options
                if o.gloss and o.lang == "nl" and o.tokens and not any(("nl", t) in absent for t in o.tokens)]
        if not held:
            continue
        cap = max(held)
        glosses = {t for o in options if o.gloss for t in o.tokens}
        english = [o for o in options if o.english or o.lang == "en"]
        for o in english:
            for t in o.tokens:
                if o.lang == "en" or t not in glosses:
                    out[(o.lang, t)] = min(out[(o.lang, t)], cap)
    return out


def concept_weights(plan: Plan, stats: TermStats) -> list[float]:
    """How much of the query each concept is: the idf of the commonest form of it that passages
    hold as typed (a rare word is most of what was asked, "studenten" little of it). The forms are
    the words as typed, their other number, and for an English word its Dutch glosses: "students"
    weighs as "studenten", not as the few English passages that say "students", and "must" as
    "moeten", not as the rarest word of all because no Dutch passage says "must"."""
    out = []
    for options in plan.options:
        typed = max((stats.idf.get((o.lang, t), 0.0) for o in options[:1] for t in o.tokens), default=0.0)
        held = [max(stats.idf.get((o.lang, t), 0.0) for t in o.tokens) for o in options
                if o.weight >= 1.0 and o.lang == "nl" and o.tokens
                and not any((o.lang, t) in stats.absent for t in o.tokens)]
        out.append(min(held, default=typed))
    return out


def passage_score(reading: Reading, plan: Plan, stats: TermStats) -> float:
    """BM25 of the passage for the query, concept by concept: each concept counts once, through
    its best option (the words as typed, an alternative, the compound parts), as Lucene's dismax
    does, so a passage holding a synonym and its parts does not outscore one with the word itself;
    a token in the title or headings adds CONTEXT_BOOST of its idf.

    A Dutch token of the document's title that the passage's text does not hold counts as said
    TITLE_MENTION times in it: every passage of a document is about what its title says, so the
    opening passage that repeats the title ("Instelling Kwaliteitscollege Studiekeuze Informatie")
    should not beat, on those words alone, the article that answers in words of its own ("Het
    college wordt ingesteld voor de duur van drie jaar")."""
    k1, b = BM25_K1, BM25_B
    norm = k1 * (1 - b + b * reading.words / stats.mean_words)
    total = 0.0
    for options in plan.options:
        best = 0.0
        for o in options:
            pos = reading.positions.get(o.lang, {})
            score = 0.0
            for t in o.tokens:
                tf = len(pos.get(t, ())) or TITLE_MENTION * (o.lang == "nl" and t in reading.title)
                idf = stats.idf.get((o.lang, t), 0.0)
                if tf:
                    score += idf * tf * (k1 + 1) / (tf + norm)
                if o.lang == "nl" and t in reading.context:
                    score += CONTEXT_BOOST * idf
            best = max(best, score * o.weight)
        total += best
    return total


def concept_share(reading: Reading, plan: Plan, stats: TermStats, weights: list[float] | None = None) -> float:
    """The share of the query a passage holds, each concept weighted by the idf of the words as
    typed (a rare word is most of what was asked, "studenten" little of it). `weights` are the
    plan's `concept_weights`, when the caller has them already (they are the same for every
    candidate)."""
    total = held = 0.0
    for options, weight in zip(plan.options, concept_weights(plan, stats) if weights is None else weights):
        total += weight
        if any(_present(o, reading) for o in options):
            held += weight
    return held / total if total else 1.0


def rerank_factor(reading: Reading, plan: Plan) -> float:
    """How much of the query a passage holds, as a factor on its score.

    Coordination: the share of the query's concepts present (BM25 alone lets a passage that
    repeats one query word outrank one that has them all; an officer typing three words expects
    passages with all three first). A passage holding only stray words of an alternative (a word
    of "Onderwijs, Cultuur en Wetenschap" but not the phrase) has no concept and gets the floor.
    Proximity: neighbouring query words standing together earn a bonus.
    (Coordination weighted by idf, `concept_weights` or its square root, was tried: check unchanged
    or lower, and a passage with one rare concept then beat one holding every concept.)
    """
    hit = sum(max((o.weight for o in options if _present(o, reading)), default=0.0) for options in plan.options)
    n = len(plan.options)
    floor = COORD_FLOOR_ENGLISH if any(o.gloss for options in plan.options for o in options) else COORD_FLOOR
    factor = floor + (1 - floor) * hit / n if n else 1.0
    if plan.pairs:
        pos = reading.positions.get("nl", {})
        near = sum(1 for a, b in plan.pairs if a in pos and b in pos
                   and any(0 < q - p <= PAIR_WINDOW for p in pos[a] for q in pos[b]))
        factor *= 1 + PAIR_BONUS * near / len(plan.pairs)
    return factor


def score_candidates(candidates, plan: Plan, stats: TermStats, parts: dict, extra=None) -> tuple[list, set, float]:
    """Phase two over a backend's candidates, the same for every backend: (score, handle,
    Reading) of each, the keys of the weak ones, and the largest share of the query one holds.

    `candidates` are (key, handle, Reading): the backend's handle on a passage (a Whoosh docnum,
    an OpenSearch hit's source) and a hashable key for it. A score is the passage score (plus
    `extra(key, reading)`, the feedback words' score of a second pass) times the rerank factor. A
    candidate holding less than WEAK_SHARE of the best one's share of the query is weak. `parts`
    keeps each key's (passage score, rerank factor, share) so that a second call over more
    candidates scores only the new ones.
    """
    weights = None
    ranked, shares = [], {}
    for key, handle, reading in candidates:
        got = parts.get(key)
        if got is None:
            if weights is None:
                weights = concept_weights(plan, stats)
            got = parts[key] = (passage_score(reading, plan, stats), rerank_factor(reading, plan),
                                concept_share(reading, plan, stats, weights))
        score, factor, shares[key] = got
        if extra is not None:
            score += extra(key, reading)
        ranked.append((score * factor, handle, reading))
    best = max(shares.values(), default=0.0)
    return ranked, {k for k, share in shares.items() if share < WEAK_SHARE * best}, best


def repeats_last(ranked: list, text_of) -> list:
    """(score, passage, Reading) best first, the same text again moved below every passage that
    says something else: a ruling collection repeats its "IV. Ontvankelijkheid" paragraph in every
    ruling, and three copies would fill a top 5. Only passages whose query words stand at the same
    places, in the same length, with the same of them in their headings, can be copies;
    `text_of(row)` (the backend's stored text) settles it for those few."""
    first, again, seen = [], [], {}
    for r in ranked:
        reading = r[2]
        key = (reading.words, reading.context,
               tuple(sorted((lang, t, tuple(p)) for lang, terms in reading.positions.items() for t, p in terms.items())))
        earlier = seen.setdefault(key, [])
        if earlier:
            text = " ".join((text_of(r) or "").split())
            if any(text == " ".join((text_of(e) or "").split()) for e in earlier):
                again.append(r)
                continue
        earlier.append(r)
        first.append(r)
    return first + again
