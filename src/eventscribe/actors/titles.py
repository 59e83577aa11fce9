"""A person's title in the words before or around their name: "Iran's Foreign Minister",
"Senator", "UN Middle East peace envoy", "her lawyer". The title gives the person a role, a
sector, a country and an affiliation ("Hamas leader": org:hamas); a state body's words give
its sector ("the U.S. House of Representatives Ethics Committee": LEG).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from eventscribe.actors import knowledge, names
from eventscribe.actors.candidate import Candidate
from eventscribe.actors.nations import cameo_code, modifier_country, runs_from
from eventscribe.actors.phrases import is_name_break


def title_before(tokens: list[Any], name_start: int) -> list[Any]:
    """The tokens before a name that may title it: none before a spaced dash ("Mark Green -
    Trump") or another person's name ("President Donald Trump's former campaign manager
    Paul Manafort": "president" is Trump's)."""
    title: list[Any] = []
    for token in (t for t in tokens if t.i < name_start):
        # (a country the tagger calls a person is still the title's: "Nepal's president")
        person = token.ent_type_ == "PERSON" and knowledge.country_by_name(token.text) is None
        if is_name_break(token) or person:
            title = []
        else:
            title.append(token)
    return title


OWNER_ENTITIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def title_owner(title: list[Any]) -> tuple[list[Any], list[Any]]:
    """(owner, office): a title split after the named body or place, or the possessive,
    that opens it ("SeaMicro | CEO", "Sierra Leone's | former vice-president", "the 1940s
    Hollywood | actress"); no owner when none opens it or when nothing would be left of the
    office ("Attorney General" tagged a body is the office itself)."""
    named = [i for i, t in enumerate(title) if t.ent_type_ in OWNER_ENTITIES or t.tag_ == "POS"]
    if not named:
        return [], title
    cut = named[-1] + 1
    while cut < len(title) and (title[cut].tag_ == "POS" or title[cut].pos_ in ("DET", "PART")):
        cut += 1
    office = title[cut:]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in office):
        return [], title
    owner = [t for t in title[: named[-1] + 1] if t.tag_ != "POS" and t.pos_ != "DET"]
    return _last_name_run(owner), office


def possessor(title: list[Any]) -> tuple[list[Any], list[Any]]:
    """(owner, owned): the proper names before a title's possessive, and the title's words
    after it ("Trump | son-in-law", "President Donald Trump | eldest son" of "President Donald
    Trump's eldest son, Donald Trump Jr.", whose name the tagger left out of the title)."""
    if not title:
        return [], []
    doc, start = title[0].doc, title[0].i
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_punct \
            or start > 0 and doc[start - 1].tag_ == "HYPH":
        start -= 1  # "daughter-in-law" of which the title kept "-law"
    words = [doc[i] for i in range(start, title[0].i)] + list(title)
    marks = [t for t in words if t.tag_ == "POS"]
    if not marks and start > 0 and doc[start - 1].tag_ == "POS":
        marks = [doc[start - 1]]  # "Angela Merkel's nephew, Paul Brandt": the title is "nephew"
    if not marks:
        return [], []
    mark = marks[-1]
    owner: list[Any] = []
    i = mark.i - 1
    while i >= 0 and doc[i].pos_ == "PROPN":
        owner.insert(0, doc[i])
        i -= 1
    return owner, [t for t in words if t.i > mark.i]


def is_kinship(words: list[Any]) -> bool:
    """ "eldest son", "son-in-law": words that name a family tie."""
    text = " ".join(t.lower_ for t in words).replace(" - ", "-")
    return any(w in knowledge.kinship_nouns() for w in text.split())


def _last_name_run(words: list[Any]) -> list[Any]:
    """The proper names that end the owner's words ("the 1940s Hollywood": "Hollywood")."""
    run: list[Any] = []
    for token in reversed(words):
        if not (token.pos_ == "PROPN" or token.ent_type_ in OWNER_ENTITIES):
            break
        run.insert(0, token)
    return run


def apply_title(candidate: Candidate, title: list[Any]) -> None:
    """Role, sector, country and affiliation from words like "Iran's Foreign Minister"."""
    words = [t for t in title if t.pos_ not in ("PUNCT", "DET", "PART")]
    if not words:
        return
    # Each run of words names its title at its end, the run nearest the name first: "Senator"
    # | "a Democrat", not "Democrat"; "President Trump's" | "campaign manager", not "president".
    runs = [(run, title_sector(run)) for run in _nearest_first(candidate, words)]
    run, sector = next(((r, s) for r, s in runs if s is not None), ([], None))
    if sector is not None:
        candidate.role, candidate.sector = sector.role, sector.code
        candidate.title_tokens = title
    country = modifier_country(words)
    org = next((o for o, t in _organizations_named(words) if o.country is None or not _portfolio(t)), None)
    if org is not None:
        candidate.affiliation = f"org:{names.slug(org.name)}"
        if candidate.role is None and words[-1].lemma_.lower() in OFFICE_NOUNS:
            candidate.role = words[-1].lower_  # "Fed Chair Janet Yellen": the Fed's chair
        candidate.country = country or org.country or "IGO"
        candidate.sector = candidate.sector if country else (org.sector or candidate.sector)
        candidate.code = org.code if not country else None
        candidate.title_tokens = title
    elif country:
        candidate.country = country
        candidate.title_tokens = title
    if sector is not None and _past(run):
        # "former judge Roy Moore" holds no office: Phoenix codes former officials ELI
        candidate.role, candidate.sector, candidate.code = f"former {sector.role}", "ELI", None
    if candidate.country and candidate.sector and not candidate.code:
        candidate.code = cameo_code(candidate.country, candidate.sector)


