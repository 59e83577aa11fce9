"""Descriptions and pronouns that stand for an actor the article names, on sentences
written for these tests: appositions told by their comma, "X turned Y", predicates behind
"is to be", possessive descriptions, relative pronouns and pronoun chains."""

from __future__ import annotations

import pytest

from eventscribe.api import process


def _ids(text: str, date: str = "2013-06-07") -> dict[str, set[str]]:
    """Each mention's text -> the actor ids it was given."""
    found: dict[str, set[str]] = {}
    for mention in process(text, date, "").article.mentions:
        found.setdefault(mention.text, set()).add(mention.actor_id)
    return found


@pytest.mark.slow
def test_an_apposition_and_what_it_turned_into_name_the_person():
    found = _ids(
        "Marta Velden , the rowing champion turned senator who led the farm committee , "
        "has died ."
    )
    assert found["champion"] == found["senator"] == found["who"] == {"person:marta-velden"}


@pytest.mark.slow
def test_an_indefinite_apposition_describes_an_organization():
    found = _ids("Bixco will buy Tilemark Inc., a company known for roof tiles.")
    assert found["company"] == {"org:tilemark"}


@pytest.mark.slow
def test_the_next_clauses_subject_is_no_apposition():
    found = _ids("After the talks with Marta Velden, the chairman left the room.")
    assert "chairman" not in found


@pytest.mark.slow
def test_whose_and_which_stand_for_the_noun_their_clause_hangs_on():
    found = _ids("Marta Velden, whose farm supplies the region, sued Intel, which denied it.")
    assert found["whose"] == {"person:marta-velden"}
    assert found["which"] == {"org:intel"}
    assert "farm" not in found  # "whose farm" is no apposition


