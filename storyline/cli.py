"""The `storyline` command: each command parses its arguments and calls one library function.

Exit codes: 0 done; 1 failed (the message says why); 2 bad arguments;
3 `build` finished but skipped some inputs (each reported as `file[:line]: reason`).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from storyline import __version__

EXIT_SKIPPED_INPUTS = 3

app = typer.Typer(
    help="Turn a pile of news articles about a developing story into a sourced picture of it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console()
errors = Console(stderr=True)


def steps(message: str, total: int):
    """A progress bar with an ETA over `total` steps on a terminal (standard error); silent in a pipe.

    Use as `with steps("exporting", 8) as advance: …; advance()`.
    """
    from contextlib import contextmanager

    @contextmanager
    def run():
        progress = Progress(TextColumn(f"[bold]{message}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            TextColumn("eta"), TimeRemainingColumn(), console=errors, disable=not errors.is_terminal)
        with progress:
            task = progress.add_task(message, total=total)
            yield lambda *_: progress.advance(task)

    return run()


DbOption = Annotated[
    str, typer.Option("--db", help="The store: a SQLite file, or a URL (postgresql+psycopg://USER@HOST/DB).",
                      show_default=True)
]


def shown(db: str) -> str:
    """The store as messages name it: a URL without its password."""
    if "://" not in db:
        return db
    from sqlalchemy.engine import make_url

    return make_url(db).render_as_string(hide_password=True)


def open_storyline(db: str, must_exist: bool = True):
    """Open the store, or exit with a message that says what to do."""
    from storyline.core import Storyline
    from storyline.store import StoreError

    if must_exist and "://" not in db and not Path(db).exists():
        errors.print(f"[red]error:[/] no store at {db}: build one first with `storyline build PATHS --db {db}`")
        raise typer.Exit(1)
    try:
        return Storyline(db)
    except StoreError as error:
        errors.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error


def version_callback(value: bool) -> None:
    if value:
        console.print(f"storyline {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn a pile of news articles about a developing story into a sourced picture of it.

    Example: storyline build articles/ && storyline report && storyline show facts
    """


def check_actor_dictionary(path: Path | None) -> Path | None:
    """`--actors FILE` must read as an actor dictionary: a bad one is a bad argument (exit 2), said up front."""
    if path is not None:
        from storyline.nlp.actors import ActorDictionaryError, load_user_actors

        try:
            load_user_actors(str(path))
        except ActorDictionaryError as error:
            raise typer.BadParameter(str(error)) from error
    return path


class Engine(StrEnum):
    local = "local"
    ray = "ray"


@app.command()
def build(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (recursive), globs, or - for JSON Lines on stdin.")
    ],
    db: DbOption = "storyline.db",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes for the NLP pipeline.")] = 1,
    actors: Annotated[
        Path | None,
        typer.Option(
            "--actors", exists=True, dir_okay=False, readable=True, callback=check_actor_dictionary,
            help="Your actor dictionary (CSV or YAML: name, aliases, kind, country, sector, roles); "
            "it overrides and extends the built-in one for the documents this build adds.",
        ),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local: spaCy processes here; "
                             "ray: a Ray actor pool (pip install storyline\\[ray]).")
    ] = "local",
    address: Annotated[
        str | None, typer.Option("--address", help="With --engine ray: auto (the cluster this machine is in) or "
                                 "ray://HOST:10001; default: start a local Ray.")
    ] = None,
) -> None:
    """Read articles, extract actors, quotes, events, quantities and times, store them, and fuse facts.

    Incremental: documents already stored (same text) are skipped; facts are recomputed.
    The last line accounts for every input read: added + already stored + duplicates + skipped.
    Exits with 3 when some inputs were skipped (each is reported as file[:line]: reason).

    Example: storyline build ../shared/corpus/seeds --db storyline.db --actors my-actors.yaml

    On a Ray cluster: storyline build articles/ --engine ray --address auto --db postgresql://HOST/storyline
    """
    if address and engine != Engine.ray:
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    if engine == Engine.ray:
        from storyline.distributed import RayMissing, import_ray

        try:
            import_ray()
        except RayMissing as error:
            errors.print(f"[red]error:[/] {error}")
            raise typer.Exit(1) from error
    story = open_storyline(db, must_exist=False)
    progress = Progress(
        TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("eta"), TimeRemainingColumn(), console=errors,
        disable=not errors.is_terminal,
    )
    from storyline.store import StoreError

    with progress:
        task = progress.add_task("extract", total=None)
        try:
            summary = story.build(
                paths,
                workers=workers,
                stdin=sys.stdin if "-" in paths else None,
                on_start=lambda total: progress.update(task, total=total),
                on_progress=lambda n: progress.advance(task, n),
                on_problem=lambda p: errors.print(f"[yellow]skipped[/] {p}", highlight=False),
                actors_file=actors,
                engine=engine.value if isinstance(engine, Engine) else engine,
                address=address,
            )
        except StoreError as error:  # another build held the lock too long: what is stored stays whole
            progress.stop()
            errors.print(f"[red]error:[/] {error}", highlight=False)
            raise typer.Exit(1) from error
    console.print(
        f"{summary.read} inputs read: {summary.added} documents added, {summary.already_stored} already stored, "
        f"{summary.duplicates} duplicates, {summary.skipped} skipped with errors → {shown(db)}"
    )
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED_INPUTS)


class ExportFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"
    gexf = "gexf"
    polecat = "polecat"


class ExportTable(StrEnum):
    documents = "documents"
    actors = "actors"
    quotes = "quotes"
    events = "events"
    quantities = "quantities"
    times = "times"
    facts = "facts"


@app.command()
def export(
    db: DbOption = "storyline.db",
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f",
            help="json: the storyline/1 contract; jsonl: one record per line; csv: one table (--table); "
            "parquet: every table as a file in the --out folder; graphml, gexf: the actor network (Gephi, "
            "networkx); polecat: events as PLOVER/POLECAT JSON Lines.",
        ),
    ] = ExportFormat.json,
    table_name: Annotated[
        ExportTable, typer.Option("--table", help="The table a csv export holds.")
    ] = ExportTable.events,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write here instead of standard output (a folder for parquet)."),
    ] = None,
) -> None:
    """Export the store for the tool you open it with.

    Examples: storyline export --format csv --table quotes --out quotes.csv;
    storyline export --format parquet --out tables/; storyline export --format gexf --out network.gexf
    """
    from storyline.export import export_parquet, render_export

    story = open_storyline(db)
    with steps(f"exporting {fmt.value}", len(story.EXPORT_TABLES) + 1) as advance:
        data = story.export(on_table=advance)
        if fmt is ExportFormat.parquet:
            if out is None:
                raise typer.BadParameter("parquet writes one file per table: give a folder with --out")
            paths = export_parquet(data, out)
            advance()
        else:
            text = render_export(data, fmt.value, table_name.value)
            advance()
    if fmt is ExportFormat.parquet:
        errors.print(f"wrote {len(paths)} tables to {out}/")
    elif out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        errors.print(f"wrote {out}")


@app.command()
def report(
    db: DbOption = "storyline.db",
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("dossier.html"),
    title: Annotated[str | None, typer.Option(help="Title of the dossier (default: from the story).")] = None,
) -> None:
    """Write the dossier: one self-contained offline HTML file with facts, conflicts, plots and sources.

    Example: storyline report --out dossier.html
    """
    from storyline.report import write_dossier

    story = open_storyline(db)
    with steps("writing the dossier", len(story.EXPORT_TABLES) + 1) as advance:
        path = write_dossier(story.export(on_table=advance), out, title=title)
        advance()
    console.print(f"wrote {path}")


class ShowWhat(StrEnum):
    actors = "actors"
    events = "events"
    quotes = "quotes"
    facts = "facts"


class RowFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"


FormatOption = Annotated[
    RowFormat | None,
    typer.Option(
        "--format", "-f",
        help="table (on a terminal), tsv (when piped: full cells, tab-separated), csv, or json (a list of objects).",
    ),
]


