"""`polkb serve`: a local web page over the KnowledgeBase API (search, ask, documents, records,
exports, a JSON API, and uploads when allowed).

The command is a click command object that the `polkb` group adds; `create_app` is the
application factory the command, the tests and the benchmarks use.
"""
from __future__ import annotations

import json
import os
import re
import secrets

import click

__all__ = ["create_app", "serve"]

_ENV = "POLKB_WEB_APP"  # the app's settings for worker processes (uvicorn starts each from an import string)

_TOKEN = re.compile(r"^[A-Za-z0-9._~-]{12,200}$")


def _index_dir(given: str | None) -> str:
    """--index of this command, else the group's --index (or POLKB_INDEX), else ./index."""
    if given:
        return given
    ctx = click.get_current_context()
    obj = ctx.find_root().obj
    if isinstance(obj, dict) and obj.get("index"):
        return obj["index"]
    return os.environ.get("POLKB_INDEX", "index")


def create_app(index_dir="index", **options):
    """The web application over an index (see polkb.web.app.create_app). Imported on use, so the
    `polkb` command line does not load the web stack for its other commands."""
    from .app import create_app as build

    return build(index_dir, **options)


def app_from_environment():
    """The app of one worker process, from the settings `serve` put in the environment."""
    return create_app(**json.loads(os.environ[_ENV]))


@click.command()
@click.option("--index", "index_dir", default=None, type=click.Path(file_okay=False),
              help="Index folder (default: the polkb --index, POLKB_INDEX or ./index).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but a loopback address needs --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="POLKB_TOKEN", default=None,
              help="Secret every request must carry (12+ letters, digits, . _ ~ -; 'auto' makes one). "
                   "Or POLKB_TOKEN.")
@click.option("--allow-upload", is_flag=True, help="Offer a form that adds documents to the index.")
@click.option("--upload-dir", type=click.Path(file_okay=False), default=None,
              help="Where uploaded files are kept (default: 'uploads' beside the index folder).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Server processes (default: one per core, at most 4; one with --allow-upload).")
def serve(index_dir, host, port, token, allow_upload, upload_dir, workers):
    """Start the web page: search, ask, documents, initiatives, figures, Q/A, exports, JSON API.

    \b
    Examples:
      polkb serve                          http://127.0.0.1:8000/
      polkb --index idx serve --port 8080
      polkb serve --host 0.0.0.0 --token auto --allow-upload
    """
    import uvicorn

    from ..store import open_backend
    from .security import is_loopback

    index_dir = _index_dir(index_dir)
    if token == "auto":
        token = secrets.token_urlsafe(24)
    if token is not None and not _TOKEN.match(token):
        raise click.BadParameter("use 12 to 200 letters, digits, '.', '_', '~' or '-'", param_hint="--token")
    local = is_loopback(host)
    if not local and token is None:
        raise click.UsageError(f"listening on {host} makes the page reachable from other machines: "
                               "give --token (or POLKB_TOKEN), or keep the default --host 127.0.0.1")
    if not open_backend(index_dir).exists():
        raise click.ClickException(f"no index at {index_dir}; run 'polkb ingest PATH' first")
    if allow_upload:
        if workers not in (None, 1):
            raise click.UsageError("--allow-upload runs in one process: leave out --workers")
        workers = 1
    workers = workers or max(1, min(4, os.cpu_count() or 1))
    settings = dict(index_dir=str(index_dir), token=token, local_only=local, allow_upload=allow_upload,
                    upload_dir=upload_dir)
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    click.echo(f"polkb: serving {index_dir} at {address}  (Ctrl-C stops)", err=True)
    options = dict(host=host, port=port, log_level="warning", access_log=False)
    if workers == 1:
        uvicorn.run(create_app(**settings), **options)
    else:  # each worker process builds its own app from the settings
        os.environ[_ENV] = json.dumps(settings)
        uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=workers, **options)
