"""File names, sidecar links and the cache folder (issue #20, item 7).

- Any name the file system has is ingested, stored escaped (polkb.paths: bytes that are not UTF-8
  as `\\xHH`, control characters as `\\n`, `\\x1b` …), found, shown and linked; a name holding an
  escape is printed in quotes on one line in every message and listing.
- A sidecar that is a symbolic link is not read without --follow-links, like a document that is
  one: the file lands without it and one line says so.
- The cache under $XDG_CACHE_HOME/polkb is written whole or not at all, pruned to the current
  version, built only when a command needs the word list, and never makes a command fail.
"""
import json
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polkb import lexicon, paths
from polkb.analysis import glossary as glossary_module
from polkb.ingest import read_sidecar
from polkb.kb import KnowledgeBase

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
POLKB = [sys.executable, "-c", "from polkb.cli import main; main()"]
POSIX_NAMES = pytest.mark.skipif(os.sep != "/", reason="POSIX file names are bytes; Windows' are not")

# Real text from the corpus, cut to a paragraph each
LONG_COVID = "tk-motie-westerveld-de-hoop-studenten-long-covid-financiele-problemen.txt"
BESTUURSAKKOORD = "tk-motie-omtzigt-bestuursakkoord-buitenlandse-studenten.txt"
COLLEGEGELD = "tk-motie-2023-westerveld-van-meenen-collegegeld-vluchtelingstudenten.txt"


def _text(name: str, chars: int = 900) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")[:chars] + "\n"


