"""Bad input to the store commands (load, query, remove, push): one line, exit 1 (2 for a
wrong command line), and the store unchanged.

Decisions: reading (`query --store DIR`, `push DIR`) never creates a store: a missing
directory is an error. A folder that holds other files is never made a store (Oxigraph
would scatter its files among them). A store path that is a file is a command-line error.
"""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from helpers import A1, A2, run

from spacegraph.store import Store, StoreError


def invoke(*args):
    r = run(*args)
    gc.collect()  # the failed command's store, released
    return r


def one_line(r, code: int = 1) -> str:
    assert r.exit_code == code, r.output
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
    assert r.stdout == ""
    return r.stderr


def snapshot(db: Path) -> list[str]:
    import pyoxigraph as ox

    with Store.open(db) as store:
        return sorted(ox.serialize(store.inner, None, ox.RdfFormat.N_QUADS).decode().splitlines())


@pytest.fixture
def db(tmp_path, trig_file) -> Path:
    path = tmp_path / "db"
    assert invoke("load", trig_file, "--store", path).exit_code == 0
    return path


def test_query_a_missing_store_creates_nothing(tmp_path):
    missing = tmp_path / "nope"
    err = one_line(invoke("query", "--store", missing, "ASK {}"))
    assert f"{missing}: no such store directory" in err
    assert not missing.exists()
    err = one_line(invoke("query", "--store", missing, "--named", "agreements"))
    assert not missing.exists()
    err = one_line(invoke("query", missing, "ASK {}"))
    assert "no such graph file or store directory" in err and not missing.exists()


def test_push_a_missing_store_creates_nothing(tmp_path):
    missing = tmp_path / "nope"
    err = one_line(invoke("push", missing, "--endpoint", "http://127.0.0.1:9/store"))
    assert "no such graph file or store directory" in err and not missing.exists()


@pytest.mark.parametrize("name, text, line", [
    ("bad.nq", "<http://a> <http://b> <http://c> <http://g> .\n<http://a> <http://b> .\n", 2),
    ("bad.ttl", '<http://a> <http://b> <http://c> .\n\n<http://a> <http://b> "never closed .\n', 3),
    ("bad.trig", "<http://g> { <http://a> <http://b> <http://c> . \n", 2),
    ("bad.nt", "<http://a> <http://b> <http://c> .\n<http://a> <http://b> <c d> .\n", 2),
])
def test_a_graph_file_that_does_not_parse(tmp_path, db, name, text, line):
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    before = snapshot(db)
    err = one_line(invoke("load", bad, "--store", db))
    assert err.startswith(f"spacegraph: {bad}: ") and f"line {line}" in err, err
    assert snapshot(db) == before  # nothing of the file was loaded, not even its good lines
    fresh = tmp_path / "fresh"  # a bulk load, in its own process: the same line, and the store left empty
    err = one_line(invoke("load", bad, "--store", fresh, "--bulk"))
    assert err.startswith(f"spacegraph: {bad}: ") and f"line {line}" in err, err
    assert snapshot(fresh) == [] and [p.name for p in fresh.glob("*bulk*")] == []
    for args in (["query", bad, "ASK {}"], ["push", bad, "--endpoint", "http://127.0.0.1:9/store"]):
        err = one_line(invoke(*args))
        assert f"{bad}: " in err and f"line {line}" in err, err


def test_a_file_that_is_not_rdf(tmp_path, db):
    notes = tmp_path / "notes"
    notes.write_text("not a graph")
    with pytest.raises(StoreError, match="not a store directory or graph file"):
        Store.open(notes)
    err = one_line(invoke("push", notes, "--endpoint", "http://127.0.0.1:9/store"))
    assert "not a store directory or graph file" in err


def test_remove_an_unknown_article(db):
    before = snapshot(db)
    err = one_line(invoke("remove", "--store", db, "sgr:article/no-such-article"))
    assert err == f"spacegraph: no graph <https://w3id.org/spacegraph/resource/article/no-such-article> in {db}\n"
    err = one_line(invoke("remove", "--store", db, "<https://example.org/nope>", "sgr:article/gone"))
    assert "no graph <https://example.org/nope>" in err and "(and 1 more)" in err
    assert snapshot(db) == before


def test_remove_a_malformed_iri_removes_nothing(db):
    before = snapshot(db)
    err = one_line(invoke("remove", "--store", db, A2, "not an iri"))
    assert "'not an iri': not an article IRI" in err and "nothing was removed" in err
    assert snapshot(db) == before


def test_remove_from_a_missing_store(tmp_path):
    r = invoke("remove", "--store", tmp_path / "nope", A1)
    assert r.exit_code == 1 and "nope: no such store directory" in r.stderr and not (tmp_path / "nope").exists()


@pytest.mark.parametrize("command", [["load", "{graph}"], ["query", "ASK {{}}"], ["serve"],
                                     ["remove", A1]])
def test_a_store_that_is_a_file(tmp_path, trig_file, command):
    afile = tmp_path / "store"
    afile.write_text("I am a file")
    args = [c.format(graph=trig_file) for c in command]
    r = invoke(args[0], "--store", afile, *args[1:])
    assert r.exit_code == 2 and "is a file" in r.stderr, r.output
    assert afile.read_text() == "I am a file"


def test_a_folder_of_other_files_is_never_made_a_store(tmp_path, trig_file):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("Dear ...")
    for args in (["load", trig_file, "--store", folder], ["query", "--store", folder, "ASK {}"]):
        err = one_line(invoke(*args))
        assert f"{folder}: not a store (the folder holds other files)" in err
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]


def test_an_empty_folder_becomes_a_store(tmp_path, trig_file):
    folder = tmp_path / "empty"
    folder.mkdir()
    assert invoke("load", trig_file, "--store", folder).exit_code == 0
    with Store.open(folder) as store:
        assert store.graphs() == [A1, A2]