@pytest.mark.slow
def test_a_predicate_behind_is_to_be_describes_the_subject():
    found = _ids("Tom Reeder is to be the new coach of the rowing team.")
    assert found["coach"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_a_pronoun_chain_runs_on_past_the_naming_sentence():
    found = _ids(
        "Marta Velden died on Friday, her spokesman said. "
        "She was 91, spokesman Tom Reeder said. "
        "It was the river that made her famous."
    )
    assert found["She"] == {"person:marta-velden"}
    assert found["her"] == {"person:marta-velden"}
    assert found["spokesman"] == {"person:tom-reeder"}  # "her spokesman" as "the spokesman"


@pytest.mark.slow
def test_they_is_the_organization_named_as_the_subject_unless_a_plural_comes_between():
    found = _ids("Intel announced that they will cut prices. They confirmed it on Monday.")
    assert found["they"] == found["They"] == {"org:intel"}
    apart = _ids("Intel told the banks that they must pay.")
    assert "they" not in apart  # "the banks" is likelier
    # but not the plural the pronoun's own relative clause is about
    found = _ids("Tarnell said today that the repair of the problems they experience will take a week.")
    assert found["they"] == {"org:tarnell"}


@pytest.mark.slow
def test_a_noun_after_as_describes_the_subject_of_a_verb_with_no_object():
    assert _ids("Marta Velden has been named as the new coach of the rowing team.")[
        "coach"
    ] == {"person:marta-velden"}
    found = _ids("Tom Reeder, who acted as his own lawyer, was convicted on Friday.")
    assert found["lawyer"] == {"person:tom-reeder"}  # through the relative clause
    assert "rival" not in _ids("Tom Reeder described Marta Velden as a rival on Tuesday.")


@pytest.mark.slow
def test_nouns_listed_in_an_apposition_all_describe_the_name():
    found = _ids("Marta Velden, rowing champion, senator and farm owner, has died at 91.")
    assert found["champion"] == found["senator"] == found["owner"] == {"person:marta-velden"}


@pytest.mark.slow
def test_an_apposition_read_as_a_collective_is_the_organization_it_describes():
    found = _ids("Bixco bought Tilemark Inc., a Toronto software company, on Monday.")
    assert found["Toronto software company"] == {"org:tilemark"}


@pytest.mark.slow
def test_a_first_name_of_one_sex_keeps_a_pronoun_of_the_other_from_its_bearer():
    found = _ids("Marta Velden died on Friday. Her publicist, Harlan Reeder, confirmed her death.")
    assert found["her"] == {"person:marta-velden"}  # Harlan is a man's name
    found = _ids("Harlan Reeder met Marta Velden on Friday. He said she was tired.")
    assert found["He"] == {"person:harlan-reeder"} and found["she"] == {"person:marta-velden"}


@pytest.mark.slow
def test_a_relative_that_stands_for_the_noun_its_clause_hangs_on():
    text = "Bixco will buy Tilemark Inc., a firm that makes roof tiles. Bixco said that it sold."
    relatives = [m for m in process(text, "2013-06-07", "").article.mentions if m.text == "that"]
    assert [m.actor_id for m in relatives] == ["org:tilemark"]  # "said that" is no relative


def test_first_names_tell_the_sex_of_a_full_name_only():
    from eventscribe.actors.pronouns import first_name_sex

    assert first_name_sex("Harlan Reeder") == "m" and first_name_sex("Marta Velden") == "f"
    assert first_name_sex("Reeder") is None  # a surname alone
    assert first_name_sex("Andrea Velden") is None  # a man's name in Italy, a woman's in the US
    assert first_name_sex("Jordan Velden") is None  # both


@pytest.mark.slow
def test_the_subject_after_a_name_spoken_to_is_no_apposition():
    found = _ids('"Mr. Reeder, the court is not going to recess," the judge said.')
    assert "court" not in found


@pytest.mark.slow
def test_a_headline_list_after_a_comma_keeps_its_collective():
    found = _ids("Hezbollah, Syria leaders to boost cooperation after talks")
    assert found["Syria leaders"] == {"sector:SYR:GOV"}


@pytest.mark.slow
def test_they_reaches_past_an_organization_the_tagger_calls_a_person():
    found = _ids("Seacom announced on Twitter today that they have restored all services.")
    assert found["they"] == {"org:seacom"}


@pytest.mark.slow
def test_a_quoted_i_or_we_is_the_subject_of_the_verb_of_saying():
    found = _ids(
        '"We will fix our chips soon," Intel said. "I am tired," Marta Velden told reporters. '
        'Officials said: "I do not know."'
    )
    assert found["We"] == found["our"] == {"org:intel"}
    assert found["I"] == {"person:marta-velden"}  # officials are no person


@pytest.mark.slow
def test_a_noun_predicated_of_a_pronoun_names_the_person_it_stands_for():
    found = _ids("Marta Velden won four rowing titles. Later she was a popular senator.")
    assert found["senator"] == {"person:marta-velden"}


@pytest.mark.slow
def test_a_noun_the_name_is_in_apposition_to_describes_it():
    found = _ids("Officials said that the veteran rower, Marta Velden, retired on Friday.")
    assert found["rower"] == {"person:marta-velden"}


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> object:
    """A parse built by hand (the small model reads titles of works unevenly)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_the_title_of_a_work_leaves_a_description_definite_and_open():
    from eventscribe.actors.descriptions import _definite, _specified

    # "The Edge of It actor said": "the" belongs to the title, the actor is definite
    work = _parsed(["The", "Edge", "of", "It", "actor", "said"], [1, 4, 1, 2, 5, 5],
                   ["det", "nmod", "prep", "pobj", "nsubj", "ROOT"],
                   ["DET", "PROPN", "ADP", "PRON", "NOUN", "VERB"])  # fmt: skip
    assert _definite(work[4]) and not _specified(work[4])
    # "The Reuters actor said": a body's name says whose actor it is
    body = _parsed(["The", "Reuters", "actor", "said"], [2, 2, 3, 3],
                   ["det", "compound", "nsubj", "ROOT"], ["DET", "PROPN", "NOUN", "VERB"])
    assert _specified(body[2])


@pytest.mark.slow
def test_an_age_alone_is_the_person_named_last_an_aged_noun_is_not():
    found = _ids("Marta Velden was convicted of abusing the 12-year-old girl. The "
                 "55-year-old said nothing, and she named two followers she took as aides.")
    assert found["55-year-old"] == {"person:marta-velden"}
    assert "girl" not in found and "aides" not in found


@pytest.mark.slow
def test_a_person_noun_names_again_the_person_named_last():
    found = _ids(
        "Lena Morrow will lead the new orchestra from next spring . "
        "The 48-year-old Danish conductor said she was thrilled ."
    )
    assert found["conductor"] == {"person:lena-morrow"}


@pytest.mark.slow
def test_a_person_noun_of_the_other_sex_or_with_words_of_its_own_is_someone_else():
    found = _ids(
        "Harold Pemberton opened the bakery in 1990 . The actress praised the bread . "
        "The actor of the rival theatre stayed away ."
    )
    assert "actress" not in found
    assert "actor" not in found


@pytest.mark.slow
def test_a_relative_pronoun_counts_as_a_naming_for_the_pronouns_after_it():
    found = _ids(
        "The veteran singer will replace Tom Reeder , who said in May that he was leaving the band ."
    )
    assert found["he"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_a_person_noun_with_its_own_clause_or_possessor_is_someone_else():
    found = _ids(
        "Tom Reeder was injured at home . The man accused of hitting Tom Reeder denied it . "
        "Reeder said his son was safe ."
    )
    assert "man" not in found
    assert "son" not in found


@pytest.mark.slow
def test_a_clause_set_off_by_a_comma_says_more_of_the_person_named_last():
    found = _ids(
        "Marta Velden has died at her home . "
        "The Danish native , who once rowed for her country , was 91 ."
    )
    assert found["native"] == {"person:marta-velden"}


@pytest.mark.slow
def test_a_person_noun_is_not_the_subject_of_the_verb_its_clause_hangs_on():
    found = _ids(
        "Lena Morrow was cast in the play on Monday . "
        "Director Tom Reeder said the star would start rehearsals soon ."
    )
    assert found["star"] == {"person:lena-morrow"}



@pytest.mark.slow
def test_an_age_is_the_person_named_last_but_not_the_one_speaking():
    found = _ids(
        "Tom Reeder was named coach on Sunday . "
        "Club chairman Dan Pike said the 55-year-old would start in May ."
    )
    assert found["55-year-old"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_who_after_a_persons_apposition_is_the_person_not_the_body_it_names():
    found = _ids("Tom Reeder , leader of the Bixco Workers Union , who was arrested in May , denied it .")
    assert found["who"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_nouns_before_a_name_that_say_what_its_bearer_is_are_mentions_of_it():
    found = _ids("Singer and champion skater Marta Velden, who starred in many films, has died.")
    assert found["Singer"] == {"person:marta-velden"}
    found = _ids("Bixco bought low-power server start-up Tarnell for $40 million.")
    assert found["start-up"] == {"org:tarnell"}


@pytest.mark.slow
def test_a_noun_before_a_name_that_says_nothing_of_its_bearer_is_no_mention():
    found = _ids("The Marta Velden case was closed after the hearing, Tom Reeder said.")
    assert "case" not in found
    found = _ids("Bixco sued over the Tarnell deal on Monday.")
    assert "deal" not in found


@pytest.mark.slow
def test_a_reflexive_is_the_subject_that_binds_it_not_the_body_named_last():
    found = _ids("Dalmar Systems has completed its purchase of Tarnell as part of its plan to "
                 "win back market share from Vexa Corp and better position itself against rivals.")  # fmt: skip
    assert found["itself"] == {"org:dalmar-systems"}
    found = _ids("Until Dalmar Systems ships a fix, Dalmar Systems has offered customers "
                 "several ways to protect themselves.")  # fmt: skip
    assert "themselves" not in found  # whose ways the clause does not tell


@pytest.mark.slow
def test_a_pronoun_in_an_opening_participial_clause_is_the_main_subject():
    found = _ids("Tarnell Inc lost money last year. Having lost its biggest client, Dalmar Systems "
                 "cut jobs.")  # fmt: skip
    assert found["its"] == {"org:dalmar-systems"}
    found = _ids("After buying Vexa Corp and its patents, Dalmar Systems grew fast.")
    assert found["its"] == {"org:vexa"}  # named before it in the clause


@pytest.mark.slow
def test_a_person_noun_predicated_of_a_name_or_description_names_the_person():
    found = _ids("Tom Reeder is the bookies' favourite to win the part.")
    assert found["favourite"] == {"person:tom-reeder"}  # tagged an adjective
    found = _ids("Tom Reeder was named on Sunday. The actor had been the bookies' favourite "
                 "to win the part.")  # fmt: skip
    assert found["favourite"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_an_indefinite_apposition_the_tagger_misread_still_describes_the_name():
    found = _ids("Dalmar Systems has agreed to acquire Tarnell, a Silicon Valley startup that "
                 "seeks to save power.")  # fmt: skip
    assert found["startup"] == {"org:tarnell"}
    found = _ids("Dalmar Systems hired Tom Reeder, a Boston software startup's lawyer.")
    assert found.get("startup", set()) != {"person:tom-reeder"}  # a company is no person


@pytest.mark.slow
def test_the_describing_words_a_headline_lists_after_a_name_are_mentions_of_it():
    found = _ids("Marta Velden, Rowing Champion, Senator And Icon, Dies At 88\n"
                 "Marta Velden, the rowing champion turned senator, has died at 88, her family said.")  # fmt: skip
    assert found["Champion"] == found["Icon"] == {"person:marta-velden"}


@pytest.mark.slow
def test_its_continues_the_relative_pronoun_that_names_its_clauses_subject():
    found = _ids("The deal will irk Vexa Corp, which has used Tarnell as a model for its cloud business.")
    assert found["which"] == found["its"] == {"org:vexa"}


def test_who_after_a_long_name_of_a_body_in_apposition_is_the_person():
    from types import SimpleNamespace

    from docs import doc_from
    from eventscribe.actors.pronouns import PronounLinker
    from eventscribe.article import Actor, ActorMention

    # "Reeder, leader of the Church of Saint Mary of the Hills, who ...": "who" hangs on
    # "Hills", six words below the person
    words = ["Reeder", ",", "leader", "of", "the", "Church", "of", "Saint", "Mary", "of",
             "the", "Hills", ",", "who", "spoke"]
    doc = doc_from(
        words,
        heads=[0, 0, 0, 2, 5, 3, 5, 8, 6, 8, 11, 9, 11, 14, 11],
        deps=["ROOT", "punct", "appos", "prep", "det", "pobj", "prep", "compound", "pobj",
              "prep", "det", "pobj", "punct", "nsubj", "relcl"],
        tags=["NNP", ",", "NN", "IN", "DT", "NNP", "IN", "NNP", "NNP", "IN", "DT", "NNP", ",",
              "WP", "VBD"],
    )  # fmt: skip
    reeder = ActorMention(0, 6, "Reeder", 0, "person:tom-reeder", "name")
    article = SimpleNamespace(
        mentions=[reeder],
        actors={"person:tom-reeder": Actor(id="person:tom-reeder", name="Tom Reeder",
                                           kind="person")},
    )  # fmt: skip
    linker = PronounLinker(article)  # type: ignore[arg-type]
    assert linker._person_described(doc[11]) == "person:tom-reeder"


@pytest.mark.slow
def test_an_age_in_a_clause_of_a_named_subject_is_someone_they_act_on():
    found = _ids("Tom Reeder was convicted on Friday. Prosecutors said Reeder had fathered a "
                 "child with the 15-year-old.")  # fmt: skip
    assert "15-year-old" not in found
    found = _ids("Tom Reeder was named the new coach on Sunday. The 55-year-old said he was "
                 "thrilled.")  # fmt: skip
    assert found["55-year-old"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_an_age_as_a_possessor_is_the_person_named_before():
    found = _ids("Marta Velden, the Danish actress, died on Monday. Director Ola Pike said "
                 "the 88-year-old's career was unique.")  # fmt: skip
    assert found["88-year-old"] == {"person:marta-velden"}


@pytest.mark.slow
def test_the_word_of_a_title_that_says_whose_the_office_is_describes_no_one():
    found = _ids("Sect leader Tomas Reeder was arrested on Friday in Oslo. Police said the "
                 "sect would hold a meeting. The leader faces life in prison.")  # fmt: skip
    assert "sect" not in found  # "the sect" is the group Reeder leads, not Reeder
    assert found["leader"] == {"person:tomas-reeder"}


@pytest.mark.slow
def test_an_age_is_no_one_its_clause_is_said_by_or_done_by():
    found = _ids("Tom Reeder was charged on Monday. Prosecutors played a recording of Reeder "
                 "allegedly engaging in sex with the 12-year-old.")  # fmt: skip
    assert "12-year-old" not in found  # the participle's doer acts on someone else
    found = _ids("Director Tom Reeder praised Ola Pike. Reeder said the 55-year-old would "
                 "start in May.")  # fmt: skip
    assert found["55-year-old"] == {"person:ola-pike"}  # not Reeder, named before as well


@pytest.mark.slow
def test_a_noun_said_of_the_subject_by_as_names_the_subject():
    found = _ids("Director Tom Reeder praised Ola Pike on Friday. Reeder was named as the new "
                 "coach, the 12th actor to take the job.")  # fmt: skip
    assert found["actor"] == {"person:tom-reeder"}


@pytest.mark.slow
def test_a_capitalised_noun_the_article_writes_in_lower_case_is_no_name():
    found = _ids("Wellington fire: Man denies arson\n\nA man has denied arson following a fire "
                 "at a supermarket on Sunday. Robert Pitman, 24, is accused of setting it.")  # fmt: skip
    assert "Man" not in found  # not a surname of the dictionaries' people
    assert found["Robert Pitman"] == {"person:robert-pitman"}


@pytest.mark.slow
def test_a_quote_over_sentences_is_said_by_its_speaker_throughout():
    found = _ids('Velmark Inc. will sell its cable unit. "We will sell it soon," the company '
                 'said on Monday. "In addition, we are working with partners to fix it."')  # fmt: skip
    assert found["we"] == {"org:velmark"}
    found = _ids('Velmark Inc. confirmed the fault. "We can confirm that the cable is down. '
                 'We will keep you updated," Velmark said on Twitter.')  # fmt: skip
    assert found["We"] == {"org:velmark"}


@pytest.mark.slow
def test_our_in_a_bodys_own_statement_is_the_body_but_not_in_a_quote():
    found = _ids("Velmark Inc. agreed to buy Tarnell on Monday. By acquiring Tarnell, Velmark "
                 "is expanding our reach in servers.")  # fmt: skip
    assert found["our"] == {"org:velmark"}
    found = _ids('"China is hurting our economy," Tom Reeder said. "Velmark Inc. is hurting '
                 'our jobs."')  # fmt: skip
    assert "our" not in found  # Reeder's, whom "we" does not stand for alone


@pytest.mark.slow
def test_a_kind_of_company_before_its_name_describes_it_whatever_the_tagger_says():
    found = _ids("Bixco Corp. agreed on Monday to buy innovative server startup Tarnell. "
                 "Tarnell has 80 workers.")  # fmt: skip
    assert found["startup"] == {"org:tarnell"}


@pytest.mark.slow
def test_them_as_an_object_is_not_its_own_verbs_subject():
    found = _ids("Bixco Corp. said on Monday that Bixco can offer them better prices.")
    assert "them" not in found


@pytest.mark.slow
def test_a_report_of_a_man_is_the_person_the_next_sentence_names_with_an_age():
    found = _ids("Wellington fire: Man denies arson\n\nA man has denied arson following a fire "
                 "at a supermarket early on Sunday.\nRobert Pitman, 24, is accused of setting "
                 "fire to the store.")  # fmt: skip
    assert found["man"] == {"person:robert-pitman"}
    found = _ids("A woman was killed in the attack on Friday.\nJohn Crane, 45, the town's mayor, "
                 "said the town was shocked.")  # fmt: skip
    assert "woman" not in found  # not of her sex
    found = _ids("A man was hurt on Friday.\nJohn Crane said the town was shocked.")
    assert "man" not in found  # no age tells that Crane is the one


@pytest.mark.slow
def test_one_of_a_kind_and_a_passives_predicate_are_said_of_the_subject():
    found = _ids("Tom Reeder has now been voted one of the most popular coaches of all time. He "
                 "is possibly going to be one of the best coaches we have had. Reeder named Dan "
                 "Pike captain.")  # fmt: skip
    assert found["one"] == {"person:tom-reeder"}
    assert "captain" not in found  # an active verb's predicate is its object's


@pytest.mark.slow
def test_a_noun_after_as_on_what_a_person_possesses_describes_them():
    found = _ids(
        "Jane Holt, whose years as a rowing champion made her famous, died on Friday. "
        "Her career as a singer began in Ohio. Tom Reeder's career as a pilot ended in 1990. "
        "His role as a detective made him famous. "
        "Velden's dismissal of Reeder as a coach was a mistake."
    )
    assert found["champion"] == found["singer"] == {"person:jane-holt"}
    assert found["pilot"] == {"person:tom-reeder"}
    assert "detective" not in found  # a part played, not what he is
    assert "coach" not in found  # what the dismissal makes of its object


@pytest.mark.slow
def test_the_subject_of_a_copula_whose_predicate_is_a_name_is_that_person():
    assert _ids("The new coach is Marta Velden.")["coach"] == {"person:marta-velden"}
    found = _ids("The coach chosen for the final was none other than Marta Velden.")
    assert found["coach"] == {"person:marta-velden"}
    assert "none" not in found
    found = _ids("The meeting at the farm is a focus of the case against Marta Velden.")
    assert "meeting" not in found  # no word for a person
    found = _ids("The sponsors of the bill are Marta Velden, Tom Reeder and Jane Holt.")
    assert "sponsors" not in found  # a list


@pytest.mark.slow
def test_a_person_noun_that_reports_a_clause_is_not_someone_named_in_it():
    found = _ids("Marta Velden won the final on Sunday, the coach said.")
    assert "coach" not in found
