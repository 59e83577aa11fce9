"""The registry's own merges: one entry per person across articles, each merge with its reason.

The resolver names a person by the words of one article, so the registry meets the same
person under several ids: a transliteration ("Volodymyr Zelenskiy" beside "Volodymyr
Zelensky") or a surname alone in a story that never gave the first name ("Lawson"). After a
batch is stored, each person of the batch is merged with a stored one (the less named into
the more named) when:

1. full names: the first names are one transliteration ("Sergei" = "Sergey") or a short form
   of the other ("Rick" = "Richard", `nicknames.tsv`) and the
   surnames spellings of one name, the generations and the middle names or initials given agree
   ("Trump Jr." is not "Trump", "George H.W. Bush" not "George W. Bush"), and the countries
   agree (equal, or one unknown);
2. near spellings (`Index.near_spelling_of`): a slip in a long first name (rapidfuzz ratio of
   the transliterations at least 85) where no other stored person bears the surname
   ("Vladamir Putin"), or a first name and surname both transliterated otherwise, of the
   same known country ("Alyaksandr Lukashenka" and "Alexander Lukashenko"); never first names
   of two sexes;
3. a surname alone: exactly one stored person with a full name bears that surname
   (letter for letter, no near spelling: "Regan" is not "Reagan") and both have the same
   known country, or of several such, exactly one holds the role the entry was named with
   ("President Reagan": Ronald, not Nancy); a new full name takes the stored surname-only
   entry the same way.

Two people that one article names apart are never merged: the resolver read them side by
side and kept them two (father and son, two ministers of one surname).

A merge is a recorded correction (`actor_corrections`, with `reason`, the articles it moved
and the merged actor's row), so later batches are stored merged, `actors show` explains it
and `unmerge` (`actors split A B`) undoes it and keeps the two apart from then on.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import duckdb
from rapidfuzz import fuzz

from eventscribe.actors import names
from eventscribe.article import Role
from eventscribe.store import rows
from eventscribe.store.clusters import refresh
from eventscribe.store.corrections import SIDES, Correction, move_rows, record


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    country: str | None
    mentions: int
    role: str | None = None

    @property
    def parts(self) -> list[str]:
        return names.name_parts(self.name)

    @property
    def generation(self) -> str | None:
        last = names.fold(self.parts[-1]) if self.parts else ""
        return last if last in names.GENERATIONS else None


# A person's country: the registry's, else the one its roles give most (a country guessed
# from the article stays off the registry row but is kept on the roles).
PEOPLE = """
    select a.id, a.name, coalesce(a.country, r.country), coalesce(f.mentions, 0)::integer, a.role
    from actors a
    left join (select actor_id, sum(count) as mentions from actor_forms group by 1) f
        on f.actor_id = a.id
    left join (select actor_id, mode(country) as country from actor_roles
               where country is not null group by 1) r on r.actor_id = a.id
    where a.kind = 'person'
