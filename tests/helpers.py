"""What the tests share: `run` (the command line in this process), `spacegraph` (in a
subprocess), the sample article, and a hand-made two-article graph with helpers for the
store and server tests. Fixtures are in conftest.py."""
from __future__ import annotations

import importlib.util
from datetime import date
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacegraph.cli import main
from spacegraph.extract import Extractor
from spacegraph.model import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "isro-esa-human-spaceflight.txt"
RAPPER = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig"}
RDFLIB = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}

GOOD = ("ISRO and ESA signed an agreement on human spaceflight in Paris on Saturday.\n"
        "The agreement was signed by ISRO Chairman S. Somanath and ESA Director General Josef Aschbacher.\n")


# `spacegraph` with this interpreter, whether or not the console script is on PATH
COMMAND = [sys.executable, "-c", "import sys; from spacegraph.cli import main; sys.argv[0] = 'spacegraph'; main()"]


@dataclass
class Run:
    """A command's exit code and output (`output`: stdout and stderr as interleaved)."""

    code: int
    stdout: str
    stderr: str
    output: str = ""
    stdout_bytes: bytes = b""

    @property
    def exit_code(self) -> int:
        return self.code


def run(*args, input: str | bytes | None = None) -> Run:
    """`spacegraph ARGS` in this process (click's CliRunner); an exception other than an
    exit is a bug in the command, and raised here."""
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr, result.output, result.stdout_bytes)


