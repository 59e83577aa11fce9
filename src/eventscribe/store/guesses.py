"""A country only guessed for a participant gives way to the one the registry knows.

The actors stage gives an official the text gives no country the article's majority country
(`actors.home`, role source "article country"): in a story about Japan's trade surplus,
"Democratic Senator Lloyd Bentsen" is taken for Japanese. The guess stays off the registry
entry (`rows.actor_row`), but it is on the article's events. Once the registry knows the
person's or organization's country from text, the events that carry a country the text never
gave that actor, only the guess, take the registry's (and their clusters are recomputed).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from eventscribe.actors.home import SOURCE as GUESSED
from eventscribe.store import clusters

SIDES = ("source", "target")

# Events whose `side` carries a country that only a guess ever gave that actor, and the
# registry's country for it.
GUESSED_SIDE = """
select e.id, a.country, e.article_id from events e join actors a on a.id = e.{side}_actor_id
where a.id in (select unnest(?::varchar[]))
  and a.kind in ('person', 'organization') and a.country is not null
  and e.{side}_country is not null and a.country <> e.{side}_country
  and exists (select 1 from actor_roles r where r.actor_id = a.id and r.source = ?
              and r.country = e.{side}_country)
  and not exists (select 1 from actor_roles r where r.actor_id = a.id and r.source <> ?
                  and r.country = e.{side}_country)
"""


def correct_guessed_countries(con: duckdb.DuckDBPyConnection, actor_ids: Iterable[str]) -> int:
    """Give guessed event sides of the actors a batch named (whose registry country or events
    it may have brought) the registry's country; returns how many sides changed."""
    wanted = _guessed_otherwise(con, sorted(set(actor_ids)))
    changed = 0
    articles: set[str] = set()
    for side in SIDES:
        query = GUESSED_SIDE.format(side=side)
        rows = con.execute(query, [wanted, GUESSED, GUESSED]).fetchall() if wanted else []
        if rows:
            con.executemany(
                f"update events set {side}_country = ?, "
                f"{side}_code = ? || coalesce({side}_sector, '') where id = ?",
                [(country, country, event_id) for event_id, country, _ in rows],
            )
            changed += len(rows)
            articles.update(article_id for _, _, article_id in rows)
    if articles:
        clusters.refresh_for_articles(con, articles)
    return changed


def _guessed_otherwise(con: duckdb.DuckDBPyConnection, actor_ids: list[str]) -> list[str]:
    """Of the actors, those a guess gave another country than the registry's: few or none
    in most batches, so that the events are read only for them."""
    if not actor_ids:
        return []
    rows = con.execute(
        "select distinct a.id from actors a join actor_roles r on r.actor_id = a.id "
        "where a.id in (select unnest(?::varchar[])) and r.source = ? "
        "and a.country is not null and r.country is not null and r.country <> a.country",
        [actor_ids, GUESSED],
    ).fetchall()
    return sorted(row[0] for row in rows)

