"""Helpers for the reliability tests: run `spacegraph build` as a user would."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from spacegraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"
RAPPER = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig"}
RDFLIB = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}

GOOD = ("ISRO and ESA signed an agreement on human spaceflight in Paris on Saturday.\n"
        "The agreement was signed by ISRO Chairman S. Somanath and ESA Director General Josef Aschbacher.\n")


# `spacegraph` with this interpreter, whether or not the console script is on PATH
COMMAND = [sys.executable, "-c", "import sys; from spacegraph.cli import main; sys.argv[0] = 'spacegraph'; main()"]


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def build(*args: str, input: str | bytes | None = None) -> Run:
    """`spacegraph build ARGS` in this process (click's CliRunner)."""
    result = CliRunner().invoke(main, ["build", *map(str, args)], input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def spacegraph(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
               timeout: float = 120) -> Run:
    """The `spacegraph` command in a subprocess."""
    run = subprocess.run([*COMMAND, *map(str, args)], capture_output=True,
                         text=True, env={**os.environ, **(env or {})}, cwd=cwd, timeout=timeout)
    return Run(run.returncode, run.stdout, run.stderr)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def no_traceback(run: Run) -> None:
    assert "Traceback" not in run.stderr and "Error:" not in run.stderr.split("spacegraph:")[0], run.stderr


def leftovers(folder: Path) -> list[Path]:
    """Temporary files a write left behind."""
    return sorted(p for p in folder.rglob("*") if p.name.endswith(".part"))
