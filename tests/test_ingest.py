"""Ingest as a user meets it: the shipped corpus lands, bad files are named and skipped, re-runs
are incremental, and the index survives a killed writer and a second ingest."""
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from polkb.kb import KnowledgeBase

from .conftest import invoke

SEED_000 = "000_1f330cebb3caba7e.txt"
KAMERVRAGEN = "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"


def small_corpus(tmp_path: Path, corpus: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in (SEED_000, "004_218249a6f8eb53c6.txt", KAMERVRAGEN,
                 "nl-ocw-beleidsregel-kopopleidingen-hbo.md"):
        shutil.copy(corpus / name, folder / name)
    return folder


def test_whole_corpus_ingests_and_is_counted(kb, corpus):
    stats = kb.stats()
    files = [p for p in corpus.iterdir() if p.is_file()]
    assert stats["documents"] == len(files)
    assert stats["by_format"].keys() >= {"text", "markdown", "pdf"}
    assert stats["passages"] > stats["documents"]
    assert stats["index_bytes"] > 0


def test_cli_ingest_then_reingest_reports_unchanged(tmp_path, corpus):
    folder = small_corpus(tmp_path, corpus)
    index = tmp_path / "index"
    first = invoke("ingest", folder, index=index)
    assert first.exit_code == 0, first.output
    assert "4 added" in first.stdout
    again = invoke("ingest", folder, index=index)
    assert again.exit_code == 0
    assert "0 added, 0 updated, 4 unchanged, 0 removed, 0 failed" in again.stdout
    stats = json.loads(invoke("stats", "--json", index=index).stdout)
    assert stats["documents"] == 4


def test_changed_file_is_replaced_and_removed_file_dropped(tmp_path, corpus):
    folder = small_corpus(tmp_path, corpus)
    index = tmp_path / "index"
    invoke("ingest", folder, index=index)
    seed = folder / SEED_000
    seed.write_text(seed.read_text(encoding="utf-8") + "\nEen nieuwe alinea over zeldzaamwoord.\n",
                    encoding="utf-8")
    (folder / "004_218249a6f8eb53c6.txt").unlink()
    result = invoke("ingest", folder, index=index)
    assert "0 added, 1 updated, 2 unchanged, 1 removed, 0 failed" in result.stdout
    with KnowledgeBase(index) as kb:
        hits = kb.search("zeldzaamwoord").hits
        assert [Path(h.path).name for h in hits] == [SEED_000]
        assert kb.stats()["documents"] == 3
        assert not kb.search("IBelong").hits


def test_bad_files_are_named_and_the_good_ones_land(tmp_path, corpus):
    folder = small_corpus(tmp_path, corpus)
    pdf = (corpus / KAMERVRAGEN).read_bytes()
    (folder / "afgebroken.pdf").write_bytes(pdf[: len(pdf) // 3])
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "ruis.txt").write_bytes(os.urandom(4096))
    (folder / "latin1.txt").write_bytes("Beleid voor één café-overleg in Curaçao.\n".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Studentenwelzijn in het hoger onderwijs.\n".encode("utf-16"))
    (folder / "kapot.html").write_text("<html><body><div><p>Diversiteit <b>en inclusie<div><li>onaf",
                                       encoding="utf-8")
    (folder / "tabel.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(200))
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(corpus / KAMERVRAGEN).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar")
    with open(folder / "versleuteld.pdf", "wb") as f:
        writer.write(f)

    index = tmp_path / "index"
    result = invoke("ingest", folder, index=index)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    bad = {"afgebroken.pdf", "leeg.txt", "ruis.txt", "tabel.xlsx", "versleuteld.pdf"}
    assert {Path(line.split(": ")[0]).name for line in errors} == bad
    assert all(len(line.split(": ", 1)) == 2 and line.split(": ", 1)[1] for line in errors)
    assert "Traceback" not in result.output
    assert "7 added" in result.stdout and "5 failed" in result.stdout
    with KnowledgeBase(index) as kb:
        assert kb.search("Curaçao").hits[0].path.endswith("latin1.txt")
        assert kb.search("studentenwelzijn").hits
        assert any(h.path.endswith("kapot.html") for h in kb.search("diversiteit inclusie").hits)


def test_usage_errors_exit_2(tmp_path):
    assert invoke("ingest", index=tmp_path / "i").exit_code == 2
    assert invoke("search", "--limit", "zero", "x", index=tmp_path / "i").exit_code == 2
    missing = invoke("search", "welzijn", index=tmp_path / "nothing")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("Error: no index at")


def test_missing_path_is_a_failure_not_a_crash(tmp_path, corpus):
    folder = small_corpus(tmp_path, corpus)
    result = invoke("ingest", folder, tmp_path / "bestaat-niet.txt", index=tmp_path / "index")
    assert result.exit_code == 1
    assert "bestaat-niet.txt: file not found" in result.stderr
    assert "4 added" in result.stdout


KILL_IN_COMMIT = textwrap.dedent("""
    import os, signal, sys
    import whoosh.index
    real_write = whoosh.index.TOC.write
    def write_then_die(self, storage, indexname):
        # segments are on disk; die before the new table of contents is in place
        os.kill(os.getpid(), signal.SIGKILL)
    whoosh.index.TOC.write = write_then_die
    from polkb.kb import KnowledgeBase
    KnowledgeBase(sys.argv[1]).ingest([sys.argv[2]])
""")


def test_index_still_opens_after_writer_killed_mid_commit(tmp_path, corpus):
    folder = small_corpus(tmp_path, corpus)
    index = tmp_path / "index"
    with KnowledgeBase(index) as kb:
        kb.ingest([folder / SEED_000])
    proc = subprocess.run([sys.executable, "-c", KILL_IN_COMMIT, str(index), str(folder)],
                          capture_output=True, timeout=120)
    assert proc.returncode == -9
    with KnowledgeBase(index) as kb:
        assert kb.stats()["documents"] == 1  # the last commit, whole
        assert kb.search("migratieachtergrond").hits
        report = kb.ingest([folder])
        assert report.ok and report.counts["added"] == 3 and report.counts["unchanged"] == 1
        assert kb.stats()["documents"] == 4


def test_second_ingest_waits_then_says_busy(tmp_path, corpus):
    from polkb.store.whoosh import index as ix

    folder = small_corpus(tmp_path, corpus)
    index = tmp_path / "index"
    with ix.ingest_lock(index, timeout=1):
        result = invoke("ingest", "--wait", "0.5", folder, index=index)
    assert result.exit_code == 1
    assert "index busy" in result.stderr
    assert invoke("ingest", folder, index=index).exit_code == 0


def test_paths_are_stored_relative_so_the_index_can_move(tmp_path, corpus):
    project = tmp_path / "project"
    project.mkdir()
    folder = small_corpus(project, corpus)
    invoke("ingest", folder, index=project / "index")
    moved = tmp_path / "moved"
    shutil.move(str(project), str(moved))
    with KnowledgeBase(moved / "index") as kb:
        paths = [d["path"] for d in kb.documents()]
        assert all(p.startswith("docs" + os.sep) for p in paths)
        report = kb.ingest([moved / "docs"])
        assert report.counts["unchanged"] == 4


def test_every_command_has_help():
    from polkb.cli import cli

    for name, command in cli.commands.items():
        assert command.help, name
        assert invoke(name, "--help").exit_code == 0


@pytest.mark.parametrize("ref", ["000_1f330cebb3caba7e.txt", "000_1f330"])
def test_show_finds_a_document_by_file_name(kb, ref):
    doc = kb.show(ref)
    assert doc["path"].endswith(SEED_000)
    assert doc["passage_list"] and all(p["doc_id"] == doc["id"] for p in doc["passage_list"])


def test_an_index_inside_the_ingested_folder_is_not_ingested(tmp_path, corpus):
    folder = small_corpus(tmp_path, corpus)
    with KnowledgeBase(folder / "index") as kb:
        first = kb.ingest([folder])
        assert first.ok and first.counts["added"] == 4
        again = kb.ingest([folder])
        assert again.ok and again.counts["unchanged"] == 4 and again.counts["added"] == 0


def test_a_document_the_backend_refuses_at_commit_is_a_failed_file(tmp_path, corpus):
    """A backend may refuse a document only when it commits (OpenSearch: a record its mapping
    rejects): ingest then reports that file as failed, in the counts and the exit status."""
    from contextlib import contextmanager

    from polkb.ingest import ingest_paths
    from polkb.store import _BACKENDS, register

    class Refusing:
        def __init__(self):
            self.added, self.failures = [], []

        def state(self):
            return {}

        def analysis(self):
            return None

        def add(self, records):
            self.added.append(json.loads(records[0]["docinfo"])["path"])  # the stored path

        def remove(self, doc_id):
            pass

        def commit(self, rebuild=False):
            self.failures = [(p, "mapper_parsing_exception: page is no integer") for p in self.added
                             if p.endswith("003_3a0853e1a7bdcf7c.txt")]

        def cancel(self):
            pass

    class Backend:
        name = "refusing"

        @contextmanager
        def writer(self, *, rebuild=False, wait=0.0):
            yield Refusing()

    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("001_2a1730af8d77decd.txt", "003_3a0853e1a7bdcf7c.txt"):
        shutil.copy(corpus / name, folder / name)
    register("refusing", lambda location: Backend())
    try:
        report = ingest_paths(tmp_path / "index", [folder], backend="refusing", workers=1)
    finally:
        _BACKENDS.pop("refusing", None)
    assert report.summary() == "1 added, 0 updated, 0 unchanged, 0 removed, 1 failed"
    assert not report.ok
    [failed] = report.failures
    assert failed.path.endswith("003_3a0853e1a7bdcf7c.txt") and failed.reason.startswith("not indexed: mapper_parsing")
