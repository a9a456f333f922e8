"""Reliability: hostile input, concurrent use, hostile queries, paths and symbolic links.

Every bad file is generated here (nothing binary is committed): each must cost one `PATH: reason`
line on stderr and nothing else; the good files beside it still land, the exit code is 1, and no
traceback is printed. Searches keep working while an ingest runs, two ingests never interleave,
no query string raises or runs away, and symbolic links are only followed when asked.
"""
import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from polkb.kb import KnowledgeBase

from .conftest import invoke

KAMERVRAGEN = "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"
REGENBOOG = "tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf"
SEED_000 = "000_1f330cebb3caba7e.txt"
POLKB = [sys.executable, "-c", "from polkb.cli import main; main()"]
QUERY_CAP_S = 5.0  # generous per-call cap for one search / ask


def polkb(*args, index, timeout=300, **kw) -> subprocess.CompletedProcess:
    """Run the real `polkb` command in a subprocess (real stderr, real exit code)."""
    return subprocess.run(POLKB + ["--index", str(index)] + [str(a) for a in args],
                          capture_output=True, text=True, timeout=timeout, **kw)


# -- bad input, generated --------------------------------------------------------------------------
def _pdf(path: Path, pages=(), blank=0, user_password=None):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for page in pages:
        writer.add_page(page)
    for _ in range(blank):
        writer.add_blank_page(width=595, height=842)
    if user_password is not None:
        writer.encrypt(user_password=user_password, owner_password="x", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    path.write_bytes(buf.getvalue())


def make_bad_inputs(folder: Path, corpus: Path) -> dict[str, tuple[str, str]]:
    """Write the hostile files into `folder`; returns name -> ("fail", reason part) for files that
    must be refused, or ("ok", query) for odd but readable files that must land and be found."""
    from pypdf import PdfReader

    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[str, str]] = {}
    pdf_bytes = (corpus / KAMERVRAGEN).read_bytes()
    pages = PdfReader(corpus / KAMERVRAGEN).pages

    def write(name, data, expect):
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        cases[name] = expect

    # PDFs
    _pdf(folder / "versleuteld.pdf", pages, user_password="geheim")
    cases["versleuteld.pdf"] = ("fail", "encrypted PDF (password required)")
    _pdf(folder / "versleuteld-leeg-wachtwoord.pdf", pages, user_password="")
    cases["versleuteld-leeg-wachtwoord.pdf"] = ("ok", "cultuursubsidies")
    _pdf(folder / "scan.pdf", blank=3)
    cases["scan.pdf"] = ("fail", "no text layer")
    for share in (10, 50, 90):
        write(f"afgebroken-{share}.pdf", pdf_bytes[: len(pdf_bytes) * share // 100], ("fail", "corrupt PDF"))
    write("alleen-kop.pdf", b"%PDF-1.7\n", ("fail", "corrupt PDF"))
    write("geen-pdf.pdf", "Dit is gewoon tekst, geen PDF.\n" * 3, ("fail", "not a valid PDF"))
    write("pdf-als-tekst.txt", (corpus / REGENBOOG).read_bytes(), ("ok", "regenboogbeleid"))
    # noise, emptiness, unsupported formats
    rng = __import__("random").Random(7)
    write("ruis.txt", bytes(rng.randrange(256) for _ in range(64 * 1024)), ("fail", "binary file"))
    write("ruis.bin", bytes(rng.randrange(256) for _ in range(4096)), ("fail", "unsupported file type"))
    write("nullen.txt", b"\x00" * 10_000, ("fail", "binary file"))
    write("leeg.txt", b"", ("fail", "empty file"))
    write("witruimte.md", b" \n\t\r\n   \n", ("fail", "empty file"))
    write("plaatje.png", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2048)),
          ("fail", "unsupported file type"))
    write("alleen-tekens.txt", "— • · … ¶ § — • ·\n", ("ok", ""))
    # encodings
    write("latin1.txt", "Beleid voor één café-overleg in Curaçao en Zürich.\n".encode("latin-1"),
          ("ok", "Curaçao"))
    write("cp1252.txt", "De “kwaliteitsafspraken” kosten € 410 miljoen – zegt de minister.\n".encode("cp1252"),
          ("ok", "kwaliteitsafspraken"))
    write("utf16.txt", "Studentenwelzijn en zomerscholen in het hoger onderwijs.\n".encode("utf-16"),
          ("ok", "zomerscholen"))
    write("utf16be-zonder-bom.txt", "Internationaliseringsagenda voor hogescholen.\n".encode("utf-16-be"),
          ("ok", "internationaliseringsagenda"))
    write("losse-nul.txt", b"Een bestand met een verdwaalde\x00 nul over collegegeldkrediet.\n",
          ("ok", "collegegeldkrediet"))
    write("bom.md", b"\xef\xbb\xbf# Studievoorschot\n\nHet studievoorschot en de basisbeurs.\n",
          ("ok", "studievoorschot"))
    # HTML
    deep = "<html><body>" + "<div>" * 20_000 + "<p>Diep genest bindend studieadvies.</p>" + "</div>" * 20_000
    write("diep.html", deep + "</body></html>", ("ok", "diep genest"))
    write("onaf.html", "<html><body><div><p>Onafgemaakte pagina over <b>lerarentekort<div><li>onaf",
          ("ok", "lerarentekort"))
    write("alleen-open.html", "<html><body>" + "<div><span><p>" * 3000 + "Open tags over promotiebeurzen",
          ("ok", "promotiebeurzen"))
    # markup floods are measured before any tree is built (see tests/test_hostile.py for the big ones)
    write("vloed.html", "<html><body><p>" + "<i></i>" * 400_000 + "</p></body></html>",
          ("fail", "HTML has more than 300,000 tags"))
    write("te-diep.html", "<html><body>" + "<div>" * 60_000 + "Te diep genest.</body></html>",
          ("fail", "HTML nests tags more than 50,000 deep"))
    write("script.html", "<html><head><style>.x{color:red} body{kwetsbaarstijl:1}</style>"
          "<script>var geheimescript = 'kwetsbaarscript';</script></head><body>"
          "<p onclick=\"alert('kwetsbaarklik')\">Zichtbare tekst over taalbeleid.</p>"
          "<script>document.write('kwetsbaarscript')</script></body></html>", ("ok", "taalbeleid"))
    # long lines and odd names
    write("lange-regel.txt", ("onderwijsbeleid " * 40_000).strip(), ("ok", "onderwijsbeleid"))
    # (5 000 characters: a 30 000-character word costs ~10 s, see test_one_huge_word_is_not_quadratic)
    write("één-woord.txt", "a" * 5_000 + " beurzenstelsel\n", ("ok", "beurzenstelsel"))
    write("naam met spaties en é ü ß 中文.txt", "Een bestand met een rare naam over loting.\n",
          ("ok", "loting"))
    write("kapotte-tabel.md", "# Tabel\n\n| a | b\n|---\n| 1 | 2 | 3 | 4\n```\nnooit gesloten over ijkingstoets\n",
          ("ok", "ijkingstoets"))
    write("slechte-sidecar.txt", "Een bestand met een kapotte metadata over numerus fixus.\n",
          ("fail", "bad sidecar"))
    (folder / "slechte-sidecar.txt.meta.toml").write_text("kind = \"motie\n", encoding="utf-8")
    os.mkfifo(folder / "pijp.txt")  # would block a read forever
    cases["pijp.txt"] = ("fail", "not a regular file")
    return cases