"""


def link_people(con: duckdb.DuckDBPyConnection, batch_ids: Iterable[str]) -> list[Correction]:
    """Merge the people of a batch with stored ones they are; returns the merges made,
    recorded with their reasons. Every person of the batch is looked at, not only new ones:
    a country learned later ("Nigel Lawson" of Britain) can make a merge possible."""
    wanted = set(batch_ids)
    if not wanted:
        return []
    index = Index([Person(*row) for row in con.execute(PEOPLE).fetchall()], _apart(con))
    made = []
    for person in sorted((index.people[i] for i in wanted if i in index.people),
                         key=lambda p: (p.mentions, p.id)):  # fmt: skip
        if person.id not in index.people:
            continue  # merged away already, as the surname-only entry of another
        for merged, into, reason in index.matches(person):
            if named_together(con, merged.id, into.id):
                continue  # the resolver read both in one article and kept them apart
            made.append(merge(con, merged, into, reason))
            index.drop(merged)
    return made


def merges_among(people: list[Person], together: set[frozenset[str]]) -> dict[str, str]:
    """The merges `link_people` would make among `people`, with no database: each merged id
    -> the id it ends in. As there, the least named are taken first and two people that one
    article names (a pair in `together`) are never merged; a merged person's pairs pass to
    the one it joins, which the database does by moving its mentions."""
    apart = set(together)
    index = Index(people, apart)
    into: dict[str, str] = {}
    for person in sorted(people, key=lambda p: (p.mentions, p.id)):
        if person.id not in index.people:
            continue
        for merged, target, _ in index.matches(person):
            if frozenset((merged.id, target.id)) in apart:
                continue
            into[merged.id] = target.id
            index.drop(merged)
            apart |= {(pair - {merged.id}) | {target.id} for pair in apart if merged.id in pair}
    return {merged: final_id(into, merged) for merged in into}


def final_id(into: dict[str, str], actor_id: str) -> str:
    while actor_id in into:
        actor_id = into[actor_id]
    return actor_id


class Index:
    """The stored people by first name, by surname, and surname-only entries by the word."""

    def __init__(self, people: list[Person], apart: set[frozenset[str]]) -> None:
        self.people = {p.id: p for p in people}
        self.apart = apart
        self.by_first: dict[str, list[Person]] = defaultdict(list)
        self.by_surname: dict[str, list[Person]] = defaultdict(list)
        self.bare: dict[str, list[Person]] = defaultdict(list)
        self.by_stem: dict[str, list[Person]] = defaultdict(list)
        for person in people:
            parts = person.parts
            if len(parts) == 1:
                self.bare[names.fold(parts[0])].append(person)
            elif parts:
                self.by_first[names.translit_key(names.given_name(parts[0]))].append(person)
                self.by_stem[_stem(parts[-1])].append(person)
                for word in names.surname_variants(person.name):
                    self.by_surname[word].append(person)

    def drop(self, person: Person) -> None:
        self.people.pop(person.id, None)

    def _live(self, found: list[Person], person: Person) -> list[Person]:
        return [p for p in found if p.id in self.people and p.id != person.id
                and frozenset((p.id, person.id)) not in self.apart]  # fmt: skip

    def matches(self, person: Person) -> list[tuple[Person, Person, str]]:
        """(merged, into, reason): the new person into a stored one, or stored surname-only
        entries into it."""
        parts = person.parts
        if not parts:
            return []
        if len(parts) == 1:
            into = self.one_bearer(person)
            return [(person, into, _surname_reason(person, into))] if into else []
        variant = self.spelling_of(person)
        if variant is not None:  # the less named joins the more named
            less, more = sorted((person, variant), key=lambda p: (p.mentions, p.id))
            reason = (f"spelling variant: same first name, {less.name!r} is spelled "
                      f"like {more.name!r}")  # fmt: skip
            return [(less, more, reason)]
        near = self.near_spelling_of(person)
        if near is not None:
            other, why = near
            less, more = sorted((person, other), key=lambda p: (p.mentions, p.id))
            return [(less, more, f"{why}: {less.name!r} is {more.name!r}")]
        found = []
        for word in names.surname_variants(person.name):
            for entry in self._live(self.bare.get(word, []), person):
                if self.one_bearer(entry) is person:
                    found.append((entry, person, _surname_reason(entry, person)))
        return found

    def spelling_of(self, person: Person) -> Person | None:
        """The stored person, most mentioned first, whose full name spells this one's."""
        first = names.translit_key(names.given_name(person.parts[0]))
        alike = [p for p in self._live(self.by_first.get(first, []), person)
                 if p.generation == person.generation and countries_agree(p.country, person.country)
                 and _middles_agree(p, person) and _same_name(p, person)]  # fmt: skip
        return max(alike, key=lambda p: (p.mentions, p.id), default=None)

    def near_spelling_of(self, person: Person) -> tuple[Person, str] | None:
        """The stored person whose full name this one's misspells or transliterates
        otherwise, with the reason: a slip in a long first name where no one else of the
        registry bears the surname ("Vladamir Putin"); or both names transliterated
        otherwise, of the same known country ("Alyaksandr Lukashenka", Belarusian, beside
        "Alexander Lukashenko"). Two first names of different sexes never."""
        surname, first = person.parts[-1], names.translit_key(person.parts[0])
        alike = [p for p in self._live(self.by_stem.get(_stem(surname), []), person)
                 if p.generation == person.generation and _middles_agree(p, person)
                 and names.similar(p.parts[-1], surname) and not _sexes_differ(p, person)]  # fmt: skip
        for other in sorted(alike, key=lambda p: (-p.mentions, p.id)):
            other_first = names.translit_key(other.parts[0])
            if other_first[:1] != first[:1]:
                continue
            closeness = fuzz.ratio(first, other_first)
            if names.fold(other.parts[-1]) == names.fold(surname):
                bearers = self._live(self.by_surname.get(names.fold(surname), []), person)
                if closeness >= SLIP_SCORE and len(first) >= 6 and bearers == [other] \
                        and countries_agree(other.country, person.country):
                    return other, "a slip in the first name of the one bearer of the surname"
            elif closeness >= TRANSLITERATION_SCORE and person.country and other.country == person.country:
                return other, f"first name and surname transliterated otherwise, both of {person.country}"
        return None

    def one_bearer(self, entry: Person) -> Person | None:
        """The one person with a full name of the surname-only `entry`'s country whose
        surname it is; None when there are none or several."""
        if entry.country is None:
            return None
        found = self._live(self.by_surname.get(names.fold(entry.parts[0]), []), entry)
        bearers = [p for p in found if p.country == entry.country and p.generation is None]
        if len(bearers) > 1 and entry.role:  # "President Reagan": Ronald, not Nancy
            bearers = [p for p in bearers if p.role == entry.role]
        return bearers[0] if len(bearers) == 1 else None


