"""Issue 17: the command line and the Python API keep the habits of their ecosystem. Each
item of the issue, as a user types it and through the Python API."""
from __future__ import annotations

import base64
import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

import spacegraph
from _http_stub import Stub
from helpers import COMMAND, GOOD, SAMPLE, no_traceback, run, spacegraph as sg_process
from spacegraph import analysis
from spacegraph.console import Bar
from spacegraph.store import Store

EXAMPLES = SAMPLE.parent
SECOND = EXAMPLES / "jaxa-astronaut-crew-11.txt"


def articles_in(nq: Path) -> set[str]:
    return {q.graph_name.value for q in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS)}


# 1. a path is a path -------------------------------------------------------------------------

def test_build_takes_one_path_as_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a string iterated as characters would read "." and "/"
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert [ex.article.source for ex in spacegraph.build("a.txt")] == ["a.txt"]
    assert len(spacegraph.build(str(EXAMPLES))) == len(list(EXAMPLES.glob("*.txt")))
    with pytest.raises(spacegraph.read.ReadError, match="^zz.txt: no such file$"):
        spacegraph.build("zz.txt")


# 2. adding to a graph never destroys it; no command overwrites its input ---------------------------

def test_build_refuses_to_write_over_an_input_and_into_adds(tmp_path):
    graph = tmp_path / "news.nq"
    assert run("build", SAMPLE, "-o", graph).exit_code == 0
    before = graph.read_bytes()
    r = run("build", graph, SECOND, "-o", graph)
    assert r.exit_code == 1 and "news.nq: is also an input" in r.stderr and "--into" in r.stderr
    assert graph.read_bytes() == before
    assert run("build", SECOND, "--into", graph).exit_code == 0
    both = tmp_path / "both.nq"
    run("build", SAMPLE, SECOND, "-o", both)
    assert sorted(graph.read_text().splitlines()) == sorted(both.read_text().splitlines())
    assert run("build", SECOND, "--into", graph).exit_code == 0  # built again: replaced, not doubled
    assert sorted(graph.read_text().splitlines()) == sorted(both.read_text().splitlines())


def test_an_rdf_input_to_build_is_merged_or_refused(tmp_path):
    run("build", SAMPLE, "-o", tmp_path / "one.nq")
    r = run("build", tmp_path / "one.nq", SECOND, "-o", tmp_path / "two.trig")
    assert r.exit_code == 0 and len(spacegraph.open(tmp_path / "two.trig").graphs()) == 2
    run("build", SAMPLE, "-o", tmp_path / "one.ttl")
    r = run("build", tmp_path / "one.ttl", SECOND, "-o", tmp_path / "x.nq")
    assert r.exit_code == 1 and "one graph for all articles" in r.stderr and not (tmp_path / "x.nq").exists()
    with pytest.raises(spacegraph.read.ReadError, match="a graph file, not an article"):
        spacegraph.build(tmp_path / "one.nq")


@pytest.mark.parametrize("command", [
    ["view", "{g}", "-o", "{g}"], ["export", "{g}", "--to", "graphml", "-o", "{g}"],
    ["query", "{g}", "ASK {{}}", "-o", "{g}"], ["validate", "{g}", "-o", "{g}"]])
def test_no_command_replaces_its_own_input(tmp_path, command):
    graph = tmp_path / "g.ttl"
    run("build", SAMPLE, "-o", graph)
    before = graph.read_bytes()
    r = run(*[part.format(g=graph) for part in command])
    assert r.exit_code == 1 and "is also an input" in r.stderr
    no_traceback(r)
    assert graph.read_bytes() == before


# 3. article identity ---------------------------------------------------------------------------

