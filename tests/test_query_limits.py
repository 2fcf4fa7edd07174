"""A hostile query against `spacegraph query` and the Python API (issue 16): one line, a
non-zero exit or a QueryError, never a crash; Ctrl-C stops a long query at once; reading
never makes a store; a killed load leaves nothing behind."""
from __future__ import annotations

import signal
import subprocess
import time

import pytest

import spacegraph
from helpers import COMMAND, SAMPLE, run
from spacegraph.query import QueryError
from spacegraph.sandbox import Limits

DEEP = "SELECT * WHERE " + "{" * 3000 + "}" * 3000
SORTED = "SELECT ?a ?d { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d LIMIT 1"
COUNTED = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # CPU for hours, no memory


@pytest.fixture
def big(tmp_path):
    nq = tmp_path / "big.nq"
    nq.write_text("".join(f"<urn:t:s{i}> <urn:t:p> \"{i}\" <urn:t:g> .\n" for i in range(3000)))
    return nq


def test_deep_nesting_is_one_line(tmp_path, trig_file):
    query = tmp_path / "d.rq"
    query.write_text(DEEP)
    r = run("query", trig_file, "-f", query)
    assert (r.exit_code, r.stderr) == (1, f"spacegraph: {query}: nested 3000 deep; at most 100 levels of brackets are accepted\n")
    with pytest.raises(QueryError, match="nested 3000 deep"):
        spacegraph.open(trig_file).query(DEEP)


def test_a_runaway_query_stops_at_the_time_limit(big):
    began = time.monotonic()
    r = run("query", big, COUNTED, "--timeout", "1")
    assert (r.exit_code, r.stderr) == (1, "spacegraph: query: stopped after 1 s, the time limit\n")
    assert time.monotonic() - began < 3
    store = spacegraph.open(big)
    store.limits = Limits(timeout=1)
    with pytest.raises(QueryError, match="the time limit"):
        store.query(COUNTED)
    assert len(store) == 3000  # the store is as it was, and answers
    store.limits = Limits(memory_mb=64)
    with pytest.raises(QueryError, match="the memory limit"):
        store.query(SORTED)


def test_service_is_refused_unless_allowed(trig_file):
    r = run("query", trig_file, "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert r.exit_code == 1 and "SERVICE is refused" in r.stderr and "--allow-remote" in r.stderr


def test_ctrl_c_stops_a_long_query_within_a_second(big):
    proc = subprocess.Popen([*COMMAND, "query", str(big), COUNTED, "--timeout", "60"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2)  # started, and sorting
    assert proc.poll() is None
    began = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=5)
    assert time.monotonic() - began < 1.0
    assert proc.returncode == 130 and err == "spacegraph: interrupted\n", err


def test_reading_never_makes_a_store(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run("query", "--store", empty, "ASK {}")
    assert r.exit_code == 1 and "no store here" in r.stderr
    assert list(empty.iterdir()) == []


def test_a_load_killed_midway_is_cleaned_by_the_next(tmp_path, trig_file):
    db = tmp_path / "db"
    proc = subprocess.Popen([*COMMAND, "load", str(SAMPLE), "--store", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(db.glob(".spacegraph-load-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert list(db.glob(".spacegraph-load-*")), "the load finished before it could be killed"
    proc.kill()
    proc.wait()
    assert list(db.glob(".spacegraph-load-*"))  # what kill -9 leaves
    assert run("load", trig_file, "--store", db).exit_code == 0
    assert list(db.glob(".spacegraph-load-*")) == []


def test_a_query_process_that_hangs_before_it_starts_is_replaced(tmp_path):
    # a child forked while another thread held a lock waits forever, using no CPU: it is
    # killed within a second and the query runs in a new one
    from spacegraph import sandbox
    marker = tmp_path / "first"

    def work() -> bytes:
        if not marker.exists():
            marker.touch()
            time.sleep(60)  # the first child hangs
        return b"answer"

    started = time.monotonic()
    assert sandbox.run(work, Limits(timeout=30)) == b"answer"
    assert time.monotonic() - started < 5
    with pytest.raises(sandbox.LimitError, match="hung 3 times"):
        sandbox.run(lambda: time.sleep(60) or b"", Limits(timeout=30))


def test_a_quick_query_beside_a_slow_one_answers_at_once():
    # two queries forked at the same moment from two threads: the quick one's answer must
    # not wait for the slow one's child (it held the quick one's pipe open, inherited)
    import threading

    from spacegraph import sandbox

    def slow() -> bytes:
        end = time.monotonic() + 1.0
        while time.monotonic() < end:  # CPU all the way: not taken for a hung child
            pass
        return b"slow"

    quick: list[float] = []

    def ask(work, gate: threading.Barrier) -> None:
        gate.wait()
        began = time.monotonic()
        sandbox.run(work, Limits(timeout=10))
        if work is not slow:
            quick.append(time.monotonic() - began)

    for _ in range(5):
        gate = threading.Barrier(2)
        threads = [threading.Thread(target=ask, args=(w, gate)) for w in (slow, lambda: b"quick")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert max(quick) < 0.7, quick
