"""The registry's merge rules exist twice, in Python (merging the sightings of one batch) and
in SQL (MERGE of a batch into the stored rows): they must agree on every pair of sightings."""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.store.merges import ACTOR_MERGE, ROLE_MERGE, merge_actor, merge_role
from eventscribe.store.schema import schema_sql

DAYS = st.one_of(st.none(), st.dates(dt.date(2020, 1, 1), dt.date(2020, 1, 5)))
WORDS = st.one_of(st.none(), st.sampled_from(["A", "B", "GOV"]))


@st.composite
def actors(draw: st.DrawFn) -> dict:
    seen = draw(DAYS)
    return {
        "id": "person:x", "name": draw(st.sampled_from(["Ann", "Bob", "Ann Lee"])),
        "kind": "person", "country": draw(WORDS), "sector": draw(WORDS), "code": draw(WORDS),
        "role": draw(WORDS), "first_seen": seen, "last_seen": seen,
    }  # fmt: skip


@st.composite
def roles(draw: st.DrawFn) -> dict:
    first, last = sorted([draw(DAYS) or dt.date(2020, 1, 3), draw(DAYS) or dt.date(2020, 1, 3)])
    return {
        "id": "r1", "actor_id": "person:x", "title": "minister", "country": None,
        "sector": None, "code": None, "valid_from": draw(DAYS), "valid_to": draw(DAYS),
        "source": "text", "evidence": draw(st.sampled_from(["e1", "e2"])),
        "article_id": draw(st.sampled_from(["a1", "a2", None])),
        "first_seen": draw(st.sampled_from([first, None])), "last_seen": last,
    }  # fmt: skip


def merged_in_sql(table: str, rule: str, old: dict, new: dict) -> dict:
    with duckdb.connect() as con:
        con.execute(schema_sql())
        columns = ", ".join(old)
        con.execute(f"insert into {table} ({columns}) values ({', '.join('?' * len(old))})",
                    list(old.values()))  # fmt: skip
        con.register("b", pa.Table.from_pylist([new]))
        con.execute(f"merge into {table} t using b on t.id = b.id when matched then update set "
                    f"{rule} when not matched then insert by name")  # fmt: skip
        cursor = con.execute(f"select {columns} from {table}")
        names = [d[0] for d in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))


@settings(max_examples=60, deadline=None)
@given(actors(), actors())
def test_actor_merge_is_the_same_in_sql_and_python(old: dict, new: dict):
    assert merged_in_sql("actors", ACTOR_MERGE, old, new) == merge_actor(old, new)


@settings(max_examples=60, deadline=None)
@given(roles(), roles())
def test_role_merge_is_the_same_in_sql_and_python(old: dict, new: dict):
    assert merged_in_sql("actor_roles", ROLE_MERGE, old, new) == merge_role(old, new)
