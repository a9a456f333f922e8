"""The shipped Dutch word list, shared by the stages that need to know what a Dutch word is.

Reading uses it to repair words that text extraction broke with a hyphen ("oplei-dingen"), analysis
uses it to split compounds. Source and licence: polkb/data/README.md.
"""
from __future__ import annotations

import functools
import marshal
import os
import unicodedata
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


COMMON_RANK = 30000


def data_text(name: str) -> str:
    """Text of a file in the ``polkb/data`` package folder."""
    return resources.files("polkb").joinpath("data", name).read_text(encoding="utf-8")


class Lexicon(Mapping):
    """Folded Dutch word -> frequency rank (0 = most frequent), from nl_words.txt.

    The full 200k-word table takes 0.15-0.25 s to build, too much for every `polkb search` that
    only looks up a few words. So the table is split by the words' first two letters into small
    marshalled shards in the user's cache folder, loaded as lookups need them; once many shards
    are in use (an ingest analysing whole documents), everything is loaded at once. The text file
    stays the source: the shards are keyed by its size and modification time.
    """

    FULL_AFTER = 48

    def __init__(self, source: Path):
        self.source = source
        stat = source.stat()
        self.folder = _cache_dir() / f"nl_words-{stat.st_size}-{int(stat.st_mtime)}"
        self.shards: dict[str, dict[str, int]] = {}
        self.full: dict[str, int] | None = None

    def _all(self) -> dict[str, int]:
        if self.full is None:
            words = self.source.read_text(encoding="utf-8").split()
            self.full = dict(zip(words, range(len(words))))
            self._write_shards(self.full)
        return self.full

    def _write_shards(self, ranks: dict[str, int]) -> None:
        if (self.folder / "done").exists():
            return
        shards: dict[str, dict[str, int]] = {}
        for word, rank in ranks.items():
            shards.setdefault(_shard_key(word), {})[word] = rank
        try:
            tmp = self.folder.with_name(f"{self.folder.name}.{os.getpid()}.tmp")
            tmp.mkdir(parents=True, exist_ok=True)
            for key, shard in shards.items():
                (tmp / f"{key.encode('utf-8').hex()}.marshal").write_bytes(marshal.dumps(shard))
            (tmp / "done").touch()
            os.replace(tmp, self.folder)
        except OSError:
            pass  # a read-only or already-written cache only costs speed

    def _shard(self, word: str) -> dict[str, int]:
        if self.full is not None:
            return self.full
        key = _shard_key(word)
        shard = self.shards.get(key)
        if shard is None:
            if len(self.shards) >= self.FULL_AFTER or not (self.folder / "done").exists():
                return self._all()
            path = self.folder / f"{key.encode('utf-8').hex()}.marshal"
            try:
                shard = marshal.loads(path.read_bytes())
            except FileNotFoundError:
                shard = {}
            except (OSError, ValueError, EOFError, TypeError):
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


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "polkb"


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


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
