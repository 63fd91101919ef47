"""The `newsbot` command: replay saved documents, then query what was stored.

A thin layer over newsbot.db.queries: tables for people, `--json` for machines. A run that
cannot work (bad arguments, unreachable database) exits non-zero with one line, no traceback.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import wraps
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from newsbot.db import queries
from newsbot.db.engine import DatabaseError, migrate, resolve_db_url
from newsbot.extensions import summarise, summary_line

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> None:
    first_line = message.strip().splitlines()[0] if message.strip() else "failed"
    click.echo(f"newsbot: error: {first_line}", err=True)
    sys.exit(1)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        default=None,
        help="SQLAlchemy URL (default: $NEWSBOT_DB or sqlite:///newsbot.db)",
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")(
        func
    )


def filter_options(func: F) -> F:
    func = click.option("--site", default=None, help="Only this publisher domain.")(func)
    func = click.option("--since", type=click.DateTime(), default=None, help="From this date.")(
        func
    )
    func = click.option("--until", type=click.DateTime(), default=None, help="Up to this date.")(
        func
    )
    return func


def handles_db_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DatabaseError as exc:
            _fail(str(exc))
        except BrokenPipeError:
            sys.stderr.close()
        return None

    return wrapper  # type: ignore[return-value]


def _engine(db: str | None) -> Any:
    return migrate(resolve_db_url(db))


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# Output that goes to a file or a pipe is not wrapped at 80 columns, which would split every
# cell of a wide table over several lines: each row and paragraph stays on one line.
PIPED_WIDTH = 100_000


def _console() -> Console:
    return Console() if sys.stdout.isatty() else Console(width=PIPED_WIDTH)


def _table(title: str, columns: Iterable[str], rows: Iterable[Iterable[Any]]) -> None:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    _console().print(table)


@click.group()
@click.version_option(package_name="newsbot")
def main() -> None:
    """newsbot: news documents in, clean entity-tagged rows out."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option(
    "--tagger", default=None, help='Entity tagger: "default", "fast", "spacy:<model>" or "none".'
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes sharing the files (use every core for bulk replays).",
)
@click.option("--base-url", default=None, help="URL for pages/dumps that carry none.")
@click.option("--url-field", default="url", show_default=True, help="JSON Lines URL key.")
@click.option("--html-field", default="html", show_default=True, help="JSON Lines HTML key.")
@click.option("--text-field", default="text", show_default=True, help="JSON Lines text key.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on a terminal)."
)
@json_option
@handles_db_errors
def replay(
    paths: tuple[str, ...],
    db: str | None,
    tagger: str | None,
    workers: int,
    base_url: str | None,
    url_field: str,
    html_field: str,
    text_field: str,
    progress: bool | None,
    as_json: bool,
) -> None:
    """Read saved dumps (files or folders) through every pipeline stage into the database."""
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        _fail(f"no such file or folder: {missing[0]}")
    db_url = resolve_db_url(db)
    migrate(db_url)  # fail fast, with one line, if the database cannot be used
    if progress is None:
        progress = sys.stderr.isatty()
    spider_args = {
        "base_url": base_url,
        "url_field": url_field,
        "html_field": html_field,
        "text_field": text_field,
    }
    if workers == 1:
        stats = run_replay(
            list(paths), db_url, tagger=tagger, progress=progress, spider_args=spider_args
        )
    else:
        stats = run_sharded_replay(list(paths), db_url, workers, tagger, spider_args)
    summary = summarise(stats)
    if as_json:
        _print_json(summary)
    else:
        click.echo(summary_line(summary))


