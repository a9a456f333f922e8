"""Dutch compound splitting ("decompounding") against a frequency word list.

Dutch writes compounds as one word (studentenwelzijn, toelatingsproef), so
a query "welzijn" misses them unless the index also holds the parts.

Method (after Koehn & Knight 2003, "Empirical methods for compound
splitting"): dynamic programming over the folded word finds the segmentation
into known words (``nl_words.txt``, rank = line number) with the lowest cost
``sum(log(rank) + part_penalty)``, optionally joining parts with the Dutch
linking elements -s-, -e-, -en-.  The split is accepted only if the parts'
mean log-rank beats the whole word's log-rank by ``margin`` (a word absent
from the list has infinite log-rank).  That frequency rule is what keeps
lexicalised words whole: "maatregelen" is far more frequent than "maat" and
"regelen" would predict, "migratieachtergrond" is not.

Guards against false splits, each because the frequency rule alone failed:

* no part may be a stop word, a particle/prefix (onder-wijs, samen-werking,
  uit-voering, mede-werkers are derivations, not compounds) or, as last
  part, a suffix that happens to be a word (gemeenschap-pelijk, vergelijk-
  bare, verbonden-heid);
* parts have >= 4 letters (4-letter parts only if frequent, and with a cost
  penalty), or are one of a few 3-letter content words (wet, rol, dag);
* words shorter than 9 letters are not split, parts shorter than 10 are not
  split further (besturen is not best+uren).

Hierarchy: the result holds the flat parts (mensen, rechten, toets), each
adjacent join of parts that is itself a listed word (mensenrechten), and the
recursive split of every part.  Mid-level parts are kept on purpose: a
query "mensenrechten" should find "mensenrechtentoets".
"""

from __future__ import annotations

import math

from whoosh.analysis import Filter

from polkb.analysis.filters import ConfigState

__all__ = ["CompoundSplitter", "CompoundFilter"]

LINKERS = ("s", "e", "en")

# Separable particles and derivational prefixes: a "part" equal to one of
# these marks a derivation (onderwijs, samenwerking, toegang), not a compound.
PARTICLES = frozenset(
    """aan achter af bij binnen boven buiten door heen in langs mede mee na naar
    neer om omhoog omver onder op over rond samen tegen terug toe tussen uit
    voor vooraf voorbij vooruit voort weer weg ver ont her be ge er vast goed
    overeen tegemoet
    anti inter intra trans super hyper multi mini semi extra ultra pseudo
    post pre pro non des dis mis""".split()
)
# Suffixes (and suffix-like words) that must not be a last part.
SUFFIXES = frozenset(
    """lijk lijke lijken lijks lijkheid baar bare baarheid schap schappen
    heid heden loos loze zaam zame achtig achtige ing ingen ling lingen isch
    ische iteit ster sters aar aars erij erijen ment ments age ages tie ties
    sie sies ant ante ent ente ist isten isme ief ieve eur eurs ier iers
    elijk ring ringen ering sering end ende enden rende tige tig iele atie
    aties tje tjes pje pjes kje kjes dom nis nissen ig ige""".split()
)
# Three-letter words frequent enough to be compound parts; other three-letter
# strings in the word list are mostly function words or fragments (ter, ach).
SHORT_PARTS = frozenset("rol wet dag job app web les top tax net bus kop zin eed gas bod".split())


# False friends seen on the corpus: listed words that mostly occur as the
# start of a derivation (ver-strekken, inge-diende), not as a compound part.
FALSE_PARTS = frozenset(
    "vers inge indica best uren voorne mens kom gens ster bevin lende combi rende aange even neder dien wicht".split()
)


