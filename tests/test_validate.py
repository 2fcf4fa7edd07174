"""SHACL validation, OWL 2 RL inference and `spacegraph validate`."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from helpers import run

from spacegraph.validate import infer, load, validate
from spacegraph.vocab import ORG, SG, SGR

GOOD = """
@base <https://w3id.org/spacegraph/resource/> .
@prefix sg: <https://w3id.org/spacegraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<article/a1> a sg:Article ; dcterms:title "Two agencies sign a pact" .
<agency/alpha> a sg:SpaceAgency ; rdfs:label "Alpha Space Agency" ; skos:altLabel "ASA" ;
    sg:mentionedIn <article/a1> .
<agency/beta> a sg:SpaceAgency ; rdfs:label "Beta Space Agency" ; sg:mentionedIn <article/a1> .
<country/alphaland> a sg:Country ; rdfs:label "Alphaland" .
<person/jane-doe> a sg:Person ; rdfs:label "Jane Doe" ; sg:jobTitle "Director General" ;
    sg:heads <agency/beta> .
<person/ann-roe> a sg:Astronaut ; rdfs:label "Ann Roe" ; sg:affiliation <agency/alpha> .
<area/astronaut-training> a sg:CooperationArea ; rdfs:label "astronaut training" .
<agreement/a1-1> a sg:Agreement ; rdfs:label "Alpha-Beta agreement" ;
    sg:party <agency/alpha>, <agency/beta>, <country/alphaland> ; sg:signatory <person/jane-doe> ;
    sg:signedOn "2024-11-16"^^xsd:date ; sg:coversArea <area/astronaut-training> ;
    sg:concerns <mission/m1> .
<mission/m1> a sg:CrewedMission ; rdfs:label "Test Mission 1" ; sg:status "planned" ;
    sg:crewMember <person/ann-roe> ; sg:operator <agency/alpha> .
<fact/1> a rdf:Statement ; rdf:subject <agreement/a1-1> ; rdf:predicate sg:party ;
    rdf:object <agency/alpha> ; prov:wasDerivedFrom <article/a1> ;
    sg:sourceSentence "Alpha and Beta signed." ; sg:startOffset 0 ; sg:endOffset 22 .
