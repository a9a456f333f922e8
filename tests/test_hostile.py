"""Hostile files meet the ingest's limits: every file is read in a worker process under a
processor time, a wall time, a memory cap and a text length; HTML is measured before it is parsed. A file over a limit
costs one line naming the limit and its worker (replaced at once); the good files land.

The files come from bench/hostile.py's generators (deflate-bomb PDFs whose pages share one content
stream, markup floods). The PDF cases run here with low limits so they end in seconds; the bench
runs them at the real limits and prints the table for docs/reliability.md.
"""
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from polkb.ingest import Limits, ingest_paths
from polkb.read import ReaderError, html

from .bench_scripts import bench_script

hostile = bench_script("hostile")

GOOD = hostile.GOOD


def _folder(tmp_path: Path, corpus: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    for name in GOOD:
        shutil.copy(corpus / name, folder / name)
    return folder


def _ingest(tmp_path, folder, **options):
    outcomes = []
    t0 = time.monotonic()
    report = ingest_paths(tmp_path / "index", [folder], on_file=outcomes.append, **options)
    return report, {Path(o.path).name: o.reason for o in report.failures}, time.monotonic() - t0


# -- the worker limits ----------------------------------------------------------------------------
@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_a_file_past_the_time_limit_costs_its_worker_and_the_rest_lands(tmp_path, corpus, start_method):
    """40 pages sharing a deflate-bomb stream take minutes; one worker (so the good files need
    the replacement) and the bomb first in the queue."""
    folder = _folder(tmp_path, corpus, {"0-bom-40-paginas.pdf": hostile.deflate_bomb_pdf(40)})
    report, failed, seconds = _ingest(tmp_path, folder, workers=1, start_method=start_method,
                                      limits=Limits(seconds=3))
    assert failed == {"0-bom-40-paginas.pdf": "reading took more than 3 s of processor time"}
    assert report.counts["added"] == len(GOOD)
    assert seconds < 60


def test_a_file_past_the_memory_cap_costs_its_worker_and_the_rest_lands(tmp_path, corpus):
    """One page on a 70 MB stream: reading it needs ~150 MB more than a worker holds at start.

    The ingest runs in a fresh interpreter: a worker forked from this long test process inherits
    its free C heap, which it refills without growing its address space, so the cap would hold
    as much more room as earlier tests left free (CI once read the bomb whole under a 60 MB cap)."""
    folder = _folder(tmp_path, corpus, {"0-bom-1-pagina.pdf": hostile.deflate_bomb_pdf(1)})
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from polkb.ingest import Limits, ingest_paths\n"
        "report = ingest_paths(Path(sys.argv[1]), [Path(sys.argv[2])], workers=1, start_method='fork',\n"
        "                      limits=Limits(memory_mb=60))\n"
        "print(json.dumps([{Path(o.path).name: o.reason for o in report.failures}, report.counts['added']]))\n")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "index"), str(folder)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    failed, added = json.loads(run.stdout.strip().splitlines()[-1])
    assert failed == {"0-bom-1-pagina.pdf": "reading needs more than 60 MB of memory"}
    assert added == len(GOOD)


def test_a_worker_that_dies_is_named_and_replaced(tmp_path, corpus, monkeypatch):
    """A reader that ends its own process (a crash in C code, say) costs that file one line."""
    import os

    from polkb import ingest

    real = ingest.read_file

    def crash_on_bomb(path, data=None):
        if path.name.startswith("0-"):
            os._exit(3)
        return real(path, data)

    monkeypatch.setattr(ingest, "read_file", crash_on_bomb)  # forked workers see it
    folder = _folder(tmp_path, corpus, {"0-crash.txt": b"Tekst over studiefinanciering.\n"})
    report, failed, _ = _ingest(tmp_path, folder, workers=1, start_method="fork")
    assert failed == {"0-crash.txt": "the reading process stopped unexpectedly (exit code 3)"}
    assert report.counts["added"] == len(GOOD)


