"""Loading of the shipped vocabulary files in ``polkb/data``.

All loaders are memoised per process: the word list (~200k words) is read
once, on the first long token the compound splitter sees, in a few tens of
milliseconds.  See ``polkb/data/README.md`` for the files' sources and
licences.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

# the word list, the stop words and the synonym-file parser live with the word list, shared with
# the read and tag stages (which do not import the analysers); they are re-exported here
from polkb.lexicon import data_text, stopwords, synonym_rules, word_ranks
from polkb.text.fold import fold
from polkb.text.scan import WORD as _KEY_WORD

__all__ = ["data_text", "word_ranks", "stopwords", "Synonyms", "Segment", "load_synonyms", "synonym_key"]


# --------------------------------------------------------------------------
# Synonyms (query time only: growing the vocabulary never requires a reindex)
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def synonym_key(text: str) -> str:
    """Matching key: folded words joined by one space (punctuation, hyphens ignored).
    Remembered: a query tries every span of its words against the vocabulary."""
    return " ".join(_KEY_WORD.findall(fold(text)))


# an abbreviation in the plural ("AIOs", "UD's", "PhD's" not: its letters are not all capitals):
# the vocabulary lists the singular
_ABBREVIATION_PLURAL = re.compile(r"^([A-Z][A-Z0-9]+)(?:['’]s|s)$")


def _singular(word: str) -> str:
    """The abbreviation a plural spells ("AIOs" -> "AIO"), else ""."""
    m = _ABBREVIATION_PLURAL.match(word.strip())
    return m.group(1) if m else ""


@dataclass(frozen=True)
class Segment:
    """A span of query text and its alternative phrasings (may be empty)."""

    text: str
    start: int
    end: int
    alternatives: tuple[str, ...] = ()


@dataclass
class Synonyms:
    """Solr-style synonym table: ``a, b, c`` equivalences, ``x => y`` mappings.

    Lookup is case- and accent-insensitive; alternatives are returned as
    written in the file (multi-word ones are phrases for the query layer).
    """

    table: dict[str, list[str]] = field(default_factory=dict)
    max_words: int = 1

    @classmethod
    def parse(cls, text: str) -> "Synonyms":
        syn = cls()
        for sources, targets in synonym_rules(text):
            for s in sources:
                syn._add(s, sources if targets is None else targets)
        return syn

    def _add(self, source: str, targets: list[str]) -> None:
        key = synonym_key(source)
        if not key:
            return
        alts = self.table.setdefault(key, [])
        known = {synonym_key(a) for a in alts} | {key}
        for tgt in targets:
            k = synonym_key(tgt)
            if k and k not in known:
                alts.append(tgt)
                known.add(k)
        self.max_words = max(self.max_words, key.count(" ") + 1)

    def expand(self, phrase: str) -> list[str]:
        """Alternative phrasings of exactly ``phrase`` (itself excluded); [] if none. An
        abbreviation in the plural has its singular's ("AIOs": "assistent in opleiding")."""
        alts = self.table.get(synonym_key(phrase)) or self.table.get(synonym_key(_singular(phrase)), ())
        return list(alts)

    def segments(self, text: str) -> list[Segment]:
        """Cover ``text`` with segments, longest synonym entries matched greedily.

        Unmatched words come back as one-word segments without alternatives,
        so the query layer can build ``(segment OR alt1 OR "alt 2") ...``.
        """
        words = [(m.group(), m.start(), m.end()) for m in _KEY_WORD.finditer(text)]
        folded = [fold(w) for w, _, _ in words]
        out: list[Segment] = []
        i = 0
        while i < len(words):
            for n in range(min(self.max_words, len(words) - i), 0, -1):
                alts = self.table.get(" ".join(folded[i : i + n]))
                if not alts and n == 1 and (single := _singular(words[i][0])):
                    alts = self.table.get(synonym_key(single))
                if alts or n == 1:
                    start, end = words[i][1], words[i + n - 1][2]
                    out.append(Segment(text[start:end], start, end, tuple(alts or ())))
                    i += n
                    break
        return out


@functools.lru_cache(maxsize=None)
def load_synonyms(name: str = "synonyms.txt") -> Synonyms:
    """The shipped synonym table (memoised; treat as read-only)."""
    return Synonyms.parse(data_text(name))
