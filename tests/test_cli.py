"""The command line's terminal habits: NO_COLOR and plain pipes, a closed pipe (exit 0), Ctrl-C
(130) and SIGTERM (143), help with examples and every search filter, `polkb list`, paths shown as
typed, and unknown filter values as usage errors.

Read commands run in-process with click's CliRunner over the session's corpus index; what needs a
real pipe, terminal or signal runs `python -m polkb.cli` in a subprocess.
"""
import importlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import click
from click.testing import CliRunner

from polkb.cli import SEARCH_EXAMPLES, Terminated, cli
from polkb.kb import KnowledgeBase
from polkb.query.syntax import FILTER_FIELDS
from polkb.tag.kinds import KINDS

search_module = importlib.import_module("polkb.query.syntax")  # (the name polkb is the helper below)

from .conftest import invoke

POLKB = [sys.executable, "-m", "polkb.cli"]
WHW = "nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw.md"  # the longest document
ANSI = "\x1b["
INGEST_INTERRUPTED = "Interrupted: nothing was committed; the index is as it was."


def styled(*args, index, env=None):
    """Run the CLI in-process as on a terminal that takes colour (click strips nothing itself)."""
    argv = ["--index", str(index)] + [str(a) for a in args]
    return CliRunner().invoke(cli, argv, obj={}, color=True, env=env or {}, catch_exceptions=False)


def polkb(*args, index=None, **kw) -> subprocess.CompletedProcess:
    argv = POLKB + (["--index", str(index)] if index else []) + [str(a) for a in args]
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, **kw)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


# -- NO_COLOR and pipes ---------------------------------------------------------------------------
@pytest.mark.parametrize("args", [("search", "studentenwelzijn", "--limit", "3"), ("list",),
                                  ("show", WHW, "--no-passages")])
def test_no_color_turns_every_style_off(corpus_index, args):
    plain = styled(*args, index=corpus_index, env={"NO_COLOR": "1"})
    assert plain.exit_code == 0, plain.output
    assert ANSI not in plain.output
    # the control: the same command with colour allowed is styled (NO_COLOR="" does not count)
    for env in ({"NO_COLOR": None}, {"NO_COLOR": ""}):
        colored = styled(*args, index=corpus_index, env=env)
        assert ANSI in colored.output
        assert click.unstyle(colored.output) == plain.output


def test_snippet_marks_stay_when_styling_is_off(corpus_index):
    result = styled("search", "studentenwelzijn", "--limit", "1", index=corpus_index, env={"NO_COLOR": "1"})
    assert "**" in result.stdout  # the matches stay visible as **word**


def test_output_to_a_pipe_is_plain(corpus_index):
    for args in (("search", "studentenwelzijn"), ("list",), ("show", WHW, "--no-passages")):
        proc = polkb(*args, index=corpus_index, env={k: v for k, v in os.environ.items() if k != "NO_COLOR"})
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout and ANSI not in proc.stdout + proc.stderr


