"""The index terms of a text as a given analyser makes them, folded and remembered: what the
re-ranking and the snippets compare the query's words with. Backend-neutral. `fold_text` (a
text folded to the same length, offsets kept) is `polkb.text.fold.fold_offsets`."""
from __future__ import annotations

import re

from ..text.fold import fold_offsets as fold_text  # noqa: F401  (snippets and ranking import it from here)
from ..text import lazyre

# A word as the snippet and the ranking see it: hashtags and handles kept, inner hyphens,
# apostrophes and decimal separators kept ("STEM-richtingen", "1,5", "2.200.000").
TEXT_WORD = lazyre.compile(r"[#@]?\w(?:[\w'’.,-]*\w)?")
_TERMS_CACHE: dict[tuple[int, str], frozenset] = {}
_CACHED_ANALYZERS: dict[int, object] = {}  # keeps each analyzer alive, so its id is never reused


def word_terms(analyzer, text: str) -> frozenset:
    """The index terms of a word, remembered: snippets re-meet the same words all the time."""
    return remembered(_TERMS_CACHE, 300_000, analyzer, text, _index_terms)


def _index_terms(analyzer, text: str) -> frozenset:
    return frozenset(t.text for t in analyzer(text, mode="index"))


def remembered(cache: dict, limit: int, analyzer, text: str, compute):
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