def run_replay(
    paths: list[str],
    db_url: str,
    *,
    tagger: str | None = None,
    progress: bool = False,
    spider_args: dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Run the replay spider in this process and return its stats."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from newsbot.spiders.replay import ReplaySpider

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newsbot.settings")
    project = get_project_settings()
    project.set("NEWSBOT_DB", db_url, priority="cmdline")
    project.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    # The command prints the summary itself; a progress bar only where someone watches.
    extensions = {**project.getdict("EXTENSIONS"), "newsbot.extensions.RunSummary": None}
    if progress:
        extensions["newsbot.extensions.ReplayProgress"] = 500
    project.set("EXTENSIONS", extensions, priority="cmdline")
    if tagger == "none":
        project.set("NEWSBOT_ENTITIES_ENABLED", False, priority="cmdline")
    elif tagger:
        project.set("NEWSBOT_TAGGER", tagger, priority="cmdline")
    for key, value in (settings or {}).items():
        project.set(key, value, priority="cmdline")
    process = CrawlerProcess(project)
    crawler = process.create_crawler(ReplaySpider)
    process.crawl(crawler, path=paths, **{k: v for k, v in (spider_args or {}).items() if v})
    process.start()
    assert crawler.stats is not None
    return dict(crawler.stats.get_stats())


def _replay_shard(job: tuple[list[str], str, str | None, dict[str, Any]], results: Any) -> None:
    """One worker's share of a sharded replay; its stats, or the error that stopped it, go
    back through ``results`` (a pipe)."""
    paths, db_url, tagger, spider_args = job
    try:
        outcome: tuple[str, Any] = (
            "stats",
            run_replay(paths, db_url, tagger=tagger, spider_args=spider_args),
        )
    except Exception as error:  # sent back, so the command fails as a one-process run would
        outcome = ("error", error)
    try:
        results.send(outcome)
    except Exception:  # an error that cannot be pickled goes back as its message
        results.send(("error", RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}")))
    results.close()


def run_sharded_replay(
    paths: list[str], db_url: str, workers: int, tagger: str | None, spider_args: dict[str, Any]
) -> dict[str, Any]:
    """Replay with several processes, each taking every n-th file; their stats added up.

    Processes, not threads: parsing and tagging are CPU-bound Python. One new process a share,
    each running its crawl once and exiting by itself (a crawl's reactor cannot run twice in
    one process, and a process that has crawled keeps the crawl's signal handlers, so a pool
    that stops its workers by signal can wait on them forever). The database's unique
    constraints keep concurrent writers from storing anything twice.
    """
    import multiprocessing
    from collections import Counter

    context = multiprocessing.get_context("spawn")
    # Ctrl-C reaches every worker, and each stops after what it has read; this process only
    # waits for them.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    # One BLAS thread a worker (the tagger's model multiplies matrices through numpy): the
    # workers already fill the cores, and more threads would only fight over them. A value
    # the user set is kept; the spawned workers inherit the environment.
    added = {
        name: "1"
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
        if name not in os.environ
    }
    os.environ.update(added)
    started = []
    try:
        for index in range(workers):
            job = (paths, db_url, tagger, {**spider_args, "shard": f"{index}/{workers}"})
            receiver, sender = context.Pipe(duplex=False)
            process = context.Process(target=_replay_shard, args=(job, sender))
            process.start()
            sender.close()  # the worker holds the only write end: its exit ends the pipe
            started.append((process, receiver))
        outcomes = []
        for process, receiver in started:
            try:
                outcomes.append(receiver.recv())
            except EOFError:  # the worker died before it could answer
                process.join()
                outcomes.append(
                    ("error", RuntimeError(f"a replay worker exited with code {process.exitcode}"))
                )
            process.join()
    finally:
        signal.signal(signal.SIGINT, previous)
        for name in added:
            del os.environ[name]
    for kind, value in outcomes:
        if kind == "error":
            raise value
    total: Counter[str] = Counter()
    for _kind, stats in outcomes:
        total.update({k: v for k, v in stats.items() if isinstance(v, int)})
    return dict(total)


@main.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True
)
@filter_options
@click.option("--limit", type=int, default=None)
@handles_db_errors
def export(
    db: str | None,
    fmt: str,
    site: str | None,
    since: datetime | None,
    until: datetime | None,
    limit: int | None,
) -> None:
    """Every article, newest version, one JSON object a line (or CSV)."""
    engine = _engine(db)
    rows = queries.export_articles(engine, queries.ArticleFilter(site, since, until, limit))
    out = click.get_text_stream("stdout")
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
            for k, v in row.items()
        }
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)


@main.command("search")
@click.argument("text")
@db_option
@click.option("--limit", type=int, default=20, show_default=True)
@json_option
@handles_db_errors
def search_command(text: str, db: str | None, limit: int, as_json: bool) -> None:
    """Full-text search over titles and bodies, best match first."""
    results = queries.search(_engine(db), text, limit)
    if as_json:
        _print_json(results)
        return
    _table(
        f"search: {text}",
        ["id", "title", "site", "published", "snippet"],
        [(r["id"], r["title"], r["site"], r["published"], r["snippet"]) for r in results],
    )


