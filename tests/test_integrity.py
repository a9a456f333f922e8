"""Integrity: every index file is checked against the checksum written at its commit, so a damaged
file is reported (one sentence naming it and saying to rebuild), never read into different
results, and a damaged index is never reported unchanged. A failed commit (a full disk) leaves
the previous index as it was and none of its own files behind."""
import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from polkb.store.whoosh import index as ix
from polkb.kb import KnowledgeBase

from .test_crash import kh
from .test_ingest import small_corpus

POLKB = [sys.executable, "-c", "from polkb.cli import main; main()"]


@pytest.fixture(scope="module")
def committed(tmp_path_factory, corpus):
    """A small index of two commits (so it has two segments) and the folder it was made from."""
    root = tmp_path_factory.mktemp("integrity")
    folder = small_corpus(root, corpus)
    index = root / "index"
    with KnowledgeBase(index) as kb:
        kb.ingest([folder / "000_1f330cebb3caba7e.txt"])
        kb.ingest([folder])
    return index, folder


def _copy(committed, tmp_path) -> Path:
    """A copy beside the original, so the stored paths (relative to the index's parent) hold."""
    index = committed[0].parent / f"index-{tmp_path.name}"
    shutil.copytree(committed[0], index)
    return index


def _damages(path: Path):
    data = path.read_bytes()
    if not data:  # (a segment whose postings all live in its term index)
        yield "grown", b"\x00"
        return
    middle = len(data) // 2
    yield "flipped", data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:]
    yield "truncated", data[: max(0, len(data) - 3)]
    yield "zeroed", bytes(len(data))


def _index_files(index: Path) -> list[str]:
    return sorted(p.name for p in index.iterdir() if p.is_file() and p.name != "MAIN_WRITELOCK")


def test_a_clean_index_has_no_problems_and_every_file_a_checksum(committed):
    index, _ = committed
    assert ix.check_index(index) == []
    segments = {p.name.split(".", 1)[0] for p in index.glob("MAIN_*.*") if p.name != "MAIN_WRITELOCK"}
    for seg in segments:
        sums = json.loads((index / f"{seg}.sums").read_text())
        assert set(sums) == {p.name for p in index.glob(f"{seg}.*") if not p.name.endswith(".sums")}
    assert list(json.loads((index / "polkb.sums").read_text())) == [ix.latest_toc(index)]


QUERIES = ["studentenwelzijn", "migratieachtergrond", "kopopleiding hbo", "cultuursubsidies"]


def _answers(index: Path):
    with KnowledgeBase(index) as kb:
        hits = [[(h.passage_id, round(h.score, 6)) for h in kb.search(q, limit=10).hits] for q in QUERIES]
        return hits, kb.documents()


def test_every_damage_to_every_file_is_reported_by_name(committed, tmp_path):
    """Each index file flipped, truncated and zeroed: check_index names it, and a fresh search
    either raises IndexDamaged saying to rebuild or (when it never opens that file) answers
    exactly as before: never different results."""
    names = _index_files(committed[0])
    assert len(names) >= 10
    clean = _answers(committed[0])
    raised = set()
    for name in names:
        for how, data in _damages(committed[0] / name):
            index = tmp_path / f"{name}-{how}"
            shutil.copytree(committed[0], index)
            ix._VERIFIED.clear()
            (index / name).write_bytes(data)
            problems = ix.check_index(index)
            assert problems, (name, how)
            assert name in problems[0] and "polkb ingest --rebuild" in problems[0], (name, how, problems)
            try:
                assert _answers(index) == clean, (name, how)
            except ix.IndexDamaged as e:
                assert name in str(e) and "polkb ingest --rebuild" in str(e)
                raised.add(name)
            shutil.rmtree(index)
    assert len(raised) >= len(names) - 2, set(names) - raised  # (a length column search never reads)


