"""The interactive graph view: one self-contained HTML file.

`render(source)` returns the page; `write_view(source, path)` writes it atomically;
`notebook(source)` gives an object Jupyter displays inline (an iframe with the page in
`srcdoc`). A source is a graph file, a `Store` (`spacegraph.open`) or an rdflib graph;
it is read through Oxigraph (`viewgraph`), and `overview` picks what is drawn first.

The page holds everything it needs: vis-network's script (inlined from the pyvis
package), its own small style sheet and script, and the graph as JSON: every thing and
fact in scope, so the page's search, legend and "show neighbours" reach what the first
drawing leaves out. It makes no request to any network address and writes nothing
beside itself.

Names, labels and sentences come from articles and are untrusted: the data is
embedded as JSON with `<`, `>` and `&` escaped, the page builds its DOM with
`textContent` only, and vis-network tooltips are given plain text.
"""
from __future__ import annotations

import html
import json
import os
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from . import overview
from .viewgraph import Article, ViewError, ViewGraph, local_name, read
from .vocab import SG, SG_IRI, labels

__all__ = ["ViewError", "render", "write_view", "notebook", "read", "NotebookView", "DEFAULT_MAX_NODES"]

#: Things drawn at first, at most: the overview of a big graph (all of a small one).
DEFAULT_MAX_NODES = 300

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

#: An article title longer than this (a headline-less article's first sentence) is cut
#: at a word, so the panel's citation does not repeat the quote.
SHORT_TITLE = 70


# --------------------------------------------------------------------------- names

def _words(name: str) -> str:
    """SpaceAgency -> Space agency."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    return spaced[:1].upper() + spaced[1:].lower() if spaced else name


def _term_label(graph: ViewGraph, iri: str, *, words: bool = False) -> str:
    label = graph.labels.get(iri) or labels().get(iri)
    if label:
        return label
    return _words(local_name(iri)) if words else local_name(iri)


def short_title(article: Article) -> str:
    """The article's title, cut at a word when long; its date or name when it has none."""
    title = " ".join(article.title.split())
    if len(title) > SHORT_TITLE:
        cut = title[:SHORT_TITLE + 1].rsplit(" ", 1)[0].rstrip(" ,;:.-\u2013\u2014")
        return cut + "\u2026"
    if title:
        return title
    if article.date:
        return f"Article of {article.date}"
    return article.url or local_name(article.key)


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


def _physics(n_nodes: int) -> dict:
    """Physics stabilised before the first paint, then switched off. The overview starts
    from grouped positions (`overview.layout`), so a few hundred steps settle it."""
    return {
        "enabled": n_nodes > 0,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -400, "centralGravity": 0.02,
                             "springLength": 200, "springConstant": 0.02, "avoidOverlap": 1},
        "minVelocity": 1.0,
        "stabilization": {"enabled": n_nodes > 0, "iterations": 300 if n_nodes <= 120 else 100,
                          "updateInterval": 10, "fit": True},
    }


def _classes(graph: ViewGraph) -> tuple[list[str], dict[str, int]]:
    """The classes in legend order, and each thing's class (the first of its in that order)."""
    order = [str(c) for c, *_ in _STYLE]
    extra = sorted({c for t in graph.things.values() for c in t.classes
                    if c.startswith(SG_IRI) and c not in order})
    order += extra
    rank = {c: i for i, c in enumerate(order)}
    cls = {k: min((rank[c] for c in t.classes if c in rank), default=len(order))
           for k, t in graph.things.items()}
    return order, cls


def _legend(graph: ViewGraph, order: list[str], counts: dict[int, int]) -> list[dict]:
    legend = []
    for i, iri in enumerate(order):
        colour, shape, glyph = (_STYLE[i][1:] if i < len(_STYLE) else _OTHER_STYLE)
        legend.append({"key": local_name(iri), "label": _term_label(graph, iri, words=True),
                       "color": colour, "shape": shape, "glyph": glyph, "count": counts.get(i, 0)})
    return legend


class _Sources:
    """The source rows (article, sentence, start, end) that nodes and edges point to,
    each once, and the articles they and the things name, each once."""

    def __init__(self, graph: ViewGraph):
        self.graph = graph
        self.article_index: dict[str, int] = {}
        self.rows: list[list] = []
        self.index: dict[tuple, int] = {}

    def article(self, key: str) -> int:
        if key not in self.graph.articles:
            return -1
        if key not in self.article_index:
            self.article_index[key] = len(self.article_index)
        return self.article_index[key]

    def ids(self, fact: tuple[str, str, str]) -> list[int]:
        ids = []
        for art, sentence, start, end in self.graph.sources.get(fact, ()):
            row = (self.article(art), sentence, start, end)
            if row not in self.index:
                self.index[row] = len(self.rows)
                self.rows.append(list(row))
            ids.append(self.index[row])
        return ids

    def articles(self) -> list[dict]:
        out = []
        for key in sorted(self.article_index, key=self.article_index.__getitem__):
            a = self.graph.articles[key]
            out.append({"iri": key, "title": short_title(a), "url": a.url, "date": a.date})
        return out


