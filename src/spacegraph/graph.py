"""Build RDF from what was read: things, facts and where each fact was read.

The shape of the graph is described in docs/architecture.md: one named graph per article
(its IRI is the article's), facts as plain triples, and each fact's source sentence as an
`rdf:Statement` that any SPARQL 1.1 store can query.

An article's graph is rendered straight to N-Triples text (`blocks`), as oxigraph would
print it; `quads` parses that text for those who want oxigraph terms.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .model import Extraction, digest
from .vocab import SCHEMA, SGR, class_path, terms


def thing_id(cls: str, key: str) -> str:
    """The id of a thing, relative to `sgr:`: class path and key (`agency/isro`)."""
    return f"{class_path(cls)}/{key}"


def _nt(term) -> str:
    """An IRI in N-Triples, as oxigraph writes it: `<iri>`, never escaped. Not checked: the
    graph's IRIs are slugs and hashes, and the gazetteer's are checked by the tests."""
    return f"<{term}>"


# Every IRI the graph uses, rendered once: building and printing an oxigraph term for
# each quad took most of the time of rendering an article.
_SGR = str(SGR)
_SG = {name: _nt(iri) for name, iri in terms().items()}  # every sg: term of the ontology
_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = _nt(RDF.type), _nt(RDFS.label), _nt(SKOS.altLabel), _nt(OWL.sameAs)
_TITLE, _SOURCE, _ISSUED, _URL = _nt(DCTERMS.title), _nt(DCTERMS.source), _nt(DCTERMS.issued), _nt(SCHEMA.url)
_STATEMENT, _SUBJECT, _PREDICATE = _nt(RDF.Statement), _nt(RDF.subject), _nt(RDF.predicate)
_OBJECT, _DERIVED_FROM = _nt(RDF.object), _nt(PROV.wasDerivedFrom)
_DATE, _INTEGER, _ANY_URI = _nt(XSD.date), _nt(XSD.integer), _nt(XSD.anyURI)
_SENTENCE, _START, _END, _RULE = _SG["sourceSentence"], _SG["startOffset"], _SG["endOffset"], _SG["extractionRule"]

# What oxigraph escapes in a literal (oxrdf's `print_quoted_str`), and lone surrogates,
# which no RDF syntax can hold (`ox.Literal` refuses them).
_ESCAPES = {**{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)},
            0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff\ud800-\udfff]')
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def article_node(article_id: str) -> str:
    """The article's IRI, its graph's name, in N-Triples."""
    return f"<{_SGR}article/{article_id}>"


def thing_node(tid: str) -> str:
    """A thing's IRI in N-Triples."""
    return f"<{_SGR}{tid}>"


def literal(value: str | date) -> str:
    """A string or date literal in N-Triples, exactly as `str(ox.Literal(...))` writes it."""
    if isinstance(value, date):
        return f'"{value.isoformat()}"^^{_DATE}'
    if _ESCAPED.search(value) is None:
        return f'"{value}"'
    if _SURROGATE.search(value):
        raise ValueError(f"a lone surrogate cannot be written in RDF: {value[:80]!r}")
    return f'"{value.translate(_ESCAPES)}"'


def label_rank(known: bool, label: str) -> tuple[bool, int, str]:
    """Which of a thing's names is its label: the gazetteer's (a known thing), else the
    longest, then the first in order, so every build chooses the same."""
    return (known, len(label), label)


def labels(extractions: Iterable[Extraction]) -> dict[str, tuple[str, set[str]]]:
    """One label per thing over many articles: the gazetteer's name, else the longest.

    Other names become alternative labels, so a thing named differently in two articles
    is still one node with exactly one `rdfs:label`.
    """
    names: dict[str, set[str]] = {}
    chosen: dict[str, tuple[bool, int, str]] = {}
    for ex in extractions:
        for tid, thing in ex.things.items():
            names.setdefault(tid, set()).update(thing.names())
            rank = label_rank(bool(thing.same_as), thing.label)
            chosen[tid] = max(chosen.get(tid, rank), rank)
    return {tid: (label, names[tid] - {label}) for tid, (_, _, label) in chosen.items()}


