"""Known things of the gazetteer and series found by name in ordinary news sentences, and
common words that look like their names left alone (sentences written for these tests)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import things
from spacegraph import knowledge
from spacegraph.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text, label, cls", [
    # agencies, including ones of the past
    ("The National Space Development Agency of Japan (NASDA) merged with ISAS in 2003.",
     "National Space Development Agency of Japan", "SpaceAgency"),
    ("Brazil's INPE tracks deforestation in the Amazon with satellite images.",
     "National Institute for Space Research", "SpaceAgency"),
    ("Senegal's first satellite was built for the Senegalese Space Agency at a French university centre.",
     "Senegalese Space Agency", "SpaceAgency"),
    # shuttle flights of 1984-1986, whose designations carry a letter ("STS-51-C")
    ("In January 1985 the crew of STS-51-C flew the first shuttle mission for the Pentagon.", "STS-51-C",
     "CrewedMission"),
    ("Marc Garneau became the first Canadian in space on STS-41G in 1984.", "STS-41-G", "CrewedMission"),
    ("Bill Nelson flew aboard Columbia on STS-61-C in January 1986.", "STS-61-C", "CrewedMission"),
    # the forces astronauts come from, and space commands
    ("The pilot, a former U.S. Navy test pilot, has logged 3,000 hours in jets.", "United States Navy", "Organization"),
    ("He served as a fighter pilot in the Royal Canadian Air Force before joining the corps.",
     "Royal Canadian Air Force", "Organization"),
    ("She flies helicopters for the French Air and Space Force.", "French Air and Space Force", "Organization"),
    ("Both crew members are fighter pilots of the PLA Air Force.", "People's Liberation Army Air Force",
     "Organization"),
    ("The satellite was tracked by United States Space Command after the breakup.", "United States Space Command",
     "Organization"),
    # institutes, observatories, universities with space work
    ("Italy's National Institute for Nuclear Physics supplied a laser retroreflector.",
     "National Institute for Nuclear Physics", "Organization"),
    ("Researchers at the Côte d'Azur Observatory modelled the asteroid's orbit.", "Côte d'Azur Observatory",
     "Organization"),
    ("Pakistan's Institute of Space Technology built the small satellite.", "Institute of Space Technology",
     "Organization"),
    ("Engineers at the Swedish Institute of Space Physics designed the ion sensor.",
     "Swedish Institute of Space Physics", "Organization"),
    ("The rocket lifted off from Wallops Flight Facility in Virginia.", "Wallops Flight Facility", "Organization"),
    ("The launch took place from Kourou on a clear night.", "Guiana Space Centre", "Organization"),
    # companies
    ("Takara Tomy designed the ball-shaped rover with the agency.", "Takara Tomy", "Company"),
    ("Israel Aerospace Industries built the lander for SpaceIL.", "Israel Aerospace Industries", "Company"),
    ("Surrey Satellite Technology will supply the relay spacecraft.", "Surrey Satellite Technology", "Company"),
    ("The payments company Shift4 was founded by the mission's commander.", "Shift4", "Company"),
    # landers, rovers, capsules, launchers, modules
    ("Russia was to supply the Kazachok landing platform for the rover.", "Kazachok", "Spacecraft"),
    # small probes that fly as missions of their own
    ("The Schiaparelli lander crashed on Mars in 2016.", "Schiaparelli", "Mission"),
    ("SORA-Q, a transformable ball, photographed the lander on the Moon.", "LEV-2", "Mission"),
    # by its bare name beside its operator: "Photon" alone is no name (a common word), but with Rocket Lab
    # named beside it, it is Rocket Lab's spacecraft
    ("The rocket carried a Photon spacecraft built by Rocket Lab.", "Rocket Lab Photon", "Spacecraft"),
    ("The Orion capsule is pushed by the European Service Module.", "European Service Module", "Spacecraft"),
    ("South Korea's Nuri rocket placed eight satellites in orbit.", "Nuri", "Spacecraft"),
    ("Sierra Space tested its LIFE habitat to bursting at Marshall.", "Large Integrated Flexible Environment",
     "Spacecraft"),
    # missions, crewed missions, test flights
    ("Boeing's uncrewed Orbital Flight Test failed to reach the station in 2019.", "Boeing Orbital Flight Test",
     "Mission"),
    ("JAXA's H3 TF2 flight reached orbit after the first test flight failed.", "H3 Test Flight 2", "Mission"),
    ("Starship Flight 7 ended when the upper stage broke apart over the Caribbean.", "Starship Flight 7",
     "Mission"),
    ("ISRO flew TV-D1 to test the crew escape system.", "Gaganyaan TV-D1", "Mission"),
    ("The Shenzhou 22 spacecraft launched without a crew to bring the astronauts home.", "Shenzhou 22",
     "CrewedMission"),
    ("The Hera spacecraft carries two CubeSats, Milani and Juventas.", "Juventas", "Mission"),
    ("Chang'e 6 carried the ICUBE-Q cubesat to lunar orbit.", "ICUBE-Q", "Mission"),
    ("The Queqiao-2 relay satellite supports missions on the far side.", "Queqiao-2", "Mission"),
    ("The Soviet Union launched Sputnik 1 in October 1957.", "Sputnik 1", "Mission"),
    ("The Soviet Union launched Sputnik 1 in October 1957.", "Soviet Union", "Country"),
    # numbered series
    ("SpaceX's CRS-31 mission delivered four tonnes of cargo.", "SpaceX CRS-31", "Mission"),
    ("Cygnus flew on NG-21 from Cape Canaveral.", "NG-21", "Mission"),
    ("NS-31 carried six women past the Kármán line.", "NS-31", "CrewedMission"),
    ("Transporter-12 carried 131 payloads to orbit.", "Transporter-12", "Mission"),
    ("STS-107 ended with the loss of the crew.", "STS-107", "CrewedMission"),
    ("Landsat 10 is planned for the next decade.", "Landsat 10", "Mission"),
    ("ISRO's PSLV-C58 put XPoSat in orbit.", "PSLV-C58", "Mission"),  # a rocket's flight, its number joined on
    ("Arianespace flight VV23 carried THEOS-2.", "VV23", "Mission"),
    ("The LVM3-M5 flight carried 36 satellites.", "LVM3-M5", "Mission"),
    ("A GSLV-F16 rocket carried the satellite.", "GSLV-F16", "Spacecraft"),  # the vehicle of the flight
])
def test_a_known_thing_is_found_by_its_name(extractor, text, label, cls):
    assert things(extractor, text).get(label) == cls


@pytest.mark.parametrize("text", [
    "The photon count rose sharply as the detector warmed.",
    "Progress on the new module was slow, and life support was restored.",
    "She said the crew showed great resilience and endurance, a new dawn for the programme.",
    "Swift action followed. Spirit and opportunity drove the team forward.",
    "The team trained LSTM networks; the launch window opens at 14:35 IST.",
    "Draper said the exhibit opened in Los Alamos last week.",
    "Hitomi Sato, an engineer, said the exhibit would travel to Osaka.",
    "The Sentinel reported 2 new cases, and Transporter vans arrived at the pad.",
    "Planck's constant and Fermi's estimates were on the board.",
])
def test_common_words_like_known_names_name_nothing(extractor, text):
    known = {"Mission", "CrewedMission", "Spacecraft", "SpaceStation", "Program", "Company", "SpaceAgency"}
    assert not known & set(things(extractor, text).values())


def test_a_known_operator_is_a_known_organisation_of_a_mission_craft_station_or_programme():
    from spacegraph.knowledge import load
    kb = load()
    runs = [(e, kb.by_id.get(e.operator)) for e in kb.entries if e.operator]
    assert runs
    assert all(e.cls in ("Mission", "CrewedMission", "Spacecraft", "SpaceStation", "Program") for e, _ in runs)
    assert all(org is not None and org.cls in ("SpaceAgency", "Company", "Organization") for _, org in runs)


def test_no_entry_names_two_numbered_members_of_a_family():
    """"CSO-1" and "CSO-2" are two satellites: as aliases of one entry they would be one
    thing ("RADARSAT-2" and "RADARSAT 2" are one, written two ways)."""
    from spacegraph.knowledge import load
    numbered = re.compile(r"(.*[^\d ])[ -]?(\d{1,3}|I{1,3}|IV|VI{0,3})")  # not a year: "ExoMars 2022"
    for entry in load().entries:
        numbers: dict[str, set[str]] = {}
        for name in (entry.label, *entry.aliases):
            if m := numbered.fullmatch(name):
                number = ROMAN.get(m.group(2), m.group(2).lstrip("0"))  # "Artemis II" is "Artemis 2"
                numbers.setdefault(m.group(1).lower(), set()).add(number)
        assert all(len(n) == 1 for n in numbers.values()) or entry.id in ONE_THING, (entry.id, numbers)


ONE_THING = {"ariane-6", "rlv-lex"}  # Ariane 62 and 64 are configurations of one rocket; RLV-LEX-01 to -03
# the drops of one landing experiment
ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8"}


def test_years_are_years_of_missions_stations_and_programmes():
    """`launched`, `ended` and `due` (the earliest year one not launched by 2026 may) are
    written only on things that have a status, as years of the space age in order, for
    entries and series members alike."""
    from spacegraph.knowledge import load

    from spacegraph.knowledge import HORIZON

    kb = load()
    spanned = {e.id: e.cls for e in kb.entries if e.id in kb.spans}
    assert spanned and set(spanned.values()) <= {"Mission", "CrewedMission", "SpaceStation", "Program"}
    for span in kb.spans.values():
        years = [y for y in (span.launched, span.ended) if y]
        assert all(isinstance(y, int) and 1957 <= y <= HORIZON for y in years) and years == sorted(years)
        assert span.due is None or (span.due > HORIZON and not years)
    assert kb.spans["cassini-huygens"].ended == 2017 and kb.spans["shenzhou-9"].ended == 2012  # an entry, a series member


def test_partners_are_known_organisations_of_missions_stations_and_programmes():
    from spacegraph.knowledge import load

    kb = load()
    with_partners = [e for e in kb.entries if e.partners]
    assert with_partners and {e.cls for e in with_partners} <= {"Mission", "CrewedMission", "SpaceStation", "Program"}
    assert all(kb.by_id[p].cls in ("SpaceAgency", "Organization", "Company") for e in with_partners for p in e.partners)


def test_programmes_are_known_programmes_of_missions_and_stations():
    from spacegraph.knowledge import load

    kb = load()
    with_programmes = [e for e in kb.entries if e.programmes]
    assert with_programmes and {e.cls for e in with_programmes} <= {"Mission", "CrewedMission", "SpaceStation"}
    assert all(kb.by_id[p].cls == "Program" for e in with_programmes for p in e.programmes)


@pytest.mark.parametrize("names, crewed", [
    ({"Jasmin Moghbeli"}, True),
    ({"Moghbeli"}, True),  # a surname alone, on second mention
    ({"Andreas Mogensen", "Mogensen"}, True),
    ({"Kate Moghbeli"}, False),  # the surname, another given name
    ({"Bill Nelson"}, False),
])
def test_a_crew_is_known_by_full_name_or_surname(names, crewed):
    from spacegraph.knowledge import load

    assert load().crewed("spacex-crew-7", names) is crewed
    assert load().crewed("no-such-flight", names) is None


def test_crews_are_of_crewed_flights_the_gazetteer_or_a_series_knows():
    from spacegraph.knowledge import load

    kb = load()
    formats = [s.id_format.replace("{n}", "") for s in kb.series if s.cls == "CrewedMission"]
    assert kb.crews and all(key in kb.by_id and kb.by_id[key].cls == "CrewedMission"
                            or any(key.startswith(f) and key[len(f):].isdigit() for f in formats) for key in kb.crews)
    assert all(surname in full for crew in kb.crews.values() for full, surname in crew)


def test_heads_are_of_known_organisations_in_order():
    from spacegraph.knowledge import load

    kb = load()
    assert kb.heads and all(kb.by_id[key].cls in ("SpaceAgency", "Company", "Organization") for key in kb.heads)
    for heads in kb.heads.values():
        assert all(surname in full and (end is None or start <= end) for full, surname, start, end in heads)
        assert sum(end is None for *_, end in heads) <= 1  # one in post at most


def test_people_worked_for_known_organisations_in_order():
    from spacegraph.knowledge import load

    kb = load()
    assert kb.members and all(kb.by_id[key].cls in ("SpaceAgency", "Company", "Organization") for key in kb.members)
    for members in kb.members.values():
        assert all(surname in full and (end is None or start <= end) for full, surname, start, end in members)


def test_each_person_is_listed_once_with_a_known_country():
    import json
    from importlib.resources import files

    from spacegraph.knowledge import load

    people = [json.loads(line) for line in (files("spacegraph") / "data" / "people.jsonl").read_text().splitlines()]
    countries = {e.id for e in load().entries if e.cls == "Country"}
    assert len({p["name"] for p in people}) == len(people)
    assert all(p["country"] is None or p["country"] in countries for p in people)


def test_an_organisations_country_is_a_known_country():
    from spacegraph.knowledge import load

    kb = load()
    placed = [e for e in kb.entries if e.country]
    assert placed and {e.cls for e in placed} <= {"SpaceAgency", "Company", "Organization"}
    assert all(kb.by_id[e.country].cls == "Country" for e in placed)


@pytest.mark.parametrize("name, org, year, exact, known", [
    ("Bill Nelson", "nasa", 2023, True, True),
    ("Josef Aschbacher", "esa", 2026, True, True),  # in post at the horizon, an article a year on
    ("Josef Aschbacher", "esa", 2028, True, False),  # past it: perhaps no longer
])
def test_who_was_in_post_at_the_knowledge_horizon_is_known_only_a_year_on(name, org, year, exact, known):
    from spacegraph.knowledge import load

    assert load().headed(org, {name}, year, exact) is known


def test_given_names_of_the_us_counts_name_no_country_nationality_or_known_thing():
    """data/given_names_us.json is made by scripts/given_names_us.py, which leaves out names
    that are also countries, nationalities or the gazetteer's one-word names ("Juno")."""
    kb = knowledge.load()
    names = json.loads((Path(knowledge.__file__).parent / "data/given_names_us.json").read_text())["given_names"]
    one_word = {n for e in kb.entries for n in (e.label, *e.aliases) if " " not in n}
    assert names == sorted(set(names)) and all(n[:1].isupper() for n in names)
    assert not set(names) & (one_word | set(kb.countries) | set(kb.demonyms))
    assert {"Judy", "Toni", "Pete"} <= kb.person_names["given_names"]
