"""Every read command in every output format (one decorator, one writer), colour and the pager,
help examples, Dutch kind names, and the warnings that name the known values when a filter value
or a unit matches nothing."""
import csv
import io
import json
import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from polkb.cli import cli
from polkb.kb import KnowledgeBase

from .conftest import invoke

POLKB = [sys.executable, "-m", "polkb.cli"]
ANSI = "\x1b["
MOTION = "tk-motie-de-hoop-rol-studenten-europese-universiteitenallianties.txt"
WHW = "nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw.md"

READ_COMMANDS = {
    "search": ("search", "studentenwelzijn", "--limit", "3"),
    "similar": ("similar", "tk-motie-van-der-woude-beheersingsinstrumenten-internationale-studenten.txt", "--limit", "3"),
    "ask": ("ask", "Welke organisaties zijn betrokken bij #IBelong?"),
    "initiatives": ("initiatives", "--target", "migratieachtergrond"),
    "partners": ("partners", "IBelong"),
    "figures": ("figures", "meisjes STEM", "--limit", "3"),
    "qa": ("qa", "cultuursubsidies", "--limit", "2"),
    "show": ("show", MOTION),
    "list": ("list", "--kind", "motion"),
    "stats": ("stats",),
}
UNSOURCED = {"stats"}  # counts, not statements of a document


def run(args, fmt, index):
    result = invoke(*args, "--format", fmt, index=index)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_json_and_its_shorthand(corpus_index, command):
    args = READ_COMMANDS[command]
    data = json.loads(run(args, "json", corpus_index))
    assert data
    assert invoke(*args, "--json", index=corpus_index).stdout == run(args, "json", corpus_index)


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_jsonl_is_one_record_a_line(corpus_index, command):
    lines = run(READ_COMMANDS[command], "jsonl", corpus_index).splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_csv_rows_carry_their_citation(corpus_index, command):
    rows = list(csv.DictReader(io.StringIO(run(READ_COMMANDS[command], "csv", corpus_index))))
    assert rows
    if command not in UNSOURCED:
        assert all(row["citation"] for row in rows), rows[0]
        assert all(row["link"].startswith("file://") for row in rows)


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_markdown_note_has_numbered_sources(corpus_index, command):
    note = run(READ_COMMANDS[command], "md", corpus_index)
    assert note.startswith("# ")
    if command in UNSOURCED:
        assert "\n| " in note  # a Markdown table
    else:
        assert "## Bronnen / Sources" in note and "\n[1] [" in note and "(<file://" in note
        assert "[1]" in note.split("## Bronnen / Sources")[0]  # an item refers to its source


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_csl_json_of_the_cited_documents(corpus_index, command):
    items = json.loads(run(READ_COMMANDS[command], "csl", corpus_index))
    if command in UNSOURCED:
        assert items == []
    else:
        assert items and all(item["id"] and item["type"] and item["title"] for item in items)
        assert len({item["id"] for item in items}) == len(items)


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_table_is_plain_when_not_a_terminal(corpus_index, command):
    out = run(READ_COMMANDS[command], "table", corpus_index)
    assert out.strip() and ANSI not in out
    assert invoke(*READ_COMMANDS[command], index=corpus_index).stdout == out  # table is the default


def test_search_csv_has_the_document_columns(corpus_index):
    rows = list(csv.DictReader(io.StringIO(run(("search", "cultuursubsidies", "--limit", "3"), "csv", corpus_index))))
    question = next(r for r in rows if r["kind"] == "written_question")
    assert question["date"] == "2024-03-07" and question["organisation"] == "Tweede Kamer"
    assert question["citation"].startswith("Aanhangsel Handelingen II 2023/24")
    assert question["link"].endswith(f"#page={question['page']}")


def test_ingest_takes_table_and_json_only(tmp_path, corpus):
    index = tmp_path / "index"
    data = json.loads(invoke("ingest", corpus / MOTION, "--format", "json", index=index).stdout)
    assert data["summary"]["added"] == 1
    assert invoke("ingest", corpus / MOTION, "--format", "csv", index=index).exit_code == 2


# -- colour ---------------------------------------------------------------------------------------
def styled(*args, index, env=None):
    argv = ["--index", str(index)] + [str(a) for a in args]
    return CliRunner().invoke(cli, argv, obj={}, color=True, env=env or {}, catch_exceptions=False)


def test_color_never_and_no_color(corpus_index):
    args = ("search", "studentenwelzijn", "--limit", "2")
    colored = styled(*args, index=corpus_index, env={"NO_COLOR": None})
    assert ANSI in colored.stdout
    for extra, env in ((("--color", "never"), {"NO_COLOR": None}), ((), {"NO_COLOR": "1"})):
        plain = styled(*args, *extra, index=corpus_index, env=env)
        assert ANSI not in plain.stdout and plain.stdout == click.unstyle(colored.stdout)


