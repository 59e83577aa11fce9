"""State bodies, titles and historical states named the way news names them."""

from __future__ import annotations

import pytest

from eventscribe.api import process

pytestmark = pytest.mark.slow


def _actors(text: str, date: str = "2017-12-01") -> dict:
    return {a.name: a for a in process(text, date).article.actors.values()}


def test_a_name_with_of_inside_is_one_body_of_its_country():
    found = _actors("The Canadian House of Commons Finance Committee summoned the bank's chief.")
    body = found["Canadian House of Commons Finance Committee"]
    assert (body.country, body.sector) == ("CAN", "LEG")


def test_a_committee_of_a_chamber_is_of_the_datelines_country():
    found = _actors("OTTAWA (Reuters) - The Senate Banking Committee summoned the bank's chief.")
    body = found["Senate Banking Committee"]
    assert (body.country, body.sector) == ("CAN", "LEG")


def test_representative_and_lawyer_are_titles():
    found = _actors(
        "Representative Mary Stone said on Tuesday she would vote against the bill, "
        "her lawyer Tom Kale said."
    )
    assert found["Mary Stone"].sector == "LEG"
    assert found["Tom Kale"].sector == "JUD"


def test_historical_states_are_their_own_countries():
    found = _actors("The Soviet Union and East Germany signed a trade pact with Czechoslovakia.",
                    "1987-04-01")  # fmt: skip
    assert {a.country for a in found.values()} >= {"SUN", "DDR", "CSK"}
    west = _actors("West German prosecutors charged the banker on Friday.", "1987-04-01")
    assert any(a.country == "DEU" for a in west.values())


def test_a_country_or_capital_the_tagger_calls_a_person_is_no_person():
    found = _actors("CHILE SAYS IT HELD TALKS WITH ARGENTINA ON COPPER", "1987-04-01")
    assert all(a.kind != "person" for a in found.values())
    assert any(a.country == "CHL" for a in found.values())


def test_a_portfolio_before_a_ministers_title_is_no_party():
    found = _actors("Labour Minister Anne Fortin announced a mediator on Monday.")
    assert found["Anne Fortin"].sector == "GOV"
    assert found["Anne Fortin"].country != "GBR"


def test_a_programme_or_status_is_no_organisation():
    found = _actors("The United States offered Temporary Protected Status to Haitians in 2010.")
    assert "Temporary Protected Status" not in found


def test_the_pope_is_the_holy_sees_head_and_his_regnal_number_is_no_name():
    found = _actors("Pope Francis criticised the decision on Sunday.", "2017-12-22")
    assert (found["Francis"].country, found["Francis"].role) == ("VAT", "pope")
    found = _actors("Pope John Paul began a tour of Argentina on Monday.", "1987-04-06")
    assert found["John Paul"].country == "VAT"


@pytest.mark.slow
def test_a_body_within_a_named_national_body_takes_its_country():
    import eventscribe

    found = {m.text: m.actor_id for m in eventscribe.process(
        "The Kenyan Senate committee questioned the minister on Monday.", "2024-06-03").article.mentions}  # fmt: skip
    assert found["Kenyan Senate committee"].startswith("body:ken:")


def test_a_chambers_full_name_and_its_word_alone_are_one_body():
    """Across stories too: one says "the House of Representatives", the next "the House"."""
    first = process("WASHINGTON (Reuters) - The U.S. House of Representatives voted on Monday.")
    second = process("WASHINGTON (Reuters) - The House voted on Tuesday.", "2017-12-02")
    ids = [{m.actor_id for m in r.article.mentions if "House" in m.text} for r in (first, second)]
    assert ids == [{"body:usa:house"}, {"body:usa:house"}]


def _ids(text: str) -> set[str]:
    return {a.id for a in process(text, "2019-03-01").article.actors.values()}


def test_a_countrys_government_is_one_actor_however_capitalised():
    text = "The Kenyan Government denied the claim. The Kenyan government said it would appeal."
    assert _ids(text) == {"sector:KEN:GOV"}


def test_capitalised_forces_and_police_are_the_countrys_collectives():
    assert _ids("Ugandan Police arrested the singer on Monday.") == {"sector:UGA:COP"}
    assert _ids("Chad Armed Forces shelled the town on Monday.") == {"sector:TCD:MIL"}


def test_a_named_army_or_a_service_stays_itself():
    assert _ids("The Free Syrian Army shelled the town.") == {"org:free-syrian-army"}
    assert "body:usa:navy" in _ids("The U.S. Navy sent a destroyer.")


def test_a_collective_of_a_country_is_that_countrys():
    assert _ids("The government of Chad accused Sudan of arming the rebels.") >= {"sector:TCD:GOV"}
    assert _ids("Officials from Serbia met officials of Kosovo in Brussels.") >= {
        "sector:SRB:GOV", "sector:XKX:GOV"}  # fmt: skip
    assert "org:hamas" in _ids("Representatives of Hamas met Egyptian officials.")  # a group's


def test_one_persons_post_of_a_country_is_no_collective():
    assert "sector:TCD:GOV" not in _ids("The president of Chad met Sudan's army chief.")