# How alike two first names must be (rapidfuzz ratio of their transliteration keys): a slip
# of a letter in a long name ("Vladamir": 88), another transliteration ("Alyaksandr" and
# "Alexander": 63; "Jose" and "Jorge", 67, are kept apart by their equal surname).
SLIP_SCORE = 85
TRANSLITERATION_SCORE = 60


def _stem(surname: str) -> str:
    """The key near spellings of a surname share: its transliteration's first four letters."""
    return names.translit_key(surname)[:4]


def _sexes_differ(a: Person, b: Person) -> bool:
    from eventscribe.actors.pronouns import first_name_sex

    sexes = {first_name_sex(a.name), first_name_sex(b.name)}
    return {"m", "f"} <= sexes


def named_together(con: duckdb.DuckDBPyConnection, a: str, b: str) -> bool:
    return bool(con.execute(
        "select exists (select 1 from mentions x join mentions y using (article_id) "
        "where x.actor_id = ? and y.actor_id = ?)", [a, b]).fetchall()[0][0])  # fmt: skip


def _same_name(a: Person, b: Person) -> bool:
    """First names one transliteration ("Sergei" = "Sergey") or one's short form ("Rick" =
    "Richard"), surnames spelled alike."""
    if names.person_key(a.name) == names.person_key(b.name):
        return True
    first_a, first_b = (names.translit_key(names.given_name(p.parts[0])) for p in (a, b))
    same_first = first_a == first_b
    return same_first and names.similar(a.parts[-1], b.parts[-1])


def _middles_agree(a: Person, b: Person) -> bool:
    """Middle names or initials, when both give them, are one's the other's: "George H.W.
    Bush" is not "George W. Bush" (father and son); "Sergey Ivanovich Kislyak" is "Sergey
    Kislyak"."""
    first, second = (names.fold("".join(p.parts[1:-1])) for p in (a, b))
    return not first or not second or first.startswith(second) or second.startswith(first)


def countries_agree(a: str | None, b: str | None) -> bool:
    """Two entries' countries: equal, or one of them unknown (also for organizations)."""
    return a is None or b is None or a == b


def _surname_reason(entry: Person, into: Person) -> str:
    return (f"surname alone: {into.name!r} is the one person of {entry.country} stored "
            f"with the surname {entry.name!r}")  # fmt: skip


def _apart(con: duckdb.DuckDBPyConnection) -> set[frozenset[str]]:
    found = con.execute(
        "select actor_id, into_id from actor_corrections where kind = 'apart'"
    ).fetchall()
    return {frozenset(pair) for pair in found}


# -- making and undoing a merge ----------------------------------------------------------------


def merge(con: duckdb.DuckDBPyConnection, merged: Person, into: Person, reason: str) -> Correction:
    """Merge `merged` into `into` as a recorded correction that can be undone."""
    articles = [r[0] for r in con.execute(
        "select distinct article_id from mentions where actor_id = ? order by 1", [merged.id]
    ).fetchall()]  # fmt: skip
    was = _actor_json(con, merged.id)
    correction = Correction("merge", merged.id, into.id, name=into.name, reason=reason)
    move_rows(con, correction)
    record(con, correction, articles, was)
    return correction


def note_articles(con: duckdb.DuckDBPyConnection, moved: dict[int, list[str]]) -> None:
    """Add the articles of a later batch that automatic merges moved (by correction id)."""
    for correction_id, article_ids in moved.items():
        con.execute(
            "update actor_corrections set articles = list_distinct(list_concat(articles, ?)) "
            "where id = ?",
            [article_ids, correction_id],
        ).fetchall()  # read to the end: the writer's next statement needs a free connection


def automatic_merge(con: duckdb.DuckDBPyConnection, into_id: str, actor_id: str) -> Any:
    """The recorded automatic merge of `actor_id` into `into_id`: (id, articles, was)."""
    found = con.execute(
        "select id, articles, was from actor_corrections where kind = 'merge' "
        "and actor_id = ? and into_id = ? and reason is not null order by id desc limit 1",
        [actor_id, into_id],
    ).fetchall()
    return found[0] if found else None