@pytest.fixture(scope="module")
def bad_ingest(tmp_path_factory, corpus):
    """One `polkb ingest` over good files and every hostile file, in a real subprocess."""
    root = tmp_path_factory.mktemp("bad")
    folder = root / "docs"
    cases = make_bad_inputs(folder, corpus)
    for name in (SEED_000, "nl-ocw-beleidsregel-kopopleidingen-hbo.md"):
        shutil.copy(corpus / name, folder / name)
        cases[name] = ("ok", "")
    t0 = time.monotonic()
    proc = polkb("ingest", folder, index=root / "index")
    return dict(cases=cases, proc=proc, index=root / "index", seconds=time.monotonic() - t0)


def test_bad_inputs_one_line_each_good_files_land(bad_ingest):
    proc, cases = bad_ingest["proc"], bad_ingest["cases"]
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    failing = {n for n, (kind, _) in cases.items() if kind == "fail"}
    named = {}
    for line in lines:
        path, sep, reason = line.partition(": ")
        assert sep and reason.strip(), line
        named[Path(path).name] = reason
    assert set(named) == failing, (set(named) ^ failing, lines)
    assert len(lines) == len(failing)  # one line per bad file, nothing else
    wrong = {n: named[n] for n in failing if cases[n][1] not in named[n]}
    assert not wrong, wrong
    ok = len(cases) - len(failing)
    assert f"{ok} added" in proc.stdout and f"{len(failing)} failed" in proc.stdout, proc.stdout
    print(f"\nbad-input cases: {len(cases)} files ({len(failing)} refused with a reason, {ok} odd but "
          f"readable ones ingested), handled {len(cases)}/{len(cases)} in {bad_ingest['seconds']:.1f} s")


