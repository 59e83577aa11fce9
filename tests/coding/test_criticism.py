"""Criticism and displeasure in the constructions news uses, on sentences of our own."""

from __future__ import annotations

from eventscribe.api import process

DAY = "2021-06-14"


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["cameo"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country"))
        for e in process(text, DAY).events
    ]


def test_force_at_a_thing_owned_by_a_party_is_criticism_of_the_owner():
    assert ("111", "USA", "USA") in coded(
        "U.S. Senator Elizabeth Warren attacked President Joe Biden's tax plan on Monday."
    )


def test_force_at_an_armed_partys_positions_stays_force():
    assert [c[0][:2] for c in coded("Russian troops attacked Ukraine's positions on Monday.")] == ["19"]


def test_criticism_received_comes_from_the_critics():
    assert coded("Chancellor Helmut Kohl received strong criticism from France.") == [
        ("111", "FRA", "DEU")
    ]
    events = coded("The Israeli minister's plan drew condemnation from Egypt and Jordan.")
    assert sorted(events) == [("111", "EGY", "ISR"), ("111", "JOR", "ISR")]


def test_coming_under_fire_from_armed_men_is_no_criticism():
    assert all(c[0] != "111" for c in coded("The Kenyan convoy came under fire from gunmen."))


def test_displeasure_with_a_countrys_decision_is_disapproval_of_that_country():
    assert coded("The French minister said he was unhappy with the German decision.") == [
        ("110", "FRA", "DEU")
    ]
    assert coded("The French minister said he was not unhappy with the German decision.") == []


def test_subjects_meeting_as_the_setting_of_their_act_met_each_other():
    events = coded(
        "German Chancellor Angela Merkel and French President Emmanuel Macron reaffirmed "
        "their commitment to the euro at a meeting in Berlin on Monday."
    )
    assert sorted(events) == [("040", "DEU", "FRA"), ("040", "FRA", "DEU")]


def test_attacks_between_two_people_with_no_arms_or_harm_are_words():
    events = coded("Democrat Doug Hale cranked up his attacks on Republican Roy Mason over the allegations.")
    assert [c[0] for c in events] == ["111"]


def test_how_the_news_was_gathered_is_no_event():
    assert coded("Reuters has not independently verified the accusations against the senator.") == []


def test_a_harsh_report_naming_one_party_is_criticism_of_it():
    events = process(
        '"What people find offensive is Senator Ann Cole lying about her record," '
        "White House spokesman Tom Reyes told reporters.", DAY
    ).events
    assert [(e["cameo"], e["source"]["name"], e["target"]["name"]) for e in events] == [
        ("111", "Tom Reyes", "Ann Cole")
    ]


def test_a_harsh_report_judges_no_place_and_not_the_speakers_side():
    assert not any(c[0] == "111" for c in coded(
        "Russian Foreign Minister Sergei Lavrov said it was unacceptable to politicize the work of inspectors in Syria."
    ))  # fmt: skip
    assert not any(c[0] == "111" for c in coded(
        'Deputy Secretary Tom Reyes said that Senator Ann Cole and he had "inherited a mess".'
    ))  # fmt: skip


def test_a_harsh_report_judges_no_topic_and_no_other_speaker():
    events = process(
        "The White House said the accusations against President Joe Biden were false.", DAY
    ).events
    assert not any(e["cameo"] == "111" and e["target"]["name"] == "Joe Biden" for e in events)


def test_a_trip_or_tour_to_a_country_is_a_visit():
    assert coded("German Chancellor Olaf Scholz began a two-day trip to China on Friday.") == [
        ("042", "DEU", "CHN")
    ]


def test_coming_back_from_a_place_is_a_visit_there_and_the_way_home_is_none():
    assert coded("Indian Foreign Minister Anil Rao returned to New Delhi from Tokyo on Sunday.") == [
        ("042", "IND", "JPN")
    ]
    assert coded("French President Emmanuel Macron returned to Paris on Sunday.") == []


def test_saying_a_party_does_not_understand_is_criticism_of_it():
    text = "Austria said the Hungarian government does not understand how the European Union works."
    assert [c for c in coded(text) if c[0] == "111"] == [("111", "AUT", "HUN")]
    # not knowing a fact is no failing
    text = "Austria said the Hungarian government does not know the date of the summit."
    assert not [c for c in coded(text) if c[0] == "111"]


