"""The interactive graph view: one self-contained HTML file.

`render(graph)` returns the page; `write_view(graph, path)` writes it atomically;
`notebook(graph)` gives an object Jupyter displays inline (an iframe with the page
in `srcdoc`).

The page holds everything it needs: vis-network's script (inlined from the pyvis
package), its own small style sheet and script, and the graph as JSON. It makes no
request to any network address and writes nothing beside itself.

Names, labels and sentences come from articles and are untrusted: the data is
embedded as JSON with `<`, `>` and `&` escaped, the page builds its DOM with
`textContent` only, and vis-network tooltips are given plain text.
"""
from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Identifier, Node

from .vocab import SCHEMA, SG, SG_IRI, labels

__all__ = ["ViewError", "render", "write_view", "notebook", "load_graph", "NotebookView"]

DEFAULT_MAX_NODES = 2000

# (class, colour, vis shape, legend glyph), most specific first: a thing with
# several classes is drawn as the first of its classes in this list.
_STYLE = [
    (SG.Astronaut, "#d62728", "star", "\u2605"),
    (SG.Person, "#ff7f0e", "dot", "\u25cf"),
    (SG.SpaceAgency, "#1f77b4", "hexagon", "\u2b22"),
    (SG.Company, "#17becf", "square", "\u25a0"),
    (SG.Organization, "#9467bd", "square", "\u25a0"),
    (SG.Agreement, "#2ca02c", "diamond", "\u25c6"),
    (SG.CrewedMission, "#e377c2", "triangle", "\u25b2"),
    (SG.Mission, "#bcbd22", "triangle", "\u25b2"),
    (SG.SpaceStation, "#8c564b", "triangleDown", "\u25bc"),
    (SG.Spacecraft, "#7f7f7f", "triangleDown", "\u25bc"),
    (SG.Program, "#393b79", "diamond", "\u25c6"),
    (SG.Country, "#637939", "dot", "\u25cf"),
    (SG.CooperationArea, "#ad494a", "hexagon", "\u2b22"),
]
_OTHER_STYLE = ("#a0a0a0", "dot", "\u25cf")

# Properties that describe a thing rather than relate it: shown in the side panel.
_DESCRIPTIVE = {RDF.type, RDFS.label, SKOS.altLabel, SKOS.prefLabel, OWL.sameAs, SG.mentionedIn}
_SCHEMA_URLS = (SCHEMA.url, URIRef("http://schema.org/url"))


class ViewError(ValueError):
    """The graph cannot be viewed as asked (missing file, bad syntax, unknown focus)."""


# --------------------------------------------------------------------------- loading

def load_graph(path: str | os.PathLike) -> Graph:
    """Read a graph file (.ttl .nt .nq .trig .jsonld); named graphs are merged into one."""
    from .validate import LoadError, load

    try:
        return load(str(path))
    except LoadError as exc:
        raise ViewError(str(exc)) from None


# --------------------------------------------------------------------------- labels

def _local_name(term: Node) -> str:
    text = str(term)
    for sep in ("#", "/", ":"):
        if sep in text.rstrip(sep):
            text = text.rstrip(sep).rsplit(sep, 1)[1]
    return text or str(term)


