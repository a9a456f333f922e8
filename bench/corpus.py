"""Deterministic generator of large, realistic polkb corpora for the speed benchmark.

    python bench/corpus.py --size 10k [--seed 42] [--force]

Text is sampled and recombined from the real documents in `corpus/` (read with polkb's own
readers, so the pool holds clean headings, sentences and list items):

* every generated document has a title and 10-40 sections; a section is a heading and a paragraph
  of ~80 words (runs of consecutive sentences from one real document, so a paragraph stays on one
  subject), sometimes a list with its lead-in line or a second short paragraph. polkb cuts
  passages along headings (40-250 words), so one section gives one passage of ~80-100 words;
* the vocabulary keeps growing with the corpus as in real Dutch text: a share of sentences get a
  new compound ("onderwijs" + "beleid"), and numbers and years are varied;
* formats: ~45% .txt (half of them hard-wrapped at 78 columns like PDF exports), ~35% .md,
  ~18% .html (with navigation and footer boilerplate) and ~1 in 60 documents a small .pdf built
  with pypdf (Helvetica text with a bold, larger heading font; cheap to make, slow to read, as
  real PDFs are);
* documents sit in folders of 250 files.

Corpora are cached under bench/out/corpus-<size>-s<seed>/ with a manifest written last, so a
half-written corpus is never reused; the manifest records the generator version, the file and
section counts and the byte size. Generation uses one RNG per document (seeded by seed and
document number), so the output is byte-for-byte reproducible.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import shutil
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:  # run from a checkout without installing too
    sys.path.append(str(REPO / "src"))
SOURCE = REPO / "corpus"
OUT = REPO / "bench" / "out"
VERSION = 4  # bump when the output changes, so stale caches are regenerated
# Calibrated against `polkb ingest` (passages per generated section, see manifest/RESULTS.md).
PASSAGES_PER_SECTION = 1.0
FILES_PER_FOLDER = 250
PDF_EVERY = 60

_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9“\"'(‘])")
_WORD = re.compile(r"[a-zà-ÿ]{6,}")
_DIGITS = re.compile(r"\d")
_STOP = frozenset(
    "de het een en van in is op te dat die voor met zijn niet aan er ook als bij door naar worden "
    "wordt deze kan om tot uit over zij hun nog wel of meer dan wat zo zal moet hebben heeft was "
    "werd onder tussen zoals waarin waarbij welke alle andere binnen".split()
)


def parse_size(text: str) -> int:
    """'1k' -> 1000, '2.5k' -> 2500, '1m' -> 1_000_000, '300' -> 300."""
    t = text.strip().lower()
    mult = {"k": 1000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t[:-1] if mult > 1 else t) * mult)


def size_label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


# -- the pool of real text ---------------------------------------------------------------------

@dataclass
class Pool:
    titles: list[str]
    headings: list[str]
    docs: list[list[str]]       # sentences of each real document, in order
    items: list[str]            # list items
    parts: list[str]            # compound parts (content words of 5+ letters)


def _source_key(source: Path) -> str:
    h = hashlib.sha1(str(VERSION).encode())
    for p in sorted(source.iterdir()):
        if p.is_file():
            st = p.stat()
            h.update(f"{p.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


def _good_heading(text: str) -> bool:
    words = text.split()
    return (1 <= len(words) <= 10 and len(text) <= 90 and text[:1].isalpha()
            and not text.endswith((".", ":", ";", ",")) and sum(c.isalpha() for c in text) > 3)


def build_pool(source: Path = SOURCE) -> Pool:
    """Headings, sentences and list items of the real documents, read by polkb's readers."""
    from polkb.model import HEADING, LIST_ITEM, PARAGRAPH
    from polkb.read import ReaderError, read_file

    titles, headings, docs, items = [], [], [], []
    words: dict[str, int] = {}
    for path in sorted(source.iterdir()):
        if not path.is_file():
            continue
        try:
            read = read_file(path)
        except ReaderError:
            continue
        first = read.title or next((b.text for b in read.blocks if b.kind == HEADING), "")
        first = " ".join(first.split())
        if first and len(first) <= 120:
            titles.append(first)
        sentences = []
        for b in read.blocks:
            text = " ".join(b.text.split())
            if b.kind == HEADING:
                if _good_heading(text):
                    headings.append(text[0].upper() + text[1:])
            elif b.kind == LIST_ITEM:
                if 3 <= len(text.split()) <= 40:
                    items.append(text)
            elif b.kind == PARAGRAPH:
                for s in _SENTENCE.split(text):
                    n = len(s.split())
                    if 5 <= n <= 60 and s[:1].isupper():
                        sentences.append(s)
                        for w in _WORD.findall(s):
                            if w not in _STOP:
                                words[w] = words.get(w, 0) + 1
        if len(sentences) >= 3:
            docs.append(sentences)
    parts = sorted(w for w, n in words.items() if n >= 2 and len(w) <= 12)
    return Pool(sorted(set(titles)) or headings[:50], sorted(set(headings)), docs,
                sorted(set(items)), parts)


