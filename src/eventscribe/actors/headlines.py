"""Names read in a headline or in shouted text count only when the body confirms them.

A headline capitalises its words ("AMD Buys SeaMicro", "FUNARO SHRUGS OFF CALLS"), so the
tagger runs verbs into names and makes people and companies of them. A person or an
organization that no table knows, named in a headline sentence, is kept only as the
longest run of its words that the body names too ("Buys SeaMicro" -> "SeaMicro",
"FUNARO SHRUGS OFF CALLS" -> "Funaro"), with the body's reading of it; with no such run it
is dropped. Countries, seats of government and the organizations of the tables need no
confirmation.
"""

from __future__ import annotations

from typing import Any

from eventscribe.actors import knowledge, names
from eventscribe.actors.candidate import Candidate, Found
from eventscribe.actors.coreference import spellings
from eventscribe.actors.phrases import Phrase
from eventscribe.article import Article

# Words a title-cased headline leaves in lower case: "Warren Jeffs Convicted of Assault".
SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and",
                         "or", "but", "as", "with", "from", "into", "over", "after", "vs"})  # fmt: skip
MIN_WORDS = 3  # a line of fewer words is no headline to judge by its case
CAPITALISED_SHARE = 0.75


def headline_sentences(article: Article) -> set[int]:
    """The sentences of the title paragraph, and those written in capitals or title case."""
    found = set()
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph] if article.paragraphs else None
        text = article.text[sentence.start : sentence.end]
        if (paragraph is not None and paragraph.kind == "title") or looks_shouted(text):
            found.add(sentence.index)
    return found


def looks_shouted(text: str) -> bool:
    """Capitals throughout ("GULF PRAISED U.S. MOVE"), or Title Case with no full stop at
    its end ("AMD Buys SeaMicro For $334 Million": small words aside); not a sentence."""
    # (a word of letters only, most of them, needs no look at each letter)
    words = [w for w in text.split() if w.isalpha() or any(c.isalpha() for c in w)]
    if len(words) < MIN_WORDS:
        return False
    if all(not any(c.islower() for c in w) for w in words):
        return True
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper())
    sentence = text.rstrip().endswith((".", '."', ".'"))
    return (
        not sentence
        and len(content) >= MIN_WORDS
        and capitalised >= CAPITALISED_SHARE * len(content)
    )


def confirm(found: Found, headlines: set[int]) -> Found:
    """The found phrases, the unconfirmed names of headline sentences trimmed or dropped."""
    if not headlines:
        return found
    # A description in the body ("the land reform movement") that the resolver linked to
    # the headline's name is no confirmation of it, and goes with it when it is dropped or
    # read as another actor ("MULRONEY" an organization, which "the huge oil company" took,
    # confirmed as the body's Brian Mulroney).
    named = [item for item in found if item[0] not in headlines and not item[2].described]
    body = spellings(named)
    kept: Found = []
    dropped: set[str] = set()
    for index, phrase, candidate in found:
        if index not in headlines or not _needs_confirmation(candidate):
            kept.append((index, phrase, candidate))
            continue
        confirmed = _confirmed(candidate.name_tokens or phrase.tokens, body)
        if confirmed is not None:
            run = confirmed.name_tokens
            kept.append((index, Phrase(run[-1], run), confirmed))
        if confirmed is None or confirmed.actor_id != candidate.actor_id:
            dropped.add(candidate.actor_id)
    return [item for item in kept if not (item[2].described and item[2].actor_id in dropped)]


def _needs_confirmation(candidate: Candidate) -> bool:
    if candidate.kind == "organization":
        return knowledge.organization_by_name(candidate.name) is None
    return candidate.kind == "person"


def _confirmed(tokens: list[Any], body: dict[str, Candidate]) -> Candidate | None:
    """The body's reading of the longest run of the name's words that it names."""
    for size in range(len(tokens), 0, -1):
        for start in range(len(tokens) - size + 1):
            run = tokens[start : start + size]
            known = body.get(names.fold(" ".join(t.text for t in run)))
            if known is not None:
                found = known.copy()
                found.name_tokens = run
                return found
    return None
