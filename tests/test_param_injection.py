"""Named-query parameters cannot change the query: a hostile value is a harmless value.

For every named query and each of its parameters, on the embedded store and on a SPARQL
server (`query --endpoint`): a hostile value gives the same answer as any value that
names nothing, changes no data, and comes back unchanged when echoed.
"""
from __future__ import annotations

import json

import pytest

from helpers import norm, run

import spacegraph
from spacegraph.push import push
from spacegraph.remote import Endpoint
from spacegraph.query import named_queries

HOSTILE = [
    'x" } ; DROP ALL ; #',
    "x' } ; DROP ALL ; #",
    'x""" } DROP ALL #',
    "x''' } DROP ALL #",
    "\\u0022 } ; DROP ALL ; #",        # SPARQL's codepoint escapes are read before parsing
    "x\\",
    "x\n} ; CLEAR ALL ; #",
    '") } UNION { ?s ?p ?o } #',
    '"^^<http://example.org/x> ) } #',
    "x } } } } ; INSERT DATA { <a> <b> <c> } #",
    "\u202e ISRO \u0000",
]
HARMLESS = "zzz-names-nothing"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
CASES = [(q.name, p.name) for q in named_queries() for p in q.params]


def test_every_named_query_has_parameters_to_check():
    assert len(CASES) >= 8 and {name for name, _ in CASES} >= {"agreements", "cooperation", "people"}


def answers(target: list[str], name: str, param: str, value: str) -> list:
    r = run("query", *target, "--named", name, "-p", f"{param}={value}", "--format", "json")
    assert r.exit_code == 0, (name, param, value, r.stderr)
    return json.loads(r.stdout)["results"]["bindings"]


def check_target(target: list[str], count, values: list[str] = HOSTILE) -> None:
    n = count()
    assert n == 91
    for name, param in CASES:
        baseline = answers(target, name, param, HARMLESS)
        for value in values:
            assert answers(target, name, param, value) == baseline, (name, param, value)
    for value in values:  # echoed unchanged: one string, never query text
        r = run("query", *target, "SELECT ?v WHERE { }", "-p", f"v={value}", "--format", "json")
        assert r.exit_code == 0, r.stderr
        assert json.loads(r.stdout)["results"]["bindings"] == [{"v": {"type": "literal", "value": value}}]
    assert count() == n  # nothing was dropped or added


def test_store(tmp_path, trig_file):
    db = tmp_path / "db"
    with spacegraph.open(db) as store:
        store.load(trig_file)
        n = len(store)
        for name, param in CASES:  # every value, through the Python API (one open store)
            baseline = norm(store.named(name, {param: HARMLESS}, raw=True))
            for value in HOSTILE:
                assert norm(store.named(name, {param: value}, raw=True)) == baseline, (name, param, value)
        assert len(store) == n

    def count():
        with spacegraph.open(db) as store:
            return len(store)

    check_target(["--store", db], count, HOSTILE[:1])  # and the command line


def test_server_endpoint(oxigraph_server, trig_file):
    push(spacegraph.open(trig_file), f"{oxigraph_server}/store")

    def count():
        return int(next(iter(Endpoint(f"{oxigraph_server}/query").query(COUNT)))["n"].value)

    # the union of the article graphs, as the embedded store answers
    check_target(["--endpoint", f"{oxigraph_server}/query?union-default-graph"], count)
    # and a harmless value is a real filter there: ISRO's agreements are found
    found = answers(["--endpoint", f"{oxigraph_server}/query?union-default-graph"], "agreements", "agency", "ISRO")
    assert found and not answers(["--endpoint", f"{oxigraph_server}/query?union-default-graph"],
                                 "agreements", "agency", 'ISRO" || true || "')


@pytest.mark.parametrize("args, message", [
    (["-p", "v) } ; DROP ALL ; #=1"], "is not a SPARQL variable name"),
    (["-p", "v=<http://x> } ; DROP ALL ; #>"], "not an IRI"),
    (["-p", "v=<javascript:alert(1)> } #>"], "not an IRI"),
])
def test_hostile_names_and_iris_are_refused_in_one_line(tmp_path, trig_file, args, message):
    r = run("query", trig_file, "SELECT ?v WHERE { }", *args)
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and message in r.stderr, r.stderr


def test_named_query_refuses_unknown_parameters(trig_file):
    r = run("query", trig_file, "--named", "agreements", "-p", "agency=ISRO", "-p", "g=<urn:x>")
    assert r.exit_code == 1 and "has no parameter 'g'" in r.stderr
