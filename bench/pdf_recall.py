"""Word recall of polkb's PDF reader against poppler's `pdftotext` (a reference for this script only).

    python bench/pdf_recall.py [DIR_OR_PDF ...]

Recall = share of pdftotext's word tokens (lowercase, letters only, >= 2 chars, counted as a
multiset) that polkb's text also has. pdftotext's own line-end hyphenations are joined with the
reader's `join_lines`, so both sides split words the same way. "raw" counts every word; "content"
leaves out words on lines the reader drops on purpose (page furniture by pattern, or lines repeated
across pages after masking digits). Raw pypdf `extract_text()` recall is shown for comparison.
"""
from __future__ import annotations

import logging
import re
import subprocess
import sys
import warnings
from collections import Counter
from io import BytesIO
from pathlib import Path

from polkb.read import ReaderError, pdf

REPO = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_]{2,}")


def words(text: str) -> Counter:
    return Counter(w.lower() for w in WORD.findall(text))


def reference_pages(path: Path) -> list[list[str]]:
    """pdftotext's lines per page (form feed separates pages)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [page.split("\n") for page in out.split("\f")]


def reference_words(pages: list[list[str]]) -> tuple[Counter, Counter]:
    """(all words, words outside furniture lines) from pdftotext, hyphenations joined."""
    norm = pdf._norm
    seen = Counter()
    for lines in pages:
        seen.update({norm(ln) for ln in lines if ln.strip()})
    repeated = {k for k, n in seen.items() if n >= 2} if len(pages) >= 3 else set()
    raw, content = Counter(), Counter()
    for lines in pages:
        # Join hyphenated line ends pairwise, keeping each physical line's furniture verdict.
        text_lines = [" ".join(ln.split()) for ln in lines]
        for i, ln in enumerate(text_lines):
            if ln.endswith("-") and i + 1 < len(text_lines) and text_lines[i + 1]:
                nxt = text_lines[i + 1]
                head, _, rest = nxt.partition(" ")
                joined = pdf.join_lines([ln, head])
                text_lines[i], text_lines[i + 1] = joined, rest
        for ln, orig in zip(text_lines, lines):
            w = words(ln)
            raw += w
            o = " ".join(orig.split())
            if not (pdf.is_furniture_text(o) or norm(o) in repeated):
                content += w
    return raw, content


def recall(ref: Counter, got: Counter) -> tuple[int, int]:
    return sum(min(n, got[w]) for w, n in ref.items()), sum(ref.values())


def pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(BytesIO(data))
        return "\n".join(p.extract_text() for p in reader.pages)


def main(args: list[str]) -> int:
    targets = [Path(a) for a in args] or [REPO / "corpus", REPO.parent / "shared" / "realcorpus"]
    files, seen = [], set()
    for t in targets:
        for f in sorted(t.glob("*.pdf")) if t.is_dir() else [t] if t.exists() else []:
            if f.name not in seen:  # the shared corpus repeats the repo's files
                seen.add(f.name)
                files.append(f)
    totals = {k: [0, 0] for k in ("raw", "content", "pypdf")}
    print(f"{'file':60} {'words':>7} {'raw':>7} {'content':>8} {'pypdf':>7}")
    for f in files:
        data = f.read_bytes()
        try:
            result = pdf.read(f, data)
        except ReaderError as e:
            print(f"{f.name[:60]:60} error: {e}")
            continue
        got = words("\n".join(b.text for b in result.blocks))
        raw, content = reference_words(reference_pages(f))
        row = {"raw": recall(raw, got), "content": recall(content, got),
               "pypdf": recall(raw, words(pypdf_text(data)))}
        for k, (hit, n) in row.items():
            totals[k][0] += hit
            totals[k][1] += n
        r = {k: hit / n if n else 1.0 for k, (hit, n) in row.items()}
        print(f"{f.name[:60]:60} {row['raw'][1]:7d} {r['raw']:7.4f} {r['content']:8.4f} {r['pypdf']:7.4f}")
    t = {k: hit / n if n else 1.0 for k, (hit, n) in totals.items()}
    print(f"{'OVERALL (micro)':60} {totals['raw'][1]:7d} {t['raw']:7.4f} {t['content']:8.4f} {t['pypdf']:7.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
