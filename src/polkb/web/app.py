"""The web application: `create_app` builds a Starlette app over one index.

Pages (`pages`), the JSON API (`api`) and the upload form (`upload`) share this module's helpers:
the knowledge-base pool, the interface language, links that keep the query string, and one
`render` for every template. Every state of a page is in its query string, so each page can be
bookmarked and shared.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.responses import HTMLResponse, PlainTextResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from . import i18n
from .pool import KBPool
from .security import Guard

HERE = Path(__file__).resolve().parent
LANG_COOKIE = "polkb_lang"
_MARK = re.compile(r"\*\*(.+?)\*\*", re.S)
_SAFE_SCHEMES = ("http://", "https://")


class Config:
    """What one running web page knows: the index, the pool over it, and its options."""

    def __init__(self, index_dir, *, token=None, local_only=True, allow_upload=False,
                 upload_dir=None, upload_mb=50, lanes=None):
        self.index_dir = Path(index_dir)
        self.pool = KBPool(self.index_dir, lanes)
        self.token = token
        self.local_only = local_only
        self.allow_upload = allow_upload
        self.upload_dir = Path(upload_dir) if upload_dir else self.index_dir.absolute().parent / "uploads"
        self.upload_mb = upload_mb


# -- template helpers -------------------------------------------------------------------------

def marks(text: str) -> Markup:
    """A snippet with its **match** marks as <mark>, everything else escaped."""
    parts = _MARK.split(text or "")
    return Markup("").join(escape(p) if i % 2 == 0 else Markup("<mark>%s</mark>") % p
                           for i, p in enumerate(parts))


def paragraphs(text: str) -> Markup:
    """Text as escaped paragraphs (blank lines part them, single newlines become breaks)."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text or "") if b.strip()]
    return Markup("").join(Markup("<p>%s</p>") % Markup("<br>").join(escape(line) for line in b.splitlines())
                           for b in blocks)


def safe_href(url: str) -> str | None:
    """A link target only for http(s) addresses: a stored `javascript:` URL stays text."""
    url = (url or "").strip()
    return url if url.lower().startswith(_SAFE_SCHEMES) else None


def link(path: str, params=(), **more) -> str:
    """`path` with a query string of `params` (pairs) and `more`; empty values are left out."""
    pairs = [(k, v) for k, v in list(params) + list(more.items()) if v not in (None, "", False)]
    return path + ("?" + urlencode(pairs) if pairs else "")


UI_PARAM = "ui"  # the interface language (`lang` is the search filter on a document's language)


def lang_of(request) -> str:
    wanted = request.query_params.get(UI_PARAM) or request.cookies.get(LANG_COOKIE)
    return i18n.pick(wanted)


NAV = (("nav_search", "/"), ("nav_ask", "/ask"), ("nav_docs", "/docs"), ("nav_initiatives", "/initiatives"),
       ("nav_figures", "/figures"), ("nav_qa", "/qa"))


def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("polkb.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["marks"] = marks
    env.filters["paragraphs"] = paragraphs
    env.globals["safe_href"] = safe_href
    env.globals["link"] = link
    return Jinja2Templates(env=env)


TEMPLATES = _templates()


def render(request, template: str, *, status: int = 200, active: str = "", **context):
    """One page in the interface language: the language switch keeps the rest of the query."""
    config: Config = request.app.state.config
    lang = lang_of(request)
    other = "en" if lang == "nl" else "nl"
    params = [(k, v) for k, v in request.query_params.multi_items() if k != UI_PARAM]
    base = request.scope.get("root_path", "")
    nav = [(key, base + href) for key, href in NAV]
    if config.allow_upload:
        nav.append(("nav_upload", base + "/upload"))
    nav.append(("nav_api", base + "/api"))

    def t(key, **values):
        return i18n.translate(lang, key, **values)

    response = TEMPLATES.TemplateResponse(request, template, {
        "lang": lang, "other_lang": other, "t": t, "base": base, "nav": nav, "active": active,
        "switch_url": link(base + request.url.path, params + [(UI_PARAM, other)]),
        "kind_label": lambda code: i18n.label(i18n.KINDS, lang, code),
        "type_label": lambda code: i18n.label(i18n.ANSWER_TYPES, lang, code),
        "number": lambda n: f"{n:,}".replace(",", "." if lang == "nl" else ","),
        **context}, status_code=status)
    if request.query_params.get(UI_PARAM) in i18n.LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="strict", httponly=True)
    return response


async def not_found(request, exc):
    if request.url.path.startswith("/api/"):
        from starlette.responses import JSONResponse

        return JSONResponse({"error": getattr(exc, "detail", "not found")}, status_code=404)
    return render(request, "error.html", status=404, title=i18n.translate(lang_of(request), "not_found_page"),
                  message=getattr(exc, "detail", ""))


async def server_error(request, exc):
    return PlainTextResponse(f"Internal error: {type(exc).__name__}", status_code=500)


def create_app(index_dir="index", *, token: str | None = None, local_only: bool = True,
               allow_upload: bool = False, upload_dir=None, upload_mb: int = 50, lanes: dict | None = None):
    """The web application over the index at `index_dir`.

    `local_only` answers only requests addressed to a loopback name (the default binding);
    `token`, when given, is required on every request. Uploads are refused unless `allow_upload`.
    """
    from . import api, pages, upload

    config = Config(index_dir, token=token, local_only=local_only, allow_upload=allow_upload,
                    upload_dir=upload_dir, upload_mb=upload_mb, lanes=lanes)
    routes = [*pages.routes(), *api.routes(), *upload.routes(),
              Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static")]
    app = Starlette(routes=routes, exception_handlers={404: not_found, 500: server_error})
    app.state.config = config
    app.state.facets = pages.FacetCache()

    def after_upload():
        app.state.facets.clear()
        config.pool.refresh()

    app.state.uploads = upload.Uploads(config, on_done=after_upload)
    guarded = Guard(app, token=token, local_only=local_only)
    guarded.state = app.state  # tests and the server reach the config through the outer app
    return guarded


def html_error(request, message: str, status: int = 400) -> HTMLResponse:
    return render(request, "error.html", status=status, title=i18n.translate(lang_of(request), "error"),
                  message=message)
