"""The `polkb` command line: parse options, call the KnowledgeBase, print.

Every read command takes its output options (`--format table|json|jsonl|csv|md|csl`, `--json`,
`--color`, `--no-pager`) through one decorator, `output_options`, and prints through one function,
`present`, over the views of polkb.present: terminal, JSON, CSV and Markdown output never drift
apart, and the web page's exports write through the same functions. Domain errors become one
`Error: …` line (exit 1); usage errors exit 2; a traceback only with `--debug`. The interface's
own messages are English; answers follow the question's language.

Terminal habits: styling only on a terminal and never with `NO_COLOR` (unless `--color always`);
output longer than the terminal goes through a pager (`--no-pager` to keep it off); a reader of
the output that goes away (`polkb search x | head -1`) ends the command quietly with exit 0;
Ctrl-C exits 130 and SIGTERM 143, each with one line and no traceback.
"""
from __future__ import annotations

import contextlib
import functools
import gc
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


# polkb.present.formats.FORMATS, spelled here so that starting the CLI (--help, --version) does
# not import the writers (a test holds the two equal)
FORMATS = ("table", "json", "jsonl", "csv", "md", "csl")


def output_options(f=None, *, formats=FORMATS):
    """The output options every read command shares, as sqlite-utils shares `output_options`:
    `--format`, its shorthand `--json`, `--color` and `--pager/--no-pager`. They are taken off
    the command's arguments and kept on its context for `present`."""

    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args, output_format, as_json, color, pager, **kwargs):
            ctx = click.get_current_context()
            if color != "auto":
                ctx.color = color == "always"
            ctx.meta["polkb.output"] = {"format": "json" if as_json else output_format, "pager": pager}
            return f(*args, **kwargs)

        for option in reversed([
            click.option("--format", "output_format", type=click.Choice(formats), default="table",
                         show_default=True, help="Output format (md: a note with numbered sources; "
                         "csl: CSL-JSON of the cited documents, for Zotero)." if "md" in formats
                         else "Output format."),
            click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json."),
            click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto",
                         show_default=True, help="Styling: auto is on a terminal without NO_COLOR."),
            click.option("--pager/--no-pager", default=None,
                         help="Page long output (default: on a terminal when it does not fit)."),
        ]):
            wrapper = option(wrapper)
        return wrapper

    return decorate(f) if f is not None else decorate


def _output() -> dict:
    return click.get_current_context().meta.get("polkb.output", {"format": "table", "pager": None})


def output_format() -> str:
    return _output()["format"]


def _terminal_width() -> int | None:
    """The terminal's width when stdout is one (a table is fitted to it), else None (plain)."""
    import shutil

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def present(view, result) -> None:
    """The single output path: the result in the chosen format, paged when long on a terminal."""
    from .present.formats import Style, write

    text = write(view, result, output_format(), Style(marks=_color_enabled()))
    pager = _output()["pager"]
    if pager is None:
        import shutil

        pager = sys.stdout.isatty() and text.count("\n") > shutil.get_terminal_size().lines - 1
    if pager and sys.stdout.isatty():
        click.echo_via_pager(text, color=click.get_current_context().color)
    else:
        click.echo(text, nl=False)


def warn(message: str) -> None:
    """A warning on stderr, never mixed into the output a pipe reads."""
    click.echo(f"warning: {message}", err=True)


def _is_unknown_filter_value(e: Exception) -> bool:
    """A filter value the index does not know (polkb.query.syntax.UnknownFilterValue, a ValueError):
    looked up on the module when it exists, else recognised by its class name."""
    cls = getattr(sys.modules.get(f"{__package__}.query.syntax"), "UnknownFilterValue", None)
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
        from .errors import PolkbError, UsageProblem

        ctx = click.get_current_context()
        try:
            return f(*args, **kwargs)
        except UsageProblem as e:  # an unknown kind, unit or filter value: exit code 2
            raise click.UsageError(str(e)) from e
        except PolkbError as e:  # index busy, missing, outdated, damaged, unwritable; not found
            raise click.ClickException(str(e)) from e
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


