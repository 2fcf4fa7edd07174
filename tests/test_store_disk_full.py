"""The disk fills up during a load into the store: one line, exit 1, the store as it was.

The fault is injected where the store writes: every write of the Oxigraph store (an
update, a bulk load, a flush...) raises OSError(ENOSPC), as RocksDB does when it cannot
append to its log; nothing of that write is applied, as in Oxigraph, where a write is one
transaction.
"""
from __future__ import annotations

import errno
import gc
import importlib.util
from pathlib import Path

import pytest

from helpers import A1, A2, changed_trig, run, snapshot

from spacegraph.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"
WRITES = {"add", "add_graph", "bulk_extend", "bulk_load", "clear", "clear_graph", "extend", "load",
          "remove", "remove_graph", "update", "flush", "optimize", "backup"}


class FullDisk:
    """An Oxigraph store whose writes fail with ENOSPC (from the `fail_from`-th on)."""

    def __init__(self, inner, fail_from: int = 1):
        self._inner, self._fail_from, self.writes = inner, fail_from, 0

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if name not in WRITES:
            return attr

        def write(*args, **kwargs):
            self.writes += 1
            if self.writes >= self._fail_from:
                raise OSError(errno.ENOSPC, "No space left on device")
            return attr(*args, **kwargs)

        return write

    def __len__(self):
        return len(self._inner)

    def __iter__(self):
        return iter(self._inner)

    def __contains__(self, quad):
        return quad in self._inner


def invoke(*args):
    r = run(*args)
    gc.collect()  # the failed command's store, released (the process would have ended)
    return r


def one_line_no_space(r, db: Path) -> None:
    assert r.exit_code == 1, r.output
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.startswith(f"spacegraph: {db}: No space left on device;"), r.stderr
    assert "the graphs not loaded are as they were" in r.stderr


def test_graph_file_load_on_a_full_disk(tmp_path, trig_file, monkeypatch):
    db = tmp_path / "db"
    assert invoke("load", trig_file, "--store", db).exit_code == 0
    before = snapshot(db)
    with Store.open(db) as store:
        n2 = store.count(A2)
    monkeypatch.setattr(Store, "open", full_disk_open())
    r = invoke("load", changed_trig(tmp_path), "--store", db)
    monkeypatch.undo()
    one_line_no_space(r, db)
    assert snapshot(db) == before
    with Store.open(db) as store:  # the article's previous graph is intact
        assert store.count(A2) == n2 and store.graphs() == [A1, A2]


def test_a_write_error_midway_leaves_every_graph_whole(tmp_path, trig_file, monkeypatch):
    """The second write fails: whatever was written is whole, the rest as it was."""
    db = tmp_path / "db"
    assert invoke("load", trig_file, "--store", db).exit_code == 0
    with Store.open(db) as store:
        old = {g: sorted(str(q) for q in store.quads(g)) for g in (A1, A2)}
    changed = changed_trig(tmp_path)
    with Store.open(tmp_path / "reference") as ref:
        ref.load(changed)
        new = {g: sorted(str(q) for q in ref.quads(g)) for g in (A1, A2)}
    gc.collect()
    monkeypatch.setattr(Store, "open", full_disk_open(fail_from=2))
    r = invoke("load", changed, "--store", db)
    monkeypatch.undo()
    if r.exit_code == 0:  # the whole load was one write: nothing to interrupt
        pytest.skip("the store wrote the file in one write")
    one_line_no_space(r, db)
    with Store.open(db) as store:
        for g in (A1, A2):
            assert sorted(str(q) for q in store.quads(g)) in (old[g], new[g]), g


@pytest.mark.skipif(importlib.util.find_spec("spacegraph.extract") is None or not EXAMPLE.exists(),
                    reason="the extractor is not in this tree")
def test_article_load_on_a_full_disk(tmp_path, monkeypatch):
    db = tmp_path / "db"
    article = tmp_path / "isro-esa.txt"
    article.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert invoke("load", article, "--store", db).exit_code == 0
    before = snapshot(db)
    article.write_text(EXAMPLE.read_text(encoding="utf-8") + "\nNASA and JAXA signed an agreement.\n",
                       encoding="utf-8")
    monkeypatch.setattr(Store, "open", full_disk_open())
    r = invoke("load", article, "--store", db)
    monkeypatch.undo()
    one_line_no_space(r, db)
    assert snapshot(db) == before


def full_disk_open(fail_from: int = 1):
    opened = Store.open.__func__

    def open_full(cls, location=None):
        store = opened(cls, location)
        if store.path is not None:
            store.inner = FullDisk(store.inner, fail_from)
        return store

    return classmethod(open_full)
