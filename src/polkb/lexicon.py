"""The shipped Dutch word list, shared by the stages that need to know what a Dutch word is.

Reading uses it to repair words that text extraction broke with a hyphen ("oplei-dingen"), analysis
uses it to split compounds. Source and licence: polkb/data/README.md.
"""
from __future__ import annotations

import functools
import unicodedata
from importlib import resources


COMMON_RANK = 30000


def data_text(name: str) -> str:
    """Text of a file in the ``polkb/data`` package folder."""
    return resources.files("polkb").joinpath("data", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def word_ranks() -> dict[str, int]:
    """Folded Dutch word -> frequency rank (0 = most frequent), from nl_words.txt."""
    words = data_text("nl_words.txt").split()
    return dict(zip(words, range(len(words))))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def is_word(word: str) -> bool:
    return _fold(word) in word_ranks()


def is_broken_word(left: str, right: str) -> bool:
    """True when `left-right` is one word split by a stray hyphen, not a real hyphenated word.

    Extracted text keeps hyphens from line ends that are gone ("oplei-dingen", "onder-wijs"). The
    joined form is a known word, or a compound of two known words whose seam lies inside the left
    part ("spookoplei|dingen" = "spook" + "opleidingen"); real hyphenations ("niet-werkstudenten",
    "café-overleg", "studie-efficiëntie") fail both tests.
    """
    if len(left) < 2 or len(right) < 2:
        return False
    joined = _fold(left + right)
    ranks = word_ranks()
    left_is_word = _fold(left) in ranks and len(left) >= 3
    if joined in ranks:
        # two real words joined by a hyphen ("sociaal-economisch") stay, unless the joined form
        # is an everyday word ("onder-wijs")
        both_words = left_is_word and _fold(right) in ranks and len(right) >= 3
        return not both_words or ranks[joined] < COMMON_RANK
    return not left_is_word and any(joined[:k] in ranks and joined[k:] in ranks
                                    for k in range(3, len(left)))
