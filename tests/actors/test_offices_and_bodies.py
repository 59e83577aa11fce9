"""Offices, former offices, international bodies before other words, and short names of
texts: registry entries an analyst can trust (issue 18)."""

from __future__ import annotations

import pytest


def _actors(text: str, day: str = "2017-05-16") -> dict:
    import eventscribe

    article = eventscribe.process(text, day).article
    return {a.name: a for a in article.actors.values()}


def _mentions(text: str, day: str = "2017-05-16") -> list:
    import eventscribe

    article = eventscribe.process(text, day).article
    return [(m.text, article.actors[m.actor_id].name) for m in article.mentions if m.actor_id]


@pytest.mark.slow
def test_an_international_body_before_other_words_wins_over_the_dateline():
    actors = _actors("BRUSSELS, May 4 - European Community trade ministers agreed to cut "
                     "import duties, and EC farm ministers met again on Tuesday.", "1987-05-04")
    assert "European Community" in actors
    assert not any(a.country == "BEL" for a in actors.values())


@pytest.mark.slow
def test_the_office_of_a_known_body_is_its_holder_or_the_body():
    mentions = _mentions("Fed Chair Lena Marsh said rates would rise. The Fed chair also "
                         "warned of slower growth.")
    assert ("Fed chair", "Lena Marsh") in mentions
    actors = _actors("Fed Chair Lena Marsh said rates would rise.")
    assert (actors["Lena Marsh"].country, actors["Lena Marsh"].role) == ("USA", "chair")
    alone = _actors("The Fed chair warned of slower growth on Tuesday.")
    assert set(alone) == {"Federal Reserve"}


@pytest.mark.slow
def test_a_former_office_is_no_office():
    actors = _actors("Former interior minister Karl Weber criticised the plan on Monday.")
    assert actors["Karl Weber"].sector == "ELI"
    assert actors["Karl Weber"].role.startswith("former ")


@pytest.mark.slow
def test_the_short_name_of_a_text_is_no_organization():
    actors = _actors("Refiners attacked the Clean Water Standard (CWS) on Monday, saying the "
                     "CWS costs them billions.")
    assert "CWS" not in actors


@pytest.mark.slow
def test_a_name_the_tagger_spans_across_a_preposition_is_one_body():
    actors = _actors("The Presidential Commission on Public Integrity said it froze the "
                     "accounts on Monday.")
    assert "Presidential Commission on Public Integrity" in actors
    assert "Public Integrity" not in actors
    defined = _actors("The Presidential Commission on Public Integrity (PCPI) said it froze "
                      "the accounts on Monday.")
    assert "Presidential Commission on Public Integrity" in defined  # not "... (PCPI"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Securities and Exchange Commission sued the broker on Monday.",
         "Securities and Exchange Commission"),
        ("Procter & Gamble said on Monday its sales rose.", "Procter & Gamble"),
        ("The Centers for Disease Control and Prevention said cases rose on Monday.",
         "Centers for Disease Control and Prevention"),
    ],
)  # fmt: skip
def test_a_name_the_tagger_spans_across_and_is_one_body(text, name):
    """Not "Securities" (which "the broker" then took) and an "Exchange Commission"."""
    actors = _actors(text)
    assert list(actors) == [name]


def test_two_names_the_tagger_runs_together_across_and_stay_two():
    from docs import doc_from
    from eventscribe.actors.phrases import sentence_phrases

    for words in (["Corker", "and", "Flake", "voted"], ["House", "&", "Senate", "voted"],
                  ["Acme", "Corp", "and", "Bixco", "Holdings", "Inc", "merged"]):  # fmt: skip
        end = len(words) - 1
        doc = doc_from(words, tags=["NNP"] * end + ["VBD"], ents=[(0, end, "ORG")])
        assert all(len(p.tokens) < end for p in sentence_phrases(doc[:])), words


