"""An index as JSON lines: what `polkb export --jsonl` writes and `polkb ingest --from-jsonl` reads.

The file moves an index from one backend to another (a Whoosh folder into OpenSearch, or the
other way) without reading the original files again: it holds every record the backend stores,
which is everything a rebuild needs (the document's metadata, Q/A pairs, initiatives, figures and
tags in its `data`; each passage's text, heading path, context, page, offsets and tags).

Layout, one JSON object a line:

    {"polkb": "export", "version": 1, "backend": "whoosh"}
    {"rec": "doc", "doc_id": "…", "path": "corpus/x.pdf", …, "data": {…}, "org": ["UNL", …]}
    {"rec": "passage", "doc_id": "…", "seq": 0, "body": "…", "context": "…", …}
    …

Each document record comes first, then its passages in order (its `data.passages` of them). The
records are those of `polkb.store.records` (what ingest hands a backend), made easier to read and
to filter with `jq`: `data` is an object, not a JSON string, and tag fields (org, target, topic,
person, country, initiative, year) are lists, not comma-separated strings.

Reading checks every line: one that is not JSON, not a record, or lacks a field a record needs is
reported as `FILE:LINE: reason` (and the document it belongs to is not imported), as is a
document whose passages are not all there; every other document lands.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator

from ..model import TAG_FIELDS

FORMAT = "export"
VERSION = 1
LIST_FIELDS = (*TAG_FIELDS, "year")
# what each record type must hold, and of which type
REQUIRED = {
    "doc": {"doc_id": str, "path": str, "data": dict},
    "passage": {"doc_id": str, "body": str, "seq": int},
}


def header(backend: str) -> dict:
    return {"polkb": FORMAT, "version": VERSION, "backend": backend}


def to_line(rec: dict) -> str:
    """One record as an export line (`data` as an object, tag fields as lists)."""
    out = {}
    for key, value in rec.items():
        if value is None or key.startswith("_"):
            continue
        if key == "data" and isinstance(value, str):
            value = json.loads(value)
        elif key in LIST_FIELDS and isinstance(value, str):
            value = [v for v in value.split(",") if v]
        out[key] = value
    return json.dumps(out, ensure_ascii=False)


def write_export(backend, out: IO[str]) -> tuple[int, int]:
    """Write every record of `backend` to `out`; (documents, passages) written."""
    docs = passages = 0
    out.write(json.dumps(header(backend.name), ensure_ascii=False) + "\n")
    for group in backend.records():
        for rec in group:
            out.write(to_line(rec) + "\n")
        docs += 1
        passages += len(group) - 1
    return docs, passages


@dataclass
class BadLine:
    """A line (or a document) that cannot be imported: `line` is its 1-based number."""
    line: int
    reason: str


@dataclass
class Document:
    """One document's records as ingest hands them to a backend, and where it starts."""
    line: int
    records: list[dict] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.records[0]["path"]

    @property
    def sha256(self) -> str | None:
        return json.loads(self.records[0]["data"]).get("sha256")


def from_line(obj: dict) -> dict:
    """A record as `polkb.store.records` makes it, from an export line's object."""
    rec = {}
    for key, value in obj.items():
        if key == "data" and isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False)
        elif key in LIST_FIELDS and isinstance(value, list):
            value = ",".join(" ".join(str(v).replace(",", " ").split()) for v in value if str(v).strip())
        rec[key] = value
    return rec


def _problem(obj) -> str | None:
    """Why an export line's object is not a record (None: it is one)."""
    if not isinstance(obj, dict):
        return f"not a record (a JSON {type(obj).__name__}, not an object)"
    kind = obj.get("rec")
    if kind not in REQUIRED:
        return f"not a record: 'rec' is {kind!r}, not 'doc' or 'passage'"
    for name, typ in REQUIRED[kind].items():
        value = obj.get(name)
        if not isinstance(value, typ) or isinstance(value, bool):
            what = "missing" if value is None else f"a {type(value).__name__}, not a {typ.__name__}"
            return f"{kind} record without a valid '{name}' ({what})"
    if kind == "doc" and not isinstance(obj["data"].get("passages", 0), int):
        return "doc record whose data.passages is not a number"
    for name in LIST_FIELDS:
        if name in obj and not isinstance(obj[name], (list, str)):
            return f"{kind} record whose '{name}' is not a list"
    return None


def read_export(lines: Iterable[str]) -> Iterator[Document | BadLine]:
    """The documents of an export, each complete, and a BadLine for each line or document that
    cannot be imported, in file order. A file that is not a polkb export (its first line is not
    the header) raises ValueError."""
    current: Document | None = None
    spoiled = False  # the current document lost a line: it is not imported
    orphan = None  # the doc_id of passages met without their document (reported once)
    expected = 0

    def finish():
        if current is None or spoiled:
            return None
        have = len(current.records) - 1
        if have != expected:
            return BadLine(current.line, f"document {current.path} has {have} of its {expected} passages in the "
                                         f"file; not imported")
        return current

    for number, raw in enumerate(lines, 1):
        if number == 1:
            try:
                head = json.loads(raw)
            except ValueError:
                head = None
            if not isinstance(head, dict) or head.get("polkb") != FORMAT:
                raise ValueError("not a polkb export: its first line is not the header "
                                 "{\"polkb\": \"export\", ...} that 'polkb export --jsonl' writes")
            if head.get("version") != VERSION:
                raise ValueError(f"a polkb export of version {head.get('version')}; this polkb reads version {VERSION}")
            continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except ValueError as e:
            obj, problem = None, f"not JSON ({e.msg} at column {e.colno})"
        else:
            problem = _problem(obj)
        if problem is None and obj["rec"] == "doc":
            done = finish()
            if done is not None:
                yield done
            current, spoiled = Document(number, [from_line(obj)]), False
            expected = obj["data"].get("passages", 0)
            continue
        # a line that may be the current document's (not JSON, or its doc_id) costs that document
        ours = current is not None and (not isinstance(obj, dict)
                                        or obj.get("doc_id") in (None, current.records[0]["doc_id"]))
        if problem is None and not ours:  # a passage whose document line is missing or bad
            if obj["doc_id"] == orphan:
                continue
            orphan = obj["doc_id"]
            yield BadLine(number, f"passage of document {obj['doc_id']} without its document record before it "
                                  f"(its further passages are left out too)")
            continue
        if problem is None and spoiled:
            continue  # a sound line of a document already lost (its bad line was reported)
        if problem is None and len(current.records) - 1 != obj["seq"]:
            problem = f"passage {obj['seq']} out of order (expected {len(current.records) - 1})"
        if problem is None:
            current.records.append(from_line(obj))
            continue
        if ours and not spoiled:
            problem += f"; document {current.path} not imported"
            spoiled = True
        yield BadLine(number, problem)
    done = finish()
    if done is not None:
        yield done