"""
AGREEMENT = SGR["agreement/a1-1"]
BETA = SGR["agency/beta"]


def graph(text: str = GOOD) -> Graph:
    return Graph().parse(data=text, format="turtle")


def bad() -> Graph:
    g = graph()
    g.add((BETA, RDFS.label, Literal("BSA")))
    g.set((AGREEMENT, SG.signedOn, Literal("Saturday")))
    return g


def test_conforming_graph() -> None:
    report = validate(graph())
    assert report.conforms, str(report)
    assert report.violations == []
    assert (report.things, report.facts) == (8, 13)
    assert str(report) == "conforms: 8 things, 13 facts"


def test_two_labels_and_a_weekday_for_a_date() -> None:
    report = validate(bad())
    assert not report.conforms
    lines = [str(v) for v in report.violations]
    assert len(lines) == 2, lines
    label = next(v for v in report.violations if v.path == "rdfs:label")
    assert label.focus.startswith('sgr:agency/beta "BSA" / "Beta Space Agency"')
    assert "exactly one rdfs:label" in label.message
    date = next(v for v in report.violations if v.path == "sg:signedOn")
    assert date.focus == 'sgr:agreement/a1-1 "Alpha-Beta agreement"'
    assert "xsd:date" in date.message and date.value == '"Saturday"'
    assert all("\n" not in line for line in lines)


@pytest.mark.parametrize("change, path", [
    ((AGREEMENT, SG.signedOn, Literal("Saturday", datatype=XSD.date)), "sg:signedOn"),
    ((SGR["mission/m1"], SG.status, Literal("ongoing")), "sg:status"),
    ((AGREEMENT, SG.signatory, SGR["agency/alpha"]), "sg:signatory"),
    ((AGREEMENT, SG.party, SGR["person/jane-doe"]), "sg:party"),
    ((SGR["mission/m1"], SG.crewMember, SGR["person/jane-doe"]), "sg:crewMember"),
    ((SGR["fact/1"], SG.startOffset, Literal(-1)), "sg:startOffset"),
    ((SGR["fact/1"], RDF.subject, SGR["agency/beta"]), "rdf:subject"),
])
def test_each_shape_catches_its_fault(change, path) -> None:
    g = graph()
    g.set(change) if path in ("sg:signedOn", "sg:status", "sg:startOffset") else g.add(change)
    report = validate(g)
    assert not report.conforms
    assert [v.path for v in report.violations] == [path], [str(v) for v in report.violations]


def test_article_needs_a_title() -> None:
    g = graph()
    g.remove((SGR["article/a1"], URIRef("http://purl.org/dc/terms/title"), None))
    assert [v.message for v in validate(g).violations] == ["an article needs a dcterms:title"]


def test_subclass_of_organization_is_a_party_without_the_ontology_in_the_data() -> None:
    g = graph()
    g.add((SGR["company/gamma"], RDF.type, SG.Company))
    g.add((SGR["company/gamma"], RDFS.label, Literal("Gamma Corp")))
    g.add((AGREEMENT, SG.party, SGR["company/gamma"]))
    assert validate(g).conforms


def test_infer_adds_entailments_not_the_ontology() -> None:
    data = graph()
    out = infer(data)
    assert set(data) <= set(out)
    assert (SGR["agency/alpha"], RDF.type, ORG.Organization) in out
    assert (SGR["agency/alpha"], RDF.type, SG.Organization) in out
    assert (SGR["mission/m1"], SG.participant, SGR["agency/alpha"]) in out
    assert (SG.SpaceAgency, RDFS.subClassOf, SG.Organization) not in out
    assert not any(str(s).startswith(str(SG._NS)) for s in out.subjects())
    assert validate(out).conforms


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    good, wrong = tmp_path / "good.ttl", tmp_path / "bad.nt"
    good.write_text(GOOD, encoding="utf-8")
    bad().serialize(wrong, format="nt")
    return {"good": good, "bad": wrong}


def test_cli_conforms(files) -> None:
    result = run("validate", files["good"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "conforms: 8 things, 13 facts"


def test_cli_violations(files) -> None:
    result = run("validate", files["bad"])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert any(line.startswith('sgr:agency/beta "BSA"') and "rdfs:label" in line for line in lines)
    assert any("sg:signedOn" in line and '"Saturday"' in line for line in lines)


def test_cli_infer_writes_entailments(files, tmp_path: Path) -> None:
    out = tmp_path / "inferred.ttl"
    result = run("validate", files["good"], "--infer", "-o", out)
    assert result.exit_code == 0, result.output
    g = Graph().parse(out, format="turtle")
    assert (SGR["agency/alpha"], RDF.type, ORG.Organization) in g
    assert (SGR["mission/m1"], SG.participant, SGR["agency/alpha"]) in g


def test_cli_reads_quads_as_their_union(tmp_path: Path) -> None:
    from rdflib import Dataset

    ds = Dataset()
    named = ds.graph(SGR["article/a1"])
    for t in graph():
        named.add(t)
    path = tmp_path / "g.trig"
    ds.serialize(path, format="trig")
    assert len(load(str(path))) == len(graph())
    result = run("validate", str(path))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("text, suffix, expect", [
    ("@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b .\n", ".ttl", "line 3"),
    ('{\n"a": ', ".jsonld", "line 2"),
])
def test_cli_unparsable(tmp_path: Path, text, suffix, expect) -> None:
    path = tmp_path / f"broken{suffix}"
    path.write_text(text, encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"spacegraph: {path}: not valid") and expect in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_missing_file(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.ttl"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"spacegraph: {tmp_path / 'nope.ttl'}: no such file"
