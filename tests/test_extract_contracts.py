"""The parties of a contract told of right after a choice: who chose, and whom
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from spacegraph.extract import Extractor
from spacegraph.model import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def parties(extractor: Extractor, text: str) -> dict[str, set[str]]:
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    out: dict[str, set[str]] = {}
    for f in ex.facts:
        if f.prop == "party":
            out.setdefault(f.subject, set()).add(ex.things[f.obj].label)
    return out


NASA, SPACEX, BOEING = ("National Aeronautics and Space Administration", "Space Exploration Technologies Corp.",
                        "The Boeing Company")


@pytest.mark.parametrize("text, expected", [
    ("NASA announced that it had selected SpaceX to develop the deorbit vehicle. The contract is worth "
     "$843 million.", {NASA, SPACEX}),
    ("ESA picked Thales Alenia Space to build the module. The deal is worth 300 million euros.",
     {"European Space Agency", "Thales Alenia Space"}),
    ("NASA chose Boeing and SpaceX in 2014 to build capsules. Boeing's fixed-price contract was valued at "
     "$4.2 billion.", {NASA, BOEING}),
    # the contract in the sentence of the choice
    ("NASA picks SpaceX to build the deorbit vehicle under a contract worth up to $843 million.", {NASA, SPACEX}),
    ("NASA selected Blue Origin to build a lunar lander under a $3.4 billion contract.", {NASA, "Blue Origin"}),
    ("ESA has chosen Thales Alenia Space for the module, under a contract worth 300 million euros.",
     {"European Space Agency", "Thales Alenia Space"}),
    # whom, by a pronoun or a description
    ("Blue Origin makes engines. In May, NASA chose it to build a lunar lander under a contract worth $3.4 billion.",
     {NASA, "Blue Origin"}),
    ("Intuitive Machines is based in Houston. NASA selected it in 2021 to carry a drill under a $47 million task "
     "order.", {NASA, "Intuitive Machines"}),
    ("Thales Alenia Space builds modules. ESA picked the company in March. The contract is worth 300 million euros.",
     {"European Space Agency", "Thales Alenia Space"}),
])
def test_a_contract_after_a_choice_is_between_who_chose_and_whom(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text", [
    "NASA has not chosen Vast for the programme. The contract would be worth $1 billion.",  # no choice
    "NASA chose Boeing and SpaceX in 2014. The contract was large.",  # which of the two is not said
    "NASA selected SpaceX in 2020. Rocket Lab said its contract with ESA was signed in May. The deal is big.",
    # the first contract after the choice is the one it made: not a later one
    "NASA selected SpaceX in 2020, while Rocket Lab has a contract with ESA for its launches.",  # another party's
])
def test_no_parties_where_the_choice_does_not_say_them(extractor, text):
    got = parties(extractor, text)
    assert not any(NASA in p for p in got.values())



def concerns(extractor: Extractor, text: str) -> set[str]:
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    return {ex.things[f.obj].label for f in ex.facts if f.prop == "concerns"}


@pytest.mark.parametrize("text", [
    "The module is being built by Maxar under a contract awarded in 2019; its arrays will power the Gateway.",
    "Airbus builds the module under a contract with ESA, and the Gateway will carry it from 2027.",
    "NASA signed the contract in 2019, which means the Gateway will get its power element first.",
])
def test_what_a_clause_of_its_own_names_is_not_what_a_contract_is_for(extractor, text):
    assert "Lunar Gateway" not in concerns(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("ESA signed contracts with The Exploration Company and Thales Alenia Space.",
     [{"European Space Agency", "The Exploration Company"}, {"European Space Agency", "Thales Alenia Space"}]),
    ("NASA signed agreements with Axiom Space and Vast.", [{NASA, "Axiom Space"}, {NASA, "Vast"}]),
    ("Roscosmos has cooperation agreements with CNSA and ISRO.",
     [{"State Space Corporation Roscosmos", "China National Space Administration"},
      {"State Space Corporation Roscosmos", "Indian Space Research Organisation"}]),
])
def test_a_plural_agreement_with_several_parties_is_one_agreement_with_each(extractor, text, expected):
    assert sorted(parties(extractor, text).values(), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize("text, expected", [
    ("ESA signed two contracts on Tuesday: one with Thales Alenia Space and one with Airbus Defence and Space.",
     [{"European Space Agency", "Thales Alenia Space"}, {"European Space Agency", "Airbus Defence and Space"}]),
    ("NASA has signed two agreements, one with Axiom Space and another with Vast.",
     [{NASA, "Axiom Space"}, {NASA, "Vast"}]),
    ("JAXA concluded three contracts this year: one with NEC, one with ispace and one with Mitsubishi Electric.",
     [{"Japan Aerospace Exploration Agency", "NEC Corporation"}, {"Japan Aerospace Exploration Agency", "ispace"},
      {"Japan Aerospace Exploration Agency", "Mitsubishi Electric"}]),
])
def test_one_with_each_after_a_plural_agreement_is_one_agreement_with_each(extractor, text, expected):
    """"two contracts: one with A and one with B": each "one" is a contract of the
    plural noun's, with its own other party."""
    assert sorted(parties(extractor, text).values(), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize("text, expected", [
    ("ESA signed contracts with The Exploration Company.", {"European Space Agency", "The Exploration Company"}),
    ("NASA has signed agreements with JAXA.", {NASA, "Japan Aerospace Exploration Agency"}),
    ("Roscosmos signed cooperation agreements with CNSA in 2021.",
     {"State Space Corporation Roscosmos", "China National Space Administration"}),
])
def test_a_plural_agreement_its_subject_signs_with_one_other_is_one_agreement(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text", [
    "The statement follows earlier agreements between the two agencies.",
    "ESA has signed agreements with many countries.",
    "Contracts with NASA keep the company afloat.",
])
def test_a_plural_agreement_with_no_several_parties_is_no_one_agreement(extractor, text):
    assert parties(extractor, text) == {}