def test_two_texts_under_one_url_are_two_articles(tmp_path):
    records = tmp_path / "feed.jsonl"
    records.write_text("".join(json.dumps({"url": "https://example.org/news/1", "title": title, "text": text}) + "\n"
                               for title, text in (("One", GOOD), ("Two", "NASA and JAXA signed an agreement."))))
    assert run("build", records, "-o", tmp_path / "g.nq").exit_code == 0
    assert len(articles_in(tmp_path / "g.nq")) == 2
    run("load", records, "--store", tmp_path / "db", "-q")
    with Store.open(tmp_path / "db") as store:
        assert len(store.graphs()) == 2
    ids = [ex.article.id for ex in spacegraph.build(records)]
    assert len(set(ids)) == 2 and ids == [ex.article.id for ex in spacegraph.build(records)]  # deterministic


# 4. pipes --------------------------------------------------------------------------------------

def test_build_to_stdout_pipes_into_stats(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    built = subprocess.run([*COMMAND, "build", str(tmp_path / "a.txt"), "-o", "-", "--format", "nq"],
                           capture_output=True, check=True)
    stats = subprocess.run([*COMMAND, "stats", "-"], input=built.stdout, capture_output=True)
    assert stats.returncode == 0 and stats.stdout.startswith(b"-: ") and b"1 article" in stats.stdout
    r = run("build", "-", "-o", "-", input=GOOD)
    assert r.exit_code == 0 and r.stdout.startswith("@prefix")


def test_build_into_head_ends_quietly():
    shell = f"{' '.join(repr(c) for c in COMMAND)} build {EXAMPLES} -o - --format nq | head -1"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout.count("\n") == 1 and done.stderr == ""


@pytest.mark.parametrize("command", [["view", "-", "-o", "-"], ["export", "-", "--to", "gexf", "-o", "-"],
                                     ["query", "-", "SELECT ?s WHERE { ?s a sg:SpaceAgency }"],
                                     ["validate", "-"], ["stats", "-", "--from", "trig"]])
def test_every_reading_command_reads_stdin_and_writes_stdout(tmp_path, command):
    graph = run("build", SAMPLE, "--format", "trig").stdout
    r = run(*command, input=graph)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip() and not (tmp_path / "-").exists() and not Path("-").exists()


# 5. stores and files are interchangeable -----------------------------------------------------------

def test_stats_export_validate_dump_take_a_store(tmp_path):
    graph, db = tmp_path / "g.nq", tmp_path / "db"
    run("build", SAMPLE, SECOND, "-o", graph)
    run("load", graph, "--store", db, "-q")
    assert json.loads(run("stats", "--store", db, "--format", "json").stdout) == \
        json.loads(run("stats", graph, "--format", "json").stdout)
    assert run("validate", "--store", db).stdout.startswith("conforms:")
    assert run("export", "--store", db, "--to", "graphml", "-o", tmp_path / "g.graphml").exit_code == 0
    assert run("dump", "--store", db, "-o", tmp_path / "back.nq").exit_code == 0
    assert sorted((tmp_path / "back.nq").read_text().splitlines()) == sorted(graph.read_text().splitlines())
    assert analysis.stats(db) == analysis.stats(graph)


def test_update_keeps_the_union_true(tmp_path):
    db = tmp_path / "db"
    run("load", SAMPLE, "--store", db, "-q")
    count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s sg:status ?o }'
    assert run("query", "--store", db, count).stdout.split()[2] != "0"
    r = run("update", "--store", db, "DELETE WHERE { GRAPH ?g { ?s sg:status ?o } }")
    assert r.exit_code == 0 and "quads in the article graphs" in r.stderr
    assert run("query", "--store", db, count).stdout.split()[2] == "0"  # gone from the union too
    r = run("update", "--store", db, 'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/x> rdfs:label "X" } }')
    assert run("query", "--store", db, 'SELECT ?l WHERE { <https://example.org/x> rdfs:label ?l }').stdout.split()[2] == "X"
    r = run("query", "--store", db, "INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }")
    assert r.exit_code == 1 and "spacegraph update" in r.stderr and "CONSTRUCT" not in r.stderr
    with Store.open(db) as store:
        before, after = store.update("DELETE WHERE { GRAPH <https://example.org/g> { ?s ?p ?o } }")
        assert after == before - 1


# 6. big files go through Oxigraph (the figures: benchmarks/bench_big.py) ------------------------------