@main.command()
@click.argument("article_id")
@db_option
@click.option("--raw", is_flag=True, help="The stored raw bytes of the newest version, exactly.")
@click.option("--version", "version", type=int, default=None, help="With --raw: this version.")
@json_option
@handles_db_errors
def show(article_id: str, db: str | None, raw: bool, version: int | None, as_json: bool) -> None:
    """One article: its parts, widgets and entities (or its raw bytes)."""
    engine = _engine(db)
    if raw:
        data = queries.article_raw(engine, article_id, version)
        if data is None:
            _fail(f"no article {article_id!r}" + (f" version {version}" if version else ""))
        out = click.get_binary_stream("stdout")
        out.write(data or b"")
        out.flush()
        return
    article = queries.get_article(engine, article_id)
    if article is None:
        _fail(f"no article {article_id!r}")
        return
    if as_json:
        _print_json(article)
        return
    console = _console()
    console.print(f"[bold]{article['title']}[/bold]")
    console.print(
        f"id {article['id']}  version {article['version']}/{article['versions']}  "
        f"site {article['site']}  published {article['published']}  "
        f"updated {article['updated']}"
    )
    console.print(f"source {article['source']}")
    for paragraph in article["paragraphs"]:
        console.print(paragraph, highlight=False)
        console.print()
    for caption in article["captions"]:
        console.print(f"[italic]caption:[/italic] {caption['text']} ({caption['credit']})")
    for widget in article["widgets"]:
        console.print(f"[italic]widget ({widget['encoding']}):[/italic] {widget['title']}")
    _table(
        "entities",
        ["text", "label", "count", "part"],
        [(e["text"], e["label"], e["count"], e["part"]) for e in article["entities"]],
    )


@main.command()
@click.argument("name", required=False)
@db_option
@click.option("--label", default=None, help="PERSON, ORG, PLACE, ...")
@filter_options
@click.option("--with", "with_", is_flag=True, help="Entities that co-occur with NAME.")
@click.option(
    "--parts",
    default="body,title",
    show_default=True,
    help="Parts counted: body,title,caption,widget.",
)
@click.option("--limit", type=int, default=20, show_default=True)
@json_option
@handles_db_errors
def entities(
    name: str | None,
    db: str | None,
    label: str | None,
    site: str | None,
    since: datetime | None,
    until: datetime | None,
    with_: bool,
    parts: str,
    limit: int,
    as_json: bool,
) -> None:
    """Top entities; with NAME the articles mentioning it; with --with its companions."""
    engine = _engine(db)
    where = queries.ArticleFilter(site, since, until)
    chosen = tuple(p.strip() for p in parts.split(",") if p.strip())
    if name is None:
        if with_:
            raise click.UsageError("--with needs a NAME")
        rows = queries.top_entities(engine, label, where, chosen, limit)
        if as_json:
            _print_json(rows)
        else:
            _table(
                "top entities",
                ["name", "label", "articles", "mentions"],
                [(r["name"], r["label"], r["articles"], r["mentions"]) for r in rows],
            )
        return
    if with_:
        rows = queries.cooccurring(engine, name, label, where, chosen, limit)
        if as_json:
            _print_json(rows)
        else:
            _table(
                f"entities with {name}",
                ["name", "label", "articles"],
                [(r["name"], r["label"], r["articles"]) for r in rows],
            )
        return
    found = queries.entity_articles(engine, name, label, where, chosen, limit)
    if as_json:
        _print_json(found)
        return
    _table(
        f"articles mentioning {name}",
        ["id", "title", "mentions", "snippet"],
        [(r["id"], r["title"], r["mentions"], r["snippets"][0]["text"]) for r in found],
    )


@main.command()
@db_option
@json_option
@handles_db_errors
def stats(db: str | None, as_json: bool) -> None:
    """Totals, and per site and day: outcomes and the share of empty bodies or missing dates."""
    data = queries.site_day_stats(_engine(db))
    if as_json:
        _print_json(data)
        return
    _table("totals", list(data["totals"]), [list(data["totals"].values())])
    columns = [
        "site",
        "day",
        "new",
        "updated",
        "unchanged",
        "duplicate",
        "quarantined",
        "empty_body_share",
        "missing_date_share",
        "flag",
    ]
    _table(
        "per site and day",
        columns,
        [[r.get(c, 0) if c != "flag" else r.get(c) for c in columns] for r in data["sites"]],
    )


@main.command()
@db_option
@click.option("--raw", "raw_id", type=int, default=None, help="Give back this entry's bytes.")
@click.option("--limit", type=int, default=100, show_default=True)
@json_option
@handles_db_errors
def quarantine(db: str | None, raw_id: int | None, limit: int, as_json: bool) -> None:
    """Documents that could not be made into articles: source, reason, size."""
    engine = _engine(db)
    if raw_id is not None:
        data = queries.quarantined_raw(engine, raw_id)
        if data is None:
            _fail(f"no quarantined document {raw_id}")
        out = click.get_binary_stream("stdout")
        out.write(data or b"")
        out.flush()
        return
    rows = queries.quarantined(engine, limit)
    if as_json:
        _print_json(rows)
        return
    _table(
        "quarantine",
        ["id", "source", "reason", "size"],
        [(r["id"], r["source"], r["reason"], r["size"]) for r in rows],
    )
