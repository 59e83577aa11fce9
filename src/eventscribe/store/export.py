"""Exporters, registered by format: csv, jsonl, json, parquet and gdelt (a GDELT-2.0-like TSV).

An exporter is `(db, out, filters, **options) -> rows written`, where `out` is a path or an
open file and `filters` are the event filters of `Database.events`. That is the mention
level (one row per events row, as GDELT's mentions table); `level="events"` exports the
event level instead (one row per cluster of mentions, as GDELT's events table), in any
format; `panel=` writes country-month or dyad-month counts (`eventscribe.store.panel`).
Text formats write to a `.part` file beside a path and rename it when done, so a failed
export leaves no half file.
Column mappings are documented in docs/schema.md, every field in docs/codebook.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import duckdb

from eventscribe import registry
from eventscribe.errors import EventscribeError
from eventscribe.store.database import Database
from eventscribe.store.panel import COLUMNS as PANEL_COLUMNS
from eventscribe.store.panel import panel_sql
from eventscribe.store.query import ORDERS, clusters_sql, event_where, events_sql
from eventscribe.store.shape import FLAT_COLUMNS, cluster_json, event_flat, iso

Out = Path | str | IO[Any]

# The GDELT 2.0 event table, in order (61 columns); those we have no data for stay empty.
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(
        f"{actor}{field}"
        for actor in ("Actor1", "Actor2")
        for field in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
    ),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(
        f"{geo}_{field}"
        for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo")
        for field in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                      "FeatureID")
    ),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
# CAMEO actor type (role) codes, which GDELT puts in Type1Code..Type3Code.
CAMEO_TYPES = frozenset((
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "MOD",
    "RAD", "REF", "SET", "IGO", "NGO", "NGM", "PKO",
))  # fmt: skip
GROUP_PREFIXES = ("IGO", "NGO", "MNC")  # not countries: no Actor1CountryCode
LEVELS = ("mentions", "events")
CLUSTER_FORMATS = ("csv", "jsonl", "json", "parquet", "gdelt")
PANEL_FORMATS = ("csv", "parquet", "jsonl", "json")


def export(
    db: Database,
    out: Out,
    fmt: str,
    *,
    partition: bool | None = None,
    level: str = "mentions",
    panel: str | None = None,
    **filters: Any,
) -> int:
    """Write the events matching `filters` to `out` in format `fmt`; return how many.

    `partition` (parquet only) writes a folder partitioned by event year and month; by
    default a parquet path not ending in .parquet is such a folder. `level="events"`
    writes clusters (one per real event) with a mention matching the filters. `panel`
    ("country-month", "dyad-month") writes counts per unit and month instead (rows written).
    """
    if level not in LEVELS:
        raise EventscribeError(f"level {level!r}: choose mentions or events")
    if panel:
        return _export_panel(db, out, fmt, panel, level, filters)
    if level == "events":
        return _export_clusters(db, out, fmt, filters)
    writer = registry.exporters.get(fmt)
    event_where(filters)  # a bad filter fails before any file is touched
    options: dict[str, Any] = {}
    if partition is not None:
        if fmt != "parquet":
            raise EventscribeError(f"partition: only the parquet format is partitioned, not {fmt}")
        options["partition"] = partition
    try:
        return writer(db, out, filters, **options)
    except OSError as error:
        raise EventscribeError(f"{_name(out)}: cannot write ({error.strerror or error})") from None


def _export_clusters(db: Database, out: Out, fmt: str, filters: dict[str, Any]) -> int:
    """The event level: clusters rows (csv, parquet) or their JSON shape (jsonl, json)."""
    if fmt not in CLUSTER_FORMATS:
        raise EventscribeError(
            f"format {fmt!r}: the event level exports as {', '.join(CLUSTER_FORMATS)}"
        )
    query, params = clusters_sql(filters, order="event_date")
    if fmt == "gdelt":
        return _write_gdelt(db, out, gdelt_clusters_sql(query), params)
    if fmt == "parquet":
        return _clusters_parquet(db, out, query, params)
    count = 0
    with _text(out, newline="" if fmt == "csv" else None) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if fmt == "csv":  # a header row always
            writer.writerow(
                d[0] for d in db.con.execute("select * from clusters limit 0").description
            )
        for row in db.stream(query, params):
            if fmt == "csv":
                writer.writerow(iso(value) for value in row.values())
            else:
                text = json.dumps(cluster_json(row), ensure_ascii=False)
                handle.write(_json_item(fmt, count, text))
            count += 1
        if fmt == "json":
            handle.write("\n]\n" if count else "[]\n")
    return count


def _export_panel(
    db: Database, out: Out, fmt: str, kind: str, level: str, filters: dict[str, Any]
) -> int:
    """A country-month or dyad-month panel (`eventscribe.store.panel`) as csv, parquet,
    jsonl or json."""
    if fmt not in PANEL_FORMATS:
        raise EventscribeError(f"format {fmt!r}: a panel exports as {', '.join(PANEL_FORMATS)}")
    query, params = panel_sql(kind, filters, level)
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise EventscribeError("parquet panels: give a file path, not an open file")
        return write_parquet(db, query, params, out)
    count = 0
    with _text(out, newline="" if fmt == "csv" else None) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if fmt == "csv":
            writer.writerow(PANEL_COLUMNS[kind])
        for row in db.stream(query, params):
            if fmt == "csv":
                writer.writerow(iso(value) for value in row.values())
            else:
                text = json.dumps({k: iso(v) for k, v in row.items()}, ensure_ascii=False)
                handle.write(_json_item(fmt, count, text))
            count += 1
        if fmt == "json":
            handle.write("\n]\n" if count else "[]\n")
    return count


def _json_item(fmt: str, index: int, text: str) -> str:
    if fmt == "jsonl":
        return text + "\n"
    return ("[\n" if index == 0 else ",\n") + text


def _clusters_parquet(db: Database, out: Out, query: str, params: list[Any]) -> int:
    if not isinstance(out, str | Path):
        raise EventscribeError("parquet clusters: give a file path, not an open file")
    return write_parquet(db, query, params, out)


@registry.exporters.register("jsonl")
def export_jsonl(db: Database, out: Out, filters: dict[str, Any]) -> int:
    """One event a line, in the stable JSON shape."""
    count = 0
    with _text(out) as handle:
        for event in db.iter_events(**filters):
            handle.write(json.dumps(event, ensure_ascii=False) + "\n")
            count += 1
    return count


@registry.exporters.register("json")
def export_json(db: Database, out: Out, filters: dict[str, Any]) -> int:
    """One JSON array of events, written as it streams."""
    count = 0
    with _text(out) as handle:
        handle.write("[")
        for event in db.iter_events(**filters):
            handle.write(("\n" if count == 0 else ",\n") + json.dumps(event, ensure_ascii=False))
            count += 1
        handle.write("\n]\n" if count else "]\n")
    return count


@registry.exporters.register("csv")
def export_csv(db: Database, out: Out, filters: dict[str, Any]) -> int:
    """The event shape flattened (source_name, place_lat, ...); a header row always."""
    count = 0
    with _text(out, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([flat for flat, _ in FLAT_COLUMNS])
        for row in db.event_rows(**filters):
            writer.writerow(event_flat(row).values())
            count += 1
    return count


@registry.exporters.register("parquet")
def export_parquet(
    db: Database, out: Out, filters: dict[str, Any], *, partition: bool | None = None
) -> int:
    """The CSV columns, typed, via DuckDB's Parquet writer; partitioned: year=/month= folders."""
    columns = ", ".join(f'"{column}" as "{flat}"' for flat, column in FLAT_COLUMNS)
    if not isinstance(out, str | Path):
        return _parquet_to_handle(db, out, filters, columns, partition)
    path = Path(out)
    split = path.suffix.lower() != ".parquet" if partition is None else partition
    if split:
        columns += ", year(event_date) as year, month(event_date) as month"
    query, params = events_sql(filters, columns=columns)
    return write_parquet(db, query, params, path, partition_by=["year", "month"] if split else None)


