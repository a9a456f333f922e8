"""Hostile files: each case is one `polkb ingest` of a folder holding one hostile file and two good
ones, measured as a user meets it.

    python bench/hostile.py [--only NAME ...] [--keep DIR]

Prints the table: case, exit code, the line the hostile file got, wall seconds, processor seconds
(the ingest and its workers), and peak memory in MB:
the sum of the proportional set size (PSS) of the ingest and its reading workers, sampled from
/proc every 50 ms (pages a forked worker shares with its parent count once), and the largest
single process' maximum RSS (getrusage of the children). Every case must end with exit 1, one
line for the hostile file, both good files landed, within a minute and under 1 GB.

The files are generated here (nothing hostile is committed); `tests/test_hostile.py` imports the
generators and runs the same cases with low limits.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOOD = ("000_1f330cebb3caba7e.txt", "nl-ocw-beleidsregel-kopopleidingen-hbo.md")
INGEST = [sys.executable, "-c", "from polkb.cli import main; main()"]


# -- the hostile files -----------------------------------------------------------------------------
def _deflated(unit: bytes, size: int) -> bytes:
    """`unit` repeated to `size` bytes, deflated (a repeated unit shrinks ~1000x)."""
    comp = zlib.compressobj(9)
    block = unit * max(1, (1 << 20) // len(unit))
    out, left = [], size
    while left > 0:
        piece = block[:left]
        out.append(comp.compress(piece))
        left -= len(piece)
    out.append(comp.flush())
    return b"".join(out)


def deflate_bomb_pdf(pages: int, expanded_mb: float = 70, unit: bytes = b" ") -> bytes:
    """A PDF whose `pages` all share one FlateDecode content stream that expands to
    `expanded_mb` MB: a few KB on disk, and every page makes a reader inflate and parse it all
    again. (70 MB stays under pypdf's own 75 MB limit per stream.)"""
    stream = _deflated(unit, int(expanded_mb * 1e6))
    font = b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
               + b"] /Count %d >>" % pages,
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + font + b" /Contents 3 0 R >>"] * pages
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def markup_flood(unit: str, size: int, newlines: bool = False) -> bytes:
    """An HTML page whose body is `unit` repeated to `size` bytes (on one line unless `newlines`)."""
    body = (unit + ("\n" if newlines else "")) * (size // (len(unit) + newlines))
    return f"<!DOCTYPE html><html><head><title>Vloed</title></head><body><p>{body}</p></body></html>".encode()


@dataclass(frozen=True)
class Case:
    name: str         # what the table calls it
    file: str         # the hostile file's name
    make: object      # () -> bytes
    expect: tuple     # the line the file gets must hold one of these (a limit's own words)


CASES = [
    Case("PDF, 1 page on a deflate-bomb content stream (70 MB)", "bom-1-pagina.pdf",
         lambda: deflate_bomb_pdf(1), ("PDF content expands to",)),
    Case("PDF, 40 pages sharing that stream", "bom-40-paginas.pdf",
         lambda: deflate_bomb_pdf(40), ("reading took more than", "PDF content expands beyond")),
    Case("PDF, 5,000 pages sharing one 70 MB stream", "bom-5000-paginas.pdf",
         lambda: deflate_bomb_pdf(5000), ("reading took more than", "PDF content expands beyond")),
    Case("HTML, a 20 MB line of <b>w</b>", "vloed-b.html",
         lambda: markup_flood("<b>w</b>", 20_000_000), ("HTML has more than",)),
    Case("HTML, 31 MB of empty inline tags", "vloed-leeg.html",
         lambda: markup_flood("<i></i><span></span><em></em>", 31_000_000), ("HTML has more than",)),
    Case("HTML, 12.6 MB of inline markup", "vloed-inline.html",
         lambda: markup_flood('<a href="#x"><b><i>studenten</i></b></a> ', 12_600_000, newlines=True),
         ("HTML has more than",)),
]


# -- measuring one ingest ------------------------------------------------------------------------------
def _tree(pid: int) -> list[int]:
    """The process and its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [p for p, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
    return total / 1024


@dataclass
class Result:
    case: Case
    code: int
    line: str
    seconds: float
    pss_mb: float
    rss_mb: float
    good_landed: bool
    problems: list[str]
    cpu_seconds: float = 0.0


def run_case(case: Case, root: Path) -> Result:
    folder = root / "docs"
    folder.mkdir(parents=True)
    (folder / case.file).write_bytes(case.make())
    for name in GOOD:
        shutil.copy(CORPUS / name, folder / name)
    peak = [0.0]
    proc = subprocess.Popen(INGEST + ["--index", str(root / "index"), "ingest", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _pss_mb(_tree(proc.pid)))
            time.sleep(0.05)

    t0 = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(timeout=600)
    seconds = time.monotonic() - t0
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss_mb = after.ru_maxrss / 1024
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    lines = [line for line in err.splitlines() if line.strip()]
    line = lines[0] if lines else ""
    problems = []
    if len(lines) != 1 or Path(line.partition(": ")[0]).name != case.file:
        problems.append(f"expected one line for {case.file}, got {lines}")
    if not any(part in line for part in case.expect):
        problems.append(f"expected one of {case.expect}")
    if "Traceback" in err:
        problems.append("traceback")
    good = f"{len(GOOD)} added" in out
    if not good:
        problems.append(f"good files did not land: {out.strip()}")
    return Result(case, proc.returncode, line.partition(": ")[2], seconds, peak[0], rss_mb, good, problems, cpu)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", help="case file names to run")
    ap.add_argument("--keep", type=Path, help="keep the generated folders here")
    args = ap.parse_args(argv)
    root = args.keep or Path(tempfile.mkdtemp(prefix="polkb-hostile-"))
    results = []
    try:
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
        print("| case | exit | message | seconds | processor s | peak MB (PSS sum) | max RSS MB |\n"
              "|---|---|---|---|---|---|---|")
        for i, case in enumerate(c for c in CASES if not args.only or c.file in args.only):
            # one measured child at a time: RUSAGE_CHILDREN is the largest child so far, so each
            # case runs in its own interpreter for its own figure
            r = run_case_isolated(case, root / f"case{i}")
            results.append(r)
            print(f"| {case.name} | {r.code} | {r.line} | {r.seconds:.1f} | {r.cpu_seconds:.1f} | {r.pss_mb:.0f} "
                  f"| {r.rss_mb:.0f} |"
                  + (f" FAIL: {'; '.join(r.problems)}" if r.problems else ""), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    bad = [r for r in results if r.problems or r.code != 1 or r.pss_mb > 1024]
    slow = [r for r in results if r.seconds > 60]
    print(f"\n{len(results) - len(bad)}/{len(results)} cases end in one line naming the limit, with the good "
          f"files landed and under 1 GB; {len(results) - len(slow)}/{len(results)} under 60 s of wall time "
          f"(the per-file limit counts processor time: a loaded machine stretches the wall time)")
    return 1 if bad else 0


def run_case_isolated(case: Case, root: Path) -> Result:
    """run_case in a fresh interpreter, so that its max RSS of children is this case's alone."""
    import json

    code = (f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import hostile; "
            f"from pathlib import Path; c = [c for c in hostile.CASES if c.file == {case.file!r}][0]; "
            f"r = hostile.run_case(c, Path({str(root)!r})); "
            f"print(json.dumps([r.code, r.line, r.seconds, r.pss_mb, r.rss_mb, r.good_landed, r.problems, "
            f"r.cpu_seconds]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        return Result(case, -1, proc.stderr.strip()[-200:], 0, 0, 0, False, ["the case did not run"])
    return Result(case, *json.loads(proc.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    sys.exit(main())
