"""The `polkb` command line: parse options, call the KnowledgeBase, print.

Every read command takes `--json` through one decorator and prints through one function, so JSON
and terminal output never drift apart. Domain errors become one `Error: …` line (exit 1); usage
errors exit 2; a traceback only with `--debug`.

Terminal habits: styling only on a terminal and never with `NO_COLOR`; a reader of the output
that goes away (`polkb search x | head -1`) ends the command quietly with exit 0; Ctrl-C exits 130
and SIGTERM 143, each with one line and no traceback.
"""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import signal
import sys
import textwrap
import threading
from pathlib import Path

import click

from . import __version__

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C
EXIT_TERMINATED = 143   # 128 + SIGTERM
INTERRUPTED_INGEST = "Interrupted: nothing was committed; the index is as it was."


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main process so that it ends like Ctrl-C: an ingest rolls back."""


_MAIN_PID: int | None = None


def _on_sigterm(signum, frame):
    if os.getpid() != _MAIN_PID:
        # a forked ingest worker inherited this handler: it ends as SIGTERM asks, at once
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise Terminated()


class UsageLine(click.ClickException):
    """A usage error told in one `Error: …` line (exit 2), without click's usage block."""

    exit_code = 2


def _color_enabled() -> bool:
    """Whether styling reaches the output: the context's choice (False under NO_COLOR), else
    whether stdout is a terminal (click.echo strips styles elsewhere)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.color is not None:
        return ctx.color
    return sys.stdout.isatty()


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


def emit(obj, as_json: bool, render=None):
    """The single output path: JSON (dataclasses converted) or the command's text rendering."""
    if as_json or render is None:
        click.echo(json.dumps(_plain(obj), ensure_ascii=False, indent=2))
    else:
        render(obj)


def _plain(obj):
    if dataclasses.is_dataclass(obj):
        return {k: _plain(v) for k, v in dataclasses.asdict(obj).items()}
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


def bold(text: str) -> str:
    """Turn the **marks** of a snippet into bold on a terminal; elsewhere (a pipe, NO_COLOR) the
    marks stay, so the matches remain visible."""
    import re

    if _color_enabled():
        return re.sub(r"\*\*(.+?)\*\*", lambda m: click.style(m.group(1), bold=True), text)
    return text


def _is_unknown_filter_value(e: Exception) -> bool:
    """A filter value the index does not know (polkb.search.UnknownFilterValue, a ValueError):
    looked up on the module when it exists, else recognised by its class name."""
    cls = getattr(sys.modules.get(f"{__package__}.search"), "UnknownFilterValue", None)
    if isinstance(cls, type) and isinstance(e, cls):
        return True
    return any(c.__name__ == "UnknownFilterValue" for c in type(e).__mro__)


