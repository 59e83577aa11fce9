"""Spellings of one organization: keys, initials, and when two names are one body."""

from __future__ import annotations

from eventscribe.actors import names
from eventscribe.actors.coreference import same_organization


def test_the_key_drops_a_legal_form_only():
    assert names.org_key("Intel Corp.") == names.org_key("Intel") == "intel"
    assert names.org_key("SeaMicro Inc") == "seamicro"
    assert names.org_key("Islamic Revolutionary Guard Corps").endswith("corps")  # a corps
    assert names.org_key("The Guardian") == names.slug("The Guardian")  # table ids unchanged


def test_the_key_reads_dotted_initials_as_one_word():
    assert names.org_key("U.K. Met Office") == names.org_key("UK Met Office") == "uk-met-office"
    assert names.org_key("Acme Co. Ltd") == "acme"  # a legal form's dot is no initial


def test_initials_skip_small_words_and_need_capitals():
    assert names.initials("Advanced Micro Devices") == "AMD"
    assert names.initials("Bank of England") == "BE"
    assert names.initials("the city council") == ""
    assert names.initials("U.S. Fisheries Board") == "USFB"  # a word of initials gives all


def test_an_acronym_of_a_name_with_dotted_initials_is_one_organization():
    assert same_organization("USFB", "U.S. Fisheries Board")


def test_spellings_of_one_company_are_one_organization():
    assert same_organization("Intel Corp", "Intel")
    assert same_organization("AMD", "Advanced Micro Devices Inc")
    assert same_organization("ATI", "ATI Technologies")
    assert same_organization("SEACOM", "Seacom")


def test_different_bodies_stay_apart():
    assert not same_organization("UN", "UN Security Council")  # two table entries
    assert not same_organization("AMD", "Applied Materials")
    assert not same_organization("Ford Motor", "Fordham University")


def test_pronouns_and_bare_nouns_are_no_spellings():
    from eventscribe.actors.candidate import is_spelling
    from eventscribe.article import ActorMention

    def spelled(text: str, kind: str) -> bool:
        return is_spelling(ActorMention(0, len(text), text, 0, "org:x", kind))

    assert spelled("Hamas", "name") and spelled("Iran-backed Hezbollah", "noun_phrase")
    assert spelled("the Palestinian Islamist group", "description")
    assert spelled("UN spokesman", "title")
    assert not spelled("who", "pronoun") and not spelled("it", "pronoun")
    assert not spelled("the company", "description") and not spelled("country", "description")
    assert not spelled("President", "title")


def test_a_countrys_spellings_are_its_names_only():
    from eventscribe.actors.candidate import is_spelling
    from eventscribe.article import ActorMention

    def spelled(text: str, kind: str, actor: str = "country:USA") -> bool:
        return is_spelling(ActorMention(0, len(text), text, 0, actor, kind))

    assert spelled("United States", "name") and spelled("Americans", "name")
    assert not spelled("Texas", "loose") and not spelled("GULF OFF IRAN", "loose")
    assert not spelled("Iranian coast", "description", "country:IRN")
    assert spelled("the Palestinian Islamist group", "description", "org:hamas")


def test_a_body_word_or_two_letter_initials_join_no_names():
    assert not same_organization("House", "House Banking Committee")
    assert not same_organization("EC", "Executive Commission")  # two letters: too many fit
    assert not same_organization("EC", "EC's Executive Commission")


def test_a_dictionary_name_loses_its_title_words():
    from eventscribe.actors.roles import _title_word

    assert _title_word("GOVENOR") and _title_word("PRESIDENT")
    assert not _title_word("RONALD")


def test_a_body_the_tagger_ran_over_its_owners_possessive_is_the_body():
    """ "Tillman's Labour Party" is the party (its owner a person the text names); "People's
    Bank" keeps its name, the possessive a word of it."""
    from docs import doc_from
    from eventscribe.actors.candidates import named_organization
    from eventscribe.actors.phrases import phrase_of

    doc = doc_from(["Ann", "Tillman", "spoke", ".", "Tillman", "'s", "Labour", "Party", "quit", "."],
                   [1, 2, 2, 2, 7, 4, 7, 8, 8, 8],
                   ["compound", "nsubj", "ROOT", "punct", "poss", "case", "compound", "nsubj",
                    "ROOT", "punct"],
                   tags=["NNP", "NNP", "VBD", ".", "NNP", "POS", "NNP", "NNP", "VBD", "."],
                   ents=[(0, 2, "PERSON"), (4, 8, "ORG")],
                   spaces=[True, True, False, True, False, True, True, True, False, False])  # fmt: skip
    found = named_organization(phrase_of(doc[7]))
    assert found is not None and (found.name, found.sector) == ("Labour Party", "PTY")
    bank = doc_from(["People", "'s", "Bank", "rose"], [2, 0, 3, 3], ["poss", "case", "nsubj", "ROOT"],
                    tags=["NNP", "POS", "NNP", "VBD"], ents=[(0, 3, "ORG")],
                    spaces=[False, True, True, False])  # fmt: skip
    found = named_organization(phrase_of(bank[2]))
    assert found is not None and found.name == "People's Bank"