def _words(name: str) -> str:
    """SpaceAgency -> Space agency."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    return spaced[:1].upper() + spaced[1:].lower() if spaced else name


def _english(literals) -> str | None:
    lits = [lit for lit in literals if isinstance(lit, Literal)]
    if not lits:
        return None
    best = sorted(lits, key=lambda lit: (lit.language not in (None, "en"), lit.language or "", str(lit)))
    return str(best[0])


def _term_label(graph: Graph, term: Node, *, words: bool = False) -> str:
    label = _english(graph.objects(term, RDFS.label)) or labels().get(str(term))
    if label:
        return label
    local = _local_name(term)
    return _words(local) if words else local


# --------------------------------------------------------------------------- the model

@dataclass
class _Thing:
    term: Node
    key: str
    cls: int
    label: str
    alts: list[str]
    same: list[str]
    articles: list[str]
    attrs: list[tuple[str, str, Node]] = field(default_factory=list)  # (prop IRI, value, object)


def _key(term: Node) -> str:
    return term.n3() if isinstance(term, BNode) else str(term)


def _sources(graph: Graph) -> dict[tuple[Node, Node, Node], list[tuple[str, str, int, int]]]:
    """(s, p, o) -> [(article key, sentence, start, end)] from the rdf:Statements."""
    out: dict[tuple, list] = defaultdict(list)
    for st in graph.subjects(RDF.type, RDF.Statement):
        s, p, o = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        if s is None or p is None or o is None:
            continue
        sentence = graph.value(st, SG.sourceSentence)
        start, end = graph.value(st, SG.startOffset), graph.value(st, SG.endOffset)
        articles = sorted(_key(a) for a in graph.objects(st, PROV.wasDerivedFrom)) or [""]
        for art in articles:
            out[(s, p, o)].append((art, "" if sentence is None else str(sentence),
                                   _int(start), _int(end)))
    return out


def _int(lit) -> int:
    try:
        return int(lit.toPython()) if lit is not None else -1
    except (TypeError, ValueError):
        return -1


def _model(graph: Graph):
    classes = [c for c, *_ in _STYLE]
    rank = {c: i for i, c in enumerate(classes)}
    extra: set[URIRef] = set()
    typed: dict[Node, list[URIRef]] = defaultdict(list)
    for s, cls in graph.subject_objects(RDF.type):
        if isinstance(cls, URIRef) and str(cls).startswith(SG_IRI) and cls != SG.Article \
                and isinstance(s, (URIRef, BNode)):
            typed[s].append(cls)
            if cls not in rank:
                extra.add(cls)
    for cls in sorted(extra, key=str):
        rank[cls] = len(classes)
        classes.append(cls)

    things: dict[Node, _Thing] = {}
    for term, types in typed.items():
        first = min(rank[c] for c in types)
        labels = sorted({str(o) for o in graph.objects(term, RDFS.label)})
        label = _english(graph.objects(term, RDFS.label)) or _english(graph.objects(term, SKOS.prefLabel)) \
            or _local_name(term)
        alts = sorted(({str(o) for o in graph.objects(term, SKOS.altLabel)}
                       | {str(o) for o in graph.objects(term, SKOS.prefLabel)}
                       | set(labels)) - {label})
        same = sorted(str(o) for o in graph.objects(term, OWL.sameAs))
        arts = sorted(_key(o) for o in graph.objects(term, SG.mentionedIn))
        things[term] = _Thing(term, _key(term), first, label, alts, same, arts)

    facts: list[tuple[Node, Node, Node]] = []
    for term, thing in things.items():
        for p, o in graph.predicate_objects(term):
            if p in _DESCRIPTIVE:
                continue
            if o in things:
                facts.append((term, p, o))
            else:
                if isinstance(o, Literal):
                    value = str(o)
                else:
                    value = _english(graph.objects(o, RDFS.label)) or str(o)
                thing.attrs.append((str(p), value, o))
    facts.sort(key=lambda f: (_key(f[0]), str(f[1]), _key(f[2])))
    return classes, things, facts


# --------------------------------------------------------------------------- render

def _find(things: dict[Node, _Thing], name: str) -> Node | None:
    wanted = name.strip().casefold()
    if not wanted:
        return None
    for level in ("label", "alt", "iri"):
        hits = []
        for term, t in things.items():
            if level == "label":
                names = [t.label]
            elif level == "alt":
                names = t.alts
            else:
                names = [t.key, _local_name(term)]
            if any(n.casefold() == wanted for n in names):
                hits.append(t.key)
        if hits:
            key = min(hits)
            return next(term for term, t in things.items() if t.key == key)
    return None


def _physics(n_nodes: int) -> dict:
    """Physics stabilised before the first paint, then switched off; fewer steps when large.

    The iteration counts keep the first paint of the default 2,000 things within a few
    seconds in headless Chromium (benchmarks/bench_view.py).
    """
    if n_nodes <= 300:
        iterations = 400
    elif n_nodes <= 1500:
        iterations = 200
    elif n_nodes <= 3000:
        iterations = 100
    else:
        iterations = 50
    return {
        "enabled": n_nodes > 0,
        "solver": "forceAtlas2Based" if n_nodes <= 1500 else "barnesHut",
        "forceAtlas2Based": {"gravitationalConstant": -90, "centralGravity": 0.008,
                             "springLength": 150, "springConstant": 0.05, "avoidOverlap": 0.5},
        "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 0.3, "springLength": 120,
                      "springConstant": 0.04, "avoidOverlap": 0},
        "minVelocity": 1.0,
        "stabilization": {"enabled": n_nodes > 0, "iterations": iterations, "updateInterval": 10, "fit": True},
    }


def _json_for_script(data) -> str:
    """JSON that is safe inside a <script> element and in any JS parser."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_SCRIPT_HAZARD = re.compile(r"<(?=!--|/?script)", re.IGNORECASE)


def _script_safe(js: str) -> str:
    """Make JS source safe to inline in a <script> element.

    `<` before `!--`, `script` or `/script` becomes `\\x3C`, which means `<` in the string,
    template and regex literals where such text occurs in vis-network's source.
    """
    return _SCRIPT_HAZARD.sub(r"\\x3C", js)


