"""What the view draws, read through Oxigraph: the things, the facts between them, the
sentences each fact was read from, and the articles with their titles and dates.

`read(source)` takes a graph file (parsed by Oxigraph as a stream, never loaded into
rdflib: a 2,000-article archive is half a million quads), a `Store` (its union graph), or
an rdflib graph (what notebooks hold), and makes one pass over the triples. Named graphs
are merged; a triple stated by many articles counts once.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from . import formats
from .vocab import SCHEMA, SG, SG_IRI, provenance_properties

__all__ = ["ViewError", "ViewGraph", "Thing", "Article", "read"]


class ViewError(ValueError):
    """The graph cannot be viewed as asked (missing file, bad syntax, unknown focus)."""


@dataclass
class Thing:
    """A thing: its classes (IRIs), names, links elsewhere, the articles that mention it and
    its values (`attrs`: property IRI, the value as shown, the object's key)."""

    key: str
    classes: list[str]
    label: str
    alts: list[str]
    same: list[str]
    articles: list[str]
    attrs: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Article:
    key: str
    title: str
    url: str
    date: str  # dcterms:issued, YYYY-MM-DD, or ""


Source = tuple[str, str, int, int]  # article key, sentence, start offset, end offset
Fact = tuple[str, str, str]  # subject key, property IRI, object key


@dataclass
class ViewGraph:
    """The view's model of a graph, every list sorted (the page is the same bytes for the same graph)."""

    things: dict[str, Thing]
    facts: list[Fact]
    sources: dict[Fact, list[Source]]
    articles: dict[str, Article]
    labels: dict[str, str]  # the graph's own labels of classes and properties, by IRI


# Predicates that say something about a thing other than a fact between two things.
_LABEL, _ALT, _PREF = str(RDFS.label), str(SKOS.altLabel), str(SKOS.prefLabel)
_TYPE, _SAME, _MENTIONED = str(RDF.type), str(OWL.sameAs), str(SG.mentionedIn)
_TITLE, _ISSUED = str(DCTERMS.title), str(DCTERMS.issued)
_URLS = (str(SCHEMA.url), "http://schema.org/url")
# The parts of a fact's rdf:Statement, by the field of the record they fill.
_STATEMENT = {str(RDF.subject): "s", str(RDF.predicate): "p", str(RDF.object): "o",
              str(PROV.wasDerivedFrom): "art", str(SG.sourceSentence): "text",
              str(SG.startOffset): "start", str(SG.endOffset): "end"}
_ARTICLE, _STATEMENT_CLASS = str(SG.Article), str(RDF.Statement)


def key(term: Any) -> str:
    """A node's key: its IRI, or `_:id` for a blank node."""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


# --------------------------------------------------------------------------- sources of triples

def _file_triples(path: Path) -> Iterator[ox.Quad]:
    fmt = formats.for_path(path)
    if fmt is None or fmt.rdf is None:
        readable = " ".join(formats.suffixes("graph"))
        raise ViewError(f"{path}: unknown graph format '{path.suffix.lower()}' (use {readable})")
    if not path.is_file():
        raise ViewError(f"{path}: no such file")
    try:
        yield from ox.parse(path=str(path), format=fmt.rdf)
    except SyntaxError as exc:
        raise ViewError(f"{path}: not valid {fmt.title}: {' '.join(str(exc).split())}") from None


def _store_triples(inner: ox.Store) -> Iterator[ox.Quad]:
    """The store's union graph; every graph when a tool other than spacegraph filled it."""
    union = inner.quads_for_pattern(None, None, None, ox.DefaultGraph())
    first = next(union, None)
    if first is None:
        yield from inner
        return
    yield first
    yield from union


def _rdflib_triples(graph: Any) -> Iterator[ox.Quad]:
    return ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)


def triples(source: Any) -> Iterator[ox.Quad]:
    """The triples of a graph file (path), a `spacegraph.store.Store` or an rdflib graph."""
    if isinstance(source, (str, os.PathLike)):
        return _file_triples(Path(source))
    inner = getattr(source, "inner", source)
    if isinstance(inner, ox.Store):
        return _store_triples(inner)
    if hasattr(source, "serialize") and hasattr(source, "triples"):
        return _rdflib_triples(source)
    raise TypeError(f"cannot view a {type(source).__name__}: give a graph file, a Store or an rdflib graph")


# --------------------------------------------------------------------------- one pass

