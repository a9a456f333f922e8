"""English words to the Dutch words polkb's passages use, from the shipped glossaries.

Three files in Solr synonym format (``english => dutch, …``), so an OpenSearch index can load them
too: the field glossary (`data/glossary_en_nl.txt`, the words of higher-education policy), a
general one converted from FreeDict (`data/glossary_general_en_nl.txt`, for the everyday words
around them) and one converted from Open Dutch WordNet (`data/glossary_wordnet_en_nl.txt`, for the
words FreeDict lacks: "biology", "incident", "taxation", and the nouns in -ing of its verbs:
"screening"). An earlier file wins where two list a word. An English question is not translated as a sentence:
each content word is mapped to its Dutch glosses, which then take part in the search and in the
coverage of the evidence like the question's own words would.
"""
from __future__ import annotations

import functools
import re

from .filters import fold
from ..lexicon import data_text

WORDNET_FILE = "glossary_wordnet_en_nl.txt"
GLOSSARY_FILES = ("glossary_en_nl.txt", "glossary_general_en_nl.txt", WORDNET_FILE)  # first file wins


_KEY_WORDS = re.compile(r"[^\W_]+")


def _key(text: str) -> str:
    return " ".join(_KEY_WORDS.findall(fold(text)))


def glossary() -> dict[str, list[str]]:
    """English key (folded) -> Dutch glosses, as the files list them (the key itself included when
    the Dutch word is spelled the same: "student => student, studenten")."""
    return _tables()[0]


def _wordnet_keys() -> frozenset[str]:
    """The keys only the WordNet glossary (the last file) lists."""
    return _tables()[1]


def _field_keys() -> frozenset[str]:
    """The keys the field glossary (the first file) lists."""
    return _tables()[2]


def _dutch_glosses() -> frozenset[str]:
    """The folded words of the Dutch glosses of the field and general glossaries ("kind", "arts",
    "brief", "mens"): the Dutch words a dictionary knows. Not WordNet's, which lists loan words
    Dutch shares ("data", "design", "marketing")."""
    return _tables()[3]


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, list[str]], frozenset[str], frozenset[str], frozenset[str]]:
    """The glossary and the keys of its last file, parsed once.

    Every cold `polkb search` of words outside the stop lists needs them (to tell an English query
    from a Dutch one), and parsing the three files' 26,000 lines costs 0.2-0.6 s, so the parsed tables
    are kept in the user's cache folder as one marshalled file keyed by the source files' sizes and
    times (written whole under a temporary name, older versions and dead processes' leftovers removed:
    see lexicon.write_cache). The text files stay the source; without a usable cache folder the
    tables are parsed in memory."""
    import marshal

    from ..lexicon import DATA, GLOSSARY_CACHE, _cache_dir, write_cache

    stats = [(DATA / name).stat() for name in GLOSSARY_FILES]
    folder = _cache_dir()
    if folder is None:
        return _parse()
    cached = folder / (f"{GLOSSARY_CACHE}p{PARSE_VERSION}-" + "-".join(f"{st.st_size}.{int(st.st_mtime)}" for st in stats)
                       + ".marshal")
    try:
        tables = marshal.loads(cached.read_bytes())
        if isinstance(tables, tuple) and len(tables) == 4 and isinstance(tables[0], dict) \
                and all(isinstance(t, frozenset) for t in tables[1:]):
            return tables
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tables = _parse()
    write_cache(cached, lambda tmp: tmp.write_bytes(marshal.dumps(tables)), GLOSSARY_CACHE)
    return tables


PARSE_VERSION = 6  # part of the cache's name: a change to _parse makes the cached tables stale