def _organizations_named(words: list[Any]) -> Iterator[tuple[Any, Any]]:
    """(organization, its last word) for each run of adjacent words the table knows, the
    longest run from each word first: "World Bank" of "World Bank President", "IMF"."""
    for start in range(len(words)):
        for run in runs_from(words, start):
            org = knowledge.organization_by_name(" ".join(t.text for t in run))
            if org is not None:
                yield org, run[-1]
                break


PAST_WORDS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "retired", "then"})


def _past(run: list[Any]) -> bool:
    """ "former national security adviser", "ex-minister" (one word or three): an office no
    longer held."""
    first = run[0]
    dashed = first.i >= 2 and first.nbor(-1).text == "-" and first.nbor(-2).lower_ == "ex"
    return dashed or any(t.lower_ in PAST_WORDS or t.lower_.startswith("ex-") for t in run)


# Offices any organization has: "the Fed chair" is the Federal Reserve's, whatever its sector.
OFFICE_NOUNS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "president",
                          "governor", "head", "chief", "director", "leader", "boss",
                          "secretary-general"})  # fmt: skip


PORTFOLIO_HEADS = frozenset({"minister", "ministry", "secretary", "department", "committee"})


def _portfolio(word: Any) -> bool:
    """ "Labour Minister Pierre Cadieux": a word before a minister's title names the
    portfolio, not the party of the same name. (An international body is never a portfolio:
    "NATO Secretary-General" is NATO's; its caller checks.)"""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ in PORTFOLIO_HEADS


def _nearest_first(candidate: Candidate, words: list[Any]) -> list[list[Any]]:
    """The runs of title words before the name, nearest first, then those after it."""
    start = candidate.name_tokens[0].i if candidate.name_tokens else 0
    runs = _adjacent_runs(words)
    return [r for r in reversed(runs) if r[0].i < start] + [r for r in runs if r[0].i >= start]


def _adjacent_runs(tokens: list[Any]) -> list[list[Any]]:
    """The tokens in runs of neighbours (a gap of one punctuation or article token allowed)."""
    runs: list[list[Any]] = []
    for token in tokens:
        if runs and token.i - runs[-1][-1].i <= 2:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


# Titles that hold in any body, whose sector is the body's: "militia leader", "police
# spokesman", "rebel commander".
HEADS_OF_ANY_BODY = frozenset({"leader", "spokesman", "spokeswoman", "spokesperson", "chief",
                               "head", "commander", "official"})  # fmt: skip


def title_sector(words: list[Any]) -> Any:
    """The longest title at the end of the words: "foreign minister" before "minister"."""
    for size in (3, 2, 1):
        if len(words) >= size:
            phrase = " ".join(t.lower_ for t in words[-size:])
            sector = knowledge.sector_by_word(phrase)
            if sector is not None and sector.word in HEADS_OF_ANY_BODY:
                return _of_the_body_before(words, sector)
            if sector is not None:
                return sector
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    if of:  # "Chancellor of the Exchequer", "Minister of Finance": the office before "of"
        return title_sector(words[:of])
    return None


def _of_the_body_before(words: list[Any], title: Any) -> Any:
    """A head of a sector's body ("militia leader": UAF), else the title's own sector."""
    body = knowledge.sector_by_word(words[-2].lower_) if len(words) >= 2 else None
    if body is None or body.code == title.code or body.word in HEADS_OF_ANY_BODY:
        return title
    return dataclasses.replace(title, code=body.code)


def body_words(words: list[Any]) -> tuple[Any, int] | None:
    """The last state body a name's words name, longest words first: (its sector, where it
    starts). The words after it name a part of it ("Ethics Committee"); a body named last
    is what the name is ("Congress Party" is a party)."""
    lowered = [t.lower_ for t in words]
    for end in reversed(range(1, len(words) + 1)):  # the last body ("Chinese foreign
        for size in (3, 2, 1):  # ministry" ends in "foreign ministry", not "ministry")
            at = end - size
            if at < 0:
                continue
            sector = knowledge.sector_by_word(" ".join(lowered[at:end]))
            whole = sector is not None and len(sector.word.split()) == size  # not "army" of
            if whole and sector.kind == "body":  # "Salvation Army"
                return sector, at
    return None
