"""Graph analysis with networkx: the things and facts of a spacegraph graph as a
`networkx.MultiDiGraph`, who cooperates with whom, and summary counts.

    >>> from spacegraph import analysis
    >>> G = analysis.to_networkx("graph.nq")   # things and the facts between them
    >>> C = analysis.cooperation("graph.nq")   # organisations sharing agreements/missions
    >>> analysis.stats("graph.nq")["most_connected"][0]

Each function takes a graph however it is at hand (`Graph` below): a graph file's path,
a store directory, a `Store`, an rdflib graph, or extractions (`spacegraph.build`). Files
are read by Oxigraph, not rdflib: a 600,000-quad file is counted in seconds.

Only the core vocabulary counts: nodes are things typed with a core class
(`vocab.thing_classes()`), edges are the core fact properties between two things
(`vocab.fact_properties()`; literal-valued facts such as `sg:jobTitle` are not edges); both
are read from the ontology.
Provenance (`rdf:Statement` nodes), articles and `sg:mentionedIn` are left out.
Everything is ordered (nodes by IRI, edges by subject, property, object), so the same
graph gives the same networkx graph, the same exports and the same counts every time.
"""
from __future__ import annotations

import csv
import io
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS

from . import formats, vocab
from .vocab import SG

#: Properties by which an organisation shares a thing with another (cooperation).
COOPERATION_PROPERTIES = (SG.party, SG.participant, SG.operator)
#: What the functions here take: a path (graph file or store directory), a `Store`, an
#: rdflib graph or extractions.
Graph = Any


class ExportError(ValueError):
    """The export cannot be written as asked; the message is one line."""


def local_name(term) -> str:
    """`https://w3id.org/spacegraph/ontology#SpaceAgency` -> `SpaceAgency`."""
    text = str(term)
    for sep in ("#", "/", ":"):
        if sep in text:
            tail = text.rsplit(sep, 1)[1]
            if tail:
                return tail
    return text


def _node_id(term) -> str:
    """An IRI as itself, a blank node as `_:id`."""
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def most_specific(classes) -> str | None:
    """The most specific of these core classes (`SpaceAgency` over `Organization`)."""
    core = [c for c in map(str, classes) if c in _core()]
    if not core:
        return None
    up = {str(c): {str(x) for x in cs} for c, cs in vocab.superclasses().items()}
    return sorted(core, key=lambda c: (-len(up.get(c, ())), c))[0]


def _core() -> set[str]:
    return {str(c) for c in vocab.thing_classes()}


@dataclass
class Things:
    """What the analyses read from a graph: each thing's (label, class names, most
    specific class) and IRIs of its types, and the fact triples (`s p o` as strings;
    an object that is a literal is the literal)."""

    things: dict[str, tuple[str, list[str], str]]
    types: dict[str, set[str]]
    facts: list[tuple[str, str, Any]]
    articles: int


def read(source: Graph) -> Things:
    """The things and facts of a graph, however given (see `Graph`), read through Oxigraph."""
    store = _union(source)
    default = ox.DefaultGraph()
    rdf_type = ox.NamedNode(str(RDF.type))
    types: dict[str, set[str]] = defaultdict(set)
    for c in sorted(_core()):
        for q in store.quads_for_pattern(None, rdf_type, ox.NamedNode(c), default):
            types[_node_id(q.subject)] = set()
    terms = {}
    for q in store.quads_for_pattern(None, rdf_type, None, default):
        node = _node_id(q.subject)
        if node in types:
            types[node].add(_node_id(q.object))
            terms[node] = q.subject
    label = ox.NamedNode(str(RDFS.label))
    things = {}
    for node in sorted(types):
        labels = [q.object for q in store.quads_for_pattern(terms[node], label, None, default)
                  if isinstance(q.object, ox.Literal)]
        text = sorted(lit.value for lit in labels)
        english = sorted(lit.value for lit in labels if (lit.language or "en").startswith("en"))
        things[node] = ((english or text or [local_name(node)])[0], sorted({local_name(t) for t in types[node]}),
                        local_name(most_specific(types[node])))
    facts = [(_node_id(q.subject), str(p), q.object if isinstance(q.object, ox.Literal) else _node_id(q.object))
             for p in sorted(map(str, vocab.fact_properties()))
             for q in store.quads_for_pattern(None, ox.NamedNode(p), None, default)]
    articles = sum(1 for _ in store.quads_for_pattern(None, rdf_type, ox.NamedNode(str(SG.Article)), default))
    return Things(things, dict(types), facts, articles)


