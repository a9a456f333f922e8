#!/usr/bin/env python3
"""Write polkb's list of countries and the words of their nationality (data/nationalities.txt), once.

    apt-get install iso-codes wordnet-base   # ISO 3166 names with their Dutch translations; WordNet 3.0
    python scripts/nationality_words.py /usr/share/wordnet > src/polkb/data/nationalities.txt

Why: a question names a country where the passage has its adjective: "doelgroep Canada" and
"studenten met de Canadese nationaliteit", "arts Oekraïne" and "een Oekraïense arts". No glossary
links the two words, and Dutch stemming keeps them apart ("canada", "canades").

How: Princeton WordNet 3.0 links an English adjective of nationality to its country by a pertainym
pointer ("Swiss" -> "Switzerland", "Canadian" -> "Canada": data.adj, pointer "\\"); ISO 3166-1 as
Debian's iso-codes ships it gives the country's Dutch name (its English name, common name or
official name is WordNet's noun: "Switzerland" -> "Zwitserland"), and polkb's own field list of
countries and regions (countries.txt: "Flanders" -> "Vlaanderen") the others. The Dutch
adjective is a Dutch gloss of the English one in polkb's glossaries ("Swiss" -> "Zwitsers",
"Zwitser") that starts as a word of the Dutch name does (three letters: "Brits" and
"Groot-Brittannië", not "knippen" of "Polish"), with its inflected form in -e where polkb's Dutch
word list ranks it among its RARE_RANK commonest words ("Zwitserse", "Canadese": `polkb.analysis.inflection.adjective_forms`). Each
line is a Solr mapping, one way: the Dutch name(s) of the country => its Dutch adjectives (a
query naming a country wants its adjective too, "Canada" the "Canadese studenten"; an adjective
qualifies a thing, and a country's name stands in passages about anything there).
"""
from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

from polkb.analysis.glossary import to_dutch
from polkb.analysis.inflection import adjective_forms
from polkb.lexicon import data_text, synonym_rules, word_ranks
from polkb.text.fold import fold

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_NL = Path("/usr/share/locale/nl/LC_MESSAGES/iso_3166-1.mo")
PREFIX = 3  # letters a Dutch adjective shares with a word of its country's Dutch name
MIN_LETTERS = 4  # a shorter gloss is another Dutch word too ("Let", "Est", "Rus")
RARE_RANK = 60_000  # an inflected form rarer than this in the Dutch word list is no word ("Canadeese")
OFFICIAL: dict[str, str] = {}


def dutch_countries() -> dict[str, list[str]]:
    """Folded English name of a country or region -> its Dutch names (the first the usual one)."""
    nl = gettext.GNUTranslations(ISO_NL.open("rb"))
    out: dict[str, list[str]] = {}
    for c in json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]:
        # ("Bolivia, Multinationale Staat": a name's qualifier after a comma is left out)
        dutch = [nl.gettext(c[k]).split(", ")[0] for k in ("common_name", "name") if c.get(k)]
        dutch = list(dict.fromkeys(d for d in dutch if d))
        for k in ("name", "common_name", "official_name"):
            if c.get(k):
                out.setdefault(fold(c[k]).lower(), dutch)
        if c.get("official_name"):  # only to tell an adjective by: "Amerikaans", "Verenigde Staten van Amerika"
            OFFICIAL[dutch[0]] = nl.gettext(c["official_name"])
    for sources, targets in synonym_rules(data_text("countries.txt")):
        names = sources + (targets or [])
        for name in names:
            out.setdefault(fold(name).lower(), [sources[0]])
    return out


def pertainyms(wordnet: Path) -> dict[str, list[str]]:
    """English adjective (as written) -> the nouns its senses pertain to, from WordNet's data files."""
    nouns: dict[str, list[str]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line[:1].isdigit():
            f = line.split()
            nouns[f[0]] = [f[4 + 2 * i].replace("_", " ") for i in range(int(f[3], 16))]
    out: dict[str, list[str]] = {}
    for line in (wordnet / "data.adj").read_text(encoding="latin-1").splitlines():
        if not line[:1].isdigit():
            continue
        f = line.split()
        count = int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]) for i in range(count)]
        at = 4 + 2 * count
        pointers = [f[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(f[at]))]
        for symbol, offset, pos, _ in pointers:
            if symbol == "\\" and pos == "n":
                for w in words:
                    if w[:1].isupper() and w.isalpha():
                        got = out.setdefault(w, [])
                        got.extend(n for n in nouns.get(offset, []) if n not in got)
    return out


