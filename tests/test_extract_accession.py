"""Who joins an agreement the article has named, in sentences that do not name it again
("Ecuador joins", "Belgium becomes the 34th signatory", "signs the accords"), and a
timeline's lines, whose dates open them (sentences written for these tests)."""
from __future__ import annotations

import pytest

from spacegraph.extract import Extractor
from spacegraph.model import Article

ACCORDS = "The Artemis Accords set out principles for exploring the Moon."


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def facts(extractor: Extractor, text: str, prop: str) -> set[tuple[str, str]]:
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    return {(ex.things[f.subject].label, str(f.obj) if f.literal else ex.things[f.obj].label)
            for f in ex.facts if f.prop == prop}


@pytest.mark.parametrize("sentence, party", [
    ("Ecuador joins.", "Ecuador"),
    ("In June, Armenia joined.", "Armenia"),
    ("Switzerland signs on the 15th.", "Switzerland"),
    ("Greece signed at the State Department in February.", "Greece"),
    ("The Czech Republic is the 24th signatory.", "Czech Republic"),
    ("In 2024 Uruguay became the 36th signatory.", "Uruguay"),
    ("Germany, one of the biggest contributors to ESA, comes aboard as the 29th signatory.", "Germany"),
    ("Argentina is the 28th nation to sign.", "Argentina"),
    ("Armenia's foreign minister signs the accords in Washington, and Armenia joins.", "Armenia"),
])
def test_who_joins_or_signs_with_no_object_joins_the_agreement_named_before(extractor, sentence, party):
    assert ("Artemis Accords", party) in facts(extractor, f"{ACCORDS} {sentence}", "party")


@pytest.mark.parametrize("sentence, party", [
    ("15 February - Uruguay joins, the 36th country to do so.", "Uruguay"),
    ("2 June - Bolivia signs, the 40th nation to do so.", "Bolivia"),
    ("In March, Peru joined, the latest country to sign up.", "Peru"),
])
def test_a_description_set_off_after_joining_is_no_object(extractor, sentence, party):
    """"X joins, the 36th country to do so": the parser takes the apposition for an object."""
    assert ("Artemis Accords", party) in facts(extractor, f"{ACCORDS}\n\n{sentence}", "party")


def test_coordinated_countries_each_join(extractor):
    got = facts(extractor, f"{ACCORDS} On 30 May Peru and Slovakia both join on the same day.", "party")
    assert {("Artemis Accords", "Peru"), ("Artemis Accords", "Slovakia")} <= got


def test_the_accords_are_the_accords_named_before(extractor):
    text = f"{ACCORDS} Armenia's foreign minister, Ararat Mirzoyan, signs the accords in Washington."
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    assert [t.label for t in ex.things.values() if t.cls == "Agreement"] == ["Artemis Accords"]
    assert ("Artemis Accords", "Ararat Mirzoyan") in facts(extractor, text, "signatory")


@pytest.mark.parametrize("text", [
    "Ecuador joins.",  # no agreement named: nothing to join
    f"{ACCORDS} Tibor Kapu joins as a mission specialist.",  # a person joins a crew, not the accords
    f"{ACCORDS} Northrop Grumman signed on as a partner to Starlab.",  # "sign on" is no signing
    f"{ACCORDS} In 2014 NASA signed with SpaceX for six flights.",  # signed with someone: a deal of their own
    f"{ACCORDS} Spain is a signatory of the Outer Space Treaty.",  # a signatory of another agreement
])
def test_no_party_where_the_sentence_joins_nothing_the_article_named(extractor, text):
    assert ("Artemis Accords", "Ecuador") not in facts(extractor, text, "party")
    got = facts(extractor, text, "party") | facts(extractor, text, "signatory")
    assert not {(a, b) for a, b in got if a == "Artemis Accords"}


def test_a_timeline_line_is_read_after_the_date_it_opens_with(extractor):
    text = f"Signing up\n\n{ACCORDS}\n\n9 February - Greece signs at the State Department.\n\n" \
           "15 May 2021 (Beijing time): Lithuania joins.\n"
    assert {("Artemis Accords", "Greece"), ("Artemis Accords", "Lithuania")} <= facts(extractor, text, "party")