def test_readable_odd_files_are_found(bad_ingest):
    with KnowledgeBase(bad_ingest["index"]) as kb:
        paths = {Path(d["path"]).name for d in kb.documents()}
        for name, (kind, query) in bad_ingest["cases"].items():
            if kind != "ok":
                assert name not in paths
                continue
            assert name in paths
            if query:
                hits = kb.search(query, limit=50).hits
                assert any(Path(h.path).name == name for h in hits), (name, query)


def test_scripts_styles_and_handlers_are_not_indexed(bad_ingest):
    with KnowledgeBase(bad_ingest["index"]) as kb:
        doc = kb.show("script.html")
        text = " ".join(p["text"] for p in doc["passage_list"])
        assert "taalbeleid" in text
        for word in ("kwetsbaarscript", "kwetsbaarstijl", "kwetsbaarklik", "geheimescript", "alert"):
            assert word not in text
            assert not kb.search(word).hits


def test_name_with_spaces_and_non_ascii_is_stored_and_shown(bad_ingest):
    with KnowledgeBase(bad_ingest["index"]) as kb:
        doc = kb.show("naam met spaties en é ü ß 中文.txt")
        assert doc["path"] == os.path.join("docs", "naam met spaties en é ü ß 中文.txt")
    result = invoke("show", "naam met spaties en é ü ß 中文.txt", "--json", index=bad_ingest["index"])
    assert result.exit_code == 0 and "loting" in result.stdout


def test_bad_files_are_retried_and_good_ones_unchanged_on_rerun(bad_ingest, tmp_path):
    index = bad_ingest["index"].parent / "index-rerun"
    shutil.copytree(bad_ingest["index"], index)
    proc = polkb("ingest", bad_ingest["index"].parent / "docs", index=index)
    failing = sum(kind == "fail" for kind, _ in bad_ingest["cases"].values())
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"0 added, 0 updated, {len(bad_ingest['cases']) - failing} unchanged, 0 removed, {failing} failed" \
        in proc.stdout


def test_non_regular_files_named_directly_fail_fast(tmp_path):
    """A device named on the command line (endless data) is refused, not read."""
    proc = polkb("ingest", "/dev/zero", "/dev/null", index=tmp_path / "index", timeout=60)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 2 and all("not a regular file" in line for line in lines), lines


# -- sidecars: a bad value costs its own file one line, TOML dates are dates ------------------------
SIDECARS = {
    # name -> (sidecar text, None if the file must land, else a part of its one failure line)
    "datum": ("date = 2024-03-07\n", None),
    "datum-tijd": ("date = 2024-03-07T10:30:00+01:00\ndate_role = \"ingezonden\"\n", None),
    "lokale-datum-tijd": ("date = 2024-03-07T10:30:00\n", None),
    "datum-tekst": ('date = "7 maart 2024"\n', None),
    "motie": ('kind = "motie"\ntitle = "Motie over huisvesting"\n', None),
    "onbekende-sleutel": ("beoordeeld = 2023-01-02\n[extra]\nop = 2023-01-03T08:00:00\n", None),
    "onbekende-soort": ('kind = "motoin"\n', "unknown kind 'motoin'"),
    "titel-getal": ("title = 42\n", "title must be text"),
    "datum-tijdstip": ("date = 10:30:00\n", "is not a date"),
    "datum-onzin": ('date = "binnenkort"\n', "date 'binnenkort' is not a date"),
    "jaar-lijst": ("year = [2023, 2024]\n", "year (a list) is not a year"),
    "kapot": ('kind = "motie\n', "bad sidecar"),
}


@pytest.fixture(scope="module")
def sidecar_ingest(tmp_path_factory, corpus):
    """One corpus file copied under a name per sidecar case, each with its NAME.meta.toml."""
    root = tmp_path_factory.mktemp("sidecars")
    folder = root / "docs"
    folder.mkdir()
    for name, (toml, _) in SIDECARS.items():
        shutil.copy(corpus / SEED_000, folder / f"{name}.txt")
        (folder / f"{name}.meta.toml").write_text(toml, encoding="utf-8")
    shutil.copy(corpus / SEED_000, folder / "zonder-sidecar.txt")
    return root, folder


