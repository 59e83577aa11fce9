"""The unnamed side of an act of force, taken from the war the article reports."""

from __future__ import annotations

from eventscribe.api import process
from eventscribe.article import ActorRef, Event
from eventscribe.coding.participants import country_ref
from eventscribe.coding.sides import name_state_side, name_unnamed_sides


def _act(code: str, source: str | None, target: str | None) -> Event:
    side = lambda iso3: country_ref(iso3, iso3, 0, 3) if iso3 else None  # noqa: E731
    return Event(sentence=0, cameo=code, source=side(source), target=side(target), trigger="hit",
                 trigger_start=10, trigger_end=13)  # fmt: skip


def _sides(events: list[Event]) -> list[tuple]:
    name_unnamed_sides(events)
    return [(e.source and e.source.country, e.target and e.target.country) for e in events]


def test_the_only_opponent_of_a_war_report_is_the_unnamed_side():
    events = [_act("195", "ARM", "AZE"), _act("190", "AZE", "ARM"), _act("190", None, "AZE"),
              _act("194", "ARM", None)]  # fmt: skip
    assert _sides(events)[2:] == [("ARM", "AZE"), ("ARM", "AZE")]


def test_one_act_or_two_opponents_leave_the_side_unknown():
    assert _sides([_act("195", "USA", "SYR"), _act("190", None, "SYR")])[1] == (None, "SYR")
    two = [_act("190", "ETH", "ERI"), _act("190", "ERI", "ETH"), _act("190", "SDN", "ETH"),
           _act("190", "SDN", "ETH"), _act("190", None, "ETH")]  # fmt: skip
    assert _sides(two)[-1] == (None, "ETH")


def test_acts_other_than_force_take_no_side():
    events = [_act("190", "ARM", "AZE"), _act("190", "AZE", "ARM"), _act("111", None, "AZE")]
    assert _sides(events)[2] == (None, "AZE")


def test_a_tanker_attacked_in_a_report_of_a_tanker_war_was_attacked_by_the_other_side():
    text = (
        "Iraqi warplanes attacked Iranian oil installations on Kharg Island on Monday. "
        "Iraqi jets also struck an Iranian frigate in the Gulf, the Iraqi command said. "
        "An Iranian tanker was attacked on Tuesday, shipping sources said."
    )
    hit = [e for e in process(text, "1987-03-25").events if e["evidence"]["sentence"].startswith("An Iranian tanker")]
    assert hit and hit[0]["source"]["country"] == "IRQ" and hit[0]["target"]["country"] == "IRN"


def test_a_side_named_without_its_country_is_the_opponents():
    events = [_act("190", "IRQ", "IRN"), _act("190", "IRN", "IRQ"), _act("195", "IRQ", None)]
    events[2].target = ActorRef(id="sector:X:MIL", name="military", country=None, sector="MIL",
                                text="military targets", start=0, end=16, code="MIL")  # fmt: skip
    name_unnamed_sides(events)
    assert (events[2].target.country, events[2].target.sector) == ("IRN", "MIL")


def _rebels(iso3: str) -> ActorRef:
    return ActorRef(id=f"sector:{iso3}:REB", name="rebels", country=iso3, sector="REB", text="rebels",
                    start=0, end=6, code=f"{iso3}REB")  # fmt: skip


def test_rebels_in_a_fight_with_no_other_side_fight_their_states_forces():
    fight = Event(sentence=0, cameo="193", source=None, target=_rebels("COL"), trigger="gun battle",
                  trigger_start=10, trigger_end=20)  # fmt: skip
    name_state_side(fight)
    assert (fight.source.country, fight.source.sector) == ("COL", "MIL")
    # an air strike or an act of another kind names no fight both sides waged
    strike = Event(sentence=0, cameo="195", source=None, target=_rebels("COL"), trigger="air strike",
                   trigger_start=10, trigger_end=20)  # fmt: skip
    name_state_side(strike)
    assert strike.source is None


def test_rebels_killed_in_a_gun_battle_fought_the_army():
    events = process("Eight rebels were killed in a gun battle in northern Colombia, an army spokesman said.",
                     "2024-03-10").events  # fmt: skip
    fights = [e for e in events if e["cameo"][:2] == "19"]
    assert fights and fights[0]["source"]["code"] == "COLMIL"
