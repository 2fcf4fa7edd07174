"""Named queries, parameters as values, result formats, syntax errors."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from helpers import NAMED_CASES, norm, run

import spacegraph
from spacegraph.query import QueryError, named_queries, rows, with_values

INJECTION = 'x" } ; DROP ALL ; #'
EXPECTED = {"agreements", "neighbourhood", "crewed-missions", "stations", "cooperation",
            "people", "sources"}


def test_named_queries_have_headers():
    found = {q.name: q for q in named_queries()}
    assert EXPECTED <= set(found)
    for q in found.values():
        assert q.title and q.description and q.params
        assert all(p.description for p in q.params)
    assert found["cooperation"].param_names == ["a", "b"]
    assert found["neighbourhood"].param_names == ["name"]
    r = run("queries")
    assert r.exit_code == 0
    for name in EXPECTED:
        assert f"{name}: " in r.stdout
    assert "--param agency=..." in r.stdout


def test_every_named_query_answers(trig_file):
    store = spacegraph.open(trig_file)
    for name, params in NAMED_CASES:
        assert rows(store.named(name, **params, raw=True)), (name, params)


def test_names_match_labels_and_alt_labels_in_any_case(trig_file):
    store = spacegraph.open(trig_file)
    by_label = norm(store.named("agreements", agency="indian space research organisation", raw=True))
    assert by_label == norm(store.named("agreements", agency="IsRo", raw=True)) != []
    coop = rows(store.named("cooperation", a="isro", b="esa", raw=True))
    assert {r[1].value for r in coop} == {"ISRO-ESA agreement", "Axiom-4"}
    assert not rows(store.named("cooperation", a="isro", b="nasa", raw=True))
    n = rows(store.named("neighbourhood", name="iss", raw=True))
    assert ("in", "Axiom-4") in {(r[1].value, r[4].value if r[4] else None) for r in n}


def test_param_injection_is_a_harmless_value(tmp_path, trig_file):
    db = tmp_path / "db"
    with spacegraph.open(db) as store:
        store.load(trig_file)
        n = len(store)
        assert rows(store.named("agreements", agency=INJECTION, raw=True)) == []
        echoed = rows(store.query("SELECT ?v WHERE { }", v=INJECTION))
        assert echoed == [(ox.Literal(INJECTION),)]
        assert len(store) == n
    r = run("query", "--store", db, "--named", "people", "--param", f"agency={INJECTION}", "--format", "csv")
    assert r.exit_code == 0 and r.stdout.splitlines() == ["person,name,titles,heads,affiliations"]
    r = run("query", "--store", db, "SELECT ?v {}", "-p", f"v={INJECTION}", "--format", "json")
    assert json.loads(r.stdout)["results"]["bindings"][0]["v"]["value"] == INJECTION
    with spacegraph.open(db) as store:
        assert len(store) == n
    # the VALUES block is the only change to the text
    text = with_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": INJECTION})
    assert text.count("DROP ALL") == 1 and '"x\\" } ; DROP ALL ; #"' in text
    with pytest.raises(QueryError):
        with_values("SELECT ?x WHERE { }", {"bad name": "x"})
    r = run("query", "--store", db, "--named", "people", "--param", "nope=1")
    assert r.exit_code == 1 and "no parameter 'nope'" in r.stderr


def test_syntax_error_names_line_and_column(trig_file, tmp_path):
    r = run("query", trig_file, "SELECT ?x WHERE {\n  ?x ?p \n}")
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1
    assert "line 3, column" in r.stderr and "Traceback" not in r.stderr
    f = tmp_path / "bad.rq"
    f.write_text("PREFIX sg: <https://w3id.org/spacegraph/ontology#>\nSELECT * WHERE { ?s sg:party ?o . FILTER( }\n")
    r = run("query", trig_file, "-f", f)
    assert r.exit_code == 1 and re.search(r"bad\.rq: syntax error at line [23], column \d+: ", r.stderr)
    with pytest.raises(QueryError, match=r"line 1, column \d+"):
        spacegraph.open(trig_file).query("SELEC * {}")


def test_result_formats(trig_file):
    q = ["query", trig_file, "--named", "agreements", "--param", "agency=ESA"]
    table = run(*q).stdout.splitlines()
    assert table[0].split() == ["agreement", "label", "parties", "signatories", "signedOn", "areas"]
    assert set(table[1]) <= {"-", " "} and table[-1] == "(1 row)"
    assert "agreement:isro-esa-1a2b3c4d5e-1" in table[2]
    rows_csv = list(csv.reader(io.StringIO(run(*q, "--format", "csv").stdout)))
    assert rows_csv[0][1] == "label" and rows_csv[1][1] == "ISRO-ESA agreement"
    tsv = run(*q, "--format", "tsv").stdout.splitlines()
    assert tsv[0].startswith("?agreement\t?label") and '"ISRO-ESA agreement"' in tsv[1]
    js = json.loads(run(*q, "--format", "json").stdout)
    assert js["head"]["vars"][:2] == ["agreement", "label"] and len(js["results"]["bindings"]) == 1
    xml = run(*q, "--format", "xml").stdout
    assert xml.startswith("<?xml") and "ISRO-ESA agreement" in xml
    parsed = ox.parse_query_results(xml.encode(), ox.QueryResultsFormat.XML)
    assert len(list(parsed)) == 1
    assert run("query", trig_file, "ASK { ?s a <https://w3id.org/spacegraph/ontology#Agreement> }").stdout == "true\n"


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_construct_gives_rdf(trig_file, fmt):
    r = run("query", trig_file, "CONSTRUCT WHERE { ?s a <https://w3id.org/spacegraph/ontology#Person> }",
            "--format", fmt)
    assert r.exit_code == 0, r.stderr
    triples = list(ox.parse(r.stdout_bytes, ox.RdfFormat.from_extension(fmt)))
    assert len(triples) == 3
    d = run("query", trig_file, "DESCRIBE <https://w3id.org/spacegraph/resource/agency/esa>", "--format", fmt)
    assert d.exit_code == 0 and len(list(ox.parse(d.stdout_bytes, ox.RdfFormat.from_extension(fmt)))) == 4


def test_format_mismatch_is_an_error(trig_file):
    r = run("query", trig_file, "SELECT * { ?s ?p ?o }", "--format", "ttl")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    r = run("query", trig_file)
    assert r.exit_code == 2


def test_named_queries_give_the_same_rows_in_rdflib(tmp_path):
    """The named queries are plain SPARQL 1.1: rdflib's engine gives the same rows."""
    import rdflib

    out = tmp_path / "g.ttl"
    sample = Path(__file__).resolve().parents[1] / "examples" / "isro-esa-human-spaceflight.txt"
    assert run("build", str(sample), "-o", str(out)).exit_code == 0
    store = spacegraph.open(out)
    graph = rdflib.Graph().parse(out)
    for nq in named_queries():
        text = re.sub(r"^\s*# if \w+\n.*?^\s*# end\n", "", nq.text, flags=re.S | re.M)
        assert len(list(graph.query(text))) == len(list(store.query(text))), nq.name