def test_sidecar_errors_are_per_file_and_toml_dates_are_accepted(sidecar_ingest):
    root, folder = sidecar_ingest
    report = KnowledgeBase(root / "api-index").ingest([folder], workers=1)
    failed = {Path(f.path).stem: f.reason for f in report.failures}
    expected = {name: part for name, (_, part) in SIDECARS.items() if part}
    assert set(failed) == set(expected), failed
    for name, part in expected.items():
        assert part in failed[name] and failed[name].startswith(f"bad sidecar {name}.meta.toml: "), failed[name]
        assert "\n" not in failed[name]
    assert report.counts["added"] == len(SIDECARS) - len(expected) + 1
    with KnowledgeBase(root / "api-index") as kb:
        docs = {Path(d["path"]).stem: d for d in kb.documents()}
    assert docs["datum"]["info"]["dates"][0] == {"role": "publicatie", "date": "2024-03-07", "place": ""}
    assert docs["datum"]["info"]["year"] == 2024 and docs["datum"]["meta"]["date"] == "2024-03-07"
    assert docs["datum-tijd"]["info"]["dates"][0] == {"role": "ingezonden", "date": "2024-03-07", "place": ""}
    assert docs["lokale-datum-tijd"]["info"]["dates"][0]["date"] == "2024-03-07"
    assert docs["datum-tekst"]["info"]["dates"][0]["date"] == "2024-03-07"
    assert docs["motie"]["kind"] == "motion" and docs["motie"]["title"] == "Motie over huisvesting"
    assert docs["onbekende-sleutel"]["meta"]["beoordeeld"] == "2023-01-02"  # kept, stored as text
    assert docs["onbekende-sleutel"]["meta"]["extra"] == {"op": "2023-01-03T08:00:00"}


def test_sidecar_errors_through_the_cli_one_line_each_exit_1(sidecar_ingest):
    root, folder = sidecar_ingest
    proc = polkb("ingest", folder, index=root / "cli-index")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    bad = [name for name, (_, part) in SIDECARS.items() if part]
    assert len(lines) == len(bad), lines
    assert {Path(line.partition(": ")[0]).stem for line in lines} == set(bad)
    assert f"{len(SIDECARS) - len(bad) + 1} added" in proc.stdout and f"{len(bad)} failed" in proc.stdout


# -- files that vanish or change between the walk and the read --------------------------------------
@pytest.mark.parametrize("workers", [1, 2])
def test_file_vanishing_or_changing_during_ingest(tmp_path, corpus, workers):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(10):  # enough files for both workers
        (folder / f"doc{i}.txt").write_text(f"Notitie {i} over studiefinanciering en huisvesting.\n",
                                            encoding="utf-8")

    def meddle(total):
        assert total == 10
        (folder / "doc1.txt").unlink()                       # deleted
        (folder / "doc2.txt").write_bytes(b"")               # emptied
        (folder / "doc3.txt").unlink()
        (folder / "doc3.txt").mkdir()                        # replaced by a folder
        (folder / "doc4.txt").write_text("Vervangen tekst over vervangingswoord.\n", encoding="utf-8")
        (folder / "doc5.txt").unlink()
        os.symlink("/nonexistent/target", folder / "doc5.txt")  # now a dangling link

    outcomes = []
    with KnowledgeBase(tmp_path / "index") as kb:
        report = kb.ingest([folder], workers=workers, on_start=meddle, on_file=outcomes.append)
        reasons = {Path(f.path).name: f.reason for f in report.failures}
        assert reasons == {"doc1.txt": "file not found", "doc2.txt": "empty file",
                           "doc3.txt": "is a directory", "doc5.txt": "file not found"}
        assert report.counts["added"] == 6
        hits = kb.search("vervangingswoord").hits  # the content read is the content indexed
        assert [Path(h.path).name for h in hits] == ["doc4.txt"]
        docs = {Path(d["path"]).name: d for d in kb.documents()}
        assert set(docs) == {f"doc{i}.txt" for i in (0, 4, 6, 7, 8, 9)}
        import hashlib

        assert docs["doc4.txt"]["sha256"] == hashlib.sha256((folder / "doc4.txt").read_bytes()).hexdigest()


# -- a 50 MB text file: bounded memory -----------------------------------------------------------
MEASURE_RSS = """
import resource, sys
from polkb.cli import cli
try:
    cli(sys.argv[1:], obj={}, standalone_mode=False)
finally:
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"PEAK_RSS_KB {peak}", file=sys.stderr)
"""


