"""The build: articles in, quads out, one article at a time."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from . import graph, read, serialize
from .extract import Extractor
from .model import Article, Extraction


def articles(inputs: Iterable[str], *, title: str | None = None, url: str | None = None,
             published: date | None = None,
             on_error: Callable[[read.ReadError], None] | None = None) -> Iterator[Article]:
    """Read every input; a bad one is passed to `on_error` (and skipped) or raised."""
    for path in read.expand(list(inputs)):
        try:
            for article in read.read_path(path):
                yield read.with_metadata(article, title, url, published)
        except read.ReadError as exc:
            if on_error is None:
                raise
            on_error(exc)


def extract(items: Iterable[Article], extractor: Extractor | None = None) -> Iterator[Extraction]:
    extractor = extractor or Extractor()
    for article in items:
        yield extractor(article)


def to_quads(extractions: Iterable[Extraction]) -> list[ox.Quad]:
    """All articles' quads, each thing with one label over all of them."""
    extractions = list(extractions)
    names = graph.labels(extractions)
    return [q for ex in extractions for q in graph.quads(ex, names)]


def write(extractions: Iterable[Extraction], out: str | Path | BinaryIO,
          fmt: ox.RdfFormat | None = None) -> None:
    """Write the graph; the format follows the file's extension unless given."""
    fmt = fmt or serialize.format_for(out)
    serialize.write(to_quads(extractions), out, fmt)