def unmerge(con: duckdb.DuckDBPyConnection, into_id: str, actor_id: str) -> dict[str, int]:
    """Undo the automatic merge of `actor_id` into `into_id`: the rows of its articles go
    back to it, its registry row is restored, and the pair is kept apart from now on."""
    correction_id, articles, was = automatic_merge(con, into_id, actor_id)
    articles = list(articles or [])
    _restore_actor(con, json.loads(was))
    touched = _touched_clusters(con, into_id, articles)
    moved = {
        "forms": _move_forms_back(con, into_id, actor_id, articles),
        "roles": _move_roles_back(con, into_id, actor_id, articles),
        "mentions": con.execute(
            "update mentions set actor_id = ? where actor_id = ? and article_id in "
            "(select unnest(?))",
            [actor_id, into_id, articles],
        ).fetchone()[0],  # fmt: skip
        "events": _move_events_back(con, into_id, actor_id, articles),
    }
    refresh(con, touched)
    con.execute("delete from actor_corrections where id = ?", [correction_id])
    record(con, Correction("apart", actor_id, into_id, reason="automatic merge undone"))
    return moved


def _actor_json(con: duckdb.DuckDBPyConnection, actor_id: str) -> str:
    cursor = con.execute("select * from actors where id = ?", [actor_id])
    keys = [d[0] for d in cursor.description]
    return json.dumps(dict(zip(keys, cursor.fetchone(), strict=True)), default=str)


def _restore_actor(con: duckdb.DuckDBPyConnection, row: dict[str, Any]) -> None:
    keys = list(row)
    con.execute(
        f"insert or replace into actors ({', '.join(keys)}) values ({', '.join('?' * len(keys))})",
        [row[k] for k in keys],
    )


def _move_forms_back(
    con: duckdb.DuckDBPyConnection, into_id: str, actor_id: str, articles: list[str]
) -> int:
    """The spellings the articles' mentions gave: their counts go back to `actor_id`."""
    counts = con.execute(
        "select m.text, count(*) from mentions m join actor_forms f "
        "on f.actor_id = m.actor_id and f.form = m.text "
        "where m.actor_id = ? and m.article_id in (select unnest(?)) group by 1",
        [into_id, articles],
    ).fetchall()
    for form, count in counts:
        con.execute('update actor_forms set "count" = "count" - ? where actor_id = ? and form = ?',
                    [count, into_id, form])  # fmt: skip
        con.execute(
            "insert into actor_forms values (?, ?, ?) on conflict (actor_id, form) "
            'do update set "count" = actor_forms."count" + excluded."count"',
            [actor_id, form, count],
        )
    con.execute('delete from actor_forms where actor_id = ? and "count" <= 0', [into_id])
    return len(counts)


def _move_roles_back(
    con: duckdb.DuckDBPyConnection, into_id: str, actor_id: str, articles: list[str]
) -> int:
    found = con.execute(
        "select * from actor_roles where actor_id = ? and article_id in (select unnest(?))",
        [into_id, articles],
    )
    keys = [d[0] for d in found.description]
    moving = [dict(zip(keys, r, strict=True)) for r in found.fetchall()]
    for row in moving:
        role = Role(row["title"], row["country"], row["sector"], row["code"])
        con.execute("update actor_roles set actor_id = ?, id = ? where id = ?",
                    [actor_id, rows.role_key(actor_id, role), row["id"]])  # fmt: skip
    return len(moving)


def _move_events_back(
    con: duckdb.DuckDBPyConnection, into_id: str, actor_id: str, articles: list[str]
) -> int:
    name = con.execute("select name from actors where id = ?", [actor_id]).fetchone()[0]
    moved = 0
    for side in SIDES:
        moved += con.execute(
            f"update events set {side}_actor_id = ?, {side}_name = ? "
            f"where {side}_actor_id = ? and article_id in (select unnest(?))",
            [actor_id, name, into_id, articles],
        ).fetchone()[0]
    return moved


def _touched_clusters(
    con: duckdb.DuckDBPyConnection, into_id: str, articles: list[str]
) -> set[str]:
    found = con.execute(
        "select distinct cluster_id from events where cluster_id is not null "
        "and article_id in (select unnest(?)) and (source_actor_id = ? or target_actor_id = ?)",
        [articles, into_id, into_id],
    ).fetchall()
    return {r[0] for r in found}


def moved_by_merges(
    batch: list[Any], corrections: list[Correction], ids: dict[str, str]
) -> dict[int, list[str]]:
    """Per automatic merge (correction id), the stored ids of the batch's articles that name
    the merged actor: the articles it moves when the batch is stored."""
    moved: dict[int, list[str]] = defaultdict(list)
    for correction in corrections:
        if correction.reason is None or correction.kind != "merge" or correction.id is None:
            continue
        for article in batch:
            if correction.actor_id in article.actors and article.id in ids:
                moved[correction.id].append(ids[article.id])
    return dict(moved)