def _union(source: Graph) -> ox.Store:
    """An Oxigraph store whose default graph holds the graph's triples (a spacegraph
    `Store`'s default graph is the union of its articles already)."""
    from .store import Store

    if isinstance(source, (str, os.PathLike)):
        return Store.open(os.fspath(source), graphs=False, create=False).inner
    if isinstance(source, Store):
        return source.inner
    inner = ox.Store()
    if hasattr(source, "triples"):  # rdflib
        from .validate import to_quads

        inner.bulk_extend(to_quads(source))
        return inner
    from .pipeline import to_quads as built

    inner.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in built(source))
    return inner


def _edges(data: Things) -> list[tuple[str, str, str]]:
    """Core facts between two things, sorted by (subject, property, object)."""
    return sorted({(s, p, o) for s, p, o in data.facts if s in data.things and isinstance(o, str) and o in data.things})


def to_networkx(graph: Graph):
    """The things of `graph` and the facts between them as a `networkx.MultiDiGraph`.

    Node ids are IRIs; node attributes `label`, `classes` (sorted local names of all
    the node's types) and `cls` (its most specific core class, e.g. `SpaceAgency`).
    Edge keys are property local names; edge attributes `property` (local name, e.g.
    `party`) and `label` (the ontology's label, e.g. `covers area`).
    """
    return _networkx(graph if isinstance(graph, Things) else read(graph))


def _networkx(data: Things):
    import networkx as nx

    G = nx.MultiDiGraph()
    for node, (label, classes, cls) in data.things.items():
        G.add_node(node, label=label, classes=classes, cls=cls)
    for s, p, o in _edges(data):
        name = local_name(p)
        G.add_edge(s, o, key=name, property=name, label=vocab.label(URIRef(p)))
    return G


def _is_organization(classes: set[str]) -> bool:
    up = vocab.superclasses()
    return any(c == str(SG.Organization) or SG.Organization in up.get(URIRef(c), ()) for c in classes)


def cooperation(graph: Graph):
    """Organisations (agencies, companies, other organisations) linked when they share
    a thing: an agreement they are party to, a mission or programme they take part in
    or operate, a station they operate (`sg:party`, `sg:participant`, `sg:operator`).

    A `networkx.Graph`: nodes are the organisations that share or take part in anything
    (attributes `label`, `cls`); an edge's `weight` is the number of things the two
    share and `via` the sorted labels of those things.
    """
    import networkx as nx

    data = read(graph)
    things = data.things
    orgs = {t for t in things if _is_organization(data.types[t])}
    shares = {str(p) for p in COOPERATION_PROPERTIES}
    members: dict = defaultdict(set)
    for thing, p, org in _edges(data):
        if p in shares and org in orgs:
            members[thing].add(org)
    shared: dict = defaultdict(list)
    for thing in sorted(members):
        for a, b in combinations(sorted(members[thing]), 2):
            shared[(a, b)].append(thing)
    C = nx.Graph()
    for org in sorted({o for ms in members.values() for o in ms}):
        C.add_node(org, label=things[org][0], cls=things[org][2])
    for (a, b), items in sorted(shared.items()):
        C.add_edge(a, b, weight=len(items), via=sorted(things[t][0] for t in items))
    return C


def _ordered(counter: Counter) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def stats(graph: Graph, top: int = 10) -> dict:
    """Counts for a graph, as plain data (JSON-ready, ordered):

    `things`, `facts` (triples of a core fact property, literal-valued ones included),
    `articles`, `things_per_class` (by most specific core class), `facts_per_property`
    (by local name), both largest first, and `most_connected`: the `top` things by
    degree in `to_networkx(graph)` (ties by label, then IRI), each a dict with
    `id`, `label`, `cls` and `degree`.
    """
    data = read(graph)
    things = data.things
    per_class = Counter(cls for _, _, cls in things.values())
    per_property = Counter(local_name(p) for _, p, _ in data.facts)
    articles = data.articles
    G = _networkx(data)
    ranked = sorted(G.nodes, key=lambda n: (-G.degree(n), G.nodes[n]["label"], n))[:top]
    return {
        "things": len(things),
        "facts": sum(per_property.values()),
        "articles": articles,
        "things_per_class": _ordered(per_class),
        "facts_per_property": _ordered(per_property),
        "most_connected": [{"id": n, "label": G.nodes[n]["label"], "cls": G.nodes[n]["cls"],
                            "degree": G.degree(n)} for n in ranked],
    }


