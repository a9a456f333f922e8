"""Token filters for polkb's analyzers (whoosh ``Filter`` style).

Every filter is a generator over whoosh's *reused* Token: it rewrites
``t.text`` and yields, never keeps or lists the stream.  Per-word work
(folding, stemming) is memoised in plain dicts because an ingest analyses
hundreds of thousands of passages with a small vocabulary.

Filters are pickled into the Whoosh schema, so caches and native objects
(PyStemmer) are dropped in ``__getstate__`` and rebuilt lazily; equality
compares configuration only (Whoosh compares schemas field by field).
"""

from __future__ import annotations

from whoosh.analysis import Filter

from polkb.text.fold import fold  # re-exported: polkb.analysis.fold, polkb.analysis.filters.fold

__all__ = ["fold", "FoldFilter", "StopFilter", "SnowballFilter", "ConfigState"]

_CACHE_LIMIT = 200_000


class ConfigState:
    """Mixin: pickle and compare only the attributes named in ``_config``."""

    _config: tuple[str, ...] = ()

    def __getstate__(self):
        return {k: self.__dict__[k] for k in self._config}

    def __setstate__(self, state):
        self.__init__(**state)

    def __eq__(self, other):
        return type(self) is type(other) and self.__getstate__() == other.__getstate__()

    def __hash__(self):
        return hash((type(self).__name__,) + tuple(repr(v) for v in self.__getstate__().values()))

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.__getstate__().items())
        return f"{type(self).__name__}({args})"


class FoldFilter(ConfigState, Filter):
    """Lower-case, accent-fold (`polkb.text.fold.fold`) and drop a possessive/plural ``'s``.

    ``Diploma's`` -> ``diploma``, ``student's`` -> ``student``: Dutch writes
    the plural of words ending in a long vowel with an apostrophe, and the
    stemmers do not know it.  Tokens that fold to nothing are dropped.
    """

    _config = ("strip_apostrophe_s",)

    def __init__(self, strip_apostrophe_s: bool = True):
        self.strip_apostrophe_s = strip_apostrophe_s
        self._cache: dict[str, str] = {}

    def _fold(self, text: str) -> str:
        out = fold(text)
        if "'" in out:
            if self.strip_apostrophe_s and out.endswith("'s") and len(out) > 2:
                out = out[:-2]
            out = out.strip("'")
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[text] = out
        return out

    def __call__(self, tokens):
        cache = self._cache
        for t in tokens:
            text = cache.get(t.text)
            if text is None:
                text = self._fold(t.text)
            if text:
                t.text = text
                yield t


class StopFilter(ConfigState, Filter):
    """Remove stop words from a shipped list (language code or explicit words).

    Unlike whoosh's StopFilter there is no minimum length, so numbers such as
    "3" survive, and no language list is merged in implicitly.  Like whoosh's
    ``renumber=True``, positions close up over removed stop words, so the
    phrase "welzijn van studenten" (parsed without positions) still matches.
    A stop word sharing its position with a kept token (the "niet" of the
    hyphenated "niet-EU") frees no position.  With
    ``removestops=False`` (whoosh passes this for some queries) stopped tokens
    are yielded with ``t.stopped = True``.
    """

    _config = ("lang", "extra")

    def __init__(self, lang: str = "nl", extra: tuple[str, ...] = ()):
        self.lang = lang
        self.extra = tuple(extra)
        self._stops: frozenset[str] | None = None

    @property
    def stops(self) -> frozenset[str]:
        if self._stops is None:
            from polkb.analysis.vocabulary import stopwords

            self._stops = stopwords(self.lang) | frozenset(self.extra)
        return self._stops

    def __call__(self, tokens):
        stops = self.stops
        removed = 0  # positions freed by removed stop words
        last_pos = None  # original position of the last token seen
        for t in tokens:
            if t.text in stops:
                if not t.removestops:
                    t.stopped = True
                    yield t
                elif t.positions and t.pos != last_pos:
                    removed += 1
                    last_pos = t.pos
            else:
                t.stopped = False
                if t.positions:
                    last_pos = t.pos
                    t.pos -= removed
                yield t


class SnowballFilter(ConfigState, Filter):
    """Stem with PyStemmer's Snowball algorithms, memoised per word.

    ``algorithm`` is any name in ``Stemmer.algorithms()`` ("dutch",
    "dutch_porter", "english", ...).  Tokens containing digits, "@" or "."
    (numbers, e-mail addresses) are passed through unchanged.
    """

    is_morph = True
    _config = ("algorithm", "verb_forms", "noun_forms")

    def __init__(self, algorithm: str = "dutch", verb_forms: bool = False, noun_forms: bool = False):
        # ``verb_forms``: a Dutch verb form stems as its infinitive ("bewaard" as "bewaren", see
        # polkb.lexicon.verb_forms). ``noun_forms``: an inflected noun or adjective stems as its
        # base form ("sectoren" as "sector", "grote" as "groot", polkb.lexicon.noun_forms). Both off by default, so that
        # an index written before a list existed (its pickled filter has no such setting) keeps
        # analysing queries as it did.
        self.algorithm = algorithm
        self.verb_forms = verb_forms
        self.noun_forms = noun_forms
        self._stem = None
        self._overrides: dict[str, str] = {}
        self._cache: dict[str, str] = {}

    def _stem_word(self, text: str) -> str:
        if self._stem is None:
            import Stemmer

            self._stem = Stemmer.Stemmer(self.algorithm).stemWord
            from polkb.lexicon import noun_forms, verb_forms

            # (getattr: a filter pickled before noun_forms existed has no such attribute)
            self._overrides = {**(verb_forms() if self.verb_forms else {}),
                               **(noun_forms() if getattr(self, "noun_forms", False) else {})}
        if text.isalpha():
            out = self._overrides.get(text) or self._stem(text) or text
        else:
            out = text
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[text] = out
        return out

    def __call__(self, tokens):
        cache = self._cache
        for t in tokens:
            stem = cache.get(t.text)
            if stem is None:
                stem = self._stem_word(t.text)
            t.text = stem
            yield t
