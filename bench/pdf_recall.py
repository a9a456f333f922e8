"""Word recall of polkb's PDF reader against poppler's `pdftotext` (a reference for this script only).

    python bench/pdf_recall.py [DIR_OR_PDF ...]

Recall = share of pdftotext's word tokens (lowercase, letters only, >= 2 chars, counted as a
multiset) that polkb's text also has. pdftotext's own line-end hyphenations are joined with the
reader's `join_lines`, so both sides split words the same way. "raw" counts every word; "content"
leaves out words on lines the reader drops on purpose (page furniture by pattern, or lines repeated
across pages after masking digits). Raw pypdf `extract_text()` recall is shown for comparison.

Then the extractors side by side over all files (`pip install -e .[bench]` brings pdfminer.six and
pypdfium2): word recall and precision against pdftotext, split words (two tokens that pdftotext
reads as one word, "Vertegen woordiging") and time per page. Each extractor's line-end
hyphenations are joined as pdftotext's are.
"""
from __future__ import annotations

import logging
import re
import subprocess
import sys
import time
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


def join_hyphenated(lines: list[str]) -> list[str]:
    """Lines with a line-end hyphenation joined to the next line's first word (the reader's rule),
    one output line per input line, so a line keeps its own furniture verdict."""
    text_lines = [" ".join(ln.split()) for ln in lines]
    for i, ln in enumerate(text_lines):
        if ln.endswith("-") and i + 1 < len(text_lines) and text_lines[i + 1]:
            head, _, rest = text_lines[i + 1].partition(" ")
            text_lines[i], text_lines[i + 1] = pdf.join_lines([ln, head]), rest
    return text_lines


def reference_words(pages: list[list[str]]) -> tuple[Counter, Counter]:
    """(all words, words outside furniture lines) from pdftotext, hyphenations joined."""
    norm = pdf._norm
    seen = Counter()
    for lines in pages:
        seen.update({norm(ln) for ln in lines if ln.strip()})
    repeated = {k for k, n in seen.items() if n >= 2} if len(pages) >= 3 else set()
    raw, content = Counter(), Counter()
    for lines in pages:
        for ln, orig in zip(join_hyphenated(lines), lines):
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


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    return extract_text(BytesIO(data))


def pdfium_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def polkb_text(data: bytes) -> str:
    return "\n".join(b.text for b in pdf.read(Path("bench.pdf"), data).blocks)


EXTRACTORS = {"polkb reader (pypdf + rules)": polkb_text, "pypdf": pypdf_text,
              "pdfminer.six": pdfminer_text, "pypdfium2": pdfium_text}


def split_words(text: str, vocabulary: set[str]) -> int:
    """Neighbouring tokens that together make a reference word while one of them is none
    ("vertegen" + "woordiging")."""
    tokens = [w.lower() for w in WORD.findall(text)]
    return sum(1 for a, b in zip(tokens, tokens[1:])
               if a + b in vocabulary and (a not in vocabulary or b not in vocabulary))


def compare_extractors(files: list[Path]) -> None:
    """One row per extractor over all files: recall, precision, split words, ms per page."""
    rows = {name: Counter() for name in EXTRACTORS}
    for f in files:
        data = f.read_bytes()
        pages = reference_pages(f)
        ref = words("\n".join(ln for page in pages for ln in join_hyphenated(page)))
        vocabulary = set(ref)
        for name, extract in EXTRACTORS.items():
            t0 = time.perf_counter()
            try:
                text = extract(data)
            except ImportError:
                rows[name]["missing"] = 1
                continue
            except Exception:
                rows[name]["errors"] += 1
                continue
            rows[name]["seconds_x1000"] += int((time.perf_counter() - t0) * 1000)
            lines = join_hyphenated(text.split("\n"))
            got = words("\n".join(lines))
            common = sum((ref & got).values())
            rows[name].update(common=common, ref=sum(ref.values()), got=sum(got.values()),
                              split=split_words("\n".join(lines), vocabulary), pages=len(pages) - 1)
    print(f"\n{len(files)} PDFs, {max(r['pages'] for r in rows.values())} pages, against pdftotext\n")
    print("| extractor | word recall | word precision | split words | ms/page |")
    print("|---|---|---|---|---|")
    for name, r in rows.items():
        if r["missing"]:
            print(f"| {name} | not installed | | | |")
            continue
        print(f"| {name} | {r['common'] / max(r['ref'], 1):.4f} | {r['common'] / max(r['got'], 1):.4f} "
              f"| {r['split']} | {r['seconds_x1000'] / max(r['pages'], 1):.1f} |"
              + (f" ({r['errors']} files failed)" if r["errors"] else ""))


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
    compare_extractors(files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
