"""Bulk loads (`Store.bulk_load`): a graph file into an empty Oxigraph store at the speed of
its bulk loader, the graphs and their deduplicated union side by side (`fill`), and, into a
store folder, in a child process (`in_child`).

Why a child process: Oxigraph's bulk loader runs in Rust until the whole file is in (a
minute for 10 M quads), away from Python's signal handlers, and it is not one transaction:
what it wrote stays. A forked child starts in milliseconds and can be killed at once on
Ctrl-C or SIGTERM, while this process, which holds no handle on the store meanwhile, waits
in short steps; `Store.bulk_load` then puts the store back as it was.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import re
import select
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pyoxigraph as ox

from . import sandbox

_TERM = rb'(?:<[^>]*>|_:[^ ]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)'
_NQ_LINE = re.compile(rb"(" + _TERM + rb" " + _TERM + rb" " + _TERM + rb")(?: <[^>]*>)? \.")  # an N-Quads line
STOPS = {signal.SIGINT, signal.SIGTERM}  # what stops a load: the child never sees them, its parent kills it
STEP = 0.05  # seconds between two looks at Ctrl-C while the child loads


# --- the load --------------------------------------------------------------------------------

def fill(inner: ox.Store, path: Path, fmt: ox.RdfFormat, graph: ox.NamedNode, chunk: int = 64 << 20) -> None:
    """Load a graph file into an empty store: its graphs natively (a file of triples into
    `graph`) and their union in the default graph (for N-Quads, the same lines without
    their graph name, cut while the graphs load)."""
    if fmt == ox.RdfFormat.N_QUADS:
        _beside(lambda: inner.bulk_load(path=str(path), format=fmt),
                lambda: _triples(inner, path, chunk, _nquad_triple))
        return
    if fmt.supports_datasets:
        inner.bulk_load(path=str(path), format=fmt)
    else:
        inner.bulk_load(path=str(path), format=fmt, to_graph=graph)
    inner.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in inner
                      if not isinstance(q.graph_name, ox.DefaultGraph))


def union(inner: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    """Only the union of a graph file's graphs, in the default graph."""
    if fmt == ox.RdfFormat.N_QUADS:
        _triples(inner, path, 8 << 20, _line_triple)
    elif fmt.supports_datasets:
        inner.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt))
    else:
        inner.bulk_load(path=str(path), format=fmt)


def _line_triple(line: bytes) -> bytes | None:
    """The union's line for an N-Quads line, cut to its triple by `_triple_of` (so a bad
    line is still an error); None for a blank line or a comment."""
    text = line.strip()
    return None if not text or text.startswith(b"#") else _triple_of(text)


def _nquad_triple(line: bytes) -> bytes | None:
    """The union's line for an N-Quads line the quad loader read: the graph name cut off
    (the last term is always `<graph>`); None for a blank line or a comment."""
    m = _NQ_LINE.match(line)
    return None if m is None else m.group(1) + b" .\n"


def _triple_of(line: bytes) -> bytes:
    """An N-Quads line (stripped) as an N-Triples line: its graph name, if any, cut off.
    Cut by string search where the line is written as spacegraph and Oxigraph write it (one
    space between terms), else by Oxigraph's parser; a line it cannot read is passed on
    whole, for the N-Triples parser to report."""
    try:
        end = line.index(b"> ", 1) + 2 if line[:1] == b"<" else line.index(b" ") + 1  # after the subject
        end = line.index(b"> ", end) + 2  # after the predicate
        body = line[:-1].rstrip() if line.endswith(b".") else None
        if body is not None:
            cut = body.rfind(b" ")
            last = body[cut + 1:]
            named = cut >= end and b'"' not in last and (last[:1] == b"<" and last[-1:] == b">" or last[:2] == b"_:")
            return (body[:cut] if named else body) + b" .\n"
    except ValueError:
        pass
    try:  # other spacing: Oxigraph reads the line
        t = next(ox.parse(line, ox.RdfFormat.N_QUADS)).triple
        return f"{t.subject} {t.predicate} {t.object} .\n".encode("utf-8")
    except (SyntaxError, StopIteration):
        return line + b"\n"


