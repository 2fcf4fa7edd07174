"""`spacegraph serve` left running on a shared machine, tried as an attacker would (issue 16):
a real server in a subprocess, hostile queries from one client while another asks a
simple one; cross-origin writes; SERVICE; and the store around it."""
from __future__ import annotations

import http.server
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from helpers import COMMAND, free_port, run, wait_for

DEEP = "SELECT * WHERE " + "{" * 3000 + "}" * 3000
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORTED = "SELECT ?a ?d { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d LIMIT 1"
SIMPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
TIMEOUT = 3


@pytest.fixture
def store(tmp_path) -> Path:
    """A store of 3,000 triples in three article graphs: enough for a runaway product."""
    nq = tmp_path / "data.nq"
    nq.write_text("".join(f"<urn:t:s{i}> <urn:t:p{i % 7}> \"{i}\" <urn:t:g{i % 3}> .\n" for i in range(3000)))
    db = tmp_path / "db"
    assert run("load", nq, "--store", db).exit_code == 0
    return db


def start(db: Path, *options: str):
    port = free_port()
    proc = subprocess.Popen([*COMMAND, "serve", "--store", str(db), "--port", str(port),
                             "--timeout", str(TIMEOUT), "--max-memory", "400", *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/query", proc, "spacegraph serve", lambda: proc.stderr.read())
    return proc, base


@pytest.fixture
def server(store):
    proc, base = start(store)
    yield proc, base
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=10)


def ask(base: str, sparql: str, method: str = "GET", headers: dict | None = None,
        path: str = "/query", field: str = "query") -> tuple[int, str]:
    """(status, body) of a SPARQL Protocol request."""
    form = urllib.parse.urlencode({field: sparql})
    if method == "GET":
        req = urllib.request.Request(f"{base}{path}?{form}", headers=headers or {})
    else:
        req = urllib.request.Request(f"{base}{path}", data=form.encode(), method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_hostile_queries_get_errors_while_a_second_client_is_answered(server):
    proc, base = server
    answers: dict[str, tuple[int, str, float]] = {}

    def hostile(name: str, sparql: str) -> None:
        began = time.monotonic()
        status, body = ask(base, sparql, "GET" if name == "deep" else "POST")
        answers[name] = (status, body, time.monotonic() - began)

    threads = [threading.Thread(target=hostile, args=item)
               for item in (("deep", DEEP), ("cross", CROSS), ("sorted", SORTED))]
    for t in threads:
        t.start()
    simple = []
    while any(t.is_alive() for t in threads):
        began = time.monotonic()
        status, body = ask(base, SIMPLE)
        simple.append(time.monotonic() - began)
        assert status == 200 and '"3000"' in body, body
        time.sleep(0.1)
    for t in threads:
        t.join()
    assert answers["deep"][:2] == (400, "query: nested 3000 deep; at most 100 levels of brackets are accepted\n")
    for name in ("cross", "sorted"):
        status, body, seconds = answers[name]
        assert status == 503 and "query:" in body and body.count("\n") == 1, (name, body)
        assert seconds < TIMEOUT + 1.5, (name, seconds)
    assert len(simple) >= 10 and max(simple) < 1.0, simple
    assert proc.poll() is None and ask(base, "ASK {}")[0] == 200
    assert rss_mb(proc.pid) < 1024


def test_cross_origin_writes_are_refused_and_read_only_by_default(server):
    _, base = server
    insert = "INSERT DATA { GRAPH <urn:t:new> { <urn:t:x> <urn:t:p> 'new' } }"
    status, body = ask(base, insert, "POST", {"Origin": "http://evil.example"}, "/update", "update")
    assert (status, body) == (403, "a write from another origin (http://evil.example) is refused\n")
    status, body = ask(base, insert, "POST", path="/update", field="update")
    assert status == 403 and "read-only" in body
    assert "new" not in ask(base, "SELECT ?o { <urn:t:x> ?p ?o }")[1]


def test_writable_an_insert_is_seen_by_the_next_query_and_the_union_follows(store):
    proc, base = start(store, "--writable")
    try:
        status, body = ask(base, "INSERT DATA { GRAPH <urn:t:new> { <urn:t:x> <urn:t:p> 'new' . "
                                 "<urn:t:s1> <urn:t:p1> '1' } }", "POST", path="/update", field="update")
        assert status == 204, body
        assert '"new"' in ask(base, "SELECT ?o { <urn:t:x> ?p ?o }")[1]
        assert '"3001"' in ask(base, SIMPLE)[1]  # the union: '1' is stated twice, counted once
        status, body = ask(base, "INSERT DATA { <urn:t:y> <urn:t:p> 'lost' }", "POST", path="/update", field="update")
        assert status == 403 and "writes to the default graph, which is the union" in body
        assert ask(base, "DROP GRAPH <urn:t:new>", "POST", path="/update", field="update")[0] == 204
        assert '"3000"' in ask(base, SIMPLE)[1]  # '1' stays: another graph states it
        status, body = ask(base, "DELETE WHERE { GRAPH ?g { <urn:t:s2> ?p ?o } }", "POST", path="/update", field="update")
        assert status == 204 and '"2999"' in ask(base, SIMPLE)[1], body  # any graph: the union follows
        status, body = ask(base, "INSERT DATA { GRAPH <urn:t:z> { <urn:t:z> <urn:t:p> 1 } }", "POST",
                           {"Origin": "http://evil.example"}, "/update", "update")
        assert status == 403
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


def test_service_makes_no_request(server):
    _, base = server
    seen = []

    class Stub(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    stub = http.server.HTTPServer(("127.0.0.1", 0), Stub)
    threading.Thread(target=stub.serve_forever, daemon=True).start()
    try:
        status, body = ask(base, f"SELECT * {{ SERVICE <http://127.0.0.1:{stub.server_port}/> {{ ?s ?p ?o }} }}")
        assert status == 400 and "SERVICE is refused" in body
        time.sleep(0.3)
        assert seen == []
    finally:
        stub.shutdown()


def test_serve_never_makes_a_store(tmp_path):
    other = tmp_path / "Documents"
    other.mkdir()
    (other / "letter.txt").write_text("Dear ...")
    for folder, says in ((tmp_path / "missing", "no store here"), (other, "not a store"),
                         (tmp_path / "empty", "no store here")):
        if folder.name == "empty":
            folder.mkdir()
        r = run("serve", "--store", folder)
        assert r.exit_code == 1 and says in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert not (tmp_path / "missing").exists() and list((tmp_path / "empty").iterdir()) == []
    assert [p.name for p in other.iterdir()] == ["letter.txt"]


def test_binding_beyond_loopback_warns(store, monkeypatch):
    import spacegraph.server as server

    monkeypatch.setattr(server, "serve", lambda *a, **k: None)
    r = run("serve", "--store", store, "--host", "0.0.0.0")
    assert "0.0.0.0 is not a loopback address" in r.stderr and "no authentication" in r.stderr
    assert "warning" not in run("serve", "--store", store).stderr


def test_writable_a_runaway_update_gets_an_error_within_the_timeout(store):
    proc, base = start(store, "--writable")
    try:
        answers = {}

        def runaway() -> None:
            began = time.monotonic()
            answers["runaway"] = (*ask(base, "INSERT { GRAPH <urn:t:x> { ?a <urn:t:p> ?d } } "
                                             "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "POST",
                                       path="/update", field="update"), time.monotonic() - began)

        thread = threading.Thread(target=runaway)
        thread.start()
        while thread.is_alive():
            began = time.monotonic()
            assert ask(base, SIMPLE)[0] == 200 and time.monotonic() - began < 1.0
            time.sleep(0.1)
        status, body, seconds = answers["runaway"]
        assert (status, body) == (503, f"update: stopped after {TIMEOUT} s, the time limit\n")
        assert seconds < TIMEOUT + 1.5
        big = "INSERT { GRAPH <urn:t:x> { ?a <urn:t:p> ?d } } WHERE { ?a <urn:t:p1> ?c . ?d <urn:t:p2> ?f }"
        status, body = ask(base, big, "POST", path="/update", field="update")
        assert status == 413 and "matches 184,041 solutions" in body, body
        assert '"3000"' in ask(base, SIMPLE)[1] and proc.poll() is None  # nothing written
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
