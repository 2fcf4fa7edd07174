"""The view page without a browser: one self-contained file, safe data, the CLI."""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Dataset, Graph, URIRef

from helpers import run

from spacegraph.view import NotebookView, ViewError, notebook, read, render, short_title, write_view
from spacegraph.viewgraph import Article
from spacegraph.vocab import SG, SGR
from view_graphs import HOSTILE_NAME, HOSTILE_SENTENCE, Builder, count_things_and_facts, hostile_graph, \
    sample_graph, synthetic_graph


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="sg-data">(.*?)</script>', page, re.S)
    assert m, "the page embeds its data"
    return json.loads(m.group(1))


def assert_self_contained(page: str) -> None:
    lower = page.lower()
    assert not re.search(r"<script[^>]*\bsrc\s*=", lower), "a <script src> would load from elsewhere"
    assert not re.search(r"<link\b", lower), "a <link> would load from elsewhere"
    assert not re.search(r"<(img|iframe|object|embed|audio|video|source)\b", lower)
    assert not re.search(r"\b(src|href)\s*=\s*[\"']?\s*(https?:)?//", lower)
    assert not re.search(r"url\(\s*[\"']?\s*(https?:)?//", lower)
    assert not re.search(r"@import", lower)
    # Exactly three <script> elements: the data, vis-network, the page's own script.
    assert lower.count("<script") == 3 and lower.count("</script") == 3