def _nodes(graph: ViewGraph, scope: list[str], cls: dict[str, int], sel: overview.Selection,
           props: dict[str, int], sources: _Sources) -> list[dict]:
    nodes = []
    for i, k in enumerate(scope):
        th = graph.things[k]
        attrs = [[props[p], value, sources.ids((k, p, obj))] for p, value, obj in th.attrs]
        arts = sorted(i for i in (sources.article(a) for a in th.articles) if i >= 0)
        nodes.append({"id": i, "iri": k, "label": th.label, "c": cls[k], "alt": th.alts,
                      "same": th.same, "deg": sel.degree[k], "attrs": attrs, "arts": arts})
    return nodes


def _data(graph: ViewGraph, depth: int, sel: overview.Selection) -> dict:
    """What the page's script draws: the JSON in its `sg-data` element."""
    order, cls = _classes(graph)
    index = {k: i for i, k in enumerate(sel.scope)}
    facts = [f for f in graph.facts if f[0] in index and f[2] in index]
    props_used = sorted({p for _, p, _ in facts} | {a[0] for k in sel.scope for a in graph.things[k].attrs})
    prop_index = {p: i for i, p in enumerate(props_used)}
    sources = _Sources(graph)
    nodes = _nodes(graph, sel.scope, cls, sel, prop_index, sources)
    edges = [{"id": i, "from": index[s], "to": index[o], "p": prop_index[p], "src": sources.ids((s, p, o))}
             for i, (s, p, o) in enumerate(facts)]
    counts: dict[int, int] = {}
    for k in sel.scope:
        counts[cls[k]] = counts.get(cls[k], 0) + 1
    articles = sources.articles()
    dates = sorted(a["date"] for a in articles if a["date"])
    return {
        "classes": _legend(graph, order, counts),
        "props": [_term_label(graph, p) for p in props_used],
        "articles": articles,
        "dates": [dates[0], dates[-1]] if dates else None,
        "sources": sources.rows,
        "nodes": nodes,
        "edges": edges,
        "drawn": [[index[k], *sel.positions[k]] for k in sel.drawn],
        "total": {"things": len(graph.things)},
        "focus": index[sel.focus] if sel.focus is not None else None,
        "depth": depth if sel.focus is not None else None,
        "physics": _physics(len(sel.drawn)),
    }


def _find(graph: ViewGraph, name: str) -> str | None:
    """The thing with this label, else other name, else IRI (any case); the first by IRI."""
    wanted = name.strip().casefold()
    if not wanted:
        return None
    levels = (lambda t: [t.label], lambda t: t.alts, lambda t: [t.key, local_name(t.key)])
    for names in levels:
        hits = [k for k, t in graph.things.items() if any(n.casefold() == wanted for n in names(t))]
        if hits:
            return min(hits)
    return None


def _source(source: Any) -> ViewGraph:
    return source if isinstance(source, ViewGraph) else read(source)


def render(source: Any, *, focus: str | None = None, depth: int = 1,
           max_nodes: int | None = DEFAULT_MAX_NODES, title: str = "spacegraph") -> str:
    """The interactive view of `source` (a graph file, a `Store`, an rdflib graph or what
    `read` gave) as one self-contained HTML page.

    `focus` (a thing's name, other name or IRI) with `depth` keeps only the things
    within `depth` hops of it. At most `max_nodes` things are drawn at first (the nearest
    to the focus, else the most connected, grouped); the page reaches the others.
    Raises ViewError if `focus` names no thing.
    """
    graph = _source(source)
    focus_key = None
    if focus is not None:
        focus_key = _find(graph, focus)
        if focus_key is None:
            raise ViewError(f"no thing named {focus!r} in the graph")
        depth = max(0, int(depth))
    limit = len(graph.things) if max_nodes is None or max_nodes <= 0 else max_nodes
    _, cls = _classes(graph)
    sel = overview.select({k: str(c) for k, c in cls.items()}, graph.facts, limit, focus_key, depth)
    return _page(title, _data(graph, depth, sel))


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


def write_view(source: Any, path: str | os.PathLike, **kw) -> None:
    """Render `source` and write the page to `path` atomically (temp file, then rename)."""
    from .serialize import target

    page = render(source, **kw)
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


def notebook(source: Any, *, height: int = 640, **kw) -> NotebookView:
    """The view as an object Jupyter shows inline: `spacegraph.view.notebook(g)` in a cell
    (`g` an rdflib graph, a `Store` or a graph file's path)."""
    return NotebookView(render(source, **kw), height=height)
