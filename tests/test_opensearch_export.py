"""Migrating a Whoosh index to OpenSearch without its files (issue 16): `polkb export --jsonl` on
the Whoosh backend, then `polkb --url URL ingest --from-jsonl FILE`, on real corpus files and the
test node (tests/opensearch_node).

What a user would notice: the migrated OpenSearch index gives the same search results (passages,
scores, snippets) as OpenSearch given the files themselves, and the same `polkb initiatives` as
the Whoosh index it came from; an export of the OpenSearch index holds the same records as the
Whoosh export; a bad line costs its document only, with one line and exit code 1.
"""
from __future__ import annotations

import json
import shutil
import uuid

import pytest

from .conftest import CORPUS, invoke
from .opensearch_node.indexes import delete_test_indexes
from .opensearch_node.node import opensearch_url  # noqa: F401  (the session fixture)

pytestmark = pytest.mark.opensearch

FILES = ["003_3a0853e1a7bdcf7c.txt", "001_2a1730af8d77decd.txt",
         "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf",
         "tk-motie-2023-westerveld-van-meenen-collegegeld-vluchtelingstudenten.txt",
         "vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt",
         "vlaamse-regering-regeerakkoord-2019-2024.pdf"]
QUERIES = ["studentenwelzijn", "collegegeld vluchtelingen", "mensenrechten universiteiten", "Vlaamse regering onderwijs",
           '"mentaal welzijn"', "hoger onderwijs kind:motie", "What is the share of girls in STEM?"]


@pytest.fixture(scope="module")
def site(opensearch_url, tmp_path_factory):  # noqa: F811
    """The files in docs/, a Whoosh index of them (whoosh/), its export, and two OpenSearch
    indexes: one given the files, one given the export. Every index folder sits in the same
    folder, so the stored paths (and the document ids made from them) are the same."""
    from polkb.store import open_backend

    root = tmp_path_factory.mktemp("os-export")
    (root / "docs").mkdir()
    for name in FILES:
        shutil.copy(CORPUS / name, root / "docs" / name)
    assert invoke("ingest", root / "docs", index=root / "whoosh").exit_code == 0
    exported = root / "whoosh.jsonl"
    result = invoke("export", "--jsonl", "-o", exported, index=root / "whoosh")
    assert result.exit_code == 0, result.output
    direct = f"{opensearch_url}/polkb-direct-{uuid.uuid4().hex[:8]}"
    migrated = f"{opensearch_url}/polkb-migrated-{uuid.uuid4().hex[:8]}"
    result = invoke("--url", direct, "ingest", root / "docs", index=root / "index")
    assert result.exit_code == 0, result.output
    result = invoke("--url", migrated, "ingest", "--from-jsonl", exported, "--json", index=root / "index")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"] == {"added": len(FILES)}
    yield {"root": root, "export": exported, "direct": direct, "migrated": migrated}
    for url in (direct, migrated):
        backend = open_backend(url, "opensearch")
        delete_test_indexes(backend)
        backend.close()


def _json(site, url, *args):
    argv = (("--url", url) if url else ()) + args + ("--json",)
    result = invoke(*argv, index=site["root"] / ("index" if url else "whoosh"))
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _hits(site, url, query):
    return [(h["passage_id"], h["score"], h["snippet"]) for h in _json(site, url, "search", query)["hits"]]


@pytest.mark.parametrize("query", QUERIES)
def test_the_migrated_index_finds_what_opensearch_finds_from_the_files(site, query):
    direct = _hits(site, site["direct"], query)
    assert direct
    assert _hits(site, site["migrated"], query) == direct
    # and its best passage is the Whoosh index's
    assert _hits(site, site["migrated"], query)[0][0] == _hits(site, None, query)[0][0]


@pytest.mark.parametrize("command", [("initiatives",), ("figures",), ("qa",),
                                     ("partners", "Caring Universities")])
def test_the_migrated_index_gives_the_whoosh_indexs_records(site, command):
    want = _json(site, None, *command)
    assert want
    assert _json(site, site["migrated"], *command) == want
    assert _json(site, site["direct"], *command) == want


def test_an_opensearch_export_holds_the_records_of_the_whoosh_export(site):
    out = site["root"] / "opensearch.jsonl"
    result = invoke("--url", site["migrated"], "export", "-o", out, index=site["root"] / "index")
    assert result.exit_code == 0, result.output
    lines = out.read_text("utf-8").splitlines()
    assert json.loads(lines[0])["backend"] == "opensearch"

    def records(path):
        out = {}
        for line in path.read_text("utf-8").splitlines()[1:]:
            rec = json.loads(line)
            for name in ("org", "target", "topic", "person", "country", "initiative", "year"):
                if name in rec:
                    rec[name] = sorted(rec[name])
            out[(rec["doc_id"], rec["rec"], rec.get("seq"))] = rec
        return out

    assert records(out) == records(site["export"])


def test_a_bad_line_costs_its_document_only(site, tmp_path):
    from polkb.store import open_backend

    lines = site["export"].read_text("utf-8").splitlines(keepends=True)
    docs = [i for i, line in enumerate(lines) if line.startswith('{"rec": "doc"')]
    lines[docs[1] + 1] = "{not json\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(lines), "utf-8")
    url = f"{site['direct'].rsplit('/', 1)[0]}/polkb-bad-{uuid.uuid4().hex[:8]}"
    try:
        result = invoke("--url", url, "ingest", "--from-jsonl", bad, index=site["root"] / "index")
        assert result.exit_code == 1
        said = [ln for ln in result.stderr.splitlines() if ln.strip()]
        assert len(said) == 1 and said[0].startswith(f"{bad}:{docs[1] + 2}: not JSON"), said
        stats = _json(site, url, "stats")
        assert stats["documents"] == len(FILES) - 1
    finally:
        backend = open_backend(url, "opensearch")
        delete_test_indexes(backend)
        backend.close()
