"""polkb: a knowledge base for Dutch higher-education policy texts."""

__version__ = "0.1.0"


def _defer_import(name: str, functions: tuple[str, ...] = ()) -> None:
    """Let the module `name` load when something uses it, not at start-up.

    Whoosh's start-up imports modules it (almost) never uses: whoosh.compat imports
    `urllib.request` for `urlretrieve` (http.client and the email package, ~60 ms), and
    whoosh.reading imports the `cached_property` package, which imports `asyncio` (~50 ms) for one
    check made when a segment with deletions is first read; whoosh.query imports Whoosh's English
    morphology (compiling ~100 patterns, ~10 ms) for a query type polkb never builds. Together they
    were a quarter of a cold `polkb search`. BeautifulSoup imports soupsieve for CSS selectors
    (compiling its patterns, ~70 ms in every ingest worker); polkb's HTML reader walks the tree. A stand-in module takes the name until an attribute is read (or, for a package,
    a submodule is imported); then the real module is imported, answers, and is what later imports
    get. Nothing changes once it is loaded.
    """
    import importlib.util
    import sys
    import types

    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    package = spec.submodule_search_locations is not None

    def load():
        import importlib

        if isinstance(sys.modules.get(name), Deferred):
            del sys.modules[name]
        return importlib.import_module(name)

    class Deferred(types.ModuleType):
        def __getattr__(self, attr):
            if attr.startswith("__") and not (package and attr == "__path__"):
                raise AttributeError(attr)  # the import system probing (__spec__, __path__ …)
            return getattr(load(), attr)

    stub = Deferred(name)
    for function in functions:  # names imported at start-up: stand-ins that load on call
        setattr(stub, function, lambda *args, _f=function, **kwargs: getattr(load(), _f)(*args, **kwargs))
    sys.modules[name] = stub


_defer_import("urllib.request", functions=("urlretrieve",))
_defer_import("asyncio")
_defer_import("whoosh.lang.morph_en", functions=("variations",))
_defer_import("soupsieve")
