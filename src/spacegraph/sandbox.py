"""Queries run where a hostile one cannot hurt: checked before any parser sees them, then
evaluated in a child process with a time limit and a memory limit.

Why a child process: Oxigraph's query evaluation cannot be interrupted from Python (it
runs in Rust, away from the signal handlers), its parser overflows the stack on a few
thousand nested groups (the process dies with SIGSEGV, nothing to catch), and a cross
product sorted by ORDER BY grows by hundreds of MB a second. A forked child shares the
store's memory copy-on-write (an in-memory store too), starts in a few milliseconds, can
be killed at the deadline or on Ctrl-C, and dies alone when it overruns its memory: the
caller gets one line saying which limit stopped the query. `spacegraph query`, the Python
API (`Store.query`) and `spacegraph serve` all go through `run`.

Before the parser: `check` refuses queries nested deeper than `DEPTH` brackets, with more
than `CHAIN` chained UNION / || / && (each adds a level to the tree the parser builds),
and, unless allowed, SERVICE and LOAD, which make the store fetch any URL.
"""
from __future__ import annotations

import faulthandler
import io
import math
import os
import re
import select
import signal
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

import pyoxigraph as ox

from .query import QueryError

DEPTH = 100  # Oxigraph's parser crashes between 2,000 and 2,500 nested groups; real queries nest < 10
CHAIN = 1000  # 20,000 chained UNIONs or ||s crash it; 2,000 do not


@dataclass(frozen=True)
class Limits:
    """What one query may take: seconds, MB of memory beyond the process's own, and
    whether SERVICE / LOAD may reach other servers."""

    timeout: float = 10.0
    memory_mb: int = 1024
    allow_remote: bool = False


#: Held around every fork: a writer in this process holds it too, so no child is forked
#: while the store is half-way through a change (its locks held by the writing thread).
FORK_LOCK = threading.Lock()


class LimitError(QueryError):
    """A query was stopped by a limit (time, memory); the message is one line."""


class Refused(LimitError):
    """A query was refused before it ran (`check`)."""


TOKEN = re.compile(  # a query's tokens: what `check` counts, and server.where_clauses reads
    r'''(?P<comment>\#[^\n]*)
      | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\s]*>)
      | (?P<open>[{(\[])
      | (?P<close>[})\]])
      | (?P<chain>\|\||&&|(?<![\w:?$])UNION(?![\w:]))
      | (?P<remote>(?<![\w:?$])(?:SERVICE|LOAD)(?![\w:]))
      | (?P<other>[A-Za-z0-9_:?$.-]+|.)''',
    re.X | re.I | re.S,
)


def check(text: str, limits: Limits = Limits(), where: str = "query") -> None:
    """Refuse, before any parser runs, what would crash it or reach the network; strings,
    IRIs and comments are skipped, so only the query's own syntax counts."""
    depth = deepest = chain = 0
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth -= 1
        elif kind == "chain":
            chain += 1
        elif kind == "remote" and not limits.allow_remote:
            raise Refused(f"{where}: {m.group().upper()} is refused: it would make the store fetch "
                             "another URL (allowed only with --allow-remote)")
    if deepest > DEPTH:
        raise Refused(f"{where}: nested {deepest} deep; at most {DEPTH} levels of brackets are accepted")
    if chain > CHAIN:
        raise Refused(f"{where}: {chain} chained UNION, || or && operators; at most {CHAIN} are accepted")


# --- results across the pipe ---------------------------------------------------------------