def test_each_signing_on_a_timeline_dates_the_agreement(extractor):
    text = f"Signing up\n\n{ACCORDS}\n\n2023\n\n3 May - The Czech Republic becomes the 24th signatory.\n\n" \
           "November - The Netherlands (1 November) and Bulgaria (9 November) sign within a week.\n\n" \
           "2024\n\n15-16 April - Two signings in two days. Switzerland signs on the 15th.\n"
    got = {day for _, day in facts(extractor, text, "signedOn")}
    assert {"2023-05-03", "2023-11-01", "2024-04-15"} <= got


@pytest.mark.parametrize("text, day", [
    ("Greece signs\n\nPosted 10 February 2024\n\nGreece signed the Artemis Accords on 9 February.", "2024-02-09"),
    ("Angola signs\n\nPosted 5 January 2024\n\nAngola signed the Artemis Accords on 14 December.", "2023-12-14"),
    ("KASA and NASA sign\n\nSacheon, 23 September 2024\n\nKASA announced today that it has signed a joint "
     "statement with NASA. The statement was signed on Thursday, September 19, at NASA Headquarters.", "2024-09-19"),
])
def test_a_day_and_month_written_take_the_articles_year_and_outrank_a_day_named(extractor, text, day):
    assert {d for _, d in facts(extractor, text, "signedOn")} == {day}


@pytest.mark.parametrize("text", [
    "Peru and Slovakia join the Accords\n\nTwo more countries have signed the Artemis Accords this week.",
    "Two more countries have signed the Artemis Accords. Peru and Slovakia joined the Accords in Washington.",
    "Peru and Slovakia sign the Accords\n\nThe Artemis Accords, drawn up by NASA, now have more than 40 signatories.",
])
def test_the_accords_before_or_after_the_artemis_accords_are_named_are_them(extractor, text):
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    assert [t.label for t in ex.things.values() if t.cls == "Agreement"] == ["Artemis Accords"]
    assert {("Artemis Accords", "Peru"), ("Artemis Accords", "Slovakia")} <= facts(extractor, text, "party")


@pytest.mark.parametrize("text, signers", [
    (f"{ACCORDS} Daniel Filmus, Argentina's minister of science, signs in Buenos Aires, watched by the U.S. "
     "ambassador, Marc Stanley.", {"Daniel Filmus"}),
    ("ESA and JAXA signed a joint statement on Monday, witnessed by Prime Minister Narendra Modi.", set()),
    ("The agreement was signed by Josef Aschbacher and Hiroshi Yamakawa, accompanied by Bill Nelson.",
     {"Josef Aschbacher", "Hiroshi Yamakawa"}),
    ("The contract was signed at ASI's headquarters by ASI President Teodoro Valente and by Giampiero Di Paolo, CEO "
     "of Thales Alenia Space Italia, in the presence of ASI Director General Luca Salamone.",
     {"Teodoro Valente", "Giampiero Di Paolo"}),
    ("The deal was signed in Warsaw by Simonetta Cheli, ESA's Director of Earth Observation Programmes, and Grzegorz "
     "Brona, Creotech's chief executive, with ESA Director General Josef Aschbacher looking on.",
     {"Simonetta Cheli", "Grzegorz Brona"}),
    ("CNSA and the Egyptian Space Agency signed an agreement on Monday. Tang Yuhua, the mission's deputy chief "
     "designer, witnessed the signing.", set()),
    (f"{ACCORDS} NASA Administrator Bill Nelson attended and welcomed the signing.", set()),
])
def test_who_watches_or_accompanies_a_signing_signs_nothing(extractor, text, signers):
    """"watched by", "in the presence of", "with X looking on", "X witnessed the signing"."""
    assert {person for _, person in facts(extractor, text, "signatory")} == signers


@pytest.mark.parametrize("text", [
    "China and Russia have not signed the Artemis Accords.",
    "Neither China nor Russia has signed the Artemis Accords.",
    "Russia never signed the Artemis Accords.",
    "India refused to sign the Artemis Accords.",
    "Peru has yet to join the Artemis Accords.",
])
def test_a_denied_signing_makes_no_party(extractor, text):
    ex = extractor(Article(text=text, title="", source="t.txt"))
    assert not [f for f in ex.facts if f.prop in ("party", "signatory")]