# -- help texts: examples, and the search filters read from polkb.query.syntax.FILTER_FIELDS ------------
# What each filter means; a field polkb.query.syntax gains later is still listed (by name) until it is
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
    """The filters `search` understands, one line each, built from polkb.query.syntax.FILTER_FIELDS."""
    from .query.syntax import FILTER_FIELDS
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
    from .query.syntax import FILTER_FIELDS

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
    polkb.query.syntax, which other commands need not import just to start."""

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
@click.option("--backend", type=click.Choice(["whoosh", "opensearch"]), default=None,
              help="Where the index lives (or POLKB_BACKEND, or polkb.toml; default whoosh).")
@click.option("--url", default=None, metavar="URL",
              help="OpenSearch index URL, http://HOST:9200/INDEX (or POLKB_OPENSEARCH_URL).")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.version_option(__version__, prog_name="polkb")
@click.pass_context
def cli(ctx, index_dir, backend, url, debug):
    """polkb: a knowledge base for Dutch higher-education policy texts.

    Output is styled only on a terminal, and never when NO_COLOR is set.
    """
    ctx.obj = {"index": index_dir, "debug": debug, "backend": backend, "url": url}
    if os.environ.get("NO_COLOR"):
        ctx.color = False  # subcommands' contexts inherit it; click.echo then strips every style


def _index_dir() -> Path:
    return Path(click.get_current_context().find_root().obj["index"])


def _kb():
    from .kb import KnowledgeBase

    obj = click.get_current_context().find_root().obj
    return KnowledgeBase(_index_dir(), backend=obj.get("backend"), url=obj.get("url"))


def _stored(path: str) -> str:
    """How the index records `path` (relative to the folder holding the index)."""
    from .ingest import stored_path

    return stored_path(Path(path), _index_dir().absolute().parent)


def _missing_paths(paths) -> UsageLine:
    from .paths import shown_path

    missing = ", ".join(q if q.startswith('"') else f"'{q}'" for q in map(shown_path, paths))
    return UsageLine(f"path {missing} does not exist" if len(paths) == 1
                     else f"paths {missing} do not exist")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--from-jsonl", "from_jsonl", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="Add the documents of a 'polkb export --jsonl' file instead of reading files.")
@click.option("--rebuild", is_flag=True, help="Start the index over from these paths.")
@click.option("--follow-links", is_flag=True, help="Follow symbolic links inside folders.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Parsing processes.")
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait for another ingest to finish.")
@output_options(formats=("table", "json"))
@domain_errors
def ingest(paths, from_jsonl, rebuild, follow_links, workers, wait):
    """Read files and folders into the index (unchanged files are skipped).

    \b
    Examples:
      polkb ingest corpus/ more/papers/
      polkb ingest --rebuild corpus/
      polkb --url http://127.0.0.1:9200/polkb ingest --rebuild --from-jsonl polkb.jsonl
    """
    from .ingest import FAILED
    from .paths import escape, shown
    from .present.views import ingest_view

    if from_jsonl is not None:
        if paths:
            raise click.UsageError("give files and folders, or --from-jsonl FILE, not both")
        return _ingest_jsonl(from_jsonl, rebuild, wait)
    if not paths:
        raise click.UsageError("missing PATHS (files or folders to read), or --from-jsonl FILE")

    # Nothing to read at all is a usage error, told before the index is touched (--rebuild too);
    # a missing path beside others is one failure line like any bad file, and the rest lands.
    if not any(os.path.lexists(p) for p in paths):
        raise _missing_paths(paths)
    # a path named on the command line is shown as typed; any name escaped onto one line and, in a
    # message, quoted when it holds an escape (polkb.paths)
    typed = {_stored(p): escape(p) for p in paths}

    def name(stored: str) -> str:
        return shown(typed.get(stored, stored))

    bar = {"bar": None}
    interactive = sys.stderr.isatty() and output_format() == "table"

    def on_start(total):
        if interactive and total > 1:
            bar["bar"] = click.progressbar(length=total, label="Ingesting", file=sys.stderr)
            bar["bar"].__enter__()

    def on_file(outcome):
        if outcome.status == FAILED:
            if bar["bar"]:
                click.echo("", err=True)
            click.echo(f"{name(outcome.path)}: {outcome.reason}", err=True)
        elif outcome.note:
            if bar["bar"]:
                click.echo("", err=True)
            click.echo(f"{name(outcome.path)}: {outcome.note}", err=True)
        if bar["bar"] and outcome.status != "removed":
            bar["bar"].update(1)

    try:
        report = _kb().ingest(paths, rebuild=rebuild, follow_links=follow_links, workers=workers,
                              lock_timeout=wait, on_start=on_start, on_file=on_file)
    finally:
        if bar["bar"]:
            bar["bar"].__exit__(None, None, None)
    present(ingest_view(report.summary()),
            {"summary": dict(report.counts), "passages": report.passages,
             "failed": [{"path": typed.get(f.path, f.path), "reason": f.reason} for f in report.failures],
             **({"notes": [{"path": typed.get(f.path, f.path), "note": f.note} for f in report.notes]}
                if report.notes else {})})
    if not report.ok:
        sys.exit(1)


def _ingest_jsonl(source: str, rebuild: bool, wait: float) -> None:
    """`polkb ingest --from-jsonl FILE`: one line per line that cannot be imported, the summary,
    exit 1 when any failed."""
    from .ingest import FAILED, ingest_jsonl
    from .paths import shown
    from .present.views import ingest_view

    if not os.path.isfile(source):
        raise click.UsageError(f"no file {shown(source)} to import")

    def on_file(outcome):
        if outcome.status == FAILED:
            click.echo(f"{outcome.path}: {outcome.reason}", err=True)

    kb = _kb()
    kb.close()
    report = ingest_jsonl(kb.index_dir, source, rebuild=rebuild, lock_timeout=wait, backend=kb.backend.name,
                          on_file=on_file)
    present(ingest_view(report.summary()),
            {"summary": dict(report.counts), "passages": report.passages,
             "failed": [{"path": f.path, "reason": f.reason} for f in report.failures]})
    if not report.ok:
        sys.exit(1)


@cli.command()
@click.option("--jsonl", "jsonl", is_flag=True, default=True, help="JSON lines, one record a line (the format).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="Write to FILE (written whole, then renamed) instead of standard output.")
@domain_errors
def export(jsonl, output):
    """Write every record of the index as JSON lines: documents (metadata, Q/A pairs, initiatives,
    figures, tags) and their passages, enough to rebuild the index in any backend with
    'polkb ingest --from-jsonl FILE', without the original files.

    \b
    Examples:
      polkb export --jsonl -o polkb.jsonl
      polkb --url http://127.0.0.1:9200/polkb ingest --rebuild --from-jsonl polkb.jsonl
    """
    from .store.jsonl import write_export

    with _kb() as kb:
        backend = kb.backend
        backend.state()  # a missing index says so before anything is written
        note = backend.records_note() if hasattr(backend, "records_note") else None
        if note:
            warn(note)
        if output is None:
            docs, passages = write_export(backend, sys.stdout)
            sys.stdout.flush()
        else:
            target = Path(output)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            try:
                with open(tmp, "w", encoding="utf-8") as out:
                    docs, passages = write_export(backend, out)
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
    click.echo(f"exported {docs:,} documents and {passages:,} passages"
               + (f" to {output}" if output else ""), err=True)


@cli.command()
@domain_errors
def check():
    """Verify the whole index: every file against its checksum (an index written before checksums
    is read through). Prints each problem in one line
    (naming the file and what to do) and exits 1, or says the index is whole.

    \b
    Examples:
      polkb check
      polkb --index /data/polkb-index check
    """
    from .store.config import open_configured

    obj = click.get_current_context().find_root().obj
    problems = open_configured(_index_dir(), obj.get("backend"), obj.get("url")).check()
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        sys.exit(1)
    click.echo(f"{_index_dir()}: the index is whole.")


@cli.command()
@output_options
@domain_errors
def stats():
    """Counts of documents and passages, per format and kind, and the index size.

    \b
    Examples:
      polkb stats
      polkb stats --format csv
    """
    from .present.views import STATS

    present(STATS, _kb().stats())


@cli.command()
@click.argument("doc")
@click.option("--passages/--no-passages", default=True, help="List the passages too.")
@output_options
@domain_errors
def show(doc, passages):
    """A document (by id, path or file name): its citation, kind, metadata, tags, figures, Q/A
    pairs and passages.

    \b
    Examples:
      polkb show nl-besluit-experiment-bindend-studieadvies.md --no-passages
      polkb show tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf --format md
    """
    from .present.views import show_view

    data = _find_document(_kb(), doc)
    if not passages:
        data.pop("passage_list", None)
    present(show_view(data), data)


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


def _wanted_kind(kind: str, present_kinds: set[str]) -> str:
    """The kind `--kind` means, in English or Dutch ("motie", "kamervragen"), else a usage error
    naming the known kinds with their Dutch names."""
    from .tag.kinds import canonical_kind, kind_choices, kind_key

    found = canonical_kind(kind) or next((k for k in present_kinds if kind_key(k) == kind_key(kind)), None)
    if found is None:
        extra = sorted(k for k in present_kinds if canonical_kind(k) is None)
        raise click.UsageError(f"unknown kind {kind!r}; use one of: {kind_choices()}"
                               + "".join(f", {k}" for k in extra))
    return found


@cli.command(name="list")
@click.option("--kind", help="Only documents of this kind, in English or Dutch (motion, motie, kamervraag …).")
@click.option("--year", help="Only documents of this year or range of years (2023, 2019-2023).")
@click.option("--org", help="Only documents of this organisation (name or part of it).")
@output_options
@domain_errors
def list_command(kind, year, org):
    """The documents in the index (date or year, kind, title, path), by path.

    \b
    Examples:
      polkb list
      polkb list --kind motie --year 2023
      polkb list --org "Vlaamse Regering" --format csv
    """
    from .analysis import fold
    from .present.views import ListedDocument, list_view

    kb = _kb()
    docs = sorted(kb.documents(), key=lambda d: d["path"])
    rows = [ListedDocument(d["path"], d["id"], d["title"], d["kind"], date, year_, d["format"],
                           d["language"], d["pages"], d["passages"], kb.source_document(d))
            for d in docs for date, year_ in [_date_and_year(d)]]
    if kind:
        wanted = _wanted_kind(kind, {r.kind for r in rows})
        rows = [r for r in rows if r.kind == wanted]
    if year:
        low, _, high = year.partition("-")
        if not (low.strip().isdigit() and (not high or high.strip().isdigit())):
            raise click.UsageError(f"--year takes a year or a range (2019-2023), not {year!r}")
        low, high = int(low), int(high or low)
        rows = [r for r in rows if r.year and min(low, high) <= r.year <= max(low, high)]
    if org:
        orgs = sorted({r.document.organisation for r in rows if r.document and r.document.organisation})
        rows = [r for r in rows if r.document and fold(org) in fold(r.document.organisation)]
        if not rows and not any(fold(org) in fold(o) for o in orgs):
            warn(f"organisation {org!r} matches no document; known values: {known_values(org, orgs)}")
    present(list_view(_terminal_width()), rows)


@cli.command(cls=EpilogCommand, epilog_from=search_epilog)
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--per-doc", is_flag=True, help="Only the best passage of each document.")
@click.option("--facets", is_flag=True, help="Counts per kind, organisation and year.")
@output_options
@domain_errors
def search(query, limit, offset, per_doc, facets):
    """Search passages in Dutch: words, "phrases", AND/OR/NOT, prefix*, field:value filters.

    English queries reach the Dutch text through a glossary. Matches are bold on a terminal and
    marked **so** elsewhere. Each hit carries its document's citation.
    """
    from .present.views import search_view

    kb = _kb()
    text = " ".join(query)
    result = kb.search(text, limit=limit, offset=offset, per_doc=per_doc, facets=facets)
    present(search_view(offset), result)
    for note in getattr(result, "notes", []):
        click.echo(f"note: {note}", err=True)
    if not result.hits:
        _warn_unmatched_filters(kb, text)


def _warn_unmatched_filters(kb, text: str) -> None:
    """A search that found nothing, with a filter value the index does not hold: say so and name
    the values it does hold (the closest first), since 0 hits would otherwise read as "no such
    documents"."""
    for miss in kb.unmatched_filters(text):
        warn(f"{miss.field} {miss.value!r} matches nothing in the index; known values: "
             + known_values(miss.value, miss.known))