def test_a_damaged_index_is_never_reported_unchanged(committed, tmp_path):
    index = _copy(committed, tmp_path)
    col = next(index.glob("MAIN_*._body_len.col"))
    data = bytearray(col.read_bytes())
    data[len(data) // 2] ^= 0xFF
    col.write_bytes(bytes(data))
    proc = subprocess.run(POLKB + ["--index", str(index), "ingest", str(committed[1])],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "unchanged" not in proc.stdout
    assert proc.stderr.count("\n") == 1 and col.name in proc.stderr and "--rebuild" in proc.stderr
    rebuilt = subprocess.run(POLKB + ["--index", str(index), "ingest", "--rebuild", str(committed[1])],
                             capture_output=True, text=True, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert ix.check_index(index) == [] and kh.leftovers(index) == []
    with KnowledgeBase(index) as kb:
        assert kb.stats()["documents"] == 4


def test_a_damaged_table_of_contents_is_rebuilt_without_deleting_by_hand(committed, tmp_path):
    index = _copy(committed, tmp_path)
    toc = index / ix.latest_toc(index)
    toc.write_bytes(b"\x80\x04garbage" + toc.read_bytes()[10:])
    ix._VERIFIED.clear()
    problems = ix.check_index(index)
    assert len(problems) == 1 and toc.name in problems[0]
    with KnowledgeBase(index) as kb:
        report = kb.ingest([committed[1]], rebuild=True)
    assert report.counts["added"] == 4 and ix.check_index(index) == []


def test_an_index_from_before_checksums_is_read_through_then_gets_them(committed, tmp_path):
    index = _copy(committed, tmp_path)
    for p in list(index.glob("*.sums")):
        p.unlink()
    assert ix.check_index(index) == []
    with KnowledgeBase(index) as kb:
        assert kb.search("studentenwelzijn").hits
        assert kb.ingest([committed[1]]).counts["unchanged"] == 4
    assert (index / "polkb.sums").exists() and list(index.glob("MAIN_*.sums"))
    assert ix.check_index(index) == []


def test_a_failed_commit_leaves_the_old_index_and_nothing_else(committed, tmp_path, monkeypatch):
    """The disk fills while the commit writes: one sentence, the previous index untouched, and
    no segment file, temporary folder or table of contents of the failed commit left behind."""
    index = _copy(committed, tmp_path)
    before = _index_files(index)

    def full(folder, segments):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ix, "write_segment_sums", full)
    folder = tmp_path / "nieuw"
    folder.mkdir()
    (folder / "nieuw.txt").write_text("Een nieuwe notitie over kwispeldoornbeleid.\n", encoding="utf-8")
    with pytest.raises(ix.IndexUnwritable, match=r"^cannot write the index: the disk is full \(.* MB free "
                                                 r"on the disk of .*\); nothing was changed; free some space"):
        with KnowledgeBase(index) as kb:
            kb.ingest([folder])
    assert _index_files(index) == before and not (index / "MAIN.tmp").exists()
    assert kh.leftovers(index) == []
    with KnowledgeBase(index) as kb:
        assert kb.stats()["documents"] == 4
        assert not any(d["path"].endswith("nieuw.txt") for d in kb.documents())


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True, text=True)
    return proc.returncode == 0


def test_a_really_full_disk(tmp_path, corpus):
    """The index on a 1 MB tmpfs: the first small ingest fits, a larger one fills the disk."""
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "1m"):
        pytest.skip("cannot mount a tmpfs here (needs root in a system that allows it)")
    try:
        index = disk / "index"
        small = subprocess.run(POLKB + ["--index", str(index), "ingest", str(corpus / "000_1f330cebb3caba7e.txt")],
                               capture_output=True, text=True, timeout=300)
        assert small.returncode == 0, small.stderr
        big = subprocess.run(POLKB + ["--index", str(index), "ingest", str(corpus)],
                             capture_output=True, text=True, timeout=600)
        assert big.returncode == 1 and "Traceback" not in big.stderr
        lines = big.stderr.strip().splitlines()
        assert len(lines) == 1 and "the disk is full" in lines[0] and "nothing was changed" in lines[0], lines
        assert kh.leftovers(index) == []
        with KnowledgeBase(index) as kb:
            assert kb.stats()["documents"] == 1 and kb.search("migratieachtergrond").hits
    finally:  # lazily: this process may still map a file of the index until it is collected
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_os_errors_become_one_sentence(tmp_path):
    denied = ix.os_problem(PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "polkb.lock")),
                           tmp_path, "write the index")
    assert str(denied) == (f"cannot write the index: no permission to write {tmp_path / 'polkb.lock'} (the index "
                           f"folder is read-only for you); use an index folder you can write, with --index DIR")
    other = ix.os_problem(OSError(errno.EIO, "Input/output error"), tmp_path, "read the index")
    assert str(other) == f"cannot read the index: Input/output error ({tmp_path}); nothing was changed"
    assert "\n" not in str(denied) + str(other)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes a read-only folder")
def test_a_read_only_index_folder(committed, tmp_path):
    index = _copy(committed, tmp_path)
    index.chmod(0o555)
    try:
        with pytest.raises(ix.IndexUnwritable, match="no permission to write"):
            with KnowledgeBase(index) as kb:
                kb.ingest([committed[1]])
        with KnowledgeBase(index) as kb:
            assert kb.search("studentenwelzijn").hits
    finally:
        index.chmod(0o755)


