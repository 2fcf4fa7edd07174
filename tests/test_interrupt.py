"""Ctrl-C stops any command within a second (issue 16): each long command is started as a
user starts it, in a subprocess, and given Ctrl-C (SIGINT to its process group, as a
terminal sends it) while it works. It exits 130 with one line on stderr, no traceback;
an output it was writing is left as it was (no `.part` file), and a store it was loading
or updating holds what it held before."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from _http_stub import Stub
from helpers import COMMAND, _corpus, leftovers, spacegraph

PREVIOUS = "previous output\n"
ARTICLES = 120  # from benchmarks/corpus.py: a build of them takes several seconds
COPIES = 2500  # the graph file: COPIES x 20 articles, about 600,000 quads


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus.write_jsonl(tmp_path_factory.mktemp("corpus") / "news.jsonl", ARTICLES)


@pytest.fixture(scope="module")
def big(tmp_path_factory, corpus) -> Path:
    """A graph file of about 600,000 quads: 20 built articles, each copied under other names."""
    folder = tmp_path_factory.mktemp("big")
    few = folder / "few.jsonl"
    few.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(True)[:20]), encoding="utf-8")
    assert spacegraph("build", few, "-o", folder / "few.nq", "-q").code == 0
    lines = (folder / "few.nq").read_text(encoding="utf-8").splitlines(True)
    out = folder / "big.nq"
    with out.open("w", encoding="utf-8") as fh:
        for i in range(COPIES // 20):
            fh.write("".join(lines).replace("/resource/article/", f"/resource/article/copy{i}-"))
    return out


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, big) -> Path:
    """A store holding the big graph (bulk-loaded: fast)."""
    db = tmp_path_factory.mktemp("stores") / "db"
    assert spacegraph("load", big, "--store", db, "--bulk", "-q").code == 0
    return db


@pytest.fixture
def store(tmp_path, loaded) -> Path:
    """A copy of the loaded store, for a test that changes it."""
    db = tmp_path / "db"
    shutil.copytree(loaded, db)
    return db


def processes(session: int) -> dict[int, list[str]]:
    """The processes of a session (a command and its workers): the fields of their
    /proc/PID/stat after the name, by PID."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[3]) == session:
            found[int(stat.parent.name)] = fields
    return found


def cpu_seconds(session: int) -> float:
    """CPU time of the processes of a session."""
    ticks = sum(int(f[11]) + int(f[12]) for f in processes(session).values())
    return ticks / os.sysconf("SC_CLK_TCK")


def ctrl_c(args, busy: float = 1.0, ready=None, folder: Path | None = None,
           sig: signal.Signals = signal.SIGINT) -> tuple[int, str, float]:
    """Run `spacegraph ARGS`; once it has worked `busy` CPU seconds (past its imports) and
    `ready(its PID)` is true, press Ctrl-C (to its process group, as a terminal does), or
    send it `sig` (to the command alone, as `kill` does). Returns exit code, stderr and
    seconds to exit."""
    proc = subprocess.Popen([*COMMAND, *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, cwd=folder)
    try:
        deadline = time.monotonic() + 120
        while cpu_seconds(proc.pid) < busy or (ready is not None and not ready(proc.pid)):
            assert proc.poll() is None, f"finished before Ctrl-C: {proc.communicate()[1]}"
            assert time.monotonic() < deadline, "never got busy"
            time.sleep(0.02)
        assert proc.poll() is None, "finished before Ctrl-C"
        began = time.monotonic()
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)
        else:
            os.kill(proc.pid, sig)
        _, err = proc.communicate(timeout=30)
        return proc.returncode, err, time.monotonic() - began
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def stopped(result: tuple[int, str, float], message: str = "spacegraph: interrupted", code: int = 130) -> None:
    returned, err, seconds = result
    assert "Traceback" not in err and err.count("\n") == 1 and err.startswith(message), err
    assert returned == code, err
    assert seconds < 1.0, seconds


