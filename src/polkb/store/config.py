"""Which storage backend an index folder uses, and where: the one place polkb reads that choice.

In order, the first that says wins:

1. what the caller passes (`polkb --backend opensearch --url URL`, `KnowledgeBase(dir, backend=,
   url=)`);
2. the environment: `POLKB_BACKEND` (whoosh, opensearch) and `POLKB_OPENSEARCH_URL`;
3. `polkb.toml` in the working folder:

       backend = "opensearch"
       [opensearch]
       url = "http://127.0.0.1:9200/polkb"   # the path names the index (an alias)
       shards = 1
       replicas = 0

4. the Whoosh index in the index folder.

A URL alone (from any of them) means OpenSearch. The index folder stays what stored paths are
relative to, whichever backend holds the index.
"""
from __future__ import annotations

import os
from pathlib import Path

CONFIG_FILE = "polkb.toml"
BACKEND_ENV = "POLKB_BACKEND"
URL_ENV = "POLKB_OPENSEARCH_URL"

# index folder -> the OpenSearch location chosen for it in this process (ingest opens the backend
# again from the folder alone)
_CHOSEN: dict[str, dict] = {}


def _file_config() -> dict:
    path = Path.cwd() / CONFIG_FILE
    if not path.is_file():
        return {}
    import tomllib

    from ..errors import UsageProblem

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise UsageProblem(f"cannot read {path}: {e}") from None


def _key(index_dir) -> str:
    return os.path.abspath(os.fspath(index_dir))


def choose(index_dir, backend: str | None = None, url: str | None = None) -> tuple[object, str | None]:
    """(location to open, backend name or None for the default) for an index folder: the
    arguments of `polkb.store.open_backend`."""
    config = None
    if backend is None and url is None:
        backend = os.environ.get(BACKEND_ENV) or None
        url = os.environ.get(URL_ENV) or None
        if backend is None and url is None:
            config = _file_config()
            backend = config.get("backend")
            url = (config.get("opensearch") or {}).get("url")
    elif url is None and backend == "opensearch":
        url = os.environ.get(URL_ENV) or None
    if backend is None and url:
        backend = "opensearch"
    if backend != "opensearch":
        return index_dir, backend
    options = dict((config if config is not None else _file_config()).get("opensearch") or {})
    if url:
        options["url"] = url
    _CHOSEN[_key(index_dir)] = options
    return index_dir, backend


def opensearch_location(index_dir) -> dict:
    """The OpenSearch location of an index folder: what `choose` set in this process, else the
    environment, else polkb.toml."""
    got = _CHOSEN.get(_key(index_dir))
    if got is not None:
        return dict(got)
    options = dict(_file_config().get("opensearch") or {})
    if os.environ.get(URL_ENV):
        options["url"] = os.environ[URL_ENV]
    return options


def open_configured(index_dir, backend: str | None = None, url: str | None = None):
    """The backend `choose` picks for the folder, opened."""
    from . import open_backend

    return open_backend(*choose(index_dir, backend, url))
