"""Write quads to a file or stream: format from the extension (`formats`), sorted, atomic."""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from . import formats


class OutputError(ValueError):
    """The output cannot be written as asked."""


def format_for(path: str | Path) -> ox.RdfFormat:
    """The graph format the file's extension names (see `formats`)."""
    found = formats.for_path(path)
    if found is None or found.rdf is None:
        raise OutputError(f"{path}: unknown output format '{Path(path).suffix.lower()}' "
                          f"(use {', '.join(formats.suffixes())})")
    return found.rdf


def arrange(quads: Iterable[ox.Quad], fmt: ox.RdfFormat) -> list:
    """Deduplicated and sorted, so the same input always gives the same bytes: by graph,
    subject, predicate and object as N-Triples write them (the order of their lines, so
    a streaming build sorts its lines as they are).

    Triple formats hold the union of the articles' graphs.
    """
    if fmt.supports_datasets:
        return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def check_target(path: str | Path) -> None:
    """Raise `OutputError` when a file cannot be written at `path`, before any work is done."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name such as {path / 'graph.ttl'}")
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"{path}: no such folder {parent}")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: folder {parent} is not writable")


def write(quads: Iterable[ox.Quad], out: str | Path | BinaryIO, fmt: ox.RdfFormat) -> None:
    """Write to a stream, or to a path through a temporary file renamed into place
    (see `target`)."""
    data = arrange(quads, fmt)
    with target(out) as fh:
        ox.serialize(data, fh, fmt, prefixes=formats.graph_prefixes(fmt))


@contextlib.contextmanager
def target(out: str | Path | BinaryIO) -> Iterator[BinaryIO]:
    """A binary file to write the output to: the stream itself, or for a path a
    temporary file renamed into place when the block ends without an error.

    A path is only ever replaced whole: the graph goes to `.NAME.XXXX.part` in the same
    folder, is flushed to disk, and renamed over NAME. On any failure or interruption
    (a full disk, Ctrl-C) the temporary file is removed and NAME is left as it was; the
    error is an `OSError` whose `filename` is NAME.
    """
    if not isinstance(out, (str, Path)):
        yield out
        return
    path = Path(out)
    check_target(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb", buffering=1 << 20) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():  # keep the permissions of the file replaced
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
