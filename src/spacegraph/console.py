"""What the command line shows on a terminal: one line for an error, progress bars,
Ctrl-C and SIGTERM as one line, and dates as options. `cli.py` holds the commands."""
from __future__ import annotations

import contextlib
import signal
import sys
import threading
from datetime import date
from typing import NoReturn

import click


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr and a non-zero exit: never a traceback for bad input."""
    click.echo(f"spacegraph: {message}", err=True)
    sys.exit(code)


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


def stderr_is_a_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def progress(show: bool, label: str, total):
    """A progress bar on stderr (count, rate, time left), or nothing: yields `tick(n)`."""
    if not show:
        yield None
        return
    import time

    length = total()
    if not length:  # stdin: no count to show progress against
        yield None
        return
    start = time.monotonic()
    done = [0]

    def rate(_item) -> str:
        elapsed = time.monotonic() - start
        return f"{done[0] / elapsed:,.0f}/s" if elapsed > 0 and done[0] else ""

    with click.progressbar(length=length or 0, label=label, file=sys.stderr, show_eta=True,
                           show_pos=True, item_show_func=rate) as bar:
        def tick(n: int) -> None:
            done[0] += n
            bar.update(n)

        yield tick