def _parse() -> tuple[dict[str, list[str]], frozenset[str], frozenset[str], frozenset[str]]:
    table: dict[str, list[str]] = {}
    dutch: set[str] = set()  # the words of the glosses of the files before WordNet's
    last: set[str] = set()  # the keys the last file adds
    first: set[str] = set()  # the keys of the first file
    plain = _PLAIN_KEY.fullmatch
    for name in GLOSSARY_FILES:
        earlier = set(table)  # keys of the files before this one win
        for line in data_text(name).splitlines():
            lhs, sep, rhs = line.partition("=>")
            if not sep or line.startswith("#"):
                continue
            targets = [t for t in (t.strip() for t in rhs.split(",")) if t]
            if name != WORDNET_FILE:
                dutch.update(w for t in targets for w in _key(t).split())
            for source in lhs.split(","):
                source = source.strip().lower()
                key = source if plain(source) else _key(source)
                if key in earlier or earlier and name != WORDNET_FILE \
                        and any(form in earlier for form in _singulars(key)[1:]):
                    # ("rules" in the general list does not hide "rule" of the field glossary; the
                    # WordNet file lists lemmas only, and a noun in -ing of a known verb on purpose)
                    continue
                glosses = table.get(key)
                if glosses is None:
                    table[key] = list(targets)
                    if name == GLOSSARY_FILES[-1]:
                        last.add(key)
                    elif name == GLOSSARY_FILES[0]:
                        first.add(key)
                else:
                    glosses.extend(t for t in targets if t not in glosses)
    return table, frozenset(last), frozenset(first), frozenset(dutch)


_PLAIN_KEY = re.compile(r"[a-z]+(?: [a-z]+)*")
_PHRASE_WORDS = re.compile(r"\d+(?:[.,/]\d+)*|[\w'-]+")


@functools.lru_cache(maxsize=1)
def _longest_key() -> int:
    return max((k.count(" ") + 1 for k in glossary()), default=1)


_BRITISH = ((r"is(e|ed|es|ing|ation|ations)$", r"iz\1"), (r"ys(e|ed|es|ing)$", r"yz\1"), (r"our$", "or"),
            (r"tre$", "ter"), (r"(?<=[aeiou])ll(ed|ing)$", r"l\1"), (r"ogue$", "og"), (r"ence$", "ense"),
            (r"mme$", "m"))


def _singulars(word: str) -> list[str]:
    """The forms to look a word up by: as written, its singular, the verb of a past or -ing form,
    the American spelling of a British one ("recognise" is listed as "recognize"), and for a
    phrasal verb the same forms of its verb ("carries out" -> "carry out")."""
    w = fold(word)
    if " " in w:  # the plural of its last word ("university colleges"), or its verb's forms
        verb, rest = w.split(" ", 1)
        whole = _word_forms(w)
        lemma = word_forms().get(verb)  # "took part" -> "take part"
        verbs = _singulars(verb)[1:] + ([lemma] if lemma else [])
        return whole + [f"{form} {rest}" for form in verbs if f"{form} {rest}" not in whole]
    out = _word_forms(w)
    for british, american in _BRITISH:
        other = re.sub(british, american, w)
        if other != w:
            out.extend(f for f in _word_forms(other) if f not in out)
    return out


_HISSING = ("s", "x", "z", "ch", "sh", "o")


def _word_forms(w: str) -> list[str]:
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    # "-es" is a plural's ending only after a hissing sound ("taxes", "matches", "buses"): "routes"
    # is "route" before "rout" (a mob, "meute"), "notes" "note" before "not"
    es = w[:-2] if w.endswith("es") and len(w) > 4 else ""
    if es and es.endswith(_HISSING):
        out.append(es)
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    if es and not es.endswith(_HISSING):
        out.append(es)
    # a verb's past and -ing forms, when the glossary lists only the verb: "received" is
    # "receive", "abolished" "abolish", "planned" "plan", "applied" "apply", "making" "make"
    for ending in ("ed", "ing"):
        stem = w[:-len(ending)]
        if w.endswith(ending) and len(stem) == 2 and " " not in w and stem[0] in "aeiou":
            out.append(stem + "e")  # "using" is "use", "owing" "owe", "aging" "age" (no "us", "ow")
        if w.endswith(ending) and len(stem) >= 3 and " " not in w:
            if ending == "ed" and stem.endswith("i"):
                out.append(stem[:-1] + "y")
            out.extend([stem + "e", stem])
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                out.append(stem[:-1])
    return out


_ABBREVIATION = re.compile(r"[A-Z]{2,}")


