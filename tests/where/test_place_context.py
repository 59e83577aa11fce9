"""Names resolved with the words around them: qualifiers ("Lebanon, Ohio"), the area that
holds the text's other places, names located by the place after them, and streets."""

from __future__ import annotations

import pytest

from eventscribe.where.gazetteer import load_gazetteer
from eventscribe.where.phrases import Mention
from eventscribe.where.ranking import haversine_km
from eventscribe.where.resolve import DocumentPlaces


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def resolved(gazetteer, text: str, names: list[str]) -> dict[str, tuple]:
    """Each name's place as (name, first-level region, country), mentioned in order."""
    mentions, at = [], 0
    for name in names:
        start = text.index(name, at)
        mentions.append(Mention(name, start, start + len(name)))
        at = start + len(name)
    places = DocumentPlaces(gazetteer, mentions, text=text)
    found = {}
    for mention in mentions:
        place = places.resolve(mention).place
        found[mention.text] = place and (place.name, place.admin1, place.country)
    return found


def test_a_state_after_a_comma_qualifies_the_town(gazetteer):
    found = resolved(
        gazetteer,
        "He grew up in Lebanon, Ohio, and moved to Dayton.",
        ["Lebanon", "Ohio", "Dayton"],
    )
    assert found["Lebanon"] == ("Lebanon", "Ohio", "USA")


def test_a_qualified_name_keeps_its_area_when_named_again(gazetteer):
    text = "Police in Paris, Tenn., said the man had lived in Paris for years."
    places = resolved(gazetteer, text, ["Paris", "Tenn.", "Paris"])
    assert places["Paris"][1:] == ("Tennessee", "USA")


def test_a_state_named_like_a_country_qualifies_its_town(gazetteer):
    """ "Georgia" alone is first the country; after "Albany," it is the state."""
    text = "A man from Athens, Ohio, was arrested in Albany, Georgia, on Friday."
    found = resolved(gazetteer, text, ["Athens", "Ohio", "Albany", "Georgia"])
    assert found["Albany"] == ("Albany", "Georgia", "USA")
    text = "Protesters gathered in Tbilisi, Georgia, on Sunday."
    assert resolved(gazetteer, text, ["Tbilisi", "Georgia"])["Tbilisi"][2] == "GEO"


def test_a_county_after_a_town_stands_for_a_town_of_it_the_gazetteer_lacks(gazetteer):
    """The gazetteer lists no Wellington in Somerset: the town is read as the county, near
    it, rather than as New Zealand's capital; a town of the county it lists stays itself."""
    text = "Fire crews were called to a supermarket in Wellington, Somerset, on Monday."
    found = resolved(gazetteer, text, ["Wellington", "Somerset"])
    assert found["Wellington"] == found["Somerset"]
    assert found["Wellington"][2] == "GBR"
    text = "Fire crews were called to a supermarket in Taunton, Somerset, on Monday."
    assert resolved(gazetteer, text, ["Taunton", "Somerset"])["Taunton"][0] == "Taunton"


def test_a_list_of_towns_is_no_county_qualifier(gazetteer):
    found = resolved(gazetteer, "Fighting reached Kabul, Kandahar and Herat.",
                     ["Kabul", "Kandahar", "Herat"])  # fmt: skip
    assert found["Kabul"] == ("Kabul", "Kabul", "AFG")


def test_a_list_of_countries_qualifies_nothing(gazetteer):
    found = resolved(
        gazetteer, "Refugees fled from Iraq, Syria and Lebanon.", ["Iraq", "Syria", "Lebanon"]
    )
    assert found["Iraq"][2] == "IRQ" and found["Lebanon"][2] == "LBN"


def test_the_area_that_holds_the_other_places_wins(gazetteer):
    text = "The senator from Georgia met farmers in Tifton and Valdosta on Monday."
    found = resolved(gazetteer, text, ["Georgia", "Tifton", "Valdosta"])
    assert found["Georgia"] == ("Georgia", None, "USA")
    assert found["Tifton"] == ("Tifton", "Georgia", "USA")


