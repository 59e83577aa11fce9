"""Look-ups in the actor knowledge base: countries, seats, organizations, sectors."""

from __future__ import annotations

import pytest

from eventscribe.actors import knowledge


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Iran", "IRN"), ("Iranian", "IRN"), ("Iranians", "IRN"), ("IRANIAN", "IRN"),
        ("Lebanese", "LBN"), ("Israeli", "ISR"), ("Israelis", "ISR"),
        ("Palestinian", "PSE"), ("Palestinians", "PSE"), ("Palestine", "PSE"),
        ("British", "GBR"), ("Briton", "GBR"), ("Britain", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"),
        ("Dutch", "NLD"), ("the Netherlands", "NLD"), ("Holland", "NLD"),
        ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("U.S.A.", "USA"), ("America", "USA"),
        ("United States", "USA"), ("the United States", "USA"),
        ("United States of America", "USA"), ("American", "USA"), ("the States", "USA"),
        ("Qatar", "QAT"), ("Qatari", "QAT"), ("Côte d’Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Burma", "MMR"),
        ("Congo", "COD"), ("Republic of Congo", "COG"), ("North Korean", "PRK"),
        ("South Korea", "KOR"), ("Kosovo", "XKX"), ("Timor-Leste", "TLS"), ("East Timor", "TLS"),
        ("  Syrian  ", "SYR"), ("the Islamic Republic", "IRN"),
    ],
)  # fmt: skip
def test_country_by_name(text: str, iso3: str) -> None:
    found = knowledge.country_by_name(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    "text",
    [
        "Doha",  # a capital, not a country: seat_of_government's business
        "Tehran",
        "Israel's",  # possessives are stripped by the caller
        "us", "Us", "u.s.",  # all-capital aliases match only in capitals
        "turkey", "chad", "jordan",  # lower-case English words
        "States", "Korean", "Korea", "English", "", "the", "Middle", "East",
    ],
)  # fmt: skip
def test_not_a_country(text: str) -> None:
    assert knowledge.country_by_name(text) is None


def test_country_by_code_and_capital() -> None:
    iran = knowledge.country("irn")
    assert iran is not None and (iran.name, iran.iso2, iran.cameo) == ("Iran", "IR", "IRN")
    assert knowledge.country("XKX").cameo == "KSV"  # type: ignore[union-attr]
    assert knowledge.country("TLS").cameo == "TMP"  # type: ignore[union-attr]
    assert knowledge.country("XXX") is None
    assert knowledge.capital_of("IRN") == "Tehran"
    assert knowledge.capital_of("KAZ") == "Astana"
    assert knowledge.capital_of("ATA") is None and knowledge.capital_of("XXX") is None


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Tehran", ("IRN", "GOV")), ("Washington", ("USA", "GOV")), ("Beijing", ("CHN", "GOV")),
        ("Moscow", ("RUS", "GOV")), ("the Kremlin", ("RUS", "GOV")), ("Kremlin", ("RUS", "GOV")),
        ("Downing Street", ("GBR", "GOV")), ("the White House", ("USA", "GOV")),
        ("the Pentagon", ("USA", "MIL")), ("Capitol Hill", ("USA", "LEG")),
        ("Kiev", ("UKR", "GOV")), ("Kyiv", ("UKR", "GOV")), ("Ramallah", ("PSE", "GOV")),
        ("Jerusalem", ("ISR", "GOV")), ("Doha", ("QAT", "GOV")), ("Beirut", ("LBN", "GOV")),
    ],
)  # fmt: skip
def test_seat_of_government(text: str, seat: tuple[str, str]) -> None:
    assert knowledge.seat_of_government(text) == seat


@pytest.mark.parametrize("text", ["Singapore", "Brussels", "The Hague", "Male", "Iran", "Gaza"])
def test_not_a_seat_of_government(text: str) -> None:
    assert knowledge.seat_of_government(text) is None


