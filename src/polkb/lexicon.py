"""The shipped vocabulary files, shared by the stages that need them without the analysers: the
Dutch word list (what a Dutch word is), the stop-word lists (`stopwords`) and the parser of the
synonym-rule files (`synonym_rules`).

Reading uses the word list to repair words that text extraction broke with a hyphen
("oplei-dingen"), analysis uses it to split compounds; analysis and the tag stage share the stop
words and the synonym rules. Source and licence: polkb/data/README.md. It also keeps the cache
folder (~/.cache/polkb) that the word list and the glossary use: see write_cache.
"""
from __future__ import annotations

import functools
import marshal
import os
import re
import shutil
import time
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path

from .text.fold import fold, strip_accents

DATA = Path(__file__).resolve().parent / "data"


COMMON_RANK = 30000


def data_text(name: str) -> str:
    """Text of a file in the ``polkb/data`` package folder."""
    return resources.files("polkb").joinpath("data", name).read_text(encoding="utf-8")


def _lines(name: str):
    """The lines of a shipped data file, without "#" comments and surrounding space; empty ones
    skipped."""
    for line in data_text(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


@functools.lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    """Stop words for ``lang`` ("nl" or "en"), from ``{lang}_stopwords.txt``, already folded
    (`polkb.text.fold.fold`). The one loader: the analysers' StopFilter and compound splitter, the
    tag stage and the OpenSearch analysis read it (analysis imports it as
    polkb.analysis.vocabulary.stopwords)."""
    return frozenset(fold(w) for w in _lines(f"{lang}_stopwords.txt"))


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Dutch and English stop words together: a policy text quotes English titles and an English
    question Dutch names, so a word that carries nothing in either language carries nothing here."""
    return stopwords("nl") | stopwords("en")


@functools.lru_cache(maxsize=None)
def stemmer_overrides(name: str) -> dict[str, str]:
    """The form -> stem rules of a shipped file of Lucene `stemmer_override` rules ("bewaard =>
    bewaar"): nl_verb_forms.txt, nl_noun_forms.txt, en_word_forms.txt. The one parser of that format."""
    out = {}
    for line in _lines(name):
        form, _, stem = line.partition("=>")
        out[form.strip()] = stem.strip()
    return out


def verb_forms() -> dict[str, str]:
    """Dutch verb forms and the Snowball stem of their infinitive (nl_verb_forms.txt): "bewaard" ->
    "bewaar", as "bewaren" and "bewaring" stem. The one loader: the Dutch stemming filter and the
    OpenSearch analysis read it."""
    return stemmer_overrides("nl_verb_forms.txt")


def noun_forms() -> dict[str, str]:
    """Inflected Dutch nouns and adjectives and the Snowball stem of their base form
    (nl_noun_forms.txt): "sectoren" -> "sector" where Snowball gives "sectoor", "grote" -> "groot" where
    it gives "grote". The one loader: the Dutch stemming filter and the OpenSearch analysis read it."""
    return stemmer_overrides("nl_noun_forms.txt")


@functools.lru_cache(maxsize=None)
def place_names() -> frozenset[str]:
    """Municipalities and cities (places.txt) and foreign countries (`foreign_countries`), folded: a
    capitalised word of a question that is also a frequent word ("Groningen", "Leiden", "Libanon") is
    still the name of a place."""
    return frozenset(fold(w) for w in [*_lines("places.txt"), *foreign_countries()])


# the countries and regions a Dutch or Flemish policy text speaks of without naming them: its own
_HOME = frozenset({"nederland", "belgie", "vlaanderen", "wallonie", "europa", "brussel"})
# the field's own countries and regions a document of an organisation of each country (organisations.tsv's
# country column) is of: a Flemish body's text is Flemish and Belgian
REGIONS_OF_COUNTRY = {"NL": ("Nederland",), "BE-VL": ("Vlaanderen", "België"), "BE": ("België",)}


@functools.lru_cache(maxsize=1)
def foreign_countries() -> dict[str, tuple[str, ...]]:
    """The countries of nationalities.txt by their Dutch name, with their adjectives ("Libanon": Libanees,
    Libanese), except the field's own (Nederland, België, Vlaanderen, Europa): a question that names one
    asks about it, and the evidence names it or its adjective."""
    return {left[0]: tuple(right or ()) for left, right in synonym_rules(data_text("nationalities.txt"))
            if fold(left[0]).lower() not in _HOME}


@functools.lru_cache(maxsize=1)
def foreign_peoples() -> dict[str, str]:
    """The adjectives of `foreign_countries`, folded and lower case, and their country ("oekraiens",
    "oekraiense": Oekraïne): a question about "Oekraïense studenten" is answered by a text about
    "studenten uit Oekraïne"."""
    return {fold(adjective).lower(): country for country, adjectives in foreign_countries().items() for adjective in adjectives}


@functools.lru_cache(maxsize=1)
def home_regions() -> dict[str, frozenset[str]]:
    """The field's own countries and regions (`REGIONS_OF_COUNTRY`: Nederland, België, Vlaanderen) by their
    Dutch name, with every word that names them, folded and lower case: their names in countries.txt ("the
    Netherlands") and their adjectives in nationalities.txt ("Nederlandse", "Vlaams")."""
    regions = {fold(r).lower() for names in REGIONS_OF_COUNTRY.values() for r in names}
    out: dict[str, set[str]] = {}
    for left, right in [*synonym_rules(data_text("countries.txt")), *synonym_rules(data_text("nationalities.txt"))]:
        key = fold(left[0]).lower()
        if key in regions:
            out.setdefault(left[0], set()).update(fold(w).lower() for w in [*left, *(right or [])])
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=8)
def region_pattern(region: str) -> re.Pattern:
    """Any word for one of `home_regions` in folded, lower-case text, longest first."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(home_regions()[region], key=len, reverse=True))) + ")")


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The countries and regions of countries.txt (every name on a line), folded and lower case."""
    return frozenset(fold(t).lower() for left, right in synonym_rules(data_text("countries.txt"))
                     for t in [*left, *(right or [])])


@functools.lru_cache(maxsize=1)
def counted_alike() -> dict[str, frozenset[str]]:
    """Folded noun -> the nouns a count that answers a question counting it may be said in (counted_alike.txt)."""
    out: dict[str, set[str]] = {}
    for left, right in synonym_rules(data_text("counted_alike.txt")):
        for word in left:
            out.setdefault(fold(word).lower(), set()).update(fold(w).lower() for w in (right or left) if w != word)
    return {k: frozenset(v) for k, v in out.items()}


def synonym_rules(text: str):
    """The rules of a Solr-style synonym file, one (left terms, right terms or None) per line:
    "a, b => c, d" -> (["a", "b"], ["c", "d"]), "a, b, c" -> (["a", "b", "c"], None). Empty
    lines and lines starting with "#" are skipped; "\\," is a comma inside a term. The one parser
    of synonyms.txt (analysis: Solr's equivalences and mappings) and of the tag stage's
    vocabularies (target_groups.txt, topics.txt, countries.txt: the left term names them all)."""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "=>" in line:
            lhs, rhs = line.split("=>", 1)
            yield _rule_terms(lhs), _rule_terms(rhs)
        else:
            yield _rule_terms(line), None


def _rule_terms(text: str) -> list[str]:
    # Solr allows "\," for a literal comma inside a term.
    parts = re.split(r"(?<!\\),", text)
    return [p.replace("\\,", ",").strip() for p in parts if p.strip()]


class Lexicon(Mapping):
    """Folded Dutch word -> frequency rank (0 = most frequent), from nl_words.txt.

    The full 200k-word table takes 0.15-0.25 s to build, too much for every `polkb search` that
    only looks up a few words. So the table is split by the words' first two letters into small
    marshalled shards in the user's cache folder, loaded as lookups need them; once many shards
    are in use (an ingest analysing whole documents), everything is loaded at once. The text file
    stays the source: the shards are keyed by its size and modification time, the folder is
    written whole or not at all and older versions are removed (see write_cache). Nothing is read
    or written before a lookup needs it; without a usable cache folder the table lives in memory.
    """

    FULL_AFTER = 48

    def __init__(self, source: Path):
        self.source = source
        stat = source.stat()
        cache = _cache_dir()
        self.folder = cache / f"{WORDS_CACHE}{stat.st_size}-{int(stat.st_mtime)}" if cache else None
        self.shards: dict[str, dict[str, int]] = {}
        self.full: dict[str, int] | None = None

    def _all(self) -> dict[str, int]:
        if self.full is None:
            words = self.source.read_text(encoding="utf-8").split()
            self.full = dict(zip(words, range(len(words))))
            self._write_shards(self.full)
        return self.full

    def _complete(self) -> bool:
        """Whether the cache holds every shard of this version (the folder appears whole)."""
        return self.folder is not None and _exists(self.folder / "done")

    def _write_shards(self, ranks: dict[str, int]) -> None:
        if self.folder is None or self._complete():
            return
        shards: dict[str, dict[str, int]] = {}
        for word, rank in ranks.items():
            shards.setdefault(_shard_key(word), {})[word] = rank

        def fill(tmp: Path) -> None:
            tmp.mkdir()
            for key, shard in shards.items():
                (tmp / f"{key.encode('utf-8').hex()}.marshal").write_bytes(marshal.dumps(shard))
            (tmp / "done").touch()

        write_cache(self.folder, fill, WORDS_CACHE)

    def _shard(self, word: str) -> dict[str, int]:
        if self.full is not None:
            return self.full
        key = _shard_key(word)
        shard = self.shards.get(key)
        if shard is None:
            if len(self.shards) >= self.FULL_AFTER or not self._complete():
                return self._all()
            path = self.folder / f"{key.encode('utf-8').hex()}.marshal"
            try:
                shard = marshal.loads(path.read_bytes())
            except FileNotFoundError:
                if not self._complete():  # the folder went (pruned by a newer version) meanwhile
                    return self._all()
                shard = {}  # no word starts with these letters
            except (OSError, ValueError, EOFError, TypeError):
                return self._all()
            if not isinstance(shard, dict):
                return self._all()
            self.shards[key] = shard
        return shard

    def table_for(self, word: str) -> dict[str, int]:
        """A plain dict holding every word that starts as `word` does (at least its shard): for a
        caller looking up many words with the same start (the parts a compound splitter tries)."""
        return self._shard(word)

    def __getitem__(self, word: str) -> int:
        return self._shard(word)[word]

    def __contains__(self, word) -> bool:
        return isinstance(word, str) and word in self._shard(word)

    def get(self, word, default=None):
        return self._shard(word).get(word, default) if isinstance(word, str) else default

    def __iter__(self):
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _shard_key(word: str) -> str:
    return word[:2]


@functools.lru_cache(maxsize=None)
def word_ranks() -> Lexicon:
    """The shipped Dutch word list as a rank lookup (see Lexicon)."""
    return Lexicon(DATA / "nl_words.txt")


@functools.lru_cache(maxsize=None)
def top_words(n: int) -> frozenset[str]:
    """The `n` most frequent words of the list (ranks 0 … n-1), read from the head of the file:
    for a caller that only asks whether a word is common, which needs neither the whole table nor
    the cache."""
    ranks = word_ranks()
    if ranks.full is not None:
        return frozenset(w for w, r in ranks.full.items() if r < n)
    out: list[str] = []
    with open(ranks.source, encoding="utf-8") as f:
        for line in f:
            out.extend(line.split())
            if len(out) >= n:
                break
    return frozenset(out[:n])


# -- the cache folder ---------------------------------------------------------------------------
# ~/.cache/polkb (or $XDG_CACHE_HOME/polkb) holds what polkb derives from its shipped data to start
# faster: WORDS_CACHE folders (Lexicon) and GLOSSARY_CACHE files (analysis.glossary), each named by
# the version of its source. Every entry is written under a temporary name and renamed into place
# whole; the temporary entry is removed on any failure; writing a version removes the other
# versions of the same entry and the temporary entries of processes that are gone. Other entries
# of the folder (a test's OpenSearch node) are left alone. A cache folder that cannot be read or
# written costs speed, never a command.

WORDS_CACHE = "nl_words-"
GLOSSARY_CACHE = "glossary-"
STALE_TMP_S = 3600.0  # a temporary entry this old is a leftover whoever made it


def _cache_dir() -> Path | None:
    """$XDG_CACHE_HOME/polkb, else ~/.cache/polkb; None when neither is an absolute folder (the
    XDG specification ignores a relative XDG_CACHE_HOME)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "polkb" if os.path.isabs(base) else None


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a folder polkb may not enter
        return False


def write_cache(final: Path, fill: Callable[[Path], None], prefix: str) -> bool:
    """Write a cache entry (a file or a folder) whole or not at all: `fill(tmp)` creates it as
    `<final>.<pid>.tmp`, which is then renamed onto `final`. On any failure, or when another
    process got there first, the temporary entry is removed. Once `final` exists, the other
    entries named `prefix…` (older versions, leftovers of dead processes) are removed. True when
    the entry is in place."""
    tmp = final.with_name(f"{final.name}.{_owner()}.tmp")
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        _remove(tmp)
        fill(tmp)
        os.replace(tmp, final)
    except OSError:
        _remove(tmp)  # read-only, full, or a folder another process renamed into place first
    except BaseException:
        _remove(tmp)
        raise
    if not _exists(final):
        return False
    prune_cache(final, prefix)
    return True


def prune_cache(current: Path, prefix: str) -> None:
    """Remove the entries named `prefix…` beside `current` other than it: older versions, and
    temporary entries whose process is gone (or that are older than STALE_TMP_S). A version is
    first renamed away, so a reader finds it whole or not at all."""
    try:
        entries = list(os.scandir(current.parent))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix) or name == current.name:
            continue
        path = Path(entry.path)
        if name.endswith(".tmp"):
            if _stale_tmp(entry):
                _remove(path)
            continue
        doomed = path.with_name(f"{name}.{_owner()}.tmp")
        try:
            os.replace(path, doomed)
        except OSError:
            continue
        _remove(doomed)


def _owner() -> str:
    """Who writes a temporary entry: process and thread (a web server's threads share a pid)."""
    import threading

    return f"{os.getpid()}-{threading.get_ident()}"


def _stale_tmp(entry: os.DirEntry) -> bool:
    """A temporary entry `….<pid>-<thread>.tmp` whose process is gone, or older than STALE_TMP_S."""
    parts = entry.name.rsplit(".", 2)
    try:
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    if age > STALE_TMP_S:
        return True
    try:
        pid = int(parts[-2].split("-")[0]) if len(parts) == 3 else None
    except ValueError:
        return False
    return pid is not None and pid != os.getpid() and not _alive(pid)


def _alive(pid: int) -> bool:
    """Whether a process of this machine exists (POSIX; elsewhere, only the age tells)."""
    if os.name != "posix":
        return True  # os.kill would end it on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's: it exists
    return True


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _fold(word: str) -> str:
    """The word list's key: lower-cased, then `strip_accents` ("ß", "ø", ’ stay; see
    polkb.text.fold for how this differs from the analysers' `fold`)."""
    return strip_accents(word.lower())


def is_word(word: str) -> bool:
    return _fold(word) in word_ranks()


def is_broken_word(left: str, right: str) -> bool:
    """True when `left-right` is one word split by a stray hyphen, not a real hyphenated word.

    Extracted text keeps hyphens from line ends that are gone ("oplei-dingen", "onder-wijs"). The
    joined form is a known word, or a compound of two known words whose seam lies inside the left
    part ("spookoplei|dingen" = "spook" + "opleidingen"); real hyphenations ("niet-werkstudenten",
    "café-overleg", "studie-efficiëntie") fail both tests.
    """
    if len(left) < 2 or len(right) < 2:
        return False
    joined = _fold(left + right)
    ranks = word_ranks()
    left_is_word = _fold(left) in ranks and len(left) >= 3
    if joined in ranks:
        # two real words joined by a hyphen ("sociaal-economisch") stay, unless the joined form
        # is an everyday word ("onder-wijs")
        both_words = left_is_word and _fold(right) in ranks and len(right) >= 3
        return not both_words or ranks[joined] < COMMON_RANK
    return not left_is_word and any(joined[:k] in ranks and joined[k:] in ranks
                                    for k in range(3, len(left)))
