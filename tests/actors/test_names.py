"""Spelling variants of people's names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventscribe.actors import names


def test_hyphen_and_space_spellings_share_a_key():
    assert names.person_key("Hossein Amirabdollahian") == names.person_key(
        "Hossein Amir-Abdollahian"
    )
    assert names.person_key("Mr. Hossein Amir-Abdollahian") == "hossein-amirabdollahian"
    assert names.person_key("Donald J. Trump") == names.person_key("Donald Trump")
    assert names.person_key("J.D. Gordon") == "jd-gordon"  # a first name of initials stays


def test_surname_only_mentions():
    assert names.same_surname("Abdollahian", "Hossein Amir-Abdollahian")
    assert names.same_surname("Amir-Abdollahian", "Hossein Amir-Abdollahian")
    assert names.same_surname("Amirabdollahian", "Hossein Amir-Abdollahian")
    assert not names.same_surname("Hossein", "Hossein Amir-Abdollahian")
    assert not names.same_surname("Trump", "Donald Tusk")
    assert names.exact_surname("Amirabdollahian", "Hossein Amir-Abdollahian")
    assert not names.exact_surname("Haniya", "Ismail Haniyeh")  # near, not exact
    assert names.same_surname("Haniya", "Ismail Haniyeh")


def test_transliterations_of_one_person():
    assert names.same_person("Ismail Haniyeh", "Ismail Haniya")
    assert names.same_person("Stéphane Dujarric", "Stephane Dujarric")
    assert not names.same_person("Ismail Haniyeh", "Ismail Kadare")
    # another romanisation of the first name, as well as its short form
    assert names.same_person("Sergei Lavrenko", "Sergey Lavrenko")
    assert names.same_person("Mike Dalton", "Michael Dalton")
    assert not names.same_person("John Dalton", "Joan Dalton")


@given(st.text(min_size=0, max_size=40))
def test_keys_never_raise_and_are_ascii(text):
    key = names.person_key(text)
    assert key.isascii()
    assert names.slug(text) == names.slug(names.slug(text))


def test_family_name_first():
    assert names.same_surname("Xi", "Xi Jinping", family_first=True)
    assert names.exact_surname("Moon", "Moon Jae-in", family_first=True)
    assert not names.same_surname("Xi", "Xi Jinping")  # "Jinping" is the given name
    assert not names.same_surname("Jinping", "Xi Jinping", family_first=True)
    assert not names.exact_surname("Li", "Ali Li")  # two letters: family-first names only
