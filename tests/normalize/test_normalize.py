"""The normalize stage: plain text, typed paragraphs, boilerplate lines and datelines."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe import registry
from eventscribe.article import PARAGRAPH_KINDS, Article
from eventscribe.normalize import NormalizeStage, looks_like_headline, normalize_text
from eventscribe.readers import ReadOptions, read_inputs
from eventscribe.settings import Settings
from repo_paths import EXAMPLE

STAGE = NormalizeStage(Settings())


def normalized(body: str, title: str = "", dateline: str | None = None) -> Article:
    return STAGE(Article(id="t", body=body, title=title, dateline=dateline))


def paragraphs(article: Article) -> list[tuple[str, str]]:
    return [(p.kind, article.text[p.start : p.end]) for p in article.paragraphs]


@pytest.fixture(scope="module")
def example() -> Article:
    return STAGE(next(read_inputs([EXAMPLE], ReadOptions())))


def test_registered_with_its_contract():
    assert registry.stages.get("normalize") is NormalizeStage
    assert NormalizeStage.requires == ("body", "title")
    assert NormalizeStage.assigns == ("text", "paragraphs", "dateline")


def test_example_layout(example):
    kinds = [kind for kind, _ in paragraphs(example)]
    assert kinds == ["title", "summary", "summary", "body", "boilerplate"] + ["body"] * 6
    title, first_bullet = paragraphs(example)[0][1], paragraphs(example)[1][1]
    assert (
        title == "Hamas, Iran leaders to boost cooperation after 'historic victory' against Israel"
    )
    assert first_bullet.startswith("Iran warns of 'far-reaching consequences'")
    assert example.text.split("\n") == [text for _, text in paragraphs(example)]


def test_example_boilerplate_line_and_apostrophes(example):
    [line] = [text for kind, text in paragraphs(example) if kind == "boilerplate"]
    assert line == "Israel prepares 'next stage' air, ground and naval assault on Gaza"
    assert "Iran's UN mission" in example.text
    assert not re.search("[\u2018\u2019\u201c\u201d]", example.text)
    assert '"historic victory"' in example.text
    assert example.dateline is None


def test_unicode_cleanup():
    body = (
        "\u201cQuoted\u201d \u2018single\u2019 it\u2019s \u2013 en \u2014 em \u2212 minus\n"
        "non\u00a0breaking\u2009thin\u202fnarrow  double   spaces\t tab\n"
        "  \n\x00con\x07trol\x1b chars\u200b zero\u00adwidth \ufeffbom\u200e\n"
        "Cafe\u0301 composed\u2026"
    )
    article = normalized(body)
    assert article.text.split("\n") == [
        "\"Quoted\" 'single' it's - en - em - minus",
        "non breaking thin narrow double spaces tab",
        "control chars zerowidth bom",
        "Caf\u00e9 composed...",
    ]


def test_line_breaks_of_every_kind_split_paragraphs():
    assert normalized("a\r\nb\rc\u2028d\x0ce\x85f\n\n\ng").text == "a\nb\nc\nd\ne\nf\ng"


def test_body_without_newlines_stays_one_paragraph():
    body = "WASHINGTON (Reuters) - One. Two. Three.  Four."
    article = normalized(body, "Title")
    assert paragraphs(article) == [("title", "Title"), ("body", body.replace("  ", " "))]


def test_bullets_only_at_the_start_are_summary():
    article = normalized("- one\n\u2013 two\n- \nBody text.\n- not a summary", "T")
    assert paragraphs(article) == [("title", "T"), ("summary", "one"), ("summary", "two"),
                                   ("body", "Body text."), ("body", "- not a summary")]  # fmt: skip


def test_body_that_repeats_the_title_drops_it():
    article = normalized("Ministers Meet\nThe ministers met.", "Ministers meet")
    assert article.text == "Ministers meet\nThe ministers met."


def test_empty_article():
    article = normalized("  \n ", "")
    assert (article.text, article.paragraphs, article.dateline) == ("", [], None)


SENTENCE = "The ministers met in Geneva on Saturday and agreed to resume talks, officials said."


@pytest.mark.parametrize("line", [
    "Israel prepares 'next stage' air, ground and naval assault on Gaza",
    "Iran warns of wider war as Gaza siege tightens",
    "UN Security Council to vote on ceasefire resolution",
    "Thousands flee as fighting spreads to northern Sudan",
    "Explainer: What is the Rafah crossing and why does it matter",
    "Hezbollah and Israel trade fire across Lebanese border",
])  # fmt: skip
def test_related_headlines_are_boilerplate(line):
    article = normalized(f"{SENTENCE}\n{line}\n{SENTENCE}", "Title")
    assert paragraphs(article)[2] == ("boilerplate", line)


@pytest.mark.parametrize("line", [
    "The minister said the talks would resume next week.",  # a sentence
    "Iran says it will respond to any attack on its territory",  # a verb of saying
    '"We will not stand by," the envoy warned',  # quoted speech
    "Hamas fighters stormed the towns, killing 1,300 people and",  # a dangling end
    "Oil",  # too short
    "NET PROFIT 12.5 MLN DLRS VS 10.2 MLN",  # upper case, figures
    "Revenue 1.2 billion vs 1.1 billion in 1986",  # figures
    "the talks in Geneva were postponed again by both sides",  # lower-case start
    "In a statement on Saturday the ministry of foreign affairs of the Islamic Republic of Iran "
    "condemned what it called the continued aggression against civilians",  # too long
])  # fmt: skip
def test_prose_and_tables_are_not_headlines(line):
    article = normalized(f"{SENTENCE}\n{line}\n{SENTENCE}", "Title")
    assert paragraphs(article)[2][0] == "body", line


def test_headline_position_matters():
    line = "Iran warns of wider war as Gaza siege tightens"
    assert looks_like_headline(line)
    first = normalized(f"{line}\n{SENTENCE}\n{SENTENCE}", "Title")
    last = normalized(f"{SENTENCE}\n{SENTENCE}\n{line}", "Title")
    listed = normalized(f"Key points:\n{line}\nAnother short point without a stop\n{SENTENCE}")
    assert [k for k, _ in paragraphs(first)] == ["title", "body", "body", "body"]
    assert [k for k, _ in paragraphs(last)] == ["title", "body", "body", "body"]
    assert all(kind == "body" for kind, _ in paragraphs(listed))
    assert looks_like_headline("Title Case Headline About Talks") and not looks_like_headline(
        SENTENCE
    )


@pytest.mark.parametrize("line, kind", [
    ("(Photo: Reuters)", "caption"),
    ("File photo: Iranian Foreign Minister Hossein Amirabdollahian in Tehran", "caption"),
    ("Photo by John Smith/Getty Images", "caption"),
    ("Reuters/Mohammed Salem", "caption"),
    ("Palestinians inspect a damaged house in Gaza, October 14, 2023. REUTERS/Ibraheem Abu Mustafa",
     "caption"),
    ("Reporting by Parisa Hafezi; Editing by William Maclean", "boilerplate"),
    ("(Reporting by Lawrence Hurley and Andrew Chung; Editing by Will Dunham)", "boilerplate"),
    ("Additional reporting by Jonathan Landay", "boilerplate"),
    ("Click here for the latest updates", "boilerplate"),
    ("Read more: Why Iran backs Hamas", "boilerplate"),
    ("Related: Israel calls up 300,000 reservists", "boilerplate"),
    ("Sign up for our daily newsletter", "boilerplate"),
    ("(This story has been refiled to correct a typo in paragraph 3)", "boilerplate"),
    ("A Reuters/Ipsos poll showed 52 percent of adults approve.", "body"),
    ("Related to this matter of trade, the minister said more talks were needed.", "body"),
])  # fmt: skip
def test_captions_and_wire_trailers(line, kind):
    article = normalized(f"{SENTENCE}\n{line}\n{SENTENCE}", "Title")
    assert paragraphs(article)[2] == (kind, line)


@pytest.mark.parametrize("body, place", [
    ("WASHINGTON (Reuters) - The U.S. Senate voted.", "WASHINGTON"),
    ("WASHINGTON, Feb 26 - The Tower Commission report...", "WASHINGTON"),
    ("SACRAMENTO, Calif. (Reuters) - Governor Brown said.", "SACRAMENTO, Calif."),
    ("WEST PALM BEACH, Fla./WASHINGTON (Reuters) - Text.", "WEST PALM BEACH, Fla./WASHINGTON"),
    ("NEW YORK/LONDON (Reuters) - Stocks fell.", "NEW YORK/LONDON"),
    ("CALGARY, Alberta, Feb 26 - Nova said.", "CALGARY, Alberta"),
    ("BRASILIA, MARCH 5 - Brazil said.", "BRASILIA"),
    ("Miami, March 6 - Roger King said.", "Miami"),
    ("BEIRUT (AP) \u2014 Israeli jets struck.", "BEIRUT"),
    ("(Reuters) - Alabama officials certified.", None),
    ("The U.S. Senate (the upper chamber) - voted.", None),
    ("Iran - a country of 88 million - said.", None),
])  # fmt: skip
def test_dateline_place(body, place):
    article = normalized(body, "Title")
    assert article.dateline == place
    assert article.text.endswith(normalize_text(body))  # the dateline stays in the text


def test_dateline_given_by_the_reader_is_kept():
    assert normalized("WASHINGTON (Reuters) - x", dateline="Washington, D.C.").dateline == (
        "Washington, D.C."
    )


def test_a_dateline_given_with_its_date_or_agency_is_cut_to_its_place():
    """A corpus field "BRASILIA, Feb 26" names the place as the text's dateline would."""
    assert normalized("x", dateline="BRASILIA, Feb 26").dateline == "BRASILIA"
    assert normalized("x", dateline="OTTAWA (Reuters)").dateline == "OTTAWA"


