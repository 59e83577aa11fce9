"""Suspect entries of the actor registry, for an analyst to fix with `actors merge`/`split`.

Each check is one rule, applied to the stored registry (actors, their spellings, roles and
mentions), and names the problem it found:

- `surname seen once`: a person known by one word, with no role, named in one article only
  (too little to tell who it is);
- `place as actor`: a person or organisation named like a sizeable place ("Kyiv", "Crimea");
- `headline words`: a person or organisation named in capitals of several words;
- `named like a person`: an organisation whose name begins with a first name of a stored person;
- `several countries`: a person or organisation whose roles give more than one country;
- `spelling of another entity`: a spelling of a person or organisation that names a country,
  or a spelling of a country that is neither its name, demonym nor seat ("Latin America").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from eventscribe.actors import knowledge, names
from eventscribe.actors.nations import is_place_name

Row = dict[str, Any]
ONE_PARTY = ("person", "organization")

ACTORS = """
    select a.id, a.name, a.kind, a.country, a.role,
           coalesce(f.mentions, 0)::integer as mentions, coalesce(m.articles, 0)::integer as articles,
           coalesce(r.countries, []) as countries, coalesce(f.forms, []) as forms
    from actors a
    left join (select actor_id, sum(count) as mentions, list(form order by count desc) as forms
               from actor_forms group by 1) f on f.actor_id = a.id
    left join (select actor_id, count(distinct article_id) as articles
               from mentions group by 1) m on m.actor_id = a.id
    left join (select actor_id, list(distinct country order by country) as countries
               from actor_roles where country is not null group by 1) r on r.actor_id = a.id
"""


@dataclass(frozen=True, slots=True)
class Finding:
    actor: Row
    problem: str
    detail: str

    def row(self) -> Row:
        keys = ("id", "name", "kind", "country", "mentions")
        return {**{k: self.actor[k] for k in keys}, "problem": self.problem, "detail": self.detail}


def audit(con: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[Row]:
    """The suspect actors, most mentioned first, one row per problem found."""
    cursor = con.execute(ACTORS)
    keys = [d[0] for d in cursor.description]
    actors = [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]
    first_names = _first_names(actors)
    checks: list[Callable[[Row], Iterator[Finding]]] = [
        _surname_seen_once, _place_as_actor, _headline_words,
        lambda a: _named_like_a_person(a, first_names), _several_countries, _other_entities,
    ]  # fmt: skip
    found = [f for actor in actors for check in checks for f in check(actor)]
    found.sort(key=lambda f: (-f.actor["mentions"], f.actor["id"], f.problem))
    return [f.row() for f in found[:limit]]


def _surname_seen_once(actor: Row) -> Iterator[Finding]:
    alone = actor["role"] is None and actor["articles"] <= 1
    if actor["kind"] == "person" and alone and len(names.name_parts(actor["name"])) == 1:
        yield Finding(actor, "surname seen once", "one word, no role, one article")


def _place_as_actor(actor: Row) -> Iterator[Finding]:
    name = actor["name"]
    acronym = name.isupper() and " " not in name  # "IRNA" is an agency, whatever a map says
    if actor["kind"] in ONE_PARTY and not acronym and is_place_name(name):
        yield Finding(actor, "place as actor", f"{actor['name']!r} is a place's name")


def _headline_words(actor: Row) -> Iterator[Finding]:
    name = actor["name"]
    if actor["kind"] in ONE_PARTY and name.isupper() and len(name.split()) >= 2:
        yield Finding(actor, "headline words", "a name in capitals of several words")


def _first_names(actors: list[Row]) -> frozenset[str]:
    """First names of the stored people with a full name, seen in two articles or more."""
    found = set()
    for actor in actors:
        parts = names.name_parts(actor["name"]) if actor["kind"] == "person" else []
        if len(parts) >= 2 and actor["articles"] >= 2 and len(names.fold(parts[0])) > 2:
            found.add(names.fold(parts[0]))
    return frozenset(found)


def _named_like_a_person(actor: Row, first_names: frozenset[str]) -> Iterator[Finding]:
    words = actor["name"].split()
    if actor["kind"] != "organization" or not 2 <= len(words) <= 3:
        return
    if all(w[:1].isupper() and not w.isupper() for w in words) and (
        names.fold(words[0]) in first_names
    ):
        yield Finding(actor, "named like a person", f"{words[0]!r} is a stored person's first name")


def _several_countries(actor: Row) -> Iterator[Finding]:
    countries = [c for c in actor["countries"] if c not in ("IGO", "NGO")]
    if actor["kind"] in (*ONE_PARTY, "body") and len(countries) > 1:
        yield Finding(actor, "several countries", "roles of " + ", ".join(countries))


def _other_entities(actor: Row) -> Iterator[Finding]:
    strays = defaultdict(list)
    for form in actor["forms"]:
        other = _entity_of(form)
        if actor["kind"] == "country":
            if not _names_country(form, actor["country"]):
                strays["not its name"].append(form)
        elif other is not None and actor["kind"] in ONE_PARTY:
            strays[other].append(form)
    for entity, forms in strays.items():
        shown = ", ".join(repr(f) for f in forms[:5])
        yield Finding(actor, "spelling of another entity", f"{entity}: {shown}")


def _entity_of(form: str) -> str | None:
    country = knowledge.country_by_name(form)
    return f"country:{country.iso3}" if country is not None else None


def _names_country(form: str, iso3: str | None) -> bool:
    """A country's own spelling: a name or demonym of it, its seat, or words holding one
    ("U.S. officials"), in any case."""
    if iso3 is None:
        return True
    if _names_it(form, iso3):
        return True
    if is_place_name(form):  # "Latin America", "San Francisco": a place, no name of it
        return False
    words = form.replace("'s", "").split()
    runs = (" ".join(words[a:b]) for a in range(len(words)) for b in range(len(words), a, -1))
    return any(_names_it(text, iso3) for text in runs)


def _names_it(text: str, iso3: str) -> bool:
    """The words name the country or its seat, as written or title-cased ("IRAN")."""
    for written in {text, text.title()}:
        found, seat = knowledge.country_by_name(written), knowledge.seat_of_government(written)
        if (found is not None and found.iso3 == iso3) or (seat is not None and seat[0] == iso3):
            return True
    return False
