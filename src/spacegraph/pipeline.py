"""The build: articles in, quads out, one article at a time."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from . import graph, read, serialize
from .extract import Extractor
from .model import Article, Extraction


class ExtractError(read.ReadError):
    """Extraction failed on one article (a bug in spacegraph, not in the article)."""


def articles(inputs: Iterable[str], *, title: str | None = None, url: str | None = None,
             published: date | None = None,
             on_error: Callable[[read.ReadError], None] | None = None,
             max_bytes: int = read.MAX_BYTES) -> Iterator[Article]:
    """Read every input, in the order of their paths (see `read.expand`); a bad one is
    passed to `on_error` (and skipped) or raised."""
    for path in read.expand(list(inputs), on_error):
        try:
            for article in read.read_path(path, max_bytes, on_error):
                yield read.with_metadata(article, title, url, published)
        except read.ReadError as exc:
            if on_error is None:
                raise
            on_error(exc)


def extract(items: Iterable[Article], extractor: Extractor | None = None,
            on_error: Callable[[read.ReadError], None] | None = None) -> Iterator[Extraction]:
    """Extractions of the articles; with `on_error`, an article extraction fails on is
    passed to it as an `ExtractError` (and skipped) instead of stopping the build."""
    for article in items:
        extractor = extractor or shared_extractor()  # not built when nothing could be read
        if on_error is None:
            yield extractor(article)
            continue
        try:
            result = extractor(article)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
            on_error(ExtractError(f"{article.source}: extraction failed ({type(exc).__name__}: "
                                  f"{' '.join(str(exc).split())[:200]}); please report this bug"))
            continue
        yield result


@functools.lru_cache(maxsize=1)
def shared_extractor() -> Extractor:
    """One `Extractor` per process: building one takes about a second."""
    return Extractor()


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
