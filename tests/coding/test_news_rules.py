"""News rules on coded acts: protection in words, statements that gloss a statement."""

from __future__ import annotations

import pytest

from eventscribe.api import process


def _coded(text: str) -> list[tuple]:
    return [
        (e["cameo"], (e["source"] or {}).get("name"), (e["target"] or {}).get("name"))
        for e in process(text, "2024-06-03").events
    ]


@pytest.mark.slow
def test_a_politician_defending_a_politician_supports_him_in_words():
    text = "Prime Minister Rishi Sunak met King Charles. Several Conservatives defended Rishi Sunak."
    assert not [c for c in _coded(text) if c[0].startswith("074")]
    assert [c for c in _coded(text) if c[0] == "051"]


@pytest.mark.slow
def test_armed_protection_stays_protection():
    assert [c for c in _coded("French troops defended Mali's government.") if c[0].startswith("074")]


@pytest.mark.slow
def test_a_participle_glossing_a_statement_is_no_statement():
    text = '"They have not read it," Chancellor Olaf Scholz said, referring to the Polish government.'
    assert not [c for c in _coded(text) if c[0][:2] == "01" and c[2]]


@pytest.mark.slow
def test_questioning_a_party_is_asking_it_and_questioning_a_thing_doubts_it():
    found = _coded("Britain's parliament questioned Boris Johnson on Tuesday.")
    assert [c for c in found if c[0] == "090"]
    found = _coded("Mexico questioned the American decision to close the border.")
    assert ("111", "Mexico", "United States") in found


@pytest.mark.slow
def test_a_verb_of_intending_codes_only_through_its_patterns():
    # INTEND's class default would make "it will mean" an intent to cooperate
    text = '"If the tariffs remain, it will mean the end of exports to Canada," Mexico said.'
    assert not [c for c in _coded(text) if c[0][:2] == "03"]
    assert [c for c in _coded("Japan plans talks with South Korea next week.") if c[0] == "036"]


@pytest.mark.slow
def test_heading_a_body_is_no_visit():
    text = "Katanga Johnson heads the National Council for Adoption, a small group in Alexandria."
    assert not [c for c in _coded(text) if c[0][:2] == "04"]


@pytest.mark.slow
def test_a_subjectless_participle_is_passive_its_asker_unknown():
    text = '"You need new sources," Rex Tillerson told reporters when asked whether the White House was pushing him out.'
    assert not [c for c in _coded(text) if c[0][:2] == "02"]


@pytest.mark.slow
def test_challenging_a_party_to_act_demands_it_and_a_shared_never_negates_both_conjuncts():
    assert ("100", "Germany", "Poland") in _coded("Germany challenged Poland to hold talks.")
    text = "Richard Cordray wrote he had never met or spoken to Donald Trump."
    assert {"meet", "speak"} <= _negated(text)
    assert not [c for c in _coded(text) if c[0][:2] == "04"]  # an act untold is no event


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, act, root",
    [
        ("A peace activist will no longer be prosecuted by the Justice Department of the "
         "United States.", "prosecute", "17"),
        ("In 1983, Japan's Justice Ministry decided to end the inquiry without prosecuting "
         "Toyota.", "prosecute", "17"),
        ("None of the grain ships are known to have been attacked by Turkey.", "attack", "19"),
        ("No Georgian villages were shelled by Russia last week, the ministry said.", "shell", "19"),
        ("No Chilean minister met the Bolivian delegation.", "meet", "04"),
        ("Canada will not support the Mexican nominee.", "support", "05"),
    ],
)
def test_an_act_negated_is_read_as_negated_and_is_no_event(text, act, root):
    # "no longer", "without", a subject that names no one, "not": the act did not happen
    assert act in _negated(text)
    assert not [c for c in _coded(text) if c[0][:2] == root]


def _negated(text: str) -> set[str]:
    """The lemmas of the words whose act the text negates, read on the model's parse."""
    from eventscribe.coding.modality import is_negated
    from eventscribe.parse import load_model
    from eventscribe.settings import Settings

    doc = load_model(Settings().model)(text)
    return {t.lemma_ for t in doc if t.pos_ in ("VERB", "NOUN") and is_negated(t)}


@pytest.mark.slow
def test_an_act_no_one_did_to_no_one_is_no_event():
    found = _coded("No one was hurt when Russian forces shelled Kharkiv on Monday.")
    assert [c for c in found if c[0][:2] == "19"]
    assert all(c[1] or c[2] for c in found)


@pytest.mark.slow
def test_coming_back_from_a_trip_to_a_country_is_having_visited_it():
    events = process("The Kenyan president returned from a three-day visit to Ethiopia on Monday.", "2024-06-03").events
    assert [(e["cameo"], e["target"]["country"]) for e in events] == [("042", "ETH")]
    events = process("Kenyan Foreign Minister Musalia Mudavadi said on his return to Nairobi from Addis Ababa that talks went well.",
                     "2024-06-03").events  # fmt: skip
    assert ("042", "KEN", "ETH") in [(e["cameo"], e["source"]["country"], e["target"]["country"]) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, codes",
    [
        ("The Kenyan president paid little attention to Uganda.", []),
        ("Fans are tired of the disrespect the Kenyan league is paying to our flag.", []),
        ("The Kenyan president paid a visit to Uganda on Monday.", ["042"]),
        ("The Kenyan president paid tribute to the Ugandan army on Monday.", ["051"]),
        ("Kenya will have to pay the Ugandan government 75 mln dlrs by 1991.", ["061"]),
    ],
)
def test_to_pay_what_is_not_money_is_no_payment(text, codes):
    assert [e["cameo"] for e in process(text, "2024-06-03").events] == codes