def known_values(value: str, known: list[str], shown: int = 15) -> str:
    """Up to `shown` of the known values for a message, those closest to `value` first."""
    import difflib

    def closeness(candidate: str) -> float:  # to the whole value or to one of its words
        return max(difflib.SequenceMatcher(None, value.lower(), part.lower()).ratio()
                   for part in (candidate, *candidate.split()))

    close = sorted((k for k in known if closeness(k) >= 0.6), key=closeness, reverse=True)[:3]
    ordered = close + [k for k in known if k not in close]
    more = f" … ({len(known)} in all)" if len(known) > shown else ""
    return (", ".join(ordered[:shown]) + more) if known else "(none)"


@cli.command()
@click.argument("ref")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@output_options
@domain_errors
def similar(ref, limit):
    """Precedents: passages in other documents like a passage (by id) or a document.

    \b
    Examples:
      polkb similar tk-motie-van-der-woude-beheersingsinstrumenten-internationale-studenten.txt
      polkb similar dbdd821b3706-0001 --format md
    """
    from .present.views import SIMILAR

    present(SIMILAR, _kb().similar(ref, limit=limit))


@cli.command()
@click.option("--org", help="A partner or coordinator (name or abbreviation).")
@click.option("--target", help="A target group, e.g. 'migratieachtergrond'.")
@click.option("--topic", help="A topic, e.g. 'studentenwelzijn'.")
@click.option("--country", help="A country, e.g. 'België'.")
@output_options
@domain_errors
def initiatives(org, target, topic, country):
    """Projects, programmes, plans, charters, chairs … with their partners.

    \b
    Examples:
      polkb initiatives --target migratieachtergrond
      polkb initiatives --org VU --format csv
    """
    from .present.views import INITIATIVES

    present(INITIATIVES, _kb().initiatives(org=org, target=target, topic=topic, country=country))