def to_dutch(word: str, wordnet: bool = True) -> list[str]:
    """Dutch glosses of one English word or phrase ([] when the glossary has none). `wordnet`:
    whether the last file, converted from WordNet, may answer (see `language_of`).

    A word typed in capitals is an abbreviation or a name ("AI", "DUO", "RAG", "PIVOT"), not the
    dictionary word spelled the same ("ai" the sloth, "duo" a pair, "rag" a cloth): only the field
    glossary, which lists the abbreviations of the field ("MP", "GDP"), translates it whole; of the
    general dictionaries' glosses only an abbreviation counts ("VAT" -> "BTW")."""
    table = glossary()
    abbreviation = _ABBREVIATION.fullmatch(word.strip()) is not None
    forms = _singulars(_key(word))
    # a noun in -ing WordNet lists ("screening", "reporting") is also the -ing form of a verb the
    # general dictionary knows ("screen", "report"): the verb's glosses first, then the noun's
    gerund = forms[0] if wordnet and forms[0].endswith("ing") and forms[0] in _wordnet_keys() else ""
    for form in forms[1:] if gerund else forms:
        found = table.get(form)
        if found and abbreviation and form not in _field_keys():
            found = [g for g in found if _ABBREVIATION.fullmatch(g)]
        if found and (wordnet or form not in _wordnet_keys()):
            if gerund and form not in _field_keys():  # (the field glossary's verb keeps its senses)
                return list(found) + [g for g in table[gerund] if g not in found]
            return list(found)
    if gerund:
        return list(table[gerund])
    owner = re.sub(r"['’]s\b", "", word)  # a possessive: "the institution's board"
    return to_dutch(owner, wordnet) if owner != word else []


def phrases_to_dutch(text: str) -> list[tuple[str, list[str]]]:
    """The longest glossary entries found in an English text, with their Dutch glosses, in order.
    Multi-word entries win over their words ("mental health" -> "mentaal welzijn"), except an
    entry of stop words only: the general dictionary lists "of the" ("van het"), "to do"
    ("drukte") and "has been" ("passé"), which would make the frame of a question a concept
    every passage must hold."""
    words = _PHRASE_WORDS.findall(text)  # a number stays whole: "ruling 8.224" is no "8" and "224"
    longest = _longest_key()
    stop = english_stop_words()
    out = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            chunk = " ".join(words[i:i + n])
            if n > 1 and all(fold(w) in stop for w in words[i:i + n]):
                continue  # "of the", "to do", "has been": function words, each a stop word
            found = to_dutch(chunk)  # plurals fold to the singular: "learning outcomes"
            if n == 1 and found and _dutch_function_word(chunk):
                found = []  # "MP Van der Lee", "Wet op het hoger onderwijs": no "bestelwagen"
            elif n == 1 and found and i > 0 and _dutch_name(chunk):
                found = [g for g in found if g[:1].isupper()]  # "Minister Bruins Slot": no "bruine beer"
            if found or n == 1:
                if not found and chunk[:1].islower():
                    found = _derived(chunk)  # "supervisory" -> "supervisor"
                if not found and n == 1 and "-" in chunk.strip("-"):
                    # "loan-system": the words a hyphen joins, as the phrase the glossary lists
                    found = to_dutch(" ".join(p for p in chunk.split("-") if p))
                out.append((chunk, found))
                i += n
                break
    return out


# English derivations a dictionary lists under their base word: an ending that makes an adjective
# or adverb of it ("supervisory" -> "supervisor", "annually" -> "annual", "eligibility" ->
# "eligible"). Tried in order; the first form the glossary lists gives the glosses. Prefixes are
# not stripped: "non-emergency" is not "nood", "postdoctoral" not "doctor" (measured: tune search
# and answers lost as much as they gained).
_ENDINGS = (("ility", "le"), ("ically", "ical"), ("ically", "ic"), ("ily", "y"), ("ly", ""), ("ly", "le"), ("ness", ""),
            ("ory", "or"), ("ory", "e"), ("ory", ""), ("ality", "al"), ("ity", ""), ("ity", "e"),
            ("ional", "ion"), ("al", ""), ("al", "e"), ("ive", "ion"), ("ive", "e"), ("ful", ""))
MIN_BASE_LETTERS = 4


def _dutch_function_word(word: str) -> bool:
    """Whether a word of an English text is a Dutch function word the general dictionaries gloss
    as an English one ("van" -> "bestelwagen", "die" -> "sterven", "hun" -> "mof"): in an English
    question it stands in a Dutch name or title ("MP Van der Lee", "Raad van State"), and only the
    field glossary's sense counts ("men")."""
    en_stop, nl_stop = _stop_words()
    w = fold(word)
    return w in nl_stop and w not in en_stop and w not in _field_keys()