def format_stats(data: dict, name: str = "graph") -> str:
    """`stats()` as a readable, aligned text table."""
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    def block(title: str, rows: list[list[str]], header: list[str] | None = None) -> list[str]:
        lines = [title]
        if not rows:
            return lines + ["  (none)"]
        table = ([header] if header else []) + rows
        widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]

        def fmt(row):
            cells = [c.rjust(w) if c.isdigit() else c.ljust(w) for c, w in zip(row, widths)]
            return ("  " + "  ".join(cells)).rstrip()

        if header:
            lines.append(fmt(header))
            lines.append("  " + "  ".join("-" * w for w in widths))
        lines += [fmt(r) for r in rows]
        return lines

    lines = [f"{name}: {plural(data['things'], 'thing')}, {plural(data['facts'], 'fact')}, "
             f"{plural(data['articles'], 'article')}", ""]
    lines += block("things per class", [[k, str(v)] for k, v in data["things_per_class"].items()])
    lines.append("")
    lines += block("facts per property", [[k, str(v)] for k, v in data["facts_per_property"].items()])
    lines.append("")
    lines += block("most connected", [[str(t["degree"]), t["cls"], t["label"]] for t in data["most_connected"]],
                   header=["degree", "class", "thing"])
    return "\n".join(lines) + "\n"


# --- export -------------------------------------------------------------------------------

def _flat(value):
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return value


def _flattened(G):
    """A copy with list attributes joined by '; ' (GraphML and GEXF hold scalars only) and,
    for multigraphs, edge keys made unique in the file (`e0`, `e1`, ...)."""
    H = G.__class__()
    H.graph.update({k: _flat(v) for k, v in G.graph.items()})
    for n, data in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in data.items()})
    if G.is_multigraph():
        for i, (u, v, data) in enumerate(G.edges(data=True)):
            H.add_edge(u, v, key=f"e{i}", **{k: _flat(x) for k, x in data.items()})
    else:
        for u, v, data in G.edges(data=True):
            H.add_edge(u, v, **{k: _flat(x) for k, x in data.items()})
    return H


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """A cell a spreadsheet shows as text: one beginning with = + - @, a tab or a carriage
    return would be run as a formula, so it gets a leading ' (OWASP's advice on CSV injection)."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA) else value


def _csv_bytes(header: list[str], rows) -> bytes:
    text = io.StringIO(newline="")
    w = csv.writer(text, lineterminator="\n")
    w.writerow(header)
    w.writerows([_cell(c) for c in row] for row in rows)
    return text.getvalue().encode("utf-8")


def _columns(preferred: list[str], records) -> list[str]:
    """The attribute names found in `records`: `preferred` ones first, then the rest sorted."""
    found = {k for d in records for k in d}
    return [k for k in preferred if k in found] + sorted(found - set(preferred))


def export(G, out: str | os.PathLike | BinaryIO, fmt: str) -> list[Path]:
    """Write a networkx graph (e.g. `to_networkx(g)`) as `graphml`, `gexf` or `csv`;
    returns the files written. Each file is written atomically (temp file + rename);
    `out` may be a binary stream (stdout) for the one-file formats.

    `csv` makes `out` a folder (created when missing) holding `nodes.csv`
    (id, label, cls, classes, ...) and `edges.csv` (source, target, property, label, ...).
    List attributes (`classes`, `via`) are joined with '; ' in every format.
    """
    found = formats.named(fmt, "export")
    if found is None:
        raise ExportError(f"unknown export format {fmt!r} (use {', '.join(formats.names('export'))})")
    H = _flattened(G)
    writer = found.writer
    if not isinstance(out, (str, os.PathLike)):
        if writer is None:
            raise ExportError(f"{fmt} writes a folder, not a stream: give -o FOLDER")
        writer(H, out)
        return []
    target = Path(out)
    if writer is not None:  # one file
        if target.is_dir():
            raise ExportError(f"{target}: is a folder")
        if not (target.parent if str(target.parent) else Path(".")).is_dir():
            raise ExportError(f"{target}: no such folder {str(target.parent)!r}")
        _write_atomically(target, lambda fh: writer(H, fh))
        return [target]
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: exists and is not a folder (csv writes a folder)")
    target.mkdir(parents=True, exist_ok=True)
    node_keys = _columns(["label", "cls", "classes"], (d for _, d in H.nodes(data=True)))
    nodes = [[n] + [H.nodes[n].get(k, "") for k in node_keys] for n in H.nodes]
    edge_keys = _columns(["property", "label"], (d for *_, d in H.edges(data=True)))
    edges = [[u, v] + [d.get(k, "") for k in edge_keys] for u, v, d in H.edges(data=True)]
    written = []
    for name, header, rows in (("nodes.csv", ["id"] + node_keys, nodes),
                               ("edges.csv", ["source", "target"] + edge_keys, edges)):
        data = _csv_bytes(header, rows)
        _write_atomically(target / name, lambda fh, data=data: fh.write(data))
        written.append(target / name)
    return written


def _write_atomically(path: Path, write) -> None:
    """`write(binary_file)` into a temporary file renamed over `path` (see serialize.target)."""
    from .serialize import target

    with target(path) as fh:
        write(fh)
