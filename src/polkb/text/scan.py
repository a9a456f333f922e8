"""The words of a text as vocabularies are matched against it: runs of letters and digits.

`WORD` is the key word of vocabulary and synonym lookups (`polkb.analysis.vocabulary`); `TOKEN` is
the same with a trailing "+" kept ("Erasmus+"), the token of the tag stage's vocabulary scans
(`polkb.tag.entities`). `prepare` folds (`polkb.text.fold.fold_cased`) and tokenises a text once,
for every vocabulary scanned over it. The index's words are another matter: the analysers'
tokenizer (`polkb.analysis.tokenizers.PolicyTokenizer`) keeps numbers, e-mail addresses and
hyphenated words whole, as the index needs them.

Pure functions of the standard library and `polkb.text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .fold import fold_cased

__all__ = ["WORD", "TOKEN", "token_spans", "Prepared", "prepare"]

WORD = re.compile(r"[^\W_]+")
TOKEN = re.compile(r"[^\W_]+\+?")


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every `TOKEN` of `text`."""
    return [m.span() for m in TOKEN.finditer(text)]


@dataclass
class Prepared:
    """A text folded and tokenised once, shared by every vocabulary scan of it: the text folded
    with its case kept and lower-cased (both the text's length, `fold_cased`), the spans of its
    tokens in the cased form, and the tokens of each form."""

    cased: str
    lower: str
    spans: list[tuple[int, int]]
    ctoks: list[str]
    ltoks: list[str]


@lru_cache(maxsize=4)
def prepare(text: str) -> Prepared:
    cased, lower = fold_cased(text)
    spans = token_spans(cased)
    return Prepared(cased, lower, spans, [cased[s:e] for s, e in spans],
                    [lower[s:e] for s, e in spans])