@pytest.mark.parametrize("text, expected", [
    ("The delegations of India and Japan signed a joint statement.", {"India", "Japan"}),
    ("Representatives of NASA and ESA signed the memorandum on Friday.", {NASA, "European Space Agency"}),
    ("Under an agreement signed by the governments of Japan and the United States, astronauts will land on the "
     "Moon.", {"Japan", "United States"}),
])
def test_the_government_or_delegation_of_a_country_stands_for_it(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The Australian Government has signed a Technology Safeguards Agreement with the United States.",
     {"Australia", "United States"}),
    ("The French government and ESA signed a memorandum of understanding on launchers in Paris.",
     {"France", "European Space Agency"}),
    ("An Indian delegation signed the agreement with the Japanese government in Tokyo on Monday.", {"India", "Japan"}),
])
def test_a_government_or_delegation_named_by_its_nationality_stands_for_the_country(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


def test_a_government_set_off_after_a_name_describes_the_name(extractor):
    ex = extractor(Article(text="ISRO functions under the Department of Space, Government of India.", title="t",
                           source="t.txt"))
    assert ("Department of Space", "India") in {(ex.things[f.subject].label, ex.things[f.obj].label)
                                                for f in ex.facts if f.prop == "country"}


@pytest.mark.parametrize("text, expected", [
    ("NASA wants a ride to the Moon for its rover. Astrobotic wins a task order to carry it.", {NASA, "Astrobotic Technology"}),
    ("NASA buys rides to the Moon from companies. Firefly won the task order in 2021.", {NASA, "Firefly Aerospace"}),
    ("The European Space Agency needs a lunar lander. On Monday Thales Alenia Space received the contract.",
     {"European Space Agency", "Thales Alenia Space"}),
])
def test_who_wins_a_contract_wins_it_from_the_agency_just_named(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text", [
    "NASA backs the station. Starlab Space picked MDA to build the arm. MDA won the contract in 2024.",
    # the company named last before the win is the buyer, not the agency before it
    "Firefly won the task order in 2021.",  # no buyer named
    "NASA flew the probe in 2020. It was a long wait. The team met often. Firefly won the contract last year.",
    # the agency is named too far back
])
def test_no_buyer_where_the_passage_names_no_agency_just_before(extractor, text):
    assert not any(NASA in p for p in parties(extractor, text).values())


