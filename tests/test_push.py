"""Push to a real Oxigraph server (`oxigraph serve`) and ask it the same named queries."""
from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from helpers import NAMED_CASES, norm, run

import spacegraph
from spacegraph.push import PushError, push
from spacegraph.remote import Client, Endpoint, safe_url

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def server_count(base: str) -> int:
    return int(next(iter(Endpoint(f"{base}/query").query(COUNT)))["n"].value)


def same_answers(store, base: str) -> None:
    remote = Endpoint(f"{base}/query", union=True)
    for name, params in NAMED_CASES:
        local = norm(store.named(name, **params, raw=True))
        assert local, (name, params)
        assert norm(remote.named(name, **params, raw=True)) == local, (name, params)


def test_push_graph_store_protocol_twice(oxigraph_server, trig_file):
    store = spacegraph.open(trig_file)
    r = run("push", str(trig_file), "--endpoint", f"{oxigraph_server}/store")
    assert r.exit_code == 0, r.stderr
    assert "pushed 2 graph(s), 91 triples" in r.stderr
    assert server_count(oxigraph_server) == 91
    assert push(store, f"{oxigraph_server}/store") == (2, 91)
    assert server_count(oxigraph_server) == 91
    same_answers(store, oxigraph_server)


def test_push_update_protocol_twice(oxigraph_server, tmp_path, trig_file):
    db = tmp_path / "db"
    with spacegraph.open(db) as store:
        store.load(trig_file)
    for _ in range(2):
        r = run("push", str(db), "--update-endpoint", f"{oxigraph_server}/update")
        assert r.exit_code == 0, r.stderr
        assert server_count(oxigraph_server) == 91
    with spacegraph.open(db) as store:
        same_answers(store, oxigraph_server)
        # a replaced article on the server: GSP and update agree
        push(store, f"{oxigraph_server}/store")
        assert server_count(oxigraph_server) == 91


def test_param_injection_over_http(oxigraph_server, trig_file):
    push(spacegraph.open(trig_file), f"{oxigraph_server}/store")
    remote = Endpoint(f"{oxigraph_server}/query", union=True)
    assert list(remote.named("agreements", agency='x" } ; DROP ALL ; #', raw=True)) == []
    assert server_count(oxigraph_server) == 91


@pytest.mark.skipif(importlib.util.find_spec("spacegraph.extract") is None or not EXAMPLE.exists(),
                    reason="the extractor (spacegraph.extract) is not in this tree yet")
def test_push_built_article(oxigraph_server, tmp_path):
    with spacegraph.open(tmp_path / "db") as store:
        store.load(str(EXAMPLE))
        n = len(store)
        push(store, f"{oxigraph_server}/store")
        push(store, f"{oxigraph_server}/store")
        assert server_count(oxigraph_server) == n
        remote = Endpoint(f"{oxigraph_server}/query", union=True)
        for name in ("agreements", "crewed-missions", "stations", "cooperation", "people", "sources"):
            assert norm(remote.named(name, raw=True)) == norm(store.named(name, raw=True)), name


def test_push_to_a_dead_port_fails_in_one_line(trig_file, monkeypatch):
    from helpers import free_port

    monkeypatch.setenv("SPACEGRAPH_USER", "alice")
    monkeypatch.setenv("SPACEGRAPH_PASSWORD", "s3cret-pw")
    port = free_port()
    start = time.monotonic()
    r = run("push", trig_file, "--retries", "1",
            "--endpoint", f"http://bob@127.0.0.1:{port}/store")  # a password in a URL: refused (test_secrets.py)
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "cannot reach the server" in r.stderr
    assert "(after 2 attempts)" in r.stderr
    assert "s3cret-pw" not in r.output + r.stderr and "hunter2" not in r.stderr
    assert time.monotonic() - start < 10


def test_retries_on_connection_errors_not_on_4xx(oxigraph_server):
    waits: list[float] = []
    client = Client(f"{oxigraph_server}/store", retries=3, backoff=0.1, sleep=waits.append)
    with pytest.raises(PushError, match="answered 4"):
        client.request("PUT", f"{oxigraph_server}/store?graph=not%20an%20iri", b"<a> <b> <c> .",
                       {"Content-Type": "application/n-triples"})
    assert waits == []
    from helpers import free_port

    dead = Client(f"http://127.0.0.1:{free_port()}/store", retries=3, backoff=0.1, sleep=waits.append)
    with pytest.raises(PushError, match="after 4 attempts"):
        dead.request("GET", dead.url)
    assert waits == [0.1, 0.2, 0.4]


def test_safe_url_hides_credentials():
    assert safe_url("http://u:p@example.org:8890/sparql?x=1") == "http://example.org:8890/sparql?x=1"