def print_rows(columns: list[str], rows: list[list[str]], fmt: RowFormat | None, title: str) -> None:
    """Rows as a rich table on a terminal; plain tab-separated rows with full cells when piped (or as asked)."""
    from storyline.tables import render_rows

    fmt = fmt or (RowFormat.table if console.is_terminal else RowFormat.tsv)
    if fmt is RowFormat.table:
        table = Table(*columns, title=title, show_lines=False)
        for row in rows:
            table.add_row(*row)
        console.print(table)
    else:
        sys.stdout.write(render_rows(columns, rows, fmt.value))


@app.command()
def show(
    what: Annotated[ShowWhat, typer.Argument(help="What to list.")],
    db: DbOption = "storyline.db",
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Only items involving this actor "
                                              "(id, name or alias).")] = None,
    type_: Annotated[str | None, typer.Option("--type", "-t", help="Only events of this PLOVER type.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many rows.", min=1)] = 50,
    fmt: FormatOption = None,
) -> None:
    """List actors, events, quotes or facts: a table on a terminal, tab-separated rows in a pipe.

    Examples: storyline show events --actor Iran --type AID;
    storyline show quotes --format json | jq '.[].text'
    """
    from storyline.tables import table_rows

    story = open_storyline(db)
    try:
        columns, rows = table_rows(story.store, what.value, actor=actor, event_type=type_)
    except LookupError as error:
        errors.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error
    print_rows(columns, rows[:limit], fmt, title=f"{what.value} ({len(rows)})")
    if len(rows) > limit:
        errors.print(f"… {len(rows) - limit} more (use --limit)")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find in the articles' sentences.")],
    db: DbOption = "storyline.db",
    limit: Annotated[int, typer.Option(help="Show at most this many sentences.", min=1)] = 20,
    fmt: FormatOption = None,
) -> None:
    """Full-text search over every stored sentence.

    Examples: storyline search "drones"; storyline search "ceasefire" --format csv > hits.csv
    """
    hits = open_storyline(db).store.search(text, limit=limit)
    rows = [[hit.doc, str(hit.start), str(hit.end), hit.text] for hit in hits]
    print_rows(["document", "start", "end", "sentence"], rows, fmt, title=f"{len(hits)} sentences")


@app.command("datasette-metadata")
def datasette_metadata(db: DbOption = "storyline.db") -> None:
    """Print Datasette metadata (titles, descriptions, facets) for the store's tables and readable views.

    Example: storyline datasette-metadata --db storyline.db > metadata.json && datasette storyline.db -m metadata.json
    """
    import json

    from storyline.store.views import datasette_metadata as metadata

    open_storyline(db)  # upgrades an older store, which gives it the readable views
    sys.stdout.write(json.dumps(metadata(Path(db).stem), indent=2) + "\n")


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="The folder to follow (recursively).")],
    db: DbOption = "storyline.db",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes for the NLP pipeline.")] = 1,
) -> None:
    """Build a folder, then add its new articles as they arrive, one log line per document.

    Runs until Ctrl+C. Each burst of new or changed files is built incrementally (stored
    documents are skipped), with the same document ids `storyline build FOLDER` gives.

    Example: storyline watch incoming/ --db storyline.db
    """
    from datetime import datetime

    from storyline.watch import watch_folder

    story = open_storyline(db, must_exist=False)

    def log(line: str) -> None:
        errors.print(f"{datetime.now():%H:%M:%S} {line}", highlight=False, soft_wrap=True)

    try:
        watch_folder(story, folder, log, workers=workers)
    except KeyboardInterrupt:
        log("stopped")


@app.command()
def serve(
    db: DbOption = "storyline.db",
    host: Annotated[str, typer.Option(help="Interface to listen on; 0.0.0.0 opens the store to the network.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port to listen on.")] = 8000,
) -> None:
    """Explore the store in a browser: facts, conflicts, actors, articles, events, quotes, search.

    Read-only and local by default; every page has a JSON twin under /api.

    Example: storyline serve --db storyline.db   (then open http://127.0.0.1:8000/)
    """
    from storyline.web import serve as serve_web

    story = open_storyline(db)
    console.print(f"serving {shown(db)} read-only at http://{host}:{port}/ (Ctrl+C stops)")
    serve_web(story.store, host=host, port=port)


if __name__ == "__main__":
    app()
