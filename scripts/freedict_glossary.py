#!/usr/bin/env python3
"""Convert Debian's FreeDict English-Dutch dictionary into polkb's general glossary file, once.

    apt-get download dict-freedict-eng-nld && dpkg-deb -x dict-freedict-eng-nld_*.deb fd
    python scripts/freedict_glossary.py fd/usr/share/dictd/freedict-eng-nld.dict.dz \
        > src/polkb/data/glossary_general_en_nl.txt

The field glossary (`glossary_en_nl.txt`) names the words of higher-education policy; this one
covers the general English words an officer types around them ("foreign", "approach"). FreeDict
lists every sense of a word ("research => speurtocht, speurwerk, exploreren, …, onderzoek"): the
glosses are kept in the order of their frequency in Dutch (polkb's word list), rare ones dropped,
at most MAX_GLOSSES, so the common sense comes first and a stray one does not flood a query.
"""
from __future__ import annotations

import gzip
import re
import sys

from polkb.analysis import fold
from polkb.lexicon import word_ranks

MAX_GLOSSES = 3
RARE_RANK = 60_000  # a gloss rarer than this in Dutch is an archaic or odd sense
HEADWORD = re.compile(r"^(\S.*?)\s+/[^/]*/\s*$")


def entries(text: str):
    """(headword, [glosses]) of a dictd FreeDict text: a headword line with its pronunciation,
    then sense lines ("1. a, b" or "a, b")."""
    head, glosses = None, []
    for line in text.splitlines():
        m = HEADWORD.match(line)
        if m:
            if head:
                yield head, glosses
            head, glosses = m.group(1).strip(), []
        elif head and line.strip():
            sense = re.sub(r"^\s*\d+\.\s*", "", line.strip())
            glosses += [g.strip() for g in sense.split(",") if g.strip()]
    if head:
        yield head, glosses


def chosen(head: str, glosses: list[str], ranks) -> list[str]:
    out = []
    for g in glosses:
        g = g.replace("ĳ", "ij")
        words = fold(g).split()
        if not words or len(words) > 2 or any(not w.isalpha() for w in words):
            continue
        rank = max(ranks.get(w) if ranks.get(w) is not None else RARE_RANK + 1 for w in words)
        if rank <= RARE_RANK and g not in [o for _, o in out]:
            out.append((rank, g))
    return [g for _, g in sorted(out)[:MAX_GLOSSES]]


def main():
    path = sys.argv[1]
    raw = gzip.open(path).read() if path.endswith(".dz") else open(path, "rb").read()
    ranks = word_ranks()
    print("# polkb general English -> Dutch glossary (Solr synonym format, one direction).")
    print("# Converted by scripts/freedict_glossary.py from FreeDict English-Dutch 0.2 (Debian package")
    print("# dict-freedict-eng-nld 2022.04.21-1, https://freedict.org/), GNU GPL version 2 or later,")
    print("# like its source. Glosses in the order of their frequency in Dutch, at most 3. Used after")
    print("# the field glossary (glossary_en_nl.txt), for the words that one does not list.")
    seen = set()
    for head, glosses in entries(raw.decode("utf-8", errors="replace")):
        key = fold(head)
        if key in seen or not re.fullmatch(r"[a-z][a-z' -]*", key):
            continue
        targets = chosen(head, glosses, ranks)
        if targets:
            seen.add(key)
            print(f"{key} => {', '.join(targets)}")


if __name__ == "__main__":
    main()