@cli.command()
@click.argument("initiative", nargs=-1, required=True)
@output_options
@domain_errors
def partners(initiative):
    """The coordinator and partners of one initiative, each under the document that states them.

    \b
    Examples:
      polkb partners IBelong
      polkb partners "Caring Universities" --format md
    """
    from .present.views import PARTNERS

    present(PARTNERS, _kb().partners(" ".join(initiative)))


@cli.command()
@click.argument("query", nargs=-1)
@click.option("--unit", help="Only this unit: euro, procent (%), count, ratio, ECTS, years …")
@click.option("--limit", type=click.IntRange(1, 1000), default=30, show_default=True)
@output_options
@domain_errors
def figures(query, unit, limit):
    """Amounts, percentages, counts and ratios, with what they are about and their source.

    \b
    Examples:
      polkb figures "meisjes STEM"
      polkb figures --unit procent --format csv
    """
    from .present.views import FIGURES

    kb = _kb()
    found = kb.figures(" ".join(query) or None, unit=unit, limit=limit)
    present(FIGURES, found)
    if unit and not found:
        units = kb.figure_units()
        wanted = kb.canonical_unit(unit)
        if units.get(wanted, 0) == 0:
            warn(f"no figure in the index has the unit {wanted!r}; units in the index: "
                 + ", ".join(f"{u} ({n})" for u, n in units.items()))