def pack(results, select_format: ox.QueryResultsFormat = ox.QueryResultsFormat.JSON,
         graph_format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
    """Query results as bytes: b'S' and a SPARQL results document (SELECT, ASK), or b'G'
    and triples (CONSTRUCT, DESCRIBE)."""
    out = io.BytesIO()
    if isinstance(results, (ox.QuerySolutions, ox.QueryBoolean)):
        out.write(b"S")
        results.serialize(out, select_format)
    else:
        out.write(b"G")
        ox.serialize(results, out, graph_format)
    return out.getvalue()


class Triples:
    """CONSTRUCT / DESCRIBE results read back: iterate the triples, or `serialize` them
    as pyoxigraph's QueryTriples do."""

    def __init__(self, triples: list[ox.Triple]):
        self._triples = iter(triples)

    def __iter__(self) -> "Triples":
        return self

    def __next__(self) -> ox.Triple:
        return next(self._triples)

    def serialize(self, output=None, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES):  # noqa: A002 - as pyoxigraph
        return ox.serialize(self, output, format)


def unpack(data: bytes):
    """What `pack` wrote (in its default formats), as pyoxigraph results again."""
    if data[:1] == b"S":
        return ox.parse_query_results(data[1:], ox.QueryResultsFormat.JSON)
    return Triples([q.triple for q in ox.parse(data[1:], ox.RdfFormat.N_TRIPLES)])


# --- the child process ---------------------------------------------------------------------

STUCK = 0.5  # seconds a child may go without using any CPU before its first answer: then it is hung
FORKS = 3  # children tried for one query before a hung one is reported


class _Hung(Exception):
    """The child used no CPU for `STUCK` seconds before its first answer: it was forked while
    another thread of this process held a lock (the allocator's, a library's), and waits for
    it forever."""


def run(work: Callable[[], bytes], limits: Limits = Limits(), where: str = "query") -> bytes:
    """`work()` in a forked child under `limits`; returns its bytes. An exception in it
    is raised here as a QueryError with its message; a child that overruns the time,
    crashes or outgrows its memory is killed, and LimitError says which. Ctrl-C here
    kills the child at once. A child that hangs before it starts is replaced."""
    for _ in range(FORKS):
        try:
            return _run_once(work, limits, where)
        except _Hung:
            continue
    raise LimitError(f"{where}: the query process hung {FORKS} times before it started; try again")


def _run_once(work: Callable[[], bytes], limits: Limits, where: str) -> bytes:
    pid, read_end = forked(lambda out: _child(work, out, limits))
    data, status = reaped(pid, read_end, lambda fd: _collect(fd, pid, limits, where))
    return _outcome(data, status, limits, where)


def forked(child: Callable[[int], NoReturn]) -> tuple[int, int]:
    """A forked child that runs `child(fd)`, `fd` the write end of a pipe to this process
    (`child` ends in `os._exit`); here, the child's pid and the pipe's read end. The write
    end lives in this process only inside FORK_LOCK: a child another thread forked meanwhile
    would inherit it and hold the pipe open, and this reader would wait for that child."""
    with FORK_LOCK, warnings.catch_warnings():  # Python 3.12+ warns when threads exist: the
        warnings.simplefilter("ignore", DeprecationWarning)  # child only works, writes, _exits
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except BaseException:
            os.close(read_end)
            os.close(write_end)
            raise
        if pid == 0:
            os.close(read_end)
            child(write_end)
        os.close(write_end)
    return pid, read_end


def reaped(pid: int, read_end: int, collect: Callable[[int], bytes]) -> tuple[bytes, int]:
    """What `collect(read_end)` reads of the child `pid` writes, and its exit status once
    it is gone; if collecting fails (a limit, Ctrl-C), the child is killed. The pipe is closed."""
    done = False
    try:
        data = collect(read_end)
        _, status = os.waitpid(pid, 0)
        done = True
    finally:
        os.close(read_end)
        if not done:
            kill(pid)
    return data, status


def write_all(fd: int, data: bytes) -> None:
    """All of `data` to `fd`, however many writes that takes (a pipe takes 64 KB at a time)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _child(work: Callable[[], bytes], out: int, limits: Limits) -> NoReturn:
    """Run `work` and write b'R' + its bytes (or b'E' + an error's line) to `out`; never returns."""
    code = 70
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent kills us; never a KeyboardInterrupt
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        faulthandler.disable()  # a crash here is for the parent to report, not to trace
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)  # Rust's "memory allocation failed" is for the parent to say, in one line
        _limit(limits)
        try:
            body = b"R" + work()
        except Exception as exc:  # noqa: BLE001 - its message goes to the parent
            body = b"E" + (" ".join(str(exc).split()) or exc.__class__.__name__).encode("utf-8", "replace")
        write_all(out, body)
        code = 0
    finally:
        os._exit(code)


def _limit(limits: Limits) -> None:
    """CPU seconds (a backstop if the parent is gone) and address space for the child."""
    import resource

    cpu = math.ceil(limits.timeout) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            size = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # no /proc (macOS): no address-space limit there
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = size + limits.memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (want if hard == resource.RLIM_INFINITY else min(want, hard), hard))


def _collect(fd: int, pid: int, limits: Limits, where: str) -> bytes:
    """The child's bytes until it closes the pipe; LimitError at the deadline or past the
    size limit, _Hung if it sits without CPU (the child is killed by `run`)."""
    busy = (time.monotonic(), _cpu_ticks(pid))  # when the child last used CPU, and how much it had
    deadline = busy[0] + limits.timeout
    chunks: list[bytes] = []
    size, cap = 0, limits.memory_mb * 2**20
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise LimitError(f"{where}: stopped after {limits.timeout:g} s, the time limit")
        ready, _, _ = select.select([fd], [], [], min(left, STUCK / 4))
        if not ready:
            ticks = _cpu_ticks(pid)
            if ticks is None or ticks != busy[1]:
                busy = (time.monotonic(), ticks)
            elif not size and time.monotonic() - busy[0] > STUCK:
                raise _Hung()
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > cap:
            raise LimitError(f"{where}: the results are larger than {limits.memory_mb} MB, the memory limit")
        chunks.append(chunk)


def _cpu_ticks(pid: int) -> int | None:
    """User and system CPU ticks the process has used (None where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rpartition(")")[2].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])


def kill(pid: int) -> None:
    """Kill a child process at once and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _outcome(data: bytes, status: int, limits: Limits, where: str) -> bytes:
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        if data[:1] == b"R":
            return data[1:]
        raise QueryError(data[1:].decode("utf-8", "replace"))
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        raise LimitError(f"{where}: stopped after {limits.timeout:g} s, the time limit")
    how = (f"signal {signal.Signals(os.WTERMSIG(status)).name}" if os.WIFSIGNALED(status)
           else f"exit code {os.WEXITSTATUS(status)}")
    raise LimitError(f"{where}: the query's process died ({how}): it needed more than "
                     f"{limits.memory_mb} MB, the memory limit, or more stack than there is")
