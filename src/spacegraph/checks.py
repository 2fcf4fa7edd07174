"""Checks from the ontology: a fact leaves the extractor only if its subject is in the
property's domain and its object in its range, as `ontology/spacegraph.ttl` declares them
(with `owl:unionOf` classes and the `rdfs:subClassOf` hierarchy)."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection

from .vocab import SG_IRI, ontology, superclasses

LITERAL = "Literal"  # the range of a data property


class Schema:
    """Domains, ranges and super-classes of the ontology's terms, by local name."""

    def __init__(self, g: Graph) -> None:
        # each class with those above it: the hierarchy `vocab` reads from the ontology
        self.above = {_local(c): frozenset({_local(c), *map(_local, sups)}) for c, sups in superclasses().items()}
        self.domain: dict[str, frozenset[str]] = {}
        self.range: dict[str, frozenset[str]] = {}
        for prop in set(g.subjects(RDFS.domain, None)) | set(g.subjects(RDFS.range, None)):
            if isinstance(prop, URIRef) and str(prop).startswith(SG_IRI):
                self.domain[_local(prop)] = _classes(g, g.value(prop, RDFS.domain))
                is_data = (prop, RDF.type, OWL.DatatypeProperty) in g
                self.range[_local(prop)] = frozenset({LITERAL}) if is_data else _classes(g, g.value(prop, RDFS.range))

    def ancestors(self, cls: str) -> frozenset[str]:
        """The class and every class above it."""
        return self.above.get(cls, frozenset({cls}))

    def fits(self, classes: Iterable[str], allowed: frozenset[str]) -> bool:
        """A thing of these classes is of one of the allowed classes (owl:Thing allows all)."""
        return "Thing" in allowed or any(self.ancestors(c) & allowed for c in classes)

    def allows(self, prop: str, subject: Iterable[str], obj: Iterable[str] | None) -> bool:
        """The fact fits the property's domain and range; `obj` None for a literal."""
        if prop not in self.domain or not self.fits(subject, self.domain[prop]):
            return False
        if obj is None:
            return LITERAL in self.range[prop]
        return self.fits(obj, self.range[prop])

    def narrower(self, prop: str, classes: Iterable[str]) -> str | None:
        """The one class of the property's range that is under a class of the thing: a
        Person that a fact makes a crew member is an Astronaut (the range says so)."""
        below = [r for r in self.range.get(prop, ()) if r not in classes and self.ancestors(r) & set(classes)]
        return below[0] if len(below) == 1 else None


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _classes(g: Graph, node) -> frozenset[str]:
    """A class, or the members of an `owl:unionOf` class, by local name."""
    if node is None:
        return frozenset({"Thing"})
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return frozenset(_local(c) for c in Collection(g, union))
    return frozenset({_local(node)})


@lru_cache(maxsize=1)
def schema() -> Schema:
    return Schema(ontology())