def spacegraph(*args, env: dict[str, str] | None = None, cwd: Path | None = None,
               timeout: float = 120) -> Run:
    """The `spacegraph` command in a subprocess."""
    done = subprocess.run([*COMMAND, *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, cwd=cwd, timeout=timeout)
    return Run(done.returncode, done.stdout, done.stderr, done.stdout + done.stderr)


def _benchmark_corpus():
    """benchmarks/corpus.py: seeded synthetic articles, as the benchmarks build them."""
    spec = importlib.util.spec_from_file_location("benchmark_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # for its dataclasses
    spec.loader.exec_module(module)
    return module


_corpus = _benchmark_corpus()
article, write_corpus, write_jsonl = _corpus.article, _corpus.write_corpus, _corpus.write_jsonl


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def no_traceback(run: Run) -> None:
    assert "Traceback" not in run.stderr and "Error:" not in run.stderr.split("spacegraph:")[0], run.stderr


def leftovers(folder: Path) -> list[Path]:
    """Temporary files a write left behind."""
    return sorted(p for p in folder.rglob("*") if p.name.endswith(".part"))


# --- the two-article graph, stores and servers ----------------------------------------------

A1 = "https://w3id.org/spacegraph/resource/article/isro-esa-1a2b3c4d5e"
A2 = "https://w3id.org/spacegraph/resource/article/nasa-jaxa-9f8e7d6c5b"

TRIG = """\
@prefix sg: <https://w3id.org/spacegraph/ontology#> .
@prefix agency: <https://w3id.org/spacegraph/resource/agency/> .
@prefix agreement: <https://w3id.org/spacegraph/resource/agreement/> .
@prefix area: <https://w3id.org/spacegraph/resource/area/> .
@prefix article: <https://w3id.org/spacegraph/resource/article/> .
@prefix fact: <https://w3id.org/spacegraph/resource/fact/> .
@prefix mission: <https://w3id.org/spacegraph/resource/mission/> .
@prefix person: <https://w3id.org/spacegraph/resource/person/> .
@prefix station: <https://w3id.org/spacegraph/resource/station/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

article:isro-esa-1a2b3c4d5e {
  article:isro-esa-1a2b3c4d5e a sg:Article ; dcterms:title "ISRO and ESA sign agreement" .
  agency:isro a sg:SpaceAgency ; rdfs:label "Indian Space Research Organisation" ;
      skos:altLabel "ISRO" ; sg:mentionedIn article:isro-esa-1a2b3c4d5e .
  agency:esa a sg:SpaceAgency ; rdfs:label "European Space Agency" ;
      skos:altLabel "ESA" ; sg:mentionedIn article:isro-esa-1a2b3c4d5e .
  person:s-somanath a sg:Person ; rdfs:label "S. Somanath" ; sg:jobTitle "Chairman" ;
      sg:heads agency:isro .
  person:josef-aschbacher a sg:Person ; rdfs:label "Josef Aschbacher" ;
      sg:jobTitle "Director General" ; sg:heads agency:esa .
  person:shubhanshu-shukla a sg:Person, sg:Astronaut ; rdfs:label "Shubhanshu Shukla" ;
      sg:affiliation agency:isro .
  area:astronaut-training a sg:CooperationArea ; rdfs:label "astronaut training" .
  agreement:isro-esa-1a2b3c4d5e-1 a sg:Agreement ; rdfs:label "ISRO-ESA agreement" ;
      sg:party agency:isro, agency:esa ;
      sg:signatory person:s-somanath, person:josef-aschbacher ;
      sg:signedOn "2024-11-16"^^xsd:date ; sg:coversArea area:astronaut-training ;
      sg:concerns mission:axiom-4 .
  mission:axiom-4 a sg:Mission, sg:CrewedMission ; rdfs:label "Axiom-4" ; skos:altLabel "Ax-4" ;
      sg:crewMember person:shubhanshu-shukla ; sg:participant agency:isro, agency:esa ;
      sg:destination station:international-space-station ; sg:status "planned" .
  station:international-space-station a sg:SpaceStation ; rdfs:label "International Space Station" ;
      skos:altLabel "ISS" ; sg:status "active" .
  fact:0001 a rdf:Statement ; rdf:subject agreement:isro-esa-1a2b3c4d5e-1 ;
      rdf:predicate sg:party ; rdf:object agency:isro ;
      prov:wasDerivedFrom article:isro-esa-1a2b3c4d5e ;
      sg:sourceSentence "ISRO and ESA signed an agreement." ; sg:startOffset 10 ; sg:endOffset 43 .
  fact:0002 a rdf:Statement ; rdf:subject mission:axiom-4 ;
      rdf:predicate sg:crewMember ; rdf:object person:shubhanshu-shukla ;
      prov:wasDerivedFrom article:isro-esa-1a2b3c4d5e ;
      sg:sourceSentence "Shukla will fly on Axiom-4." ; sg:startOffset 44 ; sg:endOffset 71 .
}

article:nasa-jaxa-9f8e7d6c5b {
  article:nasa-jaxa-9f8e7d6c5b a sg:Article ; dcterms:title "NASA and JAXA on the Gateway" .
  agency:nasa a sg:SpaceAgency ; rdfs:label "National Aeronautics and Space Administration" ;
      skos:altLabel "NASA" .
  agency:jaxa a sg:SpaceAgency ; rdfs:label "Japan Aerospace Exploration Agency" ;
      skos:altLabel "JAXA" .
  station:gateway a sg:SpaceStation ; rdfs:label "Lunar Gateway" ; skos:altLabel "Gateway" ;
      sg:operator agency:nasa ; sg:status "planned" .
  station:international-space-station sg:operator agency:nasa, agency:jaxa .
  agreement:nasa-jaxa-9f8e7d6c5b-1 a sg:Agreement ; rdfs:label "NASA-JAXA Gateway agreement" ;
      sg:party agency:nasa, agency:jaxa ; sg:signedOn "2024-04-10"^^xsd:date ;
      sg:concerns station:gateway .
  fact:0003 a rdf:Statement ; rdf:subject station:gateway ;
      rdf:predicate sg:operator ; rdf:object agency:nasa ;
      prov:wasDerivedFrom article:nasa-jaxa-9f8e7d6c5b ;
      sg:sourceSentence "NASA leads the Gateway." ; sg:startOffset 0 ; sg:endOffset 23 .
}
"""

# What each named query is run with in the cross-checks.
NAMED_CASES = [
    ("agreements", {}), ("agreements", {"agency": "isro"}),
    ("neighbourhood", {"name": "ISS"}), ("neighbourhood", {"name": "esa"}),
    ("crewed-missions", {}), ("crewed-missions", {"agency": "ESA"}),
    ("stations", {}), ("stations", {"agency": "jaxa"}),
    ("cooperation", {"a": "ISRO", "b": "ESA"}), ("cooperation", {}),
    ("people", {}), ("people", {"agency": "ISRO"}),
    ("sources", {}), ("sources", {"name": "gateway"}),
]


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def norm(results) -> list[tuple]:
    """SELECT results comparable across stores: GROUP_CONCAT lists sorted, rows sorted."""
    import pyoxigraph as ox

    out = []
    variables = [v.value for v in results.variables]
    for sol in results:
        row = []
        for v in variables:
            t = sol[v]
            if t is None or (isinstance(t, ox.Literal) and t.value == ""):
                row.append("")  # an empty GROUP_CONCAT: unbound in Oxigraph, "" in Virtuoso
            elif isinstance(t, ox.Literal) and "; " in t.value:
                row.append("; ".join(sorted(t.value.split("; "))))
            else:
                row.append(str(t))
        out.append(tuple(row))
    return sorted(out)


def snapshot(db: Path) -> list[str]:
    """The store's quads, sorted (the store is opened, read and closed)."""
    import gc

    import pyoxigraph as ox

    from spacegraph.store import Store

    gc.collect()
    store = Store.open(db)
    try:
        return sorted(ox.serialize(store.inner, None, ox.RdfFormat.N_QUADS).decode().splitlines())
    finally:
        store.close()
        gc.collect()


def changed_trig(tmp_path: Path) -> Path:
    """The two articles again; the second one shrunk to its title."""
    head, _, _ = TRIG.partition("article:nasa-jaxa-9f8e7d6c5b {")
    path = tmp_path / "changed.trig"
    path.write_text(head + 'article:nasa-jaxa-9f8e7d6c5b {\n article:nasa-jaxa-9f8e7d6c5b '
                    'a sg:Article ; dcterms:title "NASA and JAXA" .\n}\n', encoding="utf-8")
    return path


def wait_for(endpoint: str, proc: subprocess.Popen, what: str, diagnose, seconds: float = 20,
             pause: float = 0.05) -> None:
    """Wait until the SPARQL endpoint answers ASK {}, or fail the test with what the
    server said (`diagnose()`) when it exits or the time is up."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(f"{endpoint}?query=ASK%7B%7D", timeout=max(1.0, pause * 8)).read()
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{what} did not start: {str(diagnose())[-500:]}")
            time.sleep(pause)


def stop(proc: subprocess.Popen, seconds: float) -> None:
    """Ask a server to stop; kill it if it has not within `seconds`."""
    proc.terminate()
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def facts(extractor: Extractor, text: str, published: date | None = None) -> set[tuple[str, str, str]]:
    """(subject label, property, object label or literal) for every fact read from text."""
    ex = extractor(Article(text=text, title="t", source="t.txt", published=published))
    name = lambda tid: ex.things[tid].label  # noqa: E731
    return {(name(f.subject), f.prop, str(f.obj) if f.literal else name(f.obj)) for f in ex.facts}


def things(extractor: Extractor, text: str) -> dict[str, str]:
    """label -> class of every thing found in text."""
    ex = extractor(Article(text=text, title="t", source="t.txt"))
    return {t.label: t.cls for t in ex.things.values()}
