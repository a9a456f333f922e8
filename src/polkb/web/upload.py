"""Adding documents through the page (only with `--allow-upload`).

Files are saved under the upload folder with a cleaned name and go through the same ingest as
`polkb ingest`, one job at a time in a background thread; the job page shows each file's outcome
as it lands (it reloads itself while the job runs). A file the ingest refuses is removed again,
with the ingest's own reason; a file over the size limit is never saved.
"""
from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse
from starlette.routing import Route

from .app import link, render

MAX_FILES = 20
_UNSAFE = re.compile(r"[^\w.-]+")


def clean_name(filename: str) -> str:
    """A file name safe to create in the upload folder: no folders, no leading dots."""
    name = _UNSAFE.sub("_", Path(filename.replace("\\", "/")).name).lstrip("._")[-120:]
    return name or "upload"


@dataclass
class Outcome:
    name: str
    status: str = "waiting"   # waiting, added, updated, unchanged, failed, rejected
    reason: str = ""


@dataclass
class Job:
    id: str
    outcomes: list[Outcome] = field(default_factory=list)
    done: bool = False
    error: str = ""

    @property
    def finished(self) -> int:
        return sum(o.status != "waiting" for o in self.outcomes)


class Uploads:
    """The upload jobs of one running page; one ingest runs at a time."""

    def __init__(self, config, on_done=None):
        self.config = config
        self.on_done = on_done  # called after each ingest (cached counts and searchers are stale then)
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def _target(self, name: str, data: bytes) -> Path:
        folder = self.config.upload_dir
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        stem, suffix = path.stem, path.suffix
        n = 1
        while path.exists() and path.read_bytes() != data:
            n += 1
            path = folder / f"{stem}-{n}{suffix}"
        return path

    def start(self, files: list[tuple[str, bytes | None]]) -> Job:
        """Save the files (None for one over the limit) and ingest them in the background."""
        job = Job(secrets.token_urlsafe(8))
        saved: dict[str, tuple[Outcome, Path]] = {}
        for filename, data in files:
            outcome = Outcome(clean_name(filename))
            job.outcomes.append(outcome)
            if data is None:
                outcome.status, outcome.reason = "rejected", f"file larger than {self.config.upload_mb} MB"
                continue
            path = self._target(outcome.name, data)
            path.write_bytes(data)
            outcome.name = path.name
            saved[path.name] = (outcome, path)
        self.jobs[job.id] = job
        threading.Thread(target=self._ingest, args=(job, saved), daemon=True).start()
        return job

    def _ingest(self, job: Job, saved: dict[str, tuple[Outcome, Path]]):
        from ..kb import KnowledgeBase

        def on_file(result):
            entry = saved.get(Path(result.path).name)
            if entry is None:
                return
            outcome, path = entry
            outcome.status, outcome.reason = result.status, result.reason
            if result.status == "failed":
                path.unlink(missing_ok=True)

        try:
            with self._lock:
                if saved:
                    KnowledgeBase(self.config.index_dir).ingest([p for _, p in saved.values()], workers=1,
                                                                on_file=on_file, lock_timeout=60)
        except Exception as e:  # the job page shows it; the index is as it was
            job.error = f"{type(e).__name__}: {e}"
            for outcome, _ in saved.values():
                if outcome.status == "waiting":
                    outcome.status, outcome.reason = "failed", job.error
        finally:
            if self.on_done:
                self.on_done()
            job.done = True


def _enabled(request):
    if not request.app.state.config.allow_upload:
        raise HTTPException(404, "uploads are off: start polkb serve with --allow-upload")


def upload_form(request):
    _enabled(request)
    return render(request, "upload.html", active="nav_upload", job=None, error="",
                  max_mb=request.app.state.config.upload_mb)


def _same_origin(request) -> bool:
    """A form post from this page itself: another site's page must not add documents (a browser
    sends Origin with every POST, and Sec-Fetch-Site where it knows it)."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host")


async def upload_post(request):
    _enabled(request)
    if not _same_origin(request):
        raise HTTPException(403, "uploads are only accepted from this page")
    config = request.app.state.config
    limit = config.upload_mb * 1024 * 1024
    length = int(request.headers.get("content-length") or 0)
    if length > MAX_FILES * limit + 1024 * 1024:
        return render(request, "upload.html", status=413, active="nav_upload", job=None,
                      error=f"more than {MAX_FILES} files or {MAX_FILES * config.upload_mb} MB",
                      max_mb=config.upload_mb)
    async with request.form(max_files=MAX_FILES, max_fields=10) as form:
        files = []
        for item in form.getlist("files"):
            if not hasattr(item, "read") or not item.filename:
                continue
            if item.size is not None and item.size > limit:
                files.append((item.filename, None))
            else:
                data = await item.read(limit + 1)
                files.append((item.filename, data if len(data) <= limit else None))
    if not files:
        return render(request, "upload.html", status=400, active="nav_upload", job=None,
                      error="no_files", max_mb=config.upload_mb)
    job = request.app.state.uploads.start(files)
    return RedirectResponse(link(f"/upload/{job.id}"), status_code=303)


def upload_job(request):
    _enabled(request)
    job = request.app.state.uploads.jobs.get(request.path_params["job"])
    if job is None:
        raise HTTPException(404, "no such upload")
    return render(request, "upload.html", active="nav_upload", job=job, error="",
                  max_mb=request.app.state.config.upload_mb)


def routes():
    return [Route("/upload", upload_form, methods=["GET"]), Route("/upload", upload_post, methods=["POST"]),
            Route("/upload/{job}", upload_job)]