def write_parquet(
    db: Database, query: str, params: list[Any], out: Out, partition_by: list[str] | None = None
) -> int:
    """The rows of `query` as Parquet at `out` (a folder when partitioned); how many.

    `partition_by` names columns of `query`, never user text. Through a cursor of its own:
    a result left pending on the shared connection (by an earlier `fetchone`) makes DuckDB
    refuse other work with "unfinished result".
    """
    options = "format parquet"
    if partition_by:
        options += f", partition_by ({', '.join(partition_by)})"
    target = str(out).replace("'", "''")
    with db.con.cursor() as cursor:
        try:
            cursor.execute(f"copy ({query}) to '{target}' ({options})", params)
            count = cursor.fetchall()[0][0]
        except duckdb.Error as error:
            raise EventscribeError(f"{out}: cannot write Parquet ({error})") from None
    return count


def _parquet_to_handle(
    db: Database, out: IO[Any], filters: dict[str, Any], columns: str, partition: bool | None
) -> int:
    import pyarrow.parquet as pq

    if partition:
        raise EventscribeError("partitioned Parquet needs a folder path, not an open file")
    query, params = events_sql(filters, columns=columns)
    count = 0
    with db.con.cursor() as cursor:
        reader = cursor.sql(query, params=params).to_arrow_reader()
        with pq.ParquetWriter(out, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                count += batch.num_rows
    return count


@registry.exporters.register("gdelt")
def export_gdelt(db: Database, out: Out, filters: dict[str, Any]) -> int:
    """GDELT 2.0 event table layout: 61 tab-separated columns, no header (as GDELT's files)."""
    return _write_gdelt(db, out, *gdelt_sql(filters))


def _write_gdelt(db: Database, out: Out, query: str, params: list[Any]) -> int:
    count = 0
    with _text(out, newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for row in db.stream(query, params):
            writer.writerow(gdelt_row(row))
            count += 1
    return count


def gdelt_sql(filters: dict[str, Any], order: str = "event_date") -> tuple[str, list[Any]]:
    """Event rows with their article's url and ingest time, and whether they lead it."""
    inner, params = events_sql(filters, order=None)
    query = (
        "select * from (select e.*, a.url as article_url, a.ingested_at as article_added, "
        "c.n_mentions as cluster_mentions, c.n_sources as cluster_sources, "
        "c.n_articles as cluster_articles, "
        "coalesce(p.kind in ('title', 'summary') or s.paragraph = lead.idx, false) as is_root "
        f"from ({inner}) e left join articles a on a.id = e.article_id "
        "left join sentences s on s.article_id = e.article_id and s.idx = e.sentence "
        "left join paragraphs p on p.article_id = s.article_id and p.idx = s.paragraph "
        "left join clusters c on c.id = e.cluster_id "
        "left join (select article_id, min(idx) as idx from paragraphs where kind = 'body' "
        "group by article_id) lead on lead.article_id = e.article_id) "
        f"order by {ORDERS[order]}"
    )
    return query, params


def gdelt_clusters_sql(clusters: str) -> str:
    """The clusters of the query `clusters` as rows `gdelt_row` reads: the cluster's own
    code, actors, date, place and counts; its best mention's sector, region, gazetteer id,
    article url and place in the article (IsRootEvent)."""
    same = "case when e.{side}_actor_id = c.{side}_actor_id then e.{side}_sector end as {side}_sector"
    place = "case when e.place_name = c.place_name then e.{0} end as {0}"
    query = (
        "select c.id, c.event_date, c.cameo, c.cameo_root, c.quad_class, c.goldstein, "
        "c.source_actor_id, c.source_name, c.source_country, c.source_code, "
        "c.target_actor_id, c.target_name, c.target_country, c.target_code, "
        f"{same.format(side='source')}, {same.format(side='target')}, "
        "c.place_name, c.place_country, c.place_lat, c.place_lon, c.place_precision, c.article_id, "
        f"{place.format('place_admin1')}, {place.format('place_gazetteer_id')}, "
        "a.url as article_url, a.ingested_at as article_added, "
        "c.n_mentions as cluster_mentions, c.n_sources as cluster_sources, "
        "c.n_articles as cluster_articles, "
        "coalesce(p.kind in ('title', 'summary') or s.paragraph = lead.idx, false) as is_root "
        f"from ({clusters}) c left join events e on e.id = c.best_event_id "
        "left join articles a on a.id = c.article_id "
        "left join sentences s on s.article_id = e.article_id and s.idx = e.sentence "
        "left join paragraphs p on p.article_id = s.article_id and p.idx = s.paragraph "
        "left join (select article_id, min(idx) as idx from paragraphs where kind = 'body' "
        "group by article_id) lead on lead.article_id = e.article_id "
        "order by c.event_date nulls last, c.id"
    )
    return query


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """One events row (with article_url, article_added, is_root) as GDELT's 61 values."""
    values: dict[str, Any] = {
        "GlobalEventID": int(row["id"][:15], 16),
        **_gdelt_dates(row["event_date"]),
        "IsRootEvent": int(bool(row["is_root"])),
        "EventCode": row["cameo"],
        "EventBaseCode": row["cameo"][:3],
        "EventRootCode": row["cameo_root"],
        "QuadClass": row["quad_class"],
        "GoldsteinScale": row["goldstein"],
        "NumMentions": row.get("cluster_mentions") or 1,
        "NumSources": row.get("cluster_sources") or 1,
        "NumArticles": row.get("cluster_articles") or 1,
        "DATEADDED": _stamp(row["article_added"]),
        "SOURCEURL": row["article_url"] or row["article_id"],
    }
    values.update(_gdelt_actor("Actor1", row, "source"))
    values.update(_gdelt_actor("Actor2", row, "target"))
    values.update(_gdelt_place(row))
    return ["" if values.get(column) is None else values[column] for column in GDELT_COLUMNS]


def _gdelt_dates(day: dt.date | None) -> dict[str, Any]:
    if day is None:
        return {}
    days_in_year = 366 if day.year % 4 == 0 and (day.year % 100 or day.year % 400 == 0) else 365
    fraction = (day.timetuple().tm_yday - 1) / days_in_year
    return {
        "Day": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{day.year + fraction:.4f}",
    }


def _gdelt_actor(prefix: str, row: dict[str, Any], side: str) -> dict[str, Any]:
    if row[f"{side}_actor_id"] is None:
        return {}
    code = row[f"{side}_code"] or ""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    types = [chunk for chunk in chunks if chunk in CAMEO_TYPES]
    if not types and row[f"{side}_sector"]:
        types = [row[f"{side}_sector"]]
    country = row[f"{side}_country"]
    values = {
        f"{prefix}Code": code or None,
        f"{prefix}Name": (row[f"{side}_name"] or "").upper() or None,
        f"{prefix}CountryCode": None if country in GROUP_PREFIXES else country,
    }
    groups = [chunk for chunk in chunks[1:] if chunk not in CAMEO_TYPES]  # IGOUNO, PSEREBHMS
    if groups:
        values[f"{prefix}KnownGroupCode"] = groups[0]
    for number, kind in enumerate(types[:3], start=1):
        values[f"{prefix}Type{number}Code"] = kind
    return values


def _gdelt_place(row: dict[str, Any]) -> dict[str, Any]:
    if row["place_name"] is None:
        return {}
    return {
        "ActionGeo_Type": _geo_type(row["place_precision"], row["place_country"]),
        "ActionGeo_FullName": row["place_name"],
        "ActionGeo_CountryCode": row["place_country"],
        "ActionGeo_ADM1Code": row["place_admin1"],
        "ActionGeo_Lat": row["place_lat"],
        "ActionGeo_Long": row["place_lon"],
        "ActionGeo_FeatureID": row["place_gazetteer_id"],
    }


def _geo_type(precision: str | None, country: str | None) -> int:
    """GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if precision == "country":
        return 1
    if precision == "region":
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


def _stamp(value: dt.datetime | None) -> str | None:
    return value.strftime("%Y%m%d%H%M%S") if value else None


@contextmanager
def _text(out: Out, newline: str | None = None) -> Iterator[IO[str]]:
    """A text handle on `out`: an open file as given, or a path written through a .part file."""
    if not isinstance(out, str | Path):
        yield out
        return
    path = Path(out)
    part = path.with_name(path.name + ".part")
    try:
        with part.open("w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _name(out: Out) -> str:
    return str(out) if isinstance(out, str | Path) else getattr(out, "name", "output")
