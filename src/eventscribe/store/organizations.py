"""The registry's own merges of organizations across articles, each with its reason.

The resolver keys an organization by the words one article names it with: its name in full
("org:national-security-agency"), the short name the article defines for it ("the National
Security Agency (NSA)": "org:nsa"), or its name without a tail ("Sinclair" for Sinclair
Broadcast Group). So the registry meets one body under several ids. After a batch is stored,
two organizations are one when one of them was written, in some article, with the other's
name in full (a spelling whose key is the other's id) and its own key is

1. that name's initials ("NSA", "USGS" for "U.S. Geological Survey"), with or without a
   country word opening it ("CFPB" for "U.S. Consumer Financial Protection Bureau"); or
2. that name's first words, when the words left are only a company's kind ("Sinclair" of
   Sinclair Broadcast Group, "ATI" of ATI Technologies; not "BBC" of BBC America, nor
   "Woodburn" of the Woodburn Police Department) or a tail opening with "of" after two
   words or more ("Fundamentalist Church" of the Fundamentalist Church of Jesus Christ of
   Latter Day Saints; not "Bank" of the Bank of England), or its words after a country word
   opening it ("District Court" of "U.S. District Court").

Two organizations are one too when their keys differ only in spaces, hyphens and, in names
of two words or more, a plural "s" ("Sea Micro" and "SeaMicro", "Central Elections
Commission" and "Central Election Commission"; not "Times" and "Time"): one name spelled
apart; the newer goes into the one stored before it.

Only names count as spellings here: two words or more, each capitalised (small words aside),
so that descriptions ("the watchdog group", "his company") join nothing. Two bodies of known,
different countries are never one, nor two that one article names apart (the resolver read
them side by side). The short-named entry goes into the full-named one; the merge is
recorded as the people's merges are (`identity.merge`), so `actors show` explains it and
`actors split` undoes it.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from eventscribe.actors import knowledge, names
from eventscribe.store.corrections import Correction
from eventscribe.store.identity import Person, countries_agree, final_id, merge, named_together

SMALL_WORDS = names.INITIALS_SKIP | {"on", "in", "to", "at"}
# Words of a company's name that only say what kind of company it is.
COMPANY_KINDS = names.LEGAL_FORMS | {
    "group", "holdings", "holding", "technologies", "technology", "management", "industries",
    "systems", "partners", "international", "enterprises", "communications", "networks",
    "broadcast", "media", "financial", "services", "worldwide", "global",
}  # fmt: skip

# Each organization of the batch, with a spelling another organization shares.
SHARED_SPELLINGS = """
    select a.id, a.name, a.country, f.form, b.id, b.name, b.country
    from actor_forms f
    join actor_forms g on g.form = f.form and g.actor_id <> f.actor_id
    join actors a on a.id = f.actor_id and a.kind = 'organization'
    join actors b on b.id = g.actor_id and b.kind = 'organization'
    where list_contains(?, f.actor_id) or list_contains(?, g.actor_id)
"""

# Organizations whose keys are one once spaces, hyphens and plural endings go
# (`names.spelled_key`), each pair once, a batch's organization first.
SPELLED_APART = """
    with keyed as (
        select id, name, country, array_to_string(list_transform(
            string_split(substr(id, 5), '-'),
            lambda w: case when length(w) >= 4 and suffix(w, 's') and contains(id, '-')
                      then w[:-2] else w end), '') as k
        from actors where kind = 'organization'
    )
    select a.id, a.name, a.country, b.id, b.name, b.country
    from keyed a join keyed b on a.k = b.k and a.id <> b.id
    where list_contains(?, a.id) and (not list_contains(?, b.id) or a.id > b.id)
    order by a.id, b.id
