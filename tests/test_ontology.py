"""The ontology and shapes parse, and the ontology defines exactly the names in vocab.py."""
from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from spacegraph import vocab
from spacegraph.vocab import SG, SG_IRI, SGR_IRI

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "spacegraph.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
VOCABULARY = ROOT.parent / "shared" / "VOCABULARY.md"
ONTOLOGY_IRI = URIRef("https://w3id.org/spacegraph/ontology")
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def sg_names() -> list[str]:
    return [n for n in SG.__annotations__ if not n.startswith("_")]


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=["ontology", "shapes"])
def test_rapper_parses(path: Path) -> None:
    if not shutil.which("rapper"):
        pytest.skip("rapper (Raptor) is not installed")
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "returned" in run.stderr and "error" not in run.stderr.lower()


def test_packaged_ontology_is_the_same_file() -> None:
    from importlib.resources import files

    packaged = files("spacegraph") / "ontology"
    assert (packaged / "spacegraph.ttl").read_text(encoding="utf-8") == ONTOLOGY.read_text(encoding="utf-8")
    assert (packaged / "shapes.ttl").is_file()


def test_metadata(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/spacegraph/ontology/0.1.0")
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, DCTERMS.title) is not None
    assert onto.value(ONTOLOGY_IRI, DCTERMS.description) is not None
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")


@pytest.mark.parametrize("name", sg_names())
def test_every_vocab_name_is_defined(onto: Graph, name: str) -> None:
    term = SG[name]
    assert len(list(onto.objects(term, RDFS.label))) == 1, f"sg:{name} needs one rdfs:label"
    assert onto.value(term, SKOS.definition) is not None, f"sg:{name} needs a skos:definition"
    if any((term, RDF.type, t) in onto for t in PROPERTY_TYPES):
        assert onto.value(term, RDFS.domain) is not None, f"sg:{name} needs an rdfs:domain"
        assert onto.value(term, RDFS.range) is not None, f"sg:{name} needs an rdfs:range"
    else:
        assert any((term, RDF.type, t) in onto for t in (OWL.Class, SKOS.ConceptScheme)), \
            f"sg:{name} is neither a class, a property nor the concept scheme"


def test_vocab_names_only_terms_of_the_ontology(onto: Graph) -> None:
    """`SG` holds the terms the code names; the ontology may define more (they are known
    through `vocab`, with no change to `SG`)."""
    defined = {str(s)[len(SG_IRI):] for s in onto.subjects() if str(s).startswith(SG_IRI)}
    assert set(sg_names()) <= defined
    assert set(vocab.terms()) == defined


def test_the_vocabulary_read_from_the_ontology() -> None:
    """What `vocab` reads from today's ontology: the lists that used to be written by hand
    (validate.THING_CLASSES, FACT_PROPERTIES, the class pairs in mentions.py, graph.PREFIXES)."""
    assert {str(c)[len(SG_IRI):] for c in vocab.thing_classes()} == {
        "Organization", "SpaceAgency", "Company", "Person", "Astronaut", "Agreement", "Mission",
        "CrewedMission", "SpaceStation", "Spacecraft", "Program", "Country", "CooperationArea"}
    assert {str(p)[len(SG_IRI):] for p in vocab.fact_properties()} == {
        "party", "signatory", "coversArea", "concerns", "participant", "crewMember", "destination",
        "operator", "partOf", "affiliation", "heads", "country", "jobTitle", "signedOn", "status"}
    below = {(str(c)[len(SG_IRI):], str(p)[len(SG_IRI):]) for c, ps in vocab.superclasses().items() for p in ps}
    assert below == {("Astronaut", "Person"), ("CrewedMission", "Mission"), ("SpaceAgency", "Organization"),
                     ("Company", "Organization"), ("SpaceStation", "Spacecraft")}
    assert {str(p)[len(SG_IRI):] for p in vocab.provenance_properties()} == {
        "mentionedIn", "sourceSentence", "startOffset", "endOffset", "extractionRule"}
    assert vocab.is_subclass("Astronaut", "Person") and not vocab.is_subclass("Person", "Astronaut")
    assert list(vocab.prefixes()) == [
        "sg", "sgr", "rdf", "rdfs", "skos", "owl", "xsd", "prov", "dcterms", "schema", "agency", "agreement",
        "area", "article", "company", "country", "fact", "mission", "organization", "person", "program",
        "spacecraft", "station"]
    assert vocab.prefixes()["schema"] == "https://schema.org/" and vocab.prefixes()["sg"] == SG_IRI
    assert vocab.label(SG.coversArea) == "covers area"


