"""The scripts under bench/, loaded as modules by the tests that check them.

bench/ is no package: its scripts import each other by name ("import qa"), so bench/ goes on
sys.path, and each script is registered in sys.modules under its own name before it runs
(dataclasses look their module up there, and the kill harness's worker processes import it by
that name). A script is loaded once per test session.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def bench_script(name: str) -> ModuleType:
    """bench/NAME.py as a module."""
    path = BENCH / f"{name}.py"
    loaded = sys.modules.get(name)
    if loaded is not None and getattr(loaded, "__file__", None) == str(path):
        return loaded
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
