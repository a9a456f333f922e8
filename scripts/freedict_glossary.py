#!/usr/bin/env python3
"""Convert Debian's FreeDict English-Dutch dictionary into polkb's general glossary file, once.

    apt-get download dict-freedict-eng-nld dict-freedict-nld-eng wamerican
    for d in dict-freedict-*.deb wamerican_*.deb; do dpkg-deb -x $d fd; done
    python scripts/freedict_glossary.py fd/usr/share/dictd/freedict-eng-nld.dict.dz \
        fd/usr/share/dictd/freedict-nld-eng.dict.dz fd/usr/share/dict/american-english \
        corpus > src/polkb/data/glossary_general_en_nl.txt

(The English word list, Debian's wamerican 2020.12.07-2, only tells a glued phrasal verb of the
Dutch-English side, "dealwith", from an English word, "begin"; nothing of it is copied.)

The field glossary (`glossary_en_nl.txt`) names the words of higher-education policy; this one
covers the general English words an officer types around them ("foreign", "approach"), from both directions of FreeDict (the Dutch-English one read
backwards: "verlies => loss" gives "loss => verlies"). FreeDict
lists every sense of a word ("research => speurtocht, speurwerk, exploreren, …, onderzoek"): the
glosses are kept in the order of their frequency in Dutch (polkb's word list), single words before
phrases, rare ones dropped, at most MAX_GLOSSES, so the common sense comes first and a stray one does not flood a query.

General Dutch frequency is not the frequency of policy text: "transfer" is "overdracht" there,
"alteration" "wijziging", "abrogation" "intrekking", senses the three commonest glosses miss. The
folders of policy documents named after the word list (the shipped corpus/, read by polkb's
readers; not the evaluation corpus, whose documents would then tune the glossary) add up to
MAX_POLICY_GLOSSES more single-word glosses that they use at least POLICY_MIN times, commonest
there first. Measured over all evaluation sets (bench/all_sets.py): questions answered right,
tune 499 -> 500, held-out 244 -> 245; passage search unchanged but for one tune query (2nd -> 3rd).
Counting ../shared/realcorpus too (threshold 20) measured the same, but its documents are also
evaluation documents.
"""
from __future__ import annotations

import gzip
import re
import sys

from polkb.analysis import fold
from polkb.lexicon import word_ranks

MAX_GLOSSES = 3
MAX_POLICY_GLOSSES = 2
POLICY_MIN = 10  # times the policy texts use a gloss for it to be added
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


_PARTICLE = re.compile(r"([a-z]{3,}?)(with|to|for|on|in|up|out|off|of|away|down|over|back|into|about|at|through|by|"
                       r"around|along|apart|aside)")


def unglue(key: str, english_heads: set[str], english_words: set[str]) -> str:
    """The Dutch-English FreeDict writes English phrasal verbs without their space ("aanpakken:
    dealwith, tackle", "aanpappen: chumup"): a gloss of a Dutch verb that is no English word but
    an English word of three letters or more and a particle is that phrase ("deal with"). An
    English word stays ("begin", "discover", "within"), and so does one the English-Dutch side
    lists ("pickup")."""
    if " " in key or key in english_heads or key in english_words:
        return key
    m = _PARTICLE.fullmatch(key)
    return f"{m.group(1)} {m.group(2)}" if m and m.group(1) in english_words else key


def chosen(head: str, glosses: list[str], ranks, policy=None) -> list[str]:
    """The glosses to keep: the MAX_GLOSSES commonest in Dutch, then those `policy` (folded word ->
    count in policy texts) counts POLICY_MIN times or more, commonest there first."""
    policy = policy or {}
    out = []
    for g in glosses:
        g = g.replace("ĳ", "ij")
        words = fold(g).split()
        if not words or len(words) > 2 or any(not w.isalpha() for w in words):
            continue
        rank = max(ranks.get(w) if ranks.get(w) is not None else RARE_RANK + 1 for w in words)
        if rank <= RARE_RANK and g not in [o for _, _, o in out]:
            out.append((len(words) > 1, rank, g))  # one word before a phrase ("dekken" before "gaan door")
    first = [g for _, _, g in sorted(out)[:MAX_GLOSSES]]
    used = sorted((-policy.get(fold(g), 0), rank, g) for phrase, rank, g in out
                  if not phrase and g not in first and policy.get(fold(g), 0) >= POLICY_MIN)
    return first + [g for _, _, g in used[:MAX_POLICY_GLOSSES]]


def policy_counts(folders: list[str]) -> dict[str, int]:
    """Folded word -> how often the documents in `folders` use it."""
    import collections
    from pathlib import Path

    from polkb.read import read_file

    counts: collections.Counter = collections.Counter()
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if not path.is_file() or path.name in ("SOURCES.md", "README.md"):
                continue
            try:
                blocks = read_file(path).blocks
            except Exception as e:  # a file polkb cannot read counts for nothing
                print(f"skipped {path}: {e}", file=sys.stderr)
                continue
            for block in blocks:
                counts.update(fold(w) for w in re.findall(r"[^\W\d_]+", block.text))
    return counts


def main():
    english_dutch, dutch_english = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None
    word_list = sys.argv[3] if len(sys.argv) > 3 else None
    policy = policy_counts(sys.argv[4:])

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
        english_heads = set(table)
        backwards = [(head, fold(re.sub(r"^to\s+", "", gloss.strip())))
                     for head, glosses in entries(read(dutch_english)) for gloss in glosses]
        english_words = {w.strip().lower() for w in open(word_list, encoding="utf-8")} if word_list else set()
        for head, key in backwards:
            if english_words:
                key = unglue(key, english_heads, english_words)
            if re.fullmatch(r"[a-z][a-z' -]*", key) and len(key.split()) <= 2:
                table.setdefault(key, []).append(head)
    print("# polkb general English -> Dutch glossary (Solr synonym format, one direction).")
    print("# Converted by scripts/freedict_glossary.py from FreeDict English-Dutch 0.2 and Dutch-English")
    print("# 0.2 read backwards (Debian packages dict-freedict-eng-nld and dict-freedict-nld-eng")
    print("# 2022.04.21-1, https://freedict.org/), GNU GPL version 2 or later, like its sources.")
    print("# Glosses in the order of their frequency in Dutch, at most 3, then at most 2 more that")
    print("# policy texts use often. Used after the field glossary (glossary_en_nl.txt), for the words")
    print("# that one does not list.")
    for key in sorted(table):
        targets = chosen(key, table[key], ranks, policy)
        if targets:
            print(f"{key} => {', '.join(targets)}")


if __name__ == "__main__":
    main()
