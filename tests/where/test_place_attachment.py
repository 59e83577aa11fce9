"""An event's own place (issue 19): what its predicate governs, the dateline only for local
news, never another place of the sentence or the target's country by default."""

from __future__ import annotations

import pytest

from eventscribe.article import ActorRef, Article, Event, Paragraph, Place
from eventscribe.parse import ParseStage
from eventscribe.settings import Settings
from eventscribe.where.attach import dateline_is_local
from eventscribe.where.stage import PlaceStage


def _article(lines: list[str], dateline: str | None = None) -> Article:
    article = Article(id="test", text="\n".join(lines), dateline=dateline)
    start = 0
    for line in lines:
        article.paragraphs.append(Paragraph(start, start + len(line)))
        start += len(line) + 1
    return ParseStage(Settings())(article)


def _actor(text: str, country: str | None, at: int = 0) -> ActorRef:
    return ActorRef(f"x:{text}", text, country, None, text, at, at + len(text))


def _place(lines, trigger, cameo="040", dateline=None, source=None, target=None):
    article = _article(lines, dateline)
    at = article.text.index(trigger)
    sentence = next(s for s in article.sentences if s.start <= at < s.end)
    event = Event(sentence.index, cameo, source, target, trigger, at, at + len(trigger))
    article.events = [event]
    return PlaceStage(Settings())(article).events[0].place


def test_a_meeting_is_where_it_met_not_where_the_sentence_looks(nlp):
    place = _place(["The ministers met in Munich on Friday to discuss the war in Syria."], "met")
    assert place is not None and place.name == "Munich"


def test_the_addressee_of_a_warning_is_no_place(nlp):
    assert _place(["The minister warned the United States against any move."], "warned") is None


def test_an_invitation_to_two_countries_is_placed_in_neither(nlp):
    place = _place(["The alliance invited Finland and Sweden to join."], "invited", "043")
    assert place is None


def test_a_struck_town_is_where_the_strike_happened(nlp):
    place = _place(["Troops stormed Mosul overnight."], "stormed", "190")
    assert place is not None and place.country == "IRQ"
    assert _place(["Troops stormed Mosul overnight."], "stormed", "040") is None


def test_a_digest_paragraph_has_its_own_dateline(nlp):
    lines = ["BEIRUT - Rescue workers waited all day.", "OSLO - Strikers marched to the port."]
    place = _place(lines, "marched", "141", dateline="BEIRUT")
    assert place is not None and place.name == "Oslo"


def test_a_foreign_speaker_is_not_placed_at_the_dateline(nlp):
    text = "The Iranian government said the talks had failed."
    source = _actor("The Iranian government", "IRN")
    assert _place([text], "said", "010", dateline="BAGHDAD", source=source) is None
    local = _actor("The Iranian government", "IRQ")
    place = _place([text], "said", "010", dateline="BAGHDAD", source=local)
    assert place is not None and place.country == "IRQ"


def test_a_material_act_abroad_is_not_local_news():
    home = Place("Baghdad", "IRQ")
    strike = Event(0, "195", _actor("jets", "IRQ"), _actor("Iran", "IRN"), "struck", 0, 6)
    assert not dateline_is_local(strike, home, [])
    speech = Event(0, "010", _actor("minister", "IRQ"), _actor("Iran", "IRN"), "said", 0, 4)
    assert dateline_is_local(speech, home, [Place("Tehran", "IRN")])
    riot = Event(0, "145", _actor("prisoners", None), None, "rioted", 0, 6)
    assert not dateline_is_local(riot, home, [Place("Tehran", "IRN")])
    assert dateline_is_local(riot, home, [Place("Basra", "IRQ")])


def test_a_visitor_meets_its_host_at_the_dateline():
    home = Place("Hanoi", "VNM")
    visit = Event(0, "042", _actor("president", "FRA"), _actor("Vietnam", "VNM"), "met", 0, 3)
    assert dateline_is_local(visit, home, [])
    visit.modality = "intended"  # "will meet": where is not yet told
    assert not dateline_is_local(visit, home, [])
    talk = Event(0, "010", _actor("president", "FRA"), _actor("Vietnam", "VNM"), "said", 0, 4)
    assert not dateline_is_local(talk, home, [])


def test_a_deed_on_a_foreign_force_is_not_local_news():
    """ "BAGHDAD - troops were pursuing retreating Iranian units": at the front. Words
    about a foreign army are still said at the dateline."""
    home = Place("Baghdad", "IRQ")
    units = ActorRef("x:units", "Iran military", "IRN", "MIL", "units", 0, 5)
    retreat = Event(0, "0874", _actor("troops", "IRQ"), units, "retreating", 0, 10)
    assert not dateline_is_local(retreat, home, [])
    warning = Event(0, "130", _actor("minister", "IRQ"), units, "warned", 0, 6)
    assert dateline_is_local(warning, home, [])