def _dutch_name(word: str) -> bool:
    """Whether a capitalised word inside an English text is a Dutch name rather than the English
    word spelled the same: a word a dictionary gives as Dutch (`_dutch_word`: "Hoop", "Slot",
    "Den", "Peters", "Bruins") is a surname or a place ("MP De Hoop", "Minister Bruins Slot", "Den
    Helder"), not "hoepel", "groef", "hol", "bruine beer". Only a name's own glosses count then
    ("Brussels" -> "Brussel"). Not a word in capitals (an abbreviation, `to_dutch`), nor one the
    field glossary lists."""
    w = fold(re.sub(r"['’]s?$", "", word))  # "MP De Hoop's motion"
    return word[:1].isupper() and not word.isupper() and _dutch_word(w) \
        and not any(f in _field_keys() for f in _singulars(w))


def word_forms() -> dict[str, str]:
    """English word forms no glossary lists -> their lemma ("made" -> "make", "longest" ->
    "long"), from `data/en_word_forms.txt` (scripts/en_word_forms.py)."""
    from ..lexicon import stemmer_overrides

    return stemmer_overrides("en_word_forms.txt")


def _derived(word: str) -> list[str]:
    """Glosses of an unlisted English word through its lemma ("made" -> "make") or the base word
    it derives from by an ending ([] when none). Not used to tell the language of a query: "held",
    "rode" and "crises" are Dutch words too."""
    w = fold(word)
    lemma = word_forms().get(w)
    if lemma:
        return to_dutch(lemma)
    for ending, base in _ENDINGS:
        stem = w[:-len(ending)] + base if w.endswith(ending) else ""
        if len(stem) >= MIN_BASE_LETTERS and stem != w:
            found = to_dutch(stem)
            if found:
                return found
    return []


@functools.lru_cache(maxsize=1)
def _stop_words() -> tuple[frozenset, frozenset]:
    """English and Dutch stop words (the one loader, polkb.lexicon.stopwords), kept for every query."""
    from ..lexicon import stopwords

    return stopwords("en"), stopwords("nl")


def english_stop_words() -> frozenset:
    return _stop_words()[0]


COMMON_DUTCH_RANK = 5_000  # a word this common in Dutch is no English word ("per", "master")
# A text's first word, when a function word of one language only, opens the frame of a question in
# that language ("Who was appointed …", "In welk jaar …", "Which …"), whatever name or title in
# the other language it holds: it counts this much, twice another function word. (On the tune
# sets' questions and queries no English one opens with a Dutch-only function word, nor a Dutch one
# with an English-only one.)
FRAME_WEIGHT = 4


def language_of(text: str) -> str:
    """"en" when a query or question reads as English, else "nl".

    English function words ("the", "which") count double, as do Dutch ones, and the first word
    of the text more (`FRAME_WEIGHT`: "Who was appointed secretary of the Taskforce beter benutten
    onderwijs en openbaar vervoer?" is English around a Dutch name); a content word counts
    as English when the glossary translates it into something else (and not also into itself:
    "arrest => arrest, arrestatie" is a word of both) and it is no common Dutch word a dictionary
    gives as Dutch ("kind", "arts", "brief": `_dutch_word`; the Dutch word list, counted in subtitles
    and the web, also ranks English words high: "research", "centre", "girls" stay English), and as
    Dutch when it is a common Dutch word
    no glossary lists ("minister => minister" is a word of both: "minister of education" is English)
    or a Dutch compound no glossary lists ("omzetting extra
    prestatiebeurs in gift kopopleiding": "gift" and "extra" read English). Names, loan words and
    words of both languages ("per", "criteria", "arrest") count for neither. WordNet's glosses
    decide only for a word that is neither common in Dutch nor a Dutch gloss ("phone", "lifestyle").
    """
    from ..lexicon import top_words

    en_stop, nl_stop = _stop_words()
    common_words = top_words(COMMON_DUTCH_RANK + 1)  # the head of the word list: no table, no cache
    en = nl = 0
    for i, word in enumerate(re.findall(r"[^\W\d_]+", text)):
        w = fold(word)
        if w in en_stop and w not in nl_stop:
            en += FRAME_WEIGHT if i == 0 else 2
        elif w in nl_stop and w not in en_stop:
            nl += FRAME_WEIGHT if i == 0 else 2
        elif w in en_stop:
            continue
        else:
            common = w in common_words
            glosses = _glosses_deciding(word)
            if not glosses and not common and len(w) > 2 and not _dutch_word(w):
                # WordNet's, but not a name's ("Hermans" -> "Herman"): "phone", "lifestyle"
                glosses = [fold(g) for g in to_dutch(word) if not g[:1].isupper()]
            translated = any(g != w for g in glosses)
            if translated and not (common and _dutch_word(w)) and w not in glosses:
                en += 1
            elif common and not glosses or not glosses and _dutch_compound(w):
                nl += 1
    return "en" if en > nl else "nl"


