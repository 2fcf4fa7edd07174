"""The spacegraph vocabulary as Python names, so a typo in a term is an error.

`ontology/spacegraph.ttl` is the source of truth; `tests/test_ontology.py` checks that
every name here is defined there and the other way round.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

SG_IRI = "https://w3id.org/spacegraph/ontology#"
SGR_IRI = "https://w3id.org/spacegraph/resource/"


class SG(DefinedNamespace):
    """Terms of the spacegraph ontology (`sg:`)."""

    _NS = Namespace(SG_IRI)
    _fail = True

    # Classes (the core vocabulary)
    Organization: URIRef
    SpaceAgency: URIRef
    Company: URIRef
    Person: URIRef
    Astronaut: URIRef
    Agreement: URIRef
    Mission: URIRef
    CrewedMission: URIRef
    SpaceStation: URIRef
    Spacecraft: URIRef
    Program: URIRef
    Country: URIRef
    CooperationArea: URIRef
    Article: URIRef

    # Object properties (the core vocabulary)
    party: URIRef
    signatory: URIRef
    coversArea: URIRef
    concerns: URIRef
    participant: URIRef
    crewMember: URIRef
    destination: URIRef
    operator: URIRef
    partOf: URIRef
    affiliation: URIRef
    heads: URIRef
    country: URIRef
    mentionedIn: URIRef

    # Data properties (the core vocabulary)
    jobTitle: URIRef
    signedOn: URIRef
    status: URIRef

    # Provenance of a fact: an rdf:Statement about the fact, read from one sentence
    sourceSentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractionRule: URIRef

    # The SKOS concept scheme of cooperation areas
    cooperationAreas: URIRef


SGR = Namespace(SGR_IRI)

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
