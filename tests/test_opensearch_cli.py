"""The commands on the OpenSearch backend (issue 16), through the CLI as a user runs them, on a few
files of the shipped corpus ingested into a fresh index of the test node (tests/opensearch_node).

Every command of the Whoosh backend's CLI tests has a run here: ingest, search with a filter and
facets, ask, initiatives, partners, figures, qa, similar, show, stats, list, check; the backend is chosen
with --backend/--url, with POLKB_OPENSEARCH_URL, and with polkb.toml. A search's best hit is the
same document as on a Whoosh index of the same files.
"""
from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from .conftest import CORPUS, invoke
from .opensearch_node.indexes import delete_test_indexes
from .opensearch_node.node import opensearch_url  # noqa: F401  (the session fixture)

pytestmark = pytest.mark.opensearch

FILES = ["003_3a0853e1a7bdcf7c.txt", "001_2a1730af8d77decd.txt",
         "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf",
         "tk-motie-2023-westerveld-van-meenen-collegegeld-vluchtelingstudenten.txt",
         "vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt"]


@pytest.fixture(scope="module")
def site(opensearch_url, tmp_path_factory):  # noqa: F811
    """(folder holding docs/ and the index folder, the index URL), ingested once."""
    root = tmp_path_factory.mktemp("os-cli")
    (root / "docs").mkdir()
    for name in FILES:
        shutil.copy(CORPUS / name, root / "docs" / name)
    url = f"{opensearch_url}/polkb-cli-{uuid.uuid4().hex[:8]}"
    result = invoke("--backend", "opensearch", "--url", url, "ingest", root / "docs", "--json", index=root / "index")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"]["added"] == len(FILES)
    yield root, url
    from polkb.store import open_backend

    backend = open_backend(url, "opensearch")
    delete_test_indexes(backend)
    backend.close()


def run(site, *args):
    root, url = site
    result = invoke("--backend", "opensearch", "--url", url, *args, index=root / "index")
    return result


def run_json(site, *args):
    result = run(site, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_stats_and_list(site):
    stats = run_json(site, "stats")
    assert stats["documents"] == len(FILES) and stats["passages"] > 20 and stats["index_bytes"] > 0
    listed = run(site, "list")
    assert listed.exit_code == 0 and "Studentenwelzijn" in listed.output


def test_search_with_a_filter_and_facets(site):
    found = run_json(site, "search", "studentenwelzijn", "--facets")
    assert found["total"] > 0 and "welzijn" in found["hits"][0]["text"].lower()
    assert sum(found["facets"]["kind"].values()) >= 1
    motion = run_json(site, "search", "collegegeld kind:motie")
    assert motion["hits"] and all(h["kind"] == "motion" for h in motion["hits"])
    assert run_json(site, "search", "collegegeld kind:web_page")["total"] == 0
    phrase = run_json(site, "search", '"mentaal welzijn" NOT studenten')
    assert phrase["hits"] and all("studenten" not in h["text"].lower() for h in phrase["hits"])


def test_an_unknown_kind_is_a_usage_error(site):
    result = run(site, "search", "welzijn kind:motoin")
    assert result.exit_code == 2 and "unknown kind 'motoin'" in result.output


def test_ask_initiatives_partners_figures_qa(site):
    answer = run_json(site, "ask", "Wat", "vraagt", "de", "motie", "over", "collegegeld", "van", "vluchtelingstudenten?")
    assert answer.get("citations") or answer.get("related")
    initiatives = run_json(site, "initiatives")
    assert any("Studentenwelzijn" in json.dumps(i, ensure_ascii=False) for i in initiatives)
    partners = run_json(site, "partners", "Caring", "Universities")
    assert "Universiteit" in json.dumps(partners, ensure_ascii=False)
    figures = run_json(site, "figures")
    assert figures
    qa = run_json(site, "qa")
    assert qa and all(p["pair"].get("question") for p in qa)


def test_similar_and_show(site):
    shown = run_json(site, "show", FILES[0])
    assert shown["passages"] == len(shown["passage_list"]) > 0
    similar = run_json(site, "similar", shown["passage_list"][1]["id"])
    assert similar["hits"] and all(h["doc_id"] != shown["id"] for h in similar["hits"])


def test_check_says_the_index_is_whole(site):
    result = run(site, "check")
    assert result.exit_code == 0, result.output


def test_the_best_hit_is_the_whoosh_backends(site, tmp_path):
    root, _ = site
    whoosh = invoke("ingest", root / "docs", index=tmp_path / "index")
    assert whoosh.exit_code == 0, whoosh.output
    for query in ("studentenwelzijn", "collegegeld vluchtelingen", "mensenrechten universiteiten", "regenboog"):
        os_hits = run_json(site, "search", query)["hits"]
        wh_hits = json.loads(invoke("search", query, "--json", index=tmp_path / "index").output)["hits"]
        # doc ids hash the stored path, which is relative to each index's folder: compare file names
        assert [Path(h["path"]).name for h in os_hits[:1]] == [Path(h["path"]).name for h in wh_hits[:1]], query


def test_the_url_from_the_environment_and_from_polkb_toml(site, monkeypatch, tmp_path):
    root, url = site
    monkeypatch.setenv("POLKB_OPENSEARCH_URL", url)
    assert json.loads(invoke("stats", "--json", index=root / "index").output)["documents"] == len(FILES)
    monkeypatch.delenv("POLKB_OPENSEARCH_URL")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "polkb.toml").write_text(f'backend = "opensearch"\n[opensearch]\nurl = "{url}"\n')
    assert json.loads(invoke("stats", "--json", index=root / "index").output)["documents"] == len(FILES)
