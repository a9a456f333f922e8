"""The `polkb` command line: parse options, call the KnowledgeBase, print.

Every read command takes `--json` through one decorator and prints through one function, so JSON
and terminal output never drift apart. Domain errors become one `Error: …` line (exit 1); usage
errors exit 2; a traceback only with `--debug`.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import os
import sys

import click

from . import __version__


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
    """Turn the **marks** of a snippet into bold on a terminal, plain elsewhere."""
    import re

    if sys.stdout.isatty():
        return re.sub(r"\*\*(.+?)\*\*", lambda m: click.style(m.group(1), bold=True), text)
    return text


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
        except KeyboardInterrupt:
            click.echo("Interrupted: nothing was committed; the index is as it was.", err=True)
            ctx.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except Exception as e:
            if ctx.find_root().obj.get("debug"):
                raise
            raise click.ClickException(f"{type(e).__name__}: {e} (run with --debug for details)") from e

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--index", "index_dir", envvar="POLKB_INDEX", default="index", show_default=True,
              type=click.Path(file_okay=False), help="Index folder (or POLKB_INDEX).")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.version_option(__version__, prog_name="polkb")
@click.pass_context
def cli(ctx, index_dir, debug):
    """polkb: a knowledge base for Dutch higher-education policy texts."""
    ctx.obj = {"index": index_dir, "debug": debug}


def _kb():
    from .kb import KnowledgeBase

    return KnowledgeBase(click.get_current_context().find_root().obj["index"])


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
            click.echo(f"{outcome.path}: {outcome.reason}", err=True)
        if bar["bar"] and outcome.status != "removed":
            bar["bar"].update(1)

    try:
        report = _kb().ingest(paths, rebuild=rebuild, follow_links=follow_links, workers=workers,
                              lock_timeout=wait, on_start=on_start, on_file=on_file)
    finally:
        if bar["bar"]:
            bar["bar"].__exit__(None, None, None)
    emit({"summary": dict(report.counts), "passages": report.passages,
          "failed": [{"path": f.path, "reason": f.reason} for f in report.failures]},
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

    data = _kb().show(doc)
    if not passages:
        data.pop("passage_list", None)
    emit(data, as_json, render)


def _cite(src) -> str:
    page = f", p. {src.page}" if src.page else ""
    return f"{src.path}{page}"


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--per-doc", is_flag=True, help="Only the best passage of each document.")
@click.option("--facets", is_flag=True, help="Counts per kind, organisation and year.")
@json_option
@domain_errors
def search(query, limit, offset, per_doc, facets, as_json):
    """Search passages in Dutch (phrases, AND/OR/NOT, prefix*, kind:, org:, year:, file:, lang:)."""
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
            click.echo(click.style(ini.name, bold=True) + (f"  ({ini.type})" if ini.type else "")
                       + (f"  {ini.period}" if ini.period else ""))
            if ini.coordinator:
                click.echo(f"   coordinator: {ini.coordinator}")
            if ini.partners:
                click.echo(f"   partners: {', '.join(ini.partners)}")
            click.echo("   source: " + "; ".join(_cite(s) for s in r.sources[:3]))

    emit(found, as_json, render)


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
        click.echo(f"coordinator: {ini.coordinator or '-'}")
        for p in ini.partners:
            click.echo(f"  - {p}")
        click.echo("source: " + "; ".join(_cite(s) for s in r.sources[:3]))

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


def main():
    try:
        cli(obj={})
    except BrokenPipeError:
        # the reader of our output went away (`polkb search x | head`): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


if __name__ == "__main__":
    main()
