"""A person's registry name: the full name the articles write most.

Each batch merges its sightings by the longest name (`merges.ACTOR_MERGE`), which lets a full
name replace a surname alone. But one article's longer name may be a namesake's that the
registry key cannot tell apart ("John V. Kelly", a deputy inspector general, beside nineteen
articles' "John Kelly", the chief of staff: both keyed "john-kelly"). So after each write a person
of the batch whose name is written less often than another full name of theirs (the same first
name and surname) takes that one, the most written (ties: the longer, then the first in
order); a name as often written as any stays, and so does one no form gives (taken from a
dictionary: "Ronald Reagan" for "Reagan").
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from eventscribe.actors import names


def name_people(con: duckdb.DuckDBPyConnection, person_ids: Iterable[str]) -> None:
    wanted = sorted(set(person_ids))
    if not wanted:
        return
    rows = con.execute(
        "select a.id, a.name, f.form, f.count from actors a join actor_forms f on f.actor_id = a.id "
        "where a.id in (select unnest(?::varchar[]))",
        [wanted],
    ).fetchall()
    stored: dict[str, str] = {}
    counts: dict[str, dict[str, int]] = {}
    for actor_id, name, form, count in rows:
        stored[actor_id] = name
        counts.setdefault(actor_id, {})[form] = count
    renamed = []
    for actor_id, forms in counts.items():
        name = stored[actor_id]
        if name not in forms:
            continue  # a dictionary's or a transliteration's name, no article's spelling
        spellings = [(n, len(f), _reverse(f), f) for f, n in forms.items()
                     if len(names.name_parts(f)) >= 2 and names.same_person(f, name)]  # fmt: skip
        if not spellings:
            continue
        best = max(spellings)
        if best[0] > forms[name]:  # a name as often written as any other stays
            renamed.append((best[3], actor_id))
    if renamed:
        con.executemany("update actors set name = ? where id = ?", renamed)


def _reverse(text: str) -> tuple[int, ...]:
    """Order key under which `max` takes the alphabetically first text."""
    return tuple(-ord(c) for c in text)
