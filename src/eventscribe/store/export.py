"""Exporters, registered by format: csv, jsonl, json, parquet, gdelt (GDELT-2.0-like TSV)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventscribe import registry
from eventscribe.errors import EventscribeError
from eventscribe.store.query import Database, event_filters
from eventscribe.store.shape import flatten

PAGE = 5_000
# GDELT 2.0 event table columns, in order (61). Columns we have no data for stay empty.
GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    + " ".join(
        f"{a}Code {a}Name {a}CountryCode {a}KnownGroupCode {a}EthnicCode {a}Religion1Code "
        f"{a}Religion2Code {a}Type1Code {a}Type2Code {a}Type3Code"
        for a in ("Actor1", "Actor2")
    )
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    + " ".join(
        f"{g}_Type {g}_FullName {g}_CountryCode {g}_ADM1Code {g}_ADM2Code {g}_Lat {g}_Long "
        f"{g}_FeatureID"
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
    )
    + " DATEADDED SOURCEURL"
).split()
GEO_TYPES = {"country": 1, "region": 2, "city": 4, "point": 4}


def export(db: Database, out: Path, fmt: str, **filters: Any) -> int:
    """Write the events that match `filters` to `out` in format `fmt`; return how many."""
    writer: Callable[[Database, Path, dict[str, Any]], int] = registry.exporters.get(fmt)
    filters = {k: v for k, v in filters.items() if v is not None}
    try:
        return writer(db, Path(out), filters)
    except OSError as error:
        raise EventscribeError(f"{out}: cannot write ({error.strerror})") from None


def _pages(db: Database, filters: dict[str, Any]):
    offset = 0
    while page := db.events(limit=PAGE, offset=offset, **filters):
        yield from page
        offset += len(page)


@registry.exporters.register("jsonl")
def export_jsonl(db: Database, out: Path, filters: dict[str, Any]) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for event in _pages(db, filters):
            handle.write(json.dumps(event, ensure_ascii=False) + "\n")
            count += 1
    return count


@registry.exporters.register("json")
def export_json(db: Database, out: Path, filters: dict[str, Any]) -> int:
    events = list(_pages(db, filters))
    out.write_text(json.dumps(events, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(events)


@registry.exporters.register("csv")
def export_csv(db: Database, out: Path, filters: dict[str, Any]) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = None
        for event in _pages(db, filters):
            row = flatten(_with_empty_parts(event))
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            count += 1
    return count


def _with_empty_parts(event: dict[str, Any]) -> dict[str, Any]:
    """Missing actors and places as empty objects, so every CSV row has the same columns."""
    empty_actor = dict.fromkeys(("id", "name", "country", "sector", "code", "text"))
    empty_place = dict.fromkeys(
        ("name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id")
    )
    return {**event, "source": event["source"] or empty_actor,
            "target": event["target"] or empty_actor, "place": event["place"] or empty_place}  # fmt: skip


@registry.exporters.register("parquet")
def export_parquet(db: Database, out: Path, filters: dict[str, Any]) -> int:
    """The events table as Parquet; a path without .parquet is a folder partitioned by year/month."""
    where, params = event_filters(**filters)
    count = db.con.execute(f"select count(*) from events {where}", params).fetchone()[0]
    select = (
        "select *, year(event_date) as year, month(event_date) as month "
        f"from events {where} order by event_date, id"
    )
    relation = db.con.execute(select, params).to_arrow_table()
    import pyarrow.parquet as pq

    if out.suffix == ".parquet":
        pq.write_table(relation, out)
    else:
        pq.write_to_dataset(relation, out, partition_cols=["year", "month"])
    return count


@registry.exporters.register("gdelt")
def export_gdelt(db: Database, out: Path, filters: dict[str, Any]) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for event in _pages(db, filters):
            writer.writerow(gdelt_row(event))
            count += 1
    return count


def gdelt_row(event: dict[str, Any]) -> list[Any]:
    date = event["event_date"] or event["published"] or ""
    ymd = date.replace("-", "")
    values: dict[str, Any] = {
        "GLOBALEVENTID": event["id"],
        "SQLDATE": ymd,
        "MonthYear": ymd[:6],
        "Year": ymd[:4],
        "FractionDate": _fraction(date),
        "IsRootEvent": 1,
        "EventCode": event["cameo"],
        "EventBaseCode": event["cameo"][:3],
        "EventRootCode": event["cameo"][:2],
        "QuadClass": event["quad_class"],
        "GoldsteinScale": event["goldstein"],
        "NumMentions": 1,
        "NumSources": 1,
        "NumArticles": 1,
        "DATEADDED": (event["published"] or "").replace("-", ""),
        "SOURCEURL": event["article_id"],
    }
    for prefix, actor in (("Actor1", event["source"]), ("Actor2", event["target"])):
        if actor:
            values[f"{prefix}Code"] = actor["code"]
            values[f"{prefix}Name"] = (actor["name"] or "").upper()
            values[f"{prefix}CountryCode"] = actor["country"]
            values[f"{prefix}Type1Code"] = actor["sector"]
    place = event["place"]
    if place:
        values.update({
            "ActionGeo_Type": GEO_TYPES.get(place["precision"] or "", 4),
            "ActionGeo_FullName": place["name"], "ActionGeo_CountryCode": place["country"],
            "ActionGeo_ADM1Code": place["admin1"], "ActionGeo_Lat": place["lat"],
            "ActionGeo_Long": place["lon"], "ActionGeo_FeatureID": place["gazetteer_id"],
        })  # fmt: skip
    return ["" if values.get(c) is None else values[c] for c in GDELT_COLUMNS]


def _fraction(date: str) -> str:
    if len(date) < 10:
        return ""
    year, month, day = int(date[:4]), int(date[5:7]), int(date[8:10])
    return f"{year + ((month - 1) * 30 + day) / 365:.4f}"
