"""The graph is rendered as N-Triples text without oxigraph terms (for speed), so that text
must be what oxigraph itself would print, term for term, and the IRIs must not change."""
from __future__ import annotations

from datetime import date

import lz4.block
import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib.namespace import RDFS, SKOS

from spacegraph import graph, knowledge, pipeline, serialize
from spacegraph.model import Article, Evidence, Extraction, Fact, Thing, digest
from spacegraph.vocab import SG, SGR

TRICKY = ["", "plain", 'say "hi"', "back\\slash", "\\u0041 is not A", "tab\there", "line\nbreak\r\n",
          "\x00\x01\x1f\x7f", "\x08\x0c\x0b", "\ufffe\uffff\ufffd", "\U0001F680 émoji \u0301",
          "\u2028\u2029\x85", "\U0010FFFF\U0001FFFE", '"\\"\\\\"', "ends with \\"]


def test_literal_is_what_oxigraph_writes_for_every_code_point():
    points = (chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in points if graph.literal(c) != str(ox.Literal(c))] == []


@pytest.mark.parametrize("text", TRICKY)
def test_literal_is_what_oxigraph_writes_for_tricky_strings(text):
    assert graph.literal(text) == str(ox.Literal(text))


@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_literal_is_what_oxigraph_writes_for_any_string(text):
    assert graph.literal(text) == str(ox.Literal(text))


def test_a_date_literal_is_an_xsd_date():
    xsd_date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    assert graph.literal(date(2024, 2, 29)) == str(ox.Literal("2024-02-29", datatype=xsd_date))


@pytest.mark.parametrize("text", ["\ud800", "lone \udfff surrogate", "\\\udc80"])
def test_a_lone_surrogate_is_refused_as_oxigraph_refuses_it(text):
    with pytest.raises(ValueError):
        ox.Literal(text)
    with pytest.raises(ValueError, match="surrogate"):
        graph.literal(text)


def extraction() -> Extraction:
    """Every kind of statement the graph has, with hostile strings where strings go."""
    art = Article(text="x", title='A "title"\twith\\escapes \U0001F680', source="dir/a\nb.txt",
                  url="https://example.org/a?b=\"c\"", published=date(2023, 9, 27))
    agency = Thing("SpaceAgency", "Indian Space Research Organisation", "isro",
                   alt_labels={"ISRO", "इसरो"},
                   same_as={"http://dbpedia.org/resource/ISRO", "https://www.wikidata.org/wiki/Q178794"})
    person = Thing("Astronaut", 'Jane "JD" Doe', "jane-doe", extra_classes={"Person"}, local=True)
    deal = Thing("Agreement", "Agreement", "agreement-1", local=True)
    things = {graph.thing_id("SpaceAgency", "isro"): agency, graph.thing_id("Astronaut", "a-jane-doe"): person,
              graph.thing_id("Agreement", "a-agreement-1"): deal}
    ev = Evidence('She said "yes"\n\x7f\\ to ISRO.', 3, 30)
    facts = [Fact("person/a-jane-doe", "affiliation", "agency/isro", ev),
             Fact("person/a-jane-doe", "jobTitle", 'chief "scientist"\\', ev, literal=True),
             Fact("agreement/a-agreement-1", "signedOn", date(2023, 9, 1), ev, literal=True),
             Fact("agreement/a-agreement-1", "party", "agency/isro", Evidence("ISRO signed.", 40, 52))]
    return Extraction(art, things, facts)


def test_each_line_is_what_oxigraph_prints_for_its_quad():
    ex = extraction()
    lines = list(graph.lines(ex))
    assert [f"{q.subject} {q.predicate} {q.object}" for q in graph.quads(ex)] == lines
    assert all(str(q.graph_name) == graph.article_node(ex.article.id) for q in graph.quads(ex))
    assert len(lines) == 5 + 7 + 4 + 3 + 4 * 9  # the article, its three things, four facts


