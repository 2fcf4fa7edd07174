"""Build RDF from what was read: things, facts and where each fact was read.

The shape of the graph is described in docs/architecture.md: one named graph per article
(its IRI is the article's), facts as plain triples, and each fact's source sentence as an
`rdf:Statement` that any SPARQL 1.1 store can query.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .model import Extraction, Thing, digest
from .vocab import SCHEMA, SG, SGR

CLASS_PATH = {
    "SpaceAgency": "agency", "Company": "company", "Organization": "organization",
    "Person": "person", "Astronaut": "person", "Agreement": "agreement",
    "Mission": "mission", "CrewedMission": "mission", "SpaceStation": "station",
    "Spacecraft": "spacecraft", "Program": "program", "Country": "country",
    "CooperationArea": "area",
}

PREFIXES = {
    "sg": str(SG._NS), "sgr": str(SGR), "rdf": str(RDF), "rdfs": str(RDFS),
    "skos": str(SKOS), "owl": str(OWL), "xsd": str(XSD), "prov": str(PROV),
    "dcterms": str(DCTERMS), "schema": str(SCHEMA),
    # one prefix a kind of thing, so Turtle reads `agency:isro` rather than `sgr:agency\/isro`
    **{path: f"{SGR}{path}/" for path in sorted(set(CLASS_PATH.values()) | {"article", "fact"})},
}


def thing_id(cls: str, key: str) -> str:
    """The id of a thing, relative to `sgr:`: class path and key (`agency/isro`)."""
    return f"{CLASS_PATH[cls]}/{key}"


def article_iri(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{SGR}article/{article_id}")


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _literal(value: str | date) -> ox.Literal:
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=_n(XSD.date))
    return ox.Literal(value)


def label_rank(known: bool, label: str) -> tuple[bool, int, str]:
    """Which of a thing's names is its label: the gazetteer's (a known thing), else the
    longest, then the first in order, so every build chooses the same."""
    return (known, len(label), label)


def labels(extractions: Iterable[Extraction]) -> dict[str, tuple[str, set[str]]]:
    """One label per thing over many articles: the gazetteer's name, else the longest.

    Other names become alternative labels, so a thing named differently in two articles
    is still one node with exactly one `rdfs:label`.
    """
    names: dict[str, set[str]] = {}
    chosen: dict[str, tuple[bool, int, str]] = {}
    for ex in extractions:
        for tid, thing in ex.things.items():
            names.setdefault(tid, set()).update(thing.names())
            rank = label_rank(bool(thing.same_as), thing.label)
            chosen[tid] = max(chosen.get(tid, rank), rank)
    return {tid: (label, names[tid] - {label}) for tid, (_, _, label) in chosen.items()}


def quads(ex: Extraction, names: dict[str, tuple[str, set[str]]] | None = None) -> Iterator[ox.Quad]:
    """The article's named graph: the article, its things, facts and their sources."""
    art = ex.article
    g = article_iri(art.id)

    def q(s, p, o) -> ox.Quad:
        return ox.Quad(s, _n(p), o, g)

    yield q(g, RDF.type, _n(SG.Article))
    yield q(g, DCTERMS.title, ox.Literal(art.title))
    yield q(g, DCTERMS.source, ox.Literal(art.source))
    if art.url:
        yield q(g, SCHEMA.url, ox.Literal(art.url, datatype=_n(XSD.anyURI)))
    if art.published:
        yield q(g, DCTERMS.issued, _literal(art.published))

    for tid, thing in ex.things.items():
        node = ox.NamedNode(f"{SGR}{tid}")
        label, alts = (names or {}).get(tid) or (thing.label, thing.alt_labels - {thing.label})
        yield from _thing(q, node, thing, label, alts)
        yield q(node, SG.mentionedIn, g)

    for fact in ex.facts:
        s = ox.NamedNode(f"{SGR}{fact.subject}")
        o = _literal(fact.obj) if fact.literal else ox.NamedNode(f"{SGR}{fact.obj}")
        p = _n(SG[fact.prop])
        yield ox.Quad(s, p, o, g)
        ev = fact.evidence
        st = ox.NamedNode(f"{SGR}fact/{digest(f'{s}|{p}|{o}|{g}|{ev.start}', 16)}")
        yield q(st, RDF.type, _n(RDF.Statement))
        yield q(st, RDF.subject, s)
        yield q(st, RDF.predicate, p)
        yield q(st, RDF.object, o)
        yield q(st, PROV.wasDerivedFrom, g)
        yield q(st, SG.sourceSentence, ox.Literal(ev.sentence))
        yield q(st, SG.startOffset, ox.Literal(str(ev.start), datatype=_n(XSD.integer)))
        yield q(st, SG.endOffset, ox.Literal(str(ev.end), datatype=_n(XSD.integer)))


def _thing(q, node: ox.NamedNode, thing: Thing, label: str, alts: set[str]) -> Iterator[ox.Quad]:
    for cls in sorted({thing.cls, *thing.extra_classes}):
        yield q(node, RDF.type, _n(SG[cls]))
    yield q(node, RDFS.label, ox.Literal(label))
    for alt in sorted(alts):
        yield q(node, SKOS.altLabel, ox.Literal(alt))
    for iri in sorted(thing.same_as):
        yield q(node, OWL.sameAs, ox.NamedNode(iri))
