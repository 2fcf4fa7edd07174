"""Where a command reads a graph from and writes its output to, as Unix tools do: a path,
or `-` for stdin/stdout (the format then comes from `--format`, or, read from stdin, from
the first bytes); and never an output over one of its own inputs.

    >>> with graph_input("-") as path: ...         # stdin spooled to a file named by its format
    >>> with output("-") as fh: fh.write(b"...")    # stdout; a path is replaced whole
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from . import formats
from .serialize import OutputError, target

STDIO = "-"
_NQUADS_LINE = re.compile(rb"^\s*(?:<[^>]*>|_:\S+)\s+<[^>]*>\s+.+\s(?:<[^>]*>|_:\S+)\s*\.\s*$")
_NTRIPLES_LINE = re.compile(rb"^\s*(?:<[^>]*>|_:\S+)\s+<[^>]*>\s+(?:<[^>]*>|_:\S+|\".*)\s*\.\s*$")


class InputError(ValueError):
    """A graph input that cannot be read as asked; the message is one line."""


def graph_format(path: str, name: str | None = None, what: str = "graph") -> formats.Format:
    """The graph format `--format NAME` names, else the one the file's extension names."""
    found = formats.named(name, "graph") if name else formats.for_path(path)
    if found is None or found.rdf is None:
        given = f"--format {name}" if name else (
            f"'{Path(path).suffix.lower()}'" if Path(path).suffix else "no extension")
        raise InputError(f"{path}: unknown {what} format {given} (use --format "
                         f"{'|'.join(formats.names('graph'))}, or a file ending in "
                         f"{' '.join(formats.suffixes('graph'))})")
    return found


def sniff(head: bytes) -> formats.Format:
    """The graph format a document's first bytes show: JSON-LD (`{`, `[`), RDF/XML (`<?xml`,
    `<rdf:RDF`), N-Quads (a first statement with a graph name), else TriG, which reads
    Turtle and N-Triples too."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] in (b"{", b"["):
        return formats.for_path("x.jsonld")  # type: ignore[return-value]
    if text.startswith((b"<?xml", b"<rdf:RDF")):
        return formats.for_path("x.rdf")  # type: ignore[return-value]
    first = next((line for line in text.splitlines() if line.strip() and not line.lstrip().startswith(b"#")), b"")
    if _NQUADS_LINE.match(first) and not _NTRIPLES_LINE.match(first):
        return formats.for_path("x.nq")  # type: ignore[return-value]
    return formats.for_path("x.trig")  # type: ignore[return-value]


@contextlib.contextmanager
def graph_input(path: str, fmt: str | None = None) -> Iterator[Path]:
    """A graph file to read, named by its format's extension (every reader goes by it):
    `path` itself; with `fmt` naming another format, a link to it so named; for `-`,
    stdin copied to such a file (its format `fmt`, else sniffed). Removed afterwards."""
    if path != STDIO:
        found = graph_format(path, fmt)
        if formats.for_path(path) == found:
            yield Path(path)
            return
        if not Path(path).is_file():
            raise InputError(f"{path}: no such file")
    with tempfile.TemporaryDirectory(prefix="spacegraph-input-") as tmp:
        if path != STDIO:
            link = Path(tmp) / f"input{found.suffixes[0]}"
            link.symlink_to(Path(path).resolve())
            with _named(link, path):
                yield link
            return
        stdin = sys.stdin.buffer
        head = stdin.read(65536)
        if not head.strip():
            raise InputError("-: nothing on standard input (pipe a graph in: "
                             "spacegraph build a.txt -o - --format nq | spacegraph stats -)")
        found = graph_format(STDIO, fmt) if fmt else sniff(head)
        spooled = Path(tmp) / f"stdin{found.suffixes[0]}"
        with spooled.open("wb") as fh:
            fh.write(head)
            shutil.copyfileobj(stdin, fh, 1 << 20)
        with _named(spooled, path):
            yield spooled


@contextlib.contextmanager
def _named(stand_in: Path, name: str) -> Iterator[None]:
    """An error that names the stand-in file names what the user gave instead."""
    try:
        yield
    except (ValueError, RuntimeError) as exc:
        if str(stand_in) not in str(exc) or len(exc.args) != 1:
            raise
        raise type(exc)(str(exc).replace(str(stand_in), name)) from None


@contextlib.contextmanager
def output(path: str | Path) -> Iterator[BinaryIO]:
    """The binary file to write to: stdout for `-` (flushed at the end), else `path`
    replaced whole when the block ends without an error (`serialize.target`)."""
    if str(path) == STDIO:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with target(path) as fh:
        yield fh


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (or folder): the same inode, or, for a file not yet
    there, the same absolute path."""
    if STDIO in (str(a), str(b)):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_not_input(out: str | Path | None, inputs: Iterable[str | Path | None], hint: str = "") -> None:
    """Raise `OutputError` when the output would replace one of the command's inputs."""
    if out is None:
        return
    for given in inputs:
        if given is not None and same_file(out, given):
            raise OutputError(f"{out}: is also an input; writing it would replace what is read"
                              f"{hint or ' (give another output file)'}")