@pytest.mark.parametrize(
    ("text", "org_id", "country", "sector"),
    [
        ("Hezbollah", "hezbollah", "LBN", "REB"),
        ("Iran-backed Hezbollah", "hezbollah", "LBN", "REB"),
        ("Hizbollah", "hezbollah", "LBN", "REB"),
        ("Hamas", "hamas", "PSE", "REB"), ("HAMAS", "hamas", "PSE", "REB"),
        ("the Palestinian Islamist group", "hamas", "PSE", "REB"),
        ("Islamic Jihad", "pij", "PSE", "REB"), ("Houthis", "houthis", "YEM", "REB"),
        ("Taliban", "taliban", "AFG", "REB"), ("al Qaeda", "alqaeda", None, "REB"),
        ("al-Qaeda", "alqaeda", None, "REB"), ("ISIS", "isis", None, "REB"),
        ("Islamic State", "isis", None, "REB"), ("al-Shabaab", "shabaab", "SOM", "REB"),
        ("Boko Haram", "bokoharam", "NGA", "REB"), ("PKK", "pkk", "TUR", "REB"),
        ("FARC", "farc", "COL", "REB"), ("Wagner", "wagner", "RUS", "UAF"),
        ("IRGC", "irgc", "IRN", "MIL"), ("Revolutionary Guards", "irgc", "IRN", "MIL"),
        ("Palestinian Authority", "pa", "PSE", "GOV"), ("Fatah", "fatah", "PSE", "GOV"),
        ("PLO", "plo", "PSE", "GOV"), ("Muslim Brotherhood", "muslimbrotherhood", "EGY", "OPP"),
        ("UN", "un", None, "IGO"), ("U.N.", "un", None, "IGO"), ("the UN", "un", None, "IGO"),
        ("United Nations", "un", None, "IGO"), ("the world body", "un", None, "IGO"),
        ("UN Security Council", "unsc", None, "IGO"), ("UNRWA", "unrwa", None, "IGO"),
        ("WHO", "who", None, "IGO"), ("IAEA", "iaea", None, "IGO"), ("EU", "eu", None, "IGO"),
        ("NATO", "nato", None, "IGO"), ("Nato", "nato", None, "IGO"),
        ("African Union", "au", None, "IGO"), ("Arab League", "arableague", None, "IGO"),
        ("ICC", "icc", None, "IGO"), ("Red Cross", "icrc", None, "NGO"),
        ("Amnesty International", "amnesty", None, "NGO"), ("MSF", "msf", None, "NGO"),
        ("Médecins Sans Frontières", "msf", None, "NGO"),
        ("Human Rights Watch", "hrw", None, "NGO"),
        ("Republican Party", "gop", "USA", "PTY"), ("Democrats", "dem", "USA", "PTY"),
        ("Al Jazeera", "aljazeera", "QAT", "MED"), ("Reuters", "reuters", "GBR", "MED"),
        ("Axios", "axios", "USA", "MED"),
    ],
)  # fmt: skip
def test_organization_by_name(text: str, org_id: str, country: str | None, sector: str) -> None:
    found = knowledge.organization_by_name(text)
    assert found is not None
    assert (found.id, found.country, found.sector) == (org_id, country, sector)


def test_organization_codes_and_parents() -> None:
    hezbollah = knowledge.organization_by_name("Hezbollah")
    assert hezbollah is not None and hezbollah.code == "LBNREB"
    council = knowledge.organization_by_name("Security Council")
    assert council is not None and council.code == "IGOUNO" and council.parent == "un"
    assert knowledge.organization("un") is knowledge.organization_by_name("UN")
    assert knowledge.organization("nope") is None


@pytest.mark.parametrize(
    "text", ["who", "Who", "un", "amnesty", "labour", "Middle", "East", "peace", "group", "IS", ""]
)
def test_not_an_organization(text: str) -> None:
    assert knowledge.organization_by_name(text) is None


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        ("president", "GOV", "president"), ("Prime Minister", "GOV", "prime minister"),
        ("foreign minister", "GOV", "foreign minister"), ("minister", "GOV", "minister"),
        ("spokesman", "GOV", "spokesperson"), ("spokesmen", "GOV", "spokesperson"),
        ("envoy", "GOV", "envoy"), ("ambassador", "GOV", "ambassador"),
        ("mission", "GOV", "diplomatic mission"), ("embassy", "GOV", "embassy"),
        ("government", "GOV", "government"), ("authorities", "GOV", "authorities"),
        ("official", "GOV", "official"), ("officials", "GOV", "official"),
        ("army", "MIL", "army"), ("military", "MIL", "military"), ("troops", "MIL", "troops"),
        ("soldiers", "MIL", "soldier"), ("jets", "MIL", "military aircraft"),
        ("artillery", "MIL", "artillery"), ("navy", "MIL", "navy"), ("police", "COP", "police"),
        ("policemen", "COP", "police officer"), ("court", "JUD", "court"),
        ("judge", "JUD", "judge"), ("parliament", "LEG", "parliament"),
        ("lawmakers", "LEG", "lawmaker"), ("senator", "LEG", "senator"),
        ("Congress", "LEG", "congress"), ("rebels", "REB", "rebel"),
        ("militants", "UAF", "militant"), ("insurgents", "REB", "insurgent"),
        ("protesters", "OPP", "protester"), ("opposition", "OPP", "opposition"),
        ("civilians", "CVL", "civilian"), ("refugees", "REF", "refugee"),
        ("journalists", "MED", "journalist"), ("doctors", "HLH", "doctor"),
        ("militias", "UAF", "militia"), ("ministries", "GOV", "ministry"),
        ("MPs", "LEG", "member of parliament"), ("security forces", "COP", "security forces"),
    ],
)  # fmt: skip
def test_sector_by_word(text: str, code: str, role: str) -> None:
    found = knowledge.sector_by_word(text)
    assert found is not None and (found.code, found.role) == (code, role)


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        ("UN spokesman", "spokesman"), ("Iran's Foreign Minister", "foreign minister"),
        ("UN Middle East peace envoy", "peace envoy"), ("Israeli jets", "jet"),
        ("Israeli military spokesman", "military spokesman"), ("Gaza authorities", "authorities"),
        ("Iran's UN mission", "mission"),
    ],
)  # fmt: skip
def test_sector_of_a_phrase_is_read_from_its_last_words(phrase: str, word: str) -> None:
    found = knowledge.sector_by_word(phrase)
    assert found is not None and found.word == word


@pytest.mark.parametrize("text", ["people", "Hamas", "Iranian", "", "the", "group"])
def test_not_a_sector(text: str) -> None:
    assert knowledge.sector_by_word(text) is None


def test_tables_are_loaded_once() -> None:
    assert knowledge.country_by_name("Iran") is knowledge.country("IRN")
    assert knowledge.organization_by_name("UN") is knowledge.organization_by_name("U.N.")
    assert knowledge.sectors()[0] is knowledge.sectors()[0]
