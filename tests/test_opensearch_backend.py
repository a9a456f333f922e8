"""The OpenSearch backend's scale-out semantics (issue 16), with real `polkb ingest` processes on the
test node (tests/opensearch_node):

- two ingests at once into one index, each given its own folder, neither lose nor duplicate a
  document;
- an ingest killed (SIGKILL) in the middle of its bulk requests leaves the alias on the complete
  index it had (a rebuild), or leaves nothing visible (an incremental ingest), and the next ingest
  runs (the dead one's lock and records are taken away);
- a cluster that refuses the connection is one line and exit code 1 (no node needed).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from polkb.store import open_backend

from .conftest import CORPUS
from .opensearch_node.indexes import delete_test_indexes
from .opensearch_node.node import opensearch_url  # noqa: F401  (the session fixture)

RUN = "import sys; from polkb.cli import main; sys.argv[0] = 'polkb'; main()"


def polkb(*args, cwd: Path, **kwargs) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLKB_")}
    return subprocess.Popen([sys.executable, "-c", RUN, *map(str, args)], cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))


@pytest.fixture
def alias(opensearch_url):  # noqa: F811
    url = f"{opensearch_url}/polkb-scale-{uuid.uuid4().hex[:8]}"
    yield url
    backend = open_backend(url, "opensearch")
    delete_test_indexes(backend)
    backend.close()


def folders(root: Path, sizes: tuple[int, ...]) -> list[Path]:
    files = corpus_files()
    out, at = [], 0
    for i, n in enumerate(sizes):
        folder = root / f"part{i}"
        folder.mkdir()
        for p in files[at:at + n]:
            shutil.copy(p, folder / p.name)
        at += n
        out.append(folder)
    return out


def whole(url: str) -> tuple[list[dict], list[dict]]:
    """(documents, passages) of the index, after checking that every document has all its
    passages and no passage is there twice."""
    backend = open_backend(url, "opensearch")
    try:
        assert backend.check() == []
        docs = backend.documents()
        passages = list(backend.passages())
        ids = [p["id"] for p in passages]
        assert len(ids) == len(set(ids)), "a passage is there twice"
        assert len([d["id"] for d in docs]) == len({d["id"] for d in docs}), "a document is there twice"
        assert len(passages) == sum(d["passages"] for d in docs)
        return docs, passages
    finally:
        backend.close()


@pytest.mark.opensearch
def test_two_ingests_at_once_lose_and_duplicate_nothing(alias, tmp_path):
    a, b = folders(tmp_path, (12, 12))
    procs = [polkb("--backend", "opensearch", "--url", alias, "ingest", "--workers", "1", "--json", folder, cwd=tmp_path)
             for folder in (a, b)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert json.loads(out)["summary"]["added"] == 12
    docs, _ = whole(alias)
    assert sorted(Path(d["path"]).name for d in docs) == sorted(p.name for p in [*a.iterdir(), *b.iterdir()])
    # each again at once: one changed file each, one removed from a; the other folder's stay
    (a / sorted(os.listdir(a))[0]).write_text("Een gewijzigd bestand over studentenwelzijn.\n", encoding="utf-8")
    (b / sorted(os.listdir(b))[0]).write_text("Een ander gewijzigd bestand over collegegeld.\n", encoding="utf-8")
    (a / sorted(os.listdir(a))[-1]).unlink()
    procs = [polkb("--backend", "opensearch", "--url", alias, "ingest", "--workers", "1", "--json", folder, cwd=tmp_path)
             for folder in (a, b)]
    outs = [json.loads(p.communicate(timeout=600)[0]) for p in procs]
    assert [o["summary"].get("updated", 0) for o in outs] == [1, 1]
    assert [o["summary"].get("removed", 0) for o in outs] == [1, 0]
    docs, _ = whole(alias)
    assert len(docs) == 23


@pytest.mark.opensearch
@pytest.mark.parametrize("rebuild", [True, False], ids=["rebuild", "incremental"])
def test_a_kill_mid_bulk_leaves_the_alias_on_a_complete_index(alias, tmp_path, rebuild):
    first, more = folders(tmp_path, (6, 30))
    done = polkb("--url", alias, "ingest", "--json", first, cwd=tmp_path)
    out, err = done.communicate(timeout=600)
    assert done.returncode == 0, err
    before, passages = whole(alias)
    # count the live index's records sent so far, to tell the killed ingest's from them
    backend = open_backend(alias, "opensearch")
    live = backend.concrete()
    sent = backend.client.indices.stats(index=live, metric="indexing")["indices"][live]["primaries"]["indexing"]["index_total"]
    backend.close()
    small = f"{alias}?bulk=20"
    args = ("--url", small, "ingest", "--workers", "1", *(["--rebuild"] if rebuild else []), first, more)
    proc = polkb(*args, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 300
        backend = open_backend(alias, "opensearch")
        while True:
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "the ingest sent no records in time"
            stats = backend.client.indices.stats(index=f"{backend.alias}-v*", metric="indexing")["indices"]
            if rebuild and any(n != live and s["primaries"]["indexing"]["index_total"] >= 40 for n, s in stats.items()):
                break
            if not rebuild and stats[live]["primaries"]["indexing"]["index_total"] >= sent + 40:
                break
            time.sleep(0.05)
        backend.close()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    after, after_passages = whole(alias)
    backend = open_backend(alias, "opensearch")
    assert backend.concrete() == live  # the alias stayed where it was
    assert backend.search("studentenwelzijn").total == backend.search("studentenwelzijn").total
    backend.close()
    assert sorted(d["id"] for d in after) == sorted(d["id"] for d in before)
    assert len(after_passages) == len(passages)
    # the next ingest runs at once (the dead one's lock is taken over) and holds everything
    again = polkb("--url", alias, "ingest", "--json", "--wait", "5", first, more, cwd=tmp_path)
    out, err = again.communicate(timeout=900)
    assert again.returncode == 0, err
    docs, _ = whole(alias)
    assert len(docs) == 36


def test_a_refused_connection_is_one_line(tmp_path):
    proc = polkb("--url", "http://127.0.0.1:9/polkb", "stats", cwd=tmp_path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "OpenSearch at http://127.0.0.1:9" in lines[0] and "refused" in lines[0], lines[0]


@pytest.mark.opensearch
def test_a_refused_record_fails_its_document_only(alias):
    from .test_backend_contract import FILES, _records

    good = _records(FILES[1])
    bad = [dict(r) for r in _records(FILES[0])]
    bad[1]["page"] = "not a page number"  # the mapping says integer: the cluster refuses this record
    backend = open_backend(alias, "opensearch")
    try:
        with backend.writer() as w:
            w.add(bad)
            w.add(good)
            w.commit()
        assert [Path(p).name for p, _ in w.failures] == [FILES[0]]
        assert [Path(d["path"]).name for d in backend.documents()] == [FILES[1]]
        assert not list(backend.passages(bad[0]["doc_id"]))  # none of its records is left
        assert backend.check() == []
    finally:
        backend.close()


def test_locations_and_the_backend_choice(tmp_path, monkeypatch):
    from polkb.errors import IndexProblem
    from polkb.store.config import choose, opensearch_location
    from polkb.store.opensearch.backend import parse_location

    spec = parse_location("https://u:p@search.example.org:9200/beleid?shards=3&replicas=1&bulk=50")
    assert (spec["url"], spec["index"], spec["shards"], spec["replicas"], spec["bulk"]) == (
        "https://u:p@search.example.org:9200", "beleid", "3", "1", "50")
    assert parse_location("http://127.0.0.1:9200")["index"] == "polkb"
    assert parse_location({"url": "http://h:9200", "index": "x"})["index"] == "x"
    with pytest.raises(IndexProblem, match="index name"):
        parse_location("http://h:9200/Upper")
    with pytest.raises(IndexProblem, match="unknown option"):
        parse_location("http://h:9200/x?shard=2")
    for name in ("POLKB_BACKEND", "POLKB_OPENSEARCH_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    index = tmp_path / "index"
    assert choose(index) == (index, None)  # nothing said: the default (Whoosh)
    (tmp_path / "polkb.toml").write_text('backend = "opensearch"\n[opensearch]\nurl = "http://a:9200/one"\nshards = 2\n')
    assert choose(index) == (index, "opensearch") and opensearch_location(index)["shards"] == 2
    monkeypatch.setenv("POLKB_OPENSEARCH_URL", "http://b:9200/two")  # the environment wins over the file
    assert choose(index) == (index, "opensearch") and opensearch_location(index)["url"] == "http://b:9200/two"
    assert choose(index, url="http://c:9200/three")[1] == "opensearch"  # the caller wins over both
    assert opensearch_location(index)["url"] == "http://c:9200/three"
    assert choose(index, backend="whoosh") == (index, "whoosh")