def _dutch_word(word: str) -> bool:
    """Whether a folded word is a Dutch gloss of the field or general glossary (`_dutch_glosses`),
    as written or as an inflected form of one: a plural or an adjective's -e ("dames", "slimme",
    "verse") or a verb's stem ("doe", "word" of "doen", "worden")."""
    dutch = _dutch_glosses()
    forms = [word, word + "n", word + "en"]
    for ending in ("s", "e", "en"):
        stem = word[:-len(ending)] if word.endswith(ending) and len(word) > len(ending) + 2 else ""
        if stem:
            forms.append(stem)
            if stem[-1] == stem[-2] and stem[-1] not in "aeiou":  # "slimme" of "slim"
                forms.append(stem[:-1])
    return any(f in dutch for f in forms)


def _glosses_deciding(word: str) -> list[str]:
    """The folded glosses by which `language_of` tells a word's language: not WordNet's, which
    lists words Dutch shares ("subsidies", "s" of "programma's"). A word Dutch spells the same
    ("arrest => arrest, arrestatie") is a word of both."""
    return [fold(g) for g in to_dutch(word, wordnet=False)]


COMPOUND_PART_RANK = 50_000  # a part of a Dutch compound is a Dutch word at least this common


def _dutch_compound(word: str) -> bool:
    """Whether a word no glossary lists is a Dutch compound of Dutch words ("prestatiebeurs",
    "kopopleiding", "geschillencommissie"): the rarer words of a Dutch query, which its common ones
    (COMMON_DUTCH_RANK) do not cover, are mostly such compounds, and English writes them as separate
    words. Each part is a Dutch word of the list and none an English word the glossary translates:
    English words split too ("contractual" as "contr" and "actual", "lifestyle" as "life" and
    "style")."""
    from . import split_compound

    parts = split_compound(word)
    return len(parts) > 1 and all(_dutch_part(p) for p in parts)


def _dutch_part(part: str) -> bool:
    """A common Dutch word no glossary translates into another word, or one it glosses as itself.
    (Its rank is looked up in the word list's shards the splitter has just read: a set of the
    COMPOUND_PART_RANK commonest words would cost a tenth of a second to build.)"""
    from ..lexicon import word_ranks

    glosses = _glosses_deciding(part)
    common = word_ranks().get(part, COMPOUND_PART_RANK) < COMPOUND_PART_RANK
    return common and not any(g != part for g in glosses) or part in glosses


# An English entry with more Dutch glosses than this mixes senses ("second => tweede, tel,
# seconde"): its glosses are not taken for each other's neighbours.
NEIGHBOUR_GLOSSES = 4


@functools.lru_cache(maxsize=1)
def _neighbour_table() -> dict[str, tuple[str, ...]]:
    """Folded Dutch word -> the other Dutch words the field glossary gives for the same English
    entry (`dutch_neighbours`)."""
    table: dict[str, list[str]] = {}
    for line in data_text(GLOSSARY_FILES[0]).splitlines():
        lhs, sep, rhs = line.partition("=>")
        if not sep or line.startswith("#"):
            continue
        glosses = list(dict.fromkeys(t.strip() for t in rhs.split(",") if t.strip()))
        if not 2 <= len(glosses) <= NEIGHBOUR_GLOSSES:
            continue
        for g in glosses:
            got = table.setdefault(fold(g), [])
            got.extend(o for o in glosses if o != g and o not in got)
    return {k: tuple(v) for k, v in table.items()}


def dutch_neighbours(word: str) -> list[str]:
    """Dutch words the field glossary (`data/glossary_en_nl.txt`) gives as translations of the
    same English entry as `word`: "beëindiging" and "intrekking" both translate "termination",
    "melding", "kennisgeving" and "mededeling" all "notification". Near-synonyms a Dutch query can
    use where the passage words it otherwise ("korting" for "vermindering"). Only the curated
    field glossary counts, and only entries of a few glosses (`NEIGHBOUR_GLOSSES`): the general
    dictionary's entries mix the senses of a word."""
    return list(_neighbour_table().get(fold(word), ()))
