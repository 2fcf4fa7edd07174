"""spacegraph.analysis: the graph as networkx, cooperation between organisations, stats."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

import spacegraph
from spacegraph import analysis, vocab
from spacegraph.query import rows
from spacegraph.validate import load
from spacegraph.vocab import SG, SGR

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"
ISRO, ESA = str(SGR["agency/isro"]), str(SGR["agency/esa"])


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("analysis") / "sample.nq"
    spacegraph.write(spacegraph.build([str(SAMPLE)]), out)
    return out


@pytest.fixture(scope="module")
def sample(sample_file) -> Graph:
    return load(str(sample_file))


def test_nodes_are_things_with_labels_and_classes(sample):
    G = spacegraph.to_networkx(sample)
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() > 5 and G.number_of_edges() > 5
    for node, data in G.nodes(data=True):
        assert data["label"] and isinstance(data["label"], str), node
        assert data["classes"] and all("/" not in c and "#" not in c for c in data["classes"])
        assert data["cls"] in data["classes"]
    assert G.nodes[ISRO]["label"] == "Indian Space Research Organisation"
    assert G.nodes[ISRO]["cls"] == "SpaceAgency"


def test_no_provenance_articles_or_mentions(sample):
    G = spacegraph.to_networkx(sample)
    statements = {str(s) for s in sample.subjects(RDF.type, RDF.Statement)}
    articles = {str(s) for s in sample.subjects(RDF.type, SG.Article)}
    assert statements and articles
    assert not (statements | articles) & set(G.nodes)
    assert not any("/fact/" in n or "/article/" in n for n in G.nodes)
    properties = {d["property"] for *_, d in G.edges(data=True)}
    assert "mentionedIn" not in properties
    assert {"party", "participant", "crewMember", "heads"} <= properties
    for u, v, key, d in G.edges(keys=True, data=True):
        assert key == d["property"] and d["label"]
        assert URIRef(u) in set(sample.subjects(SG[d["property"]], URIRef(v)))


def test_edges_are_the_object_facts_between_things(sample):
    G = spacegraph.to_networkx(sample)
    expected = 0
    for p in vocab.fact_properties():
        for s, o in sample.subject_objects(p):
            if str(s) in G and not isinstance(o, Literal) and str(o) in G:
                expected += 1
    assert G.number_of_edges() == expected


def test_deterministic(sample, sample_file):
    a, b = spacegraph.to_networkx(sample), spacegraph.to_networkx(load(str(sample_file)))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert list(a.nodes) == sorted(a.nodes)
    assert analysis.stats(sample) == analysis.stats(load(str(sample_file)))


def test_most_specific_class_wins():
    g = Graph()
    x = SGR["agency/x"]
    for c in (SG.Organization, SG.SpaceAgency, URIRef("http://www.w3.org/ns/org#Organization")):
        g.add((x, RDF.type, c))
    g.add((x, RDFS.label, Literal("X Agency")))
    G = analysis.to_networkx(g)
    assert G.nodes[str(x)]["cls"] == "SpaceAgency"
    assert G.nodes[str(x)]["classes"] == ["Organization", "SpaceAgency"]


def test_cooperation_links_isro_and_esa(sample):
    C = analysis.cooperation(sample)
    assert isinstance(C, nx.Graph) and not C.is_directed()
    assert C.has_edge(ISRO, ESA)
    edge = C.edges[ISRO, ESA]
    assert edge["weight"] == len(edge["via"]) >= 2
    assert edge["via"] == sorted(edge["via"])
    assert "Axiom Mission 4" in edge["via"]
    assert any(v.startswith("Agreement") for v in edge["via"])
    assert C.nodes[ISRO]["cls"] == "SpaceAgency"
    for node in C:  # only organisations
        assert C.nodes[node]["cls"] in {"SpaceAgency", "Company", "Organization"}


def test_cooperation_agrees_with_the_named_query(sample_file, sample):
    C = analysis.cooperation(sample)
    store = spacegraph.open(str(sample_file))
    shared = rows(store.named("cooperation", a="ISRO", b="ESA", raw=True))
    assert sorted(r[1].value for r in shared) == C.edges[ISRO, ESA]["via"]


def _count(store: ox.Store, sparql: str) -> dict[str, int]:
    prefix = ("PREFIX sg: <https://w3id.org/spacegraph/ontology#>\n"
              "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n")
    out = {}
    for sol in store.query(prefix + sparql, use_default_graph_as_union=True):
        out[sol["k"].value.rsplit("#", 1)[-1]] = int(sol["n"].value)
    return out


def test_stats_match_sparql_counts(sample_file, sample):
    store = ox.Store()
    store.load(path=str(sample_file), format=ox.RdfFormat.N_QUADS)
    data = analysis.stats(sample)
    per_class = _count(store, """SELECT ?k (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s a ?k . FILTER(STRSTARTS(STR(?k), STR(sg:)) && ?k != sg:Article) } GROUP BY ?k""")
    assert data["things_per_class"] == dict(sorted(per_class.items(), key=lambda kv: (-kv[1], kv[0])))
    per_property = _count(store, """SELECT ?k (COUNT(*) AS ?n) WHERE {
        ?s ?k ?o . FILTER(STRSTARTS(STR(?k), STR(sg:)) && ?k != sg:mentionedIn
        && ?k NOT IN (sg:sourceSentence, sg:startOffset, sg:endOffset, sg:extractionRule)) } GROUP BY ?k""")
    assert data["facts_per_property"] == dict(sorted(per_property.items(), key=lambda kv: (-kv[1], kv[0])))
    articles = _count(store, "SELECT ('a#articles' AS ?k) (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sg:Article }")
    assert data["articles"] == articles["articles"] == 1
    assert data["things"] == sum(per_class.values())
    assert data["facts"] == sum(per_property.values())


def test_most_connected(sample):
    data = analysis.stats(sample)
    G = spacegraph.to_networkx(sample)
    top = data["most_connected"]
    assert len(top) == min(10, G.number_of_nodes())
    degrees = [t["degree"] for t in top]
    assert degrees == sorted(degrees, reverse=True)
    assert degrees[0] == max(d for _, d in G.degree())
    assert all(G.degree(t["id"]) == t["degree"] and G.nodes[t["id"]]["label"] == t["label"] for t in top)
    assert ISRO in {t["id"] for t in top}


def test_table_is_aligned(sample):
    text = analysis.format_stats(analysis.stats(sample), "sample.nq")
    assert text.startswith("sample.nq: ") and " things, " in text.splitlines()[0]
    assert "things per class" in text and "facts per property" in text and "most connected" in text
    block = text.split("most connected\n", 1)[1].splitlines()
    assert len({line.index(line.split()[1]) for line in block[2:]}) == 1  # class column aligned


def test_export_formats(sample, tmp_path):
    G = spacegraph.to_networkx(sample)
    analysis.export(G, tmp_path / "g.graphml", "graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    analysis.export(analysis.cooperation(sample), tmp_path / "c.gexf", "gexf")
    coop = nx.read_gexf(tmp_path / "c.gexf")
    assert coop.number_of_edges() >= 1
    with pytest.raises(analysis.ExportError):
        analysis.export(G, tmp_path / "x", "dot")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_skos_is_not_a_fact(sample):
    G = spacegraph.to_networkx(sample)
    assert not any(d["property"] in ("altLabel", "label", "sameAs", "type") for *_, d in G.edges(data=True))
    assert SKOS.altLabel not in vocab.fact_properties() and SG.mentionedIn not in vocab.fact_properties()