def test_a_country_stays_a_country_among_its_own_places(gazetteer):
    text = "Georgia's president spoke in Tbilisi about Abkhazia."
    assert resolved(gazetteer, text, ["Georgia", "Tbilisi"])["Georgia"][2] == "GEO"


def test_an_unknown_name_lies_in_the_place_after_it(gazetteer):
    text = "The briefing was held at the Palais des Nations in Geneva on Friday."
    found = resolved(gazetteer, text, ["Palais des Nations", "Geneva"])
    assert found["Palais des Nations"][0] == "Geneva"


def test_a_street_is_not_the_town_it_is_named_after(gazetteer):
    text = "Police in St. Louis, Missouri, said thieves struck a diner on Hampton Avenue."
    found = resolved(gazetteer, text, ["St. Louis", "Missouri", "Hampton Avenue"])
    assert found["Hampton Avenue"][0] == "St. Louis"


def test_names_before_a_street_word_are_streets(gazetteer):
    text = "New Orleans: the parade rolled down Bourbon and Dauphine streets at night."
    found = resolved(gazetteer, text, ["New Orleans", "Bourbon", "Dauphine"])
    assert found["Bourbon"][0] == "New Orleans"


def test_a_landmark_far_from_the_text_is_not_a_distant_town(gazetteer):
    text = "In New Orleans, the avenue runs past a park, Washington Square, to the river."
    found = resolved(gazetteer, text, ["New Orleans", "Washington Square"])
    assert found["Washington Square"][0] == "New Orleans"


def test_a_state_inside_an_unknown_name_beats_a_namesake_abroad(gazetteer):
    """The headline's only other name is a Norwegian municipality ("Haram" of Boko
    Haram): the state the unknown name holds is still the better reading."""
    text = "Soldiers kill fighters of Boko Haram in Borno Border Town"
    found = resolved(gazetteer, text, ["Haram", "Borno Border Town"])
    assert found["Borno Border Town"][:1] == ("Borno",)
    assert found["Borno Border Town"][2] == "NGA"


@pytest.mark.parametrize(
    ("text", "names", "state"),
    [
        ("Residents of Franklin and Brentwood packed the Williamson County courthouse.",
         ["Franklin", "Brentwood", "Williamson County"], "US.TN"),
        ("Columbia police said the suspect fled toward Jefferson City; Boone County "
         "deputies assisted.", ["Columbia", "Jefferson City", "Boone County"], "US.MO"),
        ("The fire in Clinton spread to Warren County before crews from Vicksburg "
         "contained it.", ["Clinton", "Warren County", "Vicksburg"], "US.MS"),
    ],
)  # fmt: skip
def test_towns_named_together_lie_in_one_state(gazetteer, text, names, state):
    mentions = [Mention(n, text.index(n), text.index(n) + len(n)) for n in names]
    places = DocumentPlaces(gazetteer, mentions, text=text)
    code = state
    for mention in mentions:
        place = places.resolve(mention).place
        candidate = next(
            c for c in gazetteer.ranked(mention.text) if c.gazetteer_id == place.gazetteer_id
        )
        assert candidate.admin_code.startswith(code), (mention.text, candidate)


def test_big_cities_keep_their_reading_against_small_namesakes_together(gazetteer):
    found = resolved(
        gazetteer,
        "Flights from London, Paris and Berlin were cancelled.",
        ["London", "Paris", "Berlin"],
    )
    assert [found[n][2] for n in ("London", "Paris", "Berlin")] == ["GBR", "FRA", "DEU"]


def test_an_unknown_area_lies_in_the_place_after_it(gazetteer):
    text = "Miners dug for gold in the Xotrevalu area in Bolivar state last year."
    found = resolved(gazetteer, text, ["Xotrevalu", "Bolivar state"])
    assert found["Xotrevalu"] == found["Bolivar state"]


def test_a_country_named_among_small_towns_is_their_namesake(gazetteer):
    text = "The county fair in Lebanon drew families from Mount Juliet and Gallatin."
    found = resolved(gazetteer, text, ["Lebanon", "Mount Juliet", "Gallatin"])
    assert found["Lebanon"] == ("Lebanon", "Tennessee", "USA")
    assert found["Gallatin"] == ("Gallatin", "Tennessee", "USA")


