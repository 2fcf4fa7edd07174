"""Articles in any form: plain text, Markdown, HTML, JSON Lines, folders, globs."""
from __future__ import annotations

import html
import json
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS, RDF, RDFS

from helpers import run
from spacegraph.vocab import SCHEMA, SG

TEXT = """Orbital partners sign lunar pact

On Friday, NASA and the Canadian Space Agency signed an agreement on lunar exploration and astronaut training.
The agreement was signed by NASA Administrator Jane Roe and CSA President John Doe.

The two agencies will also build the Aurora lander together.
"""


def facts(path: Path) -> set[tuple[str, str, str]]:
    g = rdflib.Graph().parse(path)
    name = lambda n: str(g.value(n, RDFS.label) or n)  # noqa: E731
    skip = (SG.mentionedIn, SG.sourceSentence, SG.startOffset, SG.endOffset, SG.extractionRule)
    return {(name(s), str(p), name(o) if not isinstance(o, rdflib.Literal) else str(o))
            for s, p, o in g if str(p).startswith(str(SG._NS)) and p not in skip}


def build(*args: str) -> None:
    result = run("build", *args)
    assert result.exit_code == 0, result.output


def as_html(text: str) -> str:
    title, *paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title>"
            "<script>var x = 'ESA and JAXA signed a secret deal';</script></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>{body}</article>"
            "<footer>Subscribe to our newsletter.</footer></body></html>")


def test_html_and_plain_text_copies_give_the_same_facts(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.html").write_text(as_html(TEXT), encoding="utf-8")
    build(str(tmp_path / "a.txt"), "-o", str(tmp_path / "t.ttl"))
    build(str(tmp_path / "a.html"), "-o", str(tmp_path / "h.ttl"))
    got = facts(tmp_path / "t.ttl")
    assert got == facts(tmp_path / "h.ttl")
    assert any(p.endswith("#signatory") and o == "Jane Roe" for _, p, o in got)
    assert "secret" not in (tmp_path / "h.ttl").read_text(encoding="utf-8")


def test_relative_dates_resolve_against_the_publication_date(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    build(str(tmp_path / "a.txt"), "--published", "2025-05-05", "--url", "https://example.org/a",
          "--title", "Lunar pact", "-o", str(tmp_path / "g.ttl"))
    assert any(p.endswith("#signedOn") and o == "2025-05-02" for _, p, o in facts(tmp_path / "g.ttl"))
    g = rdflib.Graph().parse(tmp_path / "g.ttl")
    article = next(g.subjects(RDF.type, SG.Article))
    assert str(g.value(article, DCTERMS.title)) == "Lunar pact"
    assert str(g.value(article, SCHEMA.url)) == "https://example.org/a"
    assert str(g.value(article, DCTERMS.issued)) == "2025-05-05"


def test_markdown_is_read_as_text(tmp_path):
    md = TEXT.replace("Orbital partners sign lunar pact", "# Orbital partners sign lunar pact").replace(
        "NASA Administrator Jane Roe", "**NASA Administrator** [Jane Roe](https://example.org/roe)")
    (tmp_path / "a.md").write_text(md, encoding="utf-8")
    build(str(tmp_path / "a.md"), "-o", str(tmp_path / "m.ttl"))
    assert any(o == "Jane Roe" for _, _, o in facts(tmp_path / "m.ttl"))


def test_json_lines_folders_and_globs_make_one_graph(tmp_path):
    folder = tmp_path / "news" / "2025"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "news" / "b.md").write_text("ISRO and CNES signed an agreement on Earth observation.\n", encoding="utf-8")
    records = [{"text": "JAXA and ESA signed a joint statement on planetary defence.", "title": "J",
                "url": "https://example.org/j", "published": "2024-11-20"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    build(str(tmp_path / "news"), str(tmp_path / "*.jsonl"), "-o", str(tmp_path / "all.ttl"))
    g = rdflib.Graph().parse(tmp_path / "all.ttl")
    assert len(set(g.subjects(RDF.type, SG.Article))) == 3
    assert len(set(g.subjects(RDF.type, SG.Agreement))) == 3
    nasa = [s for s in g.subjects(RDF.type, SG.SpaceAgency) if "NASA" in {str(x) for x in g.objects(s, RDFS.label)} |
            {str(x) for x in g.objects(s, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}]
    assert len(nasa) == 1
