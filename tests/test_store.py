"""The embedded store: load, replace, remove, open a file or a directory, to rdflib."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from helpers import A1, A2, TRIG, norm, run

import spacegraph
from spacegraph.query import rows
from spacegraph.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"


def test_load_twice_changes_nothing(tmp_path, trig_file):
    with Store.open(tmp_path / "db") as store:
        assert store.load(trig_file) and store.graphs() == [A1, A2]
        first = len(store)
        store.load(trig_file)
        assert len(store) == first == 91
        assert store.graphs() == [A1, A2]
    # on disk: opened again, the same
    with Store.open(tmp_path / "db") as store:
        assert len(store) == first


def test_reload_replaces_the_article_graph_as_a_whole(tmp_path, trig_file):
    with Store.open(tmp_path / "db") as store:
        store.load(trig_file)
        before = store.count(A2)
        changed = tmp_path / "changed.trig"
        # the second article shrinks to its title: the old facts must go
        head, _, _ = TRIG.partition("article:nasa-jaxa-9f8e7d6c5b {")
        changed.write_text(head + 'article:nasa-jaxa-9f8e7d6c5b {\n article:nasa-jaxa-9f8e7d6c5b '
                           'a sg:Article ; dcterms:title "NASA and JAXA" .\n}\n', encoding="utf-8")
        assert store.load(changed) == [A1, A2]
        assert store.count(A2) == 2 < before
        assert not rows(store.named("stations", agency="JAXA", raw=True))


def test_remove_drops_the_articles_graph(tmp_path, trig_file):
    with Store.open(tmp_path / "db") as store:
        store.load(trig_file)
        n2 = store.count(A2)
        total = len(store)
        assert store.remove(A2) is True
        assert store.graphs() == [A1]
        assert len(store) == total - n2
        assert store.remove(A2) is False
        assert [r[1].value for r in rows(store.named("agreements", raw=True))] == ["ISRO-ESA agreement"]


def test_cli_load_remove(tmp_path, trig_file):
    db = str(tmp_path / "db")
    r = run("load", str(trig_file), "--store", db)
    assert r.exit_code == 0, r.output
    assert "91 quads in 2 named graph(s)" in r.stderr
    r = run("load", str(trig_file), "--store", db)
    assert "91 quads in 2 named graph(s)" in r.stderr
    r = run("remove", "--store", db, "sgr:article/nasa-jaxa-9f8e7d6c5b")
    assert r.exit_code == 0, r.output
    r = run("remove", "--store", db, f"<{A2}>")
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "no graph" in r.stderr
    r = run("query", "--store", db, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--format", "csv")
    assert r.exit_code == 0 and r.stdout.split() == ["n", str(91 - 29)]


def test_open_file_and_directory_answer_the_same(tmp_path, trig_file):
    mem = spacegraph.open(trig_file)
    disk = spacegraph.open(tmp_path / "db")
    disk.load(trig_file)
    for name in ("agreements", "people", "sources"):
        assert norm(mem.named(name, raw=True)) == norm(disk.named(name, raw=True))
    disk.close()


def test_triples_file_goes_to_a_graph_named_by_the_file_name_not_its_folder(tmp_path, trig_file):
    nt = tmp_path / "union.nt"
    nt.write_bytes(spacegraph.open(trig_file).query("CONSTRUCT WHERE { ?s ?p ?o }")
                   .serialize(format=__import__("pyoxigraph").RdfFormat.N_TRIPLES))
    with Store.open(tmp_path / "db") as store:
        assert store.load(nt) == ["https://w3id.org/spacegraph/resource/graph/union-nt"]
        store.load(nt)
        assert store.graphs() == ["https://w3id.org/spacegraph/resource/graph/union-nt"]
        assert len(store) == 91


def test_a_graph_named_by_a_blank_node_is_named_by_the_file(tmp_path):
    trig = tmp_path / "blank.trig"
    trig.write_text("_:g { <http://example.org/a> <http://example.org/b> <http://example.org/c> . }\n")
    name = "https://w3id.org/spacegraph/resource/graph/blank-trig#g"
    with Store.open(tmp_path / "db") as store:
        assert store.load(trig) == [name]
        assert store.load(trig) == [name]  # replaced, not added again
        assert store.graphs() == [name] and len(store) == 1


def test_to_rdflib(trig_file):
    ds = spacegraph.open(trig_file).to_rdflib()
    assert len(list(ds.quads((None, None, None, None)))) == 91
    assert {str(g.identifier) for g in ds.graphs() if len(g)} >= {A1, A2}


def test_bad_inputs_are_one_line_errors(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n")
    with pytest.raises(StoreError, match="bad.nq"):
        Store.open(bad)
    with pytest.raises(StoreError, match="no such file"):
        Store.open(tmp_path / "missing.trig")
    r = run("query", str(tmp_path / "missing.nq"), "ASK {}")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1


@pytest.mark.skipif(importlib.util.find_spec("spacegraph.extract") is None or not EXAMPLE.exists(),
                    reason="the extractor (spacegraph.extract) is not in this tree yet")
def test_load_article_twice(tmp_path):
    with Store.open(tmp_path / "db") as store:
        done = store.load(str(EXAMPLE))
        assert len(done) == 1 and done[0].startswith("https://w3id.org/spacegraph/resource/article/")
        n = len(store)
        assert n > 0
        store.load(str(EXAMPLE))
        assert len(store) == n and store.graphs() == done


def test_a_bulk_load_fills_an_empty_store_with_the_same_answers(tmp_path, trig_file):
    nq = tmp_path / "all.nq"
    spacegraph.open(trig_file).dump(nq)
    safe, fast = tmp_path / "safe", tmp_path / "fast"
    with spacegraph.open(safe) as store:
        store.load(nq)
        expected = {name: sorted(map(str, store.named(name, raw=True))) for name in ("agreements", "people", "stations")}
        count = len(store)
    result = run("load", str(nq), "--store", str(fast), "--bulk", "-q")
    assert result.exit_code == 0, result.output
    with spacegraph.open(fast) as store:
        assert len(store) == count
        assert {name: sorted(map(str, store.named(name, raw=True))) for name in expected} == expected
    again = run("load", str(nq), "--store", str(fast), "--bulk")
    assert again.exit_code == 1 and "empty store" in again.output


def test_a_bulk_load_that_fails_leaves_the_store_empty(tmp_path, trig_file):
    """The file's last line is bad; its union goes in a few lines at a time (`chunk`), so
    some of it was written before the error: all of it is taken back."""
    good = tmp_path / "all.nq"
    spacegraph.open(trig_file).dump(good)
    lines = good.read_text(encoding="utf-8").count("\n")
    bad = tmp_path / "bad.nq"
    bad.write_text(good.read_text(encoding="utf-8") + "<http://a> <http://b> .\n", encoding="utf-8")
    with Store.open(tmp_path / "db") as store:
        with pytest.raises(StoreError, match=f"line {lines + 1}"):
            store.bulk_load(bad, chunk=64)
        assert list(store.inner) == []
        store.bulk_load(good)
        assert store.graphs() == [A1, A2]
