#!/usr/bin/env python3
"""Split the blind evaluation parts (qa_pN.jsonl, passages_pN.jsonl) into `tune` and `check`.

Each part was written by reading one group of documents, before polkb's answers were seen. Within
each part, lines alternate between the halves (first line tune, second check …), so both halves
spread over the same documents, types and languages. Re-run after adding a part.
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

for kind in ("qa", "passages"):
    halves = {"tune": [], "check": []}
    for path in sorted(glob.glob(os.path.join(HERE, f"{kind}_p*.jsonl"))):
        rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        for i, row in enumerate(rows):
            halves["tune" if i % 2 == 0 else "check"].append(row)
    for name, rows in halves.items():
        with open(os.path.join(HERE, f"{kind}_{name}.jsonl"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{kind}_{name}.jsonl: {len(rows)}")