def test_stats_and_query_of_a_file_never_use_rdflib(tmp_path, monkeypatch):
    graph = tmp_path / "g.nq"
    run("build", SAMPLE, "-o", graph)
    import rdflib

    def refuse(*args, **kwargs):
        raise AssertionError("rdflib parsed the file")

    monkeypatch.setattr(rdflib.Graph, "parse", refuse)
    assert run("stats", graph).exit_code == 0
    assert run("query", graph, "--named", "agreements").exit_code == 0
    assert run("export", graph, "--to", "csv", "-o", tmp_path / "csv").exit_code == 0


# 7. the progress bar -------------------------------------------------------------------------------

def test_progress_bar_counts_from_the_first_article_and_draws_a_few_times_a_second():
    now = [0.0]
    out = io.StringIO()
    bar = Bar("extracting", 2000, file=out, clock=lambda: now[0])
    now[0] = 5.0  # start-up: loading the model
    for _ in range(2000):
        bar.tick(1)
        now[0] += 0.004  # 250 articles a second: 8 s in all
        if bar.done == 10:
            assert "0:07 left" in bar.text(now[0]) or "0:08 left" in bar.text(now[0])
    bar.close()
    assert bar.draws <= 8 * 4 + 3 and len(out.getvalue()) < 8000


# 8. Python API edges -------------------------------------------------------------------------------

def test_write_takes_a_format_name_and_a_stream():
    ex = spacegraph.build(SAMPLE)
    out = io.BytesIO()
    spacegraph.write(ex, out, "ttl")
    assert out.getvalue().startswith(b"@prefix")
    with pytest.raises(ValueError, match="unknown graph format 'docx'"):
        spacegraph.write(ex, io.BytesIO(), "docx")


def test_to_networkx_takes_a_path_a_store_extractions_or_rdflib(tmp_path):
    graph = tmp_path / "g.nq"
    ex = spacegraph.build(SAMPLE)
    spacegraph.write(ex, graph)
    from spacegraph.validate import load

    nodes = sorted(spacegraph.to_networkx(graph).nodes)
    assert nodes and all(sorted(spacegraph.to_networkx(g).nodes) == nodes
                         for g in (str(graph), spacegraph.open(graph), ex, load(str(graph))))


def test_named_query_rows_are_plain_values_and_raw_terms_one_option_away(tmp_path):
    graph = tmp_path / "g.nq"
    run("build", SAMPLE, "--published", "2024-11-16", "-o", graph)
    store = spacegraph.open(graph)
    rows = store.named("agreements")
    assert rows and all(isinstance(v, (str, int, date, type(None))) for row in rows for v in row.values())
    assert isinstance(rows[0]["label"], str)
    raw = spacegraph.query.rows(store.named("agreements", raw=True))
    assert isinstance(raw[0][1], ox.Literal) and raw[0][1].value == rows[0]["label"]
    assert spacegraph.query.value(ox.Literal("2024-11-16", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#date"))) == date(2024, 11, 16)
    assert spacegraph.query.value(ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))) == 7


# 9. provenance and output details ------------------------------------------------------------------

def test_source_sentences_keep_no_trailing_blank_lines(tmp_path):
    text = "ISRO and ESA sign agreement\n\n\nThe deal was signed by ISRO Chairman S. Somanath.\n"
    sentences = [f.evidence.sentence for ex in spacegraph.build(_write(tmp_path / "a.txt", text)) for f in ex.facts]
    assert sentences and all(s == s.strip() for s in sentences)


