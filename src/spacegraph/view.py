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


def render(graph: Graph, *, focus: str | None = None, depth: int = 1,
           max_nodes: int | None = DEFAULT_MAX_NODES, title: str = "spacegraph") -> str:
    """The interactive view of `graph` as one self-contained HTML page.

    `focus` (a thing's name, other name or IRI) with `depth` draws only the things
    within `depth` hops of it. At most `max_nodes` things are drawn (the nearest to
    the focus, then the most connected); the page says what was left out.
    Raises ViewError if `focus` names no thing.
    """
    classes, things, facts = _model(graph)
    total_things, total_facts = len(things), len(facts)

    neighbours: dict[Node, set[Node]] = defaultdict(set)
    for s, _, o in facts:
        neighbours[s].add(o)
        neighbours[o].add(s)
    degree = {t: len(neighbours[t]) for t in things}

    focus_term = None
    distance: dict[Node, int] = {}
    if focus is not None:
        focus_term = _find(things, focus)
        if focus_term is None:
            raise ViewError(f"no thing named {focus!r} in the graph")
        depth = max(0, int(depth))
        distance = {focus_term: 0}
        queue = deque([focus_term])
        while queue:
            cur = queue.popleft()
            if distance[cur] >= depth:
                continue
            for nb in sorted(neighbours[cur], key=_key):
                if nb not in distance:
                    distance[nb] = distance[cur] + 1
                    queue.append(nb)
        candidates = list(distance)
    else:
        candidates = list(things)

    candidates.sort(key=lambda t: (distance.get(t, 0), -degree[t], things[t].key))
    limit = len(candidates) if max_nodes is None or max_nodes <= 0 else max_nodes
    kept = candidates[:limit]
    left_out = candidates[limit:]
    kept_set = set(kept)
    kept_sorted = sorted(kept, key=lambda t: things[t].key)
    index = {t: i for i, t in enumerate(kept_sorted)}
    shown_facts = [f for f in facts if f[0] in kept_set and f[2] in kept_set]
    scope_facts = [f for f in facts if f[0] in distance and f[2] in distance] if focus_term is not None else facts

    # Tables shared by nodes and edges.
    sources = _sources(graph)
    article_terms: set[str] = set()
    for src in sources.values():
        article_terms.update(a for a, *_ in src if a)
    for t in kept:
        article_terms.update(things[t].articles)
    art_keys = sorted(article_terms)
    art_index = {k: i for i, k in enumerate(art_keys)}
    articles = []
    for k in art_keys:
        term = BNode(k[2:]) if k.startswith("_:") else URIRef(k)
        url = next((str(u) for p in _SCHEMA_URLS  # RDF terms, not N3 formulas
                    for u in sorted(o for o in graph.objects(term, p) if isinstance(o, Identifier))), "")
        title_ = _english(graph.objects(term, DCTERMS.title)) or ""
        articles.append({"iri": k, "title": title_, "url": url})

    src_rows: list[list] = []
    src_index: dict[tuple, int] = {}

    def src_ids(triple) -> list[int]:
        ids = []
        for art, sentence, start, end in sorted(set(sources.get(triple, ())),
                                                key=lambda r: (r[0], r[2], r[3], r[1])):
            row = (art_index.get(art, -1), sentence, start, end)
            if row not in src_index:
                src_index[row] = len(src_rows)
                src_rows.append(list(row))
            ids.append(src_index[row])
        return ids

    props: list[str] = []
    prop_index: dict[str, int] = {}

    def prop_id(p: str) -> int:
        if p not in prop_index:
            prop_index[p] = len(props)
            props.append(p)
        return prop_index[p]

    all_props = sorted({str(p) for _, p, _ in shown_facts}
                       | {a[0] for t in kept for a in things[t].attrs})
    for p in all_props:
        prop_id(p)

    nodes = []
    for t in kept_sorted:
        th = things[t]
        attrs = []
        for p, value, obj in sorted(th.attrs, key=lambda a: (a[0], a[1], _key(a[2]))):
            attrs.append([prop_index[p], value, src_ids((t, URIRef(p), obj))])
        nodes.append({
            "id": index[t], "iri": th.key, "label": th.label, "c": th.cls, "alt": th.alts,
            "same": th.same, "deg": degree[t], "attrs": attrs,
            "arts": [art_index[a] for a in th.articles if a in art_index],
        })
    edges = [{"id": i, "from": index[s], "to": index[o], "p": prop_index[str(p)], "src": src_ids((s, p, o))}
             for i, (s, p, o) in enumerate(shown_facts)]

    counts: defaultdict[int, int] = defaultdict(int)
    for t in kept:
        counts[things[t].cls] += 1
    legend = []
    for i, cls in enumerate(classes):
        colour, shape, glyph = (_STYLE[i][1:] if i < len(_STYLE) else _OTHER_STYLE)
        legend.append({"key": _local_name(cls), "label": _term_label(graph, cls, words=True),
                       "color": colour, "shape": shape, "glyph": glyph, "count": counts[i]})

    omitted = sorted(([things[t].label, things[t].cls] for t in left_out), key=lambda r: (r[1], r[0].casefold(), r[0]))
    data = {
        "title": title,
        "classes": legend,
        "props": [_term_label(graph, URIRef(p)) for p in props],
        "propIris": props,
        "articles": articles,
        "sources": src_rows,
        "nodes": nodes,
        "edges": edges,
        "total": {"things": total_things, "facts": total_facts},
        "scope": {"things": len(candidates), "facts": len(scope_facts)},
        "omitted": omitted,
        "omittedFacts": len(scope_facts) - len(shown_facts),
        "maxNodes": limit,
        "focus": index[focus_term] if focus_term is not None else None,
        "depth": depth if focus_term is not None else None,
        "physics": _physics(len(nodes)),
        "large": len(nodes) > 500,
    }
    parts = {"TITLE": html.escape(title), "CSS": _CSS, "DATA": _json_for_script(data),
             "VIS": _vis_js(), "APP": _script_safe(_APP_JS)}
    # One pass, so nothing inserted is scanned for placeholders again.
    return re.sub(r"@@([A-Z]+)@@", lambda m: parts[m.group(1)], _PAGE)


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


