"""Check a graph against the SHACL shapes, and add what OWL 2 RL entails from it.

The shapes (`ontology/shapes.ttl`) and the ontology (`ontology/spacegraph.ttl`) are
package data. Validation sees the ontology's axioms (so `sh:class sg:Organization` also
accepts an `sg:SpaceAgency`) but not its cooperation-area concepts, so a build's own
labels for an area are checked as the build wrote them.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from .vocab import SG, SGR, fact_properties, ontology, thing_classes

_SCHEMA_TYPES = (OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                 OWL.AnnotationProperty, RDF.Property, OWL.Ontology, SKOS.ConceptScheme)


@dataclass(frozen=True)
class Violation:
    """One failed constraint, in words a person can act on."""

    focus: str
    path: str | None
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{where}: {self.message}{value}"


@dataclass
class Report:
    """The outcome of `validate`: whether the graph conforms, and why not."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    things: int = 0
    facts: int = 0

    def __str__(self) -> str:
        if self.conforms:
            return f"conforms: {self.things} things, {self.facts} facts"
        return "\n".join(str(v) for v in self.violations)


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """The SHACL shapes every built graph satisfies."""
    g = Graph()
    g.parse(data=(files("spacegraph") / "ontology" / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


@lru_cache(maxsize=1)
def _axioms() -> Graph:
    """The ontology without its instances (the cooperation-area concepts)."""
    g = Graph()
    for t in ontology():
        if not str(t[0]).startswith(str(SGR)):
            g.add(t)
    return g


def _name(g: Graph, node) -> str:
    """`sgr:agency/isro "ISRO"`: a node as a person would look it up."""
    if isinstance(node, Literal):
        text = '"' + str(node).replace('"', '\\"') + '"'
        if node.language:
            return f"{text}@{node.language}"
        return text if node.datatype is None else f"{text}^^{g.namespace_manager.normalizeUri(node.datatype)}"
    if isinstance(node, BNode):
        text = "a blank node"
    else:
        text = str(node)
        if text.startswith(str(SGR)):
            text = "sgr:" + text[len(str(SGR)):]
        elif text.startswith(str(SG._NS)):
            text = "sg:" + text[len(str(SG._NS)):]
    names = sorted(str(o) for o in g.objects(node, RDFS.label))
    return " / ".join([text + (f' "{names[0]}"' if names else "")] + [f'"{n}"' for n in names[1:]])


def _path(g: Graph, path) -> str | None:
    if path is None:
        return None
    if isinstance(path, URIRef):
        try:
            return g.namespace_manager.normalizeUri(path)
        except Exception:  # noqa: BLE001 - an unprefixable IRI is shown whole
            return f"<{path}>"
    return "(a property path)"


def counts(data: Graph) -> tuple[int, int]:
    """(things, facts): nodes typed with a thing class, and triples of a fact property
    (both as the ontology declares them, `vocab`)."""
    things = {s for c in thing_classes() for s in data.subjects(RDF.type, c)}
    facts = sum(1 for p in fact_properties() for _ in data.triples((None, p, None)))
    return len(things), facts


def validate(data: Graph) -> Report:
    """Check `data` against the shapes (with the ontology's class and property axioms)."""
    from pyshacl import validate as shacl

    conforms, results, _ = shacl(data, shacl_graph=shapes(), ont_graph=_axioms(),
                                 inference="none", advanced=False, allow_warnings=True)
    names = Graph()
    names.namespace_manager = data.namespace_manager
    for prefix, ns in (("sg", str(SG._NS)), ("sgr", str(SGR)), ("skos", str(SKOS)),
                       ("rdfs", str(RDFS)), ("rdf", str(RDF))):
        names.bind(prefix, ns, override=True)
    violations: set[Violation] = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        if message is None:
            message = "does not satisfy " + str(results.value(result, SH.sourceConstraintComponent))
        violations.add(Violation(
            focus=_name(data, focus),
            path=_path(names, results.value(result, SH.resultPath)),
            message=str(message),
            value=None if value is None or value == focus else _name(data, value),
        ))
    things, facts = counts(data)
    return Report(conforms=bool(conforms),
                  violations=sorted(violations, key=lambda v: (v.focus, v.path or "", v.message)),
                  things=things, facts=facts)


def infer(data: Graph) -> Graph:
    """`data` plus what OWL 2 RL entails from it and the ontology (not the ontology itself).

    Kept: new triples about the data's own nodes (`sgr:agency/isro a org:Organization`,
    a mission's `sg:participant`); left out: triples about ontology terms, triples that
    mention the ontology's blank nodes (`owl:unionOf` classes), `x owl:sameAs x` and
    `x a owl:Thing`.
    """
    from owlrl import DeductiveClosure, OWLRL_Semantics

    onto = ontology()
    closure = Graph()
    for t in data:
        closure.add(t)
    for t in onto:
        closure.add(t)
    DeductiveClosure(OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False,
                     datatype_axioms=False).expand(closure)

    nodes = set(data.subjects()) | {o for o in data.objects() if not isinstance(o, Literal)}
    terms = {s for c in _SCHEMA_TYPES for s in onto.subjects(RDF.type, c)}
    out = Graph()
    out.namespace_manager = data.namespace_manager
    for t in data:
        out.add(t)
    for s, p, o in closure:
        if (s, p, o) in data or (s, p, o) in onto:
            continue
        if s not in nodes or s in terms or isinstance(s, Literal):
            continue
        if isinstance(o, BNode) and o not in nodes:
            continue
        if (p == OWL.sameAs and s == o) or (p == RDF.type and o == OWL.Thing):
            continue
        out.add((s, p, o))
    return out


class LoadError(ValueError):
    """A graph file that cannot be read; the message says where."""


def load(path: str) -> Graph:
    """Read a graph file (any graph format of `formats`: .ttl .nt .nq .trig .jsonld ...)
    or a store directory; named graphs are merged into one."""
    from pathlib import Path

    from rdflib import Dataset

    from . import formats

    if Path(path).is_dir():
        return _from_store(path)
    fmt = formats.for_path(path)
    if fmt is None or fmt.rdflib is None:
        readable = [s for f in formats.of_kind("graph") if f.rdflib for s in f.suffixes]
        raise LoadError(f"{path}: unknown graph format '{Path(path).suffix.lower()}' (use {', '.join(readable)})")
    parser = fmt.rdflib
    if not Path(path).is_file():
        raise LoadError(f"{path}: no such file")
    ds = Dataset()
    quiet = logging.getLogger("rdflib.term")  # ill-typed literals are the shapes' to report
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        ds.parse(path, format=parser)
    except Exception as exc:  # noqa: BLE001 - every parser has its own error types
        raise LoadError(f"{path}: not valid {parser}: {_parse_error(exc)}") from None
    finally:
        quiet.setLevel(level)
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _from_store(path: str) -> Graph:
    """A store's union graph (its default graph) in rdflib."""
    import pyoxigraph as ox

    from .store import Store
    from .vocab import prefixes

    with Store.open(path, create=False) as store:
        triples = (q.triple for q in store.inner.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        data = ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES)
    g = Graph()
    for prefix, ns in prefixes().items():
        g.bind(prefix, ns, override=True)
    g.parse(data=data, format="nt")
    return g


def _parse_error(exc: Exception) -> str:
    """One line from a parser's error, with its line number where the parser gives one."""
    lines = getattr(exc, "lines", None)  # notation3.BadSyntax (Turtle, TriG)
    if isinstance(lines, int):
        return f"line {lines + 1}: {getattr(exc, '_why', None) or 'bad syntax'}"
    lineno = getattr(exc, "lineno", None)  # json.JSONDecodeError
    if isinstance(lineno, int):
        return f"line {lineno}: {getattr(exc, 'msg', exc)}"
    text = " ".join(str(exc).split())
    return text[:200] + ("..." if len(text) > 200 else "")


def to_quads(g: Graph):
    """The graph's triples as pyoxigraph quads in the default graph (for `serialize.write`)."""
    import pyoxigraph as ox

    def term(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))

    for s, p, o in g:
        yield ox.Quad(term(s), term(p), term(o), ox.DefaultGraph())