class _Reader:
    """Sorts each triple into what the view needs, in one pass."""

    def __init__(self) -> None:
        self.typed: dict[str, set[str]] = defaultdict(set)
        self.articles: set[str] = set()
        self.names: dict[str, dict[str, set[tuple[str, str]]]] = {
            p: defaultdict(set) for p in (_LABEL, _ALT, _PREF, _TITLE)}
        self.links: dict[str, dict[str, set[str]]] = {p: defaultdict(set) for p in (_SAME, _MENTIONED)}
        self.values: dict[str, dict[str, set[str]]] = {p: defaultdict(set) for p in (_ISSUED, *_URLS)}
        self.statements: dict[str, dict[str, Any]] = defaultdict(dict)
        self.rest: set[tuple[str, str, Any]] = set()
        self.skip = {str(p) for p in provenance_properties()}

    def add(self, s: Any, p: Any, o: Any) -> None:
        pred, subject = p.value, key(s)
        if pred == _TYPE:
            cls = o.value
            if cls == _ARTICLE:
                self.articles.add(subject)
            elif cls.startswith(SG_IRI):
                self.typed[subject].add(cls)
        elif pred in self.names:
            if isinstance(o, ox.Literal):
                self.names[pred][subject].add((o.value, o.language or ""))
        elif pred in self.links:
            self.links[pred][subject].add(key(o) if not isinstance(o, ox.Literal) else o.value)
        elif pred in self.values:
            self.values[pred][subject].add(o.value)
        elif pred in _STATEMENT:
            field_ = _STATEMENT[pred]
            value = o if field_ in ("text", "start", "end") else key(o)
            if field_ == "art":
                self.statements[subject].setdefault("art", set()).add(value)
            else:
                self.statements[subject][field_] = value
        elif pred not in self.skip:
            self.rest.add((subject, pred, o))


def _english(names: Iterable[tuple[str, str]]) -> str | None:
    """The name to show: untagged or English first, then the first in order."""
    best = sorted(names, key=lambda n: (n[1] not in ("", "en"), n[1], n[0]))
    return best[0][0] if best else None


def _int(term: Any) -> int:
    try:
        return int(term.value)
    except (AttributeError, ValueError):
        return -1


def local_name(iri: str) -> str:
    """The last part of an IRI: `sg:SpaceAgency` -> `SpaceAgency`."""
    return re.split(r"[#/:]", iri.rstrip("#/:"))[-1] or iri


def _things(r: _Reader) -> dict[str, Thing]:
    things = {}
    labels, alts, prefs = r.names[_LABEL], r.names[_ALT], r.names[_PREF]
    for k in sorted(r.typed):
        if k in r.articles:
            continue
        label = _english(labels.get(k, ())) or _english(prefs.get(k, ())) or local_name(k)
        others = {n for n, _ in labels.get(k, ())} | {n for n, _ in alts.get(k, ())} | {n for n, _ in prefs.get(k, ())}
        things[k] = Thing(k, sorted(r.typed[k]), label, sorted(others - {label}),
                          sorted(r.links[_SAME].get(k, ())), sorted(r.links[_MENTIONED].get(k, ())))
    return things


def _facts(r: _Reader, things: dict[str, Thing]) -> list[Fact]:
    """Triples between two things are facts; a thing's other triples are its values."""
    facts = set()
    labels = r.names[_LABEL]
    for s, p, o in r.rest:
        thing = things.get(s)
        if thing is None:
            continue
        if isinstance(o, ox.Literal):
            thing.attrs.append((p, o.value, o.value))
        elif key(o) in things:
            facts.add((s, p, key(o)))
        else:
            thing.attrs.append((p, _english(labels.get(key(o), ())) or key(o), key(o)))
    for thing in things.values():
        thing.attrs.sort()
    return sorted(facts)


def _sources(r: _Reader) -> dict[Fact, list[Source]]:
    out: dict[Fact, set[Source]] = defaultdict(set)
    for st in r.statements.values():
        if not {"s", "p", "o"} <= st.keys():
            continue
        text = st.get("text")
        for art in st.get("art") or {""}:
            out[(st["s"], st["p"], st["o"])].add(
                (art, "" if text is None else text.value, _int(st.get("start")), _int(st.get("end"))))
    return {f: sorted(rows, key=lambda r: (r[0], r[2], r[3], r[1])) for f, rows in out.items()}


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _articles(r: _Reader) -> dict[str, Article]:
    out = {}
    for k in sorted(r.articles):
        urls = sorted(u for p in _URLS for u in r.values[p].get(k, ()))
        dates = sorted(d[:10] for d in r.values[_ISSUED].get(k, ()) if _DATE.match(d))
        out[k] = Article(k, _english(r.names[_TITLE].get(k, ())) or "", urls[0] if urls else "",
                         dates[0] if dates else "")
    return out


def read(source: Any) -> ViewGraph:
    """The view's model of `source`: a graph file, a `Store`, or an rdflib graph."""
    r = _Reader()
    for q in triples(source):
        r.add(q.subject, q.predicate, q.object)
    things = _things(r)
    facts = _facts(r, things)
    labels = {k: _english(v) or "" for k, v in r.names[_LABEL].items()
              if k not in things and k not in r.articles}
    return ViewGraph(things, facts, _sources(r), _articles(r), labels)