def make_big_text(path: Path, corpus: Path, size: int) -> None:
    """A large, real-looking Dutch text: corpus paragraphs repeated under chapter headings."""
    paras = []
    for p in sorted(corpus.glob("*.txt")):
        paras += [" ".join(x.split()) for x in p.read_text(encoding="utf-8").split("\n\n") if len(x) > 80]
    written, i = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while written < size:
            chunk = (f"Hoofdstuk {i // 40}\n\n" if i % 40 == 0 else "") + paras[i % len(paras)] + "\n\n"
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            i += 1


def _ingest_big(tmp_path, corpus, size):
    """Ingest one generated text file of `size` bytes in a subprocess; (exit code, stderr, peak MB)."""
    big = tmp_path / "groot.txt"
    make_big_text(big, corpus, size)
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", MEASURE_RSS, "--index", str(tmp_path / "index"),
                           "ingest", str(big)], capture_output=True, text=True, timeout=1800)
    seconds = time.monotonic() - t0
    err, _, peak = proc.stderr.rpartition("PEAK_RSS_KB ")
    peak_mb = int(peak.split()[0]) / 1024
    print(f"\n{size / 2**20:.0f} MB text file: exit {proc.returncode} in {seconds:.0f} s, "
          f"peak RSS {peak_mb:.0f} MB; {err.strip()[-200:]}")
    assert "Traceback" not in err
    return proc.returncode, err, peak_mb


def test_large_text_file_memory_is_bounded(tmp_path, corpus):
    """A 1 MB text file (some 500 pages) lands in bounded memory; 50 MB is `-m slow`."""
    code, err, peak_mb = _ingest_big(tmp_path, corpus, 1 * 2**20)
    assert code == 0, err
    with KnowledgeBase(tmp_path / "index") as kb:
        stats = kb.stats()
    assert stats["documents"] == 1 and stats["passages"] > 500
    assert peak_mb < 1024


@pytest.mark.slow
def test_50mb_text_file_memory_is_bounded(tmp_path, corpus):
    """Beyond the ingest's size limit: refused with a reason before decoding, memory stays low."""
    code, err, peak_mb = _ingest_big(tmp_path, corpus, 50 * 2**20)
    assert code == 1 and "groot.txt: file too large to index" in err, err
    assert peak_mb < 1024


def test_too_much_text_is_refused_with_a_reason(tmp_path):
    """The text limit (after reading, so it also holds for PDFs), checked cheaply with a low limit."""
    from polkb.ingest import Limits

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "klein.txt").write_text("Een korte notitie over toelating.\n", encoding="utf-8")
    (folder / "groot.md").write_text("# Groot\n\n" + "Een lange alinea over toelating. " * 100,
                                     encoding="utf-8")
    with KnowledgeBase(tmp_path / "index") as kb:
        report = kb.ingest([folder], workers=1, limits=Limits(text_chars=1_000))
    assert [(Path(f.path).name, f.reason.split(" (")[0]) for f in report.failures] == \
        [("groot.md", "too much text to index")]
    assert report.counts["added"] == 1


@pytest.mark.slow
def test_one_huge_word_is_not_quadratic(tmp_path):
    """A 30,000-character word once cost ~10 s in the tag stage (an e-mail pattern rescanning it
    from every start position)."""
    from polkb.ingest import Limits, _process, _Task

    path = tmp_path / "woord.txt"
    path.write_text("a" * 30_000 + " beurzenstelsel\n", encoding="utf-8")
    t0 = time.monotonic()
    _process(_Task(path, "woord.txt", None), Limits())
    assert time.monotonic() - t0 < 2.0


# -- concurrency -------------------------------------------------------------------------------
def _generated_docs(folder: Path, corpus: Path, n: int, tag: str) -> Path:
    paras = []
    for p in sorted(corpus.glob("*.txt")):
        paras += [" ".join(x.split()) for x in p.read_text(encoding="utf-8").split("\n\n") if len(x) > 80]
    folder.mkdir(parents=True)
    for i in range(n):
        body = "\n\n".join(paras[(i * 7 + k) % len(paras)] for k in range(4))
        (folder / f"{tag}_{i:04d}.txt").write_text(f"Notitie {tag} {i}\n\n{body}\n", encoding="utf-8")
    return folder


