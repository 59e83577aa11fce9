"""The event coder's rules on whole sentences, through the default pipeline."""

from __future__ import annotations

import pytest

import eventscribe
from eventscribe.settings import DEFAULT_STAGES, Settings


def _events(text: str, date: str = "2023-10-15", **settings) -> list[tuple]:
    result = eventscribe.process(text, date, settings=Settings(**settings) if settings else None)
    return [
        (e["cameo"], (e["source"] or {}).get("name"), (e["target"] or {}).get("name"))
        for e in result.events
    ]


@pytest.mark.slow
def test_coordinated_subjects_meet_each_other():
    found = _events("Iran's foreign minister and Hamas leader Ismail Haniyeh met in Doha.")
    roots = {code[:2] for code, _, _ in found}
    assert "04" in roots
    assert len([f for f in found if f[0][:2] == "04"]) == 2  # one each way


@pytest.mark.slow
def test_a_meeting_told_before_is_no_new_meeting():
    assert not [f for f in _events("Poland's foreign minister and Czech lawyer Petr Novak were also at that meeting.")
                if f[0][:2] == "04"]  # fmt: skip
    assert [f for f in _events("Poland's foreign minister and Czech lawyer Petr Novak were also at the meeting.")
            if f[0][:2] == "04"]  # fmt: skip


@pytest.mark.slow
def test_coordinated_speakers_do_not_address_each_other():
    found = _events("Senators Marco Rubio and Mike Lee said they want a larger tax credit.")
    assert not [f for f in found if f[1] and f[2] and {f[1], f[2]} <= {"Marco Rubio", "Mike Lee"}]


@pytest.mark.slow
def test_a_predicate_with_an_object_is_not_reciprocal():
    found = _events("Frank Pallone and Ron Wyden called the request a dereliction of duty.")
    assert not [f for f in found if f[2] in ("Frank Pallone", "Ron Wyden")]


@pytest.mark.slow
def test_coordinated_subjects_of_a_one_way_act_do_not_act_on_each_other():
    found = _events("Donald Trump and Mitch McConnell endorsed.")
    assert not [f for f in found if f[1] and f[2]]  # praise (051) goes one way, to no one here
    assert _events("Donald Trump and Xi Jinping agreed to cooperate.", "2017-11-09")


@pytest.mark.slow
def test_force_between_politicians_is_words_but_against_a_state_stays_force():
    date = "2017-11-09"
    dateline = "WASHINGTON (Reuters) - "
    words = _events(
        dateline + "President Donald Trump attacked Senator Bob Corker on Twitter.", date
    )
    assert ("111", "Donald Trump", "Bob Corker") in words
    force = _events(dateline + "President Donald Trump attacked Syria on Friday.", date)
    assert ("190", "Donald Trump", "Syria") in force
    armed = _events(
        "Israeli Prime Minister Benjamin Netanyahu attacked Hamas leader Ismail Haniyeh."
    )
    assert [code for code, *_ in armed] == ["190"]


@pytest.mark.slow
def test_a_standing_relation_is_not_an_event():
    found = _events("Republican Mark Meadows, who heads the Freedom Caucus, met Paul Ryan.")
    assert not [f for f in found if f[0] == "060"] and [f for f in found if f[0][:2] == "04"]
    assert not _events("Republicans control the U.S. Senate.", "2017-11-09")


@pytest.mark.slow
def test_calling_someone_something_is_no_call_and_a_date_is_no_pattern_word():
    named = _events('Senator Bob Corker called the White House an "adult day care center".')
    assert not [f for f in named if f[0][:2] == "04"]
    phoned = _events("Senator Michael Flynn called the Russian ambassador on Monday.")
    assert {code for code, *_ in phoned} == {"041"}  # not "called on" (020)
    assert ("0241", "Democratic Party", "John Conyers") in _events(
        "Democrats called on Senator John Conyers on Thursday to resign."
    )


@pytest.mark.slow
def test_a_passive_with_its_own_subject_does_not_borrow_a_source():
    found = _events(
        "Americans feast on turkey on Thanksgiving, but Drumstick and his pal Wishbone "
        "were granted a reprieve.",
        "2017-11-21",
    )
    assert not [f for f in found if f[1] == "United States"]
    shared = _events("Israel struck Gaza and was condemned by Iran.")
    assert ("111", "Iran", "Israel") in shared  # the passive's subject is the one it shares


@pytest.mark.slow
def test_statement_addressee_is_told_not_the_medium():
    assert not [f for f in _events("Donald Trump said on Twitter that the plan would fail.")
                if f[2] == "Twitter"]  # fmt: skip
    told = _events("Senator Chris Coons told Senator Lindsey Graham that the bill would pass.")
    assert ("010", "Chris Coons", "Lindsey Graham") in told
    # telling CNN is an interview: how the news was gathered, not an act between the two
    assert not [f for f in _events("Senator Chris Coons told CNN that the bill would pass.")
                if f[2] == "CNN"]  # fmt: skip


