"""Places of acts of force whose own words name none (issue 19, `where/force.py`), and
the phrases whose places are not the act's: a topic ("concerning ..."), a clause of its
own inside a phrase ("on Sunday, when Kuwait announced ...")."""

from __future__ import annotations

import pytest

from docs import doc_from, token
from eventscribe.article import ActorRef, Article, Event, Paragraph, Place, Sentence
from eventscribe.parse import ParseStage
from eventscribe.settings import Settings
from eventscribe.where.attach import predicate_heads
from eventscribe.where.stage import PlaceStage, _title_sentences


def _place(
    lines: list[str],
    trigger: str,
    cameo: str,
    source: tuple[str, str] | None = None,
    target: tuple[str, str] | None = None,
    dateline: str | None = None,
) -> Place | None:
    article = Article(id="test", text="\n".join(lines), dateline=dateline)
    start = 0
    for line in lines:
        article.paragraphs.append(Paragraph(start, start + len(line)))
        start += len(line) + 1
    article = ParseStage(Settings())(article)
    at = article.text.index(trigger)
    sentence = next(s for s in article.sentences if s.start <= at < s.end)
    actors = [_actor(article.text, side) for side in (source, target)]
    event = Event(sentence.index, cameo, *actors, trigger, at, at + len(trigger))
    article.events = [event]
    return PlaceStage(Settings())(article).events[0].place


def _actor(text: str, side: tuple[str, str] | None) -> ActorRef | None:
    if side is None:
        return None
    words, country = side
    at = text.index(words)
    return ActorRef(f"x:{words}", words, country, None, words, at, at + len(words))


# -- phrases that are not the act's ------------------------------------------------------


def test_a_place_in_the_topic_of_a_deal_is_not_where_it_is_made(nlp):
    text = "Officials said Norway hopes to sign a pact with Oman concerning naval patrols in the Red Sea."
    place = _place([text], "sign", "057", ("Norway", "NOR"), ("Oman", "OMN"), dateline="OSLO")
    assert place is not None and place.name == "Oslo"


@pytest.mark.parametrize(
    ("text", "trigger", "venue"),
    [
        ("The envoys held talks on Syria in Geneva on Monday.", "talks", "Geneva"),
        ("Delegates opened a conference on security in Munich.", "conference", "Munich"),
        ("The two sides signed an agreement on fishing rights in Oslo.", "signed", "Oslo"),
    ],
)
def test_a_town_after_a_topic_is_where_the_talks_are_held(nlp, text, trigger, venue):
    place = _place([text], trigger, "040")
    assert place is not None and place.name == venue


def test_a_clause_inside_a_phrase_names_no_place_of_it(nlp):
    lines = ["The freighter Lyra was struck on Sunday, when Kuwait announced new patrols."]
    place = _place(lines, "struck", "190", target=("The freighter Lyra", "GRC"))
    assert place is None or place.country != "KWT"


# -- at sea --------------------------------------------------------------------------------


SEA_NEWS = [
    "Gunboats have attacked shipping in the Red Sea for a month.",
    "The Liberian freighter Orion was hit by a missile on Monday, the owners said.",
]


def test_a_ship_hit_is_at_the_sea_the_article_names(nlp):
    place = _place(SEA_NEWS, "hit", "190", target=("The Liberian freighter Orion", "LBR"))
    assert place is not None and place.name == "Red Sea"


def test_an_offshore_platform_hit_is_at_sea_too(nlp):
    lines = [SEA_NEWS[0], "Drones struck two oil platforms on Monday, the owners said."]
    place = _place(lines, "struck", "195", target=("two oil platforms", "SAU"))
    assert place is not None and place.name == "Red Sea"


def test_no_sea_without_one_named_or_with_two(nlp):
    target = ("The Liberian freighter Orion", "LBR")
    assert _place(SEA_NEWS[1:], "hit", "190", target=target) is None
    two = ["Gunboats have attacked shipping in the Red Sea and the Black Sea.", SEA_NEWS[1]]
    assert _place(two, "hit", "190", target=target) is None


def test_a_ship_that_is_only_talked_about_is_not_at_sea(nlp):
    lines = [SEA_NEWS[0], "The owners of the freighter Orion criticised the insurers on Monday."]
    place = _place(lines, "criticised", "111", target=("the freighter Orion", "LBR"))
    assert place is None


# -- the places of the sentence's other acts of force ---------------------------------------


BATTLES = "The assault followed fierce battles near Kirkuk, after a Syrian offensive began in May."


def test_an_offensive_is_where_the_battles_it_led_to_were(nlp):
    place = _place([BATTLES], "offensive", "190", ("Syrian", "SYR"), ("offensive", "IRQ"))
    assert place is not None and place.name == "Kirkuk"


def test_other_battles_outside_the_targets_land_are_not_the_acts(nlp):
    assert _place([BATTLES], "offensive", "190", ("Syrian", "SYR"), ("offensive", "JOR")) is None


# -- across a border -----------------------------------------------------------------------


def test_a_cross_border_offensive_is_in_the_targets_land(nlp):
    lines = ["Turkish troops began a cross-border offensive against Syria on Sunday."]
    place = _place(lines, "offensive", "190", ("Turkish troops", "TUR"), ("Syria", "SYR"))
    assert place is not None and place.country == "SYR" and place.precision == "country"


def test_an_offensive_not_said_to_cross_a_border_has_no_place_of_its_target(nlp):
    lines = ["Turkish troops began an offensive against Kurdish militias on Sunday."]
    place = _place(lines, "offensive", "190", ("Turkish troops", "TUR"), ("Kurdish militias", "SYR"))
    assert place is None


def test_a_distance_from_a_town_moves_the_place_that_far(nlp):
    lines = ["Rebels ambushed a convoy on a mountain road, 200 km south of Kabul, on Friday."]
    place = _place(lines, "ambushed", "190", ("Rebels", "AFG"), ("a convoy", "AFG"))
    assert place is not None and place.country == "AFG" and place.lat is not None
    assert 32.5 < place.lat < 33.0  # Kabul lies at 34.5 N; 200 km is about 1.8 degrees


def test_the_headline_is_searched_for_places_whatever_its_events():
    article = Article(id="t", text="Raid In Borno\nTwelve died.")
    article.paragraphs = [Paragraph(0, 13, "title"), Paragraph(14, 26)]
    article.sentences = [Sentence(0, 0, 13, 0), Sentence(1, 14, 26, 1)]
    assert _title_sentences(article) == {0}



def test_a_gerund_act_shares_its_verbs_setting():
    doc = doc_from(
        ["In", "Mosul", ",", "Turkish", "shelling", "killed", "two", "farmers", "."],
        heads=[5, 0, 5, 4, 5, 5, 7, 5, 5],
        deps=["prep", "pobj", "punct", "amod", "nsubj", "ROOT", "nummod", "dobj", "punct"],
        tags=["IN", "NNP", ",", "JJ", "VBG", "VBD", "CD", "NNS", "."],
        lemmas=["in", "Mosul", ",", "turkish", "shell", "kill", "two", "farmer", "."],
    )
    assert [t.text for t in predicate_heads(token(doc, "shelling"))] == ["shelling", "killed"]
