"""What the extractor knows, read from data files beside the code and from the ontology.

`data/gazetteer.jsonl`: real agencies, companies, stations, missions, programmes,
countries, with their other names and sameAs links, the country an organisation is of
(`country`), and for missions, stations and
programmes what is known of them: who runs them (`operator`), who takes part (`partners`),
the programmes they are part of (`programmes`), the years they `launched` and `ended`, or
the earliest year one not launched by 2026 is `due`. `data/series.jsonl`: numbered mission
series ("Shenzhou-17"), with the year each member that has ended ended. `data/crews.jsonl`: who
flew known crewed flights. `data/heads.jsonl`: who headed known organisations, and when.
`data/people.jsonl`: astronauts and officials and the organisations they worked for, and
when (their country and whether they flew are recorded too, not yet read).
`data/titles.jsonl`: job titles and ranks. The files are as of the end of `HORIZON` (2025).
`data/lexicon.json`: the words of news reports that signal facts. `data/person_names.json`:
words that start a person's name. Cooperation areas come
from the ontology's SKOS concept scheme, so a domain expert extends one place.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from rdflib import URIRef
from rdflib.namespace import SKOS

from .vocab import SG, SGR, ontology


@dataclass(frozen=True)
class Entry:
    """One known thing: its class, id, full name, other names and sameAs IRIs (and, for a
    mission, craft or station that one organisation runs, that organisation's id)."""

    id: str
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    operator: str | None = None
    partners: tuple[str, ...] = ()  # of a mission, station or programme: the organisations that take part
    programmes: tuple[str, ...] = ()  # of a mission or station: the programmes it is part of
    country: str | None = None  # of an organisation: the id of the country it is of


HORIZON = 2025  # the knowledge files tell what was known at the end of this year: who was in post, what
# was at work, what was still to launch (a `due` year is after it). An article dated more than a year after
# it may tell of what changed since, so only what was over by then is taken from them (an undated article's
# latest year told of in the past is too often a misreading, "extended to 2030", to judge by).


@dataclass(frozen=True)
class Span:
    """The years of a known mission, station or programme, as far as they are known: when it
    launched, when it ended, and for one not launched by 2026 the earliest year it may."""

    launched: int | None = None
    ended: int | None = None
    due: int | None = None

    def state(self, year: int, exact: bool = True) -> str | None:
        """Its state in an article of that year: completed, active or planned; None where
        the years do not say. Not `exact`: the article is of that year or later (the latest
        year it tells of in the past), which tells only what is over, what is still at work,
        and what had not launched by 2026."""
        if self.ended and self.ended < year:
            return "completed"
        if exact and year > HORIZON + 1:
            return None  # at work, or still to launch, at the horizon: perhaps not by then
        if self.launched and self.launched < year and (not self.ended or exact and self.ended > year):
            return "active"  # not in the year it ended: which it was, the years do not say
        if (exact and self.launched and self.launched > year) or (self.due and self.due > year):
            return "planned"  # not launched by 2026: planned in an article of 2025 or before
        return None


@dataclass(frozen=True)
class Series:
    """A numbered mission series: "Shenzhou-17", "Axiom Mission 4", "Artemis II"."""

    names: tuple[str, ...]
    cls: str
    label_format: str
    id_format: str
    roman: bool
    programme: str | None = None  # the gazetteer id of the programme its missions belong to
    operator: str | None = None  # the gazetteer id of the organisation that runs its missions
    destination: str | None = None  # the gazetteer id of the station its missions fly to
    destination_from: int = 1  # the first number that flies there (Shenzhou-12 was the first to Tiangong)
    joined: bool = False  # the number follows the name with no space or hyphen: "VV23", "PSLV-C58"
    launch: bool = False  # a rocket's flights: each is over within the hour it lifts off
    suborbital: bool = False  # hops to space and back ("NS-25", "Galactic 07"): over within the hour too
    stay: bool = False  # a station crew's stay ("Expedition 72"), not a flight: its crew come and go on flights
    cargo: bool = False  # a cargo ship's flights to a station ("Progress MS-21"): each over within months
    long_stay: bool = False  # crewed flights that stay at a station for about half a year ("Soyuz MS-24")

    @property
    def brief(self) -> bool:
        """Each of its flights is over within the hour it lifts off."""
        return self.launch or self.suborbital


@dataclass
class Knowledge:
    entries: list[Entry]
    series: list[Series]
    titles: dict[str, tuple[str, bool]]  # surface form -> (title, heads)
    areas: list[Entry]
    lexicon: dict
    demonyms: dict[str, Entry] = field(default_factory=dict)  # "Indian" -> India
    countries: dict[str, Entry] = field(default_factory=dict)  # "India", "US" -> the country
    person_names: dict[str, frozenset[str]] = field(default_factory=dict)  # data/person_names.json
    area_names: dict[str, Entry] = field(default_factory=dict)  # "data sharing" -> its concept (lower case)
    by_id: dict[str, Entry] = field(default_factory=dict)  # the gazetteer by id
    spans: dict[str, Span] = field(default_factory=dict)  # id of a mission, station or programme -> its years
    flown: dict[str, int] = field(default_factory=dict)  # id of a programme -> the year its first known flight flew
    crews: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # id of a crewed flight ->
    # (full name, surname) of each who flew it (data/crews.jsonl)
    heads: dict[str, tuple[tuple[str, str, int, int | None], ...]] = field(default_factory=dict)  # id of an
    # organisation -> (full name, surname, first year, last year or None) of who headed it (data/heads.jsonl)
    members: dict[str, tuple[tuple[str, str, int, int | None], ...]] = field(default_factory=dict)  # id of an
    # organisation -> (full name, surname, first year, last year or None) of who worked for it (data/people.jsonl)

    def crewed(self, key: str, names: set[str]) -> bool | None:
        """Whether someone of these names flew the known flight `key`; None where its crew
        is not known."""
        crew = self.crews.get(key)
        return None if crew is None else any(_same_person(names, full, surname) for full, surname in crew)

    def headed(self, key: str, names: set[str], year: int, exact: bool) -> bool:
        """Whether someone of these names headed the known organisation `key` all through
        the year of an article (not `exact`: of that year or later, so only one still in
        post); not in the year they took over or left, when either may be meant."""
        return _in_post(self.heads.get(key, ()), names, year, exact, all_year=True)

    def worked_for(self, key: str, names: set[str], year: int, exact: bool) -> bool:
        """Whether someone of these names worked for the known organisation `key` in the
        year of an article (not `exact`: of that year or later, so only one still there)."""
        return _in_post(self.members.get(key, ()), names, year, exact, all_year=False)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries}
        self.demonyms = {d: e for e in self.entries if e.cls == "Country" for d in e.demonyms}
        self.countries = {n: e for e in self.entries if e.cls == "Country" for n in (e.label, *e.aliases)}
        self.area_names = {n.lower(): a for a in self.areas for n in (a.label, *a.aliases)}