@pytest.mark.slow
def test_object_control_gives_the_infinitive_its_subject():
    found = _events("Donald Trump asked James Comey to stop investigating Michael Flynn.")
    assert not [f for f in found if f[1] == "Donald Trump" and f[2] == "Michael Flynn"]


@pytest.mark.slow
def test_electoral_contest_is_not_an_attack():
    found = _events("Ralph Northam defeated Ed Gillespie by nine points in the governor's race.")
    assert not [f for f in found if f[0][:2] in ("18", "19", "20")]
    fought = _events("Israeli troops defeated Hamas in Gaza.")
    assert [f for f in fought if f[0][:2] in ("19", "20")]
    # a phrasal verb of a contest: "blown out", not "blew up"
    assert _events("Republican Ed Gillespie was blown out by Democrat Ralph Northam in the "
                   "Virginia suburbs, where Donald Trump struggled in the presidential race.") == []
    bombed = _events("A bomb blew up a polling station in Kabul during the election, killing three.")
    assert [f for f in bombed if f[0][:2] == "18"]


@pytest.mark.slow
def test_a_ballot_for_a_candidate_is_no_event_and_a_bodys_vote_on_a_measure_is():
    assert _events("Mary Lund, 61, said she voted for Republicans and for Senator Tom Ruiz.") == []
    assert _events("The U.N. Security Council voted for sanctions against North Korea on Monday.")


@pytest.mark.slow
def test_wire_credit_is_not_a_party():
    found = _events("WASHINGTON (Reuters) - U.S. President Donald Trump praised Japan on Tuesday.")
    assert all("Reuters" not in (f[1] or "") + (f[2] or "") for f in found)
    assert [f for f in found if f[0][:2] == "05"]


@pytest.mark.slow
def test_first_actor_target_rule_is_petrarchs_and_optional():
    text = "Israel welcomed a resumption of formal ties between Egypt and Jordan."
    assert not [f for f in _events(text) if f[2] in ("Egypt", "Jordan")]
    found = _events(text, petrarch_targets=True)
    assert {f[2] for f in found if f[0][:2] == "05"} >= {"Egypt", "Jordan"}


@pytest.mark.slow
def test_a_channel_after_on_is_the_medium_not_a_party():
    found = _events("London Mayor Sadiq Khan has clashed on Twitter with Donald Trump.")
    assert not [f for f in found if f[2] == "Twitter"]
    assert [f for f in found if f[2] == "Donald Trump"]


@pytest.mark.slow
def test_an_act_on_an_act_targets_who_carried_it_out():
    text = (
        "Iran's foreign minister praised the attack. "
        "Hamas stormed Israeli towns on Saturday, killing hundreds of people."
    )
    found = _events(text)
    assert [f for f in found if f[0] == "051" and f[2] == "Hamas"]
    assert not [f for f in _events("Iran's foreign minister praised the attack.") if f[0] == "051"]


@pytest.mark.slow
def test_dismissal_is_no_attack_and_a_tweeted_attack_is_criticism():
    assert not _events("Comey was fired by President Donald Trump in May.")
    found = _events("Schumer said Donald Trump's tweeted attack on Kirsten Gillibrand was nasty.")
    assert ("111", "Donald Trump", "Kirsten Gillibrand") in found


@pytest.mark.slow
def test_members_of_an_organization_act_for_it():
    assert ("190", "Hamas", "Israel military") in _events(
        "Hamas fighters attacked Israeli soldiers."
    )


@pytest.mark.slow
def test_their_meeting_takes_the_partner_the_article_names():
    text = (
        "During their meeting in Doha on Saturday, Iran's foreign minister praised Qatar. "
        "Iran's foreign minister later met with Hamas leader Ismail Haniyeh in Doha."
    )
    # one meeting, told twice: the sentence that names no partner takes the article's
    unfolded = Settings(stages=DEFAULT_STAGES[:-1])
    told = [f for f in _events(text, stages=unfolded.stages) if f[0][:2] == "04"]
    assert len(told) == 2 and all(f[2] == "Ismail Haniyeh" for f in told)
    assert [f[2] for f in _events(text) if f[0][:2] == "04"] == ["Ismail Haniyeh"]


def test_an_interview_is_how_the_news_was_gathered_not_an_act():
    from eventscribe.api import process

    for text in (
        "Senator Jane Holt told Reuters on Monday that she would vote against the bill.",
        "Governor Lee told KRIS-TV that the state would appeal.",
    ):
        assert [e for e in process(text, "2020-01-01").events if e["cameo"][:2] == "01"] == []
    told = process("Russian Foreign Minister Sergei Lavrov told Rex Tillerson it was unacceptable.", "2017-11-02")
    assert [e["cameo"][:2] for e in told.events] == ["01"]


