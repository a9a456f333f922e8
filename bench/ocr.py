"""Word recall of OCR engines on real corpus pages, against the PDFs' own text layer.

    python bench/ocr.py [--pages 24] [--dpi 300] [--engines tesseract,rapidocr] [PDF ...]

Each page of born-digital corpus PDFs is rendered to an image (pypdfium2), as a scanner would
deliver it, and read by every OCR engine installed here: Tesseract with its Dutch model
(pytesseract, as `polkb.read.ocr` uses it) and RapidOCR (rapidocr-onnxruntime, which ships its own
models). Recall is the share of the text layer's words (lowercase, letters only, >= 2 characters,
a multiset) the engine also read; accents count, so "beëindigd" read as "beeindigd" is a miss. The
accented column is the recall over words holding a letter outside a-z alone.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_]{2,}")
DEFAULT_PDFS = [
    REPO / "corpus" / "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf",
    REPO / "corpus" / "tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf",
    REPO / "corpus" / "vlaamse-regering-regeerakkoord-2019-2024.pdf",
]


def words(text: str) -> Counter:
    return Counter(w.lower() for w in WORD.findall(text.replace("\u00ad", "")))


def recall(ref: Counter, got: Counter, accented_only: bool = False) -> tuple[int, int]:
    """(words found, words in the reference), optionally over accented words only."""
    pairs = [(w, n) for w, n in ref.items() if not accented_only or re.search(r"[^a-z]", w)]
    return sum(min(n, got[w]) for w, n in pairs), sum(n for _, n in pairs)


def sample_pages(pdfs: list[Path], count: int) -> list[tuple[Path, int]]:
    """Every page of the short documents, then pages spread evenly through the long ones."""
    import pypdfium2

    sizes = [(p, len(pypdfium2.PdfDocument(p))) for p in pdfs]
    chosen = [(p, i) for p, n in sizes if n <= 10 for i in range(n)]
    long = [(p, n) for p, n in sizes if n > 10]
    room = max(count - len(chosen), 0)
    for k, (p, n) in enumerate(long):
        share = room // len(long) + (k < room % len(long))
        chosen += [(p, 1 + (n - 2) * j // max(share - 1, 1)) for j in range(share)]
    return chosen[:count]


def tesseract_engine():
    from polkb.read import ocr

    if reason := ocr.missing_reason():
        return None, reason
    return ocr.image_text, None


def rapidocr_engine():
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        return None, "not installed (pip install rapidocr-onnxruntime)"
    import numpy

    engine = RapidOCR()

    def read(image):
        result, _ = engine(numpy.asarray(image.convert("RGB")))
        return "\n".join(line[1] for line in result or [])

    return read, None


ENGINES = {"tesseract": ("tesseract (nld)", tesseract_engine),
           "rapidocr": ("rapidocr-onnxruntime", rapidocr_engine)}


def main(argv: list[str]) -> int:
    import pypdfium2

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--pages", type=int, default=24, help="pages to read (at least 20 for the note)")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated: " + ", ".join(ENGINES))
    args = parser.parse_args(argv)
    pages = sample_pages(args.pdfs or DEFAULT_PDFS, args.pages)
    engines = {}
    for key in args.engines.split(","):
        name, make = ENGINES[key.strip()]
        read, reason = make()
        if read is None:
            print(f"{name}: skipped ({reason})")
        else:
            engines[name] = read
    totals = {name: [Counter(), Counter(), 0.0] for name in engines}  # found/total, accented, seconds
    reference_all = Counter()
    for path, index in pages:
        page = pypdfium2.PdfDocument(path)[index]
        reference = words(page.get_textpage().get_text_range())
        reference_all += reference
        image = page.render(scale=args.dpi / 72, grayscale=True).to_pil()
        for name, read in engines.items():
            t0 = time.perf_counter()
            got = words(read(image))
            totals[name][2] += time.perf_counter() - t0
            found, total = recall(reference, got)
            afound, atotal = recall(reference, got, accented_only=True)
            totals[name][0].update(found=found, total=total)
            totals[name][1].update(found=afound, total=atotal)
            print(f"{path.name} p{index + 1} {name}: {found}/{total}", file=sys.stderr, flush=True)
    docs = len({p for p, _ in pages})
    print(f"\n{len(pages)} pages of {docs} corpus PDFs at {args.dpi} dpi; "
          f"{sum(reference_all.values())} words in their text layer "
          f"({sum(n for w, n in reference_all.items() if re.search(r'[^a-z]', w))} accented)\n")
    print("| engine | word recall | accented word recall | s/page |")
    print("|---|---|---|---|")
    for name, (plain, accented, seconds) in totals.items():
        print(f"| {name} | {plain['found'] / max(plain['total'], 1):.3f} "
              f"| {accented['found'] / max(accented['total'], 1):.3f} "
              f"({accented['found']}/{accented['total']}) | {seconds / len(pages):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
