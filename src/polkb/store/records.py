"""The records polkb stores for a document, the same for every backend: one document record
(its metadata and everything the record commands and answers need, as JSON in `data`) and one
record per passage (its text, heading path, context, tags and citation fields). A record is a
plain dict of field -> value; a backend decides how to index each field.
"""
from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from pathlib import Path

from ..model import TAG_FIELDS, Document, Passage, Understanding


def passage_record(doc: Document, passage: Passage, tags: dict[str, list[str]] | None = None) -> dict:
    """The record of one passage: its text, heading path, context, citation fields and tags."""
    rec = dict(
        rec="passage",
        doc_id=doc.id,
        file=Path(doc.path).name.lower(),
        docinfo=docinfo(doc),
        heading=" > ".join(passage.heading),
        context=passage_context(doc.title, passage.heading, passage.sections),
        body=passage.text,
        kind=doc.kind,
        format=doc.format,
        lang=passage.lang,
        seq=passage.seq,
        start=passage.start,
        end=passage.end,
    )
    if passage.page:
        rec["page"] = passage.page
    if passage.lang == "en":
        rec["body_en"] = passage.text
    return rec | _tag_fields(tags)


def docinfo(doc: Document) -> str:
    """What every passage of a document shares with it (stored once per document)."""
    return json.dumps(dict(doc_id=doc.id, title=doc.title, path=doc.path, kind=doc.kind, format=doc.format),
                      ensure_ascii=False, sort_keys=True)


def passage_context(title: str, heading: tuple[str, ...], sections: tuple[str, ...]) -> str:
    """What the context field indexes: the document title, the heading path, the headings inside
    the passage (each once)."""
    return " | ".join(dict.fromkeys(p for p in (title, *heading, *sections) if p))


def document_record(doc: Document, data: dict, tags: dict[str, list[str]] | None = None) -> dict:
    """The record of a document; `data` is its JSON-able metadata and records."""
    rec = dict(
        rec="doc",
        doc_id=doc.id,
        path=doc.path,
        file=Path(doc.path).name.lower(),
        kind=doc.kind,
        format=doc.format,
        lang=doc.language,
        data=json.dumps(data, ensure_ascii=False),
    )
    return rec | _tag_fields(tags)


def _tag_fields(tags: dict[str, list[str]] | None) -> dict[str, str]:
    """Tag values as comma-separated KEYWORD fields (a comma inside a value would split it)."""
    return {name: ",".join(" ".join(v.replace(",", " ").split()) for v in tags[name])
            for name in TAG_FIELDS + ("year",) if tags and tags.get(name)}


def document_data(doc: Document, passages: list[Passage], understanding: Understanding) -> dict:
    """What a doc record stores: everything `show`, the record commands and answers need without
    re-reading the file."""
    from ..tag import tag_summary

    u = understanding
    return dict(
        id=doc.id,
        path=doc.path,
        title=doc.title,
        format=doc.format,
        sha256=doc.sha256,
        pages=doc.pages,
        language=doc.language,
        kind=doc.kind,
        chars=len(doc.text),
        passages=len(passages),
        meta=doc.meta,
        info=asdict(u.info),
        tags=tag_summary(u),
        figures=[asdict(f) for f in u.figures],
        qa_pairs=[asdict(q) for q in u.qa_pairs],
        initiatives=[asdict(i) for i in u.initiatives],
    ) | ({"extra": {name: _plain(value) for name, value in u.extra.items()}} if u.extra else {})


def _plain(value):
    """What another registered extractor found, as JSON-able data (dataclasses as dicts)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def records_for(doc: Document, passages: list[Passage], understanding: Understanding) -> list[dict]:
    """All index records of one document: its passages, then the document record."""
    from ..tag import passage_tags, tag_summary

    tags = passage_tags(understanding)
    records = [passage_record(doc, p, tags[p.id]) for p in passages]
    doc_tags = tag_summary(understanding)
    if understanding.info.year:
        doc_tags.setdefault("year", []).append(str(understanding.info.year))
    records.append(document_record(doc, document_data(doc, passages, understanding), doc_tags))
    return records


def passage_from_fields(fields: dict) -> Passage:
    heading = tuple(h for h in (fields.get("heading") or "").split(" > ") if h)
    return Passage(
        id=fields.get("id", ""),
        doc_id=fields.get("doc_id", ""),
        seq=fields.get("seq", 0),
        text=fields.get("body", ""),
        heading=heading,
        page=fields.get("page"),
        start=fields.get("start", 0),
        end=fields.get("end", 0),
        lang=fields.get("lang", "nl"),
    )


def passage_json(p: Passage) -> dict:
    d = asdict(p)
    d["heading"] = list(p.heading)
    return d
