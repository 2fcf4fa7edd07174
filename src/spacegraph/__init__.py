"""spacegraph: knowledge graphs from space-exploration news.

    >>> import spacegraph
    >>> extractions = spacegraph.build(["examples/isro-esa-human-spaceflight.txt"])
    >>> spacegraph.write(extractions, "graph.ttl")
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .model import Extraction


def build(inputs: Iterable[str], **options) -> list["Extraction"]:
    """Read and extract every article named by `inputs` (files, folders, globs)."""
    from . import pipeline

    return list(pipeline.extract(pipeline.articles(inputs, **options)))


def write(extractions, out, fmt=None) -> None:
    """Write extractions as RDF; the format follows the file's extension."""
    from . import pipeline

    pipeline.write(extractions, out, fmt)


def to_networkx(graph):
    """The things of an rdflib graph and the facts between them as a networkx
    MultiDiGraph (see `spacegraph.analysis`); provenance, articles and mentions left out."""
    from .analysis import to_networkx as convert

    return convert(graph)


def open(location=None):  # noqa: A001 - `spacegraph.open(...)`, like `shelve.open`
    """A `Store`: an on-disk store directory (created when missing) or a graph file read
    into memory; `.query(sparql, **params)`, `.named(name, **params)`, `.load(...)`,
    `.remove(iri)`, `.to_rdflib()`."""
    from .store import Store

    return Store.open(location)