def test_one_file_with_everything_inline(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    g = sample_graph()
    g.serialize(tmp_path / "g.ttl", format="turtle")
    result = run("view", "g.ttl", "-o", "graph.html")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl", "graph.html"], "nothing beside the page"
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert_self_contained(page)
    assert "vis.Network" in page and "stabilizationIterationsDone" in page
    assert 'name="viewport"' in page and "Content-Security-Policy" in page
    data = page_data(page)
    things, facts = count_things_and_facts(g)
    assert len(data["nodes"]) == things and len(data["edges"]) == facts


def test_deterministic():
    g = sample_graph()
    # Same graph built in another order gives the same bytes.
    shuffled = Graph()
    for t in sorted(g, key=lambda t: str(t[2]), reverse=True):
        shuffled.add(t)
    assert render(g) == render(g) == render(shuffled)
    assert "randomSeed:1" in render(g).replace(" ", "")


def test_labels_classes_and_sizes_follow_the_graph():
    data = page_data(render(sample_graph()))
    by_iri = {n["iri"]: n for n in data["nodes"]}
    isro = by_iri[str(SGR["agency/isro"])]
    assert isro["label"] == "Indian Space Research Organisation" and "ISRO" in isro["alt"]
    assert isro["same"] == ["http://www.wikidata.org/entity/Q80883"]
    classes = data["classes"]
    assert classes[isro["c"]]["key"] == "SpaceAgency"
    assert len({(c["color"], c["shape"]) for c in classes}) == len(classes), "a look per class"
    india = by_iri[str(SGR["country/india"])]
    assert isro["deg"] > india["deg"]
    # Edge labels are property labels (ontology's rdfs:label, else the local name).
    drawn = {data["props"][e["p"]] for e in data["edges"]}
    assert "covers area" in drawn or "coversArea" in drawn
    # Every fact carries its source sentence and article.
    for e in data["edges"]:
        assert e["src"], e
        art, sentence, start, end = data["sources"][e["src"][0]]
        assert sentence and end > start and data["articles"][art]["title"]


def test_hostile_text_is_escaped_in_the_page():
    page = render(hostile_graph())
    assert_self_contained(page)
    body = page.split('id="sg-data">', 1)[1].split("</script>", 1)[0]
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in body
    data = page_data(page)
    assert any(n["label"] == HOSTILE_NAME for n in data["nodes"])
    assert any(s[1] == HOSTILE_SENTENCE for s in data["sources"])
    # The page's script builds the DOM with textContent, never with HTML strings.
    app = page.rsplit("<script>", 1)[1]
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app


def test_vis_source_cannot_close_its_script_element():
    page = render(sample_graph())
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for js in scripts:
        assert not re.search(r"</script|<!--|<script", js, re.I)


def test_focus_and_depth():
    g = sample_graph()
    data = page_data(render(g, focus="ax-4", depth=1))
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {"Axiom-4", "Indian Space Research Organisation", "European Space Agency",
                      "ISRO\u2013ESA human spaceflight agreement", "ISRO's Gaganyatri astronaut",
                      "International Space Station"}
    assert data["nodes"][data["focus"]]["label"] == "Axiom-4"
    assert len(page_data(render(g, focus="Axiom-4", depth=0))["nodes"]) == 1
    assert len(page_data(render(g, focus="Axiom-4", depth=5))["nodes"]) == 13
    with pytest.raises(ViewError, match="no thing named"):
        render(g, focus="Nobody")


def test_max_nodes_draws_the_most_connected_of_each_class_and_keeps_the_rest():
    data = page_data(render(synthetic_graph(60), max_nodes=20))
    assert len(data["nodes"]) == 60, "every thing is in the page, for search and the legend"
    drawn = {row[0] for row in data["drawn"]}
    assert len(drawn) == 20
    connected = [n for n in data["nodes"] if n["deg"]]
    for cls in {n["c"] for n in connected}:
        members = [n for n in connected if n["c"] == cls]
        most = max(n["deg"] for n in members)
        assert any(n["id"] in drawn and n["deg"] == most for n in members), f"class {cls}"
        # What is left out is never more connected than what is drawn of its class.
        left_out = [n["deg"] for n in members if n["id"] not in drawn]
        assert not left_out or max(left_out) <= min(n["deg"] for n in members if n["id"] in drawn)


def test_the_first_drawing_starts_grouped_apart():
    data = page_data(render(synthetic_graph(200), max_nodes=50))
    assert data["physics"]["stabilization"]["enabled"]
    positions = [(x, y) for _, x, y in data["drawn"]]
    assert len(positions) == 50 and len(set(positions)) == 50, "no two things start on the same spot"


def test_things_with_no_fact_are_not_drawn_at_first():
    g = sample_graph()
    Builder(g).thing("spacecraft/falcon-9", SG.Spacecraft, "Falcon 9")
    data = page_data(render(g))
    falcon = next(n for n in data["nodes"] if n["label"] == "Falcon 9")
    assert falcon["deg"] == 0 and falcon["id"] not in {row[0] for row in data["drawn"]}
    assert len(data["drawn"]) == len(data["nodes"]) - 1


def test_short_titles():
    sentence = ("On Saturday, ISRO and ESA signed a comprehensive agreement to work together in the "
                "areas of human space exploration.")
    short = short_title(Article("a", sentence, "", "2024-01-20"))
    assert short == "On Saturday, ISRO and ESA signed a comprehensive agreement to work\u2026"
    assert short_title(Article("a", "Axiom-4 docks", "", "")) == "Axiom-4 docks"
    assert short_title(Article("a", "", "", "2024-01-20")) == "Article of 2024-01-20"
    assert short_title(Article("https://w3id.org/x/article/a-1", "", "", "")) == "a-1"


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")
def test_quad_formats_are_merged(tmp_path):
    g = sample_graph()
    ds = Dataset()
    named = ds.graph(URIRef("https://example.org/g1"))
    for t in g:
        named.add(t)
    ds.serialize(tmp_path / "g.nq", format="nquads")
    ds.serialize(tmp_path / "g.trig", format="trig")
    g.serialize(tmp_path / "g.jsonld", format="json-ld")
    g.serialize(tmp_path / "g.nt", format="nt", encoding="utf-8")
    expected = read(g)
    for name in ("g.nq", "g.trig", "g.jsonld", "g.nt"):
        got = read(tmp_path / name)
        assert (got.things, got.facts, got.sources, got.articles) == \
            (expected.things, expected.facts, expected.sources, expected.articles), name


def test_write_view_is_atomic(tmp_path):
    out = tmp_path / "v.html"
    out.write_text("old")
    write_view(sample_graph(), out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["v.html"]
    with pytest.raises(ViewError):
        write_view(sample_graph(), out, focus="Nobody")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_notebook_object():
    view = notebook(sample_graph(), height=500)
    assert isinstance(view, NotebookView)
    frame = view._repr_html_()
    assert frame.startswith("<iframe srcdoc=\"") and "sandbox=\"allow-scripts" in frame
    assert "<script" not in frame and "&lt;script" in frame


@pytest.mark.parametrize("args, message", [
    (["missing.ttl", "-o", "x.html"], "no such file"),
    (["bad.ttl", "-o", "x.html"], "not valid Turtle"),
    (["--store", "nostore", "-o", "x.html"], "nostore: no such store directory"),
    (["g.ttl", "-o", "x.html", "--focus", "Nobody"], "no thing named 'Nobody'"),
])
def test_cli_errors_are_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    sample_graph().serialize(tmp_path / "g.ttl", format="turtle")
    (tmp_path / "bad.ttl").write_text("this is @not turtle .\n")
    result = run("view", *args)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    err = result.stderr if hasattr(result, "stderr") else result.output
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("spacegraph: ") and message in lines[0]
    assert not (tmp_path / "x.html").exists()


def test_cli_focus_depth_max_nodes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sample_graph().serialize(tmp_path / "g.trig", format="trig")
    result = run("view", "g.trig", "-o", "v.html", "--focus", "ESA", "--depth", "2", "--max-nodes", "4")
    assert result.exit_code == 0, result.output
    data = page_data((tmp_path / "v.html").read_text(encoding="utf-8"))
    assert len(data["drawn"]) == 4 and len(data["nodes"]) > 4
    assert data["nodes"][data["focus"]]["label"] == "European Space Agency"
    assert data["focus"] in {row[0] for row in data["drawn"]}


def test_cli_help_explains_options():
    result = run("view", "--help")
    assert result.exit_code == 0
    for option in ("--output", "--store", "--focus", "--depth", "--max-nodes"):
        assert option in result.output
    assert "neighbourhood" in result.output.lower() and "left out" in result.output.lower()


def test_cli_views_a_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sample_graph().serialize(tmp_path / "g.nt", format="nt", encoding="utf-8")
    assert run("load", "g.nt", "--store", "db").exit_code == 0
    result = run("view", "--store", "db", "-o", "v.html")
    assert result.exit_code == 0, result.output
    assert run("view", "g.nt", "-o", "f.html").exit_code == 0
    from_store = page_data((tmp_path / "v.html").read_text(encoding="utf-8"))
    from_file = page_data((tmp_path / "f.html").read_text(encoding="utf-8"))
    assert from_store["nodes"] == from_file["nodes"] and from_store["edges"] == from_file["edges"]


@pytest.mark.parametrize("args", [["-o", "v.html"], ["g.nt", "--store", "db", "-o", "v.html"]])
def test_cli_wants_a_graph_or_a_store(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    sample_graph().serialize(tmp_path / "g.nt", format="nt", encoding="utf-8")
    result = run("view", *args)
    assert result.exit_code == 2 and "give a graph file (- for stdin) or --store DIR" in result.output
    assert not (tmp_path / "v.html").exists()
