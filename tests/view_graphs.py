"""Small graphs in the shape a build writes (docs/architecture.md), made by hand for
the view tests and the view benchmark."""
from __future__ import annotations

import hashlib
import random

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from spacegraph.vocab import SCHEMA, SG, SGR

ARTICLE_TITLE = "ISRO and ESA sign agreement on human spaceflight"
ARTICLE_URL = "https://example.org/news/isro-esa-human-spaceflight"

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = ('Rogue said </script><script>window.__pwned=1;alert(2)</script> and '
                    '<img src=x onerror="window.__pwned=1"> \u2028 & more.')


class Builder:
    """Adds things, facts and their provenance to a graph."""

    def __init__(self, graph: Graph | None = None):
        self.g = graph if graph is not None else Graph()
        self.g.bind("sg", str(SG._NS))
        self.g.bind("sgr", str(SGR))

    def article(self, slug: str, title: str, url: str | None = None, date: str | None = None) -> URIRef:
        art = SGR[f"article/{slug}"]
        self.g.add((art, RDF.type, SG.Article))
        self.g.add((art, DCTERMS.title, Literal(title)))
        if url:
            self.g.add((art, SCHEMA.url, Literal(url, datatype=XSD.anyURI)))
        if date:
            self.g.add((art, DCTERMS.issued, Literal(date, datatype=XSD.date)))
        return art

    def thing(self, path: str, cls, label: str, *, alts=(), same=(), article: URIRef | None = None) -> URIRef:
        node = SGR[path]
        self.g.add((node, RDF.type, cls))
        self.g.add((node, RDFS.label, Literal(label)))
        for alt in alts:
            self.g.add((node, SKOS.altLabel, Literal(alt)))
        for iri in same:
            self.g.add((node, OWL.sameAs, URIRef(iri)))
        if article is not None:
            self.g.add((node, SG.mentionedIn, article))
        return node

    def fact(self, s, p, o, *, article: URIRef | None = None, sentence: str | None = None,
             start: int = 0, end: int | None = None) -> None:
        self.g.add((s, p, o))
        if article is None or sentence is None:
            return
        digest = hashlib.sha1(f"{s}|{p}|{o}|{sentence}".encode()).hexdigest()[:16]
        st = SGR[f"fact/{digest}"]
        self.g.add((st, RDF.type, RDF.Statement))
        self.g.add((st, RDF.subject, s))
        self.g.add((st, RDF.predicate, p))
        self.g.add((st, RDF.object, o))
        self.g.add((st, PROV.wasDerivedFrom, article))
        self.g.add((st, SG.sourceSentence, Literal(sentence)))
        self.g.add((st, SG.startOffset, Literal(start)))
        self.g.add((st, SG.endOffset, Literal(end if end is not None else start + len(sentence))))


SIGNING = ("On Saturday, ISRO and ESA signed a comprehensive agreement to work together "
           "in the areas of human space exploration.")
SIGNED_BY = ("The deal was signed by ISRO Chairman S. Somanath and ESA Director General "
             "Josef Aschbacher, setting the foundation for joint activities in various aspects "
             "of space exploration.")
AREAS = ("The collaboration will cover astronaut training, integration of space experiments, "
         "research on human health in space, and educational programs, among other areas.")
AXIOM = ("A significant project under this new collaboration will be the Axiom-4 mission, "
         "which will see a crew consisting of both an ESA astronaut and ISRO's Gaganyatri astronaut.")
ISS = ("The mission will involve a series of experiments led by Indian Principal Investigators "
       "aboard the International Space Station (ISS), furthering scientific knowledge in space.")
BAS = ("One of the key milestones in ISRO's future plans is the Bharatiya Antariksh Station (BAS), "
       "India's upcoming indigenous space station.")


