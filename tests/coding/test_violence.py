"""Violence and unrest, trigger first, then arguments: sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.api import process

DAY = "2024-03-10"


def violent(text: str, date: str = DAY) -> list[dict]:
    return [e for e in process(text, date).events if e["cameo"][:2] in ("17", "18", "19", "20")]


def only(events: list[dict]) -> dict:
    assert len(events) == 1, [(e["cameo"], e["trigger"]) for e in events]
    return events[0]


def test_shelling_a_place_acts_on_its_country_with_the_victims_counted():
    event = only(violent("Government troops shelled Bria on Thursday, killing four villagers."))
    assert event["cameo"] == "194"
    assert event["source"]["sector"] == "MIL"
    assert event["target"]["country"] == "CAF"
    assert event["fatalities"] == {"value": 4, "qualifier": "exact", "attribution": None}
    assert event["event_date"] == "2024-03-07"
    assert event["acled"]["event_type"] == "Explosions/Remote violence"


def test_generic_perpetrator_and_unnamed_victims_take_the_place_country():
    event = only(violent("Gunmen killed seven worshippers at a mosque in Kano on Friday."))
    assert event["source"]["sector"] == "UAF"
    assert event["target"]["sector"] == "CVL"
    assert event["target"]["country"] == event["source"]["country"] == "NGA"
    assert event["fatalities"]["value"] == 7
    assert event["acled"] == {
        "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "civilian_targeting": True,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen attacked a church in Lebanon, Ohio, on Sunday, killing two people.", "USA"),
        ("A bomb exploded at a market in Wellington, Somerset, wounding five shoppers.", "GBR"),
    ],
)
def test_a_town_qualified_by_its_state_or_county_gives_its_victims_that_country(text, country):
    """Not the country called Lebanon, nor the capital of New Zealand."""
    event = only(violent(text))
    assert event["target"]["country"] == country
    assert event["place"]["country"] == country


def test_a_protest_has_no_target_and_a_place():
    events = process("Thousands of teachers marched in Nairobi on Wednesday.", DAY).events
    event = only([e for e in events if e["cameo"][:2] == "14"])
    assert event["cameo"] == "141"
    assert event["target"] is None
    assert event["source"]["sector"] == "EDU"
    assert event["place"]["country"] == "KEN"
    assert event["acled"]["event_type"] == "Protests"


def test_arrests_carry_their_count():
    events = process("Police detained 30 demonstrators in Tbilisi on Saturday.", DAY).events
    event = only([e for e in events if e["cameo"] == "173"])
    assert event["source"]["sector"] == "COP"
    assert event["target"]["sector"] == "OPP"
    assert event["arrested"]["value"] == 30
    assert event["acled"]["sub_event_type"] == "Arrests"


def test_a_roadside_bomb_is_one_event_with_its_injured():
    event = only(violent("A roadside bomb hit a military convoy near Kandahar, wounding six soldiers."))
    assert event["cameo"] == "1833"
    assert event["target"]["sector"] == "MIL"
    assert event["injured"]["value"] == 6


def test_headline_grammar_noun_act_and_outcome_verb():
    event = only(violent("Drone strike kills 4 in Marib"))
    assert event["cameo"] == "1952"
    assert event["fatalities"]["value"] == 4
    assert event["source"] is None  # nobody named: still an event


def test_headline_passive_without_be():
    event = only(violent("Nine soldiers killed in rebel ambush in Tigray"))
    assert event["source"]["sector"] == "REB"
    assert event["target"]["sector"] == "MIL"
    assert event["fatalities"]["value"] == 9


def test_capitalised_headline_verbs_are_found():
    event = only(violent("Gunman Kills Two Guards In Bank Robbery"))
    assert event["cameo"][:2] in ("18", "19")


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the governor's budget plan on Tuesday.",
        "The company will fight the ruling in court.",
        "Critics blasted the minister over the delays.",
    ],
)
def test_figures_of_speech_are_not_violence(text):
    assert violent(text) == []


def test_a_background_act_is_not_a_new_event_and_years_are_no_counts():
    result = process("Since the 2014 invasion, the region's economy has shrunk by 20 percent.", DAY)
    assert [e for e in result.events if e["cameo"][:2] in ("18", "19", "20")] == []
    assert result.numbers == []


def test_undated_reported_incident_lies_the_day_before_publication_or_on_it():
    event = only(violent("Rebels attacked an army base in Kidal."))
    assert (event["event_date"], event["date_end"]) == ("2024-03-09", DAY)
    assert event["date_precision"] == "range"
    planned = process("Rebels will attack the army base in Kidal.", DAY).events
    assert all(e["event_date"] != "2024-03-09" for e in planned)


def test_word_numbers_and_qualifiers():
    event = only(violent("At least twenty-five people were killed in clashes in Juba."))
    assert event["fatalities"]["value"] == 25
    assert event["fatalities"]["qualifier"] == "at least"


def test_the_date_is_never_before_the_first_day():
    assert violent("Rebels attacked an army base in Kidal.", dt.date(1, 1, 1).isoformat())


def test_protesters_clashing_with_police_riot():
    events = process("Students clashed with riot police outside the parliament in Dhaka.", DAY).events
    event = only([e for e in events if e["cameo"][:2] in ("14", "19")])
    assert event["cameo"] == "145"
    assert event["target"]["sector"] == "COP"
    assert event["acled"]["event_type"] == "Riots"


def test_a_thing_hit_stands_for_its_owner_country():
    event = only(violent("Iraqi warplanes struck Iran's offshore oilfields in the northern Gulf."))
    assert (event["source"]["country"], event["target"]["country"]) == ("IRQ", "IRN")
    assert event["cameo"] == "195"


def test_striking_workers_strike_they_do_not_attack():
    events = process("The port reached a pay deal with striking dockers in Santos.", DAY).events
    assert [e["cameo"] for e in events if e["cameo"][:2] in ("14", "19")] == ["143"]


def test_a_date_is_no_perpetrator_and_attackers_are_not_the_victims_countrymen():
    event = only(violent("Officials blamed Iran for last Friday's Iranian missile attack on a Kuwaiti tanker."))
    assert event["source"]["country"] == "IRN"
    assert event["target"]["country"] == "KWT"
    event = only(violent("Warplanes hit the western jetty at Iran's Kharg island terminal."))
    assert event["target"]["country"] == "IRN"
    assert event["source"] is None or event["source"]["country"] != "IRN"


def test_crowds_blockading_protest_by_obstruction():
    event = only([e for e in process("Farmers blockaded banks with tractors in Parana.", DAY).events
                  if e["cameo"][:2] in ("14", "19")])
    assert event["cameo"] == "144"


def test_deaths_of_named_victims_in_a_clash_are_its_toll():
    event = only(violent("The army confirmed the deaths of five soldiers in clashes with rebels near Goma."))
    assert event["fatalities"]["value"] == 5
    assert event["target"]["sector"] == "REB"


@pytest.mark.parametrize(
    "text",
    [
        "Traders said the stock market rally continued this morning.",
        "The dollar rallied against the yen on Tuesday.",
        "Lawmakers rallied behind the president after the vote.",
        "The results demonstrate that the policy works.",
    ],
)
def test_markets_and_supporters_rally_without_protesting(text):
    assert [e for e in process(text, DAY).events if e["cameo"][:2] == "14"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. Navy battle group led by the carrier is in the northern Arabian Sea.",
        "The casualty and damage toll of the earthquake is expected to rise.",
        "The move was designed to strike fear into the markets.",
        "He said he had been struck by the widespread awareness of the problems.",
        "About 6,000 miners resumed work at the gold mine on Monday.",
        "SANTOS, BRAZIL, MARCH 11 - The government sought to end the dispute.",
    ],
)
def test_names_idioms_and_disasters_are_no_violence(text):
    assert violent(text) == []


def test_a_headline_is_its_own_context():
    title = "Heavy casualties reported in escalating violence in eastern Ukraine"
    events = process("Officials gave no details.", DAY, title=title).events
    assert [e for e in events if e["cameo"][:2] in ("18", "19", "20")]


def test_an_act_named_as_the_topic_of_another_is_no_new_act():
    assert violent("The council opened an inquiry into the bombings in Mosul on Monday.") == []
    assert violent("Ministers argued about the shelling of the port for hours.") == []


def test_an_act_told_before_with_nothing_of_its_own_is_no_new_act():
    text = "Chad says there is no proof that the rebels were behind the attack."
    assert violent(text) == []
    told_with_deaths = only(violent("The attack killed nine people."))  # deaths make it real
    assert told_with_deaths["fatalities"]["value"] == 9


def test_force_with_nobody_named_needs_a_place_where_not_a_demonym():
    assert violent("The agency has been under attack since January, Americans say.") == []
    assert only(violent("Fierce fighting broke out in Kirkuk on Monday."))["place"]["name"] == "Kirkuk"


def test_air_strikes_launched_are_force_not_a_walkout():
    event = only(violent("The raid led the president to launch U.S. air strikes on a Syrian air base."))
    assert event["cameo"].startswith("195")
    assert (event["source"]["country"], event["target"]["country"]) == ("USA", "SYR")


def test_a_walkout_is_coded_once_with_its_party():
    events = [e for e in process("Dock workers went on strike on Monday.", DAY).events]
    assert [(e["cameo"], e["source"]["sector"]) for e in events] == [("143", "LAB")]


def unrest(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["cameo"], (e["source"] or {}).get("sector"), (e["source"] or {}).get("country"))
        for e in process(text, DAY).events if e["cameo"][:2] in ("14", "18", "19")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nurses in Kenya remained on strike on Tuesday.", ("143", "HLH", "KEN")),
        ("The strike by Canada's postal workers entered its third week.", ("143", "LAB", "CAN")),
        ("Dockers in Rotterdam staged a 24-hour strike against job cuts.", ("143", "LAB", "NLD")),
        ("Prisoners in an Istanbul jail went on hunger strike on Monday.", ("142", "CVL", "TUR")),
    ],
)
def test_a_strike_of_workers_is_a_walkout_with_its_strikers(text, expected):
    assert unrest(text) == [expected]


def test_a_nations_strike_that_kills_is_force_not_a_walkout():
    assert [c[:1] for c in unrest("An Israeli strike killed five people in Gaza on Friday.")] == [("190",)]


def test_an_arrest_nobody_is_named_for_is_made_by_the_police_of_the_place():
    event = only(violent("Three opposition activists were detained in Minsk on Sunday."))
    assert (event["source"]["sector"], event["source"]["country"]) == ("COP", "BLR")
    assert event["target"]["country"] == "BLR"


def test_an_arrest_with_no_place_happens_where_the_police_are_from():
    event = only(violent("Kenyan police arrested 12 protesters on Sunday."))
    assert event["target"]["country"] == "KEN"


def test_whose_arrest_names_who_is_arrested():
    event = only(violent("Opposition leader Ruth Kamau's arrest in Nairobi on Sunday angered her party."))
    assert event["cameo"] == "173"
    assert event["target"]["name"] == "Ruth Kamau"
    assert event["source"]["sector"] == "COP"


def test_a_people_the_tagger_names_is_a_party_of_the_place():
    event = only(process("Kurds protested in Diyarbakir on Sunday to demand language rights.", DAY).events)
    assert (event["cameo"], event["source"]["sector"], event["source"]["country"]) == ("141", "CVL", "TUR")


def test_a_rally_staged_by_a_religious_group_is_theirs():
    event = only(process("Sikhs staged their largest rally in Amritsar on Sunday.", DAY).events)
    assert (event["source"]["sector"], event["source"]["country"]) == ("REL", "IND")
    assert process("The stock market staged a rally on Friday.", DAY).events == []


def test_acts_that_did_not_happen_or_are_a_topic_are_no_events():
    assert violent("The wall is meant to prevent attacks by militants.") == []
    assert violent("The law protects the country from attacks by foreign militants.") == []
    assert violent("Chile built a pipeline to protect part of its copper exports from rebel attacks.") == []
    assert violent("The army agreed to a ban on cluster bombs.") == []
    assert violent("Lawmakers voted to kill the bill on Tuesday.") == []


def test_what_someone_does_as_a_rule_is_no_event():
    assert process("Police in Lagos regularly arrest street vendors.", DAY).events == []
    assert only(violent("Police arrested 20 street vendors in Lagos on Tuesday."))["target"]["sector"] == "CVL"


def test_the_killers_of_an_attacks_victims_are_its_perpetrators():
    event = only(violent("Gunmen killed five people in an attack on a convoy in Borno."))
    assert (event["source"]["sector"], event["fatalities"]["value"]) == ("UAF", 5)


def test_a_salvo_of_weapons_is_one_act_of_its_launcher():
    event = only(violent("Russia launched a wave of missiles and drones at Odesa overnight, killing at least three people."))
    assert (event["cameo"], event["source"]["country"], event["target"]["country"]) == ("195", "RUS", "UKR")
    assert event["fatalities"] == {"value": 3, "qualifier": "at least", "attribution": None}
    event = only(violent("Hamas fired a barrage of rockets at Ashkelon on Saturday."))
    assert event["cameo"] == "194"


def test_a_states_weapons_name_its_military_and_a_capital_hit_is_its_country():
    event = only(violent("Russian missiles hit Kyiv on Monday."))
    assert (event["source"]["country"], event["source"]["sector"]) == ("RUS", "MIL")
    assert event["target"]["id"] == "country:UKR"


def test_a_toll_over_years_is_no_act():
    text = "Since the war began in 2014, more than 14,000 people have been killed in the region."
    assert violent(text) == []
    assert len(violent("Since Monday, 20 people have been killed in clashes in Khartoum.")) == 1


def test_deaths_by_mishap_or_illness_and_attacks_expected_are_no_acts():
    assert violent("Two pilots were killed in a crash during a training flight near Norfolk.") == []
    assert violent("The senator died of a heart attack on Sunday.") == []
    assert violent("The general told his troops to expect further attacks.") == []


def test_the_dead_are_the_victims_of_dying():
    event = only(violent("Three soldiers died in an ambush in Tillaberi on Monday."))
    assert event["source"] is None or event["source"]["sector"] != "MIL"
    assert event["fatalities"]["value"] == 3


def test_a_headline_word_naming_a_weapon_type_is_no_attack():
    assert [e for e in process("Harbor radar spots new attack jets", DAY).events if e["cameo"][:2] == "19"] == []


def test_in_headlines_stacked_nouns_hang_on_the_verb_and_the_dead_are_no_rioters():
    codes = lambda title: [e["cameo"] for e in process("Officials spoke.", DAY, title=title).events]  # noqa: E731
    assert codes("Mortar fire wounds 14 in Mogadishu") == ["194"]
    assert codes("Ukraine fighting kills 28 civilians") == ["190"]


def test_a_disaster_that_kills_is_no_act_and_keeps_its_place_in_the_clause():
    text = ("The government offered aid to Haitians after the 2010 earthquake killed some "
            "300,000 people.")
    assert violent(text) == []


def test_the_noun_before_a_stranded_clause_is_its_subject():
    events = process("Police fired tear gas after protesters stormed the parliament in Nairobi.", DAY).events
    stormed = [e for e in events if e["trigger"] == "stormed"]
    assert stormed and stormed[0]["source"]["sector"] != "COP"
    assert stormed[0]["cameo"] == "145"  # protesters' force is a riot


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Hezbollah vowed to continue its attacks on Israel.", "threatened"),
        ("Iraq vowed to keep up raids on Iran until the war ends.", "threatened"),
        ("The army threatened to shell the town if the rebels did not withdraw.", "conditional"),
    ],
)
def test_force_a_party_vows_or_threatens_is_a_threat_not_force(text, modality):
    (event,) = [e for e in process(text, DAY).events if e["cameo"][:2] in ("13", "18", "19")]
    assert event["cameo"] == "1384" and event["modality"] == modality


def test_force_beside_a_vow_is_force():
    event = only(violent("After the rebels shelled the town, the army vowed revenge."))
    assert event["cameo"] == "194"


def test_a_charge_is_coercion_by_the_courts_and_its_crime_no_new_act():
    events = process("Kenyan prosecutors charged three men with murder on Friday.", DAY).events
    assert [(e["cameo"], e["source"]["sector"], e["source"]["country"]) for e in events] == [
        ("173", "JUD", "KEN")
    ]
    event = only(violent("Former Illinois governor Rod Blagojevich was charged with fraud on Monday."))
    assert (event["cameo"], event["source"]["sector"]) == ("173", "JUD")
    assert violent("The minister was charged with overseeing the inquiry.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A court in Cairo convicted 12 men of attacking a police station.",
        "Police in Lagos arrested two men on suspicion of arson.",
    ],
)
def test_the_crime_a_charge_or_verdict_is_about_is_not_coded_again(text):
    codes = [e["cameo"][:2] for e in process(text, DAY).events]
    assert not {"18", "19", "20"} & set(codes) and "1712" not in codes


def test_an_act_a_party_accuses_another_of_is_coded_as_the_accusers_claim():
    events = process("Russia accused Ukraine of shelling the nuclear plant on Sunday.", DAY).events
    shelling = [e for e in events if e["cameo"][:2] == "19"]
    assert [e["cameo"] for e in events if e["cameo"][:2] == "11"] == ["112"]
    assert len(shelling) == 1 and shelling[0]["modality"] == "reported"
    assert shelling[0]["attribution"] == "Russia"


@pytest.mark.parametrize(
    "text",
    [
        "The convoy was designed to protect the tankers from Iranian attacks.",
        "Rescue workers planned to evacuate wounded from the camps in Beirut.",
        "Germany sent Ukraine tanks and artillery.",
        "The United States approved the delivery of air defence missiles to Israel.",
        "In his testimony he described his life before he fled the shelling of his town.",
    ],
)
def test_force_named_as_a_threat_warded_off_people_cared_for_or_arms_given_is_no_act(text):
    assert violent(text) == []


def test_a_clause_that_dates_the_news_is_context_not_news():
    events = process(
        "Before the Israeli army attacked Rafah, Egypt's foreign minister met Hamas leaders.", DAY
    ).events
    assert [e["cameo"][:2] for e in events] == ["04"]


def test_weapons_launched_by_armed_men_are_force_with_no_one_hit_named():
    event = only(violent("Ukraine's military said Russian forces launched 30 drones overnight."))
    assert event["cameo"].startswith("195") and event["source"]["country"] == "RUS"
    assert event["target"] is None


def test_the_speaker_is_who_it_says_struck_and_targets_are_places_hit():
    event = only(violent("Israel's military said it struck Hamas targets in Gaza."))
    assert (event["source"]["country"], event["target"]["country"]) == ("ISR", "PSE")
    assert event["modality"] == "reported"
    # a pronoun that cannot stand for the speaker is left unnamed
    event = only(violent("The minister said it attacked the village."))
    assert event["source"] is None


def test_acts_told_as_a_tally_are_no_event_but_strikes_of_a_day_are():
    assert violent("The three oilfields have been raided several times in the past three years.") == []
    assert len(violent("Israeli jets struck the camp three times on Monday.")) == 1


def test_a_facility_hit_belongs_to_the_state_that_owns_what_it_is_at():
    event = only(violent("Warplanes hit the western jetty at Iran's Kharg island terminal."))
    assert event["target"]["id"] == "country:IRN"
    assert event["source"] is None or event["source"]["country"] != "IRN"


@pytest.mark.parametrize(
    "text",
    [
        "Textron is an aerospace and defense company that makes drones and missiles.",
        '"This is an attack on California and New York," Governor Brown said.',
        "She said if the deductions were killed by Congress, voters could revolt.",
    ],
)
def test_arms_made_what_a_thing_is_called_and_things_killed_are_no_violence(text):
    assert violent(text) == []


def test_an_act_called_by_another_name_and_officers_killed_stay_violence():
    assert len(violent("The blast was an attack by militants on the police station.")) == 1
    event = only(violent("Gunmen killed three police officers in Kano on Monday."))
    assert event["target"]["sector"] == "COP"


def test_deaths_told_of_a_crime_charged_are_no_new_act():
    text = ("Jones prosecuted the Klan members convicted of a 1963 church bombing in "
            "Birmingham that killed four young girls.")  # fmt: skip
    assert violent(text) == []


def test_a_noun_act_takes_the_tense_of_its_verb():
    (rally,) = [e for e in process("The opposition will hold a rally in Nairobi on Friday.", DAY).events]
    assert rally["modality"] == "intended"
    (rally,) = [e for e in process("The opposition held a rally in Nairobi on Friday.", DAY).events]
    assert rally["modality"] == "asserted"


def test_forces_a_speaker_calls_its_own_are_the_speakers():
    event = only(violent("Iran said its forces launched fresh attacks near Basra last night."))
    assert event["source"]["country"] == "IRN"


def test_the_party_that_repels_an_attack_fights_the_attackers():
    event = only(violent("Sudanese troops repelled a rebel attack near Kadugli on Monday."))
    assert (event["source"]["country"], event["source"]["sector"]) == ("SDN", "MIL")
    assert event["target"]["sector"] == "REB"


def test_the_party_that_undergoes_an_attack_is_its_target():
    event = only(violent("Malian soldiers survived a jihadist attack near Boulkessi on Friday."))
    assert event["target"]["country"] == "MLI"
    assert event["source"]["sector"] == "UAF"


def test_who_reports_an_attack_did_not_carry_it_out():
    events = violent("Chad reported an attack on a border post near Bol on Monday.")
    assert all((e["source"] or {}).get("country") != "TCD" for e in events)


def test_who_suffers_the_casualties_of_an_offensive_is_its_target():
    event = only(violent("Armenian troops suffered heavy casualties in Azerbaijan's offensive near Lachin."))
    assert event["source"]["country"] == "AZE"
    assert event["target"]["country"] == "ARM"


def test_sorties_against_positions_are_air_strikes():
    event = only(violent("Turkish jets flew 30 sorties against Syrian army positions on Sunday."))
    assert event["cameo"] == "195"
    assert (event["source"]["country"], event["target"]["country"]) == ("TUR", "SYR")


def test_a_clash_between_units_and_boats_is_between_their_countries():
    event = only(violent("Officials reported a clash between Vietnamese naval units and Chinese boats near the islands."))
    assert {event["source"]["country"], event["target"]["country"]} == {"VNM", "CHN"}


def test_a_ship_hit_stands_for_the_country_its_modifier_names():
    event = only(violent("Houthi rebels fired a missile at the Liberian tanker Zeus in the Red Sea."))
    assert event["target"]["country"] == "LBR"
    event = only(violent("Insurers said the 90,000-ton Maltese tanker Orla was hit by a missile on Sunday."))
    assert event["target"]["country"] == "MLT"


def test_an_act_told_by_its_doer_and_again_by_its_victim_is_one_act():
    event = only(violent("The last Syrian air strike took place on Monday, when the Turkish tanker Deniz was hit."))
    assert event["cameo"] == "195"
    assert (event["source"]["country"], event["target"]["country"]) == ("SYR", "TUR")


def test_a_sentences_past_verb_tagged_as_a_participle_keeps_its_subject_as_doer():
    event = only(violent("Azerbaijani forces attacked on Monday near Lachin."))
    assert event["source"]["country"] == "AZE" and event["target"] is None


@pytest.mark.parametrize(
    "text, source, target, code",
    [
        ("Iran test-fired a cruise missile over the Gulf of Oman on Friday.", "IRN", None, "150"),
        ("India successfully tested a nuclear-capable ballistic missile on Monday.", "IND", None, "150"),
        ("Belarus held large-scale naval drills near the Lithuanian border.", "BLR", "LTU", "150"),
        ("Chinese warships staged live-fire exercises around Taiwan on Saturday.", "CHN", "TWN", "150"),
        ("Armenia mobilised its reservists on Tuesday.", "ARM", None, "154"),
    ],
)
def test_a_show_of_force_is_a_force_posture_not_an_attack(text, source, target, code):
    events = process(text, DAY).events
    assert not [e for e in events if e["cameo"][:2] in ("18", "19", "20")]
    shown = [e for e in events if e["cameo"] == code]
    assert shown and shown[0]["source"]["country"] == source
    assert (shown[0]["target"] or {}).get("country") == target


def test_a_fitness_exercise_is_no_show_of_force():
    assert not [e for e in process("The minister did a morning exercise in Paris.", DAY).events
                if e["cameo"][:2] == "15"]  # fmt: skip


def test_wrecking_what_an_armed_force_holds_is_an_attack_on_it():
    event = only(violent("Maoist rebels said they destroyed a military communications station in northern Nepal."))
    assert event["cameo"] == "190"
    assert (event["source"]["sector"], event["target"]["sector"]) == ("REB", "MIL")
    assert event["source"]["country"] == event["target"]["country"] == "NPL"


def test_wrecking_a_shop_stays_damage_to_property():
    event = only(violent("Gunmen torched a shop in northern Nepal on Monday."))
    assert event["cameo"] == "1712"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Government troops destroyed a Taliban base near Kandahar on Tuesday.", "Taliban"),
        ("Soldiers burned an al-Shabaab camp south of Kismayo.", "al-Shabaab"),
        # the parse hangs "positions" on the direction: the positions are what is hit
        ("Jets destroyed Islamic State positions north of Raqqa.", "Islamic State"),
    ],
)
def test_wrecking_what_an_armed_group_holds_is_an_attack_on_the_group(text, holder):
    event = only(violent(text))
    assert event["cameo"] == "190"
    assert event["target"]["name"] == holder


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkish jets struck in northern Iraq on Sunday, the army said.", "TUR", "IRQ"),
        ("Syrian troops attacked near Aleppo on Monday.", "SYR", None),  # at home: no target
        ("Ethiopian forces advanced and attacked near Kassala in Sudan on Monday.", "ETH", "SDN"),
    ],
)
def test_force_in_another_countrys_place_acts_on_that_country(text, source, target):
    event = violent(text)[0]
    assert event["cameo"][:2] in ("18", "19")
    assert event["source"]["country"] == source
    assert (event["target"] or {}).get("country") == target


def test_a_headline_in_capitals_names_no_place_to_aim_at():
    events = violent("ARMY SAYS IT CRUSHED REBEL ATTACK IN NORTH")
    assert all((e["target"] or {}).get("country") in (None, e["source"]["country"] if e["source"] else None)
               for e in events)


def test_workers_striking_stay_a_strike_and_jets_striking_are_force():
    assert process("Dock workers struck on Monday over pay.", DAY).events[0]["cameo"] == "143"
    assert only(violent("Israeli jets struck overnight, the army said."))["cameo"][:2] in ("19",)


def test_a_town_the_tagger_calls_a_person_is_the_place_hit():
    # the small model tags "Kharkiv" after "attack on" as a PERSON
    event = only(violent("Russian forces launched a missile attack on Kharkiv on Monday."))
    assert event["target"]["country"] == "UKR"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel responded with air strikes on Gaza on Saturday.", "ISR", "PSE"),
        ("Hezbollah and Israel exchanged fire across the border on Sunday.", "LBN", "ISR"),
        # the tagger reads "Kyiv overnight" as one time expression
        ("Russian forces launched Iranian drones at Kyiv overnight.", "RUS", "UKR"),
    ],
)
def test_who_acts_through_a_carrier_and_on_whom(text, source, target):
    event = violent(text)[0]
    assert (event["source"]["country"], event["target"]["country"]) == (source, target)


def test_downed_weapons_are_the_target_not_the_means():
    event = only(violent("Russia's defence ministry said its forces had shot down 12 Ukrainian drones over Crimea."))
    assert event["cameo"] == "190"
    assert (event["source"]["country"], event["target"]["country"]) == ("RUS", "UKR")


def test_a_protest_against_what_a_party_owns_is_at_that_party():
    event = only(process("Thousands of Israelis protested in Tel Aviv against the government's judicial overhaul.",
                         DAY).events)
    assert event["cameo"][:2] == "14"
    assert event["target"]["sector"] == "GOV"


@pytest.mark.parametrize(
    "text",
    [
        "France doubts the plan to remove U.S. missiles from Europe while Moscow keeps its rockets.",
        "Police defused a bomb near the parliament on Friday.",
        "Iran has new Chinese-made anti-ship missiles, officials said.",
    ],
)
def test_a_weapon_that_does_nothing_is_no_act(text):
    assert violent(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rockets hit the town of Sderot on Monday.", "194"),
        ("A bomb exploded in a crowded market in Peshawar on Friday, killing 12 people.", "183"),
    ],
)
def test_a_weapon_that_hits_or_explodes_is_the_act(text, code):
    assert only(violent(text))["cameo"] == code


def test_deaths_and_injuries_told_together_are_one_acts_toll():
    events = violent("Iranian forces had killed or wounded over 2,600 Iraqis in their new offensive, IRNA said.")
    assert [e["cameo"] for e in events] == ["190"]
    assert only(violent("Gunmen killed three people and wounded five others in Kano on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "An Iranian Silkworm missile strike hit a Kuwaiti tanker on Friday.",
        "A Russian Kinzhal missile strike hit Kyiv on Monday.",
    ],
)
def test_the_author_of_an_act_is_named_on_the_act_or_its_modifiers(text):
    event = only(violent(text))
    assert event["source"]["sector"] == "MIL" and event["source"]["country"] in ("IRN", "RUS")


@pytest.mark.parametrize(
    "text",
    [
        "Supporters said missiles on such a rail network would be less vulnerable than those in silos.",
        "Markets tested the credibility of the Paris accord, struck when the dollar was trading at 1.83 marks.",
    ],
)
def test_a_weapon_described_or_a_deal_struck_is_no_act(text):
    assert [e for e in process(text, DAY).events if e["cameo"][:2] in ("14", "18", "19")] == []


def test_people_who_strike_stop_work():
    assert only(process("The miners struck for higher pay on Monday.", DAY).events)["cameo"] == "143"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The platform was heavily shelled by four American destroyers on Monday.", "USA"),
        ("Iranian gunboats attacked a Saudi tanker in the Gulf on Tuesday.", "IRN"),
    ],
)
def test_a_states_warships_are_its_military(text, country):
    event = only(violent(text))
    assert (event["source"]["country"], event["source"]["sector"]) == (country, "MIL")


def test_the_toll_of_an_act_the_dictionary_coded_is_no_act_of_its_own():
    found = violent("Israel launched dozens of missiles at Gaza overnight, damaging two hospitals "
                    "and killing at least four people.")  # fmt: skip
    assert [e["cameo"][:3] for e in found] == ["195"]
    assert found[0]["target"]["country"] == "PSE"
    found = violent("Armenia launched dozens of missiles at Azerbaijan overnight, killing at least four people.")
    assert [e["cameo"][:3] for e in found] == ["195"]
    # another act told by a participle stays: the siege is no toll of the shelling
    found = violent("Serbian artillery shelled Sarajevo on Monday, putting the city under total siege.")
    assert "191" in [e["cameo"] for e in found]
    # the outcome is not the act: "a man killed in Indian shelling" keeps the shelling
    assert "194" in [e["cameo"] for e in violent("Man killed in Indian shelling at LoC")]


def test_the_weapons_fired_are_the_means_not_the_target():
    found = violent("Armenia fired dozens of missiles at Azerbaijan on Monday.")
    assert [(e["cameo"][:3], e["source"]["country"], e["target"]["country"]) for e in found] == [
        ("195", "ARM", "AZE")
    ]


def test_a_bodys_it_in_what_it_says_is_the_body():
    found = violent("Armenia fired rockets at Azerbaijan on Monday. Azerbaijan's army said it had "
                    "shelled Armenian positions near the border.")  # fmt: skip
    assert ("AZE", "ARM") in [(e["source"]["country"], e["target"]["country"]) for e in found[1:]]


def test_air_strikes_that_killed_are_the_act_and_the_killed_its_victims():
    found = violent("Ethiopian air strikes killed at least 40 Eritreans across the border region on Sunday.")
    assert [(e["source"]["country"], e["target"]["country"]) for e in found] == [("ETH", "ERI")]


def test_who_said_it_in_a_second_conjunct_is_the_first_conjuncts_subject():
    found = violent("Houthi fighters fired missiles at Saudi Arabia and said they had destroyed two Saudi tanks.")
    assert [e for e in found if e["trigger"] == "destroyed" and e["source"] and e["source"]["country"] == "YEM"]


def test_condemning_the_strike_acts_on_whoever_struck_and_is_no_new_strike():
    found = process("An Ethiopian strike on a school in Mekelle killed 15 people. Eritrea condemned the strike "
                    "on the school as a war crime.", DAY).events  # fmt: skip
    second = [e for e in found if "condemned" in e["evidence"]["sentence"]]
    assert [(e["cameo"][:2], e["source"]["country"], e["target"]["country"]) for e in second] == [("11", "ERI", "ETH")]


def test_a_protest_against_an_act_is_no_act_and_people_who_protest_protest():
    found = process("Thousands of people protested in Amman against the Israeli offensive.", DAY).events
    assert [(e["cameo"][:2], e["source"]["sector"], e["target"]["country"]) for e in found] == [("14", "CVL", "ISR")]


def test_a_headline_source_tail_is_not_the_victim():
    event = only(violent("Notorious gang leader killed: police"))
    assert event["cameo"][:2] in ("18", "19")
    assert (event["target"] or {}).get("sector") != "COP"


def test_an_armoured_vehicle_is_a_heavy_weapon():
    assert only(violent("An armoured vehicle killed two villagers near the front line."))["cameo"] == "194"
    assert violent("Two soldiers were killed in combat near the front line.")[0]["cameo"] == "190"


def test_an_act_told_as_the_occasion_of_a_demand_is_coded():
    # the killing took place; only the leaving is asked for
    event = only(violent("Villagers urged the soldiers to leave after a patrol shot a farmer."))
    assert event["cameo"][:2] == "19" and event["target"]["sector"] == "AGR"
    assert violent("Villagers urged the soldiers to stop shooting at farmers.") == []


def test_occupying_takes_ground_or_buildings_not_posts_or_seats():
    assert only(violent("Rebel fighters occupied the town of Bria on Monday."))["cameo"] == "192"
    assert only(violent("Soldiers occupied the parliament building in Niamey."))["cameo"] == "192"
    assert not violent("Under the deal, Venezuelans will occupy key positions such as treasurer.")
    assert not violent("The ruling party occupies 40 seats in parliament.")


def test_blows_need_a_person_hit_and_the_incident_is_the_storys_act():
    assert only(violent("A man punched a nurse at the hospital in Lyon."))["cameo"][:2] == "18"
    assert not violent("The new government vowed to tackle inflation.")
    assert not violent("The party kicked off its campaign in Lyon.")
    events = process(
        "Jean Dupont punched Mayor Anne Martin in Lyon on Friday. French police are investigating"
        " last Friday's incident.", "2024-03-10"
    ).events
    investigated = [e for e in events if e["cameo"][:2] == "09"]
    assert investigated and investigated[0]["target"]["name"] == "Jean Dupont"


def test_a_bare_participle_needs_something_that_can_be_hit():
    assert violent("Hospital in Gaza struck by Israeli missiles")
    assert not violent("Trump and Xi resumed their friendship, struck in April at a Florida resort.")


def test_idioms_and_illness_are_no_force():
    assert not violent("The prime minister wound up his first round of consultations in Rome.")
    assert not [e for e in violent("Protests which have blown up across Spain worry Madrid.")
                if e["cameo"][:3] == "183"]  # fmt: skip
    assert not violent("Lassa Fever, which kills about 20 per cent of its victims, spread in Lagos.")
    assert violent("A bridge was blown up near Kandahar.")


def test_force_that_may_come_of_something_is_no_act():
    assert not violent("Analysts said the move could spark clashes between Israeli troops and"
                       " Palestinians in Hebron.")  # fmt: skip
    assert not violent("The deployment runs little risk of sparking a clash with Iran in the Gulf.")
    assert violent("The killing of the commander sparked clashes between rival militias in Tripoli.")


def test_a_verbal_attack_is_no_force():
    assert not violent("The constitutional attack by the attorney general in Washington was the"
                       " first public objection.")  # fmt: skip


def test_a_general_strike_is_no_generals_act():
    events = process("SAO PAULO - The union proposed a general strike on Monday.", "2024-03-10").events
    assert not [e for e in events if (e["source"] or {}).get("sector") == "MIL"]


def test_a_policy_under_attack_is_no_target_of_force():
    assert not violent("TOKYO - Japan's economic policies face fierce international attack as"
                       " its trade surplus grows.")  # fmt: skip
    assert not violent("BRASILIA - The president, whose handling of the economy is under attack,"
                       " met business leaders.")  # fmt: skip
    assert violent("Kyiv came under attack from Russian drones overnight.")


def test_what_comes_under_attack_is_its_target_and_from_whom_its_source():
    event = only(violent("Kharkiv came under attack from Russian drones overnight."))
    assert event["source"]["country"] == "RUS"
    assert event["target"]["country"] == "UKR"


def test_troops_or_a_convoy_under_fire_are_shot_at_a_minister_under_fire_is_not():
    event = only(violent("Israeli troops came under fire in Jenin on Monday."))
    assert event["target"]["country"] == "ISR"
    assert violent("A Ukrainian convoy came under heavy fire near Bakhmut.")
    assert not violent("The minister came under fire over the budget in Paris.")


@pytest.mark.slow
@pytest.mark.parametrize("toll", ["heavy casualties", "heavy losses"])
def test_losses_inflicted_are_force_not_coercion(toll):
    event = only(violent(f"Ethiopian troops inflicted {toll} on Eritrean forces near Badme."))
    assert (event["cameo"], event["source"]["country"], event["target"]["country"]) == ("190", "ETH", "ERI")


@pytest.mark.slow
def test_losses_with_nothing_armed_are_no_act():
    assert violent("The bank reported heavy losses in Nairobi.") == []


def test_deaths_a_counted_gap_after_an_act_are_a_later_act_of_their_own():
    found = violent("Bombs killed 20 people in Baghdad a day after a mosque shooting.")
    shooting = only([e for e in found if e["trigger"] == "shooting"])
    bombs = only([e for e in found if e["trigger"] != "shooting"])
    assert bombs["fatalities"]["value"] == 20 and shooting["fatalities"] is None
    assert dt.date.fromisoformat(shooting["event_date"]) == dt.date.fromisoformat(bombs["event_date"]) - dt.timedelta(days=1)


def test_a_homicide_is_a_killing_and_a_homicide_rate_no_act():
    found = violent("Police arrested two men after a homicide in Cali on Sunday.")
    assert [e for e in found if e["trigger"] == "homicide" and e["cameo"] == "180"]
    assert not [e for e in violent("The homicide rate in Cali fell last year.") if e["cameo"][:2] == "18"]
    assert not [e for e in violent("Murder rates rose sharply in the city.") if e["cameo"][:2] == "18"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The two Kenyan ministers are currently under house arrest in Nairobi.",
        "The Kenyan minister was released from house arrest on Monday.",
        "Two Kenyan activists remain in detention in Nairobi.",
    ],
)
def test_an_arrest_named_as_a_state_is_no_act(text):
    assert not [e for e in violent(text) if e["cameo"][:2] == "17"]


@pytest.mark.slow
def test_placing_someone_under_arrest_is_an_arrest_by_the_placer():
    event = only(violent("Kenyan police placed the opposition leader under house arrest on Monday."))
    assert (event["cameo"], event["source"]["sector"]) == ("173", "COP")


@pytest.mark.slow
@pytest.mark.parametrize("owner", ["British-owned", "Greek-flagged", "Liberian-registered"])
def test_a_ship_is_of_the_country_that_owns_or_flags_it(owner):
    event = only(violent(f"Houthi militants fired a missile at a {owner} tanker in the Gulf of Aden."))
    assert event["target"]["country"] == {"British-owned": "GBR", "Greek-flagged": "GRC",
                                          "Liberian-registered": "LBR"}[owner]  # fmt: skip



@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        ("Russia pounds Ukraine's energy grid in massive overnight attack", "UKR"),
        ("Ukrainian drones attacked an oil refinery in Russia's Krasnodar region.", "RUS"),
        ("Russian missiles hit a power substation in Kharkiv on Friday.", "UKR"),
    ],
)
def test_infrastructure_hit_is_force_on_its_country_not_words(text, target):
    event = only(violent(text))
    assert event["cameo"][:2] == "19" and event["target"]["country"] == target


def test_a_passive_act_joined_to_an_earlier_verb_is_done_to_its_subject():
    # "sacked ..., has been detained": the parse gives the second verb no subject of its own
    event = only(violent("Chad's former vice-president, Idriss Kebir, sacked two weeks after a "
                         "failed mutiny, has been detained on suspicion of involvement in the "
                         "plot, police said."))  # fmt: skip
    assert event["cameo"] == "173" and event["target"]["name"] == "Idriss Kebir"
    event = only(violent("Opposition leader Kizza Besigye was stopped at a checkpoint and "
                         "detained for several hours, his aides said."))  # fmt: skip
    assert event["target"]["name"] == "Kizza Besigye"


def test_a_country_inside_a_longer_place_name_is_no_side():
    # "New Jersey": not Jersey's military (the Channel island is a country of the table)
    events = violent("The New Jersey operations of the bottler have been struck by a Teamsters "
                     "local, a spokesman said.")  # fmt: skip
    assert not [e for e in events for side in ("source", "target")
                if e[side] and e[side]["country"] == "JEY"]  # fmt: skip


def test_the_forces_of_coordinated_countries_each_act():
    attacked = violent("British and French troops attacked the rebels near Gao on Monday.")
    assert {(e["source"]["code"], e["cameo"]) for e in attacked} == {("GBRMIL", "190"), ("FRAMIL", "190")}
    # clashing, each side fights the other
    clashed = violent("Ethiopian and Eritrean forces clashed near Badme on Monday.")
    assert {(e["source"]["code"], e["target"]["code"]) for e in clashed} == {
        ("ETHMIL", "ERIMIL"), ("ERIMIL", "ETHMIL")}  # fmt: skip


def test_bombs_dropped_on_a_place_are_an_air_strike_and_leaflets_are_not():
    event = only(violent("Sudanese warplanes dropped four bombs on a camp near Yida on Monday."))
    assert (event["cameo"], event["source"]["code"]) == ("195", "SDNMIL")
    assert violent("Israeli jets dropped leaflets on Rafah, and the court dropped the charges.") == []