# -- an index is data, never code ------------------------------------------------------------------
class _Payload:
    """Unpickled, it would run a shell command that leaves a marker file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def _plant_in_toc(index: Path, payload: bytes, where: str) -> None:
    """Rewrite the table of contents with a valid header and the payload as its pickled schema
    (or inside its pickled segment list)."""
    import pickle
    import types

    import whoosh.index
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(index))
    real = storage.open_index("MAIN")
    toc = whoosh.index.TOC(real.schema, real._segments(), real.latest_generation())
    if where == "segments":
        toc.segments = toc.segments + [_Raw(payload)]
    saved = whoosh.index.pickle
    dumps = (lambda obj, proto=2: payload if obj is toc.schema else pickle.dumps(obj, proto)) \
        if where == "schema" else pickle.dumps
    whoosh.index.pickle = types.SimpleNamespace(dumps=dumps, loads=saved.loads, PicklingError=pickle.PicklingError)
    try:
        (index / ix.latest_toc(index)).unlink()
        toc.write(storage, "MAIN")
    finally:
        whoosh.index.pickle = saved


class _Raw:
    """An object that pickles as the given pickle's object (the payload inside a list)."""

    def __init__(self, payload: bytes):
        self.payload = payload

    def __reduce__(self):
        import pickle

        return pickle.loads, (self.payload,)


def _plant_in_term_index(index: Path, payload: bytes) -> None:
    """Replace the footer of a segment's term index (a deflated pickle) with the payload."""
    import struct
    import zlib

    trm = max(index.glob("MAIN_*.trm"), key=lambda p: p.stat().st_size)
    data = trm.read_bytes()
    size = struct.unpack("<Q", data[-12:-4])[0]
    footer = zlib.compress(payload)
    trm.write_bytes(data[: len(data) - 12 - size] + footer + struct.pack("<Q", len(footer)) + data[-4:])


@pytest.mark.parametrize("resum", [False, True], ids=["checksums-kept", "checksums-rewritten"])
def test_a_planted_pickle_payload_runs_nothing(committed, tmp_path, resum):
    """A payload in the schema and the segment list of the table of contents, in a term index's
    footer, and as the whole content of every other file: opening, searching, ingesting run
    nothing. With the checksums kept the damage is reported as such; with checksums rewritten to
    match (a crafted folder) the unpickler refuses the payload."""
    import pickle

    marker = tmp_path / "ran"
    payload = pickle.dumps(_Payload(marker), 2)
    plants = [("toc-schema", lambda i: _plant_in_toc(i, payload, "schema")),
              ("toc-segments", lambda i: _plant_in_toc(i, payload, "segments")),
              ("term-index", lambda i: _plant_in_term_index(i, payload))]
    plants += [(name, lambda i, name=name: (i / name).write_bytes(payload)) for name in _index_files(committed[0])]
    for label, plant in plants:
        index = committed[0].parent / f"index-{tmp_path.name}-{label}"
        shutil.copytree(committed[0], index)
        plant(index)
        if resum:
            for p in index.glob("*.sums"):
                p.unlink()
            if ix.latest_toc(index):
                ix.write_toc_sum(index)
        ix._VERIFIED.clear()
        try:
            with KnowledgeBase(index) as kb:
                kb.search("studentenwelzijn")
                kb.documents()
        except Exception:  # refused (IndexDamaged) or unreadable (a file no checksum covers any more)
            pass
        for command in (["search", "studentenwelzijn"], ["ingest", str(committed[1])]):
            proc = subprocess.run(POLKB + ["--index", str(index)] + command, capture_output=True, text=True,
                                  timeout=300)
            assert "Traceback" not in proc.stderr, (label, proc.stderr)
        assert not marker.exists(), f"the payload in {label} ran"
        shutil.rmtree(index)
    assert pickle.loads(payload) == 0 and marker.exists()  # the payload is real: unpickled plainly, it runs


def test_the_unpickler_allows_index_data_only():
    import pickle

    from polkb.store.whoosh.codec import NotIndexData, safe_loads

    assert safe_loads(pickle.dumps({"a": [1, 2.0, b"x", (True, None)], "s": {1}, "f": frozenset()})) \
        == {"a": [1, 2.0, b"x", (True, None)], "s": {1}, "f": frozenset()}
    for forbidden in (eval, os.system, subprocess.Popen, ix.clear_index):
        with pytest.raises(NotIndexData, match="which is not index data"):
            safe_loads(pickle.dumps(forbidden))