def _run(*args, index, cache, cwd=None, timeout=300) -> subprocess.CompletedProcess:
    """The real `polkb` in a subprocess; stdout and stderr as bytes (every name must be UTF-8)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run(POLKB + ["--index", str(index), *args], capture_output=True, env=env,
                          cwd=cwd, timeout=timeout)


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8").splitlines()  # strict: a raw byte of a name fails here


# -- the escaping itself -----------------------------------------------------------------------------
_NAME_CHARS = st.one_of(
    st.characters(blacklist_categories=("Cs",)),                 # any character
    st.sampled_from(list("\\xuntr0a/\n\t\r\x1b\x7f\x85\u2028\u202e")),  # the ones that matter
    st.integers(0x80, 0xFF).map(lambda b: chr(0xDC00 + b)),      # a byte that is not UTF-8
)


@POSIX_NAMES
@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(_NAME_CHARS, max_size=12))
def test_escape_round_trips_and_is_one_line_of_text(name):
    stored = paths.escape(name)
    assert paths.unescape(stored) == name
    stored.encode("utf-8")                                       # valid text
    assert not [c for c in stored if unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp")]
    assert "\n" not in paths.shown(stored)


@POSIX_NAMES
def test_escape_keeps_every_ordinary_name_and_tells_all_names_apart():
    for p in CORPUS.iterdir():
        assert paths.escape(str(p)) == str(p)
    assert paths.escape("docs/ä ö.txt") == "docs/ä ö.txt"
    assert paths.escape("a\\b.txt") == "a\\b.txt"                # a lone backslash stays
    byte_name = os.fsdecode(b"docs/caf\xe9-\xff.txt")
    assert paths.escape(byte_name) == "docs/caf\\xe9-\\xff.txt"
    # a name spelled like an escape is a different name, stored differently
    assert paths.escape("docs/caf\\xe9-\\xff.txt") == "docs/caf\\\\xe9-\\\\xff.txt"
    assert paths.escape("new\nline.txt") == "new\\nline.txt"
    assert paths.shown("new\\nline.txt") == '"new\\nline.txt"'
    assert paths.shown("docs/a b.txt") == "docs/a b.txt"
    assert paths.shown("raw\nline.txt") == '"raw\\nline.txt"'    # a raw name is escaped first


# -- names through the real command ------------------------------------------------------------------
BYTES_NAME = b"caf\xe9-\xff.txt"                  # Latin-1 bytes: not UTF-8
NEWLINE_NAME = "nieuwe\nregel.txt"
ESCAPE_NAME = "kleur\x1b[31mrood.txt"             # an ANSI escape: would recolour the terminal


@pytest.fixture
def odd_names(tmp_path):
    """docs/ with real corpus text under a non-UTF-8 name, a name with a newline and one with ESC."""
    docs = tmp_path / "docs"
    docs.mkdir()
    try:
        with open(os.fsencode(docs) + b"/" + BYTES_NAME, "wb") as f:
            f.write(_text(LONG_COVID).encode("utf-8"))
    except OSError as e:  # a file system that refuses such names (some macOS volumes)
        pytest.skip(f"this file system refuses non-UTF-8 names: {e}")
    (docs / NEWLINE_NAME).write_text(_text(BESTUURSAKKOORD), encoding="utf-8")
    (docs / ESCAPE_NAME).write_text(_text(COLLEGEGELD), encoding="utf-8")
    return tmp_path


@POSIX_NAMES
def test_any_name_is_ingested_searched_shown_and_linked(odd_names):
    root, index, cache = odd_names, odd_names / "idx", odd_names / "cache"
    done = _run("ingest", "docs", index=index, cache=cache, cwd=root)
    assert done.returncode == 0, done.stderr
    assert _lines(done.stdout) == ["3 added, 0 updated, 0 unchanged, 0 removed, 0 failed"]
    assert done.stderr == b""

    with KnowledgeBase(index) as kb:
        stored = sorted(d["path"] for d in kb.documents())
    assert stored == ["docs/caf\\xe9-\\xff.txt", "docs/kleur\\x1b[31mrood.txt", "docs/nieuwe\\nregel.txt"]
    # the stored path gives the file system's name back, byte for byte
    assert os.fsencode(paths.unescape(stored[0])) == b"docs/" + BYTES_NAME

    # search: the table names each file on one line, quoted; no raw control character anywhere
    found = _run("search", "long covid studenten", "--limit", "3", index=index, cache=cache, cwd=root)
    assert found.returncode == 0, found.stderr
    assert b"\x1b" not in found.stdout and b"nieuwe\nregel" not in found.stdout
    table = _lines(found.stdout)
    assert any(line.endswith('("docs/caf\\xe9-\\xff.txt")') for line in table), table
    for query, shown in (("bestuursakkoord", '"docs/nieuwe\\nregel.txt"'),
                         ("vluchtelingstudenten", '"docs/kleur\\x1b[31mrood.txt"')):
        out = _lines(_run("search", query, "--limit", "1", index=index, cache=cache, cwd=root).stdout)
        assert out[0].endswith(f"({shown})"), out

    # list: one line per document
    listed = _lines(_run("list", index=index, cache=cache, cwd=root).stdout)
    assert len(listed) == 4 and listed[-1] == "3 documents", listed

    # show: by the real name (bytes on the command line), by the name as printed, quoted or not
    for ref in (b"docs/" + BYTES_NAME, "docs/caf\\xe9-\\xff.txt", '"docs/caf\\xe9-\\xff.txt"'):
        shown = _run("show", ref, index=index, cache=cache, cwd=root)
        assert shown.returncode == 0, (ref, shown.stderr)
        out = _lines(shown.stdout)
        assert out[1].startswith('"docs/caf\\xe9-\\xff.txt"  id '), out
        # the link is the file's own bytes, percent-encoded: a browser opens it
        assert f"link: {(root / 'docs').as_uri()}/caf%E9-%FF.txt" in out, out
    by_newline = _run("show", "docs/" + NEWLINE_NAME, index=index, cache=cache, cwd=root)
    assert _lines(by_newline.stdout)[1].startswith('"docs/nieuwe\\nregel.txt"  id '), by_newline.stderr

    # JSON holds the stored path (valid text), the link the real bytes
    data = json.loads(_run("search", "long covid studenten", "--limit", "1", "--format", "json",
                           index=index, cache=cache, cwd=root).stdout)
    assert data["hits"][0]["path"] == "docs/caf\\xe9-\\xff.txt"
    assert data["hits"][0]["citation"]["link"].endswith("/docs/caf%E9-%FF.txt")

    # the stored paths are stable: a second ingest changes nothing; a deleted file is removed
    again = _run("ingest", "docs", index=index, cache=cache, cwd=root)
    assert _lines(again.stdout) == ["0 added, 0 updated, 3 unchanged, 0 removed, 0 failed"], again.stderr
    os.unlink(os.fsencode(root / "docs") + b"/" + BYTES_NAME)
    gone = _run("ingest", "docs", index=index, cache=cache, cwd=root)
    assert _lines(gone.stdout) == ["0 added, 0 updated, 2 unchanged, 1 removed, 0 failed"], gone.stderr


@POSIX_NAMES
def test_a_failing_file_with_a_control_character_in_its_name_is_one_quoted_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "goed.txt").write_text(_text(LONG_COVID), encoding="utf-8")
    (docs / "leeg\nbestand.txt").write_bytes(b"")
    with open(os.fsencode(docs) + b"/leeg-\xff\x1b.txt", "wb"):
        pass
    done = _run("ingest", "docs", "docs/nergens\nte vinden.txt", index=tmp_path / "idx",
                cache=tmp_path / "cache", cwd=tmp_path)
    assert done.returncode == 1
    assert sorted(_lines(done.stderr)) == ['"docs/leeg-\\xff\\x1b.txt": empty file',
                                           '"docs/leeg\\nbestand.txt": empty file',
                                           '"docs/nergens\\nte vinden.txt": file not found']
    missing = _run("show", "docs/nergens\nte vinden.txt", index=tmp_path / "idx", cache=tmp_path / "cache",
                   cwd=tmp_path)
    assert missing.returncode != 0 and len(_lines(missing.stderr)) == 1, missing.stderr


# -- sidecars follow the link rule of documents --------------------------------------------------------
@pytest.fixture
def linked_sidecar(tmp_path):
    """docs/motie.txt (corpus text) whose sidecar is a link to a file outside docs/."""
    docs, outside = tmp_path / "docs", tmp_path / "buiten"
    docs.mkdir()
    outside.mkdir()
    (docs / "motie.txt").write_text(_text(BESTUURSAKKOORD), encoding="utf-8")
    (outside / "geheim.meta.toml").write_text('kind = "project_report"\ntitle = "Titel van buiten"\n',
                                             encoding="utf-8")
    os.symlink(outside / "geheim.meta.toml", docs / "motie.meta.toml")
    return tmp_path


NOTE = "docs/motie.txt: sidecar motie.meta.toml not read: it is a symbolic link (read only with --follow-links)"


def _document(index):
    with KnowledgeBase(index) as kb:
        (doc,) = kb.documents()
        return doc


def test_a_linked_sidecar_is_not_read_without_follow_links(linked_sidecar):
    root, index, cache = linked_sidecar, linked_sidecar / "idx", linked_sidecar / "cache"
    done = _run("ingest", "docs", index=index, cache=cache, cwd=root)
    assert done.returncode == 0
    assert _lines(done.stderr) == [NOTE]
    assert _lines(done.stdout) == ["1 added, 0 updated, 0 unchanged, 0 removed, 0 failed"]
    doc = _document(index)
    assert doc["title"] != "Titel van buiten" and doc["kind"] != "project_report"

    # unchanged, and said again: the sidecar is still left out
    again = _run("ingest", "docs", index=index, cache=cache, cwd=root)
    assert _lines(again.stderr) == [NOTE] and b"1 unchanged" in again.stdout

    # asked for: read, like a linked document
    followed = _run("ingest", "--follow-links", "docs", index=index, cache=cache, cwd=root)
    assert followed.returncode == 0 and followed.stderr == b""
    assert b"1 updated" in followed.stdout
    doc = _document(index)
    assert doc["title"] == "Titel van buiten" and doc["kind"] == "project_report"

    as_json = _run("ingest", "docs", "--format", "json", index=index, cache=cache, cwd=root)
    data = json.loads(as_json.stdout)
    assert data["notes"] == [{"path": "docs/motie.txt", "note": NOTE.split(": ", 1)[1]}]
    assert data["failed"] == []


def test_a_linked_sidecar_inside_the_folder_and_the_api(linked_sidecar):
    """The rule is about links, not where they lead (documents are treated so too)."""
    docs = linked_sidecar / "docs"
    (docs / "motie.meta.toml").unlink()
    (docs / ".echte.toml").write_text('title = "Titel van binnen"\n', encoding="utf-8")
    os.symlink(".echte.toml", docs / "motie.meta.toml")
    report = KnowledgeBase(linked_sidecar / "idx").ingest([docs])
    assert report.ok and report.counts["added"] == 1
    assert [(n.path, n.note) for n in report.notes] == [(os.path.join("docs", "motie.txt"), NOTE.split(": ", 1)[1])]
    assert _document(linked_sidecar / "idx")["title"] != "Titel van binnen"
    # a real sidecar is still read, and a link is read when links are followed
    assert read_sidecar(docs / "motie.txt", follow_links=True)[0]["title"] == "Titel van binnen"
    meta, raw, note = read_sidecar(docs / "motie.txt", follow_links=False)
    assert (meta, raw) == ({}, b"") and "symbolic link" in note


# -- the cache ----------------------------------------------------------------------------------------
@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty $XDG_CACHE_HOME, and a small word list of our own (fast, and its own version)."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    words = tmp_path / "nl_words.txt"
    words.write_text("de\nvan\nstudenten\nwelzijn\nstudent\nonderwijs\nhoger\n", encoding="utf-8")
    return home / "polkb", words


def _entries(folder: Path) -> list[str]:
    return sorted(os.listdir(folder)) if folder.exists() else []


def test_the_word_list_cache_is_written_whole_and_pruned(cache):
    folder, words = cache
    folder.mkdir(parents=True)
    (folder / "nl_words-1-2").mkdir()                              # an older version
    (folder / "nl_words-1-2" / "done").touch()
    (folder / "nl_words-3-4.4194305.tmp").mkdir()                  # no such process (above pid_max)
    old = folder / f"nl_words-5-6.{os.getppid()}-1.tmp"            # a live process, but 2 hours old
    old.mkdir()
    os.utime(old, (time.time() - 7200,) * 2)
    busy = folder / f"nl_words-7-8.{os.getppid()}-1.tmp"           # a live process writing now
    busy.mkdir()
    (folder / "glossary-1.2-3.4.marshal").write_bytes(b"")         # another entry: not ours to prune
    (folder / "opensearch-node").mkdir()                           # not polkb's word list at all

    lex = lexicon.Lexicon(words)
    assert lex.get("welzijn") == 3 and "studenten" in lex          # builds the table, writes the shards
    st = words.stat()
    current = f"nl_words-{st.st_size}-{int(st.st_mtime)}"
    assert _entries(folder) == sorted([current, busy.name, "glossary-1.2-3.4.marshal", "opensearch-node"])
    assert (folder / current / "done").exists()

    fresh = lexicon.Lexicon(words)                                 # another process: reads one shard
    assert fresh.get("studenten") == 2 and fresh.full is None and list(fresh.shards) == ["st"]
    assert fresh.get("onbekend") is None


def test_a_failed_or_lost_cache_write_leaves_nothing_and_costs_nothing(cache, monkeypatch):
    folder, words = cache

    def full_disk(*args, **kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lexicon.os, "replace", full_disk)
    lex = lexicon.Lexicon(words)
    assert lex["onderwijs"] == 5
    assert _entries(folder) == []                                  # the temporary folder went too
    monkeypatch.undo()

    # another process renamed its folder into place first: ours is dropped, theirs stays
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder.parent))
    first = lexicon.Lexicon(words)
    first._all()
    second = lexicon.Lexicon(words)
    second.folder = first.folder
    (first.folder / "done").rename(first.folder / "done-later")    # looks unfinished to `second`
    assert second.get("hoger") == 6
    (first.folder / "done-later").rename(first.folder / "done")
    assert _entries(folder) == [first.folder.name]


def test_an_unusable_cache_folder_never_fails_a_lookup(tmp_path, monkeypatch, cache):
    _, words = cache
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for home in (blocker, blocker / "below", "/proc/polkb-cannot-be-here"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(home))
        lex = lexicon.Lexicon(words)
        assert lex.get("studenten") == 2 and "de" in lex
        glossary_module._tables.cache_clear()
        assert glossary_module.glossary()["student"]
    glossary_module._tables.cache_clear()
    if os.geteuid() != 0:  # root writes anywhere: a read-only folder only binds other users
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        monkeypatch.setenv("XDG_CACHE_HOME", str(ro))
        assert lexicon.Lexicon(words).get("hoger") == 6
        ro.chmod(0o000)
        assert lexicon.Lexicon(words).get("hoger") == 6
        ro.chmod(0o700)
    # a relative XDG_CACHE_HOME is ignored, as the XDG specification says
    monkeypatch.setenv("XDG_CACHE_HOME", "relatief")
    monkeypatch.setenv("HOME", str(tmp_path / "thuis"))
    assert lexicon._cache_dir() == tmp_path / "thuis" / ".cache" / "polkb"


def test_the_glossary_cache_is_atomic_pruned_and_checked(cache):
    folder, _ = cache
    folder.mkdir(parents=True)
    (folder / "glossary-1.2-3.4.marshal").write_bytes(b"old")
    (folder / "glossary-1.2-3.4.marshal.4194305-1.tmp").write_bytes(b"half")
    glossary_module._tables.cache_clear()
    try:
        table = glossary_module.glossary()
        (current,) = [n for n in _entries(folder) if n.startswith("glossary-")]
        assert current.endswith(".marshal") and table["student"]
        # a damaged or foreign file in its place is parsed again and replaced
        (folder / current).write_bytes(b"\x00garbage")
        glossary_module._tables.cache_clear()
        assert glossary_module.glossary() == table
        import marshal

        (folder / current).write_bytes(marshal.dumps(["not", "a", "table"]))
        glossary_module._tables.cache_clear()
        assert glossary_module.glossary() == table
        assert _entries(folder) == [current]
    finally:
        glossary_module._tables.cache_clear()


def test_common_words_need_no_table(tmp_path, monkeypatch):
    """language_of asks only whether a word is among the 5,001 most frequent: the head of the file
    answers that exactly as the whole table does, without the cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicon.top_words.cache_clear()
    monkeypatch.setattr(lexicon, "word_ranks", lambda: lexicon.Lexicon(lexicon.DATA / "nl_words.txt"))
    try:
        head = lexicon.top_words(5001)
        assert _entries(tmp_path / "polkb") == []
    finally:
        lexicon.top_words.cache_clear()
    table = lexicon.Lexicon(lexicon.DATA / "nl_words.txt")._all()
    assert len(head) == 5001 and head == {w for w, r in table.items() if r <= 5000}


