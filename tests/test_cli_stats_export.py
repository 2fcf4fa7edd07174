"""`spacegraph stats` and `spacegraph export`."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from helpers import run
import spacegraph
from spacegraph import analysis
from spacegraph.validate import load

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"
ISRO = "https://w3id.org/spacegraph/resource/agency/isro"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli-stats") / "sample.ttl"
    spacegraph.write(spacegraph.build([str(SAMPLE)]), out)
    return out


def test_stats_table(graph_file):
    r = run("stats", graph_file)
    assert r.exit_code == 0, r.output
    expected = analysis.stats(load(str(graph_file)))
    lines = r.stdout.splitlines()
    assert lines[0] == (f"{graph_file}: {expected['things']} things, {expected['facts']} facts, "
                        f"{expected['articles']} article")
    for heading in ("things per class", "facts per property", "most connected"):
        assert heading in lines
    start = lines.index("things per class") + 1
    rows = lines[start:lines.index("", start)]
    assert [r.split()[0] for r in rows] == list(expected["things_per_class"])
    assert len({len(r) for r in rows}) == 1  # counts right-aligned in one column
    assert "Indian Space Research Organisation" in r.stdout
    assert run("stats", graph_file).stdout == r.stdout


def test_stats_json(graph_file):
    r = run("stats", graph_file, "--format", "json", "--top", "3")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data == analysis.stats(load(str(graph_file)), top=3)
    assert data["articles"] == 1 and data["things"] > 10
    assert len(data["most_connected"]) == 3
    assert data["things_per_class"]["SpaceAgency"] == 2


def test_stats_errors(tmp_path):
    r = run("stats", tmp_path / "missing.ttl")
    assert r.exit_code == 1 and r.stderr.startswith("spacegraph: ") and len(r.stderr.splitlines()) == 1
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    r = run("stats", bad)
    assert r.exit_code == 1 and "bad.ttl" in r.stderr and "Traceback" not in r.output
    r = run("stats", tmp_path / "x.xyz")
    assert r.exit_code == 1 and "unknown graph format" in r.stderr
    assert run("stats", bad, "--format", "xml").exit_code == 2


def test_export_graphml(graph_file, tmp_path):
    out = tmp_path / "g.graphml"
    r = run("export", graph_file, "--to", "graphml", "-o", out)
    assert r.exit_code == 0, r.output
    G = nx.read_graphml(out)
    expected = spacegraph.to_networkx(load(str(graph_file)))
    assert set(G.nodes) == set(expected.nodes)
    assert G.number_of_edges() == expected.number_of_edges()
    assert G.nodes[ISRO]["label"] == "Indian Space Research Organisation"
    assert G.nodes[ISRO]["cls"] == "SpaceAgency"
    assert {d["property"] for *_, d in G.edges(data=True)} >= {"party", "participant"}
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]  # no temp file left


def test_export_gexf(graph_file, tmp_path):
    out = tmp_path / "g.gexf"
    r = run("export", graph_file, "--to", "gexf", "-o", out)
    assert r.exit_code == 0, r.output
    G = nx.read_gexf(out)
    assert ISRO in G and G.nodes[ISRO]["label"] == "Indian Space Research Organisation"
    assert G.number_of_edges() == spacegraph.to_networkx(load(str(graph_file))).number_of_edges()
    first = out.read_bytes()
    assert run("export", graph_file, "--to", "gexf", "-o", out).exit_code == 0
    assert out.read_bytes() == first  # deterministic, and an existing file is replaced


def test_export_csv(graph_file, tmp_path):
    out = tmp_path / "csv"
    r = run("export", graph_file, "--to", "csv", "-o", out)
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "nodes.csv"]
    with open(out / "nodes.csv", newline="", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(out / "edges.csv", newline="", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    expected = spacegraph.to_networkx(load(str(graph_file)))
    assert [n["id"] for n in nodes] == list(expected.nodes)
    assert list(nodes[0]) == ["id", "label", "cls", "classes"]
    assert list(edges[0]) == ["source", "target", "property", "label"]
    assert len(edges) == expected.number_of_edges()
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    assert "folder" in run("export", "--help").stdout


def test_export_errors(graph_file, tmp_path):
    r = run("export", graph_file, "--to", "graphml", "-o", tmp_path / "no" / "such" / "g.graphml")
    assert r.exit_code == 1 and r.stderr.startswith("spacegraph: ") and len(r.stderr.splitlines()) == 1
    a_file = tmp_path / "taken"
    a_file.write_text("x", encoding="utf-8")
    r = run("export", graph_file, "--to", "csv", "-o", a_file)
    assert r.exit_code == 1 and "not a folder" in r.stderr
    r = run("export", tmp_path / "missing.nq", "--to", "gexf", "-o", tmp_path / "g.gexf")
    assert r.exit_code == 1 and "missing.nq" in r.stderr
    assert run("export", graph_file, "--to", "dot", "-o", tmp_path / "g.dot").exit_code == 2
    assert run("export", graph_file, "--to", "gexf").exit_code == 2