def test_limits_name_themselves():
    limits = Limits(seconds=50, wall_seconds=300, memory_mb=768)
    assert limits.time_reason() == "reading took more than 50 s of processor time"
    assert limits.wall_reason() == "reading took longer than 300 s"
    assert limits.memory_reason() == "reading needs more than 768 MB of memory"


def test_a_worker_that_waits_without_working_meets_the_wall_time_limit(tmp_path, corpus, monkeypatch):
    """Processor time does not grow while a worker is blocked (a file system that hangs): the
    wall-time limit ends it."""
    from polkb import ingest

    real = ingest.read_file

    def hang_on_first(path, data=None):
        if path.name.startswith("0-"):
            time.sleep(60)
        return real(path, data)

    monkeypatch.setattr(ingest, "read_file", hang_on_first)
    folder = _folder(tmp_path, corpus, {"0-hangt.txt": b"Tekst over studiefinanciering.\n"})
    report, failed, seconds = _ingest(tmp_path, folder, workers=1, start_method="fork",
                                      limits=Limits(seconds=30, wall_seconds=8))
    assert failed == {"0-hangt.txt": "reading took longer than 8 s"}
    assert report.counts["added"] == len(GOOD) and seconds < 50


# -- HTML measured before it is parsed -------------------------------------------------------------
def test_tag_count_and_depth_without_a_tree():
    assert html.count_tags("<p>a < b</p><!-- x --><br/><?xml?>") == 2
    assert html.nesting_depth("<div><p>x<p>y</div><br><img src=a.png><span/>") == 3
    assert html.nesting_depth("</b></i>" * 10 + "<div>" * 5) == 5
    assert html.nesting_depth("<div>" * 100 + "</div>" * 100 + "<div>") == 100


def test_too_many_tags_and_too_deep_nesting_are_refused_before_parsing(monkeypatch):
    start = time.monotonic()
    with pytest.raises(ReaderError, match=r"^HTML has more than 300,000 tags$"):
        html.read(Path("vloed.html"), hostile.markup_flood("<b>w</b>", 20_000_000))
    with pytest.raises(ReaderError, match=r"^HTML nests tags more than 50,000 deep$"):
        html.read(Path("diep.html"), ("<html><body>" + "<div>" * 60_000 + "x").encode())
    assert time.monotonic() - start < 10


def test_nested_links_are_not_quadratic():
    """Every link is probed for skip-link text; nested links must not be walked again each."""
    page = "<html><body><h1>" + "<a href='#'>" * 20_000 + "studiefinanciering" + "</a>" * 20_000 + "</h1></body></html>"
    start = time.monotonic()
    result = html.read(Path("links.html"), page.encode())
    assert "studiefinanciering" in result.blocks[0].text
    assert time.monotonic() - start < 20


@pytest.mark.parametrize("case", [c for c in hostile.CASES if c.file.endswith(".html")], ids=lambda c: c.file)
def test_markup_floods_through_the_command_line(case, tmp_path):
    """The issue's floods (20 MB of <b>w</b>, 31 MB of empty tags, 12.6 MB of inline markup), each
    beside two good files, through `polkb ingest`: one line, exit 1, good files landed, the
    whole ingest's memory (PSS of all its processes) under 1 GB."""
    result = hostile.run_case(case, tmp_path)
    assert not result.problems, result.problems
    assert result.code == 1 and result.line == "HTML has more than 300,000 tags"
    assert result.seconds < 60 and result.pss_mb < 1024, (result.seconds, result.pss_mb)


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in hostile.CASES if c.file.endswith(".pdf")], ids=lambda c: c.file)
def test_deflate_bombs_through_the_command_line_at_the_real_limits(case, tmp_path):
    """At most the 50 s of processor time per file (plus start-up and the good files); the wall
    time stretches with the machine's load, up to the 300 s guard."""
    result = hostile.run_case(case, tmp_path)
    assert not result.problems, result.problems
    assert result.code == 1 and result.pss_mb < 1024
    assert result.cpu_seconds < 75 and result.seconds < 300, (result.cpu_seconds, result.seconds)