@pytest.mark.slow
def test_disapproval_of_a_partys_thing_is_aimed_at_the_party():
    assert ("111", "Mitch McConnell", "Chuck Schumer") in _events(
        "Senator Mitch McConnell criticized Senator Chuck Schumer's proposal."
    )
    assert ("111", "Russia", "United States") in _events("Russia condemned the United States' decision.")


@pytest.mark.slow
def test_appeals_and_demands_take_the_asked_party_and_the_act_asked_for():
    assert ("0253", "Iran", "Iraq") in _events("Iran urged Iraq to release the prisoners.")
    assert ("1056", "Egypt", "Israel") in _events("Egypt demanded that Israel withdraw its troops.")
    assert ("0241", "Paul Ryan", "John Conyers") in _events(
        "House Speaker Paul Ryan said Representative John Conyers should resign."
    )
    assert ("0241", "Kirsten Gillibrand", "Donald Trump") in _events(
        "Senator Kirsten Gillibrand on Monday called for President Donald Trump to resign."
    )
    # "must" demands what "should" asks; a party told so is asked, as its country qualifies it
    assert ("1041", "Paul Ryan", "John Conyers") in _events(
        "House Speaker Paul Ryan said Representative John Conyers must resign."
    )
    assert [f for f in _events("Pope Francis told Argentine politicians they should defend human rights.", "2024-03-10")
            if f[0][:2] == "02" and f[2] == "Argentina"]  # fmt: skip
    # what is told to an audience asks the party the told clause names
    assert [f[:2] + (f[2],) for f in _events(
        "China's foreign ministry spokesman Wang Wenbin told reporters that the United States "
        "should stop interfering in Hong Kong.") if f[0][:2] == "02"] == [("0256", "Wang Wenbin", "United States")]  # fmt: skip
    assert ("0253", "Germany", "Israel") in _events("Germany told Iran that Israel should release the prisoners.")
    # a party told to act is given an instruction, a demand, and has not acted yet
    assert _events("Germany told Iran to release the prisoners.") == [("1053", "Germany", "Iran")]


@pytest.mark.slow
def test_the_act_asked_for_has_not_happened():
    found = _events("The United States urged Israel to stop the bombing of Gaza.")
    assert ("0256", "United States", "Israel") in found
    assert not [f for f in found if f[0][:2] in ("18", "19", "20")]


@pytest.mark.slow
def test_sanctions_on_a_party_and_a_rejected_proposal_by_a_party():
    assert ("163", "European Union", "Russia") in _events(
        "The European Union imposed sanctions on Russia on Monday."
    )
    assert ("120", "Russia", "France") in _events("Russia rejected the proposal by France.")


@pytest.mark.slow
def test_acts_refused_avoided_or_in_the_background_are_not_coded():
    # the act ruled out is not coded; the ruling out is a rejection aimed at its recipient
    assert _events("France ruled out sending troops to Ukraine.") == [("120", "France", "Ukraine")]
    assert _events("Austria wants Serbia to recognise Kosovo.") == []  # a wish, not an act
    assert _events("Germany avoided condemning Russia.") == []
    assert not [f for f in _events("Since Russia's invasion of Ukraine, Germany has changed its policy.")
                if f[0][:2] in ("19", "20")]  # fmt: skip


@pytest.mark.slow
def test_a_rejection_negated_is_no_event():
    assert _events("Germany said it would not rule out talks with Iran.") == []
    assert _events("Japan did not reject the Chinese proposal.") == []
    assert _events("Japan rejected the Chinese proposal.") == [("120", "Japan", "China")]


@pytest.mark.slow
def test_a_denial_answers_whose_claims_it_denies():
    assert _events("Iran rejected accusations by Saudi Arabia that it armed the rebels.") == [
        ("016", "Iran", "Saudi Arabia")
    ]
    assert _events("Israel denied Egypt's claims that it had closed the crossing.") == [
        ("016", "Israel", "Egypt")
    ]
    assert _events("Iran denied involvement in the attack.") == [("016", "Iran", None)]
    # a denial of any act, where no pattern of the dictionary names it
    assert _events("Israel denied striking the hospital in Gaza.") == [("016", "Israel", None)]


@pytest.mark.slow
def test_a_lawsuit_is_legal_action_not_an_arrest():
    found = _events("Greenpeace sued the French government on Tuesday.")
    assert [code for code, _, _ in found] == ["115"]


@pytest.mark.slow
def test_going_to_a_capital_is_a_visit_to_its_country():
    assert ("042", "Fumio Kishida", "Ukraine") in _events(
        "Prime Minister Fumio Kishida traveled to Kyiv on Tuesday."
    )