def load_pool(source: Path = SOURCE, cache_dir: Path = OUT) -> Pool:
    """The pool, cached as JSON keyed by the source files' names, sizes and times."""
    cache = cache_dir / f"pool-{_source_key(source)}.json"
    if cache.is_file():
        return Pool(**json.loads(cache.read_text("utf-8")))
    pool = build_pool(source)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(pool.__dict__, ensure_ascii=False), "utf-8")
    tmp.replace(cache)
    return pool


# -- documents -----------------------------------------------------------------------------------

@dataclass
class Section:
    heading: str
    paragraphs: list[str]
    lead: str = ""
    items: tuple[str, ...] = ()


@dataclass
class Doc:
    title: str
    sections: list[Section]


def _vary(rng: random.Random, sentence: str, pool: Pool) -> str:
    """Grow the vocabulary like real text does: now and then a new compound, varied numbers."""
    r = rng.random()
    if r < 0.25:
        words = _WORD.findall(sentence)
        if words:
            w = rng.choice(words)
            sentence = sentence.replace(w, w + rng.choice(pool.parts), 1)
    if r > 0.6 and any(c.isdigit() for c in sentence):
        sentence = _DIGITS.sub(lambda m: str(rng.randrange(10)), sentence)
    return sentence


def _paragraph(rng: random.Random, pool: Pool, target: int) -> str:
    sents = rng.choice(pool.docs)
    i = rng.randrange(len(sents))
    out, n = [], 0
    while n < target:
        s = _vary(rng, sents[i % len(sents)], pool)
        out.append(s)
        n += s.count(" ") + 1
        i += 1
    return " ".join(out)


def make_doc(rng: random.Random, pool: Pool, n_sections: int) -> Doc:
    title = rng.choice(pool.titles) if rng.random() < 0.4 else rng.choice(pool.headings)
    if rng.random() < 0.5:
        title = f"{title} {rng.randrange(2005, 2026)}"
    sections = []
    for _ in range(n_sections):
        heading = rng.choice(pool.headings)
        r = rng.random()
        if r < 0.12:  # a list with its lead-in line
            lead = _paragraph(rng, pool, rng.randint(15, 30)).rstrip(".;") + ":"
            items = tuple(rng.choice(pool.items) for _ in range(rng.randint(2, 5)))
            sections.append(Section(heading, [], lead, items))
        elif r < 0.27:  # two shorter paragraphs (one passage of ~100-130 words)
            sections.append(Section(heading, [_paragraph(rng, pool, rng.randint(40, 60)),
                                              _paragraph(rng, pool, rng.randint(35, 60))]))
        else:
            sections.append(Section(heading, [_paragraph(rng, pool, max(45, int(rng.gauss(75, 15))))]))
    return Doc(title, sections)


# -- formats -------------------------------------------------------------------------------------

def render_text(doc: Doc, wrap: bool) -> str:
    def para(text: str) -> str:
        return textwrap.fill(text, 78, break_long_words=False, break_on_hyphens=False) if wrap else text

    out = [doc.title, ""]
    for s in doc.sections:
        out += [s.heading, ""]
        for p in s.paragraphs:
            out += [para(p), ""]
        if s.items:
            out += [para(s.lead)] + [f"• {it}" for it in s.items] + [""]
    return "\n".join(out)


def render_markdown(doc: Doc) -> str:
    out = [f"# {doc.title}", ""]
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        for p in s.paragraphs:
            out += [p, ""]
        if s.items:
            out += [s.lead, ""] + [f"- {it}" for it in s.items] + [""]
    return "\n".join(out)