def blocks(ex: Extraction, names: dict[str, tuple[str, set[str]]] | None = None, *,
           with_labels: bool = True) -> list[str]:
    """The article's named graph as N-Triples statements less the final ` .` (`s p o`):
    the article, its things, facts and their sources. A fact's source (its
    `rdf:Statement`) is one block of nine statements (eight for a fact no rule names), a
    line each, in the order they sort: a streaming build sorts the blocks, not their lines. Without
    `with_labels`, no thing's `rdfs:label` nor `skos:altLabel` (a streaming build chooses
    them over all articles)."""
    art = ex.article
    g = article_node(art.id)
    out = [f"{g} {_TYPE} {_SG['Article']}", f"{g} {_TITLE} {literal(art.title)}",
           f"{g} {_SOURCE} {literal(art.source)}"]
    if art.url:
        out.append(f"{g} {_URL} {literal(art.url)}^^{_ANY_URI}")
    if art.published:
        out.append(f"{g} {_ISSUED} {literal(art.published)}")

    mentioned = f"{_SG['mentionedIn']} {g}"
    for tid, thing in ex.things.items():
        node = thing_node(tid)
        out += [f"{node} {_TYPE} {_SG[cls]}" for cls in sorted(thing.classes())]
        if with_labels:
            label, alts = (names or {}).get(tid) or (thing.label, thing.alt_labels - {thing.label})
            out += label_lines(node, label, sorted(alts))
        if thing.same_as:
            out += [f"{node} {_SAME_AS} {_nt(iri)}" for iri in sorted(thing.same_as)]
        out.append(f"{node} {mentioned}")

    sentences: dict[str, str] = {}  # a sentence's literal, escaped once for all its facts
    for fact in ex.facts:
        s = thing_node(fact.subject)
        p = _SG[fact.prop]
        o = literal(fact.obj) if fact.literal else thing_node(fact.target)
        ev = fact.evidence
        sentence = sentences.get(ev.sentence) or sentences.setdefault(ev.sentence, literal(ev.sentence))
        st = f"<{_SGR}fact/{digest(f'{s}|{p}|{o}|{g}|{ev.start}', 16)}>"
        out.append(f"{s} {p} {o}")
        # in the order the lines sort: one subject, so the predicates decide (tested)
        out.append(f"{st} {_OBJECT} {o}\n{st} {_PREDICATE} {p}\n{st} {_SUBJECT} {s}\n{st} {_TYPE} {_STATEMENT}\n"
                   f"{st} {_DERIVED_FROM} {g}\n{st} {_END} \"{ev.end}\"^^{_INTEGER}\n"
                   + (f"{st} {_RULE} {literal(fact.rule)}\n" if fact.rule else "")
                   + f"{st} {_SENTENCE} {sentence}\n{st} {_START} \"{ev.start}\"^^{_INTEGER}")
    return out


def lines(ex: Extraction, names: dict[str, tuple[str, set[str]]] | None = None, *,
          with_labels: bool = True) -> Iterator[str]:
    """The statements of `blocks`, one by one."""
    for block in blocks(ex, names, with_labels=with_labels):
        yield from block.split("\n")


def label_lines(node: str, label: str, alts: Iterable[str]) -> list[str]:
    """A thing's `rdfs:label` and `skos:altLabel` statements (`s p o`); `node` in N-Triples."""
    return [f"{node} {_LABEL} {literal(label)}", *(f"{node} {_ALT_LABEL} {literal(alt)}" for alt in alts)]


def label_starts(tid: str) -> tuple[str, str]:
    """How a thing's `rdfs:label` and its `skos:altLabel` statements begin: where they sort
    among the other statements."""
    node = thing_node(tid)
    return f"{node} {_LABEL} ", f"{node} {_ALT_LABEL} "


def document(statements: bytes, graph_name: str | None = None) -> bytes:
    """Statements (`s p o`, UTF-8, each ending in a line break) as an N-Quads document in
    the named graph, or as N-Triples."""
    return statements.replace(b"\n", f" {graph_name} .\n".encode("utf-8") if graph_name else b" .\n")


def quads(ex: Extraction, names: dict[str, tuple[str, set[str]]] | None = None) -> Iterator[ox.Quad]:
    """The article's named graph as oxigraph quads, parsed from `lines` (one renderer)."""
    statements = "".join(f"{line}\n" for line in lines(ex, names)).encode("utf-8")
    return ox.parse(document(statements, article_node(ex.article.id)), ox.RdfFormat.N_QUADS)
