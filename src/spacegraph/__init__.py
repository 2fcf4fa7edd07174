"""spacegraph: knowledge graphs from space-exploration news.

    >>> import spacegraph
    >>> extractions = spacegraph.build("examples/isro-esa-human-spaceflight.txt")
    >>> spacegraph.write(extractions, "graph.ttl")
    >>> spacegraph.write(extractions, io.BytesIO(), "nq")
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .model import Extraction


def build(inputs: str | os.PathLike | Iterable[str | os.PathLike], **options) -> list["Extraction"]:
    """Read and extract every article named by `inputs`: a path (file, folder, glob) or
    several."""
    from . import pipeline

    paths = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    return list(pipeline.extract(pipeline.articles([os.fspath(p) for p in paths], **options)))


def write(extractions, out, fmt=None) -> None:
    """Write extractions as RDF to a path or a binary stream; the format is `fmt` (a
    name such as "ttl" or "nq", see `spacegraph.formats`) or follows the file's extension."""
    from . import pipeline

    pipeline.write(extractions, out, fmt)


def to_networkx(graph):
    """The things of a graph and the facts between them as a networkx MultiDiGraph (see
    `spacegraph.analysis`): the graph is a file's path, a store (or its directory), an rdflib
    graph, or extractions. Provenance, articles and mentions are left out."""
    from .analysis import to_networkx as convert

    return convert(graph)


def open(location=None):  # noqa: A001 - `spacegraph.open(...)`, like `shelve.open`
    """A `Store`: an on-disk store directory (created when missing) or a graph file read
    into memory; `.query(sparql, **params)`, `.named(name, **params)`, `.load(...)`,
    `.remove(iri)`, `.to_rdflib()`."""
    from .store import Store

    return Store.open(location)