def test_dateline_after_summary_bullets():
    assert normalized("- a bullet\nLONDON (Reuters) - Text.", "T").dateline == "LONDON"


@pytest.fixture(scope="module")
def corpora(shared) -> dict[str, list[Article]]:
    found = {}
    for name in ("reuters-2017", "reuters-1987"):
        articles = list(read_inputs([shared / "corpus" / f"{name}.jsonl.gz"], ReadOptions()))
        gold = [a.dateline for a in articles]
        for article in articles:
            article.dateline = None  # found by the stage, then compared with the corpus's own
            STAGE(article)
        found[name] = list(zip(articles, gold, strict=True))
    return found


def test_datelines_agree_with_the_corpora(corpora):
    for name, pairs in corpora.items():
        # The 1987 corpus writes the date in its dateline ("WASHINGTON, Feb 26"): drop it.
        gold = [re.sub(r", [A-Za-z]+\.? \d{1,2},?$", "", g) if g else None for _, g in pairs]
        agree = sum(a.dateline == g for (a, _), g in zip(pairs, gold, strict=True))
        assert agree / len(pairs) > 0.99, name


def test_few_corpus_paragraphs_are_flagged(corpora):
    for name, pairs in corpora.items():
        body = [p for a, _ in pairs for p in a.paragraphs if p.kind not in ("title", "summary")]
        flagged = [p for p in body if p.kind in ("boilerplate", "caption")]
        assert len(flagged) / len(body) < 0.005, name
        assert {a.paragraphs[0].kind for a, _ in pairs} == {"title"}


