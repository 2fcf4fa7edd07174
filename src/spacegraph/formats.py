"""The formats spacegraph reads and writes: one table, as rdflib registers a plugin once.

Each `Format` says what it is called on the command line (`--format ttl`), which file
extensions it goes by, and which library reads and writes it. The command line's
choices and help texts, the writer (`serialize`), the store, `query` and `validate` all
look formats up here, so a new format is one `register(Format(...))`:

    >>> register(Format("n3", "graph", "N3", (".n3",), rdf=ox.RdfFormat.N3, rdflib="n3"))

Kinds: "graph" (RDF files: `build -o`, `load`, `validate`, `view`, `stats`, `query`'s
CONSTRUCT results), "results" (SPARQL SELECT/ASK results: `query --format`), "export"
(`export --to`).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    """One format. `suffixes`: the file extensions it goes by (the first is written);
    `rdf`/`results`: oxigraph's format; `rdflib`: rdflib's parser; `prefixes`: written
    with the graph's prefixes (`agency:isro`); `aliases`: other names for `--format`;
    `writer(graph, file)`: writes a networkx graph (an export format; without one, the
    export is a folder of CSV files)."""

    name: str
    kind: str
    title: str
    suffixes: tuple[str, ...] = ()
    rdf: ox.RdfFormat | None = None
    results: ox.QueryResultsFormat | None = None
    rdflib: str | None = None
    prefixes: bool = False
    aliases: tuple[str, ...] = ()
    writer: Callable[[Any, BinaryIO], None] | None = None

    @property
    def datasets(self) -> bool:
        """Holds named graphs (one per article), rather than the union of their triples."""
        return bool(self.rdf and self.rdf.supports_datasets)


REGISTRY: list[Format] = []


def register(fmt: Format) -> Format:
    """Add a format (or replace the one of the same kind and name)."""
    REGISTRY[:] = [f for f in REGISTRY if (f.kind, f.name) != (fmt.kind, fmt.name)]
    REGISTRY.append(fmt)
    return fmt


def of_kind(kind: str) -> list[Format]:
    return [f for f in REGISTRY if f.kind == kind]


def named(name: str, kind: str) -> Format | None:
    """The format of this kind called `name` (or one of its aliases)."""
    return next((f for f in of_kind(kind) if name == f.name or name in f.aliases), None)


def for_path(path: str | Path, kind: str = "graph") -> Format | None:
    """The format a file's extension names, if any."""
    suffix = Path(path).suffix.lower()
    return next((f for f in of_kind(kind) if suffix in f.suffixes), None)


def for_rdf(rdf: ox.RdfFormat) -> Format | None:
    return next((f for f in of_kind("graph") if f.rdf == rdf), None)


def suffixes(kind: str = "graph") -> list[str]:
    """Every extension of the formats of this kind, in the order of the table."""
    return [s for f in of_kind(kind) for s in f.suffixes]


def names(kind: str) -> list[str]:
    return [f.name for f in of_kind(kind)]


def graph_prefixes(fmt: ox.RdfFormat) -> dict[str, str] | None:
    """The prefixes to write a graph in `fmt` with (None: the format has no use for them)."""
    found = for_rdf(fmt)
    if found is None or not found.prefixes:
        return None
    from .vocab import prefixes

    return prefixes()


def _networkx(name: str) -> Callable[[Any, BinaryIO], None]:
    """networkx's `write_NAME`, imported when an export runs."""
    def write(graph: Any, fh: BinaryIO) -> None:
        getattr(importlib.import_module("networkx"), f"write_{name}")(graph, fh)

    return write


def _gexf(graph: Any, fh: BinaryIO) -> None:
    """networkx's GEXF without the `lastmodifieddate` it stamps with today's date, so the
    same graph gives the same bytes (GEXF makes the date optional)."""
    import io
    import re

    buf = io.BytesIO()
    importlib.import_module("networkx").write_gexf(graph, buf)
    fh.write(re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1))


for _fmt in (
    Format("ttl", "graph", "Turtle", (".ttl",), rdf=ox.RdfFormat.TURTLE, rdflib="turtle", prefixes=True,
           aliases=("turtle",)),
    Format("nt", "graph", "N-Triples", (".nt",), rdf=ox.RdfFormat.N_TRIPLES, rdflib="nt", aliases=("ntriples",)),
    Format("nq", "graph", "N-Quads", (".nq",), rdf=ox.RdfFormat.N_QUADS, rdflib="nquads", aliases=("nquads",)),
    Format("trig", "graph", "TriG", (".trig",), rdf=ox.RdfFormat.TRIG, rdflib="trig", prefixes=True),
    Format("jsonld", "graph", "JSON-LD", (".jsonld",), rdf=ox.RdfFormat.JSON_LD, rdflib="json-ld"),
    Format("xml", "graph", "RDF/XML", (".rdf", ".owl"), rdf=ox.RdfFormat.RDF_XML, rdflib="xml",
           aliases=("rdfxml",)),
    Format("n3", "graph", "N3", (".n3",), rdf=ox.RdfFormat.N3, rdflib="n3", prefixes=True),
    Format("table", "results", "an aligned text table"),
    Format("csv", "results", "SPARQL CSV", results=ox.QueryResultsFormat.CSV),
    Format("tsv", "results", "SPARQL TSV", results=ox.QueryResultsFormat.TSV),
    Format("json", "results", "SPARQL JSON", results=ox.QueryResultsFormat.JSON),
    Format("xml", "results", "SPARQL XML", results=ox.QueryResultsFormat.XML),
    Format("graphml", "export", "GraphML, one file OUT", (".graphml",), writer=_networkx("graphml")),
    Format("gexf", "export", "GEXF, one file OUT", (".gexf",), writer=_gexf),
    Format("csv", "export", "a folder OUT (created when missing) holding nodes.csv (id,label,cls,classes) "
                            "and edges.csv (source,target,property,label)"),
):
    register(_fmt)