def test_saying_a_party_failed_to_act_is_criticism_of_it():
    text = "Austria said the Hungarian government had failed to protect the refugees."
    assert [c for c in coded(text) if c[0] == "111"] == [("111", "AUT", "HUN")]
    text = "Austria said the Hungarian government has never failed to pay its dues."
    assert not [c for c in coded(text) if c[0] == "111"]


def test_a_harsh_thing_from_a_party_judges_that_party_not_a_place():
    text = "Austria said it had inherited a mess from the Hungarian government."
    assert [c for c in coded(text) if c[0] == "111"] == [("111", "AUT", "HUN")]
    text = "Austria said the refugees who came from Hungary had faced a mess."
    assert not [c for c in coded(text) if c[0] == "111" and c[2] == "HUN"]


def test_criticism_received_by_the_subject_of_the_verb_the_infinitive_complements():
    assert ("111", "FRA", "FRA") in coded(
        "The French government continued to come under fire from the French opposition over its pension plan."
    )


def test_a_nominal_criticism_of_a_thing_is_criticism_of_whose_it_is():
    text = "Austrian Chancellor Karl Nehammer's sharp criticism of Hungarian migration policy surprised diplomats on Monday."
    assert ("111", "AUT", "HUN") in coded(text)


def test_nominal_criticism_takes_its_of_phrase_wherever_the_parse_hangs_it():
    # the parse hangs "of ..." on the agent of "by"; the policy is Germany's
    assert ("111", "FRA", "DEU") in coded(
        "On Sunday, criticism by French Finance Minister Bruno Le Maire of the tightening of"
        " German fiscal policy sent bond yields higher."
    )


def test_a_report_speaks_for_its_maker_and_the_report_later_for_the_same():
    assert ("111", "GBR", "FRA") in coded(
        "The British parliament's report said France had been reckless and incompetent."
    )
    assert ("111", "GBR", "FRA") in coded(
        "The British parliament's report was published on Monday. The report said France"
        " had been reckless and incompetent."
    )


def test_verbs_of_deceit_in_a_reported_clause_criticise_the_one_said_to_deceive():
    found = coded("Iraqi officials said Iran had exaggerated the battle reports.")
    assert any(c[0][:2] == "11" and c[1:] == ("IRQ", "IRN") for c in found)
    assert not [c for c in coded("Iraqi officials said prices had inflated.") if c[0][:2] == "11"]


def test_the_decision_criticised_is_the_act_just_told():
    assert ("111", "CAN", "FRA") in coded(
        "France cut its aid to Mali on Monday. Canadian Prime Minister Justin Trudeau criticised"
        " the decision."
    )
    assert ("110", "CAN", "FRA") in coded(
        "France cut its aid to Mali on Monday. Canadian Prime Minister Justin Trudeau said he was"
        " unhappy with the decision."
    )
    # the same sentence's act, told before the criticism
    assert ("111", "HUN", "IGO") in [
        (c, s, "IGO" if t is None else t) for c, s, t in coded(
            "The European Union imposed new sanctions on Russian banks on Friday, and Hungary's"
            " Prime Minister Viktor Orban criticised the decision as harmful."
        )
    ]  # fmt: skip


def test_a_decision_after_words_alone_has_no_decider():
    # criticism is no decision: "the decision" is not Mali's criticism
    assert not [c for c in coded(
        "Mali criticised France on Monday. Canadian Prime Minister Justin Trudeau criticised the"
        " decision."
    ) if c[1] == "CAN"]  # fmt: skip


def test_displeasure_of_a_speaker_the_parse_cut_from_his_name_is_his_pronouns():
    # "Jorge Rios" hangs on the union's name, not on "The head"; "he" is Rios
    events = process(
        "Argentine Labour Minister Carlos Tomada cut the subsidy for Rosario's dockers on"
        " Monday. The head of the dockers' union, SUPA, Jorge Rios, said he was unhappy with"
        " the decision.", DAY
    ).events
    assert [(e["source"]["name"], e["target"]["name"]) for e in events if e["cameo"] == "110"] == [
        ("Jorge Rios", "Carlos Tomada")
    ]