def test_reuters_2017_article(corpora):
    article, gold = corpora["reuters-2017"][0]
    assert article.dateline == gold == "WASHINGTON"
    assert [p.kind for p in article.paragraphs] == ["title", "body"]
    assert article.text.split("\n")[1].startswith("WASHINGTON (Reuters) - The head of")
    assert "\u2019" not in article.text and "fiscal conservative" in article.text


TEXTS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300) | st.text(
    alphabet=st.sampled_from(list("ab .-\n\r\t\u2019\u201c\u2014\u00a0\u2028\x0c\x00\u200b\"'()")),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(body=TEXTS, title=TEXTS)
def test_paragraphs_tile_the_text(body, title):
    article = normalized(body, title)
    text = article.text
    assert "\n" not in article.title and "\r" not in text
    position = 0
    for paragraph in article.paragraphs:
        assert paragraph.kind in PARAGRAPH_KINDS
        assert paragraph.start == position and paragraph.start < paragraph.end <= len(text)
        chunk = text[paragraph.start : paragraph.end]
        assert chunk == chunk.strip() and "\n" not in chunk and "  " not in chunk
        position = paragraph.end + 1
    assert position == len(text) + 1 if article.paragraphs else text == ""
    assert normalize_text(text) == text  # idempotent


@settings(max_examples=100, deadline=None)
@given(body=st.text(max_size=300))
def test_lone_surrogates_and_controls_never_survive(body):
    text = normalized(body + "\ud800x\x01").text
    assert not re.search("[\ud800-\udfff\x00-\x09\x0b-\x1f\x7f]", text)
    text.encode("utf-8")


def test_a_line_in_another_language_is_kept_but_typed_foreign():
    body = (
        "Deux gendarmes tués dans une embuscade près de la frontière\n"
        "The army said it had sent reinforcements to the border."
    )
    article = normalized(body, title="Two gendarmes killed in border ambush")
    assert [kind for kind, _ in paragraphs(article)] == ["title", "foreign", "body"]
    assert not article.paragraphs[1].coded
    assert normalized("", title="Tres policías mueren en un ataque contra una comisaría").paragraphs[
        0
    ].kind == "foreign"


@pytest.mark.parametrize(
    "glued, parted",
    [
        ("Al Nusrakills 5 in raid", "Al Nusra kills 5 in raid"),
        ("Boko HaramKilled 9 villagers", "Boko Haram Killed 9 villagers"),
        ("Skills training for recruits", "Skills training for recruits"),
        ("Overkill, said the minister; roadkills rose", "Overkill, said the minister; roadkills rose"),
    ],
)
def test_a_name_glued_to_kills_is_parted_from_it(glued, parted):
    assert normalize_text(glued) == parted
