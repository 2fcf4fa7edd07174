"""Hostile text: whatever an article holds, every output format is valid RDF that Raptor's
`rapper` and rdflib both parse, IRIs are plain ASCII, and the graph conforms to the shapes."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
import rdflib

from spacegraph.validate import load, validate
from spacegraph.vocab import SG

from helpers import RAPPER, RDFLIB, lines, run

LONG_NAME = " ".join(["Xenophon"] * 1250)[:10_000]  # a 10,000-character name
CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\n\r\t")
HOSTILE = [
    'quotes " \' """ \'\'\' and \\ backslashes \\" \\u0022',
    "angle <brackets> </script> <http://evil/> & &amp; @prefix x: <y> .",
    "new\nlines\r\nand\ttabs\n\n.\n",
    f"control{CONTROLS}characters\x7f\x85\x9f",
    "right\u200fto\u202eleft\u202c\u200e marks \u2066isolate\u2069",
    "emoji 🚀🛰️👩‍🚀🇮🇳 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "noncharacters \ufffe\uffff\ufdd0 \U0001fffe and BOM \ufeff",
    "zero\u200bwidth\u2028line\u2029paragraph",
]
ARTICLE = "\n".join([
    "Hostile \"headline\" <with> markup 🚀",
    "ISRO and ESA signed an agreement on human spaceflight in Paris on Saturday. " + HOSTILE[0],
    "ESA Director General Jösef \"Rocket\" Äschbacher <b>signed</b> it 🚀 \\o/ \u200f. " + HOSTILE[1],
    f"NASA Administrator {LONG_NAME} Smith said NASA and JAXA signed an agreement. " + HOSTILE[2],
    "ISRO Chairman S. Sománath\u200f said ISRO will send an astronaut. " + HOSTILE[3],
    "The European Space Agency and \u202eASI\u202c signed a memorandum of understanding. " + HOSTILE[4],
    *HOSTILE[5:],
])
SUFFIXES = [".ttl", ".nt", ".nq", ".trig", ".jsonld"]
BAD_IRI = re.compile(r"[\x00-\x20<>\"{}|^`\\\x7f-\U0010ffff]")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The hostile article, as a file with a hostile name and as a JSON Lines record, in each format."""
    folder = tmp_path_factory.mktemp("hostile")
    src = folder / "a \"b\" <c> {d}\n🚀 \u202egnp.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    feed = folder / "feed.jsonl"
    feed.write_text(json.dumps({"text": ARTICLE + "\ud800 lone \udfff surrogates",
                                "title": "\x00<title> \"quoted\"\n🚀",
                                "url": "https://example.org/a b?<q>=\"1\"#\u202e🚀\x00",
                                "published": "2024-11-20"}) + "\n", encoding="utf-8")
    out = {}
    for suffix in SUFFIXES:
        out[suffix] = folder / f"graph{suffix}"
        result = run("build", src, feed, "--title", "Title\x00 with <tags> & \"quotes\"\n\u202eand more",
                    "-o", out[suffix])
        assert result.code == 0, result.stderr
    return out


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_every_format_parses_with_rdflib_and_conforms(outputs, suffix):
    g = rdflib.Dataset()
    g.parse(outputs[suffix], format=RDFLIB[suffix])
    assert len(g) > 50
    report = validate(load(outputs[suffix]))
    assert report.conforms, report


@pytest.mark.parametrize("suffix", [s for s in SUFFIXES if s in RAPPER])
def test_every_format_parses_with_rapper_and_counts_the_same(outputs, suffix):
    if not shutil.which("rapper"):
        pytest.skip("Raptor's rapper is not installed (apt-get install raptor2-utils)")
    run = subprocess.run(["rapper", "-i", RAPPER[suffix], "-c", str(outputs[suffix])],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Error" not in run.stderr and "Warning" not in run.stderr, run.stderr
    count = int(re.search(r"returned (\d+) (?:triple|statement)", run.stderr).group(1))
    g = rdflib.Dataset()
    g.parse(outputs[suffix], format=RDFLIB[suffix])
    assert count == len(list(g.quads()))


def test_iris_are_plain_ascii_and_long_names_stay_short(outputs):
    g = rdflib.Graph().parse(outputs[".nt"])
    iris = {str(t) for triple in g for t in triple if isinstance(t, rdflib.URIRef)}
    assert iris
    for iri in iris:
        assert not BAD_IRI.search(iri), iri
        assert len(iri) < 250, iri


def test_the_text_comes_out_as_written_less_what_no_rdf_can_hold(outputs):
    g = rdflib.Graph().parse(outputs[".ttl"])
    literals = [str(o) for o in g.objects() if isinstance(o, rdflib.Literal)]
    text = "\n".join(literals)
    for kept in ('"Rocket"', "<b>signed</b>", "🚀 \\o/ \u200f.", "Jösef", "Äschbacher"):
        assert kept in text, kept
    assert 'Title with <tags> & "quotes" \u202eand more' in literals  # --title, on one line
    for dropped in ("\x00", "\x07", "\x1b", "\ufffe", "\uffff", "\ud800", "\ufeff"):
        assert dropped not in text, repr(dropped)
    # the sentence with the 10,000-character name is broken into lines of at most 1,000
    assert max(len(str(s)) for s in g.objects(None, SG.sourceSentence)) <= 1000


def test_offsets_point_into_the_text_as_read(outputs):
    from spacegraph import read

    text = read.clean(ARTICLE)
    g = rdflib.Graph().parse(outputs[".ttl"])
    statements = list(g.subjects(SG.sourceSentence, None))
    assert statements
    for st in statements:
        start, end = int(g.value(st, SG.startOffset)), int(g.value(st, SG.endOffset))
        sentence = str(g.value(st, SG.sourceSentence))
        assert sentence == text[start:end] or sentence in read.clean(ARTICLE + "\ud800 lone \udfff surrogates")


def test_hostile_file_names_are_one_line_when_skipped(tmp_path):
    bad = tmp_path / "line\nbreak \u202e\x1b[31mred.txt"
    bad.write_bytes(b"")
    result = run("build", bad, "-o", tmp_path / "g.ttl")
    assert result.code == 1
    assert len(lines(result.stderr)) == 1 and result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_any_string_as_a_name_title_source_or_sentence_writes_valid_rdf(tmp_path, suffix):
    """Not only what the extractor finds: things named by every hostile string (cleaned
    as read.py cleans text), straight through the graph writer."""
    from datetime import date

    from spacegraph import pipeline, read
    from spacegraph.model import Article, Evidence, Extraction, Fact, Thing, slug

    names = [read.clean(h) for h in [*HOSTILE, LONG_NAME + " 🚀\"<>", "", " ", "\n"]]
    text = read.clean("\n".join(HOSTILE))
    article = Article(text=text, title=names[0], source=read.clean(HOSTILE[1]),
                      url=read.clean("https://example.org/<a b>\"{|}^`\\" + HOSTILE[4]), published=date(2024, 1, 2))
    ex = Extraction(article=article)
    ev = Evidence(names[2], 0, len(names[2]))
    for n, name in enumerate(names):
        tid = f"person/{slug(name)}-{n}"
        ex.things[tid] = Thing("Person", name or "x", slug(name), alt_labels={name[::-1] or "y"})
        ex.facts.append(Fact(tid, "affiliation", "agency/esa", ev))
        ex.facts.append(Fact(tid, "jobTitle", name or "z", ev, literal=True))
    ex.things["agency/esa"] = Thing("SpaceAgency", "ESA", "esa")
    out = tmp_path / f"g{suffix}"
    pipeline.write([ex], out)
    g = rdflib.Dataset()
    g.parse(out, format=RDFLIB[suffix])
    literals = {str(o) for _, _, o, _ in g.quads() if isinstance(o, rdflib.Literal)}
    assert {n for n in names if n} <= literals
    iris = {str(t) for q in g.quads() for t in q[:3] if isinstance(t, rdflib.URIRef)}
    assert all(not BAD_IRI.search(i) and len(i) < 250 for i in iris)
    if suffix in RAPPER and shutil.which("rapper"):
        run = subprocess.run(["rapper", "-i", RAPPER[suffix], "-c", str(out)], capture_output=True, text=True)
        assert run.returncode == 0 and "Error" not in run.stderr, run.stderr