# --------------------------------------------------------------------------- the page

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>@@TITLE@@</title>
<style>@@CSS@@</style>
</head>
<body>
<header id="bar">
<strong id="brand">@@TITLE@@</strong>
<form id="search" role="search" autocomplete="off">
<input id="q" type="search" list="names" placeholder="Find a thing by any of its names" aria-label="Find a thing by name">
<datalist id="names"></datalist>
<button type="submit">Find</button>
</form>
<button id="freeze" type="button" title="Stop or restart the layout simulation">Unfreeze layout</button>
<button id="fit" type="button" title="Show the whole graph">Fit</button>
<span id="status" role="status" aria-live="polite"></span>
<span id="counts"></span>
</header>
<div id="notice" hidden></div>
<main>
<aside id="legend" aria-label="Classes"><h2>Classes</h2><ul id="classes"></ul><p class="hint">Untick a class to hide it. Click a thing for its facts and sources.</p></aside>
<div id="graph" aria-label="Graph"></div>
<div id="progress" role="status">Laying out the graph\u2026</div>
<aside id="panel" hidden aria-label="Details"><button id="close" type="button" aria-label="Close">\u00d7</button><div id="details"></div></aside>
</main>
<script type="application/json" id="sg-data">@@DATA@@</script>
<script>@@VIS@@</script>
<script>@@APP@@</script>
</body>
</html>
"""

_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fafafa}
body{display:flex;flex-direction:column}
#bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:6px 10px;background:#fff;border-bottom:1px solid #ddd}
#brand{font-size:15px;margin-right:6px}
#search{display:flex;gap:4px}
#q{width:260px;padding:4px 6px;border:1px solid #bbb;border-radius:4px}
button{padding:4px 10px;border:1px solid #bbb;border-radius:4px;background:#f4f4f4;cursor:pointer;font:inherit}
button:hover{background:#e8e8e8}
#status{color:#a33}
#counts{margin-left:auto;color:#555}
#notice{padding:6px 10px;background:#fff4d6;border-bottom:1px solid #e8d48a}
#notice details{margin-top:4px}
#notice ul{max-height:160px;overflow:auto;margin:4px 0;columns:3}
main{flex:1;display:flex;min-height:0;position:relative}
#legend{width:190px;padding:8px 10px;overflow:auto;border-right:1px solid #ddd;background:#fff}
#legend h2,#panel h2{font-size:15px;margin:4px 0 8px}
#classes{list-style:none;margin:0;padding:0}
#classes li{margin:2px 0}
#classes label{display:flex;align-items:center;gap:6px;cursor:pointer}
.glyph{display:inline-block;width:1.2em;text-align:center;font-size:16px}
.count{color:#777;margin-left:auto}
.hint{color:#666;font-size:12px}
#graph{flex:1;min-width:0;position:relative;background:#fcfcfc}
#progress{position:absolute;top:45%;left:190px;right:0;pointer-events:none;text-align:center;color:#555;font-size:15px;z-index:4}
#panel{width:380px;max-width:45%;overflow:auto;padding:10px 14px;border-left:1px solid #ddd;background:#fff;position:relative}
#close{position:absolute;top:6px;right:8px;padding:0 8px}
#panel h3{font-size:13px;margin:14px 0 4px;color:#444;text-transform:uppercase;letter-spacing:.03em}
#panel ul{margin:0;padding-left:18px}
#panel li{margin:3px 0}
#panel a{word-break:break-all}
.cls{color:#555}
.fact{margin:6px 0 10px;list-style:none;margin-left:-18px}
.prop{color:#555;font-style:italic}
.linkbtn{border:none;background:none;padding:0;color:#0645ad;text-decoration:underline;cursor:pointer}
blockquote.src{margin:4px 0 4px 8px;padding:4px 8px;border-left:3px solid #ccd;background:#f6f7fb;font-size:13px}
.cite{display:block;color:#555;font-size:12px;margin-top:2px}
.iri{color:#777;font-size:12px;word-break:break-all}
div.vis-tooltip{position:absolute;visibility:hidden;padding:5px 7px;white-space:pre-wrap;max-width:360px;font-size:13px;color:#000;background:#fffff0;border:1px solid #999;border-radius:3px;box-shadow:2px 2px 8px rgba(0,0,0,.2);pointer-events:none;z-index:5}
"""