def test_datatype_properties(onto: Graph) -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    expected = {"jobTitle": "string", "status": "string", "signedOn": "date", "sourceSentence": "string",
                "startOffset": "integer", "endOffset": "integer"}
    for name, datatype in expected.items():
        assert (SG[name], RDF.type, OWL.DatatypeProperty) in onto
        assert onto.value(SG[name], RDFS.range) == URIRef(xsd + datatype)
    assert onto.value(SG.sourceSentence, RDFS.domain) == RDF.Statement


def test_participant_chain(onto: Graph) -> None:
    from rdflib.collection import Collection

    chain = onto.value(SG.participant, OWL.propertyChainAxiom)
    assert list(Collection(onto, chain)) == [SG.crewMember, SG.affiliation]


def _vocabulary_terms() -> set[str]:
    text = VOCABULARY.read_text(encoding="utf-8")
    terms = set()
    for line in text.splitlines():
        m = re.match(r"\|\s*`sg:(\w+)`\s*\|", line)
        if m:
            terms.add(m.group(1))
    return terms


@pytest.mark.skipif(not VOCABULARY.is_file(), reason="../shared/VOCABULARY.md is not next to the repository")
def test_every_core_term_of_the_contract(onto: Graph) -> None:
    terms = _vocabulary_terms()
    assert len(terms) >= 30
    for name in terms:
        assert (SG[name], RDFS.label, None) in onto, f"sg:{name} from VOCABULARY.md is not in the ontology"
        assert name in sg_names(), f"sg:{name} from VOCABULARY.md is not in vocab.py"


def test_alignments(onto: Graph) -> None:
    schema, org, foaf, prov = ("https://schema.org/", "http://www.w3.org/ns/org#",
                               "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/prov#")
    expected = {
        SG.Organization: {org + "Organization", schema + "Organization"},
        SG.SpaceAgency: {SG_IRI + "Organization", schema + "GovernmentOrganization"},
        SG.Company: {SG_IRI + "Organization", schema + "Corporation"},
        SG.Person: {foaf + "Person", schema + "Person"},
        SG.Astronaut: {SG_IRI + "Person"},
        SG.Agreement: {prov + "Entity"},
        SG.Mission: {prov + "Activity"},
        SG.CrewedMission: {SG_IRI + "Mission"},
        SG.SpaceStation: {SG_IRI + "Spacecraft"},
        SG.Country: {schema + "Country"},
        SG.CooperationArea: {str(SKOS.Concept)},
        SG.Article: {schema + "NewsArticle", prov + "Entity"},
    }
    for cls, supers in expected.items():
        assert {str(o) for o in onto.objects(cls, RDFS.subClassOf)} >= supers, cls


def areas(onto: Graph) -> list[URIRef]:
    return sorted(onto.subjects(SKOS.inScheme, SG.cooperationAreas))


def test_area_concepts(onto: Graph) -> None:
    assert (SG.cooperationAreas, RDF.type, SKOS.ConceptScheme) in onto
    concepts = areas(onto)
    assert len(concepts) >= 25
    for c in concepts:
        assert str(c).startswith(SGR_IRI + "area/")
        assert (c, RDF.type, SKOS.Concept) in onto and (c, RDF.type, SG.CooperationArea) in onto
        pref = list(onto.objects(c, SKOS.prefLabel))
        assert len(pref) == 1, c
        assert list(onto.objects(c, RDFS.label)) == pref, f"{c}: rdfs:label must equal skos:prefLabel"
        slug = re.sub(r"[^a-z0-9]+", "-", str(pref[0]).lower()).strip("-")
        assert str(c) == f"{SGR_IRI}area/{slug}", "an area's IRI is the slug of its preferred label"
        for label in [*pref, *onto.objects(c, SKOS.altLabel)]:
            assert isinstance(label, Literal) and label.language is None and label.datatype is None, \
                f"{c}: {label!r} must be a plain literal so it matches names read from articles"


def test_no_name_on_two_areas(onto: Graph) -> None:
    owners: dict[str, set] = {}
    for c in areas(onto):
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for label in onto.objects(c, p):
                owners.setdefault(str(label).casefold(), set()).add(c)
    shared = {name: sorted(cs) for name, cs in owners.items() if len(cs) > 1}
    assert not shared
    per_concept = Counter(str(l).casefold() for c in areas(onto) for p in (SKOS.prefLabel, SKOS.altLabel)
                          for l in onto.objects(c, p))
    assert max(per_concept.values()) == 1, "a name is repeated on one area"
    for name in ("astronaut training", "research experiments", "experiments", "space medicine",
                 "planetary defense", "leo activities", "ground station support"):
        assert name in owners, name