@pytest.mark.slow
def test_an_armed_force_is_not_placed_against_itself():
    events = process("BAGHDAD - Iraqi warplanes flew 94 sorties against the positions near Basra.", "1987-03-23").events
    assert [(e["source"]["code"], e["target"]) for e in events if e["cameo"] == "195"] == [("IRQMIL", None)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister told the Sunday Times that he would resign.",
        "His Kenyan lawyer told the Nairobi News on Wednesday that he had no plans to resign.",
    ],
)
def test_a_statement_to_a_newspaper_is_the_news_not_an_act(text):
    assert not [e for e in process(text, "2024-06-03").events if e["cameo"][:2] == "01"]


@pytest.mark.slow
def test_a_statement_to_an_agency_of_states_is_an_act():
    events = process("The Iranian foreign minister told the International Atomic Energy Agency that "
                     "Iran would allow inspections.", "2024-06-03").events  # fmt: skip
    assert [e for e in events if e["target"] and e["target"]["code"].startswith("IGO")]


@pytest.mark.slow
def test_at_least_is_a_count_not_a_patterns_preposition():
    events = process("Kenyan Senator Jane Smith met with the Russian ambassador at least twice in 2016.",
                     "2017-06-03").events  # fmt: skip
    assert [e["cameo"] for e in events] == ["040"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("French President Emmanuel Macron met German Chancellor Olaf Scholz at the Elysee on Monday.", "04"),
        ("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi for talks.", "04"),
        ("Japanese Prime Minister Fumio Kishida will meet Indian Prime Minister Narendra Modi at a summit.", "03"),
    ],
)
def test_a_meeting_told_as_done_is_a_consultation_and_a_planned_one_an_intent(text, root):
    assert {c[0][:2] for c in _coded(text)} == {root}


def test_serving_on_a_committee_is_membership_not_aid():
    assert not _coded("Senator John Cornyn, who serves on the intelligence committee, said he was unaware.")


def test_calling_someone_something_is_no_appeal():
    text = "Senator Tina Smith thanked Senator Al Franken and called him a champion for the state."
    assert not [c for c in _coded(text) if c[0].startswith("02")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, root",
    [
        ("Egypt and Qatar discussed how to free the hostages held by Hamas.", "19"),
        ("Turkey is weighing whether to attack Kurdish fighters in Syria.", "19"),
        ("The EU will decide when to impose sanctions on Iran.", "16"),
    ],
)
def test_an_act_in_an_open_question_is_no_event(text, root):
    assert not [c for c in _coded(text) if c[0][:2] == root]


@pytest.mark.slow
def test_what_may_or_could_be_is_no_act_and_what_will_be_is_intended():
    assert _coded("Analysts said Mueller could be targeting Manafort's business partners.") == []
    assert _coded("Kenya may impose sanctions on Uganda, officials said.") == []
    # the possibility reaches each act of a list the verb carries
    assert _coded("From the sea, Iranian carriers could launch bombing runs or missile strikes "
                  "on Iraq, the paper said.") == []  # fmt: skip
    found = process("Kenya will impose sanctions on Uganda, officials said.", "2024-06-03").events
    assert [(e["cameo"], e["modality"]) for e in found] == [("163", "intended")]


@pytest.mark.slow
def test_support_praise_and_aid_are_for_the_party_they_favour():
    assert _coded("Kenya voiced support for Uganda on Monday.") == [("050", "Kenya", "Uganda")]
    assert [c[2] for c in _coded("Kenya announced aid for Uganda on Monday.")] == ["Uganda"]
    # elsewhere "for" gives a reason, not a party
    events = _coded("Kenya imposed sanctions on Uganda for the killing of Mary Otieno.")
    assert [(c[1], c[2]) for c in events if c[0] == "163"] == [("Kenya", "Uganda")]


@pytest.mark.slow
def test_a_collective_of_coordinated_countries_is_each_countrys():
    met = _coded("Kenyan and South Sudanese officials met in Nairobi on Monday.")
    assert {(c[0][:2], c[1], c[2]) for c in met} == {
        ("04", "Kenya government", "South Sudan government"),
        ("04", "South Sudan government", "Kenya government"),
    }
    criticized = _coded("Uganda criticized Kenyan and Tanzanian diplomats on Monday.")
    assert {c[2] for c in criticized} == {"Kenya government", "Tanzania government"}


@pytest.mark.slow
def test_what_parties_agree_on_is_what_they_agree():
    agreed = _coded("Kenya and Uganda agreed on a trade deal on Monday.")
    assert {c[0] for c in agreed} == {"057"} and len(agreed) == 2
    assert {c[0] for c in _coded("Kenya and Uganda agreed on a ceasefire.")} == {"0871"}