def render_html(doc: Doc) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(doc.title)}</title></head><body>",
           '<nav><ul><li><a href="/">Home</a></li><li><a href="/onderwijs">Onderwijs</a></li>'
           '<li><a href="/contact">Contact</a></li></ul></nav>',
           f"<main><article><h1>{e(doc.title)}</h1>"]
    for s in doc.sections:
        out.append(f"<h2>{e(s.heading)}</h2>")
        out += [f"<p>{e(p)}</p>" for p in s.paragraphs]
        if s.items:
            out.append(f"<p>{e(s.lead)}</p><ul>" + "".join(f"<li>{e(it)}</li>" for it in s.items) + "</ul>")
    out.append("</article></main><footer><p>Privacy | Cookies | Toegankelijkheid</p></footer></body></html>")
    return "\n".join(out)


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def render_pdf(doc: Doc) -> bytes:
    """A small text PDF: Helvetica 10.5 pt body, Helvetica-Bold 14/12 pt headings, A4 pages."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()

    def font(base: str):
        return w._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }))

    fonts = DictionaryObject({NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/Helvetica-Bold")})
    lines: list[tuple[str, float, str, float]] = []  # (font, size, text, gap before)
    lines.append(("/F2", 16.0, doc.title[:80], 0.0))
    for s in doc.sections:
        lines.append(("/F2", 12.5, s.heading, 12.0))
        paras = list(s.paragraphs) + ([s.lead] if s.items else [])
        for p in paras:
            for j, ln in enumerate(textwrap.wrap(p, 92, break_long_words=False, break_on_hyphens=False)):
                lines.append(("/F1", 10.5, ln, 7.0 if j == 0 else 0.0))
        for it in s.items:
            for j, ln in enumerate(textwrap.wrap(it, 86, break_long_words=False, break_on_hyphens=False)):
                lines.append(("/F1", 10.5, ("• " if j == 0 else "   ") + ln, 3.0 if j == 0 else 0.0))
    pages, cur, y = [], [], 790.0
    for f, size, text, gap in lines:
        y -= gap + size * 1.25
        if y < 60:
            pages.append(cur)
            cur, y = [], 790.0 - size * 1.25
        cur.append(b"BT %s %.1f Tf 1 0 0 1 56 %.1f Tm %s Tj ET" % (f.encode(), size, y, _pdf_string(text)))
    pages.append(cur)
    for num, ops in enumerate(pages, 1):
        page = w.add_blank_page(595, 842)
        ops.append(b"BT /F1 9 Tf 1 0 0 1 290 30 Tm (%d) Tj ET" % num)
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        page[NameObject("/Contents")] = w._add_object(stream)
    w.add_metadata({"/Title": doc.title})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "doc"


# -- corpora -------------------------------------------------------------------------------------

def corpus_dir(size: int, seed: int, out: Path = OUT) -> Path:
    return out / f"corpus-{size_label(size)}-s{seed}"


def manifest_path(folder: Path) -> Path:
    return folder.with_name(folder.name + ".json")


def generate(size: int, seed: int = 42, out: Path = OUT, force: bool = False,
             source: Path = SOURCE, log=None) -> tuple[Path, dict]:
    """The folder of a corpus of about `size` passages (generated, or the cached one) and its
    manifest."""
    folder = corpus_dir(size, seed, out)
    mpath = manifest_path(folder)
    if not force and mpath.is_file() and folder.is_dir():
        manifest = json.loads(mpath.read_text("utf-8"))
        if manifest.get("version") == VERSION and manifest.get("source") == _source_key(source):
            return folder, manifest
    t0 = time.perf_counter()
    pool = load_pool(source)  # the pool is cached in bench/out whatever `out` is
    if mpath.exists():
        mpath.unlink()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    target_sections = size / PASSAGES_PER_SECTION
    sections = files = nbytes = 0
    formats: dict[str, int] = {}
    i = 0
    while sections < target_sections:
        rng = random.Random(f"{seed}:{i}")
        fmt_r = rng.random()
        is_pdf = i % PDF_EVERY == PDF_EVERY // 2
        n = rng.randint(10, 40)
        n = min(n, 12 if is_pdf else n, max(1, round(target_sections - sections)))
        doc = make_doc(rng, pool, n)
        if is_pdf:
            ext, data = "pdf", render_pdf(doc)
        elif fmt_r < 0.46:
            ext, data = "txt", render_text(doc, wrap=rng.random() < 0.5).encode("utf-8")
        elif fmt_r < 0.82:
            ext, data = "md", render_markdown(doc).encode("utf-8")
        else:
            ext, data = "html", render_html(doc).encode("utf-8")
        sub = folder / f"d{i // FILES_PER_FOLDER:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}-{_slug(doc.title)}.{ext}").write_bytes(data)
        sections += n
        files += 1
        nbytes += len(data)
        formats[ext] = formats.get(ext, 0) + 1
        i += 1
    manifest = dict(version=VERSION, source=_source_key(source), size=size, seed=seed, files=files,
                    sections=sections, bytes=nbytes, formats=formats,
                    seconds=round(time.perf_counter() - t0, 2))
    mpath.write_text(json.dumps(manifest, indent=2), "utf-8")
    if log:
        log(f"generated {folder.name}: {files} files, {sections} sections, {nbytes / 1e6:.1f} MB "
            f"in {manifest['seconds']} s")
    return folder, manifest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="1k", help="target passages: 1k, 10k, 100k …")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = ap.parse_args(argv)
    folder, manifest = generate(parse_size(args.size), args.seed, args.out, args.force, log=print)
    print(folder)
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