@lru_cache(maxsize=1)
def _vis_js() -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    try:
        js = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ViewError(f"vis-network is missing from the pyvis package ({path})") from exc
    return _script_safe(js)


@dataclass
class _Selection:
    """Which things are drawn: `candidates` (within reach of the focus, or all), nearest
    and most connected first; the first `limit` of them are `kept`, the rest left out."""

    candidates: list[Node]
    kept: list[Node]
    left_out: list[Node]
    limit: int
    degree: dict[Node, int]
    focus: Node | None = None
    distance: dict[Node, int] = field(default_factory=dict)


def _within(start: Node, neighbours: dict[Node, set[Node]], depth: int) -> dict[Node, int]:
    """Things up to `depth` facts away from `start`, with their distance (breadth first)."""
    distance = {start: 0}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        if distance[cur] >= depth:
            continue
        for nb in sorted(neighbours[cur], key=_key):
            if nb not in distance:
                distance[nb] = distance[cur] + 1
                queue.append(nb)
    return distance


def _select(things: dict[Node, _Thing], facts: list, focus: str | None, depth: int,
            max_nodes: int | None) -> _Selection:
    neighbours: dict[Node, set[Node]] = defaultdict(set)
    for s, _, o in facts:
        neighbours[s].add(o)
        neighbours[o].add(s)
    degree = {t: len(neighbours[t]) for t in things}
    focus_term, distance = None, {}
    if focus is not None:
        focus_term = _find(things, focus)
        if focus_term is None:
            raise ViewError(f"no thing named {focus!r} in the graph")
        distance = _within(focus_term, neighbours, depth)
    candidates = list(distance) if focus_term is not None else list(things)
    candidates.sort(key=lambda t: (distance.get(t, 0), -degree[t], things[t].key))
    limit = len(candidates) if max_nodes is None or max_nodes <= 0 else max_nodes
    return _Selection(candidates, candidates[:limit], candidates[limit:], limit, degree, focus_term, distance)


def _articles(graph: Graph, sources: dict, things: dict[Node, _Thing], kept: list[Node]) -> list[dict]:
    """The articles the drawn things and the facts were read from, by IRI."""
    keys: set[str] = set()
    for src in sources.values():
        keys.update(a for a, *_ in src if a)
    for t in kept:
        keys.update(things[t].articles)
    articles = []
    for k in sorted(keys):
        term = BNode(k[2:]) if k.startswith("_:") else URIRef(k)
        url = next((str(u) for p in _SCHEMA_URLS  # RDF terms, not N3 formulas
                    for u in sorted(o for o in graph.objects(term, p) if isinstance(o, Identifier))), "")
        title = _english(graph.objects(term, DCTERMS.title)) or ""
        articles.append({"iri": k, "title": title, "url": url})
    return articles


class _Sources:
    """The source rows (article, sentence, start, end) that nodes and edges point to, each once."""

    def __init__(self, sources: dict, articles: list[dict]):
        self.sources = sources
        self.article = {a["iri"]: i for i, a in enumerate(articles)}
        self.rows: list[list] = []
        self.index: dict[tuple, int] = {}

    def ids(self, triple) -> list[int]:
        ids = []
        for art, sentence, start, end in sorted(set(self.sources.get(triple, ())),
                                                key=lambda r: (r[0], r[2], r[3], r[1])):
            row = (self.article.get(art, -1), sentence, start, end)
            if row not in self.index:
                self.index[row] = len(self.rows)
                self.rows.append(list(row))
            ids.append(self.index[row])
        return ids


def _nodes(things: dict[Node, _Thing], drawn: list[Node], sel: _Selection, props: dict[str, int],
           sources: _Sources) -> list[dict]:
    nodes = []
    for i, t in enumerate(drawn):
        th = things[t]
        attrs = [[props[p], value, sources.ids((t, URIRef(p), obj))]
                 for p, value, obj in sorted(th.attrs, key=lambda a: (a[0], a[1], _key(a[2])))]
        nodes.append({
            "id": i, "iri": th.key, "label": th.label, "c": th.cls, "alt": th.alts,
            "same": th.same, "deg": sel.degree[t], "attrs": attrs,
            "arts": [sources.article[a] for a in th.articles if a in sources.article],
        })
    return nodes


def _legend(graph: Graph, classes: list[URIRef], things: dict[Node, _Thing], kept: list[Node]) -> list[dict]:
    counts: defaultdict[int, int] = defaultdict(int)
    for t in kept:
        counts[things[t].cls] += 1
    legend = []
    for i, cls in enumerate(classes):
        colour, shape, glyph = (_STYLE[i][1:] if i < len(_STYLE) else _OTHER_STYLE)
        legend.append({"key": _local_name(cls), "label": _term_label(graph, cls, words=True),
                       "color": colour, "shape": shape, "glyph": glyph, "count": counts[i]})
    return legend


