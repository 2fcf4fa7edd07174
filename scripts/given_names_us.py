"""Make src/spacegraph/data/given_names_us.json: the given names of the people in the news, from
the US Social Security Administration's national baby-name counts (public domain).

The hand-written list in person_names.json names people the news names often; this one adds
the names of everyone else born in the US from 1935 to 2000 ("Nancy Currie remembers the arm"),
given to at least MIN_BIRTHS babies, less those that are also words, places or things:

- a word the English Web Treebank writes in lower case as a word, not a name ("Hope", "Summer",
  "Will");
- a name the gazetteer knows ("Juno"), or the first word of a craft's, mission's, station's or
  programme's, which the news uses alone ("Chandra", "Lucy"); a country, a nationality, a word the
  lexicon says is no name;
- a US state or big city (PLACES).

    python scripts/given_names_us.py SSA_DIR EWT_TRAIN_CONLLU

SSA_DIR holds the national files yobYYYY.txt ("Name,Sex,Count" lines), as published at
https://www.ssa.gov/oact/babynames/limits.html ("National data").
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from spacegraph import knowledge

YEARS = range(1935, 2001)  # the people of today's news: born from the 1930s to 2000
MIN_BIRTHS = 10000
PLACES = {  # US states and cities, continents and craters that are also given names
    "Alabama", "Arizona", "Carolina", "Dakota", "Georgia", "Indiana", "Montana", "Nevada", "Virginia",
    "Austin", "Boston", "Cleveland", "Dallas", "Denver", "Houston", "Jackson", "Lincoln", "Madison",
    "Orlando", "Phoenix", "Tyler", "Paris", "London", "Sydney", "Florence", "Brooklyn", "Savannah",
    "Cheyenne", "Aspen", "Sierra", "Kennedy", "Asia", "Gale",
}
ORGANISATIONS = {"Organization", "SpaceAgency", "Company", "Country"}  # whose names' first words may be given
# names ("Johnson Space Center")
OUT = Path(__file__).resolve().parent.parent / "src/spacegraph/data/given_names_us.json"
ABOUT = (f"Given names of people born in the US {YEARS.start}-{YEARS.stop - 1}, each given to at least "
         f"{MIN_BIRTHS} babies (US Social Security Administration, national data; public domain), less words the "
         "English Web Treebank writes in lower case, the gazetteer's one-word names and the first words of its "
         "craft, missions, stations and programmes, countries, nationalities, lexicon not_names and US places. "
         "Made by scripts/given_names_us.py; read with person_names.json's given_names. Do not edit by hand: "
         "extend person_names.json instead.")


def births(ssa: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for year in YEARS:
        for line in (ssa / f"yob{year}.txt").read_text().splitlines():
            name, _, count = line.split(",")
            counts[name] += int(count)
    return counts


def lower_words(conllu: Path) -> set[str]:
    """Words the treebank writes in lower case as words, not names (web text writes "nancy" too)."""
    return {cols[1] for line in conllu.read_text().splitlines()
            if len(cols := line.split("\t")) > 3 and cols[1].islower() and cols[3] not in ("PROPN", "X")}


def main(ssa: Path, conllu: Path) -> None:
    kb = knowledge.load()
    things = {name.split()[0] for e in kb.entries for name in (e.label, *e.aliases)
              if " " not in name or e.cls not in ORGANISATIONS}
    taken = things | set(kb.countries) | set(kb.demonyms) | set(kb.lexicon["not_names"]) | PLACES
    words = lower_words(conllu)
    names = sorted(n for n, count in births(ssa).items()
                   if count >= MIN_BIRTHS and n.lower() not in words and n not in taken)
    OUT.write_text(json.dumps({"_about": ABOUT, "given_names": names}, indent=2, ensure_ascii=False) + "\n")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: given_names_us.py SSA_DIR EWT_TRAIN_CONLLU")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
