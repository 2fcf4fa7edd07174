"""Write quads to a file or stream: format from the extension, sorted, atomic."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .graph import PREFIXES

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
NAMES = {"turtle": ".ttl", "ntriples": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


class OutputError(ValueError):
    """The output cannot be written as asked."""


def format_for(path: str | Path) -> ox.RdfFormat:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output format '{suffix}' (use {', '.join(FORMATS)})")
    return FORMATS[suffix]


def _key(term) -> tuple[int, str]:
    return (0 if isinstance(term, ox.NamedNode) else 1, str(term))


def arrange(quads: Iterable[ox.Quad], fmt: ox.RdfFormat) -> list:
    """Deduplicated and sorted, so the same input always gives the same bytes.

    Triple formats hold the union of the articles' graphs.
    """
    if fmt.supports_datasets:
        return sorted(set(quads), key=lambda q: (str(q.graph_name), _key(q.subject), str(q.predicate), _key(q.object)))
    return sorted({q.triple for q in quads}, key=lambda t: (_key(t.subject), str(t.predicate), _key(t.object)))


def write(quads: Iterable[ox.Quad], out: str | Path | BinaryIO, fmt: ox.RdfFormat) -> None:
    """Write to a stream, or to a path through a temporary file renamed into place."""
    data = arrange(quads, fmt)
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    if not isinstance(out, (str, Path)):
        ox.serialize(data, out, fmt, prefixes=prefixes)
        return
    path = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            ox.serialize(data, fh, fmt, prefixes=prefixes)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
