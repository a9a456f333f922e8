"""Dump what the tag stage finds in every document, to check that a refactor changes nothing.

    python bench/tag_dump.py DIR_OR_FILE ... > before.jsonl      # one JSON line per document
    python bench/tag_dump.py --compare before.jsonl after.jsonl [--fields tags,info,qa_pairs]

Each file is read as ingest reads it (polkb.read.read_file -> polkb.structure.build_document ->
cut_passages -> polkb.tag.understand, as tests/test_backend_contract.py::_records does) and its
whole Understanding is written out: the document's info (kind, dates, numbers, …), every tag
(organisation, person, target group, topic, country, year, with passage and offsets), the Q/A
pairs, the figures, the initiatives and any extra extractor's result, plus the passages' ids and
texts. A file no reader takes is written with its error.

`--compare` prints the documents and fields that differ (the first differing element of each) and
exits 1 when any does. `--fields` limits the comparison to the named top-level fields (info, tags,
figures, qa_pairs, initiatives, extra, passages, error): a check of the entities and kinds while
someone else changes figures or initiatives. `--tag-types org,person` limits `tags` further.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path


def _files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            out.append(p)
    return out


def record(path: Path) -> dict:
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag import understand

    data = path.read_bytes()
    try:
        doc = build_document(path.name, hashlib.sha256(data).hexdigest(), read_file(path, data))
    except Exception as e:  # a file no reader takes: its error is the record
        return {"file": str(path), "error": f"{type(e).__name__}: {e}"}
    passages = cut_passages(doc)
    u = dataclasses.asdict(understand(doc, passages))
    u["passages"] = [[p.id, p.text] for p in passages]
    return {"file": str(path), **u}


def dump(paths: list[str], out) -> None:
    for f in _files(paths):
        out.write(json.dumps(record(f), ensure_ascii=False, sort_keys=True, default=repr) + "\n")


def _load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {r["file"]: r for r in map(json.loads, f)}


def compare(a_path: str, b_path: str, fields: list[str] | None, tag_types: list[str] | None) -> int:
    a, b = _load(a_path), _load(b_path)
    differ = 0
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            print(f"{name}: only in {'the first' if name in a else 'the second'} dump")
            differ += 1
            continue
        for key in sorted(set(a[name]) | set(b[name])):
            if fields and key not in fields:
                continue
            x, y = a[name].get(key), b[name].get(key)
            if key == "tags" and tag_types:
                x = [t for t in x or [] if t.get("type") in tag_types]
                y = [t for t in y or [] if t.get("type") in tag_types]
            if x != y:
                differ += 1
                where = ""
                if isinstance(x, list) and isinstance(y, list):
                    i = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
                    where = f" (lengths {len(x)} / {len(y)}; first difference at {i}: " \
                            f"{x[i] if i < len(x) else '-'!r} / {y[i] if i < len(y) else '-'!r})"
                print(f"{name}: {key} differs{where}")
    print(f"{len(set(a) | set(b))} documents, {differ} differences", file=sys.stderr)
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--fields", help="comma-separated top-level fields to compare")
    ap.add_argument("--tag-types", help="comma-separated tag types to compare (org, person, …)")
    args = ap.parse_args(argv)
    if args.compare:
        split = lambda s: s.split(",") if s else None  # noqa: E731
        return compare(*args.compare, split(args.fields), split(args.tag_types))
    dump(args.paths, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
