"""Property-based: for generated article text (words, real agency names, titles, quotes,
any Unicode), the build never crashes, its output parses with rdflib in every format and
conforms to the SHACL shapes."""
from __future__ import annotations

import io
import logging
import re

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacegraph import pipeline, read, serialize
from spacegraph.validate import validate

AGENCIES = ["ISRO", "ESA", "NASA", "JAXA", "CNES", "Roscosmos", "the European Space Agency",
            "Indian Space Research Organisation", "Axiom Space", "SpaceX", "the Canadian Space Agency"]
TITLES = ["Director General", "Chairman", "Administrator", "President", "astronaut", "Group Captain",
          "Deputy Administrator", "Commander", "Mission Specialist"]
NAMES = ["Josef Aschbacher", "S. Somanath", "Bill Nelson", "Shubhanshu Shukla", "Peggy Whitson",
         "Jo \"Rocket\" Doe", "Ana-María Núñez", "李 明", "O'Brien", "X Æ A-12"]
WORDS = ["signed", "an", "agreement", "on", "human", "spaceflight", "with", "and", "the", "mission",
         "Gaganyaan", "Axiom-4", "to", "International Space Station", "Artemis", "memorandum of understanding",
         "in", "Paris", "Bengaluru", "on Saturday", "in 2025", "will", "launch", "crew", "said", "said:",
         "astronaut training", "cooperation", "Moon", "Mars", "joint statement", "of", "by", "its", "."]
PUNCT = [". ", "! ", "? ", ", ", "; ", ": ", " \"", "\" ", " '", "' ", " (", ") ", " — ", "\n", "\n\n",
         " « ", " » ", " “", "” ", " <b>", "</b> ", " & ", " \\ ", "\t", "\r\n"]

token = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(AGENCIES), st.sampled_from(NAMES), st.sampled_from(PUNCT),
    st.builds(lambda t, n: f"{t} {n}", st.sampled_from(TITLES), st.sampled_from(NAMES)),
    st.builds(lambda a, t, n: f"{a} {t} {n}", st.sampled_from(AGENCIES), st.sampled_from(TITLES),
              st.sampled_from(NAMES)),
    st.text(min_size=1, max_size=12),  # any Unicode: controls, surrogates, marks, emoji
    st.from_regex(r"[A-Z][a-z]{1,10}", fullmatch=True),
)
articles = st.lists(token, min_size=1, max_size=80).map(" ".join)

FORMATS = [(ox.RdfFormat.N_QUADS, "nquads"), (ox.RdfFormat.TURTLE, "turtle"),
           (ox.RdfFormat.TRIG, "trig"), (ox.RdfFormat.JSON_LD, "json-ld"), (ox.RdfFormat.N_TRIPLES, "nt")]


@pytest.fixture(scope="module")
def extractor():
    return pipeline.shared_extractor()


def read_as_cli_does(text: str, encoding: str = "utf-8") -> list:
    """The articles `spacegraph build` reads from a file holding `text`, or [] when it
    reports the file as unreadable (a `ReadError` is the one accepted failure)."""
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    try:
        return list(read.read_bytes(data, "generated.txt", ".txt"))
    except read.ReadError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("generated.txt")
        return []


def check_graph(extractions) -> None:
    quads = pipeline.to_quads(extractions)
    merged = None
    for fmt, parser in FORMATS:
        buf = io.BytesIO()
        serialize.write(quads, buf, fmt)
        data = rdflib.Dataset()
        logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)
        data.parse(data=buf.getvalue(), format=parser)
        triples = {(s, p, o) for s, p, o, _ in data.quads()}
        if merged is None:
            merged = triples
        assert triples == merged, f"{parser} holds other triples than N-Quads"
    g = rdflib.Graph()
    for t in merged:
        g.add(t)
    report = validate(g)
    assert report.conforms, report


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles)
def test_generated_articles_build_parse_and_conform(extractor, text):
    extractions = [extractor(a) for a in read_as_cli_does(text)]
    check_graph(extractions)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles, encoding=st.sampled_from(["utf-16", "cp1252", "latin-1", "utf-8-sig"]),
       title=st.text(max_size=40), url=st.text(max_size=40))
def test_any_encoding_title_and_url(extractor, text, encoding, title, url):
    extractions = [extractor(read.with_metadata(a, title, url)) for a in read_as_cli_does(text, encoding)]
    check_graph(extractions)


@settings(max_examples=25, deadline=None)
@given(text=st.text(max_size=3000))
def test_clean_text_is_safe_and_keeps_offsets_meaningful(text):
    try:
        cleaned = read.clean(text, "x")
    except read.ReadError:
        return
    assert cleaned == read.clean(cleaned, "x")  # cleaning twice changes nothing
    ox.Literal(cleaned)  # no lone surrogate: every RDF syntax can hold it
    for ch in cleaned:
        assert ch in "\t\n\r" or not (ch < " " or "\x7f" <= ch <= "\x9f")
    # no stretch between two sentence ends is longer than LONG_SENTENCE, unless it has no space
    pieces = re.split(r"\n|(?<=[.!?])(?=\s)", cleaned)
    assert all(len(p) <= read.LONG_SENTENCE or not re.search(r"[ \t]", p[read.LONG_SENTENCE // 2:])
               for p in pieces)


@settings(max_examples=20, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS[:-1] + AGENCIES + [" ", "a.b", "U.S.", "\t"]), min_size=300, max_size=600))
def test_long_runs_are_broken_where_a_space_was(words):
    text = " ".join(words)
    cleaned = read.clean(text, "x")
    assert len(cleaned) == len(text)  # a space became a line break: offsets are unchanged
    assert all(a == b or (a in " \t" and b == "\n") for a, b in zip(text, cleaned))