def test_rdf_xml_output_is_read_by_rapper(tmp_path):
    assert run("build", SAMPLE, "-o", tmp_path / "g.rdf").exit_code == 0
    assert (tmp_path / "g.rdf").read_text().startswith("<?xml")
    r = run("build", SAMPLE, "-o", "-", "--format", "xml")
    assert r.stdout.startswith("<?xml")
    import shutil

    if shutil.which("rapper"):
        done = subprocess.run(["rapper", "-i", "rdfxml", "-c", str(tmp_path / "g.rdf")], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def test_gexf_is_reproducible(tmp_path):
    run("build", SAMPLE, "-o", tmp_path / "g.nq")
    a = run("export", tmp_path / "g.nq", "--to", "gexf", "-o", "-").stdout_bytes
    assert a and b"lastmodifieddate" not in a
    assert a == run("export", tmp_path / "g.nq", "--to", "gexf", "-o", "-").stdout_bytes


def test_push_names_a_turtle_files_graph_without_its_folder(tmp_path):
    graph = tmp_path / "secret-folder" / "news.ttl"
    graph.parent.mkdir()
    run("build", SAMPLE, "-o", graph)
    with Stub() as stub:
        r = run("push", graph, "--endpoint", f"{stub.url}/store")
    assert r.exit_code == 0, r.stderr
    paths = [req.path for req in stub.requests]
    assert paths and all("secret-folder" not in p and "file%3A" not in p for p in paths)
    assert any("graph%2Fnews-ttl" in p for p in paths)


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped(tmp_path):
    trig = tmp_path / "g.trig"
    trig.write_text('@prefix sg: <https://w3id.org/spacegraph/ontology#> .\n'
                    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                    '<https://w3id.org/spacegraph/resource/article/a> {\n'
                    '<https://w3id.org/spacegraph/resource/agency/x> a sg:SpaceAgency ; rdfs:label "=HYPERLINK(1)" .\n'
                    '<https://w3id.org/spacegraph/resource/agency/y> a sg:SpaceAgency ; rdfs:label "@SUM(A1)" .\n'
                    '<https://w3id.org/spacegraph/resource/agency/z> a sg:SpaceAgency ; rdfs:label "-2+3" . }\n')
    assert run("export", trig, "--to", "csv", "-o", tmp_path / "out").exit_code == 0
    labels = [line.split(",")[1] for line in (tmp_path / "out" / "nodes.csv").read_text().splitlines()[1:]]
    assert labels == ["'=HYPERLINK(1)", "'@SUM(A1)", "'-2+3"]


def test_a_file_over_a_million_characters_builds(tmp_path):
    text = "ISRO and ESA signed an agreement.\n" + "The weather was mild and the sky was clear today.\n" * 21_000
    assert len(text) > 1_000_000
    r = run("build", _write(tmp_path / "long.txt", text), "-o", tmp_path / "g.nq")
    assert r.exit_code == 0, r.stderr
    assert len(spacegraph.build(tmp_path / "long.txt")) == 1


@pytest.mark.parametrize("echo", ["json", "url", "base64", "plus"])
def test_a_password_echoed_in_another_form_is_never_printed(tmp_path, monkeypatch, trig_file, echo):
    user, password = "alice", 'p@ss "w/rd" + 42'
    forms = {"json": json.dumps(password)[1:-1], "url": __import__("urllib.parse").parse.quote(password, safe=""),
             "plus": __import__("urllib.parse").parse.quote_plus(password),
             "base64": base64.b64encode(f"{user}:{password}".encode()).decode()}
    monkeypatch.setenv("SPACEGRAPH_USER", user)
    monkeypatch.setenv("SPACEGRAPH_PASSWORD", password)
    with Stub(statuses=[400], auth=(user, password), body=f'{{"error": "{forms[echo]}"}}'.encode()) as stub:
        r = run("push", trig_file, "--endpoint", f"{stub.url}/store")
    assert r.exit_code == 1 and "answered 400" in r.stderr and forms[echo] not in r.stderr and "***" in r.stderr


def test_a_secret_in_the_query_string_is_never_printed(trig_file):
    with Stub(statuses=[400], body=b"bad key tok3n-XYZ-987") as stub:
        r = run("push", trig_file, "--endpoint", f"{stub.url}/store?api_key=tok3n-XYZ-987")
    assert r.exit_code == 1 and "tok3n-XYZ-987" not in r.stderr
    r = run("push", trig_file, "--endpoint", "ftp://host/store?api_key=tok3n-XYZ-987")
    assert r.exit_code == 2 and "tok3n-XYZ-987" not in r.stderr and "api_key=***" in r.stderr


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
