"""Text analysis for Dutch (and English) higher-education policy texts.

Public API:

* :func:`dutch_analyzer`, :func:`english_analyzer`, :func:`dutch_plain_analyzer`
  – whoosh analyzers for schema fields;
* :func:`fold` – lower-case + accent folding used everywhere text is matched;
* :func:`load_synonyms` – query-time synonym/abbreviation expansion;
* :class:`CompoundSplitter` / :func:`split_compound` – decompounding on its own.
"""

from polkb.analysis.analyzers import dutch_analyzer, dutch_plain_analyzer, english_analyzer
from polkb.analysis.compounds import CompoundFilter, CompoundSplitter
from polkb.analysis.filters import FoldFilter, SnowballFilter, StopFilter, fold
from polkb.analysis.vocabulary import Segment, Synonyms, load_synonyms
from polkb.analysis.tokenizers import PolicyTokenizer

__all__ = [
    "dutch_analyzer",
    "dutch_plain_analyzer",
    "english_analyzer",
    "fold",
    "load_synonyms",
    "Synonyms",
    "Segment",
    "split_compound",
    "CompoundSplitter",
    "CompoundFilter",
    "FoldFilter",
    "SnowballFilter",
    "StopFilter",
    "PolicyTokenizer",
]


_FILTER = CompoundFilter()


def split_compound(word: str) -> tuple[str, ...]:
    """Compound parts of ``word`` (folded first); empty tuple if not a compound."""
    folded = fold(word)
    if len(folded) < _FILTER.min_length:
        return ()  # short words are never split: no need to load the word list
    return _FILTER.splitter.split(folded)
