"""The layout holds: the import contracts of .importlinter (the reading half never reaches the
index or query half; query is backend-neutral; only the Whoosh backend and the analysers import
Whoosh; callers reach the index through polkb.store), and a new reader, backend or answer type
is one module found by its registry."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(lint).exists():
        pytest.skip("import-linter is not installed (pip install -e .[test])")
    out = subprocess.run([lint, "--config", str(ROOT / ".importlinter")], cwd=ROOT / "src",
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


def test_backends_are_found_by_their_module():
    from polkb.store import backend_names, open_backend, register

    assert "whoosh" in backend_names()
    register("toy", lambda location: ("toy", location))
    try:
        assert open_backend("somewhere", "toy") == ("toy", "somewhere")
    finally:
        from polkb import store

        store._BACKENDS.pop("toy", None)
    with pytest.raises(ValueError, match="unknown backend 'nosuch'; use one of: .*whoosh"):
        open_backend("somewhere", "nosuch")


def test_a_tag_extractor_is_one_registered_function(corpus):
    """A new extractor registers itself; its finding lands in Understanding.extra, the five
    built-in ones keep their fields, and one reading what another found runs after it."""
    import hashlib

    from polkb import tag
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages

    path = corpus / "tk-motie-beertema-nederlands-onderwijstaal-bacheloropleidingen.txt"
    doc = build_document(path.name, hashlib.sha256(path.read_bytes()).hexdigest(), read_file(path))
    passages = cut_passages(doc)
    seen = {}

    @tag.register("kind_and_words", after=("info",))
    def kind_and_words(doc, passages, found):
        seen["info"] = found.get("info")
        return (found["info"].kind, sum(len(p.text.split()) for p in passages))

    try:
        u = tag.understand(doc, passages)
    finally:
        tag._EXTRACTORS.pop("kind_and_words", None)
    assert u.extra["kind_and_words"][0] == "motion" and u.extra["kind_and_words"][1] > 50
    assert seen["info"] is u.info and u.info.kind == "motion"
    assert "kind_and_words" not in {e.name for e in tag.extractors()}
