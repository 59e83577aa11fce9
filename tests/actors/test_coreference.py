"""Coreference in an article, on sentences written for these tests: organizations'
spellings, it/its, descriptions of people, surnames of different people, headlines."""

from __future__ import annotations

import pytest

from docs import doc_from
from eventscribe.actors.headlines import looks_shouted
from eventscribe.actors.pronouns import may_refer
from eventscribe.api import process


def _ids(text: str, date: str = "2012-03-01", title: str = "") -> dict[str, set[str]]:
    """Each mention's text -> the actor ids it was given."""
    found: dict[str, set[str]] = {}
    for mention in process(text, date, title).article.mentions:
        found.setdefault(mention.text, set()).add(mention.actor_id)
    return found


def test_an_empty_or_object_it_stands_for_no_actor():
    # "It is likely that ..." (be + a clause), "it said" (a subject), "fix it" (an object).
    empty = doc_from(
        ["It", "is", "likely", "that", "prices", "rise"],
        heads=[1, 1, 1, 5, 5, 1],
        deps=["nsubj", "ROOT", "acomp", "mark", "nsubj", "ccomp"],
        lemmas=["it", "be", "likely", "that", "price", "rise"],
    )
    said = doc_from(["It", "said", "so"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "advmod"],
                    lemmas=["it", "say", "so"])  # fmt: skip
    fix = doc_from(["They", "fix", "it"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    assert not may_refer(empty[0])
    assert may_refer(said[0])
    assert not may_refer(fix[2])


def test_a_headline_is_told_by_its_case():
    assert looks_shouted("GULF PRAISED U.S. MOVE")
    assert looks_shouted("Acme Buys Widgetco For $334 Million")
    assert not looks_shouted("Acme bought Widgetco for $334 million on Monday.")
    assert not looks_shouted("Peter Smith and Mary Jones met.")


@pytest.mark.slow
def test_an_acronym_and_a_legal_form_name_one_company():
    found = _ids(
        "Advanced Micro Devices (AMD) agreed to buy a chip designer on Monday. "
        "AMD said the deal would close in April. Intel Corp declined to comment, "
        "but Intel said it was watching the market."
    )
    assert found["Advanced Micro Devices"] == found["AMD"] == {"org:amd"}
    assert found["Intel Corp"] == found["Intel"] == {"org:intel"}


@pytest.mark.slow
def test_a_definite_noun_that_heads_a_name_named_before_is_that_body():
    found = _ids(
        "The U.S. Senate Banking Committee will vote on the nominee on Tuesday. The committee "
        "said the vote would be public. Three clerks of Harlow Savings Bank were questioned. "
        "The bank said it had broken no rule."
    )
    assert found["committee"] == found["U.S. Senate Banking Committee"]
    assert found["bank"] == found["Harlow Savings Bank"]
    other = _ids("Clerks of Harlow Savings Bank were questioned. The central bank declined "
                 "to comment.")  # fmt: skip
    assert "central bank" not in other  # another bank: "central" is no word of the name


@pytest.mark.slow
def test_a_definite_noun_heading_another_phrase_since_the_name_is_not_the_name():
    found = _ids(
        "The Utah Supreme Court upheld the ruling in May. The case was sent to a Texas court, "
        "and the court set a trial date."
    )
    assert "court" not in found
    named = _ids("The Harlow Water Department raised fees in May. A Justice Department "
                 "spokeswoman said the department would sue.")  # fmt: skip
    assert named.get("department") != named["Harlow Water Department"]
    sued = _ids("Harlow Savings Bank sued the bank on Monday.")
    assert "bank" not in sued  # what a body acts on is another of its kind


@pytest.mark.slow
def test_a_name_spelled_apart_and_together_names_one_company():
    found = _ids(
        "Server maker Sea Lark agreed to be bought on Monday. SeaLark said the deal would "
        "close in April, and Sea Lark shares rose."
    )
    assert found["Sea Lark"] == found["SeaLark"]


@pytest.mark.slow
def test_its_and_a_subject_it_stand_for_the_organization():
    found = _ids("Acme Corp said on Tuesday its profits fell. It blamed the weather.")
    assert found["its"] == found["It"] == found["Acme Corp"]


@pytest.mark.slow
def test_a_description_in_apposition_names_the_person_later():
    found = _ids(
        "Mary Stone, a veteran swimmer, retired on Monday. "
        "The swimmer said she would coach children."
    )
    person = found["Mary Stone"]
    assert found["swimmer"] == person


@pytest.mark.slow
def test_a_surname_of_another_known_person_is_not_a_spelling():
    found = _ids(
        "White House chief of staff Donald Regan met reporters on Monday. "
        "Reagan said he would veto the bill. Regan said the president was angry.",
        "1987-03-02",
    )
    assert found["Regan"] == found["Donald Regan"]
    assert found["Reagan"] != found["Donald Regan"]


@pytest.mark.slow
def test_a_spelling_of_the_same_person_still_merges():
    found = _ids(
        "Ukrainian President Volodymyr Zelensky met European leaders. "
        "Zelenskiy said the talks went well.",
        "2023-03-02",
    )
    assert found["Zelenskiy"] == found["Volodymyr Zelensky"]


@pytest.mark.slow
def test_headline_words_the_body_does_not_name_make_no_actor():
    found = _ids(
        "Acme Corp agreed on Monday to buy Widgetco for $334 million, Acme said.",
        title="Acme Buys Widgetco, Enters Server Business",
    )
    assert not any("Buys" in text for text in found)
    assert not any(i.startswith("person:") for ids in found.values() for i in ids if "Acme" in i)


def test_the_surname_of_a_person_named_in_full_stays_theirs_whatever_another_tag_made():
    """A sentence where the tagger called "Whitcombe" a company makes an organization of
    that name; the bare "Whitcombe" of the article's Dana Whitcombe stays the person."""
    from eventscribe.actors.candidate import Candidate
    from eventscribe.actors.coreference import organizations_called_people
    from eventscribe.actors.phrases import Phrase

    doc = doc_from(["Whitcombe", "Dana", "Whitcombe", "Whitcombe"], tags=["NNP"] * 4)
    found = [
        (0, Phrase(doc[0], [doc[0]]), Candidate("organization", "Whitcombe")),
        (1, Phrase(doc[2], [doc[1], doc[2]]), Candidate("person", "Dana Whitcombe")),
        (2, Phrase(doc[3], [doc[3]]), Candidate("person", "Whitcombe")),
    ]
    organizations_called_people(found)
    assert [c.kind for _, _, c in found] == ["organization", "person", "person"]


def test_a_description_taken_by_a_headline_misreading_goes_with_it():
    """A headline's "MULRONEY" read as an organization, which a body's "the oil company"
    took as the company named last, is the body's Brian Mulroney once confirmed: the
    description was of no one, and goes (it would be Mulroney's, or the company's)."""
    from eventscribe.actors.candidate import Candidate
    from eventscribe.actors.headlines import confirm
    from eventscribe.actors.phrases import Phrase

    doc = doc_from(["MULRONEY", "Brian", "Mulroney", "spoke", "the", "company"],
                   tags=["NNP", "NNP", "NNP", "VBD", "DT", "NN"])  # fmt: skip
    shouted = Candidate("organization", "MULRONEY", name_tokens=[doc[0]])
    person = Candidate("person", "Brian Mulroney", name_tokens=[doc[1], doc[2]])
    found = [
        (0, Phrase(doc[0], [doc[0]]), shouted),
        (1, Phrase(doc[2], [doc[1], doc[2]]), person),
        (1, Phrase(doc[5], [doc[4], doc[5]]), shouted.copy(described=True)),
    ]
    kept = confirm(found, headlines={0})
    assert [c.actor_id for _, _, c in kept] == ["person:brian-mulroney"] * 2


@pytest.mark.slow
def test_shouted_headline_junk_is_no_actor():
    found = _ids(
        "Brazil's finance minister Dilson Funaro said on Tuesday he would not resign.",
        "1987-03-04",
        title="FUNARO SHRUGS OFF CALLS FOR HIS RESIGNATION",
    )
    assert "FUNARO SHRUGS OFF CALLS" not in found
    assert all(ids <= found["Dilson Funaro"] for text, ids in found.items() if "FUNARO" in text)


@pytest.mark.slow
def test_a_collective_with_no_country_takes_the_datelines():
    found = _ids("ATHENS (Reuters) - Police fired tear gas at protesters on Monday.", "2010-05-05")
    assert found["protesters"] <= {"sector:GRC:OPP", "sector:GRC:CVL"}


@pytest.mark.slow
def test_a_dateline_of_two_places_of_one_country_gives_that_country():
    found = _ids("SEATTLE, Wash./WASHINGTON (Reuters) - The House voted on Monday.", "2017-12-05")
    assert found["House"] == {"body:usa:house"}
    found = _ids("NEW YORK/LONDON (Reuters) - The House voted on Monday.", "2017-12-05")
    assert "body:usa:house" not in found["House"] and "body:gbr:house" not in found["House"]


@pytest.mark.slow
def test_a_collective_in_a_digest_takes_its_paragraphs_dateline():
    text = (
        "BEIRUT - Lebanon's cabinet met on Monday.\n"
        "MANILA - Communist rebels said they destroyed a radio station in the north."
    )
    found = _ids(text, "1987-04-06")
    rebels = set().union(*(ids for text, ids in found.items() if "rebels" in text))
    assert rebels == {"sector:PHL:REB"}


@pytest.mark.slow
def test_a_collective_whose_country_nothing_tells_is_no_actor():
    found = _ids("Protesters marched through the streets on Monday.")
    assert not any(i.startswith("sector:X") for ids in found.values() for i in ids)


@pytest.mark.slow
def test_father_and_son_stay_apart_and_the_son_keeps_his_name():
    found = _ids(
        "Donald Trump Jr. met Rob Goldstone in June. President Donald Trump said on Monday "
        "his son did nothing wrong. Trump Jr. said he was proud. Trump said it was normal.",
        "2017-07-15",
    )
    assert found["Trump Jr."] == found["Donald Trump Jr."] == {"person:donald-trump-jr"}
    assert found["Trump"] == found["Donald Trump"] == {"person:donald-trump"}


@pytest.mark.slow
def test_a_name_the_tagger_calls_a_company_more_often_is_a_company():
    found = _ids(
        "Seacom said its cable was repaired. Cable operator Seacom announced the news on "
        "Friday. Seacom expects no more outages."
    )
    assert all(i.startswith("org:") for text, ids in found.items() if text == "Seacom" for i in ids)


@pytest.mark.slow
def test_a_surname_with_a_title_is_the_bearer_of_that_title():
    found = _ids(
        "Treasury Secretary James Tolan met White House aide Howard Tolan on Monday. "
        "Howard Tolan said little. Later Treasury Secretary Tolan told reporters the dollar "
        "was stable.",
        "1987-03-02",
    )
    assert found["Tolan"] == {"person:james-tolan"}  # not the one named most


@pytest.mark.slow
def test_a_description_with_a_country_fits_a_company_of_no_known_country():
    found = _ids("Tilemark Corp fixed a flaw in its browser on Tuesday. The US software giant "
                 "said the update was urgent.")
    assert found["US software giant"] == found["Tilemark Corp"] == {"org:tilemark"}


@pytest.mark.slow
def test_a_group_described_with_a_country_is_no_group_of_unknown_country():
    found = _ids("Tilemark Corp fixed a flaw in its browser on Tuesday. The Palestinian "
                 "Islamist group said the update was urgent.")
    assert found.get("Palestinian Islamist group", set()) != {"org:tilemark"}


def test_an_object_pronoun_is_never_its_own_clauses_subject():
    result = process(
        "Senator Mark Ellis told police that his neighbor John Crane came onto his land and"
        " punched him.", "2017-11-09"
    )
    him = [m.actor_id for m in result.article.mentions if m.text == "him"]
    assert him and "person:john-crane" not in him
    assert [(e["cameo"], e["source"]["name"], e["target"]["name"]) for e in result.events] == [
        ("182", "John Crane", "Mark Ellis")
    ]


@pytest.mark.slow
def test_a_title_opening_with_a_company_names_the_company_apart_from_the_person():
    found = _ids(
        "Boeing makes planes for airlines. Boeing chief executive Anna Kowalski said on "
        "Monday the firm would hire. Intel said on Tuesday it would build a plant. Intel's "
        "new CEO Tom Reddy declined to comment."
    )
    assert found["Boeing"] == {"org:boeing"} and found["Intel"] == {"org:intel"}
    assert found["Anna Kowalski"] == found["chief executive"] == {"person:anna-kowalski"}
    assert found["Boeing chief executive"] == {"person:anna-kowalski"}  # the whole title too
    assert found["new CEO"] == {"person:tom-reddy"}


@pytest.mark.slow
def test_the_company_is_no_state_body_named_before():
    ids = _ids("Siemens said on Monday that the Justice Department had fined the company.")
    assert ids["company"] == ids["Siemens"]
    ids = _ids("The Justice Department said a bribe was paid to the minister, who then gave "
               "the company a licence.")  # fmt: skip
    assert "company" not in ids or ids["company"] != ids["Justice Department"]


@pytest.mark.slow
def test_a_pronoun_after_a_proper_noun_of_no_person_continues_the_last_sentence():
    found = _ids("Marta Velden died at home on Friday . During the Cold War , she rowed for Denmark .")
    assert found["she"] == {"person:marta-velden"}



def test_a_first_name_tagged_a_company_but_described_as_a_person_is_a_person():
    from eventscribe.actors.candidates import named_person
    from eventscribe.actors.phrases import phrase_of

    # "Lena Morrow, the jazz singer, has died", the tagger calling the name an organization
    doc = doc_from(
        ["Lena", "Morrow", ",", "the", "jazz", "singer", ",", "has", "died", "."],
        heads=[1, 8, 1, 5, 5, 1, 1, 8, 8, 8],
        deps=["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "aux",
              "ROOT", "punct"],
        tags=["NNP", "NNP", ",", "DT", "NN", "NN", ",", "VBZ", "VBN", "."],
        lemmas=["Lena", "Morrow", ",", "the", "jazz", "singer", ",", "have", "die", "."],
        ents=[(0, 2, "ORG")],
    )
    found = named_person(phrase_of(doc[1]))
    assert found is not None and found.kind == "person" and found.name == "Lena Morrow"
    doc = doc_from(
        ["Lena", "Morrow", ",", "the", "jazz", "label", ",", "has", "closed", "."],
        heads=[1, 8, 1, 5, 5, 1, 1, 8, 8, 8],
        deps=["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "aux",
              "ROOT", "punct"],
        tags=["NNP", "NNP", ",", "DT", "NN", "NN", ",", "VBZ", "VBN", "."],
        lemmas=["Lena", "Morrow", ",", "the", "jazz", "label", ",", "have", "close", "."],
        ents=[(0, 2, "ORG")],
    )
    assert named_person(phrase_of(doc[1])) is None


@pytest.mark.slow
def test_a_kind_of_company_opening_a_sentence_is_no_part_of_its_name():
    found = _ids("Chipmaker Bixco Corp. said on Monday it would buy Tilemark Inc.")
    assert found["Bixco Corp."] == found["it"] == {"org:bixco"}


@pytest.mark.slow
def test_a_company_named_with_a_country_after_it_is_the_company():
    found = _ids("T-Mobile said it will carry the phone . T-Mobile USA continues to add to its lineup .")
    assert found["T-Mobile USA"] == found["its"] == {"org:t-mobile"}


@pytest.mark.slow
def test_his_company_is_the_company_named_before_their_provider_is_not():
    found = _ids(
        "Bixco Corp. said on Monday it would buy Tilemark Inc. "
        "Bixco chief executive Tom Reeder said his company would keep the staff. "
        "Tilemark said their service provider was told ."
    )
    assert found["his company"] == {"org:bixco"}
    assert "provider" not in found and "service provider" not in found


def test_a_name_in_a_shouted_headline_gives_way_to_the_bodys():
    from eventscribe.actors.resolve import _shouted

    assert _shouted("NAKASONE'S PARTY SUFFERS SETBACKS")
    assert not _shouted("LDP") and not _shouted("Liberal Democratic Party")


@pytest.mark.slow
def test_a_one_word_person_that_behaves_as_a_company_is_a_company():
    found = _ids("Bixco will pay $30 million for Zentrix. "
                 "Zentrix chief executive Andrew Fell will join Bixco.")  # fmt: skip
    assert found["Zentrix"] == {"org:zentrix"}
    found = _ids("Bixco said it is buying server vendor Zentrix. Bixco will pay $30 million.")
    assert found["Zentrix"] == {"org:zentrix"}


@pytest.mark.slow
def test_a_surname_owning_a_title_stays_a_person():
    found = _ids("Tom Reeder said on Monday that the deal was off. "
                 "Reeder spokesman Jim Hale said talks would go on.")  # fmt: skip
    assert found["Tom Reeder"] == {"person:tom-reeder"}
    assert found["Jim Hale"] == {"person:jim-hale"}


@pytest.mark.slow
def test_the_camp_or_the_area_is_a_place_of_its_own_the_enclave_its_country():
    found = _ids("Sudanese jets bombed a refugee camp near the border with South Sudan. "
                 "Two people were killed at the camp, in the area of the border.")  # fmt: skip
    assert "camp" not in found and "area" not in found
    found = _ids("Israel sealed off Gaza on Monday. The enclave has been under blockade since 2007.")
    assert found["enclave"] == {"country:PSE"}
    found = _ids("Riots broke out across Greece. Police fired tear gas in the city of Larissa.")
    assert found["city"] == {"country:GRC"}  # a named place stands for its country


@pytest.mark.slow
def test_a_capital_is_its_government_only_where_it_acts():
    found = _ids("Protesters filled the streets of Athens on Wednesday. Athens said it would not "
                 "back down.")  # fmt: skip
    assert "sector:GRC:GOV" in found["Athens"]  # "Athens said"
    assert [m for m in process("Protesters filled the streets of Athens on Wednesday.",
                               "2012-03-01", "").article.mentions
            if m.actor_id == "sector:GRC:GOV"] == []  # fmt: skip


@pytest.mark.slow
def test_a_capitals_possessive_owning_part_of_the_city_is_the_place():
    """ "Beirut's southern suburbs", "Kabul's airport" are parts of the city (a target of
    force is then the country), but "Tehran's nuclear programme" is the government's."""
    for text in ("Israeli jets struck Beirut's southern suburbs on Monday.",
                 "Rockets hit Kabul's airport on Monday."):  # fmt: skip
        ids = {i for found in _ids(text).values() for i in found}
        assert not any(i.endswith(":GOV") for i in ids), text
    assert _ids("Tehran's nuclear programme worries its neighbours.")["Tehran"] == {"sector:IRN:GOV"}


def test_a_first_name_tagged_a_company_after_a_person_noun_or_listed_one_is_a_person():
    from eventscribe.actors.candidates import named_person
    from eventscribe.actors.phrases import phrase_of

    # "Lena Morrow, the pinup and bondage model, has died", the tagger calling her a company
    doc = doc_from(
        ["Lena", "Morrow", ",", "the", "pinup", "and", "bondage", "model", ",", "has", "died"],
        heads=[1, 10, 1, 4, 1, 4, 7, 4, 1, 10, 10],
        deps=["compound", "nsubj", "punct", "det", "appos", "cc", "compound", "conj", "punct",
              "aux", "ROOT"],
        tags=["NNP", "NNP", ",", "DT", "NN", "CC", "NN", "NN", ",", "VBZ", "VBN"],
        lemmas=["Lena", "Morrow", ",", "the", "pinup", "and", "bondage", "model", ",", "have",
                "die"],
        ents=[(0, 2, "ORG")],
    )  # fmt: skip
    found = named_person(phrase_of(doc[1]))
    assert found is not None and found.kind == "person"
    # "beloved icon Lena Morrow died"
    doc = doc_from(
        ["beloved", "icon", "Lena", "Morrow", "died"],
        heads=[1, 3, 3, 4, 4],
        deps=["amod", "compound", "compound", "nsubj", "ROOT"],
        tags=["JJ", "NN", "NNP", "NNP", "VBD"],
        lemmas=["beloved", "icon", "Lena", "Morrow", "die"],
        ents=[(2, 4, "ORG")],
    )
    found = named_person(phrase_of(doc[3]))
    assert found is not None and found.kind == "person"


@pytest.mark.slow
def test_the_company_is_the_employer_of_the_person_the_sentence_names():
    found = _ids("Dalmar Systems snapped up Tarnell Inc on Monday. Dalmar Systems' new chief "
                 "executive Tom Reeder spoke at the company's annual meeting.")  # fmt: skip
    assert found["company"] == {"org:dalmar-systems"}
    found = _ids("Dalmar Systems met Tom Reeder on Monday. Tarnell Inc said the company would grow.")
    assert found["company"] == {"org:tarnell"}  # no title of Reeder's in the sentence


@pytest.mark.slow
def test_a_description_longer_than_the_name_before_it_in_its_sentence_is_of_that_name():
    # the phrases are read longest first: the description waits for the sentence's names
    found = _ids("Voters in Moldova went to the polls on Sunday in elections portrayed as a "
                 "step towards democracy in the poor Eastern European nation.")  # fmt: skip
    assert found["poor Eastern European nation"] == {"country:MDA"}
    found = _ids("Bixco Corp. said on Monday that the company would buy Tarnell Inc., and the "
                 "Toronto company agreed.")  # fmt: skip
    assert found["company"] == {"org:bixco"}  # not Tarnell, named after it


@pytest.mark.slow
def test_a_pronoun_in_a_phrase_opening_the_sentence_is_the_main_clauses_subject():
    found = _ids("In a bold move to boost its position in servers, Bixco Corp. will buy Tarnell.")
    assert found["its"] == {"org:bixco"}
    found = _ids("Tarnell Inc. lost money. As it promised on Tuesday, Bixco Corp. issued a patch.")
    assert found["it"] == {"org:bixco"}  # not Tarnell, the subject of the sentence before
    found = _ids("When it rains, Bixco Corp. closes its stores.")
    assert "it" not in found  # an empty "it"
    found = _ids("Talk about Vexo\n\nAddressing a deficiency of its own, Bixco Corp. intends to "
                 "buy Tarnell.")  # fmt: skip
    assert found["its"] == {"org:bixco"}  # the opening clause's, not the phrase of "of"


@pytest.mark.slow
def test_it_with_a_reflexive_object_is_no_empty_subject():
    found = _ids("Bixco Corp. bought Tarnell. With the purchase, Bixco will not only turn itself "
                 "into a server maker, it will turn itself into a rival of Vexo.")  # fmt: skip
    assert found["it"] == {"org:bixco"}


def test_a_name_tagged_an_organization_that_the_article_gives_a_person_is_the_person():
    from eventscribe.actors.candidate import Candidate
    from eventscribe.actors.coreference import people_called_organizations

    def found(*candidates: Candidate) -> list:
        return [(0, None, c) for c in candidates]

    same = Candidate("organization", "Marta Velden")
    people_called_organizations(found(same, Candidate("person", "Marta Velden")))
    assert same.kind == "person"
    surname = Candidate("organization", "Marta Velden")
    people_called_organizations(found(surname, Candidate("person", "Velden")))  # "Ms Velden"
    assert surname.kind == "person"
    company = Candidate("organization", "Velden Systems")  # no first name
    known = Candidate("organization", "Marta Velden", sector="BUS")  # a table's body
    people_called_organizations(found(company, known, Candidate("person", "Velden")))
    assert company.kind == known.kind == "organization"


@pytest.mark.slow
def test_a_surname_with_an_honorific_is_the_person_named_in_full():
    found = _ids("Marta Velden, the swimmer, has died at the age of 85. Her career started by "
                 "accident. Ms Velden was born in Nashville.")  # fmt: skip
    assert found["Ms Velden"] == {"person:marta-velden"}


@pytest.mark.slow
def test_a_pronoun_with_no_one_in_reach_is_the_one_person_of_its_sex_named_before():
    found = _ids("Director Tom Reeder praised Marta Velden on Monday. The film was a hit in "
                 "1950. The self-described mermaid died on Thursday at 91. She was a pinup.")  # fmt: skip
    assert found["She"] == {"person:marta-velden"}
    found = _ids("Director Tom Reeder praised Dan Pike on Monday. The film was a hit in 1950. "
                 "The award came late in life. He was a star.")  # fmt: skip
    assert "He" not in found  # two who may be men named before: none is told


@pytest.mark.slow
def test_a_description_is_not_the_subject_of_the_verb_it_is_an_argument_of():
    found = _ids("RBC Capital Markets downgraded Tarnell Inc. after Bixco Corp. announced its "
                 "intention to buy the Canadian graphics chip-maker for 5 billion dollars.")  # fmt: skip
    assert found["Canadian graphics chip-maker"] == {"org:tarnell"}  # not Bixco, the buyer
    found = _ids("Bixco Corp. released a patch on Monday. Bixco said the company would release "
                 "another one in May.")  # fmt: skip
    assert found["company"] == {"org:bixco"}  # what a verb of saying reports may be its subject


def test_a_company_of_no_first_name_tagged_a_person_once_stays_a_company():
    from eventscribe.actors.candidate import Candidate
    from eventscribe.actors.coreference import people_called_organizations

    company = Candidate("organization", "Kaspersky Lab")
    people_called_organizations([(0, None, company), (1, None, Candidate("person", "Kaspersky Lab"))])
    assert company.kind == "organization"


def test_a_countrys_name_is_the_surname_only_of_someone_with_a_given_name():
    """ "Turkey said" after a name the tagger made of "Mission Turkey" is the country; after
    "Michael Jordan", "Jordan" is his surname."""
    from docs import doc_from
    from eventscribe.actors.candidate import Candidate
    from eventscribe.actors.coreference import surname
    from eventscribe.actors.phrases import Phrase

    doc = doc_from(["Turkey", "said", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                   tags=["NNP", "VBD", "."], ents=[(0, 1, "GPE")])  # fmt: skip
    phrase = Phrase(doc[0], [doc[0]])
    for name, linked in (("Mission Turkey", False), ("Michael Turkey", True)):
        found = [(0, phrase, Candidate("person", name))]
        assert (surname(phrase, found, lambda _: False) is not None) == linked, name


def test_a_name_ending_in_a_country_with_no_given_name_is_a_branch_not_a_person():
    from docs import doc_from
    from eventscribe.actors.candidates import named_person
    from eventscribe.actors.phrases import Phrase

    for first, person in (("Ipsos", False), ("Michael", True)):
        doc = doc_from([first, "Jordan", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
                       tags=["NNP", "NNP", "VBD"], ents=[(0, 2, "PERSON")])  # fmt: skip
        found = named_person(Phrase(doc[1], list(doc[0:2])))
        assert (found is not None and found.kind == "person") == person, first


@pytest.mark.slow
def test_a_bodys_capitalised_head_word_names_it_again():
    """ "the Fund" after "the International Monetary Fund", "the Post" after "The
    Washington Post"; "the House" is not the White House's."""
    assert _ids("The International Monetary Fund said growth would slow. The Fund urged "
                "Kenya to cut spending.")["Fund"] == {"org:international-monetary-fund"}  # fmt: skip
    assert _ids("The Washington Post reported the talks. The Post said they failed.")["Post"] \
        == {"org:washington-post"}  # fmt: skip
    assert "sector:USA:GOV" not in _ids("The White House said the bill was dead. The House "
                                        "passed it anyway.").get("House", set())  # fmt: skip
    assert _ids("The Arab League met in Cairo on Monday. The enlarged League agreed to act.")[
        "enlarged League"] == {"org:arab-league"}  # an adjective of its own
