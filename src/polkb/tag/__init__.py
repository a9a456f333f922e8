"""Tag: what a document is and what it says, as records (the third stage of the pipeline).

`understand` runs every registered extractor on one structured document: its kind and metadata
(kinds), the question/answer pairs of parliamentary questions (qa), organisations, persons, target
groups, topics, countries and years (entities), figures (figures) and initiatives with their
partners (initiatives). An extractor is a pure function of the Document, its Passages and what
the extractors it names in `after` found; it registers itself under the name of what it finds:

    @register("figures")
    def _figures(doc, passages, found): return find_figures(doc, passages)

A name that is a field of `Understanding` fills that field; any other lands in
`Understanding.extra`. A new extractor is one module in this package: nothing else is edited.
"""
from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from typing import Callable

from ..model import Document, Passage, Understanding


@dataclasses.dataclass(frozen=True)
class Extractor:
    name: str                               # what it finds: a field of Understanding, or extra's key
    run: Callable[[Document, list, dict], object]  # (doc, passages, found so far by name) -> result
    after: tuple[str, ...] = ()             # the extractors whose results it reads


_EXTRACTORS: dict[str, Extractor] = {}
_discovered = False


def register(name: str, after: tuple[str, ...] = ()):
    """Register the decorated function as the extractor of `name` (again: it replaces)."""
    def wrap(run):
        _EXTRACTORS[name] = Extractor(name, run, tuple(after))
        return run
    return wrap


def extractors() -> list[Extractor]:
    """Every registered extractor, each after the ones it reads (then by name)."""
    global _discovered
    if not _discovered:
        _discovered = True
        for info in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{info.name}")
    ordered: list[Extractor] = []
    placed: set[str] = set()

    def place(ex: Extractor, path: tuple = ()):
        if ex.name in placed:
            return
        if ex.name in path:
            raise ValueError(f"tag extractors read each other in a circle: {' -> '.join(path + (ex.name,))}")
        for name in ex.after:
            if name in _EXTRACTORS:
                place(_EXTRACTORS[name], path + (ex.name,))
        placed.add(ex.name)
        ordered.append(ex)

    for name in sorted(_EXTRACTORS):
        place(_EXTRACTORS[name])
    return ordered


_FIELDS = {f.name for f in dataclasses.fields(Understanding)}


def understand(doc: Document, passages: list[Passage]) -> Understanding:
    found: dict[str, object] = {}
    for ex in extractors():
        found[ex.name] = ex.run(doc, passages, found)
    return Understanding(**{k: v for k, v in found.items() if k in _FIELDS and k != "extra"},
                         extra={k: v for k, v in found.items() if k not in _FIELDS})


def passage_tags(understanding: Understanding) -> dict[str, dict[str, list[str]]]:
    """Tag values per passage id, by index field (org, person, target, topic, country, year,
    initiative), plus the document's own year, so filters and facets work per passage.
    One pass over the tags: a long document has thousands of passages and tags."""
    out: dict[str, dict[str, list[str]]] = {}
    for tag in understanding.tags:
        if tag.passage_id:
            out.setdefault(tag.passage_id, {}).setdefault(tag.type, []).append(tag.value)
    for ini in understanding.initiatives:
        for pid in ini.passage_ids:
            out.setdefault(pid, {}).setdefault("initiative", []).append(ini.name)
    year = [str(understanding.info.year)] if understanding.info.year else []
    return _PassageTags({pid: {k: list(dict.fromkeys(v)) for k, v in fields.items()} for pid, fields in out.items()},
                        year)


class _PassageTags(dict):
    """Passage id -> tag fields; passages without tags still get the document's year."""

    def __init__(self, data, year):
        super().__init__(data)
        self.year = year
        if year:
            for fields in self.values():
                fields["year"] = list(dict.fromkeys(fields.get("year", []) + year))

    def __missing__(self, pid):
        return {"year": list(self.year)} if self.year else {}


def tag_summary(understanding: Understanding) -> dict[str, list[str]]:
    """Every tag value of the document by type, most frequent first."""
    counts: dict[str, dict[str, int]] = {}
    for tag in understanding.tags:
        by_value = counts.setdefault(tag.type, {})
        by_value[tag.value] = by_value.get(tag.value, 0) + 1
    return {t: sorted(v, key=lambda k: (-v[k], k)) for t, v in sorted(counts.items())}