def dumped(db: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "dump.nq"
    assert spacegraph("dump", "--store", db, "-o", out).code == 0
    data = out.read_bytes()
    out.unlink()
    return data


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_build(tmp_path, corpus, jobs):
    out = tmp_path / "graph.ttl"
    out.write_text(PREVIOUS)
    stopped(ctrl_c(["build", corpus, "-o", out, "--jobs", jobs], busy=2.0),
            f"spacegraph: interrupted; {out} left as it was")
    assert out.read_text() == PREVIOUS and leftovers(tmp_path) == []


@pytest.mark.parametrize("command", [
    ["stats", "{big}"],
    ["export", "{big}", "--to", "graphml", "-o", "out"],
    ["validate", "{big}", "-o", "out"],
    ["view", "{big}", "-o", "out"],
    ["dump", "--store", "{store}", "-o", "out"],
], ids=lambda c: c[0])
def test_reading_commands(tmp_path, big, loaded, command):
    out = tmp_path / "out.nq" if command[0] in ("validate", "dump") else tmp_path / "out.html"
    out.write_text(PREVIOUS)
    args = [str(out) if a == "out" else a.format(big=big, store=loaded) for a in command]
    stopped(ctrl_c(args, busy=1.0))
    assert out.read_text() == PREVIOUS and leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_load_of_articles_leaves_the_store_as_it_was(tmp_path, corpus, store):
    before = dumped(store, tmp_path)
    stopped(ctrl_c(["load", corpus, "--store", store], busy=2.0),
            "spacegraph: interrupted; the store is as it was")
    assert dumped(store, tmp_path) == before
    assert list(store.glob(".spacegraph-load-*")) == []


def test_load_of_a_graph_file_leaves_the_store_as_it_was(tmp_path, big, store):
    """Into a store holding the file already: every graph is replaced, one transaction
    each, and the interrupted load puts back the store as it was."""
    changed = tmp_path / "changed.nq"
    changed.write_text(big.read_text(encoding="utf-8").replace('"', '"changed ', 1), encoding="utf-8")
    before = dumped(store, tmp_path)
    stopped(ctrl_c(["load", changed, "--store", store], busy=2.5),
            "spacegraph: interrupted; the store is as it was")
    assert dumped(store, tmp_path) == before
    assert list(store.glob(".spacegraph-load-*")) == []


def bulk_loading(db: Path) -> bool:
    """Whether Oxigraph's bulk loader is writing into the store folder: its bulk-*.sst files
    are there until it hands them to the store."""
    return any(db.glob("bulk-*.sst"))


def emptied(db: Path, tmp_path: Path) -> None:
    """The store opens and holds nothing, and nothing of the load is left in its folder."""
    assert dumped(db, tmp_path) == b""
    assert list(db.glob(".spacegraph-load-*")) == [] and not bulk_loading(db)


def counts(*source) -> dict:
    result = spacegraph("stats", *source, "--format", "json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("sig, word, code", [(signal.SIGINT, "interrupted", 130), (signal.SIGTERM, "terminated", 143)],
                         ids=["ctrl-c", "sigterm"])
def test_bulk_load_of_a_graph_file_leaves_the_store_empty(tmp_path, big, sig, word, code):
    """Stopped while Oxigraph's bulk loader writes (it never looks at signals): the store is
    left empty, as it was, and a bulk load of the same file then fills it."""
    db = tmp_path / "db"
    stopped(ctrl_c(["load", big, "--store", db, "--bulk", "-q"], busy=0.5, ready=lambda _: bulk_loading(db), sig=sig),
            f"spacegraph: {word}; the store is as it was", code)
    emptied(db, tmp_path)
    assert spacegraph("load", big, "--store", db, "--bulk", "-q").code == 0
    assert counts("--store", db) == counts(big)


def held_in_bulk(db: Path, built: Path):
    """`ready` for a bulk load of articles, whose bulk phase is a fraction of a second after
    a build of seconds: the command's other process (the loader it starts) is stopped as
    soon as it appears, then let run 5 ms at a time until Oxigraph's bulk loader writes
    into the store folder, and left stopped there (the command kills it on Ctrl-C). The
    articles built, which it loads, are copied to `built`."""
    def step(pids: list[int], sig: signal.Signals) -> None:
        for pid in pids:
            os.kill(pid, sig)

    def ready(command: int) -> bool:
        loaders = [pid for pid in processes(command) if pid != command]
        if not loaders:
            return False
        step(loaders, signal.SIGSTOP)
        while not bulk_loading(db):
            running = processes(command)
            assert all(running.get(pid, ["Z"])[0] != "Z" for pid in loaders), "the bulk load ended before it was held"
            step(loaders, signal.SIGCONT)
            time.sleep(0.005)
            step(loaders, signal.SIGSTOP)
        shutil.copy(next(db.glob(".spacegraph-load-*/*.nq")), built)
        return True

    return ready


def test_bulk_load_of_articles_leaves_the_store_empty(tmp_path, corpus):
    db, built = tmp_path / "db", tmp_path / "built.nq"
    stopped(ctrl_c(["load", corpus, "--store", db, "--bulk", "-q"], busy=1.0, ready=held_in_bulk(db, built)),
            "spacegraph: interrupted; the store is as it was")
    emptied(db, tmp_path)
    assert spacegraph("load", corpus, "--store", db, "--bulk", "-q").code == 0
    assert counts("--store", db) == counts(built) and counts(built)["articles"] == ARTICLES


def test_a_bulk_load_stopped_in_python_leaves_the_store_empty(tmp_path, big):
    """`Store.load(..., bulk=True)` given KeyboardInterrupt, as Ctrl-C gives it, while
    Oxigraph's bulk loader writes: raised within a second, and the store left empty and
    open."""
    import _thread

    from spacegraph.store import Store

    db = tmp_path / "db"
    pressed: list[float] = []
    over = threading.Event()

    def press() -> None:
        while not bulk_loading(db):
            if over.wait(0.02):
                return
        pressed.append(time.monotonic())
        _thread.interrupt_main()

    with Store.open(db) as store:
        threading.Thread(target=press, daemon=True).start()
        try:
            with pytest.raises(KeyboardInterrupt):
                store.load(big, bulk=True)
        finally:
            over.set()
        assert time.monotonic() - pressed[0] < 1.0
        assert len(store) == 0 and store.graphs() == []
        store.bulk_load(big.parent / "few.nq")
        assert len(store.graphs()) == 20
    assert list(db.glob(".spacegraph-load-*")) == [] and not bulk_loading(db)


def test_a_runaway_update(tmp_path, store):
    before = dumped(store, tmp_path)
    runaway = ("INSERT { GRAPH <urn:t:g> { <urn:t:s> <urn:t:p> ?n } } "
               "WHERE { { SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f } } }")
    stopped(ctrl_c(["update", "--store", store, runaway], busy=0.5),
            "spacegraph: interrupted; the update was not made")
    assert dumped(store, tmp_path) == before


def test_push(tmp_path, big):
    with Stub(delay=0.3) as stub:
        stopped(ctrl_c(["push", big, "--endpoint", f"{stub.url}/store"], busy=0.5,
                       ready=lambda _: len(stub.requests) > 0),
                "spacegraph: interrupted; each graph on the server is whole")