def test_coordinated_verbs_share_the_clause_place(nlp):
    lines = ["Police fired on the crowd and arrested twelve people in Dhaka."]
    place = _place(lines, "fired", "180")
    assert place is not None and place.name == "Dhaka"


def test_a_headline_is_one_clause(nlp):
    place = _place(["Four killed, dozens injured in clashes with police in Bangladesh"],
                   "killed", "190")  # fmt: skip
    assert place is not None and place.country == "BGD"


def test_a_known_lower_case_name_of_two_words_is_a_place(nlp):
    lines = ["Figueroa's office confirmed the bank president had travelled to mexico city."]
    place = _place(lines, "travelled", "042")
    assert place is not None and place.name == "Mexico City"


def test_a_name_the_tagger_cut_short_is_the_longer_name(nlp):
    place = _place(["Militia clashes kill 10 in east DR Congo"], "kill", "190")
    assert place is not None and place.country == "COD"


def test_the_north_of_a_country_is_its_northern_part(nlp):
    place = _place(["Rebels attacked a village in the north of Mali on Monday."], "attacked", "190")
    assert place is not None and (place.country, place.precision) == ("MLI", "region")


def test_the_place_of_another_act_is_not_this_ones(nlp):
    text = "The Senate on Tuesday backed the president's strike against targets in the Gulf."
    article = _article([text])
    backed, strike = text.index("backed"), text.index("strike")
    article.events = [
        Event(0, "051", None, None, "backed", backed, backed + 6),
        Event(0, "190", None, None, "strike", strike, strike + 6),
    ]
    placed = PlaceStage(Settings())(article).events
    assert placed[0].place is None
    assert placed[1].place is not None and placed[1].place.name == "Persian Gulf"


def test_a_country_toured_is_the_datelines_city_in_it(nlp):
    lines = ["BUENOS AIRES - The Pope, starting a one-week tour of Argentina, met bishops."]
    source = _actor("The Pope", "VAT", lines[0].index("The Pope"))
    place = _place(lines, "starting", "042", dateline="BUENOS AIRES", source=source)
    assert place is not None and place.name == "Buenos Aires"


def test_a_country_visited_is_where_the_visit_happened(nlp):
    lines = ["OTTAWA - The trade minister visited Chile last month and signed two accords."]
    source = _actor("The trade minister", "CAN", lines[0].index("The trade minister"))
    place = _place(lines, "visited", "042", dateline="OTTAWA", source=source)
    assert place is not None and place.country == "CHL"


def test_a_return_told_as_a_visit_is_where_the_traveller_came_back_from(nlp):
    lines = ["The farm minister spoke on his return to Nairobi from Beijing on Monday."]
    source = _actor("The farm minister", "KEN")
    place = _place(lines, "return", "042", source=source)
    assert place is not None and place.name == "Beijing"
    said = _place(lines, "spoke", "010", source=source)  # the talk is not in Beijing
    assert said is None or said.name != "Beijing"


def test_the_north_of_the_texts_only_country(nlp):
    lines = ["Burkina Faso: two dead in an armed attack in the North"]
    place = _place(lines, "attack", "190")
    assert place is not None and (place.name, place.precision) == (
        "northern Burkina Faso",
        "region",
    )


def test_a_traveller_speaks_where_it_travelled(nlp):
    lines = [
        "SEOUL - The defector made his first visit to Washington this week.",
        "The defector told the committee that talks were needed.",
    ]
    article = _article(lines, dateline="SEOUL")
    visit, told = article.text.index("visit"), article.text.index("told")
    defector = _actor("The defector", "PRK", 8)
    article.events = [
        Event(0, "042", defector, None, "visit", visit, visit + 5),
        Event(1, "026", defector, None, "told", told, told + 4),
    ]
    placed = PlaceStage(Settings())(article).events
    assert [e.place.name if e.place else None for e in placed] == ["Washington", "Washington"]