@pytest.mark.parametrize("text, expected", [
    ("Blue Origin wins a $3.4 billion deal to land astronauts on the Moon, NASA said on Friday.",
     {NASA, "Blue Origin"}),
    ("Firefly won the task order on Monday, according to NASA.", {NASA, "Firefly Aerospace"}),
    ("Thales Alenia Space has received the contract, the European Space Agency announced.",
     {"European Space Agency", "Thales Alenia Space"}),
])
def test_who_wins_a_contract_wins_it_from_the_agency_that_reports_it(extractor, text, expected):
    """"X wins a deal, NASA said": with no organisation before the winner, the agency its
    sentence names after it is the buyer."""
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The Canadian Space Agency signed a deal with MDA Space and a memorandum with Telesat.",
     [{"Canadian Space Agency", "MDA Space"}, {"Canadian Space Agency", "Telesat"}]),
    ("Last week the Korea AeroSpace Administration signed an agreement with ESA and a letter of intent with CNES.",
     [{"Korea AeroSpace Administration", "European Space Agency"},
      {"Korea AeroSpace Administration", "Centre national d'études spatiales"}]),
    ("Azercosmos also signed a contract with Airbus for two satellites, and a memorandum of understanding with the "
     "Brazilian Space Agency.", [{"Azercosmos", "Airbus SE"}, {"Azercosmos", "Brazilian Space Agency"}]),
])
def test_two_agreements_signed_in_one_clause_are_two_each_with_the_signer_and_its_own_other_party(
        extractor, text, expected):
    assert sorted(parties(extractor, text).values(), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize("text", [
    "Blue Origin wins a $3.4 billion contract to land astronauts on the Moon.",
    "The contract was signed on Monday by Astroscale.",
    "Rocket Lab has a deal for ten more launches.",
])
def test_an_unnamed_agreement_with_one_side_named_is_no_agreement(extractor, text):
    """One party, and no other party or signatory, tells the agreement apart from no other."""
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    assert not [t for t in ex.things.values() if "Agreement" in t.classes()]


@pytest.mark.parametrize("text, expected", [
    ("NASA awarded Blue Origin a $3.4 billion contract.", {NASA, "Blue Origin"}),
    ("The contract that ESA has with Airbus covers two satellites.", {"European Space Agency", "Airbus SE"}),
    ("It is the agreement Boeing has with NASA.", {BOEING, NASA}),
])
def test_an_agreement_with_two_sides_named_is_between_them(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("During the International Astronautical Congress, Azercosmos signed an agreement with CNSA.",
     {"Azercosmos", "China National Space Administration"}),
    ("Amid the International Astronautical Congress in Milan, ESA signed a contract with Telespazio.",
     {"European Space Agency", "Telespazio"}),
    ("Ahead of the International Astronautical Congress, JAXA signed a memorandum with ISRO.",
     {"Japan Aerospace Exploration Agency", "Indian Space Research Organisation"}),
])
def test_what_a_signing_happens_during_or_before_is_no_party(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("British astronauts could fly on the first all-UK mission, after the UK Space Agency and Axiom Space signed "
     "an agreement.", {"UK Space Agency", "Axiom Space"}),
    ("India will fly more missions with Japan, because ISRO and ESA signed an agreement on tracking.",
     {"Indian Space Research Organisation", "European Space Agency"}),
    ("The Canada-built arm flies on, since NASA and JAXA signed a memorandum in May.",
     {"National Aeronautics and Space Administration", "Japan Aerospace Exploration Agency"}),
])
def test_the_parties_of_a_signing_are_named_in_its_own_clause(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text, label", [
    ("NASA awarded SpaceX a $2.9 billion contract in 2021.", "Contract between NASA and SpaceX"),
    ("The European Space Agency has awarded Airbus a contract to build the Vigil spacecraft.",
     "Contract between European Space Agency and Airbus"),
    ("Two European firms have signed the memorandum with NASA - Airbus and Thales Alenia Space.",
     "Memorandum between Airbus, Thales Alenia and NASA"),
])
def test_an_unnamed_agreement_is_labelled_by_all_its_parties(extractor, text, label):
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    assert [t.label for t in ex.things.values() if t.cls == "Agreement"] == [label]


@pytest.mark.parametrize("text, expected", [
    ("The Australian Space Agency negotiated an arrangement with ESA.",
     {"Australian Space Agency", "European Space Agency"}),
    ("Airbus struck a deal with OHB in 2024.", {"Airbus SE", "OHB SE"}),
    ("NASA and JAXA forged an agreement on lunar rovers.",
     {NASA, "Japan Aerospace Exploration Agency"}),
    ("Under a contract with NASA, SpaceX is to build the deorbit vehicle.", {NASA, SPACEX}),  # "is to": the parser
    # reads the subject as an outer one
])
def test_who_negotiates_strikes_or_forges_an_agreement_or_is_to_work_under_it_is_a_party(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("On the same day, OHB signed a subcontract worth 263 million euros with Thales Alenia Space.",
     {"OHB SE", "Thales Alenia Space"}),
    ("Airbus awarded a subcontract to Leonardo in March.", {"Airbus SE", "Leonardo S.p.A."}),
    ("A subcontract between Airbus and OHB covers the solar arrays.", {"Airbus SE", "OHB SE"}),
])
def test_a_subcontract_is_an_agreement_between_its_sides(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text", [
    "OHB signed a contract with Thales Alenia Space, the joint venture between Thales and Leonardo, on Monday.",
    "ESA signed a deal with Arianespace, a joint venture between Airbus and Safran until 2016, in Paris.",
    "NASA signed a contract with United Launch Alliance, a joint venture between Boeing and Lockheed Martin.",
])
def test_who_owns_a_joint_venture_is_no_party_of_its_agreement(extractor, text):
    got = parties(extractor, text)
    assert len(got) == 1 and len(next(iter(got.values()))) == 2


