"""The JSON API under /api/: the shapes of the CLI's --json, one endpoint per command.

`ENDPOINTS` describes each endpoint once; the OpenAPI document at /api/openapi.json and the
/api page are built from it.
"""
from __future__ import annotations

import dataclasses

from starlette.responses import JSONResponse
from starlette.routing import Route

from .export import plain

Q = ("q", "query", True)


def _int(request, name: str, default: int, lo: int, hi: int) -> int:
    value = request.query_params.get(name)
    if value is None:
        return default
    number = int(value)  # a ValueError becomes a 400
    if not lo <= number <= hi:
        raise ValueError(f"{name} must be between {lo} and {hi}")
    return number


def _flag(request, name: str) -> bool:
    return request.query_params.get(name, "").lower() in ("1", "true", "yes", "on")


def _text(request, name: str) -> str | None:
    value = (request.query_params.get(name) or "").strip()
    return value or None


def _required(request, name: str) -> str:
    value = _text(request, name)
    if value is None:
        raise ValueError(f"parameter '{name}' is required")
    return value


def search(kb, request):
    from ..query.syntax import FILTER_FIELDS

    filters = {f: request.query_params.getlist(f) for f in FILTER_FIELDS if request.query_params.getlist(f)}
    return kb.search(_text(request, "q") or "", limit=_int(request, "limit", 10, 1, 1000),
                     offset=_int(request, "offset", 0, 0, 100000), per_doc=_flag(request, "per_doc"),
                     facets=_flag(request, "facets"), filters=filters)


def ask(kb, request):
    data = dataclasses.asdict(kb.ask(_required(request, "q")))
    if not _flag(request, "explain"):
        data.pop("explanation")
    return data


def show(kb, request):
    data = kb.show(request.path_params["ref"])
    if request.query_params.get("passages", "1").lower() in ("0", "false", "no"):
        data.pop("passage_list", None)
    return data


def similar(kb, request):
    return kb.similar(request.path_params["ref"], limit=_int(request, "limit", 10, 1, 100))


def documents(kb, request):
    kind = _text(request, "kind")
    return [{k: v for k, v in d.items() if k not in ("figures", "qa_pairs", "initiatives")}
            for d in kb.documents() if not kind or d["kind"] == kind]


def initiatives(kb, request):
    return kb.initiatives(org=_text(request, "org"), target=_text(request, "target"),
                          topic=_text(request, "topic"), country=_text(request, "country"),
                          name=_text(request, "name"))


def partners(kb, request):
    return kb.partners(_required(request, "name"))


def figures(kb, request):
    return kb.figures(_text(request, "q"), unit=_text(request, "unit"), limit=_int(request, "limit", 30, 1, 1000))


def qa(kb, request):
    return kb.qa_pairs(_text(request, "q"), minister=_text(request, "minister"), asker=_text(request, "asker"),
                       limit=_int(request, "limit", 20, 1, 1000))


def stats(kb, request):
    return kb.stats()


# path, handler, summary, query parameters (name, description, required)
ENDPOINTS = [
    ("/api/search", search, "Ranked passages (polkb search --json); filters as parameters: kind, org, year …",
     [Q, ("limit", "hits (1-1000, default 10)", False), ("offset", "hits to skip", False),
      ("per_doc", "1: the best passage of each document", False), ("facets", "1: counts per kind, org, year", False),
      ("kind", "filter, repeatable; so are org, year, target, topic, person, country, lang, format, file", False)]),
    ("/api/ask", ask, "A short cited answer, or answer null (polkb ask --json)",
     [("q", "question, Dutch or English", True), ("explain", "1: how the answer was found", False)]),
    ("/api/show/{ref}", show, "A document by id, path or file name with its passages (polkb show --json)",
     [("passages", "0: leave the passages out", False)]),
    ("/api/similar/{ref}", similar, "Passages of other documents like a passage or document (polkb similar --json)",
     [("limit", "hits (1-100, default 10)", False)]),
    ("/api/documents", documents, "Every document's metadata and tags", [("kind", "only this kind", False)]),
    ("/api/stats", stats, "Counts of documents and passages, per format and kind (polkb stats --json)", []),
    ("/api/initiatives", initiatives, "Initiatives with partners (polkb initiatives --json)",
     [("org", "partner or coordinator", False), ("target", "target group", False), ("topic", "topic", False),
      ("country", "country", False), ("name", "part of the name", False)]),
    ("/api/partners", partners, "One initiative with coordinator and partners (polkb partners --json)",
     [("name", "the initiative", True)]),
    ("/api/figures", figures, "Figures, all or about a query (polkb figures --json)",
     [("q", "query", False), ("unit", "euro, procent, count …", False), ("limit", "rows (default 30)", False)]),
    ("/api/qa", qa, "Parliamentary question/answer pairs (polkb qa --json)",
     [("q", "query", False), ("minister", "who answered", False), ("asker", "who asked, or party", False),
      ("limit", "rows (default 20)", False)]),
]


def _endpoint(handler):
    def run(request):
        from ..errors import IndexBusy, IndexMissing, IndexOutdated
        from ..kb import NotFound, UnknownUnit

        lane = "ask" if handler is ask else "facets" if handler is search and _flag(request, "facets") else "read"
        try:
            with request.app.state.config.pool.kb(lane) as kb:
                return JSONResponse(plain(handler(kb, request)))
        except NotFound as e:
            return JSONResponse({"error": str(e)}, status_code=404)
        except (UnknownUnit, ValueError) as e:
            return JSONResponse({"error": str(e)}, status_code=400)
        except (IndexMissing, IndexBusy, IndexOutdated) as e:
            return JSONResponse({"error": str(e)}, status_code=503)

    return run


def openapi(request=None) -> dict:
    paths = {}
    for path, _, summary, params in ENDPOINTS:
        parameters = [{"name": n, "in": "query", "required": req, "description": d, "schema": {"type": "string"}}
                      for n, d, req in params]
        if "{ref}" in path:
            parameters.insert(0, {"name": "ref", "in": "path", "required": True, "schema": {"type": "string"},
                                  "description": "document id, path or file name (or a passage id)"})
        paths[path] = {"get": {"summary": summary, "parameters": parameters,
                               "responses": {"200": {"description": "JSON in the shape of the CLI's --json"},
                                             "400": {"description": "a bad parameter: {\"error\": …}"},
                                             "404": {"description": "not in the knowledge base: {\"error\": …}"}}}}
    return {"openapi": "3.0.3", "info": {"title": "polkb", "version": _version()}, "paths": paths}


def _version() -> str:
    from .. import __version__

    return __version__


def openapi_json(request):
    return JSONResponse(openapi())


def api_page(request):
    from .app import render

    return render(request, "api.html", active="nav_api", endpoints=ENDPOINTS)


def routes():
    return [Route("/api", api_page), Route("/api/openapi.json", openapi_json),
            *(Route(path, _endpoint(handler)) for path, handler, _, _ in ENDPOINTS)]
