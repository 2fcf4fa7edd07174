"""A second writer on a store that another process holds: one clear line, exit 1, and
the store unchanged."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import COMMAND, changed_trig, free_port, run, snapshot, wait_for


IN_USE = "the store is in use by another process"


def second_writer_is_refused(db: Path, tmp_path: Path) -> None:
    for args in (["load", changed_trig(tmp_path), "--store", db],
                 ["remove", "--store", db, "sgr:article/nasa-jaxa-9f8e7d6c5b"],
                 ["query", "--store", db, "ASK {}"]):
        r = run(*args)
        assert r.exit_code == 1, (args, r.output)
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.startswith(f"spacegraph: {db}: {IN_USE}"), r.stderr


def test_load_while_spacegraph_serve_holds_the_store(tmp_path, trig_file):
    db = tmp_path / "db"
    assert run("load", trig_file, "--store", db).exit_code == 0
    before = snapshot(db)
    port = free_port()
    serve = subprocess.Popen([*COMMAND, "serve", "--store", str(db), "--port", str(port)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/query", serve, "spacegraph serve", serve.stderr.read)
        second_writer_is_refused(db, tmp_path)
    finally:
        serve.send_signal(signal.SIGTERM)  # the store is released
        code = serve.wait(timeout=20)
    assert code == 143
    assert snapshot(db) == before  # unchanged, and free again
    assert run("load", changed_trig(tmp_path), "--store", db).exit_code == 0


def test_load_while_a_python_process_holds_the_store(tmp_path, trig_file):
    db = tmp_path / "db"
    assert run("load", trig_file, "--store", db).exit_code == 0
    before = snapshot(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, spacegraph; s = spacegraph.open(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")})
    try:
        assert holder.stdout.readline().strip() == "open"
        second_writer_is_refused(db, tmp_path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)
    assert snapshot(db) == before