@pytest.mark.parametrize("text, expected", [
    ("In 2017 SES ordered seven O3b mPOWER satellites from Boeing.", {"SES S.A.", BOEING}),
    ("In December 2023 Amazon booked three Falcon 9 launches from SpaceX.", {"Amazon", SPACEX}),
    ("Thuraya 4 is the first of two satellites that Yahsat ordered from Airbus in 2020.", {"Yahsat", "Airbus SE"}),
])
def test_who_orders_or_buys_from_a_company_has_a_contract_with_it(extractor, text, expected):
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text", [
    "Vulcan is powered by BE-4 engines bought from Blue Origin.",  # no buyer said
    "Both flights were bought from SpaceX in 2024.",
    "ESA did not buy launches from SpaceX.",  # no purchase
])
def test_no_contract_where_no_buyer_buys(extractor, text):
    assert parties(extractor, text) == {}


@pytest.mark.parametrize("text, earlier, mission", [
    ("Eutelsat signed launch contracts with Arianespace and SpaceX. Under her SpaceX won its largest government "
     "award: in May, ESA chose it to launch Euclid, under a contract worth $70 million.", "Eutelsat", "Euclid"),
    ("Intelsat signed launch contracts with Arianespace and SpaceX. In March SpaceX won a bigger award: ESA picked "
     "it to launch Euclid, under a contract worth $70 million.", "Intelsat", "Euclid"),
    ("Amazon signed launch contracts with ULA and Blue Origin. In May Blue Origin won its largest award: NASA "
     "selected it to build a lander for Artemis V, under a contract worth $3.4 billion.", "Amazon", "Artemis V"),
])
def test_a_contract_read_two_ways_in_its_sentence_joins_its_fullest_reading_not_an_earlier_deal(
        extractor, text, earlier, mission):
    """A reading of the later contract with one party belongs to the reading of it with two in
    its own sentence, not to the earlier deal that has that party too."""
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    said = {(ex.things[f.subject].label, f.prop, ex.things[f.obj].label) for f in ex.facts if not f.literal}
    assert (mission, "participant", earlier) not in said
    assert not any(p == "concerns" and o == mission and earlier in s for s, p, o in said)


@pytest.mark.parametrize("text, expected", [
    ("Singapore and Peru sign a space MoU\n\nOn 15 February, Singapore's OSTIn and Peru's CONIDA signed a "
     "memorandum of understanding on Earth observation.",
     {"Singapore", "Peru", "Office for Space Technology and Industry",
      "National Commission for Aerospace Research and Development"}),
    ("Mexico's AEM and Argentina's CONAE signed a cooperation agreement on 4 April. The agreement between "
     "Mexico and Argentina covers satellite data.",
     {"Mexico", "Argentina", "Mexican Space Agency", "Comisión Nacional de Actividades Espaciales"}),
    ("Vietnam and Japan signed a space agreement in Hanoi on 5 May. JAXA and the Vietnam National Space "
     "Center signed it for their countries.",
     {"Vietnam", "Japan", "Japan Aerospace Exploration Agency", "Vietnam National Space Center"}),
])
def test_an_agreement_between_countries_is_the_one_their_bodies_sign(extractor, text, expected):
    """A heading or a summary names the countries; the body names the agencies that signed."""
    assert list(parties(extractor, text).values()) == [expected]


@pytest.mark.parametrize("text", [
    # bodies of one of the two countries: the deal is their own
    "Australia and the United States signed a satellite agreement in 2023. Lockheed Martin Australia and Optus "
    "signed a contract for the ground stations.",
    # a body of no country the article gives
    "China and Pakistan signed a space agreement. ESA and the China Manned Space Agency signed a cooperation "
    "agreement on Tiangong.",
])
def test_a_deal_of_bodies_not_each_of_the_countries_is_another_agreement(extractor, text):
    assert len(parties(extractor, text)) == 2


@pytest.mark.parametrize("text, others", [
    ("The United States has concluded similar agreements with New Zealand, the United Kingdom and Brazil.",
     {"New Zealand", "United Kingdom", "Brazil"}),
    ("NASA has signed Gateway agreements with Japan, the United Arab Emirates and Canada.",
     {"Japan", "United Arab Emirates", "Canada"}),
    ("ESA has signed agreements with Poland, the Czech Republic and Hungary.", {"Poland", "Czech Republic", "Hungary"}),
])
def test_a_name_in_a_list_opened_by_the_is_an_item_of_the_list(extractor, text, others):
    """The parser hangs "the United Kingdom" as an apposition of "New Zealand"."""
    assert {p for deal in parties(extractor, text).values() for p in deal} >= others
    assert len(parties(extractor, text)) == 3


def test_a_description_set_off_in_a_list_stays_a_description(extractor):
    text = "Tim Ayres, Australia's Minister for Industry, and Sam Mostyn praised the agreement."
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    assert ("Tim Ayres", "Minister for Industry") in {(ex.things[f.subject].label, str(f.obj)) for f in ex.facts
                                                      if f.prop == "jobTitle"}
