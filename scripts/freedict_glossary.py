#!/usr/bin/env python3
"""Convert Debian's FreeDict English-Dutch dictionary into polkb's general glossary file, once.

    apt-get download dict-freedict-eng-nld dict-freedict-nld-eng
    dpkg-deb -x dict-freedict-eng-nld_*.deb fd; dpkg-deb -x dict-freedict-nld-eng_*.deb fd
    python scripts/freedict_glossary.py fd/usr/share/dictd/freedict-eng-nld.dict.dz \
        fd/usr/share/dictd/freedict-nld-eng.dict.dz > src/polkb/data/glossary_general_en_nl.txt

The field glossary (`glossary_en_nl.txt`) names the words of higher-education policy; this one
covers the general English words an officer types around them ("foreign", "approach"), from both directions of FreeDict (the Dutch-English one read
backwards: "verlies => loss" gives "loss => verlies"). FreeDict
lists every sense of a word ("research => speurtocht, speurwerk, exploreren, …, onderzoek"): the
glosses are kept in the order of their frequency in Dutch (polkb's word list), single words before
phrases, rare ones dropped, at most MAX_GLOSSES, so the common sense comes first and a stray one does not flood a query.
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
        if rank <= RARE_RANK and g not in [o for _, _, o in out]:
            out.append((len(words) > 1, rank, g))  # one word before a phrase ("dekken" before "gaan door")
    return [g for _, _, g in sorted(out)[:MAX_GLOSSES]]


def main():
    english_dutch, dutch_english = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None

    def read(path):
        raw = gzip.open(path).read() if path.endswith(".dz") else open(path, "rb").read()
        return raw.decode("utf-8", errors="replace")

    ranks = word_ranks()
    table: dict[str, list[str]] = {}
    for head, glosses in entries(read(english_dutch)):
        key = fold(head)
        if re.fullmatch(r"[a-z][a-z' -]*", key):
            table.setdefault(key, []).extend(glosses)
    if dutch_english:
        for head, glosses in entries(read(dutch_english)):
            for gloss in glosses:
                key = fold(re.sub(r"^to\s+", "", gloss.strip()))
                if re.fullmatch(r"[a-z][a-z' -]*", key) and len(key.split()) <= 2:
                    table.setdefault(key, []).append(head)
    print("# polkb general English -> Dutch glossary (Solr synonym format, one direction).")
    print("# Converted by scripts/freedict_glossary.py from FreeDict English-Dutch 0.2 and Dutch-English")
    print("# 0.2 read backwards (Debian packages dict-freedict-eng-nld and dict-freedict-nld-eng")
    print("# 2022.04.21-1, https://freedict.org/), GNU GPL version 2 or later, like its sources.")
    print("# Glosses in the order of their frequency in Dutch, at most 3. Used after the field glossary")
    print("# (glossary_en_nl.txt), for the words that one does not list.")
    for key in sorted(table):
        targets = chosen(key, table[key], ranks)
        if targets:
            print(f"{key} => {', '.join(targets)}")


if __name__ == "__main__":
    main()
