"""A push that fails midway: the server vanishes (SIGKILL), answers 5xx, or refuses (4xx).

The command says in one line how many graphs were pushed and which was not, exits 1, and
each graph on the server is whole: its old or its new version, never a mix.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from _http_stub import Stub
from helpers import COMMAND, free_port, oxigraph_binary, run

from spacegraph.push import push
from spacegraph.remote import Endpoint
from spacegraph.store import Store

N_GRAPHS, OLD, NEW = 40, 100, 160  # triples per graph: old and new versions differ in size
G = "http://example.org/article/{:04d}"
P = "http://example.org/p"


def write_version(path: Path, version: str, size: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N_GRAPHS):
            g = G.format(i)
            for j in range(size):
                fh.write(f'<{g}> <{P}> "{version} {j} {"x" * 40}" <{g}> .\n')
    return path


def start_oxigraph(location: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).read()
            return proc
        except (urllib.error.URLError, ConnectionError, OSError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.05)


def versions(base: str) -> dict[str, tuple[set[str], int]]:
    """Each graph on the server: the versions its triples belong to, and their number."""
    sparql = (f"SELECT ?g (GROUP_CONCAT(DISTINCT STRBEFORE(?o, ' ')) AS ?v) (COUNT(*) AS ?n) "
              f"WHERE {{ GRAPH ?g {{ ?s <{P}> ?o }} }} GROUP BY ?g")
    out = {}
    for row in Endpoint(f"{base}/query").query(sparql):
        out[row["g"].value] = (set(row["v"].value.split()), int(row["n"].value))
    return out


@pytest.mark.parametrize("protocol", ["update", "gsp"])
def test_server_killed_mid_push(tmp_path, protocol):
    if not oxigraph_binary():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    old = write_version(tmp_path / "old.nq", "old", OLD)
    new = write_version(tmp_path / "new.nq", "new", NEW)
    location, port = tmp_path / "server", free_port()
    base = f"http://127.0.0.1:{port}"
    option, url = (("--update-endpoint", f"{base}/update") if protocol == "update"
                   else ("--endpoint", f"{base}/store"))
    server = start_oxigraph(location, port)
    try:
        push(Store.open(old), **({"update_endpoint": url} if protocol == "update" else {"endpoint": url}))
        before = versions(base)
        assert len(before) == N_GRAPHS and all(v == ({"old"}, OLD) for v in before.values())
        pusher = subprocess.Popen([*COMMAND, "push", str(new), option, url, "--retries", "1"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        probe = (f"{base}/query?query=" +
                 urllib.parse.quote(f'ASK {{ GRAPH ?g {{ ?s <{P}> ?o FILTER STRSTARTS(?o, "new") }} }}'))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # kill as soon as the first new graphs arrive
            req = urllib.request.Request(probe, headers={"Accept": "application/sparql-results+json"})
            if b"true" in urllib.request.urlopen(req, timeout=5).read():
                break
            assert pusher.poll() is None, pusher.communicate()
            time.sleep(0.005)
        server.send_signal(signal.SIGKILL)
        server.wait()
        out, err = pusher.communicate(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()

    assert pusher.returncode == 1, err
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
    m = re.fullmatch(rf"spacegraph: push stopped after (\d+) of {N_GRAPHS} graph\(s\): <([^>]+)> was not "
                     r"pushed: .*cannot reach the server.*\(after 2 attempts\); it and the (\d+) graph\(s\) "
                     r"after it are as they were on the server \(push again to finish\)\n", err)
    assert m, err
    done, failed, rest = int(m[1]), m[2], int(m[3])
    assert 0 <= done < N_GRAPHS - 1 and failed == G.format(done) and rest == N_GRAPHS - done - 1

    # the restarted server (same store): every graph whole, old or new, in push order
    server = start_oxigraph(location, port)
    try:
        seen = versions(base)
    finally:
        server.terminate()
        server.wait()
    for i in range(N_GRAPHS):
        g = G.format(i)
        state = seen.get(g, (set(), 0))
        if i < done:
            assert state == ({"new"}, NEW), (g, state)
        elif i > done:
            assert state == ({"old"}, OLD), (g, state)
        elif protocol == "update":  # one Update request is one transaction
            assert state in (({"old"}, OLD), ({"new"}, NEW)), (g, state)
        else:  # Oxigraph's GSP PUT clears, then loads: the graph in flight may be empty
            assert state in (({"old"}, OLD), ({"new"}, NEW), (set(), 0)), (g, state)


def test_503_then_204_is_retried(trig_file):
    with Stub(statuses=[503, 204], body=b"busy") as stub:
        r = run("push", str(trig_file), "--endpoint", f"{stub.url}/store")
    assert r.exit_code == 0, r.stderr
    assert len(stub.requests) == 3  # graph 1: 503, then 204; graph 2: 204
    assert [x.method for x in stub.requests] == ["PUT"] * 3
    assert stub.requests[0].body == stub.requests[1].body and stub.requests[0].path == stub.requests[1].path
    assert "pushed 2 graph(s), 91 triples" in r.stderr


def test_5xx_until_the_retries_are_spent(trig_file):
    with Stub(statuses=[502], body=b"bad gateway\nsecond line") as stub:
        r = run("push", trig_file, "--endpoint", f"{stub.url}/store", "--retries", "1")
    assert r.exit_code == 1 and len(stub.requests) == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "push stopped after 0 of 2 graph(s)" in r.stderr
    assert "answered 502 Bad Gateway: bad gateway (after 2 attempts)" in r.stderr


@pytest.mark.parametrize("status", [400, 404, 415])
def test_4xx_is_not_retried(trig_file, status):
    with Stub(statuses=[status], body=b"Invalid graph name") as stub:
        r = run("push", str(trig_file), "--update-endpoint", f"{stub.url}/update")
    assert r.exit_code == 1
    assert len(stub.requests) == 1
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert f"answered {status} " in r.stderr and "Invalid graph name" in r.stderr
    assert "after 0 of 2 graph(s)" in r.stderr and "it and the 1 graph(s) after it are as they were" in r.stderr


def test_connection_reset_midway_is_retried(trig_file, monkeypatch):
    """A dropped connection (no answer at all) counts as a connection error: retried."""
    import http.client

    calls = []
    with Stub(statuses=[204]) as stub:
        original_open = urllib.request.OpenerDirector.open

        def flaky(self, req, *a, **kw):
            calls.append(req.get_method())
            if len(calls) == 2:
                raise http.client.RemoteDisconnected("Remote end closed connection without response")
            return original_open(self, req, *a, **kw)

        monkeypatch.setattr(urllib.request.OpenerDirector, "open", flaky)
        r = run("push", str(trig_file), "--endpoint", f"{stub.url}/store")
    assert r.exit_code == 0, r.stderr
    assert len(calls) == 3 and len(stub.requests) == 2


def test_push_api_error_names_the_graph(trig_file):
    with Stub(statuses=[204, 500], body=b"disk full") as stub:
        with pytest.raises(Exception) as info:
            push(Store.open(trig_file), f"{stub.url}/store", retries=0)
    msg = str(info.value)
    assert "\n" not in msg
    assert "push stopped after 1 of 2 graph(s): <https://w3id.org/spacegraph/resource/article/nasa-jaxa" in msg
    assert "answered 500" in msg and msg.endswith("it is as it was on the server (push again to finish)")


if os.name != "posix":  # pragma: no cover
    pytestmark = pytest.mark.skip("POSIX signals")