def test_a_great_city_abroad_named_among_small_towns_is_their_namesake(gazetteer):
    text = "The paper mill in Berlin will shut; Gorham and Coos County leaders met on Monday."
    found = resolved(gazetteer, text, ["Berlin", "Gorham", "Coos County"])
    assert found["Berlin"] == ("Berlin", "New Hampshire", "USA")


def test_a_country_among_its_own_towns_keeps_its_reading(gazetteer):
    text = "Jordan's king met tribal elders in Zarqa and Irbid on Monday."
    assert resolved(gazetteer, text, ["Jordan", "Zarqa", "Irbid"])["Jordan"][2] == "JOR"


def test_great_cities_place_no_namesake(gazetteer):
    text = "Flights from Berlin, Hamburg and Munich were cancelled."
    assert resolved(gazetteer, text, ["Berlin", "Hamburg", "Munich"])["Berlin"][2] == "DEU"


def test_small_towns_named_together_stand_in_a_story_abroad(gazetteer):
    text = "Two soldiers, one from Kokomo and one from Logansport, were killed in Iraq."
    found = resolved(gazetteer, text, ["Kokomo", "Logansport", "Iraq"])
    assert found["Kokomo"] == ("Kokomo", "Indiana", "USA")
    assert found["Iraq"][2] == "IRQ"


def test_a_lone_small_town_abroad_is_still_doubted(gazetteer):
    text = "The parade passed Chartres on its way through New Orleans, Louisiana."
    found = resolved(gazetteer, text, ["Chartres", "New Orleans", "Louisiana"])
    assert found["Chartres"][2] == "USA"


def test_a_lower_case_state_after_a_name_asks_for_the_state(gazetteer):
    text = "A bill in the Washington state legislature drew farmers from Yakima."
    found = resolved(gazetteer, text, ["Washington", "Yakima"])
    assert found["Washington"] == ("Washington", None, "USA")
    text = "Gunmen attacked a village in Kaduna state on Sunday."
    found = resolved(gazetteer, text, ["Kaduna"])
    assert found["Kaduna"] == ("Kaduna", None, "NGA")


def test_an_office_of_a_state_after_a_name_asks_for_the_state(gazetteer):
    text = "A ruling by a New York court on Tuesday angered landlords in Queens."
    assert resolved(gazetteer, text, ["New York"])["New York"] == ("New York", None, "USA")
    text = "The Washington governor vetoed the bill in Olympia."
    assert resolved(gazetteer, text, ["Washington"])["Washington"] == ("Washington", None, "USA")
    text = "He moved to New York in May and opened a bakery."
    assert resolved(gazetteer, text, ["New York"])["New York"][0] == "New York City"


def test_of_regions_holding_as_many_names_the_likelier_reading_wins(gazetteer):
    text = "Dover officials met state leaders in Wilmington and Newark."
    found = resolved(gazetteer, text, ["Dover", "Wilmington", "Newark"])
    assert found["Newark"] == ("Newark", "Delaware", "USA")


def test_the_before_a_name_with_nothing_after_it_is_a_feature_not_a_town(gazetteer):
    text = "From her house near Goleta she walks atop the Mesa, then down to Santa Barbara."
    found = resolved(gazetteer, text, ["Goleta", "Mesa", "Santa Barbara"])
    assert found["Mesa"][1:] == ("California", "USA")  # not Mesa, Arizona


def test_the_before_a_town_that_a_noun_follows_is_the_town(gazetteer):
    text = "Traffic in the Dallas area slowed; Plano and Irving reported delays."
    found = resolved(gazetteer, text, ["Dallas", "Plano", "Irving"])
    assert found["Dallas"] == ("Dallas", "Texas", "USA")


def test_a_capital_among_small_towns_of_its_country_stays_the_capital(gazetteer):
    text = "Lawmakers in Washington passed the bill; mayors of Canonsburg and Bethel Park cheered."
    found = resolved(gazetteer, text, ["Washington", "Canonsburg", "Bethel Park"])
    assert found["Washington"][1] == "District of Columbia"


