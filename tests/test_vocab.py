"""One vocabulary: a property declared in the ontology is known everywhere, with no other
change in Python. A copy of the package gets `sg:launchVehicle` in its ontology and
nothing else; the build renders it, and stats, export, evaluate, validate and the view
count and name it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAUNCH_VEHICLE = """
sg:launchVehicle a owl:ObjectProperty ;
    rdfs:label "launch vehicle" ;
    skos:definition "The rocket that launches the mission." ;
    rdfs:domain sg:Mission ;
    rdfs:range sg:Spacecraft .
"""

# a mission and its rocket, read from one sentence; the rest as a build writes it
GRAPH = """\
@prefix sg: <https://w3id.org/spacegraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix mission: <https://w3id.org/spacegraph/resource/mission/> .
@prefix spacecraft: <https://w3id.org/spacegraph/resource/spacecraft/> .
@prefix article: <https://w3id.org/spacegraph/resource/article/> .
@prefix fact: <https://w3id.org/spacegraph/resource/fact/> .

article:a a sg:Article ; dcterms:title "Hera lifts off" ; dcterms:source "a.txt" .
mission:hera a sg:Mission ; rdfs:label "Hera" ; sg:mentionedIn article:a ;
    sg:launchVehicle spacecraft:falcon-9 .
spacecraft:falcon-9 a sg:Spacecraft ; rdfs:label "Falcon 9" ; sg:mentionedIn article:a .
fact:1 a rdf:Statement ; rdf:subject mission:hera ; rdf:predicate sg:launchVehicle ;
    rdf:object spacecraft:falcon-9 ; prov:wasDerivedFrom article:a ;
    sg:sourceSentence "Hera lifted off on a Falcon 9." ;
    sg:startOffset 0 ; sg:endOffset 30 .
"""

GOLD = """\
entities:
  hera: {class: Mission, names: [Hera]}
  rocket: {class: Spacecraft, names: [Falcon 9]}
facts:
  - [hera, launchVehicle, rocket]
"""

# In the copy: the renderer writes the property an extraction names, and the scorer
# credits it (the command line runs the build from articles, which never state it).
SCRIPT = """\
import io, json, sys
from datetime import date
from spacegraph import evaluate, pipeline, serialize
from spacegraph.model import Article, Evidence, Extraction, Fact, Thing
from spacegraph.validate import load

article = Article(text="Hera lifted off on a Falcon 9.", title="Hera", source="a.txt", published=date(2024, 10, 7))
things = {"mission/hera": Thing("Mission", "Hera", "hera"),
          "spacecraft/falcon-9": Thing("Spacecraft", "Falcon 9", "falcon-9")}
ev = Evidence("Hera lifted off on a Falcon 9.", 0, 30)
out = io.BytesIO()
pipeline.write([Extraction(article, things, [Fact("mission/hera", "launchVehicle", "spacecraft/falcon-9", ev)])],
               out, serialize.format_for("x.ttl"))
score = evaluate.score_graph(load(sys.argv[1]), evaluate.Gold.load(sys.argv[2]))
print(json.dumps({"ttl": out.getvalue().decode(), "tp_facts": score.tp_facts, "gold_facts": score.gold_facts}))
"""


def package_copy(root: Path, ontology_extra: str = "") -> Path:
    """The package's sources copied under `root` (the ontology's symlink resolved), with
    `ontology_extra` appended to the copy's ontology; returns the folder for PYTHONPATH."""
    src = root / "src"
    shutil.copytree(ROOT / "src" / "spacegraph", src / "spacegraph",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    with (src / "spacegraph" / "ontology" / "spacegraph.ttl").open("a", encoding="utf-8") as fh:
        fh.write(ontology_extra)
    return src


def run_in(src: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=300)


def cli(src: Path, *args: str) -> subprocess.CompletedProcess:
    return run_in(src, "-c", "import sys; from spacegraph.cli import main; sys.argv[0] = 'spacegraph'; main()",
                  *map(str, args))


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("vocab")
    (work / "graph.ttl").write_text(GRAPH, encoding="utf-8")
    (work / "gold").mkdir()
    (work / "gold" / "a.yaml").write_text(GOLD, encoding="utf-8")
    (work / "corpus").mkdir()
    (work / "corpus" / "a.txt").write_text("Hera lifted off on a Falcon 9.\n", encoding="utf-8")
    return {"work": work, "with": package_copy(work / "with", LAUNCH_VEHICLE),
            "without": package_copy(work / "without")}


def test_the_copy_is_imported(copies):
    run = run_in(copies["with"], "-c", "import spacegraph; print(spacegraph.__file__)")
    assert run.stdout.strip().startswith(str(copies["with"])), run.stderr


def test_stats_counts_the_new_property(copies):
    graph = copies["work"] / "graph.ttl"
    known = json.loads(cli(copies["with"], "stats", graph, "--format", "json").stdout)
    assert known["facts_per_property"] == {"launchVehicle": 1}
    assert known["most_connected"][0]["degree"] == 1
    unknown = json.loads(cli(copies["without"], "stats", graph, "--format", "json").stdout)
    assert unknown["facts_per_property"] == {}  # what the issue saw: dropped without a word


def test_export_writes_the_new_edge_with_its_label(copies, tmp_path):
    run = cli(copies["with"], "export", copies["work"] / "graph.ttl", "--to", "csv", "-o", tmp_path / "csv")
    assert run.returncode == 0, run.stderr
    edges = (tmp_path / "csv" / "edges.csv").read_text(encoding="utf-8").splitlines()
    assert len(edges) == 2 and edges[1].endswith(",launchVehicle,launch vehicle")


def test_validate_counts_the_new_fact(copies):
    run = cli(copies["with"], "validate", copies["work"] / "graph.ttl")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == "conforms: 2 things, 1 facts"


def test_evaluate_takes_gold_facts_of_the_new_property(copies):
    work = copies["work"]
    run = cli(copies["with"], "evaluate", "--gold", work / "gold", "--corpus", work / "corpus")
    assert run.returncode == 0, run.stderr
    before = cli(copies["without"], "evaluate", "--gold", work / "gold", "--corpus", work / "corpus")
    assert before.returncode == 1 and "unknown property 'launchVehicle'" in before.stderr


def test_the_build_renders_it_and_the_scorer_credits_it(copies):
    work = copies["work"]
    run = run_in(copies["with"], "-c", SCRIPT, str(work / "graph.ttl"), str(work / "gold" / "a.yaml"))
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert "sg:launchVehicle spacecraft:falcon-9" in found["ttl"] and "rdf:predicate sg:launchVehicle" in found["ttl"]
    assert found["tp_facts"] == found["gold_facts"] == 1


def test_the_view_names_it_by_its_label(copies, tmp_path):
    page = tmp_path / "view.html"
    assert cli(copies["with"], "view", copies["work"] / "graph.ttl", "-o", page).returncode == 0
    assert '"launch vehicle"' in page.read_text(encoding="utf-8")


def test_the_copy_needed_no_python_change(copies):
    for path in (ROOT / "src" / "spacegraph").glob("*.py"):
        copied = copies["with"] / "spacegraph" / path.name
        assert copied.read_bytes() == path.read_bytes(), path.name
    assert textwrap.dedent(LAUNCH_VEHICLE).strip() in \
        (copies["with"] / "spacegraph" / "ontology" / "spacegraph.ttl").read_text(encoding="utf-8")