def _data(graph: Graph, title: str, depth: int, sel: _Selection, model) -> dict:
    """What the page's script draws: the JSON in its `sg-data` element."""
    classes, things, facts = model
    kept = set(sel.kept)
    drawn = sorted(sel.kept, key=lambda t: things[t].key)
    index = {t: i for i, t in enumerate(drawn)}
    shown = [f for f in facts if f[0] in kept and f[2] in kept]
    scope = [f for f in facts if f[0] in sel.distance and f[2] in sel.distance] if sel.focus is not None else facts
    raw = _sources(graph)
    articles = _articles(graph, raw, things, sel.kept)
    sources = _Sources(raw, articles)
    props = sorted({str(p) for _, p, _ in shown} | {a[0] for t in sel.kept for a in things[t].attrs})
    prop_index = {p: i for i, p in enumerate(props)}
    nodes = _nodes(things, drawn, sel, prop_index, sources)
    edges = [{"id": i, "from": index[s], "to": index[o], "p": prop_index[str(p)], "src": sources.ids((s, p, o))}
             for i, (s, p, o) in enumerate(shown)]
    return {
        "title": title,
        "classes": _legend(graph, classes, things, sel.kept),
        "props": [_term_label(graph, URIRef(p)) for p in props],
        "propIris": props,
        "articles": articles,
        "sources": sources.rows,
        "nodes": nodes,
        "edges": edges,
        "total": {"things": len(things), "facts": len(facts)},
        "scope": {"things": len(sel.candidates), "facts": len(scope)},
        "omitted": sorted(([things[t].label, things[t].cls] for t in sel.left_out),
                          key=lambda r: (r[1], r[0].casefold(), r[0])),
        "omittedFacts": len(scope) - len(shown),
        "maxNodes": sel.limit,
        "focus": index[sel.focus] if sel.focus is not None else None,
        "depth": depth if sel.focus is not None else None,
        "physics": _physics(len(nodes)),
        "large": len(nodes) > 500,
    }


def render(graph: Graph, *, focus: str | None = None, depth: int = 1,
           max_nodes: int | None = DEFAULT_MAX_NODES, title: str = "spacegraph") -> str:
    """The interactive view of `graph` as one self-contained HTML page.

    `focus` (a thing's name, other name or IRI) with `depth` draws only the things
    within `depth` hops of it. At most `max_nodes` things are drawn (the nearest to
    the focus, then the most connected); the page says what was left out.
    Raises ViewError if `focus` names no thing.
    """
    model = _model(graph)
    if focus is not None:
        depth = max(0, int(depth))
    sel = _select(model[1], model[2], focus, depth, max_nodes)
    return _page(title, _data(graph, title, depth, sel, model))


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """A file of the page (`web/page.html`, `style.css`, `app.js`), package data."""
    return (files("spacegraph") / "web" / name).read_text(encoding="utf-8")


def _page(title: str, data: dict) -> str:
    """The page: `web/page.html` with the title, style sheet, data and scripts put in."""
    parts = {"TITLE": html.escape(title), "CSS": _asset("style.css"), "DATA": _json_for_script(data),
             "VIS": _vis_js(), "APP": _script_safe(_asset("app.js"))}
    # One pass, so nothing inserted is scanned for placeholders again.
    return re.sub(r"@@([A-Z]+)@@", lambda m: parts[m.group(1)], _asset("page.html"))


def write_view(graph: Graph, path: str | os.PathLike, **kw) -> None:
    """Render `graph` and write the page to `path` atomically (temp file, then rename)."""
    from .serialize import target

    page = render(graph, **kw)
    with target(Path(path)) as fh:
        fh.write(page.encode("utf-8"))


class NotebookView:
    """Displays the page inline in Jupyter (a sandboxed iframe whose srcdoc is the page)."""

    def __init__(self, page: str, height: int = 640):
        self.html = page
        self.height = int(height)

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
                f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ddd" '
                f'title="spacegraph view"></iframe>')

    def save(self, path: str | os.PathLike) -> None:
        from .serialize import target

        with target(Path(path)) as fh:
            fh.write(self.html.encode("utf-8"))


def notebook(graph: Graph, *, height: int = 640, **kw) -> NotebookView:
    """The view as an object Jupyter shows inline: `spacegraph.view.notebook(g)` in a cell."""
    return NotebookView(render(graph, **kw), height=height)
