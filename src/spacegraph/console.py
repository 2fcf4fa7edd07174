"""What the command line shows on a terminal: one line for an error (`handled`), progress
bars, Ctrl-C and SIGTERM as one line, dates as options, and where a command reads and
writes graphs (`graph_source`, `output_format`). `cli.py` holds the commands."""
from __future__ import annotations

import contextlib
import functools
import signal
import sys
import threading
from collections.abc import Callable
from datetime import date
from typing import NoReturn, TypeVar

import click

from . import formats

T = TypeVar("T")


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr and a non-zero exit: never a traceback for bad input."""
    click.echo(f"spacegraph: {message}", err=True)
    sys.exit(code)


def closed_stdout() -> NoReturn:
    """The reader of stdout went away (`spacegraph build ... | head -1`): stop quietly, as
    Unix tools do (exit 141, 128 + SIGPIPE), and keep Python from complaining at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout is no file (a test's capture)
        pass
    sys.exit(141)


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or exc.__class__.__name__


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2024-11-20", param, ctx)


class Interrupted(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so every `finally` (temporary files) runs."""


class Main(click.Group):
    """The `spacegraph` group, as the command line runs it (click's test runner calls
    `main` instead, and keeps its process): SIGTERM is raised like Ctrl-C, and a command
    stopped by either exits at once, once its own clean-up has run. Freeing what it had
    read (an rdflib graph of a million triples) took seconds at exit."""

    def __call__(self, *args, **kwargs):
        import os

        def on_term(signum, frame):
            raise Interrupted()

        signal.signal(signal.SIGTERM, on_term)
        try:
            return super().__call__(*args, **kwargs)
        except SystemExit as exc:
            if exc.code in (130, 143):
                for stream in (sys.stdout, sys.stderr):
                    with contextlib.suppress(Exception):
                        stream.flush()
                os._exit(exc.code)
            raise


@contextlib.contextmanager
def interruptible(output: str | None):
    """Ctrl-C or SIGTERM: one line, exit 130 or 143, and the previous output untouched."""
    def on_term(signum, frame):
        raise Interrupted()

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    except KeyboardInterrupt as exc:
        what = "terminated" if isinstance(exc, Interrupted) else "interrupted"
        kept = f"; {output} left as it was" if output else ""
        click.echo(f"spacegraph: {what}{kept}", err=True)
        sys.exit(143 if isinstance(exc, Interrupted) else 130)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def at_once(work: Callable[[], T]) -> T:
    """`work()`, a long call into Oxigraph (which Ctrl-C cannot stop: Python raises
    KeyboardInterrupt only once the call returns), in a thread while this one waits in
    short steps, so that Ctrl-C is raised here at once. For the command line only: the
    process then exits (`Main`) and the thread with it, so a transaction it had begun is
    never committed; from Python, the thread would go on."""
    result: list = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # noqa: BLE001 - raised again below, in this thread
            errors.append(exc)

    thread = threading.Thread(target=run, name="spacegraph-work", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.05)
    if errors:
        raise errors[0]
    return result[0]


def stderr_is_a_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Bar:
    """A progress line on stderr: count, share, rate and time left, drawn at most
    `per_second` times a second (a redraw for each of 2,000 articles was 316 KB of escape
    codes). Rate and time left count from the first item done, not from the start, so a
    slow start (loading spaCy's model) does not make a short run look long."""

    def __init__(self, label: str, total: int, file=None, clock=None, per_second: float = 4.0) -> None:
        import time

        self.label, self.total, self.file = label, total, file or sys.stderr
        self.clock = clock or time.monotonic
        self.gap = 1.0 / per_second
        self.done = 0
        self.first: tuple[float, int] | None = None  # when the first item was done, and how many then
        self.drawn = -1.0
        self.draws = 0

    def tick(self, n: int) -> None:
        self.done += n
        now = self.clock()
        if self.first is None:
            self.first = (now, self.done)
        if now - self.drawn >= self.gap or self.done >= self.total:
            self.draw(now)

    def text(self, now: float) -> str:
        share = f"{min(self.done / self.total, 1):4.0%}" if self.total else ""
        line = f"{self.label}  {self.done:,}/{self.total:,}  {share}"
        if self.first is not None and now > self.first[0] and self.done > self.first[1]:
            rate = (self.done - self.first[1]) / (now - self.first[0])
            left = max(self.total - self.done, 0) / rate
            line += f"  {rate:,.0f}/s  {int(left) // 60}:{int(left) % 60:02d} left"
        return line

    def draw(self, now: float) -> None:
        self.drawn = now
        self.draws += 1
        self.file.write("\r" + self.text(now).ljust(60))
        self.file.flush()

    def close(self) -> None:
        if self.draws:
            self.draw(self.clock())
            self.file.write("\n")
            self.file.flush()


@contextlib.contextmanager
def progress(show: bool, label: str, total):
    """A progress bar on stderr (`Bar`), or nothing: yields `tick(n)`, or None."""
    length = total() if show else None
    if not length:  # not shown, or stdin: no count to show progress against
        yield None
        return
    bar = Bar(label, length)
    try:
        yield bar.tick
    finally:
        bar.close()


def _expected() -> tuple[type[Exception], ...]:
    """spacegraph's own errors: bad input, a refused server, an output that cannot be
    written, a malformed data file; each message says what, in words (imported only when one is raised)."""
    from .analysis import ExportError
    from .cluster import ClusterError
    from .evaluate import EvaluateError
    from .pipeline import SetupError
    from .query import QueryError
    from .read import ReadError
    from .remote import RemoteError
    from .serialize import OutputError
    from .server import ServerError
    from .store import StoreError
    from .streams import InputError
    from .validate import LoadError
    from .view import ViewError

    return (ReadError, OutputError, LoadError, ViewError, QueryError, StoreError, RemoteError,
            ServerError, ExportError, EvaluateError, ClusterError, InputError, SetupError)


def handled(where: str | None = None, *, also: tuple[type[Exception], ...] = (), suffix: str = "",
            interrupted: str = "interrupted"):
    """The one error handler, around each command: spacegraph's errors (and `also`) are one
    line on stderr and exit 1; an OSError names its file (else the value of the command's
    parameter `where`) and the system's reason, then `suffix`; Ctrl-C says `interrupted`
    and exits 130 (SIGTERM: 'terminated', 143). Anything else is a bug, and its traceback
    is shown."""
    def wrap(command):
        @functools.wraps(command)
        def run(*args, **kwargs):
            try:
                return command(*args, **kwargs)
            except Interrupted:
                fail(interrupted.replace("interrupted", "terminated", 1), 143)
            except KeyboardInterrupt:
                fail(interrupted, 130)
            except BrokenPipeError:
                closed_stdout()
            except OSError as exc:
                place = exc.filename or (kwargs.get(where) if where else None) or "-"
                fail(f"{place}: {exc.strerror or one_line(exc)}{suffix}")
            except Exception as exc:
                if isinstance(exc, _expected() + also):
                    fail(one_line(exc))
                raise

        return run

    return wrap


def check_store(store_dir: str) -> None:
    """A store folder that a command reads or changes: one line and exit 1 when it is
    missing, empty or holds other files; nothing is ever created in it."""
    import os

    from .store import StoreError, check_folder

    if not os.path.exists(store_dir):
        fail(f"{store_dir}: no such store directory (`spacegraph load ... --store {store_dir}` makes one)")
    try:
        check_folder(store_dir)
    except StoreError as exc:
        fail(one_line(exc))


def output_format(output: str | None, name: str | None):
    """The graph format to write: `--format NAME`, else the extension of `-o`; Turtle on stdout."""
    from .serialize import check_target
    from .streams import STDIO, graph_format

    if output in (None, STDIO):
        return graph_format(STDIO, name or "ttl").rdf
    check_target(output)
    if name is None:
        return graph_format(output, what="output").rdf
    by_suffix = formats.for_path(output)
    if by_suffix is not None and by_suffix.name != name and name not in by_suffix.aliases:
        fail(f"{output}: the extension says {by_suffix.name}, --format says {name}", 2)
    return graph_format(output, name).rdf


@contextlib.contextmanager
def graph_source(graph: str | None, store_dir: str | None, in_format: str | None):
    """Where a reading command reads from: a graph file, `-` (stdin) or a store folder,
    as a path (`streams.graph_input`); exit 2 when none or both are given."""
    from .streams import graph_input

    if bool(graph) == bool(store_dir):
        fail("give a graph file (- for stdin) or --store DIR", 2)
    if store_dir:
        check_store(store_dir)
        yield store_dir
        return
    with graph_input(str(graph), in_format) as path:
        yield str(path)


# --- options and arguments the query commands share ----------------------------------------

def limit_options(command):
    """--timeout, --max-memory and --allow-remote, handed to the command as `limits`
    (`sandbox.Limits`)."""
    @click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
                  help="Stop a query after this many seconds.")
    @click.option("--max-memory", type=click.IntRange(min=16), default=1024, show_default=True,
                  metavar="MB", help="Stop a query that needs more memory than this.")
    @click.option("--allow-remote", is_flag=True, help="Let SERVICE and LOAD fetch other URLs (refused without it).")
    @functools.wraps(command)
    def run(*args, timeout, max_memory, allow_remote, **kwargs):
        from .sandbox import Limits

        return command(*args, limits=Limits(timeout, max_memory, allow_remote), **kwargs)

    return run


def query_args(args: list[str], store_dir, endpoint, query_file, named) -> tuple[str | None, str | None]:
    """(the graph file or store to ask, the SPARQL text given) from `query`'s arguments;
    exit 2 when they do not fit together."""
    from .remote import RemoteError, check_url

    if store_dir and endpoint:
        fail("give either --store or --endpoint", 2)
    source = store_dir
    if not store_dir and not endpoint:
        if not args:
            fail("give a graph file, --store DIR or --endpoint URL", 2)
        source = args.pop(0)
    if len(args) > 1:
        fail(f"unexpected argument {args[1]!r}", 2)
    given = [x for x in (args[0] if args else None, query_file, named) if x]
    if len(given) != 1:
        fail("give exactly one of a SPARQL query, -f FILE or --named NAME", 2)
    if endpoint:
        try:
            check_url(endpoint)  # http(s), and no password on the command line
        except RemoteError as exc:
            fail(one_line(exc), 2)
    return source, args[0] if args else None