def test_the_city_of_a_name_is_the_city_and_its_state_the_state(nlp):
    text = "A car bomb exploded near a police station in the southern city of Kandahar."
    place = _place([text], "exploded", "183")
    assert place is not None and (place.name, place.precision) == ("Kandahar", "city")
    text = "Gunmen abducted 20 students from a school in Kaduna state on Wednesday."
    place = _place([text], "abducted", "181")
    assert place is not None and (place.country, place.precision) == ("NGA", "region")


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "field", "value"),
    [
        pytest.param(
            "The envoy travelled to Vienna for the talks.",
            "travelled",
            "042",
            "name",
            "Vienna",
            id="the_destination_of_a_journey_is_its_place",
        ),
        pytest.param(
            "Suicide bombers kill four in NE Nigeria: vigilantes",
            "kill",
            "190",
            "name",
            "northeastern Nigeria",
            id="a_direction_and_a_name_the_tagger_split_are_one_place",
        ),
        pytest.param(
            "Officials blamed rebels for the Kandahar bombing.",
            "bombing",
            "190",
            "name",
            "Kandahar",
            id="a_place_naming_the_act_is_its_place",
        ),
        pytest.param(
            "Boko Haram gunmen kill 4, Borno",
            "kill",
            "190",
            "name",
            "Borno",
            id="a_headline_tags_its_place_after_a_comma",
        ),
        pytest.param(
            "Baghdad market hit by car bomb attack",
            "hit",
            "190",
            "name",
            "Baghdad",
            id="a_site_named_in_a_headline_places_the_strike",
        ),
        pytest.param(
            "Bourzanga: three civilians killed in Kourao",
            "killed",
            "190",
            "name",
            "Bourzanga",
            id="a_headline_label_names_the_place",
        ),
        pytest.param(
            "Two leaders killed in Mosul - Iranian TV",
            "killed",
            "190",
            "name",
            "Mosul",
            id="the_source_after_a_dash_is_not_part_of_the_place",
        ),
        pytest.param(
            "Rebels attacked a village in the northern part of Mali.",
            "attacked",
            "190",
            "name",
            "northern Mali",
            id="the_northern_part_of_a_country",
        ),
        pytest.param(
            "Two men were killed in the Mariano Escobedo in Morelia.",
            "killed",
            "190",
            "name",
            "Morelia",
            id="a_namesake_far_from_the_place_it_is_said_to_be_in_gives_way",
        ),
        pytest.param(
            "Burkina Faso: nine villagers killed in an attack in Tinsouka in the east of the country",
            "attack",
            "190",
            "name",
            "eastern Burkina Faso",
            id="an_unknown_village_gives_way_to_the_part_of_the_country_named_after_it",
        ),
        pytest.param(
            "Burkina: police neutralize two assailants in Gorom-Gorom",
            "neutralize",
            "190",
            "name",
            "Gorom-Gorom",
            id="a_hyphened_town_after_in",
        ),
        pytest.param(
            "Investigators examined the attack on the town of Khan Sheikhoun that killed dozens.",
            "killed",
            "190",
            "country",
            "SYR",
            id="a_relative_clause_happens_where_its_antecedent_is",
        ),
        pytest.param(
            "The president ordered air strikes on a Syrian air base.",
            "strikes",
            "195",
            "country",
            "SYR",
            id="a_demonym_and_a_facility_name_the_country",
        ),
        pytest.param(
            "The minister will present a plan at talks with Norway in Vienna on Friday.",
            "present",
            "036",
            "name",
            "Vienna",
            id="talks_with_a_country_are_where_they_are_held_not_in_that_country",
        ),
        pytest.param(
            "The committee approved ten mln dlrs in economic aid for the Philippines.",
            "approved",
            "071",
            "name",
            None,
            id="what_aid_is_for_is_no_place",
        ),
        pytest.param(
            "Lawmakers pressed the regulator over the Ontario licensing deal.",
            "pressed",
            "090",
            "name",
            None,
            id="a_place_qualifying_what_a_dispute_is_over_is_no_place",
        ),
        pytest.param(
            "Drones flew over Kabul on Monday.", "flew", "150", "country", "AFG", id="over_a_city"
        ),
        pytest.param(
            "The senator criticized the government's policy on Cuba.",
            "criticized",
            "111",
            "name",
            None,
            id="what_a_policy_is_on_is_no_place",
        ),
        pytest.param(
            "Shells landed on Kabul overnight.", "landed", "195", "country", "AFG", id="on_a_city"
        ),
        pytest.param(
            "Trade could move to Dublin, which the central bank strongly opposes.",
            "opposes",
            "110",
            "name",
            None,
            id="a_place_a_relative_clause_speaks_of_is_not_where_it_was_said",
        ),
        pytest.param(
            "Rebels shelled Kandahar, which the army had recaptured last year.",
            "recaptured",
            "190",
            "country",
            "AFG",
            id="a_place_a_relative_clause_acts_on_is_its_place",
        ),
    ],
)
def test_an_events_own_place(nlp, text, trigger, cameo, field, value):
    place = _place([text], trigger, cameo)
    assert (getattr(place, field) if place is not None else None) == value


def test_a_bare_place_noun_of_a_headline_is_no_place():
    """ "Mortar Shells Hit Gawng Run Village": "Village" is some quarter's name abroad."""
    from eventscribe.parse import load_model
    from eventscribe.settings import Settings
    from eventscribe.where.gazetteer import load_gazetteer
    from eventscribe.where.mentions import place_mentions

    doc = load_model(Settings().model)("Mortar Shells Hit Gawng Run Village, Killing Two")
    texts = [m.text for m in place_mentions(doc, load_gazetteer(), within=[doc[:]])]
    assert "Village" not in texts
