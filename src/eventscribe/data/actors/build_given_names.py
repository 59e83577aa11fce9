"""Build `given_names.txt`, given names of the world's people in news, from the first words
of the people in the Phoenix actor dictionaries (PETRARCH2, openeventdata, MIT; shipped in
`data/petrarch2`): "OLEKSANDR_TURCHYNOV", "RUSTEM_KHAMITOV" give Oleksandr and Rustem, names
the US baby-name counts of `first_names.tsv` lack.

A word is kept when it begins a person's phrase (two or more name words, see
`dictionaries.people_by_surname`) of a country that writes the given name first, and is no
word of any other actor phrase nor of an agent ("UNITED", "PRIME", "JOSE" of "SAN JOSE" are
out), no honorific ("SHEIKH", "SIR"), no title or group word the dictionaries put first in
some names (NOT_GIVEN) and longer than two letters.

    python build_given_names.py > given_names.txt
"""

from __future__ import annotations

from eventscribe.actors import dictionaries
from eventscribe.actors.names import FAMILY_NAME_FIRST, HONORIFICS, fold

# Titles and the words that open armed groups' names, first in some dictionary phrases.
NOT_GIVEN = frozenset({
    "AYATOLLAH", "HOJATOLISLAM", "HOJATOLESLAM", "HAJI", "HAJJI", "ALHAJI", "MAULANA",
    "MAWLAWI", "EMIR", "PRINCESS", "TUANKU", "RATU", "DATUK", "DATO", "TUN", "KANZLER",
    "HIZB", "JABHAT", "LIWA", "KATAIB", "SHINING",
})  # fmt: skip
HEADER = """\
# Given names (one a line, as the dictionaries spell them, title case): the first words of
# the people of the Phoenix actor dictionaries (PETRARCH2, MIT) that are no word of another
# actor or agent phrase; built by build_given_names.py. Our part CC0.
"""


def given_names() -> list[str]:
    found = dictionaries.load_dictionaries()
    people = {
        words
        for rows in dictionaries.people_by_surname(found).values()
        for words, entry in rows
        if not dictionaries._countries(entry) & FAMILY_NAME_FIRST
    }
    other_words = {w for words in found.actors if words not in people for w in words}
    other_words |= {w for words in found.agents for w in words}
    firsts = {words[0] for words in people}
    return sorted(
        w.title() for w in firsts
        if w.isalpha() and len(w) > 2 and w not in other_words | NOT_GIVEN
        and fold(w) not in HONORIFICS
    )  # fmt: skip


if __name__ == "__main__":
    print(HEADER + "\n".join(given_names()))