def test_a_lone_small_town_abroad_keeps_its_reading_when_no_place_is_nearer(gazetteer):
    text = "A missionary from Kokomo died in Peru last week."
    found = resolved(gazetteer, text, ["Kokomo", "Peru"])
    assert found["Kokomo"] == ("Kokomo", "Indiana", "USA")
    assert found["Peru"][2] == "PER"


def test_a_dotted_state_abbreviation_is_that_state_as_written(gazetteer):
    text = "Officials in Lafayette, La., agreed on the levee plan."
    found = resolved(gazetteer, text, ["Lafayette", "La."])
    assert found["La."] == ("Louisiana", None, "USA")
    assert found["Lafayette"] == ("Lafayette", "Louisiana", "USA")


def test_a_name_read_in_one_country_only_names_that_country(gazetteer):
    text = "Jackson County deputies arrested a man in Windsor on Friday."
    found = resolved(gazetteer, text, ["Jackson County", "Windsor"])
    assert found["Windsor"][2] == "USA"  # one of several Jackson Counties, all American


def test_a_name_of_many_places_inside_an_unknown_name_is_no_sure_place(gazetteer):
    text = "Springfield Township trustees voted to annex farmland near Akron."
    found = resolved(gazetteer, text, ["Springfield Township", "Akron"])
    assert found["Springfield Township"][1:] == ("Ohio", "USA")


def test_a_hometown_keeps_its_reading_in_a_story_abroad(gazetteer):
    """Where a person comes from may lie far from the story's places: a local paper's
    soldier killed abroad is from the paper's town, not from the city of the fighting."""
    text = "A soldier from Lufkin died in Iraq when rockets hit a base outside Baghdad."
    found = resolved(gazetteer, text, ["Lufkin", "Iraq", "Baghdad"])
    assert found["Lufkin"] == ("Lufkin", "Texas", "USA")
    text = "Two Nacogdoches residents were hurt in Iraq when a bomb hit a market in Mosul."
    found = resolved(gazetteer, text, ["Nacogdoches", "Iraq", "Mosul"])
    assert found["Nacogdoches"][2] == "USA"


def test_a_small_town_abroad_with_no_origin_word_is_still_placed_by_the_story(gazetteer):
    text = "The parade passed Chartres on its way through New Orleans, Louisiana."
    found = resolved(gazetteer, text, ["Chartres", "New Orleans", "Louisiana"])
    assert found["Chartres"][2] == "USA"


def test_suburbs_of_a_metropolis_place_a_namesake(gazetteer):
    """Towns of 150,000 or more people that lie together place a namesake as small towns
    do: "Ontario" beside two towns of the Inland Empire is Ontario, California."""
    text = "Ontario police said the stolen truck was found between Fontana and Pomona."
    found = resolved(gazetteer, text, ["Ontario", "Fontana", "Pomona"])
    assert found["Ontario"] == ("Ontario", "California", "USA")
    text = "Ontario's premier met the mayors of Toronto and Ottawa."
    assert resolved(gazetteer, text, ["Ontario", "Toronto", "Ottawa"])["Ontario"][2] == "CAN"


def test_a_township_is_no_part_of_its_namesake_far_away(gazetteer):
    """Dozens of townships are called "Washington Township": one beside towns of Ohio is
    read among them, not as the capital, and steers no other name."""
    text = "Washington Township trustees voted on Monday; Centerville and Kettering agreed."
    found = resolved(gazetteer, text, ["Washington Township", "Centerville", "Kettering"])
    assert found["Washington Township"][1:] == ("Ohio", "USA")
    assert found["Kettering"] == ("Kettering", "Ohio", "USA")


def test_a_township_beside_its_own_town_is_read_there(gazetteer):
    text = "Police in Hamilton Township said the driver fled toward Trenton and Ewing."
    found = resolved(gazetteer, text, ["Hamilton Township", "Trenton", "Ewing"])
    assert found["Hamilton Township"][1:] == ("New Jersey", "USA")


