"""Graph files given to a build (`spacegraph build new.txt --into all.nq`): their article
graphs join the new ones, each rendered as a build renders an article (`pipeline.render`),
so the output is written by the same step, sorted, with one label per thing over old and
new articles. An article built again replaces its old graph.

Only files that keep each article in its named graph (.nq .trig .jsonld) can be added
to: a Turtle or N-Triples file holds the union, which no longer says what each article
stated, so it is refused with a message rather than merged wrongly.
"""
from __future__ import annotations

import pickle
from collections import defaultdict
from pathlib import Path

import lz4.block
import pyoxigraph as ox
from rdflib.namespace import OWL, RDFS, SKOS

from . import formats, graph
from .pipeline import Rendered, Spill, label_places
from .read import ReadError
from .vocab import SGR

_LABEL, _ALT, _SAME_AS = (f"<{t}>" for t in (RDFS.label, SKOS.altLabel, OWL.sameAs))


def is_graph(path: str) -> bool:
    """Whether a build's input is an RDF file (to merge) rather than an article."""
    return path != "-" and formats.for_path(path) is not None


def add(spill: Spill, paths: list[str]) -> None:
    """Add the article graphs of the graph files to `spill`, but those it holds already
    (built again now: the new graph replaces the old)."""
    built = {name for name, *_ in spill.records}
    for path in paths:
        for name, lines in sorted(_graphs(path).items()):
            if name not in built:
                spill.add(_rendered(name, lines))


def _graphs(path: str) -> dict[str, set[str]]:
    """The file's named graphs: name (N-Triples) -> its statements (`s p o`)."""
    fmt = formats.for_path(path)
    assert fmt is not None and fmt.rdf is not None
    if not fmt.datasets:
        raise ReadError(f"{path}: a {fmt.title} file holds one graph for all articles, so articles cannot "
                        "be added to it or merged with it; build to .nq, .trig or .jsonld to add to it later")
    if not Path(path).is_file():
        raise ReadError(f"{path}: no such file")
    graphs: dict[str, set[str]] = defaultdict(set)
    try:
        for q in ox.parse(path=path, format=fmt.rdf):
            if not isinstance(q.graph_name, ox.NamedNode):
                raise ReadError(f"{path}: holds triples outside any article graph ({q.subject} ...); "
                                "only the named graphs of articles can be merged")
            graphs[str(q.graph_name)].add(f"{q.subject} {q.predicate} {q.object}")
    except SyntaxError as exc:
        raise ReadError(f"{path}: not valid {fmt.title}: {' '.join(str(exc).split())}") from None
    return graphs


def _rendered(name: str, statements: set[str]) -> Rendered:
    """A graph read from a file as `pipeline.render` leaves an article: its things'
    labels taken out, to be chosen over all articles (with its labels among the names)."""
    labels: dict[str, str] = {}
    alts: dict[str, set[str]] = defaultdict(set)
    known: set[str] = set()
    sgr = f"<{SGR}"
    for line in statements:
        s, p, o = line.split(" ", 2)
        if not s.startswith(sgr):
            continue
        tid = s[len(sgr):-1]
        if p == _LABEL and o.startswith('"'):
            label = _text(o)
            if tid in labels:  # a graph spacegraph did not write: the best label, the rest are names
                alts[tid].add(label)
                label = max(labels[tid], label, key=lambda x: graph.label_rank(False, x))
            labels[tid] = label
        elif p == _ALT and o.startswith('"'):
            alts[tid].add(_text(o))
        elif p == _SAME_AS:
            known.add(tid)
    shared = [(tid, tid in known, label, tuple(sorted({label, *alts[tid]}))) for tid, label in sorted(labels.items())]
    starts = tuple(f"{sgr}{tid}> {p} " for tid in labels for p in (_LABEL, _ALT))
    kept = sorted(line for line in statements if not line.startswith(starts))
    text = "".join(f"{line}\n" for line in kept)
    data = text.encode("utf-8")
    cuts, places = label_places(labels, kept, ascii=len(data) == len(text))
    head = pickle.dumps((cuts, places, []), pickle.HIGHEST_PROTOCOL)
    return Rendered(name, shared, head, lz4.block.compress(data))


def _text(literal: str) -> str:
    """A literal's text from its N-Triples form."""
    return next(ox.parse(f"<x:s> <x:p> {literal} .".encode("utf-8"), ox.RdfFormat.N_TRIPLES)).object.value