def _pipe_closed():
    """The reader of our output went away (`polkb search x | head -1`): not an error. Whatever
    is still buffered for stdout goes to devnull, so the exit itself cannot fail on it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (a test runner's buffer)
        pass


def domain_errors(f):
    """Turn the library's own exceptions into one clean CLI error line."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        from .index import IndexBusy, IndexMissing, IndexOutdated
        from .kb import NotFound, UnknownUnit

        ctx = click.get_current_context()
        try:
            return f(*args, **kwargs)
        except (IndexBusy, IndexMissing, IndexOutdated, NotFound) as e:
            raise click.ClickException(str(e)) from e
        except UnknownUnit as e:
            raise click.UsageError(str(e)) from e
        except KeyboardInterrupt as e:  # Ctrl-C, or SIGTERM through main's handler
            message = INTERRUPTED_INGEST if ctx.command.name == "ingest" else "Interrupted."
            click.echo(message, err=True)
            ctx.exit(EXIT_TERMINATED if isinstance(e, Terminated) else EXIT_INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise  # a closed pipe is PolkbGroup's to handle
        except Exception as e:
            if isinstance(e, ValueError) and _is_unknown_filter_value(e):
                raise click.UsageError(str(e)) from e
            if ctx.find_root().obj.get("debug"):
                raise
            raise click.ClickException(f"{type(e).__name__}: {e} (run with --debug for details)") from e

    return wrapper


# -- help texts: examples, and the search filters read from polkb.search.FILTER_FIELDS ------------
# What each filter means; a field polkb.search gains later is still listed (by name) until it is
# described here.
FILTER_HELP = {
    "kind": "document kind: {kinds}",
    "org": "organisation, name or abbreviation (org:UNL, org:leuven)",
    "year": "year or range of years (year:2023, year:2019-2023)",
    "file": "file name, its start or a wildcard (file:tk-motie*)",
    "lang": "language of the document (lang:nl, lang:en)",
    "format": "file format (format:pdf, format:html, format:markdown, format:text)",
    "target": "target group (target:migratieachtergrond)",
    "topic": "topic (topic:studentenwelzijn)",
    "person": "person named in the document (person:Dijkgraaf)",
    "country": "country (country:België)",
    "initiative": "initiative (initiative:IBelong)",
    "doc": "document id, as `polkb list --json` gives it (doc:ec793a97a585)",
}

SEARCH_EXAMPLES = (
    ("studentenwelzijn", ""),
    ('"bindend studieadvies" kind:regulation', "a phrase in one kind of document"),
    ("internationale studenten kind:motion year:2023", "filters narrow the words"),
    ("internationale studenten NOT Engels", "AND, OR, NOT"),
    ("studie* target:migratieachtergrond", "a prefix; a target group"),
)


def _quoted(query: str) -> str:
    return f"'{query}'" if any(c in query for c in ' "*') else query


def filter_help(width: int = 62) -> str:
    """The filters `search` understands, one line each, built from polkb.search.FILTER_FIELDS."""
    from .search import FILTER_FIELDS
    from .tag.kinds import KINDS

    lines = ["Filters (field:value; quote a value with spaces, org:\"KU Leuven\"; a field given twice",
             "matches either value):"]
    for name in FILTER_FIELDS:
        text = FILTER_HELP.get(name, "").format(kinds=", ".join(KINDS))
        wrapped = textwrap.wrap(text, width) or [""]
        lines.append(f"  {name + ':':<12}{wrapped[0]}".rstrip())
        lines += [" " * 14 + more for more in wrapped[1:]]
    return "\n".join(lines)


def _examples(rows) -> str:
    """Example command lines, each with its note as a shell comment (they paste as they are)."""
    return "\n".join(f"  {cmd}" + (f"  # {note}" if note else "") for cmd, note in rows)


def main_epilog() -> str:
    from .search import FILTER_FIELDS

    rows = [("polkb ingest corpus/", "read a folder (unchanged files are skipped)"),
            ("polkb list --kind motion", "the documents in the index"),
            ("polkb search " + _quoted(SEARCH_EXAMPLES[1][0]), ""),
            ('polkb ask "Welke organisaties zijn betrokken bij #IBelong?"', ""),
            ("polkb show nl-besluit-experiment-bindend-studieadvies.md", "a document by name"),
            ("NO_COLOR=1 polkb search welzijn --limit 3", "plain output (a pipe gets plain output anyway)")]
    filters = textwrap.fill("Search filters: " + " ".join(f"{name}:" for name in FILTER_FIELDS)
                            + " (see polkb search --help)", 76)
    return (f"\b\nExamples:\n{_examples(rows)}\n\n\b\n{filters}\n\n"
            "Exit codes: 0 ok, 1 error or partial failure, 2 usage, 130 interrupted (Ctrl-C), "
            "143 terminated.")


def search_epilog() -> str:
    rows = [("polkb search " + _quoted(q), note) for q, note in SEARCH_EXAMPLES]
    return f"\b\nExamples:\n{_examples(rows)}\n\n\b\n{filter_help()}"


class _EpilogMixin:
    """A command whose epilog is built when its help is shown: the filter list comes from
    polkb.search, which other commands need not import just to start."""

    def __init__(self, *args, epilog_from=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.epilog_from = epilog_from

    def format_epilog(self, ctx, formatter):
        if self.epilog_from is not None:
            self.epilog = self.epilog_from()
        super().format_epilog(ctx, formatter)


class EpilogCommand(_EpilogMixin, click.Command):
    pass


@contextlib.contextmanager
def _pipe_closed_is_exit():
    try:
        yield
    except BrokenPipeError:
        _pipe_closed()
        raise click.exceptions.Exit(0) from None


class PolkbGroup(_EpilogMixin, click.Group):
    """The root group: a closed pipe anywhere below it (a command's output, --help, --version)
    ends the program with exit 0, before click's own handler would make it exit 1."""

    def make_context(self, *args, **kwargs):
        with _pipe_closed_is_exit():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _pipe_closed_is_exit():
            return super().invoke(ctx)


@click.group(cls=PolkbGroup, epilog_from=main_epilog,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--index", "index_dir", envvar="POLKB_INDEX", default="index", show_default=True,
              type=click.Path(file_okay=False), help="Index folder (or POLKB_INDEX).")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.version_option(__version__, prog_name="polkb")
@click.pass_context
def cli(ctx, index_dir, debug):
    """polkb: a knowledge base for Dutch higher-education policy texts.

    Output is styled only on a terminal, and never when NO_COLOR is set.
    """
    ctx.obj = {"index": index_dir, "debug": debug}
    if os.environ.get("NO_COLOR"):
        ctx.color = False  # subcommands' contexts inherit it; click.echo then strips every style


def _index_dir() -> Path:
    return Path(click.get_current_context().find_root().obj["index"])


def _kb():
    from .kb import KnowledgeBase

    return KnowledgeBase(_index_dir())


def _stored(path: str) -> str:
    """How the index records `path` (relative to the folder holding the index)."""
    from .ingest import stored_path

    return stored_path(Path(path), _index_dir().absolute().parent)


def _missing_paths(paths) -> UsageLine:
    missing = ", ".join(f"'{p}'" for p in paths)
    return UsageLine(f"path {missing} does not exist" if len(paths) == 1
                     else f"paths {missing} do not exist")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--rebuild", is_flag=True, help="Start the index over from these paths.")
@click.option("--follow-links", is_flag=True, help="Follow symbolic links inside folders.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Parsing processes.")
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait for another ingest to finish.")
@json_option
@domain_errors
def ingest(paths, rebuild, follow_links, workers, wait, as_json):
    """Read files and folders into the index (unchanged files are skipped)."""
    from .ingest import FAILED

    # Nothing to read at all is a usage error, told before the index is touched (--rebuild too);
    # a missing path beside others is one failure line like any bad file, and the rest lands.
    if not any(os.path.lexists(p) for p in paths):
        raise _missing_paths(paths)
    typed = {_stored(p): p for p in paths}  # a path named on the command line is shown as typed

    bar = {"bar": None}
    interactive = sys.stderr.isatty() and not as_json

    def on_start(total):
        if interactive and total > 1:
            bar["bar"] = click.progressbar(length=total, label="Ingesting", file=sys.stderr)
            bar["bar"].__enter__()

    def on_file(outcome):
        if outcome.status == FAILED:
            if bar["bar"]:
                click.echo("", err=True)
            click.echo(f"{typed.get(outcome.path, outcome.path)}: {outcome.reason}", err=True)
        if bar["bar"] and outcome.status != "removed":
            bar["bar"].update(1)

    try:
        report = _kb().ingest(paths, rebuild=rebuild, follow_links=follow_links, workers=workers,
                              lock_timeout=wait, on_start=on_start, on_file=on_file)
    finally:
        if bar["bar"]:
            bar["bar"].__exit__(None, None, None)
    emit({"summary": dict(report.counts), "passages": report.passages,
          "failed": [{"path": typed.get(f.path, f.path), "reason": f.reason} for f in report.failures]},
         as_json, lambda r: click.echo(report.summary()))
    if not report.ok:
        sys.exit(1)


@cli.command()
@json_option
@domain_errors
def stats(as_json):
    """Counts of documents and passages, per format and kind, and the index size."""

    def render(s):
        click.echo(f"documents  {s['documents']}\npassages   {s['passages']}\n"
                   f"index size {s['index_bytes'] / 1e6:.1f} MB")
        for name in ("by_format", "by_kind"):
            click.echo(f"{name.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in s[name].items()))

    emit(_kb().stats(), as_json, render)


@cli.command()
@click.argument("doc")
@click.option("--passages/--no-passages", default=True, help="List the passages too.")
@json_option
@domain_errors
def show(doc, passages, as_json):
    """A document (by id, path or file name): kind, metadata, tags, figures, Q/A pairs, passages."""

    from .records import person_label

    def render(d):
        info = d.get("info", {})
        click.echo(click.style(d["title"], bold=True))
        click.echo(f"{d['path']}  id {d['id']}  {d['format']}  {d['language']}  "
                   f"{d['pages'] or '-'} pages  {d['passages']} passages")
        click.echo(f"kind: {d['kind']}" + (f"  ({info['kind_evidence']})" if info.get("kind_evidence") else ""))
        for label, key in (("number", "number"), ("dossier", "dossier"), ("organisation", "organisation")):
            if info.get(key):
                click.echo(f"{label}: {info[key]}")
        for date in info.get("dates", []):
            click.echo(f"date ({date['role']}): {date['date']}")
        for label, key in (("asked by", "askers"), ("addressed to", "addressees"), ("answered by", "answered_by")):
            people = [person_label(p, portfolio=True) for p in info.get(key, [])]
            if people:
                click.echo(f"{label}: " + "; ".join(people))
        for kind, values in d.get("tags", {}).items():
            click.echo(f"{kind}: " + ", ".join(values[:12]) + (" …" if len(values) > 12 else ""))
        for ini in d.get("initiatives", []):
            click.echo(f"initiative: {ini['name']}" + (f" ({ini['type']})" if ini.get("type") else "")
                       + (f", coordinator {ini['coordinator']}" if ini.get("coordinator") else "")
                       + (f", partners: {', '.join(ini['partners'])}" if ini.get("partners") else ""))
        for f in d.get("figures", [])[:20]:
            click.echo(f"figure: {f['text']}  — {f['about'][:100]}")
        for q in d.get("qa_pairs", []):
            click.echo(f"\nVraag {q['number']}: {q['question'][:300]}")
            click.echo(f"Antwoord {q['number']}: {q['answer'][:300]}")
        for p in d.get("passage_list", []):
            where = f"p.{p['page']}" if p["page"] else ""
            click.echo(f"\n[{p['id']}] {where} {' > '.join(p['heading'])}".rstrip())
            click.echo(p["text"])

    data = _find_document(_kb(), doc)
    if not passages:
        data.pop("passage_list", None)
    emit(data, as_json, render)


def _find_document(kb, ref: str) -> dict:
    """`kb.show(ref)`, where a path is taken as typed: a file on disk is looked up by the path the
    index records for it (relative to the index's folder), and a path that names nothing in the
    index nor on disk is a usage error naming it as typed."""
    from .kb import NotFound

    if os.path.isfile(ref):
        try:
            return kb.show(_stored(ref))
        except NotFound:
            pass
    try:
        return kb.show(ref)
    except NotFound:
        if ("/" in ref or os.sep in ref) and not os.path.lexists(ref):
            raise _missing_paths([ref]) from None
        raise


def _date_and_year(doc: dict) -> tuple[str | None, int | None]:
    """A document's first dated event (ISO) and its year, either None when unknown."""
    info = doc.get("info") or {}
    date = next((d["date"] for d in info.get("dates") or [] if d.get("date")), None)
    year = info.get("year") or (int(date[:4]) if date and date[:4].isdigit() else None)
    return date, year


@cli.command(name="list")
@click.option("--kind", help="Only documents of this kind (motion, regulation, written_question …).")
@json_option
@domain_errors
def list_command(kind, as_json):
    """The documents in the index (date or year, kind, title, path), by path.

    \b
    Examples:
      polkb list
      polkb list --kind motion
      polkb list --json
    """
    docs = sorted(_kb().documents(), key=lambda d: d["path"])
    rows = [{"path": d["path"], "id": d["id"], "title": d["title"], "kind": d["kind"],
             "date": date, "year": year, "format": d["format"], "language": d["language"],
             "pages": d["pages"], "passages": d["passages"]}
            for d in docs for date, year in [_date_and_year(d)]]
    if kind:
        from .tag.kinds import KINDS

        wanted = kind.strip().lower()
        present = {r["kind"] for r in rows}
        rows = [r for r in rows if r["kind"].lower() == wanted]
        if not rows and wanted not in KINDS and wanted not in {k.lower() for k in present}:
            known = sorted(set(KINDS) | present)
            raise click.UsageError(f"unknown kind {kind!r}; use one of: {', '.join(known)}")

    def render(rs):
        if not rs:
            click.echo("No documents found.")
        width = max((len(r["kind"]) for r in rs), default=0)
        for r in rs:
            click.echo(f"{r['date'] or r['year'] or '-':<10}  {r['kind']:<{width}}  "
                       + click.style(r["title"], bold=True) + f"  ({r['path']})")
        if rs:
            click.echo(f"{len(rs)} document{'s' if len(rs) != 1 else ''}")

    emit(rows, as_json, render)


def _cite(src) -> str:
    page = f", p. {src.page}" if src.page else ""
    return f"{src.path}{page}"


@cli.command(cls=EpilogCommand, epilog_from=search_epilog)
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--per-doc", is_flag=True, help="Only the best passage of each document.")
@click.option("--facets", is_flag=True, help="Counts per kind, organisation and year.")
@json_option
@domain_errors
def search(query, limit, offset, per_doc, facets, as_json):
    """Search passages in Dutch: words, "phrases", AND/OR/NOT, prefix*, field:value filters.

    English queries reach the Dutch text through a glossary. Matches are bold on a terminal and
    marked **so** elsewhere.
    """
    result = _kb().search(" ".join(query), limit=limit, offset=offset, per_doc=per_doc, facets=facets)

    def render(r):
        if not r.hits:
            click.echo("No passages found.")
        for i, h in enumerate(r.hits, offset + 1):
            where = f", p. {h.page}" if h.page else ""
            weak = click.style("  [weak match]", dim=True) if h.weak else ""
            click.echo(click.style(f"{i}. {h.title}", bold=True) + f"  ({h.path}{where}){weak}")
            if h.heading:
                click.echo(f"   {h.heading}")
            click.echo(f"   {bold(h.snippet)}\n")
        for name, counts in r.facets.items():
            if counts:
                click.echo(f"{name}: " + ", ".join(f"{k} ({v})" for k, v in list(counts.items())[:10]))
        click.echo(f"{'about ' if r.total_estimated else ''}{r.total} passages")
        for note in getattr(r, "notes", []):
            click.echo(f"note: {note}", err=True)

    emit(result, as_json, render)


@cli.command()
@click.argument("ref")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@json_option
@domain_errors
def similar(ref, limit, as_json):
    """Precedents: passages in other documents like a passage (by id) or a document."""
    result = _kb().similar(ref, limit=limit)

    def render(r):
        if not r.hits:
            click.echo("No similar passages found.")
        for i, h in enumerate(r.hits, 1):
            where = f", p. {h.page}" if h.page else ""
            click.echo(click.style(f"{i}. {h.title}", bold=True) + f"  ({h.path}{where})  [{h.passage_id}]")
            click.echo(f"   {bold(h.snippet)}\n")

    emit(result, as_json, render)


@cli.command()
@click.option("--org", help="A partner or coordinator (name or abbreviation).")
@click.option("--target", help="A target group, e.g. 'migratieachtergrond'.")
@click.option("--topic", help="A topic, e.g. 'studentenwelzijn'.")
@click.option("--country", help="A country, e.g. 'België'.")
@json_option
@domain_errors
def initiatives(org, target, topic, country, as_json):
    """Projects, programmes, plans, charters, chairs … with their partners."""
    found = _kb().initiatives(org=org, target=target, topic=topic, country=country)

    def render(rows):
        if not rows:
            click.echo("No initiatives found.")
        for r in rows:
            ini = r.initiative
            click.echo(click.style(ini.name, bold=True) + (f"  ({ini.type})" if ini.type else ""))
            _stated_facts(r, "   ")
            click.echo("   named in: " + "; ".join(_cite(s) for s in r.sources[:3]))

    emit(found, as_json, render)


def _stated_facts(record, indent: str) -> None:
    """What each document says of an initiative, under that document's citation: a fact is never
    shown as if another document that names the initiative stated it."""
    for f in record.facts:
        lines = [f"coordinator: {f.coordinator}" if f.coordinator else "",
                 f"partners: {', '.join(f.partners)}" if f.partners else "",
                 f"funding: {', '.join(f.funding)}" if f.funding else "",
                 f"period: {f.period}" if f.period else ""]
        lines = [x for x in lines if x]
        if lines:
            click.echo(f"{indent}{'; '.join(lines)}  [{_cite(f.source)}]")


@cli.command()
@click.argument("initiative", nargs=-1, required=True)
@json_option
@domain_errors
def partners(initiative, as_json):
    """The coordinator and partners of one initiative, with their source."""
    found = _kb().partners(" ".join(initiative))

    def render(r):
        ini = r.initiative
        click.echo(click.style(ini.name, bold=True) + (f"  ({ini.type})" if ini.type else ""))
        if not r.facts:
            click.echo("coordinator: -")
        _stated_facts(r, "")
        click.echo("named in: " + "; ".join(_cite(s) for s in r.sources[:3]))

    emit(found, as_json, render)


@cli.command()
@click.argument("query", nargs=-1)
@click.option("--unit", help="Only this unit: euro, procent (%), count, ratio, ECTS, years …")
@click.option("--limit", type=click.IntRange(1, 1000), default=30, show_default=True)
@json_option
@domain_errors
def figures(query, unit, limit, as_json):
    """Amounts, percentages, counts and ratios, with what they are about."""
    found = _kb().figures(" ".join(query) or None, unit=unit, limit=limit)

    def render(rows):
        if not rows:
            click.echo("No figures found.")
        for r in rows:
            click.echo(click.style(r.figure.text, bold=True) + f"  — {r.figure.about}")
            click.echo(f"   {_cite(r.source)}")

    emit(found, as_json, render)


@cli.command(name="qa")
@click.argument("query", nargs=-1)
@click.option("--minister", help="Who answered (name or portfolio).")
@click.option("--asker", help="Who asked (name or party).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@json_option
@domain_errors
def qa_command(query, minister, asker, limit, as_json):
    """Questions and answers of parliamentary written questions."""
    found = _kb().qa_pairs(" ".join(query) or None, minister=minister, asker=asker, limit=limit)

    def render(rows):
        if not rows:
            click.echo("No question/answer pairs found.")
        for r in rows:
            click.echo(click.style(f"Vraag {r.pair.number}", bold=True) + f"  ({_cite(r.source)})")
            click.echo(f"   {r.pair.question}")
            click.echo(click.style("Antwoord", bold=True) + (f" ({'; '.join(r.answered_by)})" if r.answered_by else ""))
            click.echo(f"   {r.pair.answer}\n")

    emit(found, as_json, render)


@cli.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--explain", is_flag=True, help="Show how the question was read and why the answer won.")
@json_option
@domain_errors
def ask(question, explain, as_json):
    """Answer a question (Dutch or English) with citations, or say it is not found."""
    from .answer import confidence_words

    result = _kb().ask(" ".join(question))

    def render(a):
        en = a.lang == "en"
        if a.answer is None:
            click.echo(a.not_found_text)
            if a.related:
                click.echo("\nRelated passages:" if en else "\nVerwante passages:")
                for r in a.related:
                    page = f", p. {r['page']}" if r["page"] else ""
                    click.echo(f"  - {r['title']} ({r['path']}{page})")
        else:
            click.echo(click.style(a.answer, bold=True))
            for item in a.items:
                click.echo(f"  - {item}")
            label = "confidence" if en else "betrouwbaarheid"
            click.echo(f"({a.type}; {label} {confidence_words(a.confidence, a.lang)}, {a.confidence:.2f})")
            for c in a.citations:
                page = f", p. {c.page}" if c.page else ""
                click.echo(f"\nSource: {c.title} ({c.path}{page}) [{c.passage_id}]")
                click.echo(f"  “{c.quote}”")
        if explain:
            click.echo("\nHow this answer was found:")
            for line in a.explanation:
                click.echo(f"  {line}")

    data = dataclasses.asdict(result)
    if not explain:
        data.pop("explanation")
    emit(data if as_json else result, as_json, render)


def _interrupted(e: BaseException) -> int:
    """Ctrl-C or SIGTERM outside a command (while click parses, say): one line."""
    click.echo("Interrupted.", err=True)
    return EXIT_TERMINATED if isinstance(e, Terminated) else EXIT_INTERRUPTED


def _run(argv) -> int:
    """Click without its standalone mode, so that the exit codes of an interrupt (130, 143) are
    ours and not click's (1)."""
    try:
        rv = cli.main(args=argv, prog_name="polkb", standalone_mode=False, obj={})
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.Abort as e:
        if isinstance(e.__cause__ or e.__context__, KeyboardInterrupt):
            return _interrupted(e.__cause__ or e.__context__)
        click.echo("Aborted!", err=True)
        return 1
    except KeyboardInterrupt as e:
        return _interrupted(e)
    # an Exit (ctx.exit(n), --help, --version) comes back as its code; commands return None
    return rv if isinstance(rv, int) else 0


from .web import serve  # noqa: E402  (the web page; its server stack loads only when it starts)

cli.add_command(serve)


def main(argv=None):
    """The `polkb` entry point."""
    global _MAIN_PID
    _MAIN_PID = os.getpid()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        try:
            code = _run(argv)
        finally:
            # a closed pipe shows here at the latest, not in the interpreter's exit
            sys.stdout.flush()
    except BrokenPipeError:
        _pipe_closed()
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    main()
