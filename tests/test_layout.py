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