class CompoundSplitter:
    """Pure splitting logic; ``split(word)`` returns the parts (maybe empty).

    ``word`` must already be folded (lower case, no accents).  Results are
    memoised per word.
    """

    def __init__(
        self,
        ranks: dict[str, int],
        stopwords: frozenset[str] = frozenset(),
        min_length: int = 9,
        min_part: int = 4,
        short_part_max_rank: int = 10_000,
        short_part_penalty: float = 1.0,
        max_part_rank: int = 200_000,
        min_sub_length: int = 10,
        part_penalty: float = 3.0,
        linker_penalty: float = 0.5,
        margin: float = 0.5,
        cache_limit: int = 200_000,
    ):
        self.ranks = ranks
        self.stopwords = stopwords
        self.min_length = min_length
        self.min_part = min_part
        self.short_part_max_rank = short_part_max_rank
        self.short_part_penalty = short_part_penalty
        self.min_sub_length = min_sub_length
        self.max_part_rank = max_part_rank
        self.part_penalty = part_penalty
        self.linker_penalty = linker_penalty
        self.margin = margin
        self.cache_limit = cache_limit
        self._cache: dict[str, tuple[str, ...]] = {}
        self._max_part_len = 30

    def _part_cost(self, part: str, rank: int | None = None) -> float | None:
        if rank is None:
            rank = self.ranks.get(part)
        if rank is None or rank > self.max_part_rank:
            return None
        n = len(part)
        if n < self.min_part and part not in SHORT_PARTS:
            return None
        if part in PARTICLES or part in FALSE_PARTS or part in self.stopwords:
            return None
        if n <= self.min_part:
            if rank > self.short_part_max_rank:
                return None
            return math.log(rank + 2) + self.short_part_penalty
        return math.log(rank + 2)

    def segment(self, word: str) -> list[str] | None:
        """Best flat segmentation of ``word`` (parts without linkers) or None."""
        n = len(word)
        inf = math.inf
        cost = [inf] * (n + 1)
        back: list[tuple[int, int] | None] = [None] * (n + 1)  # (part_start, part_end)
        cost[0] = 0.0
        shortest = 3
        ranks = self.ranks
        table_for = getattr(ranks, "table_for", None)  # a Lexicon: one shard per start position
        for i in range(n):
            if cost[i] == inf:
                continue
            base = cost[i] + self.part_penalty
            table = table_for(word[i:]) if table_for is not None else ranks
            for j in range(i + shortest, min(n, i + self._max_part_len) + 1):
                if i == 0 and j == n:
                    continue  # the whole word is not a split
                part = word[i:j]
                rank = table.get(part)
                if rank is None:
                    continue
                pc = self._part_cost(part, rank)
                if pc is None:
                    continue
                if j == n and part in SUFFIXES:
                    continue
                c = base + pc
                if c < cost[j]:
                    cost[j] = c
                    back[j] = (i, j)
                if j < n:
                    for link in LINKERS:
                        k = j + len(link)
                        if k < n and word.startswith(link, j):
                            cl = c + self.linker_penalty
                            if cl < cost[k]:
                                cost[k] = cl
                                back[k] = (i, j)
        if cost[n] == inf:
            return None
        parts = []
        k = n
        while k > 0:
            i, j = back[k]
            parts.append(word[i:j])
            k = i
        parts.reverse()
        return parts

    def _accept(self, word: str, parts: list[str]) -> bool:
        mean = sum(self._part_cost(p) for p in parts) / len(parts)
        whole = self.ranks.get(word)
        whole_cost = math.log(whole + 2) if whole is not None else math.inf
        return mean + self.margin < whole_cost

    def split(self, word: str, _min_length: int | None = None) -> tuple[str, ...]:
        """All parts of ``word`` worth indexing (see module docstring)."""
        if len(word) < (_min_length or self.min_length):
            return ()
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result: tuple[str, ...] = ()
        if word.isalpha():
            parts = self.segment(word)
            if parts and self._accept(word, parts):
                out: dict[str, None] = dict.fromkeys(parts)
                if len(parts) > 2:
                    self._add_joins(word, parts, out)
                for p in parts:
                    for sub in self.split(p, self.min_sub_length):
                        out.setdefault(sub)
                out.pop(word, None)
                result = tuple(out)
        if len(self._cache) >= self.cache_limit:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _add_joins(self, word: str, parts: list[str], out: dict) -> None:
        # Recover each part's span (with its linker) to rebuild joins as written.
        spans, pos = [], 0
        for p in parts:
            start = word.index(p, pos)
            spans.append(start)
            pos = start + len(p)
        spans.append(len(word))
        for a in range(len(parts)):
            for b in range(a + 2, len(parts) + 1):
                if a == 0 and b == len(parts):
                    continue
                # written form up to the end of part b-1 (without trailing linker)
                end = spans[b - 1] + len(parts[b - 1])
                joined = word[spans[a]:end]
                if joined in self.ranks:
                    out.setdefault(joined)


class CompoundFilter(ConfigState, Filter):
    """Emit each long token followed by its compound parts at the same position.

    Index mode only (``mode != "query"``): parts at the same position keep
    phrase queries working, and a query word never needs splitting because
    the index already holds the parts.  Parts share the whole word's
    ``startchar``/``endchar`` so highlighting marks the whole word.  Put the
    stemmer *after* this filter so parts are stemmed like ordinary words.
    Set ``query_parts=True`` to split query words too (the parts replace the
    word: "studentenwelzijn" -> studenten welzijn).
    """

    is_morph = True
    _config = ("min_length", "query_parts", "lang")

    def __init__(self, min_length: int = 9, query_parts: bool = False, lang: str = "nl"):
        self.min_length = min_length
        self.query_parts = query_parts
        self.lang = lang
        self._splitter: CompoundSplitter | None = None

    @property
    def splitter(self) -> CompoundSplitter:
        if self._splitter is None:
            from polkb.analysis.vocabulary import stopwords, word_ranks

            self._splitter = CompoundSplitter(
                word_ranks(), stopwords(self.lang), min_length=self.min_length
            )
        return self._splitter

    def __call__(self, tokens):
        min_length = self.min_length
        splitter = None
        for t in tokens:
            text = t.text
            if len(text) < min_length:
                yield t
                continue
            if splitter is None:
                splitter = self.splitter
            parts = splitter.split(text)
            if t.mode == "query":
                if self.query_parts and parts:
                    top = splitter.segment(text) or parts
                    for p in top:
                        t.text = p
                        yield t
                else:
                    yield t
                continue
            yield t
            for p in parts:
                t.text = p
                yield t
