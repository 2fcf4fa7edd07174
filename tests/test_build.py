"""`spacegraph build`, as the README shows it: the sample article to a graph."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF

from helpers import run
from spacegraph.validate import load, validate
from spacegraph.vocab import SG

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"
RAPPER = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig"}


def build(*args: str) -> str:
    result = run("build", *args)
    assert result.exit_code == 0, result.output
    return result.output


def test_turtle_on_stdout_names_the_agreement_and_its_signatories():
    out = build(str(SAMPLE))
    g = rdflib.Graph().parse(data=out, format="turtle")
    agreement = next(g.subjects(RDF.type, SG.Agreement))
    labels = {str(g.value(p, rdflib.RDFS.label)) for p in g.objects(agreement, SG.signatory)}
    assert labels == {"S. Somanath", "Josef Aschbacher"}
    assert str(g.value(agreement, rdflib.RDFS.label)) == "Agreement between ISRO and ESA"


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_each_format_parses_and_conforms_to_the_shapes(tmp_path, suffix):
    out = tmp_path / f"graph{suffix}"
    build(str(SAMPLE), "-o", str(out))
    graph = load(out)
    assert len(graph) > 100
    report = validate(graph)
    assert report.conforms, report
    if suffix in RAPPER:
        if not shutil.which("rapper"):
            pytest.skip("Raptor's rapper is not installed (scripts/test installs raptor2-utils)")
        run = subprocess.run(["rapper", "-i", RAPPER[suffix], "-c", str(out)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_every_fact_says_where_it_was_read(tmp_path):
    out = tmp_path / "graph.ttl"
    build(str(SAMPLE), "-o", str(out))
    g = rdflib.Graph().parse(out)
    text = SAMPLE.read_text(encoding="utf-8")
    facts = [(s, p, o) for s, p, o in g if str(p).startswith(str(SG._NS)) and p not in
             (SG.mentionedIn, SG.sourceSentence, SG.startOffset, SG.endOffset, SG.extractionRule)]
    assert len(facts) >= 20
    for s, p, o in facts:
        statements = set(g.subjects(RDF.subject, s)) & set(g.subjects(RDF.predicate, p)) & set(g.subjects(RDF.object, o))
        assert statements, f"no source for {s} {p} {o}"
        for st in statements:
            start, end = int(g.value(st, SG.startOffset)), int(g.value(st, SG.endOffset))
            assert text[start:end] == str(g.value(st, SG.sourceSentence))


def test_quads_put_each_article_in_its_own_graph(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("NASA and JAXA signed an agreement on lunar exploration.\n", encoding="utf-8")
    out = tmp_path / "all.nq"
    build(str(SAMPLE), str(other), "-o", str(out))
    ds = rdflib.Dataset()
    ds.parse(out, format="nquads")
    in_graph = {(str(s), str(g)) for s, _, _, g in ds.quads((None, RDF.type, SG.Article, None))}
    assert len(in_graph) == 2 and all(article == graph for article, graph in in_graph)


def test_same_input_same_bytes_and_one_node_per_thing(tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    build(str(SAMPLE), "-o", str(a))
    build(str(SAMPLE), str(SAMPLE), "-o", str(b))
    assert a.read_bytes() == b.read_bytes()
    g = rdflib.Graph().parse(a)
    assert len(set(g.subjects(RDF.type, SG.SpaceAgency))) == 2


def test_stdin_is_an_article():
    result = run("build", "-", input="ESA and JAXA signed a joint statement.\n")
    assert result.exit_code == 0 and "sg:Agreement" in result.output


def test_unknown_output_format_is_one_line_and_exit_1(tmp_path):
    result = run("build", str(SAMPLE), "-o", str(tmp_path / "g.xyz"))
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "unknown output format" in result.output


@pytest.mark.parametrize("command", ["build", "query", "view", "validate"])
def test_help_says_what_each_option_does(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    options = [line for line in result.output.splitlines() if line.strip().startswith("-")]
    assert options and all(len(line.split(None, 1)) == 2 or "--help" in line for line in options)
