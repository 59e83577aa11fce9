"""The command line: a thin layer over the library (every command calls a public function)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventscribe import __version__
from eventscribe.cli_help import PlainHelpGroup, plain_help
from eventscribe.errors import EventscribeError
from eventscribe.settings import Settings
from eventscribe.store.shape import FLAT_COLUMNS

app = typer.Typer(
    name="eventscribe",
    cls=PlainHelpGroup,
    help="Political event data from news articles: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False)
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
DEFAULT_DB = Path("eventscribe.duckdb")
FORMATS = ("table", "csv", "json", "jsonl")
COUNTRY_HELP = "Country of source or target: name, ISO code or demonym (Iran, IRN, IR, Iranian)."
CountryOption = Annotated[str | None, typer.Option(help=COUNTRY_HELP)]
ORDER_HELP = (
    "newest (by event date; the default), oldest, or a column with - for descending: "
    "event_date, published, goldstein, confidence."
)
# The columns of `events -f csv`, whatever the rows (none, or without target or place).
EVENT_COLUMNS = tuple(flat for flat, _ in FLAT_COLUMNS)
ACTOR_COLUMNS = ("id", "name", "kind", "country", "sector", "code", "role", "first_seen",
                 "last_seen", "forms", "mentions", "events")  # fmt: skip


def main() -> None:
    try:
        app()
    except EventscribeError as error:
        print(f"error: {error}", file=sys.stderr)  # one line, never wrapped
        sys.exit(2)


@app.callback(invoke_without_command=True)
def _version(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    if version:
        out.print(f"eventscribe {__version__}")
        raise typer.Exit()


def _settings(config: Path | None, **changes: Any) -> Settings:
    base = Settings.from_file(config) if config else Settings()
    return base.replace(**changes)


def _field_map(fields: list[str] | None) -> dict[str, str] | None:
    if not fields:
        return None
    mapping = {}
    for item in fields:
        ours, sep, theirs = item.partition("=")
        if not sep or not ours or not theirs:
            raise EventscribeError(f"--field {item!r}: expected OURS=THEIRS, e.g. text=body")
        mapping[ours] = theirs
    return mapping


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, .gz, or - for stdin.")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help="Pipeline processes.")] = 1,
    batch_size: Annotated[int | None, typer.Option(help="Articles per batch.")] = None,
    date: Annotated[str | None, typer.Option(help="YYYY-MM-DD for inputs with no date.")] = None,
    field: Annotated[
        list[str] | None, typer.Option(help="JSONL field mapping OURS=THEIRS (repeatable).")
    ] = None,
    dictionaries: Annotated[
        Path | None, typer.Option(help="Folder of PETRARCH-format dictionaries.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Settings file (TOML).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or tables.")] = False,
    show: Annotated[int, typer.Option(help="Print the events found when at most this many.")] = 50,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="A line per stored batch.")
    ] = False,
    engine: Annotated[
        str, typer.Option(help="local, or dask: Parquet beside --db, stored by `load`.")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")
    ] = None,
) -> None:
    """Read articles, find their events and store them in the database."""
    from eventscribe.ingest import RejectLines
    from eventscribe.ingest import ingest as run_ingest

    settings = _settings(
        config, db_path=db, workers=workers, batch_size=batch_size, default_date=date,
        field_map=_field_map(field), dictionaries=dictionaries,
    )  # fmt: skip
    if engine not in ("local", "dask"):
        raise EventscribeError(f"--engine {engine!r}: choose local or dask")
    if scheduler and engine != "dask":
        raise EventscribeError("--scheduler: only the dask engine has one (add --engine dask)")
    if engine == "dask":
        from eventscribe.scale.commands import ingest_on_dask

        return ingest_on_dask(inputs, settings, scheduler, quiet)
    rejects = RejectLines(_print_err)
    report = run_ingest(
        inputs,
        settings,
        show_progress=not quiet and err.is_terminal,
        on_reject=rejects,
        on_batch=_log_batch if verbose else None,
    )
    rejects.summary()
    if not quiet and 0 < report.events <= show:
        _print_events(_run_events(settings.db_path, report.run_id))
    if not quiet:
        err.print(
            f"ingested {report.ingested}, skipped as duplicate {report.duplicates}, "
            f"stored as near-duplicate copies {report.near_duplicates}, "
            f"rejected {report.rejected}; {report.events} events; "
            f"{report.seconds:.1f} s ({report.rate:.1f} articles/s) -> {settings.db_path}",
            highlight=False,
            soft_wrap=True,  # one line in a log or a pipe, whatever the width
        )
    _exit_if_failed(report.failure())


def _print_err(line: str) -> None:
    print(line, file=sys.stderr)


def _exit_if_failed(failure: str | None) -> None:
    """A run that could read nothing at all fails (exit 1), saying so in one line."""
    if failure:
        print(f"error: {failure}", file=sys.stderr)
        raise typer.Exit(1)


def _log_batch(written: int, report: Any) -> None:
    # Plain print, flushed: tests and log readers follow this line by line.
    print(
        f"committed batch: {written} articles, {report.ingested} in all",
        file=sys.stderr,
        flush=True,
    )


def _run_events(db: Path, run_id: int | None) -> list[dict]:
    from eventscribe.api import open as open_db

    with open_db(db) as database:
        return database.events(run_id=run_id, limit=1000)


MinFatalitiesOption = Annotated[
    int | None, typer.Option(help="Only events with at least this many people killed.")
]
EventTypeOption = Annotated[
    str | None,
    typer.Option(help="ACLED event or sub-event type: Battles, Protests, 'Air/drone strike' ..."),
]


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor id, code or name.")] = None,
    country: CountryOption = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root code (2 digits).")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence.")] = None,
    date_field: Annotated[str, typer.Option(help="event_date or published.")] = "event_date",
    place_country: Annotated[
        str | None, typer.Option(help="Country of the event place (as --country).")
    ] = None,
    bbox: Annotated[
        str | None, typer.Option(help="Event places within MIN_LON,MIN_LAT,MAX_LON,MAX_LAT.")
    ] = None,
    min_fatalities: MinFatalitiesOption = None,
    event_type: EventTypeOption = None,
    limit: Annotated[int, typer.Option(help="How many events.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
    order: Annotated[str, typer.Option(help=ORDER_HELP)] = "newest",
    format: Annotated[
        str, typer.Option("--format", "-f", help="table, csv, json, jsonl.")
    ] = "table",
) -> None:
    """Query events, newest first (--order oldest for the other way)."""
    from eventscribe.api import open as open_db

    if format not in FORMATS:
        raise EventscribeError(f"--format {format!r}: choose one of {', '.join(FORMATS)}")
    _require_db(db)
    with open_db(db) as database:
        found = database.events(
            actor=actor, country=country, code=code, root=root, start=since, end=until,
            text=text, date_field=date_field, place_country=place_country, bbox=_bbox(bbox),
            min_fatalities=min_fatalities, event_type=event_type, limit=limit, offset=offset,
            order=order,
        )  # fmt: skip
    _write(found, format, columns=EVENT_COLUMNS)


@app.command()
def export(
    output: Annotated[
        Path, typer.Argument(help="File to write (a folder for partitioned Parquet).")
    ],
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        str, typer.Option("--format", "-f", help="csv, jsonl, json, parquet, gdelt.")
    ] = "csv",
    actor: Annotated[str | None, typer.Option(help="Actor id, code or name.")] = None,
    country: CountryOption = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")] = None,
    min_fatalities: MinFatalitiesOption = None,
    event_type: EventTypeOption = None,
    level: Annotated[
        str, typer.Option(help="mentions (events rows) or events (one per real event).")
    ] = "mentions",
    panel: Annotated[
        str | None,
        typer.Option(help="country-month or dyad-month: counts per unit and month, zero-filled."),
    ] = None,
) -> None:
    """Export events to CSV, JSONL, JSON, Parquet or a GDELT-2.0-like TSV, or a panel of
    counts per country (or dyad) and month. Fields: docs/codebook.md."""
    from eventscribe.api import open as open_db
    from eventscribe.store.export import export as run_export

    _require_db(db)
    with open_db(db) as database:
        written = run_export(
            database,
            output,
            format,
            actor=actor,
            country=country,
            code=code,
            start=since,
            end=until,
            min_fatalities=min_fatalities,
            event_type=event_type,
            level=level,
            panel=panel,
        )
    what = "clustered events" if level == "events" else "events"
    err.print(f"wrote {written} {f'{panel} rows' if panel else what} to {output}", highlight=False)


ACTOR_ACTIONS = {"merge": ("A", "B"), "split": ("A", "FORM"), "show": ("ID",)}


ACTORS_HELP = (
    "List or search actors; show one; correct the registry.\n\n"
    "`actors merge A B`: actor B is actor A (its events, mentions, spellings and roles move "
    "to A; B is deleted). `actors split A FORM`: the mentions of A written FORM are another "
    "actor. Corrections are kept in the database and applied to every later ingest."
)


@app.command(help=ACTORS_HELP)
def actors(
    words: Annotated[
        list[str] | None,
        typer.Argument(
            help="QUERY to search (name, id, code or spelling); or show ID; merge A B; "
            "split A FORM.",
            metavar="QUERY | show ID | merge A B | split A FORM",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many actors.")] = 50,
    format: Annotated[
        str, typer.Option("--format", "-f", help="table, csv, json, jsonl.")
    ] = "table",
    into: Annotated[
        str | None, typer.Option(help="split: the new actor's id (default A~slug-of-form).")
    ] = None,
    name: Annotated[
        str | None, typer.Option(help="split: the new actor's name (default FORM).")
    ] = None,
) -> None:
    # The first word may be an action, so `eventscribe actors QUERY` keeps its old meaning.
    action, args = _actor_action(words or [])
    if (into or name) and action != "split":
        raise EventscribeError("--into and --name go with `eventscribe actors split A FORM`")
    _require_db(db)
    if action == "merge":
        _merge_actors(db, *args)
    elif action == "split":
        _split_actor(db, *args, into=into, name=name)
    elif action == "show":
        _show_actor(db, args[0], format)
    else:
        _list_actors(db, " ".join(args) or None, limit, format)


def _actor_action(words: list[str]) -> tuple[str | None, list[str]]:
    """(action, its arguments) of `actors` words; no action: the words are a search."""
    if not words or words[0] not in ACTOR_ACTIONS:
        return None, words
    action, args, wanted = words[0], words[1:], ACTOR_ACTIONS[words[0]]
    if len(args) != len(wanted):
        raise EventscribeError(
            f"actors {action}: expected {' '.join(wanted)}, got {len(args)} argument(s) "
            "(quote a FORM of several words)"
        )
    return action, args


def _list_actors(db: Path, query: str | None, limit: int, format: str) -> None:
    from eventscribe.api import open as open_db

    with open_db(db) as database:
        found = database.actors(query=query, limit=limit)
    _write(found, format, table=_actor_table, columns=ACTOR_COLUMNS)


def _merge_actors(db: Path, into_id: str, actor_id: str) -> None:
    from eventscribe.store import Store

    with Store(db) as store:
        moved = store.merge_actors(into_id, actor_id)
    print(f"merged {actor_id} into {into_id}: {_moved(moved)}", file=sys.stderr)


def _split_actor(db: Path, actor_id: str, form: str, *, into: str | None, name: str | None) -> None:
    from eventscribe.store import Store

    with Store(db) as store:
        new_id, moved = store.split_actor(actor_id, form, into_id=into, name=name)
    print(f"split {form!r} of {actor_id} into {new_id}: {_moved(moved)}", file=sys.stderr)


def _moved(moved: dict[str, int]) -> str:
    return ", ".join(f"{count} {table}" for table, count in moved.items()) + " moved"


def _show_actor(db: Path, actor_id: str, format: str) -> None:
    from eventscribe.api import open as open_db
    from eventscribe.store.corrections import no_such_actor

    with open_db(db) as database:
        found = database.actor(actor_id)
    if found is None:
        raise no_such_actor(actor_id)
    if format == "json":
        print(json.dumps(found, default=str, ensure_ascii=False, indent=2))
    else:
        _write([found], format, table=lambda rows: _actor_page(rows[0]))


def _actor_page(actor: dict) -> None:
    """One actor as three small tables: who it is, how it was written, the roles it held."""
    about = Table(title=f"{actor['id']}: {actor['name']}", show_header=False)
    about.add_column("", style="bold")
    about.add_column("", overflow="fold")
    seen = f"{actor.get('first_seen') or '?'} .. {actor.get('last_seen') or '?'}"
    events = f"{actor['events_as_source']} as source, {actor['events_as_target']} as target"
    for key, value in (("kind", actor["kind"]), ("country", actor.get("country")),
                       ("sector", actor.get("sector")), ("code", actor.get("code")),
                       ("role", actor.get("role")), ("seen", seen), ("events", events),
                       ("mentions", str(actor["mentions"]))):  # fmt: skip
        about.add_row(key, value or "")
    out.print(about)
    forms = Table(title="spellings")
    forms.add_column("form", overflow="fold")
    forms.add_column("count", justify="right")
    for form, count in actor["form_counts"].items():
        forms.add_row(form, str(count))
    out.print(forms)
    if actor["roles"]:
        out.print(_roles_table(actor["roles"]))


def _roles_table(roles: list[dict]) -> Table:
    table = Table(title="roles")
    for column in ("title", "country", "sector", "code", "valid", "source", "evidence"):
        table.add_column(column, overflow="fold")
    for role in roles:
        valid = f"{role.get('valid_from') or '?'} .. {role.get('valid_to') or '?'}"
        evidence = role.get("evidence") or ""
        table.add_row(
            role.get("title") or "", role.get("country") or "", role.get("sector") or "",
            role.get("code") or "", valid, role["source"],
            evidence if len(evidence) <= 120 else evidence[:119] + "…",
        )  # fmt: skip
    return table


@app.command()
def rejects(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many.")] = 100,
) -> None:
    """Inputs that were rejected, with their reasons."""
    from eventscribe.api import open as open_db

    _require_db(db)
    with open_db(db) as database:
        found = database.rejects(limit=limit)
    if not found:
        out.print(f"no rejected inputs in {db}", highlight=False)
    for row in found:
        out.print(f"{row['location']}: {row['reason']}", highlight=False)


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in text.split(","))
    except ValueError:
        raise EventscribeError(
            f"--bbox {text!r}: expected MIN_LON,MIN_LAT,MAX_LON,MAX_LAT"
        ) from None
    return min_lon, min_lat, max_lon, max_lat


def _require_db(db: Path) -> None:
    if not db.exists():
        raise EventscribeError(f"{db}: no such database (run `eventscribe ingest` first)")


def _write(
    rows: list[dict], format: str, table: Any = None, columns: Sequence[str] | None = None
) -> None:
    """`rows` as JSON, JSON Lines, CSV (of `columns`, a header even when no rows) or `table`."""
    if format == "json":
        out.print_json(json.dumps(rows, default=str)) if out.is_terminal else print(
            json.dumps(rows, default=str, ensure_ascii=False, indent=2)
        )
    elif format == "jsonl":
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
    elif format == "csv":
        _write_csv(rows, columns)
    else:
        (table or _print_events)(rows)


def _write_csv(rows: list[dict], columns: Sequence[str] | None = None) -> None:
    import csv

    from eventscribe.store.shape import flatten

    flat = [flatten(row) for row in rows]
    names = list(columns or dict.fromkeys(key for row in flat for key in row))
    if not names:
        return  # no rows and no known columns
    writer = csv.DictWriter(sys.stdout, fieldnames=names, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat)


WIDE = 140  # narrower terminals and pipes get one event a block, not seven thin columns


def _print_events(rows: list[dict]) -> None:
    if out.width < WIDE:
        print_blocks(f"{len(rows)} events", [_event_block(row) for row in rows])
        return
    table = Table(title=f"{len(rows)} events", show_lines=False, expand=True)
    # Date and modality as wide as they need; the others share the rest.
    table.add_column("date", no_wrap=True)
    for column, ratio in (("source", 2), ("action", 2), ("target", 2), ("place", 1)):
        table.add_column(column, ratio=ratio, overflow="fold")
    table.add_column("modality", max_width=24)
    table.add_column("evidence", ratio=5, overflow="fold")
    for row in rows:
        table.add_row(
            _date(row), _actor(row["source"]), _action(row),
            _actor(row["target"]), (row["place"] or {}).get("name") or "",
            _modality(row), _snippet(row),
        )  # fmt: skip
    out.print(table)


def _event_block(row: dict) -> tuple[str, str, str]:
    """(date and action, who to whom where and how, evidence) of one event."""
    parties = f"{_actor(row['source'])} -> {_actor(row['target'])}"
    place = (row["place"] or {}).get("name")
    details = " · ".join(x for x in (parties, f"in {place}" if place else "", _modality(row)) if x)
    return f"{_date(row)}  {_action(row)}", details, row["evidence"]["sentence"]


def print_blocks(title: str, blocks: list[tuple[str, str, str]]) -> None:
    """Records as blocks: a bold first line, then indented lines wrapped to the terminal."""
    import textwrap

    out.print(title, highlight=False, markup=False)
    width = max(40, out.width)
    for head, details, evidence in blocks:
        out.print()
        out.print(Text(head, style="bold", overflow="fold"))
        for text in (details, evidence):
            for line in textwrap.wrap(text, width, initial_indent="  ", subsequent_indent="  "):
                out.print(line, highlight=False, markup=False, overflow="fold")


def _action(row: dict) -> str:
    name = (row.get("cameo_name") or "").split(",")[0]  # "Consult, not specified below"
    return f"{row['cameo']} {name}"


def _date(row: dict) -> str:
    if row.get("date_precision") == "publication":
        return f"{row['event_date']} (pub)"
    if row.get("date_end"):
        return f"{row['event_date']}..{row['date_end']}"
    return str(row["event_date"] or "")


def _actor(actor: dict | None) -> str:
    if not actor:
        return "-"
    where = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{actor['name']} ({where})" if where else actor["name"]


def _modality(row: dict) -> str:
    if row.get("attribution"):
        return f"{row['modality']} by {row['attribution']}"
    return row["modality"]


def _snippet(row: dict, width: int = 160) -> str:
    sentence = row["evidence"]["sentence"]
    return sentence if len(sentence) <= width else sentence[: width - 1] + "…"


def _actor_table(rows: list[dict]) -> None:
    table = Table(title=f"{len(rows)} actors")
    for column in ("id", "name", "country", "sector", "role", "events", "forms"):
        table.add_column(column, overflow="fold")
    for row in rows:
        forms = ", ".join(row.get("forms") or [])
        table.add_row(
            row["id"], row["name"], row.get("country") or "", row.get("sector") or "",
            row.get("role") or "", str(row.get("events", "")), forms,
        )  # fmt: skip
    out.print(table)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file: JSONL records or an *.expected.json.")],
    dictionaries: Annotated[
        Path | None, typer.Option(help="Folder of PETRARCH-format dictionaries.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    misses: Annotated[
        int | None, typer.Option(help="How many misses to print (default 20; with --show all).")
    ] = None,
    show: Annotated[
        bool, typer.Option("--show", help="News and UCDP gold: list misses record by record.")
    ] = False,
) -> None:
    """Score eventscribe against gold data (the format is told from the records)."""
    from eventscribe.evaluation import evaluate as run_eval
    from eventscribe.evaluation.report import print_report

    report = run_eval(gold, dictionaries=dictionaries)
    if as_json:
        print(json.dumps(report, default=str, ensure_ascii=False, indent=2))
    else:
        print_report(report, out, misses=misses, show=show)


# Commands that live beside their feature register themselves on `app` when imported.
from eventscribe.across import commands as _across_commands  # noqa: E402,F401
from eventscribe.scale import commands as _scale_commands  # noqa: E402,F401
from eventscribe.web import commands as _web_commands  # noqa: E402,F401

plain_help(app)  # every command, wherever it was declared