"""


def link_organizations(con: duckdb.DuckDBPyConnection, batch_ids: Iterable[str]) -> list[Correction]:
    """Merge the organizations of a batch with stored ones they are (see the module)."""
    wanted = sorted(batch_ids)
    if not wanted:
        return []
    made: list[Correction] = []
    gone: set[str] = set()
    for a_id, a_name, a_country, form, b_id, b_name, b_country in con.execute(
        SHARED_SPELLINGS, [wanted, wanted]
    ).fetchall():
        if a_id in gone or b_id in gone or not countries_agree(a_country, b_country):
            continue
        reason = short_name_of(key_of(a_id), form, key_of(b_id))
        if reason is None or named_together(con, a_id, b_id):
            continue
        short, full = Person(a_id, a_name, a_country, 0), Person(b_id, b_name, b_country, 0)
        made.append(merge(con, short, full, f"{a_id} is {reason} {form!r}"))
        gone.add(a_id)
    for a_id, a_name, a_country, b_id, b_name, b_country in con.execute(
        SPELLED_APART, [wanted, wanted]
    ).fetchall():
        if a_id in gone or b_id in gone or not countries_agree(a_country, b_country):
            continue
        if named_together(con, a_id, b_id):
            continue
        newer, older = Person(a_id, a_name, a_country, 0), Person(b_id, b_name, b_country, 0)
        made.append(merge(con, newer, older, f"{a_id} is the name of {b_id} spelled apart"))
        gone.add(a_id)
    return made


def organization_merges_among(
    organizations: dict[str, tuple[str, str | None]],
    spellings: dict[str, set[str]],
    together: set[frozenset[str]],
) -> dict[str, str]:
    """The merges `link_organizations` would make, with no database: each merged id -> the
    id it ends in. `organizations`: id -> (name, country); `spellings`: id -> its forms."""
    by_form: dict[str, set[str]] = {}
    for actor_id, forms in spellings.items():
        for form in forms:
            by_form.setdefault(form, set()).add(actor_id)
    into: dict[str, str] = {}
    for form, ids in sorted(by_form.items()):
        for a in sorted(ids):
            for b in sorted(ids - {a}):
                if a in into or b in into or frozenset((a, b)) in together:
                    continue
                if not countries_agree(organizations[a][1], organizations[b][1]):
                    continue
                if short_name_of(key_of(a), form, key_of(b)) is not None:
                    into[a] = b
    by_key: dict[str, list[str]] = {}
    for actor_id in organizations:
        by_key.setdefault(names.spelled_key(key_of(actor_id)), []).append(actor_id)
    for ids in by_key.values():
        kept = final_id(into, ids[0])  # (in the order stored: the first is the older)
        for other in ids[1:]:
            ends = final_id(into, other)
            if ends == kept or frozenset((other, ids[0])) in together:
                continue
            if countries_agree(organizations[other][1], organizations[ids[0]][1]):
                into[ends] = kept
    return {a: final_id(into, a) for a in into}


def short_name_of(short: str, form: str, full: str) -> str | None:
    """How the key `short` names the organization keyed `full`, when `form` is that
    organization's name in full (its key is `full`); None when it does not."""
    if not is_name(form) or names.org_key(_without_article(form)) != full or short == full:
        return None
    words = _without_article(form).split()
    forms = [words]
    if len(words) > 2 and knowledge.country_by_name(words[0].rstrip(",")) is not None:
        forms.append(words[1:])  # "U.S. Consumer Financial Protection Bureau"
    for named in forms:
        letters = names.initials(" ".join(named)).lower()
        if len(letters) >= 2 and short.replace("-", "") == letters:
            return "the initials of"
    full_words, short_words = full.split("-"), short.split("-")
    tail = full_words[len(short_words) :]
    if full_words[: len(short_words)] == short_words and tail and (
        set(tail) <= COMPANY_KINDS or (len(short_words) >= 2 and tail[0] == "of")
    ):
        return "the first words of"
    if len(forms) > 1 and short_words == full_words[1:]:
        return "without its country, the name of"
    return None


def is_name(form: str) -> bool:
    """Two words or more, each capitalised but the small ones ("Bank of England")."""
    words = _without_article(form).split()
    return len(words) >= 2 and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words
    )


def key_of(actor_id: str) -> str:
    return actor_id.removeprefix("org:")


def _without_article(form: str) -> str:
    return form[4:] if form[:4].lower() == "the " else form