def _triples(inner: ox.Store, path: Path, chunk: int, triple: Callable[[bytes], bytes | None]) -> None:
    """Bulk-load, as N-Triples and a chunk of `chunk` bytes at a time, the triple that
    `triple` cuts from each line of the file (None: the line holds none)."""
    buf: list[bytes] = []
    size = 0
    with path.open("rb") as fh:
        for line in fh:
            text = triple(line)
            if text is None:
                continue
            buf.append(text)
            size += len(line)
            if size >= chunk:
                inner.bulk_load(input=b"".join(buf), format=ox.RdfFormat.N_TRIPLES)
                buf, size = [], 0
    if buf:
        inner.bulk_load(input=b"".join(buf), format=ox.RdfFormat.N_TRIPLES)


def _beside(first: Callable[[], object], second: Callable[[], object]) -> None:
    """Run `first` in a thread while `second` runs here (Oxigraph's loader releases the
    GIL: the union's lines are cut while the graphs load); re-raise its error."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            first()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            errors.append(exc)

    thread = threading.Thread(target=run, name="spacegraph-bulk-load")
    thread.start()
    try:
        second()
    finally:
        thread.join()
    if errors:
        raise errors[0]


# --- the child process -----------------------------------------------------------------------

class _ChildTraceback(Exception):
    """Where an error came from in the child: shown under a bug's traceback."""


def in_child(work: Callable[[], object]) -> None:
    """`work()` in a forked child, waited for in steps of `STEP` seconds so that Ctrl-C or
    SIGTERM is raised here at once: the child is then killed before it goes on. An error
    in the child is raised here again; a child that dies is a StoreError."""
    parent = os.getpid()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)  # held until the child is known, below
    try:
        pid, read_end = sandbox.forked(lambda out: _child(work, parent, out))
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        raise

    def collect(fd: int) -> bytes:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C that came meanwhile is raised here
        return _read(fd)

    report, status = sandbox.reaped(pid, read_end, collect)
    if report:
        exc, trace = pickle.loads(report)
        raise exc from _ChildTraceback(trace)
    if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
        from .store import StoreError  # here: the store imports this module

        how = (f"signal {signal.Signals(os.WTERMSIG(status)).name}" if os.WIFSIGNALED(status)
               else f"exit code {os.WEXITSTATUS(status)}")
        raise StoreError(f"the bulk load stopped: its process died ({how})")


def _read(fd: int) -> bytes:
    """What the child writes until it exits, read in steps of `STEP` seconds: Python raises
    KeyboardInterrupt between them, whichever thread the signal came to."""
    chunks: list[bytes] = []
    while True:
        if select.select([fd], [], [], STEP)[0]:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def _child(work: Callable[[], object], parent: int, out: int) -> NoReturn:
    """Run `work` and write its error, pickled with its traceback (nothing when it
    succeeds), to `out`; never returns."""
    code = 70
    try:
        for sig in STOPS:
            signal.signal(sig, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)
        _die_with(parent)
        try:
            work()
            report = b""
        except BaseException as exc:  # noqa: BLE001 - raised again in the parent
            report = _pickled(exc)
        sandbox.write_all(out, report)
        code = 0
    finally:
        os._exit(code)


def _pickled(exc: BaseException) -> bytes:
    """The error and its traceback, pickled as Python pickles errors, whatever reducers
    `copyreg` was given for them (tblib's, installed by Dask, rebuild a SyntaxError without
    its message); one that cannot be, as a RuntimeError with its message."""
    import copyreg
    import io
    import traceback

    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    out = io.BytesIO()
    pickler = pickle.Pickler(out)
    pickler.dispatch_table = {t: reduce for t, reduce in copyreg.dispatch_table.items()
                              if not (isinstance(t, type) and issubclass(t, BaseException))}
    try:
        pickler.dump((exc, trace))
    except Exception:  # noqa: BLE001 - an error of a class the parent could not rebuild
        return pickle.dumps((RuntimeError(" ".join(str(exc).split()) or type(exc).__name__), trace))
    return out.getvalue()


def _die_with(parent: int) -> None:
    """Be killed when the parent dies (Linux's PR_SET_PDEATHSIG), so that `kill -9` of the
    command stops its load too; exit at once if it is gone already."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the load runs to its end
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)
