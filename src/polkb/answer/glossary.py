"""English words to the Dutch words polkb's passages use, from the shipped field glossary.

The glossary (`data/glossary_en_nl.txt`) is in Solr synonym format (``english => dutch, …``) so an
OpenSearch index can load the same file. An English question is not translated as a sentence:
each content word is mapped to its Dutch glosses, which then take part in the search and in the
coverage of the evidence like the question's own words would.
"""
from __future__ import annotations

import functools
import re

from ..analysis.filters import fold
from ..lexicon import data_text

GLOSSARY_FILE = "glossary_en_nl.txt"


def _key(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


@functools.lru_cache(maxsize=1)
def glossary() -> dict[str, list[str]]:
    """English key (folded) -> Dutch glosses, as the file lists them (the key itself included when
    the Dutch word is spelled the same: "student => student, studenten")."""
    table: dict[str, list[str]] = {}
    for raw in data_text(GLOSSARY_FILE).splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=>" not in line:
            continue
        lhs, rhs = line.split("=>", 1)
        targets = [t.strip() for t in rhs.split(",") if t.strip()]
        for source in lhs.split(","):
            glosses = table.setdefault(_key(source), [])
            glosses.extend(t for t in targets if t not in glosses)
    return table


@functools.lru_cache(maxsize=1)
def _longest_key() -> int:
    return max((k.count(" ") + 1 for k in glossary()), default=1)


def _singulars(word: str) -> list[str]:
    w = fold(word)
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 4:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    return out


def to_dutch(word: str) -> list[str]:
    """Dutch glosses of one English word or phrase ([] when the glossary has none)."""
    table = glossary()
    for form in _singulars(_key(word)):
        found = table.get(form)
        if found:
            return list(found)
    return []


def phrases_to_dutch(text: str) -> list[tuple[str, list[str]]]:
    """The longest glossary entries found in an English text, with their Dutch glosses, in order.
    Multi-word entries win over their words ("mental health" -> "mentaal welzijn")."""
    table = glossary()
    words = re.findall(r"[\w'-]+", text)
    longest = _longest_key()
    out = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            chunk = " ".join(words[i:i + n])
            found = table.get(_key(chunk), []) if n > 1 else to_dutch(chunk)
            if found or n == 1:
                out.append((chunk, found))
                i += n
                break
    return out
