"""The analyzers polkb's schema uses, built from whoosh-composable parts.

Both analyzers share the tokenizer and folding, so numbers, e-mail addresses
and hyphenated words behave the same in Dutch and English fields.  The
chains are module-level functions so the pickled schema refers to stable
classes (``polkb.analysis.*``) and re-creates heavy state on first use.
"""

from __future__ import annotations

from polkb.analysis.compounds import CompoundFilter
from polkb.analysis.filters import FoldFilter, SnowballFilter, StopFilter
from polkb.analysis.tokenizers import PolicyTokenizer

__all__ = ["dutch_analyzer", "english_analyzer", "dutch_plain_analyzer"]


def dutch_analyzer(stem_algorithm: str = "dutch", compounds: bool = True, min_compound_length: int = 9):
    """Tokenize | fold | Dutch stop words | compound parts | Snowball stem (a verb form as its
    infinitive: "bewaard" as "bewaren").

    ``stem_algorithm``: "dutch" (Snowball 3's stemmer, based on Kraaij-Pohlmann), "dutch_porter"
    (the original Porter-style Snowball Dutch, which PyStemmer 2 called "dutch"), or None for no
    stemming. The verb forms (nl_verb_forms.txt) and the inflected nouns and adjectives
    (nl_noun_forms.txt: "sectoren", "grote") map to Snowball 3 "dutch" stems.
    """
    chain = PolicyTokenizer("procent") | FoldFilter() | StopFilter("nl")
    if compounds:
        chain = chain | CompoundFilter(min_length=min_compound_length)
    if stem_algorithm:
        chain = chain | SnowballFilter(stem_algorithm, verb_forms=True, noun_forms=True)
    return chain


def dutch_plain_analyzer():
    """Non-morphological Dutch chain (no compounds, no stemming): exact-ish matching."""
    return PolicyTokenizer("procent") | FoldFilter() | StopFilter("nl")


def english_analyzer(stem_algorithm: str = "english"):
    """Tokenize | fold | English stop words | Snowball English stem."""
    chain = PolicyTokenizer("percent") | FoldFilter() | StopFilter("en")
    if stem_algorithm:
        chain = chain | SnowballFilter(stem_algorithm)
    return chain
