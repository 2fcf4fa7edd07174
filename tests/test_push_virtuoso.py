"""A second, independent store: Virtuoso Open Source receives the same push.

Needs `virtuoso-t` (Debian: `apt-get install -y virtuoso-opensource`); skipped without it.
The server runs on loopback only, from a temporary directory, with the default `dba`
account (a fresh database); the push goes through the digest-authenticated SPARQL 1.1
Graph Store endpoint `/sparql-graph-crud-auth` and the queries through `/sparql`.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import NAMED_CASES, free_port, norm, stop, wait_for

import spacegraph
from spacegraph.push import PushError, push
from spacegraph.remote import Endpoint

BINARY = shutil.which("virtuoso-t")
TEMPLATE = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
pytestmark = pytest.mark.skipif(BINARY is None, reason="virtuoso-t is not installed "
                                "(apt-get install -y virtuoso-opensource)")

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
DefaultGraph = http://localhost:{http}/dataspace
"""


@pytest.fixture
def virtuoso(tmp_path, monkeypatch):
    d = tmp_path / "virtuoso"
    d.mkdir()
    http, sql = free_port(), free_port()
    (d / "virtuoso.ini").write_text(INI.format(d=d, http=http, sql=sql))
    proc = subprocess.Popen([BINARY, "+foreground", "+configfile", str(d / "virtuoso.ini")],
                            cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    try:
        log = d / "virtuoso.log"
        wait_for(f"{base}/sparql", proc, "virtuoso",
                 lambda: log.read_text(errors="replace") if log.exists() else "", seconds=60, pause=0.25)
        monkeypatch.setenv("SPACEGRAPH_USER", "dba")
        monkeypatch.setenv("SPACEGRAPH_PASSWORD", "dba")
        yield base
    finally:
        stop(proc, 20)


def count(base: str) -> int:
    q = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
         "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/spacegraph/resource/article/')) }")
    return int(next(iter(Endpoint(f"{base}/sparql").query(q)))["n"].value)


def test_virtuoso_receives_the_same_push(virtuoso, trig_file):
    store = spacegraph.open(trig_file)
    assert push(store, f"{virtuoso}/sparql-graph-crud-auth") == (2, 91)
    assert push(store, f"{virtuoso}/sparql-graph-crud-auth") == (2, 91)
    assert count(virtuoso) == 91
    remote = Endpoint(f"{virtuoso}/sparql")
    for name, params in NAMED_CASES:
        assert norm(remote.named(name, **params, raw=True)) == norm(store.named(name, **params, raw=True)), (name, params)


def test_virtuoso_refuses_without_credentials(virtuoso, trig_file, monkeypatch):
    monkeypatch.delenv("SPACEGRAPH_USER")
    monkeypatch.delenv("SPACEGRAPH_PASSWORD")
    monkeypatch.setenv("HOME", str(trig_file.parent))  # no ~/.netrc
    with pytest.raises(PushError, match="401"):
        push(spacegraph.open(trig_file), f"{virtuoso}/sparql-graph-crud-auth", retries=0)
