"""One table of formats: the command line's choices and help, the writer, the store, query
and validate read `spacegraph.formats`, so a new format is one entry."""
from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox

from helpers import COMMAND, SAMPLE
from spacegraph import formats

# registers a format, then runs the command line: what a plugin module would do
REGISTER = """\
import sys
import pyoxigraph as ox
from spacegraph import formats
formats.register(formats.Format("ntx", "graph", "N-Triples by another name", (".ntx",),
                                rdf=ox.RdfFormat.N_TRIPLES, rdflib="nt"))
formats.register(formats.Format("edgelist", "export", "an edge list, one file OUT", (".edges",),
                                writer=lambda graph, fh: __import__("networkx").write_edgelist(graph, fh, data=False)))
from spacegraph.cli import main
sys.argv[0] = "spacegraph"
main()
"""


def with_format(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", REGISTER, *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_a_registered_format_is_in_the_help():
    assert ".ntx" not in subprocess.run([*COMMAND, "build", "--help"], capture_output=True, text=True).stdout
    build = with_format("build", "--help").stdout
    assert "(.ttl .nt .nq .trig .jsonld .rdf .owl .n3 .ntx)" in " ".join(build.split())
    assert "[table|csv|tsv|json|xml|ttl|nt|nq|trig|jsonld|n3|ntx]" in with_format("query", "--help").stdout
    assert ".ntx" in with_format("--help").stdout  # the commands' short help
    assert "edgelist: an edge list, one file OUT" in " ".join(with_format("export", "--help").stdout.split())


def test_a_registered_format_is_written_read_and_loaded(tmp_path):
    out = tmp_path / "g.ntx"
    run = with_format("build", SAMPLE, "-o", out)
    assert run.returncode == 0, run.stderr
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES))) > 100
    assert with_format("validate", out).stdout.startswith("conforms: ")
    assert with_format("load", out, "--store", tmp_path / "store", "-q").returncode == 0
    run = with_format("query", out, "CONSTRUCT { ?s ?p ?o } WHERE { ?s a sg:Agreement ; ?p ?o }", "--format", "ntx")
    assert run.returncode == 0 and "<https://w3id.org/spacegraph/ontology#party>" in run.stdout
    run = with_format("export", out, "--to", "edgelist", "-o", tmp_path / "g.edges")
    assert run.returncode == 0, run.stderr
    assert "https://w3id.org/spacegraph/resource/agency/isro" in (tmp_path / "g.edges").read_text(encoding="utf-8")


def test_lookups():
    assert formats.for_path("a/b.TTL").rdf == ox.RdfFormat.TURTLE
    assert formats.for_path("x.owl").rdf == ox.RdfFormat.RDF_XML  # oxigraph's own lookup knows no .owl
    assert formats.for_path("x.txt") is None
    assert formats.named("turtle", "graph").name == "ttl"
    assert formats.named("xml", "results").results == ox.QueryResultsFormat.XML
    assert formats.named("xml", "graph").rdf == ox.RdfFormat.RDF_XML
    assert formats.graph_prefixes(ox.RdfFormat.N_QUADS) is None
    assert formats.graph_prefixes(ox.RdfFormat.TURTLE)["agency"].endswith("/resource/agency/")