@pytest.mark.slow
def test_a_generic_word_before_of_is_no_name_of_its_own():
    """ "Association" of "the Association of Tin Producing Countries" names no body: keyed
    so, every "Association of ..." of every article would be one actor."""
    actors = _actors("The Association of Coffee Growing Nations said on Monday that the "
                     "Times of Zambia had misquoted it. The Central Bank of Kenya declined "
                     "to comment.")  # fmt: skip
    assert "Association" not in actors and "Times" not in actors and "Central Bank" not in actors
    assert actors["Times of Zambia"].country == "ZMB"
    assert actors["Central Bank of Kenya"].country == "KEN"


@pytest.mark.slow
def test_a_capitalised_common_noun_after_a_country_is_no_organization():
    """Some wires capitalise the word after "U.S.": warships so written are the US
    military, an attack the text also writes in lower case is no actor; a name stays one."""
    warships = _mentions("U.S. Warships shelled the platform on Monday.", "1987-10-20")
    assert ("U.S. Warships", "United States military") in warships
    attack = _actors("Iran condemned the U.S. Attack on its platforms, saying the attack "
                     "broke the law.", "1987-10-20")  # fmt: skip
    assert "U.S. Attack" not in attack
    assert "U.S. Steel" in _actors("U.S. Steel said on Monday it would cut output.")


@pytest.mark.slow
def test_a_committee_of_the_house_is_the_lower_houses():
    """ "House" alone opens no body's name, but before a committee it is the House of
    Representatives; "and" inside the name splits it into no person "Ways"."""
    actors = _actors("WASHINGTON (Reuters) - The House Ways and Means Committee approved "
                     "the bill on Monday. The House Budget Committee met on Tuesday.")  # fmt: skip
    assert {(a.kind, a.country, a.sector) for a in actors.values()} == {("body", "USA", "LEG")}
    assert len(actors) == 2


@pytest.mark.slow
def test_an_official_in_a_story_filed_from_elsewhere_keeps_no_foreign_country():
    actors = _actors("WASHINGTON, March 4 - National security adviser Tom Briggs declined to "
                     "discuss arms sales to Iran, the White House said. Iran denied the report. "
                     "Iran's parliament met on Tuesday, and Iranian officials said Iran would not "
                     "pay.", "1987-03-04")  # fmt: skip
    assert actors["Tom Briggs"].country != "IRN"
    # a listening post with no actors of its own is no party: the officials are the story's
    posted = _actors("NICOSIA, March 4 - Oil Minister Ali Rezaei said exports would rise. Iran "
                     "denied the report. Iran's parliament met on Tuesday, and Iranian officials "
                     "said Iran would not pay.", "1987-03-04")  # fmt: skip
    assert posted["Ali Rezaei"].country == "IRN"


@pytest.mark.slow
def test_a_legislature_named_bare_is_a_countrys_or_no_actor():
    bare = _actors("The House of Representatives voted 250 to 170 to approve the farm bill "
                   "on Tuesday. The House of Representatives' vote surprised Chile.")
    assert not any(a.kind == "organization" and "House" in a.name for a in bare.values())
    filed = _actors("WASHINGTON (Reuters) - The House of Representatives voted on the farm bill.")
    house = next(a for a in filed.values() if "House" in a.name)
    assert (house.country, house.sector) == ("USA", "LEG")


@pytest.mark.slow
def test_rioters_and_employees_are_collectives_as_phoenix_codes_them():
    actors = _actors("ATHENS (Reuters) - Police said the rioters threw petrol bombs at a bank, "
                     "and the bank's employees fled.", "2010-05-05")
    codes = {(a.country, a.sector) for a in actors.values()}
    assert {("GRC", "OPP"), ("GRC", "LAB")} <= codes


@pytest.mark.slow
def test_a_proper_noun_run_into_a_countrys_name_is_a_company_of_it():
    actors = _actors("Telecom Egypt said its cable was cut, and Etisalat Egypt agreed. Upper "
                     "Egypt was calm, and North Korea fired a missile.")
    assert actors["Telecom Egypt"].kind == "organization"
    assert actors["Telecom Egypt"].country == "EGY"
    assert actors["Egypt"].kind == "country" and actors["North Korea"].kind == "country"