_APP_JS = r"""
(function () {
"use strict";
var D = JSON.parse(document.getElementById("sg-data").textContent);
var byId = function (id) { return document.getElementById(id); };
function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function isWebUrl(u) { return /^https?:\/\/[^\s]+$/i.test(u || ""); }
function link(url, text) {
  if (!isWebUrl(url)) return el("span", text || url);
  var a = el("a", text || url);
  a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
  return a;
}
var classes = D.classes, props = D.props;
var nodeInfo = {}, out = {}, inc = {};
D.nodes.forEach(function (n) { nodeInfo[n.id] = n; out[n.id] = []; inc[n.id] = []; });
D.edges.forEach(function (e) { out[e.from].push(e); inc[e.to].push(e); });

function tooltip(n) {
  var lines = [n.label + " (" + classes[n.c].label + ")"];
  if (n.alt.length) lines.push("Also: " + n.alt.join(", "));
  lines.push(n.deg + (n.deg === 1 ? " connection" : " connections"));
  return lines.join("\n");
}
var visNodes = D.nodes.map(function (n) {
  return { id: n.id, label: n.label, group: classes[n.c].key, value: n.deg + 1, title: tooltip(n) };
});
var visEdges = D.edges.map(function (e) {
  return { id: e.id, from: e.from, to: e.to, label: props[e.p],
           title: nodeInfo[e.from].label + " \u2014 " + props[e.p] + " \u2192 " + nodeInfo[e.to].label };
});
var groups = {};
classes.forEach(function (c) {
  groups[c.key] = { color: { background: c.color, border: c.color,
                             highlight: { background: c.color, border: "#000" },
                             hover: { background: c.color, border: "#333" } },
                    shape: c.shape };
});
var nodes = new vis.DataSet(visNodes);
var edges = new vis.DataSet(visEdges);
var large = D.large;
var options = {
  autoResize: true,
  groups: groups,
  layout: { randomSeed: 1, improvedLayout: D.nodes.length <= 150 },
  physics: D.physics,
  nodes: { shape: "dot", scaling: { min: 8, max: 32, label: { enabled: true, min: 12, max: 17, drawThreshold: 6 } },
           font: { size: 13, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
           borderWidth: 1 },
  edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#9aa", highlight: "#333", hover: "#555" },
           font: { size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
           smooth: large ? false : { type: "continuous" }, width: 1, selectionWidth: 2 },
  interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                 navigationButtons: false, keyboard: false, multiselect: false }
};
var container = byId("graph");
var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
var frozen = false;
var state = { ready: false, stabilizedAt: null, paintedAt: null };
window.sgView = { network: network, nodes: nodes, edges: edges, data: D, state: state, find: find,
                  focus: focusNode, showNode: function (id) { showNode(id); }, showEdge: function (id) { showEdge(id); } };

function setFrozen(f) {
  frozen = f;
  network.setOptions({ physics: { enabled: !f } });
  byId("freeze").textContent = f ? "Unfreeze layout" : "Freeze layout";
}
var progress = byId("progress");
network.on("stabilizationProgress", function (p) {
  progress.textContent = "Laying out " + D.nodes.length + " things\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
});
function markReady() {
  if (state.ready) return;
  state.ready = true;
  progress.hidden = true;
  state.stabilizedAt = performance.now();
  setFrozen(true);
  network.once("afterDrawing", function () {
    state.paintedAt = performance.now();
    document.body.setAttribute("data-state", "ready");
  });
  network.redraw();
  if (D.focus !== null) focusNode(D.focus, false);
}
network.once("stabilizationIterationsDone", markReady);
network.on("stabilized", function () { if (!state.ready) markReady(); });
if (!D.nodes.length || !D.physics.enabled) { setTimeout(markReady, 0); }
byId("freeze").addEventListener("click", function () { setFrozen(!frozen); });
byId("fit").addEventListener("click", function () { network.fit({ animation: false }); });

// Counts and the notice about what is not drawn.
byId("counts").textContent = D.nodes.length + " things, " + D.edges.length + " facts drawn";
(function notice() {
  var box = byId("notice"), parts = [];
  if (D.focus !== null) {
    parts.push("Neighbourhood of \u201c" + nodeInfo[D.focus].label + "\u201d within " + D.depth +
               (D.depth === 1 ? " step" : " steps") + ": " + D.scope.things + " of " + D.total.things + " things.");
  }
  if (D.omitted.length) {
    parts.push("Drawing limited to " + D.maxNodes + " things (--max-nodes): " + D.omitted.length +
               " things and " + D.omittedFacts + " facts were left out" +
               (D.focus !== null ? " (the farthest from the focus, then the least connected)." : " (the least connected)."));
  }
  if (!D.nodes.length) parts.push("The graph has no things to draw.");
  if (!parts.length) return;
  box.appendChild(el("span", parts.join(" ")));
  if (D.omitted.length) {
    var det = el("details"), sum = el("summary", "Left out (" + D.omitted.length + ")");
    det.appendChild(sum);
    var ul = el("ul");
    D.omitted.forEach(function (r) { ul.appendChild(el("li", r[0] + " (" + classes[r[1]].label + ")")); });
    det.appendChild(ul);
    box.appendChild(det);
    box.setAttribute("data-omitted", String(D.omitted.length));
  }
  box.hidden = false;
})();

// Legend with a filter per class.
var hiddenClass = {};
classes.forEach(function (c, i) {
  if (!c.count) return;
  var li = el("li"), label = el("label"), box = el("input");
  box.type = "checkbox"; box.checked = true; box.setAttribute("data-class", c.key);
  var glyph = el("span", c.glyph, "glyph"); glyph.style.color = c.color;
  label.appendChild(box); label.appendChild(glyph); label.appendChild(el("span", c.label));
  label.appendChild(el("span", c.count, "count"));
  li.appendChild(label); byId("classes").appendChild(li);
  box.addEventListener("change", function () { showClass(i, box.checked); });
});
function showClass(i, on) {
  hiddenClass[i] = !on;
  var upd = [];
  D.nodes.forEach(function (n) { if (n.c === i) upd.push({ id: n.id, hidden: !on }); });
  nodes.update(upd);
  var box = document.querySelector('#classes input[data-class="' + classes[i].key + '"]');
  if (box) box.checked = on;
}

// Search by any name.
var names = [];
D.nodes.forEach(function (n) {
  names.push([n.label, n.id]);
  n.alt.forEach(function (a) { names.push([a, n.id]); });
});
names.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; });
(function () {
  var dl = byId("names"), seen = {};
  names.forEach(function (r) {
    if (seen[r[0]]) return; seen[r[0]] = true;
    var o = document.createElement("option"); o.value = r[0]; dl.appendChild(o);
  });
})();
function find(query) {
  var q = String(query || "").trim().toLowerCase();
  if (!q) return null;
  var tests = [function (s) { return s === q; }, function (s) { return s.indexOf(q) === 0; },
               function (s) { return s.indexOf(q) >= 0; }];
  for (var t = 0; t < tests.length; t++) {
    for (var k = 0; k < names.length; k++) {
      if (tests[t](names[k][0].toLowerCase())) return names[k][1];
    }
  }
  for (var m = 0; m < D.nodes.length; m++) if (D.nodes[m].iri.toLowerCase() === q) return D.nodes[m].id;
  return null;
}
function focusNode(id, animate) {
  var n = nodeInfo[id];
  if (!n) return;
  if (hiddenClass[n.c]) showClass(n.c, true);
  network.selectNodes([id]);
  network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: animate === false ? false : { duration: 400 } });
  showNode(id);
}
byId("search").addEventListener("submit", function (ev) {
  ev.preventDefault();
  var id = find(byId("q").value);
  byId("status").textContent = id === null ? "No thing is named \u201c" + byId("q").value + "\u201d" : "";
  if (id !== null) focusNode(id);
});

// The side panel.
var panel = byId("panel"), details = byId("details");
byId("close").addEventListener("click", function () { panel.hidden = true; network.unselectAll(); });
function thingButton(id) {
  var b = el("button", nodeInfo[id].label, "linkbtn"); b.type = "button";
  b.addEventListener("click", function () { focusNode(id); });
  return b;
}
function sourceList(ids) {
  var frag = document.createDocumentFragment();
  ids.forEach(function (sid) {
    var s = D.sources[sid], q = el("blockquote", s[1], "src");
    q.setAttribute("data-source", String(sid));
    var art = s[0] >= 0 ? D.articles[s[0]] : null, cite = el("span", "", "cite");
    cite.appendChild(document.createTextNode("\u2014 "));
    if (art) cite.appendChild(link(art.url, art.title || art.url || art.iri));
    if (s[2] >= 0) cite.appendChild(document.createTextNode(" (characters " + s[2] + "\u2013" + s[3] + ")"));
    q.appendChild(cite);
    frag.appendChild(q);
  });
  return frag;
}
function factItem(dirText, e, otherId) {
  var li = el("li", "", "fact");
  li.appendChild(el("span", dirText + " "));
  li.appendChild(el("span", props[e.p], "prop"));
  li.appendChild(document.createTextNode(" "));
  li.appendChild(thingButton(otherId));
  li.appendChild(sourceList(e.src));
  return li;
}
function section(title, items) {
  if (!items.length) return;
  details.appendChild(el("h3", title));
  var ul = el("ul");
  items.forEach(function (i) { ul.appendChild(i); });
  details.appendChild(ul);
}
function openPanel() { panel.hidden = false; panel.scrollTop = 0; }
function showNode(id) {
  var n = nodeInfo[id], c = classes[n.c];
  details.textContent = "";
  details.appendChild(el("h2", n.label));
  var cl = el("div", "", "cls"), g = el("span", c.glyph + " ", "glyph"); g.style.color = c.color;
  cl.appendChild(g); cl.appendChild(document.createTextNode(c.label)); details.appendChild(cl);
  details.appendChild(el("div", n.iri, "iri"));
  section("Other names", n.alt.map(function (a) { return el("li", a); }));
  section("Same as", n.same.map(function (u) { var li = el("li"); li.appendChild(link(u)); return li; }));
  var facts = [];
  n.attrs.forEach(function (a) {
    var li = el("li", "", "fact");
    li.appendChild(el("span", props[a[0]], "prop"));
    li.appendChild(document.createTextNode(": " + a[1]));
    li.appendChild(sourceList(a[2]));
    facts.push(li);
  });
  out[id].forEach(function (e) { facts.push(factItem("\u2192", e, e.to)); });
  inc[id].forEach(function (e) { facts.push(factItem("\u2190 is", e, e.from)); });
  section("Facts", facts);
  section("Mentioned in", n.arts.map(function (i) {
    var li = el("li"), a = D.articles[i]; li.appendChild(link(a.url, a.title || a.url || a.iri)); return li;
  }));
  openPanel();
}
function showEdge(eid) {
  var e = D.edges[eid];
  details.textContent = "";
  details.appendChild(el("h2", "Fact"));
  var p = el("p");
  p.appendChild(thingButton(e.from)); p.appendChild(document.createTextNode(" "));
  p.appendChild(el("span", props[e.p], "prop")); p.appendChild(document.createTextNode(" "));
  p.appendChild(thingButton(e.to));
  details.appendChild(p);
  details.appendChild(el("h3", "Read from"));
  if (!e.src.length) details.appendChild(el("p", "No source sentence recorded."));
  details.appendChild(sourceList(e.src));
  openPanel();
}
network.on("click", function (params) {
  if (params.nodes.length) showNode(params.nodes[0]);
  else if (params.edges.length) showEdge(params.edges[0]);
  else panel.hidden = true;
});
})();
"""
