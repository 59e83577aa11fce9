"""Violence told in French, Spanish or Portuguese lines: sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.api import process
from eventscribe.article import Article, Paragraph, Sentence
from eventscribe.coding import foreign_violence
from eventscribe.coding.ontology import cameo


def foreign_article(*lines: str, kinds: tuple[str, ...] = ()) -> Article:
    """An article of the lines, typed "foreign" unless `kinds` says otherwise, one
    sentence a line (no parse: the detector reads words only)."""
    article = Article(id="t", text="\n".join(lines), published=dt.date(2024, 5, 6))
    start = 0
    for index, line in enumerate(lines):
        kind = kinds[index] if kinds else "foreign"
        article.paragraphs.append(Paragraph(start, start + len(line), kind))
        article.sentences.append(Sentence(index, start, start + len(line), index, False))
        start += len(line) + 1
    return article


def test_each_trigger_and_number_file_row_reads_with_a_real_code():
    entries = [e for by_word in foreign_violence.lexicon().values() for es in by_word.values()
               for e in es]  # fmt: skip
    assert {"fr", "es", "pt"} <= set(foreign_violence.lexicon())
    for entry in entries:
        if entry.kind == "armed":  # a party's name: no act of its own
            assert entry.cameo == ""
            continue
        assert cameo(entry.cameo).code == entry.cameo
        # wrecking is damage to property (17) unless it is force against an armed party
        assert cameo(entry.cameo).root in (("17",) if entry.kind == "wrecking" else ("18", "19", "20"))
        assert entry.kind in ("violent", "killing", "outcome", "context", "wrecking")
    assert foreign_violence.number_words()["fr"]["quatre"] == 4


@pytest.mark.parametrize(
    ("line", "code", "dead"),
    [
        ("Quatre villageois tués par des hommes armés près de Dori", "190", 4),
        ("Un policier abattu lors d'une embuscade contre une patrouille", "193", 1),
        ("Matan a siete personas en una fiesta en el centro de la ciudad", "190", 7),
        ("Comerciante é assassinado a tiros na frente de sua loja", "180", None),
        ("Bombardements sur les positions des rebelles dans le nord: 12 morts", "195", 12),
    ],
)
def test_the_first_act_is_the_event_with_the_count_nearest_the_dead(line, code, dead):
    (event,) = foreign_violence.detect(foreign_article(line))
    assert event.cameo == code
    assert (event.fatalities.value if event.fatalities else None) == dead
    assert event.source is None and event.target is None


def test_a_count_of_none_tells_no_event_and_dates_are_no_counts():
    no_dead = "Une attaque repoussée par les soldats, sans faire de morts"
    assert foreign_violence.detect(foreign_article(no_dead)) == []
    line = "Selon la police, 3 personnes tuées le 12/04 dans les attaques de 2024"
    (event,) = foreign_violence.detect(foreign_article(line))
    assert event.fatalities.value == 3


def test_only_foreign_lines_and_only_their_own_language_are_read():
    english = foreign_article("Gunmen attack a convoy in the north", kinds=("title",))
    assert foreign_violence.detect(english) == []
    # "mata" is Spanish and Portuguese, "tue" French: a Spanish line reads no French word
    assert foreign_violence.detect(foreign_article("La niebla no se disipa y tue el sol")) == []


def test_a_mixed_article_codes_its_foreign_line_beside_the_english_ones():
    text = "Protesters rally against fuel prices in the capital\nCinq civils tués dans une attaque à Kaya"
    events = {e["trigger"]: e for e in process(text, "2024-05-06").events}
    assert events["rally"]["cameo"].startswith("14")
    assert events["attaque"]["cameo"] == "190" and events["attaque"]["fatalities"]["value"] == 5
    assert events["attaque"]["event_date"] == "2024-05-05"  # news of the day, as in English


def test_a_word_of_force_that_is_often_a_figure_needs_violence_beside_it():
    assert foreign_violence.detect(foreign_article("Le ministre attaque les syndicats")) == []
    line = "Le convoi attaqué par des hommes armés dans le nord: 4 blessés"
    (event,) = foreign_violence.detect(foreign_article(line))
    assert event.cameo == "190" and event.fatalities is None  # wounded, not dead
    (event,) = foreign_violence.detect(
        foreign_article("Un ataque con explosivos en el mercado deja dos muertos")
    )
    assert event.trigger == "ataque" and event.fatalities.value == 2


def test_an_armed_party_beside_a_word_of_force_tells_violence():
    (event,) = foreign_violence.detect(foreign_article("Des hommes armés ont attaqué un marché près de Fada"))
    assert event.cameo == "190" and event.trigger == "attaqué"
    (event,) = foreign_violence.detect(foreign_article("Sicarios atacan una tienda en el centro de Celaya"))
    assert event.cameo == "190"
    # a name alone tells no act
    assert foreign_violence.detect(foreign_article("Le procès des jihadistes reprend lundi")) == []


def test_wrecking_what_an_armed_party_holds_is_force_against_it():
    (event,) = foreign_violence.detect(foreign_article("Un camp jihadiste détruit par l'armée près de Djibo"))
    assert event.cameo == "190" and event.trigger == "détruit"
    # wrecked by the party, or with no party: damage to property
    (event,) = foreign_violence.detect(foreign_article("Des terroristes ont incendié une école à Kaya"))
    assert event.cameo == "1712"
    assert foreign_violence.detect(foreign_article("Le vieux pont détruit par la crue")) == []
