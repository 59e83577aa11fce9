"""Actors in the states of their day: in a 1987 article, "Moscow said" and "Soviet
officials" are the Soviet Union (SUN), not today's Russia; Belgrade is Yugoslavia (YUG),
Prague Czechoslovakia (CSK). A republic named as a country ("Ukraine", "Croatia") stays
itself; its officials, people and bodies are the union's.

The resolver knows today's countries (Moscow is the seat of Russia's government). After it
has run, every actor of a country that on the article's date lay whole inside a former state
takes that state's code: its country, CAMEO code, id ("country:RUS" -> "country:SUN"), name
and roles. The rules are the place stage's (`data/places/historical_countries.tsv`), only
those that cover a whole country: West Germany keeps DEU (the Federal Republic continued as
today's Germany; the registry dates it by its roles' dates), and East Germany is DDR by its
own names ("East German", "East Berlin"), not by a rule on today's Germany.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import lru_cache

from eventscribe.actors import knowledge
from eventscribe.actors.nations import country_name
from eventscribe.actors.rekey import rename_actors
from eventscribe.article import Actor, ActorRef, Article


@lru_cache(maxsize=1)
def whole_country_rules() -> dict[str, tuple[str, dt.date]]:
    """Today's iso3 -> (the former state it lay in, the first day it no longer did)."""
    from eventscribe.where.history import historical_rules

    return {iso3: rule for (iso3, admin1), rule in historical_rules().items() if not admin1}


def state_of_its_day(country: str | None, day: dt.date | None) -> str | None:
    """The code of the state `country` lay in on `day`: "RUS" in 1987 is "SUN"."""
    if country is None or day is None:
        return country
    rule = whole_country_rules().get(country)
    return rule[0] if rule is not None and day < rule[1] else country


def ref_of_its_day(ref: ActorRef | None, day: dt.date | None) -> ActorRef | None:
    """A country the coder names by a place ("back from Moscow" in 1987) as the state of
    its day (the Soviet Union); a republic named by its own name stays itself."""
    if ref is None or ref.id != f"country:{ref.country}":
        return ref
    state = state_of_its_day(ref.country, day)
    named = knowledge.country_by_name(ref.text)
    if state == ref.country or named is not None and named.iso3 == ref.country:
        return ref
    return dataclasses.replace(ref, id=f"country:{state}", country=state, code=state,
                               name=country_name(state))  # fmt: skip


def restate_actors(article: Article) -> None:
    """Give the article's actors the states of the article's day (ids, mentions, roles)."""
    day = article.published
    renamed: dict[str, str] = {}
    for old_id, actor in list(article.actors.items()):
        state = state_of_its_day(actor.country, day)
        if state != actor.country and actor.kind == "country" and not _seat_of(state, actor):
            state = actor.country  # "Ukraine", "Croatia": a republic named, not the union
        if state == actor.country or actor.country is None:
            _restate_roles(actor, day)
            continue
        new_id = _restated_id(actor, actor.country, state)
        _restate(actor, actor.country, state)
        _restate_roles(actor, day)
        if new_id != old_id:
            renamed[old_id] = new_id
    rename_actors(article, renamed)


def _seat_of(state: str | None, actor: Actor) -> bool:
    """Whether the actor's country holds the former state's seat (Russia held Moscow)."""
    former = knowledge.country(state) if state else None
    seat = knowledge.seat_of_government(former.capital) if former and former.capital else None
    return seat is not None and seat[0] == actor.country


def _restate(actor: Actor, today: str, state: str) -> None:
    actor.country = state
    if actor.code and actor.code.startswith(today):
        actor.code = state + actor.code[len(today) :]
    old_name, new_name = country_name(today), country_name(state)
    if actor.kind != "person" and actor.name.startswith(old_name):
        actor.name = new_name + actor.name[len(old_name) :]


def _restate_roles(actor: Actor, day: dt.date | None) -> None:
    for role in actor.roles:
        state = state_of_its_day(role.country, day)
        if state != role.country and role.country is not None:
            if role.code and role.code.startswith(role.country):
                role.code = state + role.code[len(role.country) :]
            role.country = state


def _restated_id(actor: Actor, today: str, state: str) -> str:
    """ "country:RUS" -> "country:SUN", "sector:RUS:GOV" -> "sector:SUN:GOV", "body:rus:x" ->
    "body:sun:x"; people and organizations keep theirs (one person across the change)."""
    kind, _, rest = actor.id.partition(":")
    if kind == "country" and rest == today:
        return f"country:{state}"
    if kind == "sector" and rest.startswith(f"{today}:"):
        return f"sector:{state}:{rest[len(today) + 1 :]}"
    if kind == "body" and rest.startswith(f"{today.lower()}:"):
        return f"body:{state.lower()}:{rest[len(today) + 1 :]}"
    return actor.id