def sample_graph() -> Graph:
    """What a build of examples/isro-esa-human-spaceflight.txt is meant to give."""
    b = Builder()
    art = b.article("isro-esa-human-spaceflight-1a2b3c4d5e", ARTICLE_TITLE, ARTICLE_URL)
    isro = b.thing("agency/isro", SG.SpaceAgency, "Indian Space Research Organisation",
                   alts=["ISRO"], same=["http://www.wikidata.org/entity/Q80883"], article=art)
    esa = b.thing("agency/esa", SG.SpaceAgency, "European Space Agency",
                  alts=["ESA"], same=["http://www.wikidata.org/entity/Q42262"], article=art)
    agreement = b.thing("agreement/isro-esa-human-spaceflight-1a2b3c4d5e", SG.Agreement,
                        "ISRO\u2013ESA human spaceflight agreement", article=art)
    somanath = b.thing("person/s-somanath", SG.Person, "S. Somanath", alts=["Somanath"], article=art)
    aschbacher = b.thing("person/josef-aschbacher", SG.Person, "Josef Aschbacher",
                         alts=["Aschbacher"], article=art)
    axiom = b.thing("mission/axiom-4", SG.CrewedMission, "Axiom-4", alts=["Ax-4"], article=art)
    iss = b.thing("station/international-space-station", SG.SpaceStation, "International Space Station",
                  alts=["ISS"], same=["http://www.wikidata.org/entity/Q25271"], article=art)
    bas = b.thing("station/bharatiya-antariksh-station", SG.SpaceStation, "Bharatiya Antariksh Station",
                  alts=["BAS"], article=art)
    india = b.thing("country/india", SG.Country, "India", article=art)
    training = b.thing("area/astronaut-training", SG.CooperationArea, "Astronaut training", article=art)
    health = b.thing("area/human-health-research", SG.CooperationArea, "Human health research", article=art)
    education = b.thing("area/education-and-outreach", SG.CooperationArea, "Education and outreach", article=art)
    gaganyatri = b.thing("astronaut/isro-gaganyatri-1a2b3c4d5e", SG.Astronaut, "ISRO's Gaganyatri astronaut",
                         article=art)

    b.fact(agreement, SG.party, isro, article=art, sentence=SIGNING, start=980)
    b.fact(agreement, SG.party, esa, article=art, sentence=SIGNING, start=980)
    b.fact(agreement, SG.signatory, somanath, article=art, sentence=SIGNED_BY, start=1095)
    b.fact(agreement, SG.signatory, aschbacher, article=art, sentence=SIGNED_BY, start=1095)
    for area in (training, health, education):
        b.fact(agreement, SG.coversArea, area, article=art, sentence=AREAS, start=1280)
    b.fact(somanath, SG.heads, isro, article=art, sentence=SIGNED_BY, start=1095)
    b.fact(aschbacher, SG.heads, esa, article=art, sentence=SIGNED_BY, start=1095)
    b.fact(somanath, SG.jobTitle, Literal("Chairman"), article=art, sentence=SIGNED_BY, start=1095)
    b.fact(aschbacher, SG.jobTitle, Literal("Director General"), article=art, sentence=SIGNED_BY, start=1095)
    b.fact(agreement, SG.concerns, axiom, article=art, sentence=AXIOM, start=1790)
    b.fact(axiom, SG.participant, isro, article=art, sentence=AXIOM, start=1790)
    b.fact(axiom, SG.participant, esa, article=art, sentence=AXIOM, start=1790)
    b.fact(axiom, SG.crewMember, gaganyatri, article=art, sentence=AXIOM, start=1790)
    b.fact(gaganyatri, SG.affiliation, isro, article=art, sentence=AXIOM, start=1790)
    b.fact(axiom, SG.destination, iss, article=art, sentence=ISS, start=1960)
    b.fact(bas, SG.operator, isro, article=art, sentence=BAS, start=2900)
    b.fact(bas, SG.country, india, article=art, sentence=BAS, start=2900)
    b.fact(isro, SG.country, india, article=art, sentence=BAS, start=2900)
    return b.g


NO_HEADLINE = ("NASA and JAXA signed an agreement on Tuesday that brings a Japanese astronaut "
               "to the surface of the Moon on a later Artemis mission.")
LONELY = "Falcon 9"


