"""How well a piece of evidence covers a question, in index terms.

Each content word of the question becomes a Concept: the terms it searches for (its stem), the
terms of its vocabulary alternatives (synonyms, abbreviations, English glosses) and, at a lower
value, its compound parts ("investeringssubsidie": "subsidie"). A concept weighs what it is worth
in the index (IDF): a passage that has "KU Leuven" but not "rector" does not answer "Wie is de rector
van de KU Leuven?". Words standing in the unit count fully; words only in its context (lead-in,
sentence before, heading) count partly. Words of the document's title count fully: "volgens het
basisselectiedocument studiefinanciering" names the document, and its sentences need not repeat it.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from ..analysis.filters import fold
from ..analysis.vocabulary import load_synonyms
from ..lexicon import is_word
from ..text import lazyre

CONTEXT_SHARE = 0.5        # a question word found only in the unit's context
PASSAGE_SHARE = 0.3        # … only elsewhere in the unit's passage
REFERENCE_SHARE = 0.85     # … in the sentence a referring unit points back to ("hiervoor")
TITLE_SHARE = 1.0         # … in the document's title: the question names the document it asks about
ABOUT_SHARE = 1.0         # … in what the document's record says it is by and for, or the country it is of
PART_SHARE = 0.6           # only the compound parts of a question word are there
MIN_PART_LETTERS = 5


@dataclass
class Concept:
    word: str
    exact: frozenset                    # the word's own query terms
    alternatives: list[frozenset] = field(default_factory=list)  # each fully present counts
    parts: frozenset = frozenset()      # real-word compound parts (count PART_SHARE)
    weight: float = 1.0
    loose: bool = False                 # English: a shared 5-letter start will do

    def match(self, have: frozenset) -> float:
        if self.exact and self.exact <= have:
            return 1.0
        if any(alt and alt <= have for alt in self.alternatives):
            return 1.0
        if self.parts and self.parts <= have:
            return PART_SHARE
        if self.loose:
            stems = [t for t in self.exact | frozenset().union(*self.alternatives) if len(t) >= 5]
            if any(t[:5] == h[:5] for t in stems for h in have if len(h) >= 5):
                return 0.8
        return 0.0


class Coverage:
    """Question concepts and the index-term sets of evidence texts, with memory."""

    def __init__(self, stats):
        self.stats = stats
        self._terms: dict[str, frozenset] = {}

    def terms(self, text: str) -> frozenset:
        got = self._terms.get(text)
        if got is None:
            if len(self._terms) > 20000:
                self._terms.clear()
            got = self._terms[text] = frozenset(self.stats.index_terms(text))
        return got

    def idf(self, terms) -> float:
        df = min((self.stats.doc_frequency(t) for t in terms), default=0)
        return math.log(1 + self.stats.passages / (1 + df))

    def concept(self, word: str, glosses: list[str] | None = None, loose: bool = False) -> Concept | None:
        exact = frozenset(self.stats.query_terms(word))
        alternatives = [frozenset(self.stats.query_terms(a)) for a in load_synonyms().expand(word)]
        # an abbreviation glued to a word by its long form: "VLHORA-project" is a project of the
        # Vlaamse Hogescholenraad, and the text says so
        for abbreviation in re.findall(r"(?<![\w])[A-Z]{2,}(?=-)", word):
            alternatives += [frozenset(self.stats.query_terms(word.replace(abbreviation + "-", long + " ")))
                             for long in load_synonyms().expand(abbreviation)]
        for gloss in glosses or ():
            alternatives.append(frozenset(self.stats.query_terms(gloss)))
        alternatives = [a for a in alternatives if a]
        if not exact and not alternatives:
            return None
        parts = frozenset(t for t in self.stats.index_terms(word)
                          if t not in exact and len(t) >= MIN_PART_LETTERS and is_word(t)) if " " not in word else frozenset()
        # the rarest spelling the index holds decides the weight; an unknown word weighs as a rare one
        spellings = [s for s in [exact, *alternatives] if s]
        known = [s for s in spellings if all(self.stats.doc_frequency(t) for t in s)]
        weight = max((self.idf(s) for s in known), default=None)
        glossed = [frozenset(self.stats.query_terms(g)) for g in glosses or ()]
        glossed = [g for g in glossed if g and all(self.stats.doc_frequency(t) for t in g)]
        if loose and glossed:
            # an English word weighs what its commonest Dutch gloss weighs: "year" is rare in a Dutch
            # index, "jaar" is not, and the passages that answer say "jaar"
            weight = min(self.idf(g) for g in glossed)
        if weight is None:
            weight = self.idf(exact or alternatives[0])
        return Concept(word, exact, alternatives, parts, weight, loose)

    def present(self, concept: Concept, text: str) -> float:
        return concept.match(self.terms(text))

    def passage(self, concepts: list[Concept], text: str) -> float:
        """Coverage of the question by a whole passage with its title and headings: whether the
        evidence is about what the question asks at all."""
        have = self.terms(text)
        total = sum(c.weight for c in concepts)
        return sum(c.weight * c.match(have) for c in concepts) / (total or 1.0)

    def score(self, concepts: list[Concept], unit, passage_text: str = "") -> float:
        """Coverage of the question by a unit, in 0..1."""
        if not concepts:
            return 0.0
        shares = self.shares(concepts, unit, passage_text)
        return sum(c.weight * s for c, s in zip(concepts, shares)) / (sum(c.weight for c in concepts) or 1.0)

    def lacking(self, concepts: list[Concept], unit, passage_text: str = "") -> list[str]:
        """The question's words a unit and its context hardly hold (less than half), heaviest
        first: what `--explain` shows of a unit that covers too little."""
        shares = self.shares(concepts, unit, passage_text)
        return [c.word for c, s in sorted(zip(concepts, shares), key=lambda cs: -cs[0].weight) if s < 0.5]

    def shares(self, concepts: list[Concept], unit, passage_text: str = "") -> list[float]:
        """How much of each concept a unit holds, in 0..1: fully in its own words, partly in its
        context, the sentence it points back to, the passage around it or the document title."""
        own = self.terms(unit.text)
        context = self.terms(unit.context)
        # a minister's answer and the question it answers are one exchange
        asked = self.terms(unit.lead) if unit.kind == "answer" else frozenset()
        # (a table row reads as part of the caption before its table: "Tabel 4. Bedragen … via SBOH")
        before = self.terms(unit.before) if (unit.refers or unit.kind == "row") and unit.before else frozenset()
        around = self.terms(passage_text) if passage_text else frozenset()
        # the title stands in for the document only where the unit itself says something asked
        says = any(c.match(own) for c in concepts)
        title = self.terms(f"{unit.title} {unit.document}") if says else frozenset()
        # (… and so does what its record says the document is by and for, and the country it is of)
        about = self.terms(unit.about) if says and getattr(unit, "about", "") else frozenset()
        # the rows of one table: a word that one of them says in its own cells tells them apart,
        # though the title may name them all (a regulation "voor de opleiding tot
        # gezondheidszorgpsycholoog, klinisch psycholoog, psychotherapeut …" has a row per
        # profession, and "klinisch psycholoog" is asked of one row only). (Not the items of a list:
        # the question names a list by the words of its lead-in, which its items share.)
        # (each row's terms once, from the memory: a table of a hundred rows is read a hundred times)
        parallel = frozenset().union(*(self.terms(x) for x in unit.siblings if x != unit.text)) \
            if getattr(unit, "kind", "") == "row" and len(getattr(unit, "siblings", ())) > 1 else frozenset()
        shares = []
        for c in concepts:
            mine = c.match(own)
            share = max(mine, CONTEXT_SHARE * c.match(context), REFERENCE_SHARE * c.match(before),
                        TITLE_SHARE * c.match(title), ABOUT_SHARE * c.match(about),
                        REFERENCE_SHARE * c.match(asked),
                        PASSAGE_SHARE * c.match(around))
            if share > mine and parallel and c.match(parallel) > mine:
                share = max(mine, CONTEXT_SHARE * share)
            shares.append(share)
        return shares


class Spelled(str):
    """A place or a people an English question names, with its spellings in both languages ("Ghent":
    Gent; "Canadian": Canadees). It holds where a word of the text begins as one of them does (its
    first five letters: "Canadese", "Amerikaanse studenten", "UGent" not, "Gentse" too)."""

    forms: tuple[str, ...] = ()

    def __new__(cls, forms: tuple[str, ...]):
        self = super().__new__(cls, forms[0])
        self.forms = forms
        return self


class People(Spelled):
    """A people a question names by its adjective ("Oekraïense studenten", "Ukrainian students"), with
    its country's name and adjectives: it may stand anywhere in the document that answers (the ruling
    on a Ukrainian diploma names Oekraïne in its account of the facts, not in the sentence that answers)."""


def _begins_a_word(forms: tuple[str, ...], text: str) -> bool:
    starts = {fold(f).lower()[:5] for f in forms if f}
    return any(w.startswith(tuple(starts)) for w in set(re.findall(r"[^\W_]+", fold(text).lower())))


_NUMBERED = lazyre.compile(r"([^\W\d_]+)\s+([IVXLC]+)")  # a word and the Roman numeral of its series


def named_present(named: str, coverage: Coverage, text: str) -> bool:
    """Whether a name the question gives stands in the text, as written or as a vocabulary
    alternative ("CDHO" / "Commissie Hoger Onderwijs")."""
    if isinstance(named, Spelled):
        return _begins_a_word(named.forms, text)
    numbered = _NUMBERED.fullmatch(named)
    if numbered:  # "cao XI" is not "cao XII", nor is "cao V" said by "cao VI"
        return re.search(rf"\b{re.escape(numbered.group(1))}\s+{numbered.group(2)}\b", text, re.IGNORECASE) is not None
    have = coverage.terms(text)
    for form in [named, *load_synonyms().expand(named)]:
        terms = frozenset(coverage.stats.query_terms(form.lstrip("#")))
        if any(len(w) == 1 and w.isalpha() for w in re.findall(r"[^\W_]+", form)):
            continue  # a letter the analysis drops ("M-decreet") is checked as written, below
        if terms and terms <= have:
            return True
    # a hashtag or acronym may be glued or spelled with other punctuation in the text
    key = letters(named)
    if key and len(key) >= 3 and key in letters(text):
        return True
    # an organisation by another of its names: "de Vrije Universiteit" is "de VU" in the text
    org = _organisation_named(named)
    if org and org in organisations_in(text):
        return True
    place = _PLACE_ADJECTIVE.fullmatch(named)
    if place and re.search(rf"\b{re.escape(place.group(1))}\b", text):
        return True  # "het Wassenaarse college" is Wassenaar's: its decision list says "Wassenaar"
    return _mostly_present(named, coverage, have)


@functools.lru_cache(maxsize=1024)
def letters(text: str) -> str:
    """The folded letters and digits of a text, nothing between them: a name and its hashtag or
    acronym spelled with other punctuation, or hyphenated at a line break, compare equal.
    (Memoised: every name the question gives is looked for in the same few hundred units.)"""
    return re.sub(r"[^a-z0-9]", "", fold(text))


# the adjective of a town, its name and "-se": "Wassenaarse", "Amsterdamse", "Utrechtse", "Eindhovense"
_PLACE_ADJECTIVE = lazyre.compile(r"([A-Z][a-zà-ÿ]{3,})se")


@functools.lru_cache(maxsize=256)
def _organisation_named(name: str) -> str:
    """The canonical name of the organisation that `name` is as a whole, else ""."""
    from ..tag.entities import find_organisations

    found = [o for o in find_organisations(name) if o.end - o.start >= len(name.strip()) - 4]
    return fold(found[0].canonical) if len(found) == 1 else ""


@functools.lru_cache(maxsize=1024)
def organisations_in(text: str) -> frozenset[str]:
    """The organisations a text names, by any of their names ("de VU", "de ministeries van VWS en
    BZK"), as folded canonical names."""
    from ..tag.entities import find_organisations

    return frozenset(fold(o.canonical) for o in find_organisations(text))


NAME_SHARE = 0.6   # of a name's idf weight that must stand in the text when not all of it does


def _mostly_present(named: str, coverage: Coverage, have: frozenset) -> bool:
    """A name of several words holds when its rare words do: "Kamervragen van Klaver" is the
    questions of Klaver, "Libertas-noodfondsregeling" the "Libertas Noodfonds". A word holds as
    written, through its compound parts, or as a word that spells most of it. The common words
    of a name weigh little (idf), so "Raad voor Vergunningsbetwistingen" does not hold where only
    "Raad" stands."""
    words = [w for w in re.findall(r"[^\W_]+", named) if len(w) > 1]
    if len(words) < 2:
        return False
    # a name of capitalised words says what it is last: without "Academie" a text about "Vlaamse AI"
    # research is not about the "Vlaamse AI Academie" (a name joined by "van"/"voor" says it first,
    # and its rare words decide below)
    head = named.split()[-1]
    if " " in named and not re.search(r"\s[a-z]", named) and re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", head):
        terms = frozenset(coverage.stats.query_terms(head))
        parts = frozenset(coverage.stats.index_terms(head)) - terms
        if terms and not terms <= have and not (parts and parts <= have):
            return False
    total = got = 0.0
    for w in words:
        terms = frozenset(coverage.stats.query_terms(w))
        if not terms:
            continue
        weight = coverage.idf(terms)
        total += weight
        parts = frozenset(coverage.stats.index_terms(w)) - terms
        # an abbreviation inside a name by its long form: "het VLHORA-project" is the Vlaamse Hogescholenraad's
        spelled = [frozenset(coverage.stats.query_terms(a)) for a in load_synonyms().expand(w)] if w.isupper() else []
        if terms <= have or parts and parts <= have or any(a and a <= have for a in spelled) or \
                any(len(h) >= max(5, 0.6 * len(t)) and t.startswith(h) for t in terms for h in have):
            got += weight
    return total > 0 and got >= NAME_SHARE * total
