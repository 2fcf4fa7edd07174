"""A synthetic news corpus for benchmarks and scale tests: seeded, so a size always gives
the same articles (and the first N articles of any larger corpus are the corpus of N).

Every template and invented name here is written for this file; real agencies, stations,
missions and programmes come from the package's own gazetteer. An article is 300 to 500
words: a headline, a dateline, a signing or a crew or a station story, quotes, and
background paragraphs, in the proportions of space news.

    python benchmarks/corpus.py 1000 corpus.jsonl     # one JSON object a line
    python benchmarks/corpus.py 10000 corpus/ --jsonl  # files of 1,000 JSON lines
    python benchmarks/corpus.py 20 news/ --files      # one .txt file an article
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parents[1] / "src" / "spacegraph" / "data" / "gazetteer.jsonl"

FIRST = """Amara Bertil Caius Dalia Elif Farid Greta Hamid Ines Jonas Kaito Leila Mateo Nadia Oskar
Priya Quentin Rosa Sven Tamar Umar Vera Wendel Ximena Yusuf Zofia Anouk Bruno Chidi Dana Emre Fiona
Gideon Hana Ivo Jasmin Kofi Lina Marek Noor Orla Pavel Rania Soren Talia Ulla Viktor Wanjiru Yara""".split()
LAST = """Okafor Lindqvist Moreau Takeda Varga Castellano Nakamura Haddad Petrov Kowalczyk Brandt Sato
Alvarez Novak Ferreira Iyer Mensah Holm Rahimi Duarte Kaur Jansen Oyelaran Bergström Costa Wiśniewska
Achterberg Delacroix Nkemelu Quist Ruhland Sandoval Thorne Uchida Valtonen Weiß Zapata Karimi Lund
Mbeki Ortega Pillai Rossi Sørensen Tanaka Ulrich Vasquez Yilmaz""".split()
TITLES = ["Director General", "Administrator", "Chairman", "President", "Chief Executive Officer",
          "Deputy Administrator", "Director", "Head of Human Spaceflight", "Minister of Science"]
AREAS = ["astronaut training", "Earth observation", "lunar exploration", "space medicine",
         "satellite navigation", "space debris mitigation", "human spaceflight", "climate monitoring",
         "deep space communications", "launch services", "planetary science", "space situational awareness"]
DOCS = ["memorandum of understanding", "framework agreement", "implementing arrangement",
        "letter of intent", "cooperation agreement", "joint statement"]
CITIES = ["Paris", "Bengaluru", "Tokyo", "Washington", "Cologne", "Toulouse", "Houston", "Rome",
          "Madrid", "Canberra", "Nairobi", "Montreal", "Seoul", "Abu Dhabi", "Lisbon", "Vienna"]
INVENTED = ["KESTREL", "AURORA-LITE", "HELIX", "TERN", "CORMORANT", "SOLSTICE", "MERIDIAN", "PIKA",
            "OSPREY", "LANTERN", "GLACIER", "NIMBUS-X", "VESPER", "QUILL", "ARGUS", "EMBER"]
KINDS = ["probe", "satellite", "lander", "orbiter", "observatory", "rover"]
FILLER = [
    "Officials said the schedule depends on the outcome of further reviews.",
    "The announcement follows months of technical discussions between the two teams.",
    "Engineers have already begun tests of the hardware at facilities in {city}.",
    "Budget documents published last year set aside funds for the work.",
    "Analysts expect the partnership to widen the pool of launch opportunities.",
    "The partners will share data from the instruments with researchers around the world.",
    "A joint working group will meet twice a year to review progress.",
    "Several universities are expected to contribute instruments and student projects.",
    "The cost of the effort was not disclosed.",
    "Details of the timeline will be published later this year, the officials said.",
    "The plan builds on earlier cooperation in {area}.",
    "Industry partners welcomed the move, saying it gives them a clearer path to contracts.",
    "The next milestone is a design review planned for the spring.",
    "Preparations at the launch site in {city} continue, according to the programme office.",
]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[tuple[str, list[str]]]]:
    out: dict[str, list] = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(row["class"], []).append((row["label"], row.get("aliases", [])))
    return out


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.g = gazetteer()

    def pick(self, seq):
        return self.rng.choice(seq)

    def agency(self) -> str:
        label, aliases = self.pick(self.g["SpaceAgency"])
        short = [a for a in aliases if a.isupper() and len(a) <= 6]
        return self.pick(short) if short and self.rng.random() < 0.6 else label

    def person(self) -> str:
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def named(self, cls: str) -> str:
        return self.pick(self.g[cls])[0]

    def invented(self) -> tuple[str, str]:
        return self.pick(INVENTED), self.pick(KINDS)

    def fill(self, text: str) -> str:
        return text.format(city=self.pick(CITIES), area=self.pick(AREAS))


def article(index: int, seed: int = 2024) -> dict:
    """The `index`th article: a dict with text, title, published (JSON Lines fields)."""
    rng = random.Random(f"{seed}:{index}")
    w = Writer(rng)
    a, b = w.agency(), w.agency()
    while b == a:
        b = w.agency()
    pa, pb, astro = w.person(), w.person(), w.person()
    ta, tb = rng.choice(TITLES), rng.choice(TITLES)
    area, area2 = rng.sample(AREAS, 2)
    doc = rng.choice(DOCS)
    city = rng.choice(CITIES)
    station = w.named("SpaceStation")
    mission = w.named(rng.choice(["Mission", "CrewedMission"]))
    program = w.named("Program")
    company = w.named("Company")
    probe, kind = w.invented()
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(2200))
    story = rng.choice(["signing", "crew", "station", "mission"])
    paragraphs: list[str] = []
    if story == "signing":
        title = f"{a} and {b} sign {doc} on {area}"
        paragraphs += [
            f"{city}, {published:%B} {published.day} - {a} and {b} signed a {doc} on {area} on {published:%A}, "
            f"opening a new chapter in their cooperation.",
            f"The {doc} was signed by {a} {ta} {pa} and {b} {tb} {pb} at a ceremony in {city}.",
            f"\"This agreement shows what two agencies can do together,\" {pa} said. "
            f"\"Our teams will work side by side on {area} and {area2}.\"",
            f"Under the {doc}, the two agencies will also study a joint contribution to the {program}.",
        ]
    elif story == "crew":
        title = f"{a} astronaut {astro} named to {mission} crew"
        paragraphs += [
            f"{a} astronaut {astro} will fly on {mission}, the agency announced in {city} on {published:%A}.",
            f"{astro}, a former test pilot, will serve as mission specialist and spend several weeks aboard the {station}.",
            f"{a} {ta} {pa} said the flight would strengthen the agency's experience in {area}.",
            f"The crew includes astronauts from {b}, which signed an agreement with {a} on {area2} last year.",
            f"{company} will provide the launch under a contract with {a}.",
        ]
    elif story == "station":
        title = f"{a} plans new module for {station}"
        paragraphs += [
            f"{a} plans to add a research module to the {station}, {ta} {pa} said in {city}.",
            f"The module, built by {company}, would support experiments in {area} and {area2}.",
            f"{b} and {a} signed a {doc} covering the module's operations, according to {pb}, "
            f"{tb} of {b}.",
            f"The station is part of the {program}, which several partners support.",
        ]
    else:
        title = f"{a} and {b} to build the {probe} {kind}"
        paragraphs += [
            f"{a} and {b} will build the {probe} {kind} together, the agencies said on {published:%A}.",
            f"The {probe} {kind} will study {area} and is due to launch after {mission}.",
            f"{a} {ta} {pa} called the {kind} \"a milestone for {area2}.\"",
            f"{b} leads the science team, while {company} builds the spacecraft bus under a contract with {a}.",
            f"The {kind} is part of the {program}.",
        ]
    c, d = w.agency(), w.person()
    background = [
        f"{a} has worked with {c} since the two agencies signed a {rng.choice(DOCS)} on {area2} in {published.year - rng.randrange(2, 9)}.",
        f"Earlier this year {c} {rng.choice(TITLES)} {d} visited {city} to discuss a role in the {program}.",
        f"{b} already flies experiments to the {w.named('SpaceStation')} and has asked {company} for studies of a cargo vehicle.",
        f"The {probe} {kind}, proposed by {c}, is still awaiting approval.",
        f"{w.named('Mission')} and {w.named('Mission')} remain the agency's flagship science missions.",
        f"{w.person()}, a {c} astronaut, trained alongside the crew of {w.named('CrewedMission')}.",
        f"{company} and {w.named('Company')} signed a contract to supply parts for the {program}.",
    ]
    paragraphs += rng.sample(background, rng.randrange(2, 5))
    while sum(len(p.split()) for p in paragraphs) < rng.randrange(300, 470):
        sentences = [w.fill(rng.choice(FILLER)) for _ in range(rng.randrange(2, 5))]
        paragraphs.append(" ".join(sentences))
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return {"title": title, "text": text, "published": published.isoformat()}


def write_jsonl(path: str | Path, n: int, seed: int = 2024) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(article(i, seed), ensure_ascii=False) + "\n")
    return path


def write_jsonl_folder(folder: str | Path, n: int, per_file: int = 1000, seed: int = 2024) -> Path:
    """`n` articles as JSON Lines files of `per_file` articles (`part-00000.jsonl`, ...)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, n, per_file):
        with (folder / f"part-{start // per_file:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(start, min(n, start + per_file)):
                fh.write(json.dumps(article(i, seed), ensure_ascii=False) + "\n")
    return folder


def write_corpus(folder: str | Path, n: int, seed: int = 2024) -> Path:
    """`n` articles as .txt files (`article-00000.txt`, ...) in `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"article-{i:05d}.txt").write_text(article(i, seed)["text"], encoding="utf-8")
    return folder


if __name__ == "__main__":
    size, target = int(sys.argv[1]), sys.argv[2]
    if "--files" in sys.argv:
        write_corpus(target, size)
    elif "--jsonl" in sys.argv:
        write_jsonl_folder(target, size)
    else:
        write_jsonl(target, size)
