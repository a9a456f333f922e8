#!/usr/bin/env python3
"""Convert Open Dutch WordNet, through Princeton WordNet 3.0, into polkb's third glossary file, once.

    apt-get install wordnet-base        # Princeton WordNet 3.0: /usr/share/wordnet
    git clone https://github.com/omwn/omw-data   # Open Multilingual Wordnet data, wns/nld
    python scripts/wordnet_glossary.py /usr/share/wordnet omw-data/wns/nld/wn-data-nld.tab \
        > src/polkb/data/glossary_wordnet_en_nl.txt

Why: the field glossary and FreeDict (glossary_en_nl.txt, glossary_general_en_nl.txt) leave
common English words of policy questions without a Dutch word ("biology", "incident",
"taxation", "confidentiality", "respondent", "scenario"), and an English question word without
a gloss finds nothing and counts against every passage's coverage. Open Dutch WordNet links its
Dutch lemmas to Princeton WordNet's synsets; an English lemma's glosses are the Dutch lemmas of
its synsets, its commonest sense first (the order of WordNet's index files), single words before
phrases, archaic ones (rarer than RARE_RANK in polkb's Dutch word list) dropped, at most
MAX_GLOSSES. polkb reads this file after the other two, for the words they do not list, and for
the nouns in -ing whose verb they list ("screening" beside "screen": glossary.to_dutch gives the
verb's glosses, then the noun's).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from polkb.analysis import glossary as earlier_glossaries
from polkb.lexicon import word_ranks

MAX_GLOSSES = 3
SENSES = 3          # an English lemma's first senses (of each part of speech) that give glosses
RARE_RANK = 60_000  # a gloss rarer than this in Dutch is an archaic or odd sense
# nouns and adjectives only: Open Dutch WordNet links few verbs, and those by rare senses ("refer"
# as "toebehoren"), while the verbs of a question ("refer", "apply") are mostly its frame
POS = (("noun", "n"), ("adj", "a"))


def dutch_lemmas(tab: str) -> dict[str, list[str]]:
    """Synset id ("02827950-a") -> its Dutch lemmas, from an OMW wn-data tab file."""
    out: dict[str, list[str]] = {}
    for line in tab.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 3 and parts[1].endswith(":lemma"):
            out.setdefault(parts[0], []).append(parts[2].strip())
    return out


def senses(index_text: str, pos: str):
    """(English lemma, [synset ids, commonest first]) from a WordNet index file: "lemma pos
    synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…"."""
    for line in index_text.splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        # an adjective satellite is filed under "-s" in WordNet but "-a" in OMW
        yield lemma.replace("_", " "), [f"{o}-{pos}" for o in fields[-count:]]


def glosses(candidates: list[str], ranks: dict[str, int]) -> list[str]:
    """The Dutch words to keep, in sense order: known and not archaic, single words first."""
    seen, single, phrases = set(), [], []
    for word in candidates:
        key = word.lower()
        if key in seen:
            continue
        seen.add(key)
        words = key.split()
        if any(ranks.get(w, RARE_RANK + 1) > RARE_RANK for w in words):
            continue
        (single if len(words) == 1 else phrases).append(word)
    return (single + phrases)[:MAX_GLOSSES]


def main() -> None:
    wordnet, tab = Path(sys.argv[1]), Path(sys.argv[2])
    dutch = dutch_lemmas(tab.read_text(encoding="utf-8"))
    ranks = word_ranks()
    # only the words the general glossary lacks are written: polkb reads this file after it, and
    # a smaller file parses faster.
    # the field glossary's words are written too (polkb reads the field glossary first, so its
    # glosses win): without them, measuring how polkb does on words the field glossary lacks (its
    # entries left out) would leave those words with no gloss at all. Not another form of a field
    # word, though ("provisions", "implemented"): polkb would find it before the field's "provision"
    earlier_glossaries.GLOSSARY_FILES = ("glossary_en_nl.txt",)
    field = earlier_glossaries._parse()[0]
    earlier_glossaries.GLOSSARY_FILES = ("glossary_general_en_nl.txt",)
    known = earlier_glossaries._parse()[0]
    table: dict[str, list[str]] = {}
    for name, pos in POS:
        for lemma, synsets in senses((wordnet / f"index.{name}").read_text(encoding="latin-1"), pos):
            if not re.fullmatch(r"[a-z][a-z'-]+[a-z]", lemma):
                # names ("Amsterdam"), numbers and single letters stay as typed; a phrase ("board
                # member") is left to the glosses of its words, which the earlier glossaries know
                # better than WordNet's one sense of the whole
                continue
            found = [d for s in synsets[:SENSES] for d in dutch.get(s, [])]
            table.setdefault(lemma, []).extend(found)
    print("# polkb English -> Dutch glossary from WordNet (Solr synonym format, one direction).")
    print("# Converted by scripts/wordnet_glossary.py from Open Dutch WordNet (Postma et al. 2016, as")
    print("# released in the Open Multilingual Wordnet data, github.com/omwn/omw-data wns/nld, CC BY-SA 4.0)")
    print("# through Princeton WordNet 3.0 (Debian wordnet-base 3.0; WordNet licence: Princeton University).")
    print("# Like Open Dutch WordNet, this file may be used under CC BY-SA 4.0 with attribution.")
    print(f"# An English lemma's Dutch glosses from its first {SENSES} senses per part of speech, commonest first, at most")
    print(f"# {MAX_GLOSSES}. Used after glossary_en_nl.txt and glossary_general_en_nl.txt, for the words they do not list")
    print("# and for the nouns in -ing whose verb they list (added to the general glossary's verb's glosses).")
    print("# Lists the field glossary's words too (that file is read first and wins), so that polkb can be")
    print("# measured with field entries left out, as on English words nobody wrote an entry for.")
    for lemma in sorted(table):
        kept = glosses(table[lemma], ranks)
        # a noun in -ing is a word of its own ("screening", "accounting", "reporting"), though the
        # earlier glossaries know its verb: polkb adds its glosses to the general glossary's verb's
        if kept and (lemma not in known if lemma.endswith("ing") else
                     not any(form in known for form in earlier_glossaries._singulars(lemma))) \
                and (lemma in field or not any(form in field for form in earlier_glossaries._singulars(lemma))):
            print(f"{lemma} => {', '.join(kept)}")


if __name__ == "__main__":
    main()