@pytest.mark.slow
def test_of_two_hyphenated_demonyms_the_second_is_the_nationality():
    import eventscribe

    article = eventscribe.process("A Georgian-American businessman met the mayor. Iranian-backed "
                                  "militias attacked the base.", "2017-05-16").article  # fmt: skip
    ids = {m.text: m.actor_id for m in article.mentions}
    assert ids["Georgian-American businessman"] == "sector:USA:BUS"
    assert ids["Iranian-backed militias"].startswith("sector:IRN:")


@pytest.mark.slow
def test_a_title_qualified_by_a_seat_of_government_is_that_states():
    actors = _actors("Kremlin spokesman Dmitry Peskov said the talks had stalled.")
    assert (actors["Dmitry Peskov"].country, actors["Dmitry Peskov"].sector) == ("RUS", "GOV")


@pytest.mark.slow
def test_a_collective_of_a_named_owner_is_the_owners_not_a_legislature():
    mentions = _mentions("WASHINGTON (Reuters) - Representatives of Hamas met mediators in "
                         "Cairo on Monday. Representatives of the Lund family declined to comment.")
    assert ("Representatives", "Hamas") in mentions
    assert not any(name == "United States legislature" for _, name in mentions)
    mentions = _mentions("WASHINGTON (Reuters) - U.S. President Donald Trump criticised Walmart "
                         "on Friday, and U.S. senators backed him. Representatives for Walmart, "
                         "the State Department and UPS declined comment.")  # fmt: skip
    assert ("Representatives", "United States legislature") not in mentions


@pytest.mark.slow
def test_a_title_before_the_comma_of_a_name_hung_on_a_dateline_gives_the_country():
    actors = _actors("FREETOWN (Reuters) - Sierra Leone's former vice-president, Alhaji Kamara, "
                     "said on Monday he would appeal.")
    person = actors["Alhaji Kamara"]
    assert (person.country, person.sector) == ("SLE", "ELI")


@pytest.mark.slow
def test_who_holds_a_chamber_is_no_part_of_its_name():
    actors = _actors("WASHINGTON (Reuters) - The Democratic-controlled House passed the bill on "
                     "Monday. The Republican-led Senate objected.")
    assert {a.id for a in actors.values()} == {"body:usa:house", "body:usa:senate"}


@pytest.mark.slow
def test_the_open_market_committee_is_the_central_bank_acting():
    actors = _actors("The Federal Open Market Committee raised rates on Wednesday.")
    assert set(actors) == {"Federal Reserve"}


@pytest.mark.slow
def test_a_body_named_of_a_country_is_that_countrys_whatever_the_dateline():
    actors = _actors("WASHINGTON (Reuters) - The president of the Bank of Mexico, Ana Ruiz, said "
                     "rates would rise. The Parliament of Canada voted on Monday.")
    assert actors["Bank of Mexico"].country == "MEX"
    assert actors["Parliament of Canada"].country == "CAN"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, name, country",
    [
        ("The press officer at Turkey's Interior Ministry, Mehmet Yilmaz, said on Monday that "
         "Greece had exaggerated the reports.", "Mehmet Yilmaz", "TUR"),
        ("The spokesman for Egypt's Foreign Ministry, Ahmed Hafez, criticised Israel.",
         "Ahmed Hafez", "EGY"),
        ("The head of the Kenyan electoral commission, Wafula Chebukati, accused Uganda of "
         "meddling.", "Wafula Chebukati", "KEN"),
    ],
)
def test_an_office_of_a_body_before_the_comma_of_a_name_gives_the_country(text, name, country):
    assert _actors(text)[name].country == country


@pytest.mark.slow
def test_a_clause_on_an_apposition_gives_no_country_to_its_person():
    # "Bradbury" is a town in Australia; the senator is of no country the text names
    person = _actors("Senator Tom Ruiz, another Republican who opposed Bradbury, criticised "
                     "Israel on Twitter.")["Tom Ruiz"]  # fmt: skip
    assert (person.country, person.sector) == (None, "LEG")