def _start(word: str) -> str:
    """A word's first letters, a doubled vowel as one: "Pools" and "Polen", "Deens" and "Denemarken"
    begin alike."""
    return re.sub(r"([aeiou])\1", r"\1", fold(word).lower())[:PREFIX]


def glossary_adjectives(countries: dict[str, list[str]]) -> dict[str, list[str]]:
    """English adjective -> its country's English name, for adjectives WordNet links to no country
    ("Surinamese"): a one-word headword of polkb's glossaries that is a country's one-word English name
    with an ending of nationality ("-ese", "-ian", "-an", "-ish", "-i"), its last letter dropped or not."""
    heads = set()
    for name in ("glossary_en_nl.txt", "glossary_general_en_nl.txt"):
        for sources, _ in synonym_rules(data_text(name)):
            heads.update(w for w in sources if w.isalpha() and w.islower())
    out: dict[str, list[str]] = {}
    for english in countries:
        if " " in english or not english.isalpha():
            continue
        for stem in (english, english[:-1]):
            for ending in ("ese", "ian", "an", "n", "ish", "i"):
                if stem + ending in heads and stem + ending != english:
                    out.setdefault((stem + ending).capitalize(), []).append(english)
    return out


def main() -> None:
    wordnet = Path(sys.argv[1])
    countries = dutch_countries()
    ranks = word_ranks()
    lines: dict[tuple[str, ...], list[str]] = {}  # the country's Dutch names -> its adjectives
    found = pertainyms(wordnet)
    for adjective, nouns in glossary_adjectives(countries).items():
        found.setdefault(adjective, nouns)
    for adjective, nouns in sorted(found.items()):
        # the first country of the adjective's nouns whose name a Dutch gloss begins as ("Chinese" pertains
        # to "Taiwan, China, Nationalist China", and "Chinees" is China's)
        for names in dict.fromkeys(tuple(countries[fold(n).lower()]) for n in nouns if fold(n).lower() in countries):
            starts = {_start(w) for name in [*names, OFFICIAL.get(names[0], "")]
                      for w in re.findall(r"[^\W\d_]+", name) if len(w) > PREFIX}
            # (the country's names, and the words of its official name: "Bondsrepubliek" is no adjective)
            named = {fold(n).lower() for n in names} | {fold(w).lower() for w in OFFICIAL.get(names[0], "").split()}
            glosses = [g for g in to_dutch(adjective) if " " not in g and len(g) >= MIN_LETTERS
                       and _start(g) in starts and fold(g).lower() not in named
                       and fold(g).lower() != fold(adjective).lower()]  # "Afrikaans" is English here
            if glosses:
                break
        else:
            continue
        words = lines.setdefault(tuple(names), [])
        for g in glosses:
            for form in [fold(g).lower()] + [f for f in adjective_forms(fold(g).lower())
                                             if ranks.get(f, RARE_RANK + 1) <= RARE_RANK]:
                shown = g if form == fold(g).lower() else form[:1].upper() + form[1:]
                if fold(shown).lower() not in {fold(w).lower() for w in words}:
                    words.append(shown[:1].upper() + shown[1:])
    print("# polkb countries and regions with the Dutch words of their nationality (Solr synonym format,")
    print("# one direction: country => adjectives). Written by scripts/nationality_words.py: an English")
    print("# adjective of nationality and its country from Princeton WordNet 3.0 (pertainyms; WordNet")
    print("# licence), the country's Dutch names from ISO 3166-1 as Debian's iso-codes 4.15 ships it (LGPL")
    print("# 2.1 or later) or from polkb's countries.txt, the Dutch adjectives from polkb's glossaries")
    print("# (FreeDict, GPL 2 or later; Open Dutch WordNet, CC BY-SA 4.0) and their forms in -e from")
    print("# nl_words.txt (wordfreq, CC BY-SA 4.0). May be used under the GNU GPL 3.0 or later, with the")
    print("# attributions above.")
    for names in sorted(lines, key=lambda n: fold(n[0]).lower()):
        if lines[names]:
            print(f"{', '.join(names)} => {', '.join(lines[names])}")


if __name__ == "__main__":
    main()
