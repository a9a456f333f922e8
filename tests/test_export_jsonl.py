"""Moving an index without its files (issue 16): `polkb export --jsonl` and `polkb ingest
--from-jsonl`, on the Whoosh backend, on the shipped corpus. (Whoosh -> OpenSearch is in
test_opensearch_export.py.)

What a user would notice: an index rebuilt from the export answers every command as the original
did (search hits and scores, initiatives, figures, Q/A pairs, a document's page); the export holds
what the ingest made of each file, headings inside a passage included; a damaged export file costs
only the documents its bad lines belong to, each bad line reported once as FILE:LINE, exit code 1;
an interrupted import leaves the index as it was.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from polkb.ingest import Limits, _process, _Task, ingest_jsonl, stored_path, walk
from polkb.kb import KnowledgeBase

from .conftest import CORPUS, invoke

QUERIES = ["welzijn van studenten", "internationale studenten", "bindend studieadvies",
           '"landelijk kader" org:UNL', "numerus fixus kind:motie", "What is the share of girls in STEM?"]


@pytest.fixture(scope="module")
def exported(corpus_index, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "polkb.jsonl"
    result = invoke("export", "--jsonl", "-o", out, index=corpus_index)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def rebuilt(exported, tmp_path_factory) -> Path:
    # beside the original index's folder, so that stored paths (relative to it) resolve alike
    index = tmp_path_factory.mktemp("rebuilt") / "index"
    result = invoke("ingest", "--from-jsonl", exported, "--json", index=index)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"] == {"added": len(list(_lines(exported, "doc")))}
    return index


def _lines(path: Path, rec: str | None = None):
    with open(path, encoding="utf-8") as f:
        for line in list(f)[1:]:
            obj = json.loads(line)
            if rec is None or obj["rec"] == rec:
                yield obj


def _json(index, *args):
    result = invoke(*args, "--json", index=index)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _hits(index, query):
    return [(h["passage_id"], h["score"], h["snippet"]) for h in _json(index, "search", query, "--limit", "10")["hits"]]


def test_export_starts_with_its_header_and_holds_every_document_and_passage(exported, kb):
    first = json.loads(exported.read_text("utf-8").splitlines()[0])
    assert first == {"polkb": "export", "version": 1, "backend": "whoosh"}
    docs = list(_lines(exported, "doc"))
    assert len(docs) == len(kb.documents())
    assert sum(1 for _ in _lines(exported, "passage")) == sum(1 for _ in kb.all_passages())
    # readable with jq: data an object, tag fields lists
    motie = next(d for d in docs if d["file"] == "tk-motie-beertema-nederlands-onderwijstaal-bacheloropleidingen.txt")
    assert motie["data"]["info"]["askers"][0]["name"] == "Beertema"
    assert "Tweede Kamer der Staten-Generaal" in motie["org"]


def test_export_holds_what_the_ingest_made_of_each_file(tmp_path):
    """Every record equals what ingest hands the backend for the file (tag values in any order),
    the headings inside a passage (its context) included."""
    from polkb.store.jsonl import Document, read_export

    names = ["vlaamse-regering-regeerakkoord-2019-2024.pdf", "nl-ocw-subsidieregeling-libertas-noodfonds.md",
             "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"]
    index = tmp_path / "index"
    base = tmp_path
    # what ingest hands the backend, made here first (so that the forked reading workers run the
    # very code this process loaded, whatever changes on disk meanwhile)
    want = {}
    for f, _ in walk([CORPUS / n for n in names]):
        path, status, reason, records = _process(_Task(f, stored_path(f, base), None), Limits())
        assert records, reason
        want[path] = [records[-1], *records[:-1]]  # the export puts the document record first
    assert KnowledgeBase(index).ingest([CORPUS / n for n in names], start_method="fork").ok
    out = tmp_path / "export.jsonl"
    assert invoke("export", "-o", out, index=index).exit_code == 0
    with open(out, encoding="utf-8") as f:
        got = {d.path: d.records for d in read_export(f) if isinstance(d, Document)}
    assert set(got) == set(want)
    inner_headings = 0
    for path, records in want.items():
        assert len(got[path]) == len(records)
        for a, b in zip(records, got[path]):
            assert _comparable(a) == _comparable(b), (path, a.get("seq"))
            if a["rec"] == "passage" and a["context"].count(" | ") > a["heading"].count(" > ") + 1:
                inner_headings += 1
    assert inner_headings > 10  # the case a title-and-heading rebuild would get wrong


def _comparable(rec: dict) -> dict:
    out = {}
    for k, v in rec.items():
        if v in (None, ""):
            continue
        if k in ("org", "target", "topic", "person", "country", "initiative", "year"):
            v = set(v.split(","))
        out[k] = v
    return out


@pytest.mark.parametrize("query", QUERIES)
def test_a_rebuilt_index_finds_the_same_passages_with_the_same_scores(corpus_index, rebuilt, query):
    want = _hits(corpus_index, query)
    assert want
    assert _hits(rebuilt, query) == want


@pytest.mark.parametrize("command", [("initiatives",), ("partners", "Caring Universities"),
                                     ("figures", "meisjes STEM"), ("qa", "cultuursubsidies"), ("stats",),
                                     ("ask", "Welke organisaties zijn betrokken bij #IBelong?"),
                                     ("show", "tk-motie-beertema-nederlands-onderwijstaal-bacheloropleidingen.txt")])
def test_a_rebuilt_index_answers_the_record_commands_alike(corpus_index, rebuilt, command):
    want, got = _json(corpus_index, *command), _json(rebuilt, *command)
    if command == ("stats",):
        for key in ("index_bytes", "index_mb", "index", "size"):
            want.pop(key, None), got.pop(key, None)
    assert got == want


def test_an_export_of_the_rebuilt_index_is_the_same_file(exported, rebuilt, tmp_path):
    again = tmp_path / "again.jsonl"
    assert invoke("export", "-o", again, index=rebuilt).exit_code == 0
    assert again.read_bytes() == exported.read_bytes()


def test_importing_the_same_export_again_changes_nothing(exported, rebuilt):
    result = invoke("ingest", "--from-jsonl", exported, "--json", index=rebuilt)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"] == {"unchanged": len(list(_lines(exported, "doc")))}


def _damaged(exported: Path, tmp_path: Path) -> tuple[Path, dict]:
    """An export with four kinds of damage; what each costs."""
    lines = exported.read_text("utf-8").splitlines(keepends=True)
    docs = [i for i, line in enumerate(lines) if line.startswith('{"rec": "doc"')]
    broken, unbodied, orphaned, last = docs[2], docs[5], docs[8], docs[-1]
    paths = {i: json.loads(lines[i])["path"] for i in (broken, unbodied, orphaned, last)}
    path = paths.get
    lines[broken + 1] = lines[broken + 1][: len(lines[broken + 1]) // 2] + "\n"  # cut in the middle
    obj = json.loads(lines[unbodied + 1])
    del obj["body"]
    lines[unbodied + 1] = json.dumps(obj, ensure_ascii=False) + "\n"
    lines[orphaned] = "\n"  # a document line lost: its passages have no document
    truncated = lines[: last + 2]  # the last document keeps one passage
    assert json.loads(lines[last])["data"]["passages"] > 1
    bad = tmp_path / "damaged.jsonl"
    bad.write_text("".join(truncated), "utf-8")
    return bad, {"cut": (broken + 2, path(broken)), "unbodied": (unbodied + 2, path(unbodied)),
                 "orphaned": (orphaned + 2, path(orphaned)), "truncated": (last + 1, path(last)),
                 "documents": len(docs)}


def test_bad_lines_cost_only_their_documents_one_line_each(exported, tmp_path):
    bad, lost = _damaged(exported, tmp_path)
    index = tmp_path / "index"
    result = invoke("ingest", "--from-jsonl", bad, index=index)
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 4, lines
    cut, unbodied, orphaned, truncated = lines
    assert cut.startswith(f"{bad}:{lost['cut'][0]}: not JSON") and lost["cut"][1] in cut
    assert unbodied.startswith(f"{bad}:{lost['unbodied'][0]}: passage record without a valid 'body'")
    assert orphaned.startswith(f"{bad}:{lost['orphaned'][0]}: passage of document") and "without its document" in orphaned
    assert truncated.startswith(f"{bad}:{lost['truncated'][0]}: document ") and "1 of its" in truncated
    with KnowledgeBase(index) as kb:
        paths = {d["path"] for d in kb.documents()}
    assert len(paths) == lost["documents"] - 4
    assert not paths & {lost[k][1] for k in ("cut", "unbodied", "orphaned", "truncated")}
    assert "4 failed" in result.stdout


def test_a_file_that_is_no_export_is_refused_before_the_index_is_touched(corpus_index, tmp_path):
    other = tmp_path / "notes.jsonl"
    other.write_text('{"q": "welzijn"}\n', "utf-8")
    index = tmp_path / "index"
    result = invoke("ingest", "--from-jsonl", other, index=index)
    assert result.exit_code == 2
    assert "not a polkb export" in result.stderr
    assert not index.exists()
    result = invoke("ingest", "--from-jsonl", tmp_path / "missing.jsonl", index=index)
    assert result.exit_code == 2 and "no file" in result.stderr
    result = invoke("ingest", CORPUS, "--from-jsonl", other, index=index)
    assert result.exit_code == 2 and "not both" in result.stderr


def test_an_interrupted_import_leaves_the_index_as_it_was(exported, tmp_path, monkeypatch):
    index = tmp_path / "index"
    first = tmp_path / "first.jsonl"
    lines = exported.read_text("utf-8").splitlines(keepends=True)
    docs = [i for i, line in enumerate(lines) if line.startswith('{"rec": "doc"')]
    first.write_text("".join(lines[: docs[3]]), "utf-8")  # the header and three documents
    assert ingest_jsonl(index, first).counts["added"] == 3

    import polkb.store.jsonl as jsonl

    real = jsonl.read_export

    def interrupted(lines_):
        for n, item in enumerate(real(lines_)):
            if n == 10:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(jsonl, "read_export", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest_jsonl(index, exported, rebuild=True)
    with KnowledgeBase(index) as kb:
        assert len(kb.documents()) == 3
    from polkb.store import open_backend

    assert open_backend(index).check() == []