def test_a_town_beside_a_sure_place_across_a_state_line_stays_there(gazetteer):
    """The names that share a state elsewhere (Clark County and Battle Ground both have
    Indiana readings) do not pull a town away from the sure place it lies beside."""
    text = (
        "Clark County leaders in Vancouver said the bridge to Portland will close; "
        "commuters from Camas and Battle Ground face delays."
    )
    names = ["Clark County", "Vancouver", "Portland", "Camas", "Battle Ground"]
    assert resolved(gazetteer, text, names)["Portland"] == ("Portland", "Oregon", "USA")


def test_a_hometown_after_a_name_and_a_comma_is_an_origin(gazetteer):
    text = "Pvt. Jane Roe, of Nacogdoches, was wounded in Iraq when a rocket hit Baghdad."
    found = resolved(gazetteer, text, ["Nacogdoches", "Iraq", "Baghdad"])
    assert found["Nacogdoches"] == ("Nacogdoches", "Texas", "USA")


def test_a_lake_named_after_a_far_town_lies_among_the_texts_places(gazetteer):
    """An unknown "Lake X" lies by the text's places, not at a town X 200 km away."""
    text = "Ice fishermen on Lake Mendota were rescued by crews from Madison and Middleton."
    found = resolved(gazetteer, text, ["Lake Mendota", "Madison", "Middleton"])
    assert found["Lake Mendota"][1:] == ("Wisconsin", "USA")


def test_a_small_town_matched_only_by_an_alternate_name_steers_nothing(gazetteer):
    """GeoNames lists "Newcomers" as a name of Newcomerstown, Ohio: a word at a sentence's
    start is no sure place whose point the text's unknown names would take."""
    text = "Lubbock drew crowds on Friday. Newcomers packed the Buddy Holly Hall downtown."
    mentions = [Mention(name, text.index(name), text.index(name) + len(name))
                for name in ("Lubbock", "Newcomers", "Buddy Holly Hall")]  # fmt: skip
    places = DocumentPlaces(gazetteer, mentions, text=text)
    assert "Newcomers" not in places.anchors
    assert places.resolve(mentions[2]).place.name == "Lubbock"


def test_of_counties_of_one_name_the_one_beside_the_texts_town_is_meant(gazetteer):
    """The counties called "Washington County" rank alike: the one by Hagerstown."""
    text = "Washington County deputies searched a farm outside Hagerstown on Sunday."
    mentions = [Mention(name, text.index(name), text.index(name) + len(name))
                for name in ("Washington County", "Hagerstown")]  # fmt: skip
    places = DocumentPlaces(gazetteer, mentions, text=text)
    county, town = (places.resolve(m).place for m in mentions)
    assert town.admin1 == "Maryland"
    assert haversine_km(county.lat, county.lon, town.lat, town.lon) < 50


def test_a_county_named_in_the_text_places_its_seat_named_like_a_great_city(gazetteer):
    """A county holds its towns as a state does: "Paris" beside Bourbon County is the
    seat of Bourbon County, Kentucky, not the capital of France."""
    text = "Bourbon County deputies said a barn fire near Paris was set on purpose."
    found = resolved(gazetteer, text, ["Bourbon County", "Paris"])
    assert found["Paris"] == ("Paris", "Kentucky", "USA")
    text = "Tourists in Paris crowded the Louvre on Sunday."
    assert resolved(gazetteer, text, ["Paris"])["Paris"][2] == "FRA"


def test_a_states_chamber_or_lawmakers_after_a_name_ask_for_the_state(gazetteer):
    """A country's chamber is named by its demonym ("the Georgian parliament"): "the
    Georgia Senate" and "Georgia lawmakers" are the state's."""
    text = "The Georgia Senate passed the water bill after a long debate."
    assert resolved(gazetteer, text, ["Georgia"])["Georgia"] == ("Georgia", None, "USA")
    text = "Georgia lawmakers met in special session on Monday."
    assert resolved(gazetteer, text, ["Georgia"])["Georgia"][2] == "USA"
    text = "Ukraine lawmakers voted to extend martial law."
    assert resolved(gazetteer, text, ["Ukraine"])["Ukraine"][2] == "UKR"