@pytest.mark.slow
def test_aid_given_and_pledged_by_kind():
    assert ("072", "United States", "Ukraine") in _events("The United States sent weapons to Ukraine on Friday.")
    assert ("0332", "Germany", "Ukraine") in _events(
        "Germany pledged 1 billion euros in military aid to Ukraine."
    )
    assert ("073", "Japan", "Turkey") in _events("Japan provided humanitarian aid to Turkey.")
    # Aid not yet given is the stated intent to give it.
    assert ("0333", "Japan", "Turkey") in _events("Japan will provide humanitarian aid to Turkey.")
    # Announcing or allotting aid itself gives it; announcing support is words.
    assert ("072", "Canada", "Moldova") in _events("Canada unveiled a $40 million military aid package for Moldova.")
    assert ("071", "Japan", "Egypt") in _events("Japan extended a $300 million loan to Egypt on Monday.")
    assert not [e for e in _events("Canada announced its support for Moldova.") if e[0][:2] == "07"]


@pytest.mark.slow
def test_harsh_judgement_is_criticism_of_the_party_judged():
    assert ("111", "Mitch McConnell", "Democratic Party") in _events(
        "Senator Mitch McConnell called the Democrats' position untenable."
    )
    assert ("111", "Iran", "United States") in _events("Iran said the U.S. sanctions were illegal.")
    assert _events("Iran said the U.S. sanctions were not illegal.") == []
    assert _events("The minister said the weather was nasty.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Antony Blinken "
        "by phone that the talks were over.",
        "French President Emmanuel Macron spoke with Ukrainian President Volodymyr Zelensky "
        "by telephone on Tuesday.",
        "In a phone call on Tuesday, French President Emmanuel Macron told Ukrainian "
        "President Volodymyr Zelensky that France would send more weapons.",
    ],
)
def test_words_exchanged_by_telephone_are_a_telephone_discussion(text):
    assert {f[0] for f in _events(text)} == {"041"}


def test_words_exchanged_by_other_means_keep_their_code():
    found = _events("Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State "
                    "Antony Blinken on Monday that the talks were over.")  # fmt: skip
    assert [f[0] for f in found] == ["010"]
    found = _events("Germany's chancellor met the French president by the river on Monday.")
    assert {f[0] for f in found} == {"040"}


def test_time_given_is_a_deadline_and_aid_given_to_an_indirect_object_is_aid():
    assert _events("President Trump gave Congress six months to find a solution.") == []
    found = _events("The United States gave Jordan $50 million in military aid.")
    assert [(f[0], f[2]) for f in found] == [("072", "Jordan")]



def test_a_phrase_naming_an_office_and_its_holder_is_one_party():
    found = _events("Belarus's leader Alexander Lukashenko accused Poland of provoking tensions.")
    assert found == [("112", "Alexander Lukashenko", "Poland")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kremlin rejected France's peace plan.", ("120", "Russia government", "France")),
        ("Moscow rejected the peace plan proposed by Paris.", ("120", "Russia government", "France government")),
        ("Egypt mediated between Israel and Hamas.", ("045", "Egypt", "Israel")),
    ],
)
def test_rejections_and_mediation_the_dictionary_leaves_uncoded(text, expected):
    assert expected in _events(text)


def test_an_appointment_to_office_is_no_cameo_act():
    assert _events("President Trump had assigned budget director Mick Mulvaney to the same role.") == []


@pytest.mark.slow
def test_backing_an_act_of_force_is_support_of_its_author_not_force():
    found = _events("The Italian parliament backed Spain's naval blockade against the smugglers.")
    assert not [f for f in found if f[0][:2] in ("13", "18", "19", "20") and f[1] == "Italian parliament"]
    found = _events("The French Senate on Tuesday backed President Macron's retaliatory strike against Syrian targets.")
    assert [f for f in found if f[0][:2] == "05" and f[2] and "Macron" in f[2]]


def test_a_partitive_subject_is_part_of_the_group_named_before_it():
    assert ("100", "Conservative Party", "Rishi Sunak") in _events(
        "While British Conservatives praised the budget, some demanded that Prime Minister"
        " Rishi Sunak cut fuel duty."
    )
    # "some of X": the counted group names them, not the subject before
    events = _events("While Labour praised the budget, some of the Conservatives demanded cuts.")
    assert not [e for e in events if e[1] == "Labour Party"]


def test_an_arrival_for_talks_with_a_third_party_visits_the_host():
    events = _events(
        "U.S. Secretary of State Antony Blinken arrived in Cairo on Saturday for talks with"
        " Qatari officials."
    )
    assert ("042", "Antony Blinken", "Egypt") in events
    assert ("046", "Antony Blinken", "Qatar government") in events
    assert not [e for e in events if e[0] == "042" and e[2] == "Qatar government"]