@cli.command(name="qa")
@click.argument("query", nargs=-1)
@click.option("--minister", help="Who answered (name or portfolio).")
@click.option("--asker", help="Who asked (name or party).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@output_options
@domain_errors
def qa_command(query, minister, asker, limit):
    """Questions and answers of parliamentary written questions.

    \b
    Examples:
      polkb qa cultuursubsidies
      polkb qa --asker "Van Zanten" --format md
    """
    from .present.views import QA

    present(QA, _kb().qa_pairs(" ".join(query) or None, minister=minister, asker=asker, limit=limit))


@cli.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--explain", is_flag=True, help="Show how the question was read and why the answer won.")
@output_options
@domain_errors
def ask(question, explain):
    """Answer a question (Dutch or English) with citations, or say it is not found.

    \b
    Examples:
      polkb ask "Welke organisaties zijn betrokken bij #IBelong?"
      polkb ask "When was the Van Zanten question answered?" --format md
    """
    from .present.views import ask_view

    present(ask_view(explain), _kb().ask(" ".join(question)))


@cli.command()
@click.argument("queries", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the note to this file (else to stdout).")
@click.option("--passages", type=click.IntRange(0, 20), default=3, show_default=True,
              help="Top passages shown per query.")
@click.option("--csl", "csl_path", type=click.Path(dir_okay=False, writable=True),
              help="Also write the note's sources as CSL-JSON (for Zotero) to this file.")
@domain_errors
def brief(queries, output, passages, csl_path):
    """A Markdown briefing note: each question's answer with its quote and citation, the top
    passages per query, and a numbered source list. Every fact in it carries its source.

    \b
    Examples:
      polkb brief "Welke organisaties zijn betrokken bij #IBelong?" "studentenwelzijn"
      polkb brief "Wanneer is de motie Van der Woude voorgesteld?" -o note.md --csl sources.json
    """
    from .present.brief import build_brief, csl_of_brief, render_brief

    note = build_brief(_kb(), list(queries), passages=passages)
    text = render_brief(note)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output} ({len(note.sources)} sources)", err=True)
    else:
        click.echo(text, nl=False)
    if csl_path:
        Path(csl_path).write_text(json.dumps(csl_of_brief(note), ensure_ascii=False, indent=2) + "\n",
                                  encoding="utf-8")


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


# The cyclic garbage collector's passes cost a cold `polkb ask` a fifth of its time, though one
# command makes little cyclic garbage: every 700 allocations (the default) it walks the young
# objects the analysis makes by the ten thousand, and at the interpreter's exit it walks every
# object the vocabularies and tables hold, which the process is about to give back whole. So it
# runs less often, and what is alive at the end is frozen (gc.freeze) out of that last pass. On
# the shipped corpus this saved about 0.35 s of a cold `polkb ask` (one question, medians of 7 runs).
GC_THRESHOLDS = (20_000, 50, 50)


def main(argv=None):
    """The `polkb` entry point."""
    global _MAIN_PID
    _MAIN_PID = os.getpid()
    gc.set_threshold(*GC_THRESHOLDS)
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
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    main()