def test_searches_work_and_ingests_never_interleave_while_an_ingest_runs(tmp_path, corpus, corpus_index):
    from .test_crash import kh

    index = tmp_path / "index"
    shutil.copytree(corpus_index, index)
    first = _generated_docs(tmp_path / "eerste", corpus, 250, "eerste")
    second = _generated_docs(tmp_path / "tweede", corpus, 20, "tweede")
    with KnowledgeBase(index) as kb:
        before = kb.stats()["documents"]
    has_ask = hasattr(KnowledgeBase, "ask")
    queries = ["welzijn van studenten", "internationale studenten", "bindend studieadvies", "collegegeld"]

    ingest = subprocess.Popen(POLKB + ["--index", str(index), "ingest", str(first)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (index / "MAIN.tmp").exists() and time.monotonic() < deadline:  # the writer is open
        time.sleep(0.01)
    assert ingest.poll() is None
    # a second ingest waits --wait seconds, then says busy; a patient third waits for its turn
    busy = polkb("ingest", "--wait", "0.5", second, index=index)
    patient = subprocess.Popen(POLKB + ["--index", str(index), "ingest", "--wait", "300", str(second)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    searches = asks = 0
    with KnowledgeBase(index) as kb:
        while ingest.poll() is None:
            for q in queries:
                result = kb.search(q, limit=5)
                assert result.hits, q  # the old index answers while the new one is written
                searches += 1
            if has_ask:
                kb.ask("Wat is het bindend studieadvies?")
                asks += 1
        first_done = time.monotonic()
    out, err = ingest.communicate()
    assert ingest.returncode == 0, err
    assert busy.returncode == 1 and "index busy" in busy.stderr, busy.stderr
    assert busy.stderr.strip().count("\n") == 0 and "Traceback" not in busy.stderr
    p_out, p_err = patient.communicate(timeout=300)
    assert patient.returncode == 0, p_err
    assert time.monotonic() >= first_done
    assert searches >= len(queries), "the ingest ended before any search ran"
    state = kh.check_index(index)  # whole and consistent after both ingests
    assert len(state) == before + 250 + 20
    assert "20 added" in p_out and "250 added" in out  # the third ran after the first, not with it
    print(f"\n{searches} searches and {asks} asks during a {250}-document ingest, none failed")


# -- hostile queries ---------------------------------------------------------------------------------
QUERY_TIMES: list[float] = []

FRAGMENTS = ['"', "'", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "*", "?", "~",
             "~2", "^", "^3", "-", "+", ":", "\\", "/", "year:abcd", "year:", "year:2020-", "year:-",
             "year:9999999999999999999999", "kind:", "kind:motie", "file:*", "file:003*", "onbekend:veld",
             "body:welzijn", "id:", "doc_id:*", "path:/etc/passwd", "*:*", "a*", "*a", "st*", "s?udent",
             "welzijn~", "welzijn^2", "<>", "&&", "||", "!", "NOT NOT", "\x00",
             "\u202e", "\ufeff", "\u00ad", "💥", "ß", "İ", "ﬁ", "\n", "\t", " ", "studenten", "hoger onderwijs",
             "ijkingstoets", "org:", "topic:welzijn", "target:*", "country:België", "person:\"", "%s", "{0}",
             "<script>", "' OR 1=1 --"]


def _timed(fn, *args):
    t0 = time.perf_counter()
    result = fn(*args)
    dt = time.perf_counter() - t0
    QUERY_TIMES.append(dt)
    assert dt < QUERY_CAP_S, (args, dt)
    return result


def _check_search(kb, query):
    from polkb.query.syntax import UnknownFilterValue

    try:
        result = _timed(lambda q: kb.search(q, limit=10), query)
    except UnknownFilterValue:  # the one intended error: a kind: value no kind answers to
        assert "kind:" in query.lower()
        return
    assert result.total >= len(result.hits) >= 0
    for h in result.hits:
        assert h.passage_id and h.path


def _check_ask(kb, question):
    if not hasattr(KnowledgeBase, "ask"):
        pytest.skip("KnowledgeBase.ask does not exist yet")
    _timed(kb.ask, question)


FIXED = ["", " ", "*", "**", "?", "~", "^", '"', '""', '"""', "(", ")", "(((((", ")))))", "AND", "OR", "NOT",
         "NOT NOT NOT", "AND OR NOT", "year:abcd", "year:", "year:2020-2024-2028", "kind:", "nofield:value",
         "file:*", "*:*", "a*", "s*", "e*", "*e", "?????", "x" * 10_000, "studenten " * 1_000,
         "welzijn* " * 300, ('"' + "studenten " * 500 + '"'), "(" * 5_000 + "welzijn" + ")" * 5_000,
         "\x00" * 100, "\ud7ff\ue000\U0010ffff", "NOT welzijn", "-welzijn", "welzijn -welzijn",
         "year:2020 year:abcd lang:onbekend file:nope*", "\ud800", "\ud800*", "a\udfffb*", "None:x",
         "None:welzijn*", "foo:bar", "a* b* c* d* e*"]


@pytest.mark.parametrize("query", FIXED, ids=lambda q: repr(q[:30]))
def test_hostile_fixed_queries_search(kb, query):
    _check_search(kb, query)


def test_unknown_kind_is_an_error_naming_the_valid_ones(kb):
    """Not 0 silent hits: the officer sees the typo (the CLI shows the message as a usage error)."""
    from polkb.query.syntax import UnknownFilterValue

    with pytest.raises(UnknownFilterValue, match=r"unknown kind 'onbekend'; use one of: written_question"):
        kb.search("year:2020 kind:onbekend welzijn")
    assert kb.search("kind:motie").total == kb.search("kind:motion").total > 0


ASK_FIXED = ["", "*", '"', "(((((", "NOT", "AND OR NOT", "year:abcd", "nofield:value", "file:*", "?????",
             "x" * 1_000, "\x00" * 100, "Wat is het bindend studieadvies? ((( year:abcd",
             "year:2020 year:abcd kind:onbekend file:nope*"]


@pytest.mark.parametrize("query", ASK_FIXED, ids=lambda q: repr(q[:30]))
def test_hostile_fixed_queries_ask(kb, query):
    _check_ask(kb, query)


# Queries that once took 3-25 s (an unbounded range query, repeated frequent words, long
# questions), fixed in search.py and answer/reader.py; kept as slow tests at the per-call cap.
KNOWN_SLOW_SEARCH = [
    '"welzijn" [a TO z]',      # parser path keeps RangePlugin: unbounded TermRange, ~20 s
    "(welzijn) [0 TO 9]",      # same, ~11 s
    "hoger onderwijs " * 200,  # repeated frequent words are not deduplicated, ~11 s
    "1 " * 400,                # same, ~9 s
]
KNOWN_SLOW_ASK = ["' OR 1=1 -- " * 434,  # ask searches "1 1 1 ..." (400x), ~25 s
                  "studenten " * 1_000,  # ~3-5 s
                  "x" * 10_000]          # ~1.5 s idle, 4.6 s with the machine busy


@pytest.mark.slow
@pytest.mark.parametrize("query", KNOWN_SLOW_SEARCH, ids=lambda q: repr(q[:20]))
def test_known_slow_search_queries(kb, query):
    _check_search(kb, query)


@pytest.mark.slow
@pytest.mark.parametrize("query", KNOWN_SLOW_ASK, ids=lambda q: repr(q[:20]))
def test_known_slow_ask_questions(kb, query):
    _check_ask(kb, query)


def _hostile_text(max_repeat=5, long_ok=True):
    from hypothesis import strategies as st

    fragment = st.sampled_from(FRAGMENTS)
    unicode = st.text(min_size=0, max_size=60)
    glued = st.lists(st.one_of(fragment, unicode, fragment), min_size=1, max_size=25).map(
        lambda parts: "".join(parts))
    spaced = st.lists(st.one_of(fragment, unicode), min_size=1, max_size=25).map(" ".join)
    # long: random text up to 10k characters, or a fragment repeated (bounded: see KNOWN_SLOW_SEARCH)
    long = st.one_of(st.text(min_size=2_000, max_size=10_000),
                     st.tuples(fragment, st.integers(2, max_repeat)).map(lambda t: (t[0] + " ") * t[1]))
    return st.one_of(unicode, glued, spaced, long) if long_ok else st.one_of(unicode, glued, spaced)


def test_hostile_random_queries_search(kb):
    from hypothesis import HealthCheck, given, settings

    @settings(max_examples=200, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(_hostile_text())
    def run(query):
        _check_search(kb, query)

    run()


def test_hostile_random_queries_ask(kb):
    if not hasattr(KnowledgeBase, "ask"):
        pytest.skip("KnowledgeBase.ask does not exist yet")
    from hypothesis import HealthCheck, given, settings

    @settings(max_examples=50, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(_hostile_text(long_ok=False))  # questions are short; long ones: KNOWN_SLOW_ASK
    def run(question):
        _check_ask(kb, question)

    run()


def test_report_query_times():
    """Runs after the query tests (file order): the figure for docs/reliability.md."""
    if QUERY_TIMES:
        print(f"\nhostile queries: {len(QUERY_TIMES)} calls, max {max(QUERY_TIMES):.3f} s, "
              f"mean {sum(QUERY_TIMES) / len(QUERY_TIMES) * 1000:.1f} ms")


# -- paths and symbolic links ---------------------------------------------------------------------
@pytest.fixture
def linked(tmp_path):
    """docs/ with a real file, a link loop, and links to a file and a folder outside docs/."""
    docs, outside = tmp_path / "docs", tmp_path / "buiten"
    (docs / "sub").mkdir(parents=True)
    outside.mkdir()
    (docs / "binnen.txt").write_text("Binnen over studiefinanciering.\n", encoding="utf-8")
    (docs / "sub" / "dieper.txt").write_text("Dieper over huisvesting.\n", encoding="utf-8")
    (outside / "geheim.txt").write_text("Buiten over zwijgplicht.\n", encoding="utf-8")
    (outside / "map").mkdir()
    (outside / "map" / "ver.txt").write_text("Ver weg over grensverkeer.\n", encoding="utf-8")
    os.symlink(docs, docs / "sub" / "lus")                   # a loop back to the top
    os.symlink("..", docs / "sub" / "ouder")                 # a relative loop
    os.symlink(outside / "geheim.txt", docs / "link-naar-geheim.txt")
    os.symlink(outside / "map", docs / "link-naar-map")
    os.symlink(docs / "nergens.txt", docs / "kapotte-link.txt")
    return docs


def _names(index):
    with KnowledgeBase(index) as kb:
        return sorted(d["path"] for d in kb.documents())


def test_links_not_followed_unless_asked(linked, tmp_path):
    result = invoke("ingest", linked, index=tmp_path / "index")
    assert result.exit_code == 0, result.output
    assert _names(tmp_path / "index") == [os.path.join("docs", "binnen.txt"),
                                          os.path.join("docs", "sub", "dieper.txt")]


def test_follow_links_follows_them_once_and_survives_loops(linked, tmp_path):
    result = invoke("ingest", "--follow-links", linked, index=tmp_path / "index")
    names = _names(tmp_path / "index")
    assert os.path.join("docs", "link-naar-geheim.txt") in names
    assert os.path.join("docs", "link-naar-map", "ver.txt") in names
    # every real folder is visited once: the loops add nothing twice
    assert sum(n.endswith("binnen.txt") for n in names) == 1
    assert sum(n.endswith("dieper.txt") for n in names) == 1
    assert result.exit_code == 1  # the dangling link is a named failure, not a crash
    assert result.stderr.strip() == os.path.join("docs", "kapotte-link.txt") + ": file not found"
    assert "Traceback" not in result.output


def test_a_link_named_on_the_command_line_is_ingested(linked, tmp_path):
    """What was named is what the user asked for, link or not."""
    result = invoke("ingest", linked / "link-naar-geheim.txt", index=tmp_path / "index")
    assert result.exit_code == 0
    assert _names(tmp_path / "index") == [os.path.join("docs", "link-naar-geheim.txt")]


def test_stored_paths_are_relative_and_the_same_however_named(tmp_path, corpus, monkeypatch):
    """Absolute or relative arguments, from any working folder: one stored path, no duplicates,
    and an index beside its corpus moves with it."""
    project = tmp_path / "project"
    docs = project / "stukken" / "2024"
    docs.mkdir(parents=True)
    shutil.copy(corpus / SEED_000, docs / SEED_000)
    (docs / "ä ö.txt").write_text("Een notitie over decentrale selectie.\n", encoding="utf-8")
    index = project / "idx" / "index"
    assert invoke("ingest", docs.absolute(), index=index).exit_code == 0
    monkeypatch.chdir(docs)
    again = invoke("ingest", ".", index=os.path.relpath(index, docs))
    assert "0 added, 0 updated, 2 unchanged" in again.stdout, again.output
    monkeypatch.chdir(tmp_path)
    assert "2 unchanged" in invoke("ingest", "project/stukken/2024/", index=index).stdout
    names = _names(index)
    assert names == sorted([os.path.join("..", "stukken", "2024", SEED_000),
                            os.path.join("..", "stukken", "2024", "ä ö.txt")])
    moved = tmp_path / "elders" / "project-kopie"
    moved.parent.mkdir()
    shutil.move(str(project), str(moved))
    assert not project.exists()
    with KnowledgeBase(moved / "idx" / "index") as kb:
        assert kb.stats()["documents"] == 2
        report = kb.ingest([moved / "stukken"])
        assert report.counts["unchanged"] == 2 and report.counts["added"] == 0
        assert kb.stats()["documents"] == 2