def dated_graph() -> Graph:
    """Two agreements reported a year apart, one by an article with no headline (its title
    is its first sentence, as a build of a headline-less text gives), and a thing with no fact."""
    b = Builder()
    old = b.article("isro-esa-2023", ARTICLE_TITLE, ARTICLE_URL, "2023-05-01")
    new = b.article("nasa-jaxa-2024", NO_HEADLINE, "https://example.org/news/nasa-jaxa", "2024-04-09")
    isro = b.thing("agency/isro", SG.SpaceAgency, "Indian Space Research Organisation", alts=["ISRO"], article=old)
    esa = b.thing("agency/esa", SG.SpaceAgency, "European Space Agency", alts=["ESA"], article=old)
    nasa = b.thing("agency/nasa", SG.SpaceAgency, "NASA", article=new)
    jaxa = b.thing("agency/jaxa", SG.SpaceAgency, "Japan Aerospace Exploration Agency", alts=["JAXA"], article=new)
    first = b.thing("agreement/isro-esa-2023", SG.Agreement, "ISRO\u2013ESA agreement", article=old)
    second = b.thing("agreement/nasa-jaxa-2024", SG.Agreement, "NASA\u2013JAXA agreement", article=new)
    artemis = b.thing("program/artemis", SG.Program, "Artemis", article=new)
    b.thing("vehicle/falcon-9", SG.Spacecraft, LONELY, article=new)
    for agreement, parties, art, sentence in ((first, (isro, esa), old, SIGNING), (second, (nasa, jaxa), new, NO_HEADLINE)):
        for party in parties:
            b.fact(agreement, SG.party, party, article=art, sentence=sentence, start=0)
    b.fact(second, SG.concerns, artemis, article=new, sentence=NO_HEADLINE, start=0)
    b.fact(second, SG.signedOn, Literal("2024-04-09", datatype=XSD.date), article=new, sentence=NO_HEADLINE, start=0)
    return b.g


def hostile_graph() -> Graph:
    """Names and sentences that would run script if they were treated as HTML."""
    b = Builder()
    art = b.article("evil-0000000000", '<script>window.__pwned=1</script>Evil "title"',
                    "javascript:window.__pwned=1")
    evil = b.thing("organization/evil", SG.Organization, HOSTILE_NAME,
                   alts=["</script><script>window.__pwned=1</script>", "x\u2029y & <b>bold</b>"],
                   same=["javascript:alert(3)"], article=art)
    isro = b.thing("agency/isro", SG.SpaceAgency, "ISRO", article=art)
    b.fact(evil, SG.affiliation, isro, article=art, sentence=HOSTILE_SENTENCE, start=0)
    b.fact(evil, SG.status, Literal('<svg onload="window.__pwned=1">'), article=art,
           sentence=HOSTILE_SENTENCE, start=0)
    return b.g


def synthetic_graph(n_things: int, seed: int = 7, facts_per_thing: float = 1.5) -> Graph:
    """A random graph of `n_things` things and about `facts_per_thing` facts each."""
    rng = random.Random(seed)
    classes = [SG.SpaceAgency, SG.Company, SG.Person, SG.Astronaut, SG.Agreement, SG.Mission,
               SG.SpaceStation, SG.Program, SG.Country, SG.CooperationArea]
    props = [SG.party, SG.participant, SG.affiliation, SG.partOf, SG.concerns, SG.operator]
    b = Builder()
    arts = [b.article(f"synthetic-{i:04d}", f"Synthetic article {i}", f"https://example.org/a/{i}")
            for i in range(max(1, n_things // 50))]
    things = []
    for i in range(n_things):
        art = arts[i % len(arts)]
        things.append(b.thing(f"thing/t{i:05d}", rng.choice(classes), f"Thing {i}",
                              alts=[f"T{i}"], article=art))
    for i in range(int(n_things * facts_per_thing)):
        s, o = rng.sample(things, 2) if n_things > 1 else (things[0], things[0])
        art = arts[i % len(arts)]
        b.fact(s, rng.choice(props), o, article=art, sentence=f"Sentence {i} links two things.", start=i * 40)
    return b.g


def count_things_and_facts(g: Graph) -> tuple[int, int]:
    """Things: typed with an sg: class other than sg:Article; facts: triples between two things."""
    things = {s for s, c in g.subject_objects(RDF.type)
              if str(c).startswith(str(SG._NS)) and c != SG.Article}
    skip = {RDF.type, OWL.sameAs, SG.mentionedIn}
    facts = {(s, p, o) for s in things for p, o in g.predicate_objects(s) if o in things and p not in skip}
    return len(things), len(facts)
