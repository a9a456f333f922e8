"""Storage backends of polkb's index, behind one seam (`protocol.SearchBackend`).

A backend is a package here (`whoosh/`, and later `opensearch/`) whose `backend` module names
itself (`NAME`) and opens an index (`open_backend(location)`); another package can add one through
the entry point group `polkb.backends`, or `register` it at run time. `open_backend` is what the
API calls; nothing else picks a backend.
"""
from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from typing import Callable

DEFAULT = "whoosh"
_BACKENDS: dict[str, Callable] = {}


def register(name: str, factory: Callable) -> None:
    """Make a backend available by name (registering a name again replaces it)."""
    _BACKENDS[name] = factory


def _builtin(name: str) -> None:
    """Import the backend package of that name here, if there is one with a `backend` module:
    opening the default index must not pay for every backend's imports, nor for scanning every
    installed distribution's entry points (about 60 ms of every cold command that opens one)."""
    if name.isidentifier() and importlib.util.find_spec(f"{__name__}.{name}") is not None \
            and importlib.util.find_spec(f"{__name__}.{name}.backend") is not None:
        module = importlib.import_module(f"{__name__}.{name}.backend")
        _BACKENDS.setdefault(module.NAME, module.open_backend)


def _discover() -> None:
    for info in pkgutil.iter_modules(__path__):
        if info.ispkg:
            _builtin(info.name)
    from importlib.metadata import entry_points

    for ep in entry_points(group="polkb.backends"):
        _BACKENDS.setdefault(ep.name, ep.load())


def backend_names() -> list[str]:
    if not _BACKENDS:
        _discover()
    return sorted(_BACKENDS)


def open_backend(location, name: str | None = None):
    """The index at `location` through the named backend (default: whoosh)."""
    name = name or DEFAULT
    if name not in _BACKENDS:
        _builtin(name)
    if name not in _BACKENDS:
        _discover()
    if name not in _BACKENDS:
        raise ValueError(f"unknown backend {name!r}; use one of: {', '.join(backend_names())}")
    return _BACKENDS[name](location)
