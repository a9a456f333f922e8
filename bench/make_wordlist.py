"""Rebuild ``src/polkb/data/nl_words.txt`` from wordfreq's Dutch "large" list.

Dev-time only: wordfreq is not a runtime dependency of polkb.  The output is
one word per line, most frequent first; the line number is the word's rank,
which the compound splitter uses as its frequency evidence.

Words are lower-cased and accent-folded with :func:`polkb.analysis.fold` (the
same folding the analyzers apply), kept only if purely alphabetic and at least
3 characters long; a folded duplicate keeps its best rank.

Usage:  python bench/make_wordlist.py [--limit 200000] [--out PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from polkb.analysis.filters import fold

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "polkb" / "data" / "nl_words.txt"


def build(limit: int) -> list[str]:
    import wordfreq  # dev-only dependency

    seen: set[str] = set()
    out: list[str] = []
    for bucket in wordfreq.get_frequency_list("nl", wordlist="large"):
        for word in bucket:
            w = fold(word)
            if len(w) < 3 or not w.isalpha() or not w.isascii() or w in seen:
                continue
            seen.add(w)
            out.append(w)
            if len(out) >= limit:
                return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200_000)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    words = build(args.limit)
    args.out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {args.out}")


if __name__ == "__main__":
    main()