@pytest.mark.slow
def test_a_collective_owned_by_a_pronoun_is_of_its_clause_subjects_country():
    mentions = _mentions("Russian President Vladimir Putin congratulated his troops on the capture "
                         "of the town.")  # fmt: skip
    assert ("his troops", "Russia military") in mentions
    mentions = _mentions("The Russian defence ministry said its forces had hit military targets "
                         "used by the Ukrainian army.")  # fmt: skip
    assert ("its forces", "Russia military") in mentions


@pytest.mark.slow
def test_a_head_of_any_body_takes_the_body_s_sector():
    actors = _actors("Yemeni militia leader Hamid Saleh said on Monday that police spokesman "
                     "Nabil Omar and rebel commander Fuad Qassem had met, while the government "
                     "spokesman Taha Ali and opposition leader Ahmed Badr stayed away.")  # fmt: skip
    sectors = {name: actors[name].sector for name in
               ("Hamid Saleh", "Nabil Omar", "Fuad Qassem", "Taha Ali", "Ahmed Badr")}  # fmt: skip
    assert sectors == {"Hamid Saleh": "UAF", "Nabil Omar": "COP", "Fuad Qassem": "REB",
                       "Taha Ali": "GOV", "Ahmed Badr": "OPP"}  # fmt: skip


def test_an_office_given_with_as_titles_the_person():
    from eventscribe.api import process

    text = "Parliament on Tuesday approved Dana Ostrova as Moldova's new defence minister."
    (person,) = [a for a in process(text, "2023-09-06").actors if a["kind"] == "person"]
    assert (person["country"], person["sector"], person["role"]) == ("MDA", "GOV", "defence minister")
    friend = "He described Lena Marsh as a friend of the family."
    (person,) = [a for a in process(friend, "2023-09-06").actors if a["kind"] == "person"]
    assert person["role"] is None  # a friend is no office


def test_a_body_in_a_headline_in_capitals_ends_at_its_word():
    from eventscribe.api import process

    text = ("U.S. SENATE VOTES TO CUT FARM AID\nWASHINGTON, March 3 - The U.S. Senate voted on "
            "Tuesday to cut farm aid.")  # fmt: skip
    bodies = {a["id"]: a["name"] for a in process(text, "1987-03-03").actors if a["kind"] == "body"}
    assert bodies == {"body:usa:senate": "U.S. Senate"}  # not "U.S. SENATE VOTES"


def test_a_body_description_does_not_confirm_a_headlines_name():
    from eventscribe.api import process

    text = ("KENYA LAND REFORM PROGRAM FALTERS, TENSIONS RISE\nNAIROBI, June 29 - Kenya's land "
            "reform program, long praised by the government, is faltering. The land reform "
            "movement says it will occupy more farms.")  # fmt: skip
    names = [a["name"] for a in process(text, "1987-06-29").actors]
    assert not any("FALTERS" in name for name in names)  # was an organization of the headline


@pytest.mark.slow
def test_the_government_named_bare_is_the_government_of_the_articles_country():
    mentions = _mentions("NAIROBI, March 3 (Reuters) - Opposition lawmakers accused the "
                         "government of rigging the vote. The regime denied it.", "2017-03-03")  # fmt: skip
    assert ("government", "Kenya government") in mentions
    assert ("regime", "Kenya government") in mentions
    # with no country to take, the bare government is no actor
    assert not any(a.sector == "GOV" for a in _actors("The government denied it.").values())


@pytest.mark.slow
def test_the_opposition_named_bare_is_the_articles_and_resistance_is_no_actor():
    mentions = _mentions("NAIROBI, March 3 (Reuters) - The opposition boycotted the vote on "
                         "Friday. The plan met fierce opposition, and the opposition to the plan "
                         "grew.", "2017-03-03")  # fmt: skip
    assert [m for m in mentions if "opposition" in m[0]] == [("opposition", "Kenya opposition")]