def test_a_streaming_render_leaves_out_exactly_the_labels():
    ex = extraction()
    labels = {f"<{RDFS.label}>", f"<{SKOS.altLabel}>"}
    name, _, _, body = pipeline.render(ex)
    kept = [line for line in graph.lines(ex) if line.split(" ")[1] not in labels]
    spilled = lz4.block.decompress(body).decode("utf-8").split("\n")[:-1]
    assert spilled == [line.decode("utf-8") for line in sorted({k.encode() for k in kept})]
    assert set(kept) == set(graph.lines(ex, with_labels=False))
    assert name == graph.article_node(ex.article.id)


def test_a_block_of_statements_is_in_the_order_its_lines_sort():
    """A streaming build sorts blocks as wholes: that is the lines' order only if each
    block is sorted already (a fact's source is one block)."""
    blocks = graph.blocks(extraction())
    sources = [block.split("\n") for block in blocks if "\n" in block]
    assert len(sources) == 4
    assert all(len(lines) == 8 and lines == sorted(lines, key=str.encode) for lines in sources)


def test_names_over_all_articles_replace_the_articles_own():
    ex = extraction()
    names = {"agency/isro": ("ISRO", {"Indian Space Research Organisation"})}
    quads = list(graph.quads(ex, names))
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    isro = ox.NamedNode(f"{SGR}agency/isro")
    assert [q.object.value for q in quads if q.predicate == label and q.subject == isro] == ["ISRO"]


def test_fact_iris_hash_the_terms_as_oxigraph_prints_them():
    """The statement IRI of each fact is as before rendering skipped oxigraph terms."""
    ex = extraction()
    g = ox.NamedNode(f"{SGR}article/{ex.article.id}")
    expected = []
    for fact in ex.facts:
        s = ox.NamedNode(f"{SGR}{fact.subject}")
        p = ox.NamedNode(str(SG[fact.prop]))
        if isinstance(fact.obj, date):
            o = ox.Literal(fact.obj.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        else:
            o = ox.Literal(fact.obj) if fact.literal else ox.NamedNode(f"{SGR}{fact.obj}")
        expected.append(f"{SGR}fact/{digest(f'{s}|{p}|{o}|{g}|{fact.evidence.start}', 16)}")
    statement = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
    assert [q.subject.value for q in graph.quads(ex) if q.object == statement] == expected


def test_an_article_whose_source_cannot_be_written_fails_alone():
    """As when `ox.Literal` refused it: the article's rendering fails, not the whole output."""
    ex = extraction()
    ex.article = Article(text="x", title="t", source="dir/\udcff.txt")
    with pytest.raises(ValueError):
        pipeline.render(ex)


def test_every_known_thing_and_sameas_is_a_valid_iri():
    """IRIs are no longer checked while rendering: those from the gazetteer are checked here
    (the others are slugs and hashes)."""
    for entry in knowledge.load().entries:
        ox.NamedNode(f"{SGR}{graph.thing_id(entry.cls, entry.id)}")
        for iri in entry.same_as:
            ox.NamedNode(iri)


def test_sorted_lines_are_in_the_order_arrange_sorts_quads():
    ex = extraction()
    # one subject and predicate with IRI and literal objects: lines sort as arrange sorts quads
    node = graph.thing_node("agency/isro")
    extra = [f"{node} <{SG.status}> {graph.literal(s)}" for s in ("", "~", "<", " a", '"', 'x "y"')]
    extra += [f"{node} <{SG.status}> {graph.thing_node(t)}" for t in ("agency/a", "agency/~")]
    lines = [line.decode() for line in sorted({*(x.encode() for x in (*graph.lines(ex), *extra))})]
    name = graph.article_node(ex.article.id)
    data = graph.document("".join(f"{line}\n" for line in lines).encode("utf-8"), name)
    quads = serialize.arrange(ox.parse(data, ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    assert [f"{q.subject} {q.predicate} {q.object}" for q in quads] == lines
