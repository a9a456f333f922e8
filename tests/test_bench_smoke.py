"""Smoke test of the speed benchmark (bench/speed.py): it runs end to end on a tiny corpus and
writes a table with the expected rows. No timing is asserted: this machine's speed is not a test
result."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .bench_scripts import bench_script

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def speed():
    if not (REPO / "corpus").is_dir():
        pytest.skip("no corpus/ to sample from")
    return bench_script("speed")


def test_corpus_generator_is_deterministic(tmp_path, speed):
    gen = speed.gen
    assert gen.parse_size("1k") == 1000 and gen.parse_size("2.5k") == 2500 and gen.parse_size("300") == 300
    a, ma = gen.generate(120, seed=7, out=tmp_path / "a")
    b, mb = gen.generate(120, seed=7, out=tmp_path / "b")
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b and ma["sections"] == mb["sections"] >= 120
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)
    # cached: a second call returns the same manifest without regenerating
    again, m2 = gen.generate(120, seed=7, out=tmp_path / "a")
    assert again == a and m2 == ma


def test_speed_smoke(tmp_path, capsys, speed):
    out, js = tmp_path / "RESULTS.md", tmp_path / "results.json"
    rc = speed.main(["--sizes", "300", "--quick", "--queries", "20", "--corpus-dir", str(tmp_path / "corpora"),
                     "--workdir", str(tmp_path / "run"), "--out", str(out), "--json", str(js)])
    assert rc == 0
    printed = capsys.readouterr().out
    for label in ("passages (polkb ingest)", "polkb ingest s", "raw Whoosh index s", "ingest throughput polkb/raw",
                  "polkb peak PSS tree MB", "polkb index / text", "polkb query p50 ms", "raw query p95 ms",
                  "query p50 polkb/raw", "re-ingest / first ingest"):
        assert label in printed, label
        assert f"| {label} |" in out.read_text("utf-8"), label
    assert "targets" in printed and ("PASS" in printed or "FAIL" in printed)
    assert "cores" in out.read_text("utf-8")
    result = json.loads(js.read_text("utf-8"))["results"][0]
    assert result["passages"] > 0 and result["queries"] >= 20
    assert not (tmp_path / "run" / "300").exists()  # indexes removed without --keep


def test_qa_calibration_counts_answers_below_each_threshold():
    """`bench/qa.py --calibrate`: how many right and wrong answers a higher span threshold would
    withhold (the evidence the threshold in abstain.py was set on)."""
    qa = bench_script("qa")
    lines = qa.calibration([(0.3, True), (0.42, False), (0.48, False), (0.66, True), (0.9, True)])
    assert lines[0].strip() == "below 0.40: 1 right, 0 wrong (of 5 answers)"
    assert lines[2].strip() == "below 0.50: 1 right, 2 wrong (of 5 answers)"
    assert lines[-1].strip() == "below 0.70: 2 right, 2 wrong (of 5 answers)"
