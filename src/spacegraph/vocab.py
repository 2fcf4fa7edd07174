"""The spacegraph vocabulary, read from the ontology in one place.

`ontology/spacegraph.ttl` (package data) is the source of truth, parsed once here; every
other module asks this one:

- `thing_classes()`: the classes of things (every `sg:` class but `sg:Article`);
- `fact_properties()`: the properties that state facts (every `sg:` object or datatype
  property but those that say where a thing or fact was read, `provenance_properties()`:
  the properties of a fact's `rdf:Statement`, and those whose range is `sg:Article`);
- `superclasses()`: each thing class with the thing classes above it (`rdfs:subClassOf`,
  transitively), and `is_subclass`;
- `label(term)`: a term's `rdfs:label`;
- `prefixes()`: the prefixes graphs are written with (their IRIs as the ontology declares
  them, `sgr:` and one per kind of thing, `agency:`);
- `term(name)`: `sg:name`, if the ontology defines it.

So a class or property declared in the ontology is known to the build, stats, export,
evaluate, validate and the view without another change in Python.

`SG` names the terms the code itself uses, so a typo in one is an error;
`tests/test_ontology.py` checks that each is defined in the ontology.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import TypeGuard

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, DefinedNamespace

SG_IRI = "https://w3id.org/spacegraph/ontology#"
SGR_IRI = "https://w3id.org/spacegraph/resource/"


class SG(DefinedNamespace):
    """Terms of the spacegraph ontology (`sg:`) that the code names."""

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

#: The path of a class's things under `sgr:` (`sgr:agency/isro`); a class not listed here
#: gets its name in lower case.
CLASS_PATH = {
    "SpaceAgency": "agency", "Company": "company", "Organization": "organization",
    "Person": "person", "Astronaut": "person", "Agreement": "agreement",
    "Mission": "mission", "CrewedMission": "mission", "SpaceStation": "station",
    "Spacecraft": "spacecraft", "Program": "program", "Country": "country",
    "CooperationArea": "area",
}

#: The vocabularies a built graph uses, by the prefixes the ontology declares for them.
GRAPH_VOCABULARIES = ("sg", "rdf", "rdfs", "skos", "owl", "xsd", "prov", "dcterms", "schema")


def class_path(cls: str) -> str:
    """The path of the class's things under `sgr:`: `SpaceAgency` -> `agency`."""
    return CLASS_PATH.get(cls) or cls.lower()


@lru_cache(maxsize=1)
def ontology() -> Graph:
    """The spacegraph ontology, with its concept scheme of cooperation areas (parsed once)."""
    g = Graph(bind_namespaces="none")
    g.parse(data=(files("spacegraph") / "ontology" / "spacegraph.ttl").read_text(encoding="utf-8"),
            format="turtle")
    return g


def _sg(term: object) -> TypeGuard[URIRef]:
    return isinstance(term, URIRef) and str(term).startswith(SG_IRI)


@lru_cache(maxsize=1)
def terms() -> dict[str, URIRef]:
    """Every term the ontology defines in `sg:`, by its local name."""
    return {str(s)[len(SG_IRI):]: s for s in set(ontology().subjects()) if _sg(s)}


def term(name: str) -> URIRef:
    """`sg:name`; KeyError if the ontology does not define it."""
    found = terms().get(name)
    if found is None:
        raise KeyError(f"sg:{name} is not defined in the ontology")
    return found


@lru_cache(maxsize=1)
def thing_classes() -> frozenset[URIRef]:
    """Classes whose instances are things (articles and statements are not)."""
    return frozenset(c for c in ontology().subjects(RDF.type, OWL.Class) if _sg(c) and c != SG.Article)


def _properties() -> set[URIRef]:
    onto = ontology()
    return {p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in onto.subjects(RDF.type, kind) if _sg(p)}


@lru_cache(maxsize=1)
def provenance_properties() -> frozenset[URIRef]:
    """Properties that say where things and facts were read, not facts about the world:
    those of a fact's `rdf:Statement` (`sg:sourceSentence`, `sg:extractionRule`, ...) and
    those whose range is `sg:Article` (`sg:mentionedIn`)."""
    onto = ontology()
    return frozenset(p for p in _properties()
                     if (p, RDFS.domain, RDF.Statement) in onto or (p, RDFS.range, SG.Article) in onto)


@lru_cache(maxsize=1)
def fact_properties() -> frozenset[URIRef]:
    """Properties that state facts: `sg:` object and datatype properties, less the
    provenance ones."""
    return frozenset(_properties() - provenance_properties())


@lru_cache(maxsize=1)
def superclasses() -> dict[URIRef, frozenset[URIRef]]:
    """Each thing class with the thing classes above it, transitively (not itself)."""
    onto, classes = ontology(), thing_classes()
    parents = {c: {p for p in onto.objects(c, RDFS.subClassOf) if _sg(p) and p in classes} for c in classes}
    out = {}
    for c in classes:
        seen: set[URIRef] = set()
        todo = list(parents[c])
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(parents[p])
        out[c] = frozenset(seen)
    return out


def is_subclass(sub: str, sup: str) -> bool:
    """Whether thing class `sub` is below `sup` (by local names: `Astronaut`, `Person`)."""
    found = terms().get(sub)
    return found is not None and URIRef(SG_IRI + sup) in superclasses().get(found, ())


@lru_cache(maxsize=1)
def labels() -> dict[str, str]:
    """The `rdfs:label` of every term of the ontology that has one, by IRI."""
    onto = ontology()
    out: dict[str, str] = {}
    for s, label in onto.subject_objects(RDFS.label):
        if isinstance(s, URIRef) and (str(s) not in out or str(label) < out[str(s)]):
            out[str(s)] = str(label)
    return out


def label(term: URIRef) -> str:
    """The term's `rdfs:label` in the ontology, else its local name."""
    return labels().get(str(term)) or str(term).rsplit("#", 1)[-1]


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """Prefix -> namespace IRI for writing graphs: the vocabularies a graph uses (with the
    IRIs the ontology declares), `sgr:`, and one a kind of thing, so Turtle reads
    `agency:isro` rather than `sgr:agency\\/isro`."""
    declared = {prefix: str(ns) for prefix, ns in ontology().namespaces()}
    paths = sorted(set(CLASS_PATH.values()) | {"article", "fact"})
    return {**{p: declared[p] for p in GRAPH_VOCABULARIES[:1]}, "sgr": SGR_IRI,
            **{p: declared[p] for p in GRAPH_VOCABULARIES[1:]},
            **{path: f"{SGR_IRI}{path}/" for path in paths}}
