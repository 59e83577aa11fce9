"""The store's upkeep of stories (`eventscribe.stories`) and of the participants they share.

After each write, the stories of the days the new articles were published on are found
again among the stored originals (copies are their originals' reports) of those days and of
twice `STORY_DAYS` around them; the rows of the articles within `STORY_DAYS` of a new one are
rewritten (an article further off keeps its story, which its own neighbours decided).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from eventscribe.stories import LEAD_SENTENCES, STORY_DAYS, Lead, lead_text, lead_words, stories

LEADS = f"""
    select a.id, a.published, a.text, list([s."start", s."end"] order by s.idx) as sentences
    from articles a join sentences s on s.article_id = a.id
    where a.duplicate_of is null and s.idx < {LEAD_SENTENCES} and {{days}}
    group by a.id, a.published, a.text
"""


def refresh_stories(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Find again the stories of the days of `article_ids` (just stored)."""
    if not article_ids:
        return
    dates = [row[0] for row in con.execute(
        "select distinct published from articles where id in (select unnest(?))", [article_ids]
    ).fetchall()]  # fmt: skip
    for first, last in _spans(d for d in dates if d is not None):
        _refresh(con, "a.published between ? and ?", [_shift(first, -2), _shift(last, 2)], (first, last))
    if None in dates:
        _refresh(con, "a.published is null", [], None)


def _refresh(con: duckdb.DuckDBPyConnection, days: str, params: list[Any],
             rewrite: tuple[dt.date, dt.date] | None) -> None:  # fmt: skip
    rows = con.execute(LEADS.format(days=days), params).fetchall()
    leads = [Lead(id_, published, lead_words(lead_text(text, sentences)))
             for id_, published, text, sentences in rows]  # fmt: skip
    found = stories(leads)
    if rewrite is not None:
        near = {id_ for id_, published, *_ in rows
                if _shift(rewrite[0], -1) <= published <= _shift(rewrite[1], 1)}  # fmt: skip
        found = {a: s for a, s in found.items() if a in near}
    con.execute("delete from stories where article_id in (select unnest(?))", [list(found)])
    con.execute("insert into stories select unnest(?::varchar[]), unnest(?::varchar[])",
                [list(found), list(found.values())])  # one statement (executemany: one a row)


def _spans(dates: Any) -> list[tuple[dt.date, dt.date]]:
    """The days in runs: days within twice `STORY_DAYS` of each other share one run."""
    spans: list[tuple[dt.date, dt.date]] = []
    for day in sorted(dates):
        if spans and (day - spans[-1][1]).days <= 2 * STORY_DAYS:
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    return spans


def _shift(day: dt.date, times: int) -> dt.date:
    """`day` moved by `times` * STORY_DAYS days, within the calendar."""
    try:
        return day + dt.timedelta(days=times * STORY_DAYS)
    except OverflowError:
        return dt.date.max if times > 0 else dt.date.min


STORIES = """
    select s.story_id, first.title, count(*)::integer as articles,
           min(a.published) as first_published, max(a.published) as last_published
    from stories s join articles a on a.id = s.article_id
    join articles first on first.id = s.story_id
    group by s.story_id, first.title
    having count(*) >= ?
    order by articles desc, s.story_id
    limit ? offset ?
"""
# A story's participants: one per noun, over its reports' leads.
STORY_PARTICIPANTS = """
    select s.story_id, p.noun, count(*)::integer as mentions,
           count(distinct p.article_id)::integer as articles,
           list(distinct p.text order by p.text) as written
    from participants p join stories s on s.article_id = p.article_id
    where s.story_id in (select unnest(?))
    group by s.story_id, p.noun
    order by s.story_id, articles desc, mentions desc, p.noun
"""