def test_color_always_reaches_a_pipe_and_beats_no_color(corpus_index):
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(POLKB + ["--index", str(corpus_index), "search", "studentenwelzijn", "--limit", "2",
                                   "--color", "always"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert ANSI in proc.stdout and "**" not in proc.stdout  # the marks become bold


# -- the pager ------------------------------------------------------------------------------------
def _on_a_terminal(args, env):
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    proc = subprocess.Popen(POLKB + args, stdout=slave, stdin=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    proc.wait(timeout=120)
    assert proc.returncode == 0, proc.stderr.read()
    return b"".join(chunks).decode("utf-8", "replace")


def test_long_output_on_a_terminal_goes_through_the_pager(corpus_index):
    env = {**os.environ, "PAGER": "tr a-z A-Z", "LINES": "20", "COLUMNS": "100", "NO_COLOR": "1"}
    args = ["--index", str(corpus_index), "show", WHW]
    paged = _on_a_terminal(args, env)
    assert "ARTIKEL 1.1" in paged.upper() and "artikel" not in paged  # all of it through the pager
    unpaged = _on_a_terminal(args + ["--no-pager"], env)
    assert "artikel" in unpaged.lower() and "Artikel" in unpaged
    short = _on_a_terminal(["--index", str(corpus_index), "stats"], env)
    assert "documents" in short  # fits the screen: no pager


# -- help, kinds, warnings ---------------------------------------------------------------------------
@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_examples(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    if command != "serve":
        assert "Examples:" in result.output and f"polkb {command}" in result.output


def test_the_cli_offers_every_format_of_the_writer():
    from polkb import cli as cli_module
    from polkb.present.formats import FORMATS

    assert cli_module.FORMATS == FORMATS


@pytest.mark.parametrize("command", sorted(set(READ_COMMANDS)))
def test_read_commands_share_the_output_options(command):
    out = CliRunner().invoke(cli, [command, "--help"]).output
    for option in ("--format [table|json|jsonl|csv|md|csl]", "--json", "--color [auto|always|never]", "--pager / --no-pager"):
        assert option in out


@pytest.mark.parametrize("name", ["motie", "moties", "Motion"])
def test_list_takes_dutch_kind_names(corpus_index, kb, name):
    rows = json.loads(invoke("list", "--kind", name, "--json", index=corpus_index).stdout)
    assert len(rows) == kb.stats()["by_kind"]["motion"]


def test_list_by_year_and_organisation(corpus_index):
    rows = json.loads(invoke("list", "--kind", "kamervragen", "--year", "2023-2024", "--json", index=corpus_index).stdout)
    assert rows and {r["kind"] for r in rows} == {"written_question"} and all(r["year"] in (2023, 2024) for r in rows)
    flemish = json.loads(invoke("list", "--org", "vlaamse regering", "--json", index=corpus_index).stdout)
    assert flemish and all(r["citation"] for r in flemish)
    none = invoke("list", "--org", "Harvard", index=corpus_index)
    assert none.exit_code == 0 and "warning: organisation 'Harvard' matches no document; known values:" in none.stderr
    assert "Vlaamse Regering" in none.stderr


def test_unknown_filter_value_warns_with_the_known_values(corpus_index):
    result = invoke("search", "studenten org:Eramus", index=corpus_index)
    assert result.exit_code == 0 and "No passages found." in result.stdout
    warning = result.stderr.strip().splitlines()[-1]
    assert warning.startswith("warning: org 'Eramus' matches nothing in the index; known values: Erasmus Universiteit")
    years = invoke("search", "welzijn year:1850", index=corpus_index)
    assert "warning: year '1850' matches nothing in the index; known values:" in years.stderr and "1945" in years.stderr
    found = invoke("search", "studenten org:Erasmus", index=corpus_index)
    assert "warning" not in found.stderr  # a value the index holds: no warning


def test_unit_without_figures_warns_with_the_units(tmp_path):
    (tmp_path / "nota.txt").write_text("Nota\n\nHet aandeel vrouwelijke hoogleraren steeg tot 27 procent in 2023.\n",
                                       encoding="utf-8")
    index = tmp_path / "index"
    assert KnowledgeBase(index).ingest([tmp_path / "nota.txt"]).ok
    result = invoke("figures", "--unit", "euro", index=index)
    assert result.exit_code == 0 and "No figures found." in result.stdout
    assert "warning: no figure in the index has the unit 'EUR'; units in the index: % (1)" in result.stderr
    assert invoke("figures", "--unit", "furlong", index=index).exit_code == 2  # not a unit at all


def test_interface_messages_are_english(corpus_index):
    for args, text in ((("search", "zzzqqqxxx"), "No passages found."), (("figures", "zzzqqqxxx"), "No figures found."),
                       (("qa", "zzzqqqxxx"), "No question/answer pairs found."), (("initiatives", "--org", "zzzqqq"), "No initiatives found.")):
        assert invoke(*args, index=corpus_index).stdout.startswith(text)
    qa = invoke("qa", "--asker", "Van Zanten", "--limit", "1", index=corpus_index).stdout
    assert qa.startswith("Question ") and "\nAnswer (" in qa
    english = invoke("ask", "Which organisations are involved in #IBelong?", index=corpus_index).stdout
    assert "Source:" in english and "confidence" in english  # the answer follows the question's language
    dutch = invoke("ask", "Welke organisaties zijn betrokken bij #IBelong?", index=corpus_index).stdout
    assert "Bron:" in dutch and "betrouwbaarheid" in dutch