def _on_a_terminal(args, env):
    """stdout of a real `polkb` on a pseudo-terminal: what a person sees."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    proc = subprocess.Popen(POLKB + args, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    proc.wait(timeout=120)
    assert proc.returncode == 0, proc.stderr.read()
    return b"".join(chunks).decode("utf-8", "replace")


def test_terminal_is_styled_unless_no_color(corpus_index):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    args = ["--index", str(corpus_index), "search", "studentenwelzijn", "--limit", "2"]
    tty = _on_a_terminal(args, env)
    assert ANSI in tty and "**" not in tty  # bold matches instead of marks
    plain = _on_a_terminal(args, {**env, "NO_COLOR": "1"})
    assert ANSI not in plain and "**" in plain


# -- a reader that goes away ----------------------------------------------------------------------
@pytest.mark.parametrize("args", [("search", "studentenwelzijn"), ("show", WHW), ("list", "--json"),
                                  ("--help",), ("search", "--help"), ("--version",)])
def test_closed_pipe_exits_0_quietly(corpus_index, args):
    """The reader closed before anything was written: every write fails with EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(POLKB + ["--index", str(corpus_index), *args], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_like_head_1(corpus_index):
    """`polkb show WHW | head -1`: the first line is read, then the pipe closes mid-output."""
    proc = subprocess.Popen(POLKB + ["--index", str(corpus_index), "show", WHW],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert first.startswith(b"Wet van 8 oktober 1992")
    assert proc.returncode == 0 and err == b"", err


# -- Ctrl-C and SIGTERM ---------------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _default_sigint():
    """A shell starts background jobs with Ctrl-C ignored (and Python then installs no handler);
    the ingest under test is a user's foreground one."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads worker processes from /proc")
@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_ends_an_ingest_cleanly(corpus, tmp_path, sig, code):
    index = tmp_path / "index"
    proc = subprocess.Popen(POLKB + ["--index", str(index), "ingest", str(corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_sigint)
    deadline = time.monotonic() + 60
    # the writer's temporary folder appears once the ingest loop is under way
    while not (index / "MAIN.tmp").exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.5)
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    workers = _children(proc.pid)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, (out, err)
    assert "Traceback" not in err
    assert one_line(err) == INGEST_INTERRUPTED
    time.sleep(0.2)
    assert not [w for w in workers if _alive(w)], "an ingest worker outlived the ingest"
    # nothing committed, and the lock is free: the next ingest does not wait
    with KnowledgeBase(index) as kb:
        assert kb.stats()["documents"] == 0
    again = polkb("ingest", "--wait", "0", corpus / WHW, index=index)
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("exc, code", [(KeyboardInterrupt, 130), (Terminated, 143)])
def test_interrupt_of_a_read_command(corpus_index, monkeypatch, exc, code):
    def interrupted(self, *a, **kw):
        raise exc()

    monkeypatch.setattr(KnowledgeBase, "search", interrupted)
    result = invoke("search", "welzijn", index=corpus_index)
    assert result.exit_code == code
    assert one_line(result.stderr) == "Interrupted."


def test_interrupted_ingest_keeps_its_message(tmp_path, corpus, monkeypatch):
    def interrupted(self, *a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(KnowledgeBase, "ingest", interrupted)
    result = invoke("ingest", corpus, index=tmp_path / "index")
    assert result.exit_code == 130
    assert one_line(result.stderr) == INGEST_INTERRUPTED


# -- help -----------------------------------------------------------------------------------------
def test_main_help_has_examples_and_every_filter():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "polkb search " in result.stdout
    for name in FILTER_FIELDS:
        assert f"{name}:" in result.stdout, name
    assert "list" in result.stdout  # the new command is listed


def test_search_help_describes_every_filter():
    result = invoke("search", "--help")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for name in FILTER_FIELDS:
        assert any(line.strip().startswith(f"{name}:") for line in lines), name
    for kind in KINDS:
        assert kind in result.stdout
    assert "Examples:" in result.stdout


def test_search_help_follows_filter_fields(monkeypatch):
    """A filter polkb.query.syntax gains shows up in the help without touching the CLI."""
    monkeypatch.setattr(search_module, "FILTER_FIELDS", FILTER_FIELDS + ("dossier",))
    assert any(line.strip() == "dossier:" for line in invoke("search", "--help").stdout.splitlines())


@pytest.mark.parametrize("query", [q for q, _ in SEARCH_EXAMPLES])
def test_search_help_examples_find_passages(corpus_index, query):
    result = invoke("search", query, "--json", index=corpus_index)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["hits"], query


def test_list_help_has_examples():
    assert "polkb list --kind" in invoke("list", "--help").stdout


# -- polkb list -----------------------------------------------------------------------------------
def test_list_shows_every_document_by_path(corpus_index, kb):
    result = invoke("list", index=corpus_index)
    assert result.exit_code == 0
    docs = kb.documents()
    lines = result.stdout.splitlines()
    assert len(lines) == len(docs) + 1 and lines[-1] == f"{len(docs)} documents"
    paths = [line.rsplit("  (", 1)[1].rstrip(")") for line in lines[:-1]]
    assert paths == sorted(d["path"] for d in docs)
    motion = next(line for line in lines if "tk-motie-2023-omtzigt" in line)
    assert motion.startswith("2023-01-31") and " motion " in motion


def test_list_json(corpus_index, kb):
    rows = json.loads(invoke("list", "--json", index=corpus_index).stdout)
    assert [r["path"] for r in rows] == sorted(d["path"] for d in kb.documents())
    assert set(rows[0]) >= {"path", "id", "title", "kind", "date", "year"}
    question = next(r for r in rows if r["path"].endswith("tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf"))
    assert question["kind"] == "written_question" and question["date"] == "2024-03-06" and question["year"] == 2024


def test_list_kind_filter(corpus_index, kb):
    motions = json.loads(invoke("list", "--kind", "MOTION", "--json", index=corpus_index).stdout)
    assert motions and {r["kind"] for r in motions} == {"motion"}
    assert len(motions) == kb.stats()["by_kind"]["motion"]


def test_list_unknown_kind_is_a_usage_error(corpus_index):
    result = invoke("list", "--kind", "motoin", index=corpus_index)
    assert result.exit_code == 2
    assert "unknown kind 'motoin'" in result.stderr and "motion" in result.stderr


def test_list_known_kind_without_documents(corpus_index, kb):
    absent = [k for k in KINDS if k not in kb.stats()["by_kind"]]
    if not absent:
        pytest.skip("the corpus has every kind")
    result = invoke("list", "--kind", absent[0], index=corpus_index)
    assert result.exit_code == 0 and result.stdout.strip() == "No documents found."


# -- paths as typed -------------------------------------------------------------------------------
@pytest.mark.parametrize("rebuild", [False, True])
def test_ingest_of_a_missing_path_is_a_usage_error(tmp_path, monkeypatch, rebuild):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    index = tmp_path / "elsewhere" / "index"
    result = invoke("ingest", *(["--rebuild"] if rebuild else []), "sub/bestaat-niet.txt", index=index)
    assert result.exit_code == 2
    assert one_line(result.stderr) == "Error: path 'sub/bestaat-niet.txt' does not exist"
    assert not index.exists()  # told before the index is touched


def test_ingest_of_missing_paths_names_them_all(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("ingest", "a.txt", "map/", index=tmp_path / "index")
    assert result.exit_code == 2
    assert one_line(result.stderr) == "Error: paths 'a.txt', 'map/' do not exist"


def test_a_missing_path_beside_others_is_shown_as_typed(tmp_path, monkeypatch, corpus):
    work = tmp_path / "work"
    work.mkdir()
    (work / "ok.txt").write_bytes((corpus / "tk-motie-2023-omtzigt-normen-onderwijstaal-nederlands-hoger-onderwijs.txt").read_bytes())
    monkeypatch.chdir(work)
    index = tmp_path / "elsewhere" / "index"  # stored paths are relative to 'elsewhere': ../work/…
    result = invoke("ingest", "ok.txt", "sub/bestaat-niet.txt", index=index)
    assert result.exit_code == 1  # the rest lands: a partial failure, as for any bad file
    assert one_line(result.stderr) == "sub/bestaat-niet.txt: file not found"
    assert "1 added" in result.stdout
    again = json.loads(invoke("ingest", "ok.txt", "sub/bestaat-niet.txt", "--json", index=index).stdout)
    assert again["failed"] == [{"path": "sub/bestaat-niet.txt", "reason": "file not found"}]


def test_show_takes_a_path_as_typed(corpus_index, corpus, monkeypatch):
    monkeypatch.chdir(corpus.parent)  # the index is elsewhere: its stored paths differ from this one
    result = invoke("show", f"corpus/{WHW}", "--json", "--no-passages", index=corpus_index)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["path"].endswith(WHW)


def test_show_of_a_missing_path_is_a_usage_error(corpus_index, corpus, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    result = invoke("show", "corpus/bestaat-niet.txt", index=corpus_index)
    assert result.exit_code == 2
    assert one_line(result.stderr) == "Error: path 'corpus/bestaat-niet.txt' does not exist"
    unknown = invoke("show", "bestaat-niet", index=corpus_index)  # a name, not a path: not found
    assert unknown.exit_code == 1
    assert one_line(unknown.stderr) == "Error: no document 'bestaat-niet' in the knowledge base"


# -- unknown filter values ------------------------------------------------------------------------
class UnknownFilterValue(ValueError):
    """Stands in for polkb.query.syntax.UnknownFilterValue (recognised by its name)."""


@pytest.mark.parametrize("on_module", [False, True])
def test_unknown_filter_value_is_a_usage_error(corpus_index, monkeypatch, on_module):
    if on_module:
        cls = type("UnknownFilterValue", (ValueError,), {})
        monkeypatch.setattr(search_module, "UnknownFilterValue", cls, raising=False)
    else:
        cls = UnknownFilterValue

    def unknown(self, *a, **kw):
        raise cls("unknown kind 'motoin'; use one of: motion, regulation")

    monkeypatch.setattr(KnowledgeBase, "search", unknown)
    result = invoke("search", "kind:motoin", "studenten", index=corpus_index)
    assert result.exit_code == 2
    assert "Error: unknown kind 'motoin'; use one of: motion, regulation" in result.stderr
    assert "Traceback" not in result.output


def test_other_value_errors_stay_errors(corpus_index, monkeypatch):
    def broken(self, *a, **kw):
        raise ValueError("something else")

    monkeypatch.setattr(KnowledgeBase, "search", broken)
    result = invoke("search", "welzijn", index=corpus_index)
    assert result.exit_code == 1
    assert one_line(result.stderr) == "Error: ValueError: something else (run with --debug for details)"


def test_version():
    result = polkb("--version")
    assert result.returncode == 0 and result.stdout.startswith("polkb, version ")


def test_partners_cite_the_document_that_states_them(corpus_index):
    from .conftest import invoke

    out = invoke("partners", "IBelong", index=corpus_index).output
    line = next(x for x in out.splitlines() if x.startswith("coordinator:"))
    assert "Erasmus Universiteit Rotterdam" in line and "Edge Hill University" in line
    assert line.rstrip().endswith("004_218249a6f8eb53c6.txt]")


def test_check_says_whole_then_names_a_damaged_file(tmp_path, corpus):
    index = tmp_path / "index"
    assert invoke("ingest", str(corpus / "004_218249a6f8eb53c6.txt"), index=index).exit_code == 0
    result = invoke("check", index=index)
    assert result.exit_code == 0 and "the index is whole" in result.output
    postings = max((p for p in index.glob("MAIN_*.*") if p.suffix != ".sums"), key=lambda p: p.stat().st_size)
    data = bytearray(postings.read_bytes())
    data[len(data) // 2] ^= 0xFF
    postings.write_bytes(bytes(data))
    result = invoke("check", index=index)
    assert result.exit_code == 1
    assert postings.name in result.output and "polkb ingest --rebuild" in result.output
    searched = invoke("search", "studenten", index=index)  # never served silently
    assert searched.exit_code == 1 and postings.name in searched.output
