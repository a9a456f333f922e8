"""Shared fixtures: the shipped corpus, one index of it built once per session, a CLI runner."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkb.cli import cli
from polkb.kb import KnowledgeBase

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """An index of the whole shipped corpus (built once; tests must not write to it)."""
    index_dir = tmp_path_factory.mktemp("kb") / "index"
    report = KnowledgeBase(index_dir).ingest([CORPUS])
    assert report.ok, report.failures
    return index_dir


@pytest.fixture(scope="session")
def kb(corpus_index) -> KnowledgeBase:
    with KnowledgeBase(corpus_index) as kb:
        yield kb


def invoke(*args, index=None, input=None):
    """Run the CLI in-process like a user would, returning click's Result."""
    argv = (["--index", str(index)] if index else []) + [str(a) for a in args]
    return CliRunner().invoke(cli, argv, input=input, obj={}, catch_exceptions=False)


def initiatives_in(path: Path) -> dict:
    """The initiatives polkb's tagger finds in one document, by name (no index: read, structure, tag)."""
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag.initiatives import find_initiatives

    doc = build_document(path.name, "0" * 64, read_file(path))
    return {i.name: i for i in find_initiatives(doc, cut_passages(doc))}


def initiatives_in_bench(corpus: str, name: str) -> dict:
    """`initiatives_in` a document of a bench corpus (bench/corpus-s30, …); the test is skipped where the corpus is
    not present."""
    path = Path(__file__).resolve().parent.parent / "bench" / corpus / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return initiatives_in(path)


def initiatives_in_text(text: str, name: str = "doc.txt") -> dict:
    """The initiatives polkb's tagger finds in `text`, read as a one-document corpus named `name`."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_text(text, encoding="utf-8")
        return initiatives_in(path)