def _in_post(spells: tuple[tuple[str, str, int, int | None], ...], names: set[str], year: int, exact: bool,
             all_year: bool) -> bool:
    """Whether one of the (full name, surname, first year, last year or None) spells is of
    someone of these names in the article's `year`: `all_year`, not in its first or last
    year; not `exact` (that year or later), only a spell still going on. Nothing for an
    article dated more than a year past the `HORIZON`."""
    if exact and year > HORIZON + 1:
        return False
    margin = 1 if all_year else 0  # all through the year: begun before it, ending after it
    return any(_same_person(names, full, surname) and start + margin <= year
               and (end is None or exact and year + margin <= end) for full, surname, start, end in spells)


def _same_person(names: set[str], full: str, surname: str) -> bool:
    """One of the names is the person's: the full name, or the surname alone or with
    another word of the full name ("Moghbeli", "Jasmin Moghbeli"; not "Kate Moghbeli")."""
    for name in names:
        words = set(name.replace(".", " ").split())
        if name == full or surname in words and (len(words) == 1 or words & (set(full.split()) - {surname})):
            return True
    return False


class DataError(ValueError):
    """A data file cannot be read: which, on what line, and what is wrong (for whoever
    edited it; the extractor cannot be built without it)."""


def _path(name: str) -> Traversable:
    return files("spacegraph") / "data" / name