def test_concurrent_first_runs_leave_one_folder(tmp_path):
    """Three processes build the cache at once: one folder, no temporary ones left."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    code = "from polkb.lexicon import word_ranks; assert word_ranks()._all()['van'] == 0"
    runs = [subprocess.Popen([sys.executable, "-c", code], env=env) for _ in range(3)]
    assert [r.wait(120) for r in runs] == [0, 0, 0]
    (entry,) = _entries(tmp_path / "polkb")
    assert entry.startswith("nl_words-") and not entry.endswith(".tmp")
    assert len(os.listdir(tmp_path / "polkb" / entry)) > 500


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    """An index of three corpus documents (its ingest's cache thrown away)."""
    root = tmp_path_factory.mktemp("small")
    docs = root / "docs"
    docs.mkdir()
    for name in (LONG_COVID, BESTUURSAKKOORD, COLLEGEGELD):
        (docs / name).write_bytes((CORPUS / name).read_bytes())
    done = _run("ingest", "docs", index=root / "idx", cache=root / "ingest-cache", cwd=root)
    assert done.returncode == 0, done.stderr
    return root / "idx"


@pytest.mark.parametrize("args, builds_word_list", [
    (["stats"], False),
    (["list"], False),
    (["show", BESTUURSAKKOORD], False),
    (["check"], False),
    (["search", "kind:motie"], False),
    (["search", "beurzen"], False),               # short Dutch words: no compound to split
    (["search", "long covid"], False),
    (["search", "which motion"], False),          # English: the glossary, not the word list
    (["search", "studentenwelzijn"], True),       # a compound is split at query time
])
def test_only_commands_that_need_the_word_list_build_it(small_index, tmp_path, args, builds_word_list):
    cache = tmp_path / "xdg"
    done = _run(*args, index=small_index, cache=cache)
    assert done.returncode == 0, done.stderr
    built = [n for n in _entries(cache / "polkb") if n.startswith("nl_words-")]
    assert bool(built) == builds_word_list, built
    assert not [n for n in _entries(cache / "polkb") if n.endswith(".tmp")]


def test_a_search_works_with_an_unwritable_cache(small_index, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = _run("search", "studentenwelzijn long covid", "--limit", "1", index=small_index, cache=blocker)
    assert done.returncode == 0 and done.stderr == b"", done.stderr