def data_json(name: str):
    """A JSON data file (`lexicon.json`) as Python values."""
    try:
        return json.loads(_path(name).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{_path(name)}, line {exc.lineno}: {exc.msg} (column {exc.colno})") from None


def records(name: str, *required: str) -> list[dict]:
    """The objects of a JSON Lines data file (`gazetteer.jsonl`), each with the keys `required`."""
    out = []
    for n, line in enumerate(_path(name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{_path(name)}, line {n}: {exc.msg} (column {exc.colno})") from None
        if not isinstance(d, dict):
            raise DataError(f"{_path(name)}, line {n}: not a JSON object")
        if missing := [key for key in required if key not in d]:
            raise DataError(f"{_path(name)}, line {n}: no {', '.join(repr(k) for k in missing)}")
        out.append(d)
    return out


def _areas() -> list[Entry]:
    """Cooperation areas: the concepts of the ontology's scheme and all their names."""
    g = ontology()
    areas = []
    for concept in sorted(c for c in g.subjects(SKOS.inScheme, SG.cooperationAreas) if isinstance(c, URIRef)):
        label = str(g.value(concept, SKOS.prefLabel))
        alts = tuple(sorted(str(a) for a in g.objects(concept, SKOS.altLabel)))
        areas.append(Entry(id=str(concept).removeprefix(f"{SGR}area/"), cls="CooperationArea",
                           label=label, aliases=alts))
    return areas


@lru_cache(maxsize=1)
def load() -> Knowledge:
    gazetteer = records("gazetteer.jsonl", "id", "class", "label")
    series_lines = records("series.jsonl", "series", "class", "label_format", "id_format")
    entries = [Entry(id=d["id"], cls=d["class"], label=d["label"], aliases=tuple(d.get("aliases", ())),
                     same_as=tuple(d.get("sameAs", ())), demonyms=tuple(d.get("demonyms", ())),
                     operator=d.get("operator"), partners=tuple(d.get("partners", ())),
                     programmes=tuple(d.get("programmes", ())), country=d.get("country"))
               for d in gazetteer]
    series = [Series(names=(d["series"], *d.get("aliases", ())), cls=d["class"],
                     label_format=d["label_format"], id_format=d["id_format"],
                     roman=d.get("numerals") == "roman", programme=d.get("programme"),
                     operator=d.get("operator"), destination=d.get("destination"),
                     destination_from=d.get("destination_from", 1), joined=d.get("joined", False),
                     launch=d.get("launch", False), suborbital=d.get("suborbital", False),
                     cargo=d.get("cargo", False), stay=d.get("stay", False), long_stay=d.get("long_stay", False))
              for d in series_lines]
    lexicon = data_json("lexicon.json")
    names = data_json("person_names.json")
    names["given_names"] += data_json("given_names_us.json")["given_names"]  # everyone else's
    spans = {d["id"]: Span(d.get("launched"), d.get("ended"), d.get("due"))
             for d in gazetteer if d.get("launched") or d.get("ended") or d.get("due")}
    spans.update((d["id_format"].format(n=int(n)), Span(ended=year)) for d in series_lines
                 for n, year in d.get("ended", {}).items())
    return Knowledge(entries, series, _titles(records("titles.jsonl")), _areas(), lexicon,
                     person_names={k: frozenset(v) for k, v in names.items() if not k.startswith("_")}, spans=spans,
                     flown=_first_flights(gazetteer, series_lines),
                     crews={d["id"]: tuple((full, surname) for full, surname in d["crew"])
                            for d in records("crews.jsonl", "id", "crew")},
                     heads={d["id"]: tuple(tuple(h) for h in d["heads"]) for d in records("heads.jsonl", "id", "heads")},
                     members=_people(records("people.jsonl", "name", "surname", "affiliations")))


def _first_flights(gazetteer: list[dict], series_lines: list[dict]) -> dict[str, int]:
    """The year each programme's first known flight flew: its earliest member launched
    (gazetteer `programmes`; a hop or drop test is no flight), or a numbered member of its
    series ended."""
    flights = [(p, d["launched"]) for d in gazetteer if d.get("launched") and not d.get("suborbital")
               for p in d.get("programmes", ())]
    flights += [(d["programme"], year) for d in series_lines if d.get("programme") for year in d.get("ended", {}).values()]
    first: dict[str, int] = {}
    for programme, year in flights:
        first[programme] = min(year, first.get(programme, year))
    return first


def _people(lines: list[dict]) -> dict[str, tuple[tuple[str, str, int, int | None], ...]]:
    """data/people.jsonl by organisation: (full name, surname, first year, last year or None)."""
    members: dict[str, list[tuple[str, str, int, int | None]]] = {}
    for d in lines:
        for org, start, end in d["affiliations"]:
            members.setdefault(org, []).append((d["name"], d["surname"], start, end))
    return {k: tuple(v) for k, v in members.items()}


def _titles(lines: list[dict]) -> dict[str, tuple[str, bool]]:
    """Surface form -> (title, heads): each title as listed, and each with a modifier
    before it ("Deputy Director", "project director", "Executive Vice President"; joined by a hyphen too where the
    modifier is `hyphenated`: "vice-president", "co-chief executive"), which heads what the title heads
    only if the modifier says so (`"heads": null`, as "Acting"); a listed title wins."""
    titles: dict[str, tuple[str, bool]] = {}
    listed = [d for d in lines if "title" in d]
    for d in listed:
        for form in (d["title"], *d.get("aliases", ())):
            titles[form] = (d["title"], d["heads"])
    modifiers = [d for d in lines if "modifier" in d]
    for m in modifiers:
        for d in listed:
            if d["title"].split()[0].lower() == m["modifier"].lower() or not d["title"][:1].isalpha():
                continue  # not "Deputy Deputy Administrator"; but "Senior Vice President", "Acting Associate
                # Administrator", "senior project scientist"
            title = f'{m["modifier"]} {d["title"][:1].upper()}{d["title"][1:]}'
            heads = d["heads"] if m["heads"] is None else m["heads"]
            for form in (title, title.lower(), f'{m["modifier"].lower()} {d["title"]}'):  # "acting Administrator"
                titles.setdefault(form, (title, heads))
            if m.get("hyphenated"):  # "vice-president", "co-chief executive", "Co-CEO"
                for name in (d["title"], *d.get("aliases", ())):
                    for form in (f'{m["modifier"]}-{name}', f'{m["modifier"].lower()}-{name}'):
                        titles.setdefault(form, (form, heads))
    return titles


