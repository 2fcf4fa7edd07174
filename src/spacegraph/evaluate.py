"""Measure the build on a corpus against hand-written gold facts.

Users tune nothing by eye: for each gold file GOLD/NAME.yaml the article CORPUS/NAME.txt
(or .md, .html) is built in-process, its graph's nodes are mapped to gold things by their
names (or, for a thing the article does not name, by its key facts), and three things are
counted, each as micro totals over the corpus:

  things  nodes of a core class that are a gold thing (a second node for the same thing
          counts against precision), and the gold things some node is;
  facts   triples of a core property, against the gold facts;
  types   gold things found whose node carries the exact gold class.

Optional facts and optional things (true, but not required) are neither credited nor
counted against. The figures are those of the evaluation script `score.py` the gold
format comes from, so numbers from either can be compared.
"""
from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD
from rdflib.term import Identifier, Node

from . import vocab
from .vocab import SG


def core_classes() -> frozenset[URIRef]:
    """The thing classes of the ontology; an article is one, but is never a thing to find."""
    return vocab.thing_classes() | {SG.Article}


#: Where a corpus article may be, in this order, for gold file NAME.yaml.
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
NAMES = (RDFS.label, SKOS.altLabel, SKOS.prefLabel)

Value = tuple[str, str]  # ("value", normalised literal): a fact's object that is not a thing
Fact = tuple[str, URIRef, "str | Value"]


class EvaluateError(ValueError):
    """The gold or corpus cannot be used; the message is one line and says where."""


def norm(text: object) -> str:
    """A name or value as compared: case, dashes, quotes, spaces and a leading "the" aside."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u2018\u2019]", "'", text)
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    return re.sub(r"^the ", "", text)


def local(term: URIRef) -> str:
    """`sg:SpaceAgency` -> "SpaceAgency", for reports and gold files."""
    return str(term).rsplit("#", 1)[-1]


# --- gold ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldThing:
    """A thing the article states: the classes a careful reader could fairly give it, and
    either the names it may carry or the facts (`key`) that single it out."""

    classes: frozenset[URIRef]
    names: frozenset[str] = frozenset()
    key: tuple[tuple[str, str], ...] = ()  # (property, other thing); "^p" reads p backwards


@dataclass
class Gold:
    """One gold file: what a careful reader takes from the article, in the core vocabulary."""

    things: dict[str, GoldThing]
    facts: list[Fact]
    optional: list[Fact] = field(default_factory=list)
    optional_things: dict[str, GoldThing] = field(default_factory=dict)

    def all_things(self) -> dict[str, GoldThing]:
        return {**self.optional_things, **self.things}

    @classmethod
    def load(cls, path: str | Path) -> Gold:
        """Read a gold file; a YAML error names the file and line, a wrong term the entry."""
        import yaml  # type: ignore[import-untyped]

        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            raise EvaluateError(f"{where}: not valid YAML: {exc.problem or exc.context}") from None
        except yaml.YAMLError as exc:
            raise EvaluateError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise EvaluateError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
        return _GoldReader(path).read(data or {})


class _GoldReader:
    """Checks a gold file as it reads it, so a typo fails loudly instead of scoring zero."""

    def __init__(self, path: Path):
        self.path = path

    def error(self, where: str, message: str) -> EvaluateError:
        return EvaluateError(f"{self.path}: {where}: {message}")

    def read(self, data: object) -> Gold:
        if not isinstance(data, dict):
            raise self.error("top level", "expected a mapping with entities and facts")
        things = self.things(data, "entities")
        optional_things = self.things(data, "optional_entities")
        known = {**optional_things, **things}
        gold = Gold(things, self.facts(data, "facts", known), self.facts(data, "optional", known),
                    optional_things)
        for name, thing in known.items():
            for i, (prop, other) in enumerate(thing.key):
                self.prop(f"{name}.key[{i}]", prop.removeprefix("^"))
                if other not in known:
                    raise self.error(f"{name}.key[{i}]", f"no entity {other!r}")
        return gold

    def things(self, data: dict, section: str) -> dict[str, GoldThing]:
        out = {}
        for name, ent in (data.get(section) or {}).items():
            where = f"{section}.{name}"
            if not isinstance(ent, dict) or "class" not in ent:
                raise self.error(where, "expected {class: ..., names: [...]} or {class: ..., key: [...]}")
            given = ent["class"] if isinstance(ent["class"], list) else [ent["class"]]
            classes = frozenset(self.term(where, c, core_classes(), "class") for c in given)
            names = frozenset(norm(n) for n in ent.get("names") or [])
            key = tuple(self.pair(where, kf) for kf in ent.get("key") or [])
            if not names and not key:
                raise self.error(where, "give names or key facts")
            out[str(name)] = GoldThing(classes, names, key)
        return out

    def pair(self, where: str, kf: object) -> tuple[str, str]:
        if not isinstance(kf, list) or len(kf) != 2:
            raise self.error(where, f"a key fact is [property, entity], not {kf!r}")
        return str(kf[0]), str(kf[1])

    def facts(self, data: dict, section: str, known: dict) -> list[Fact]:
        out = []
        for i, f in enumerate(data.get(section) or []):
            where = f"{section}[{i}]"
            if not isinstance(f, list) or len(f) != 3:
                raise self.error(where, f"a fact is [subject, property, object], not {f!r}")
            s, p, o = f
            if isinstance(o, dict):
                if "value" not in o:
                    raise self.error(where, "a literal object is {value: ...}")
                obj: str | Value = ("value", norm(o["value"]))
            else:
                obj = str(o)
            for name in (s, obj):
                if isinstance(name, str) and name not in known:
                    raise self.error(where, f"no entity {name!r}")
            out.append((str(s), self.prop(where, p), obj))
        return out

    def prop(self, where: str, name: object) -> URIRef:
        return self.term(where, name, vocab.fact_properties(), "property")

    def term(self, where: str, name: object, allowed: frozenset[URIRef], kind: str) -> URIRef:
        term = next((t for t in allowed if local(t) == str(name)), None)
        if term is None:
            choices = ", ".join(sorted(local(t) for t in allowed))
            raise self.error(where, f"unknown {kind} {name!r} (use one of {choices})")
        return term


# --- the graph as scored -------------------------------------------------------------------

def _closure(schema: Graph, link: URIRef, core: frozenset[URIRef]) -> dict[Node, frozenset[URIRef]]:
    """Each term under a core term (by `link`, transitively), with the core terms above it;
    a term may be a blank node (an anonymous class in the graph)."""
    out: dict[Node, set[URIRef]] = {}
    for top in core:
        for sub in schema.transitive_subjects(link, top):
            out.setdefault(cast(Node, sub), set()).add(top)  # never None: `top`, then subjects
    return {term: frozenset(tops) for term, tops in out.items()}


class Reader:
    """A graph as the scorer sees it: nodes of core classes, triples of core properties,
    names; the graph's own sub-class and sub-property axioms count beside the ontology's."""

    def __init__(self, graph: Graph, ontology: Graph | None = None):
        self.g = graph
        if ontology is None:
            ontology = vocab.ontology()
        schema = Graph()
        for source in (graph, ontology):
            for link in (RDFS.subClassOf, RDFS.subPropertyOf):
                for t in source.triples((None, link, None)):
                    schema.add(t)
        self.class_of = _closure(schema, RDFS.subClassOf, core_classes())
        self.prop_of = _closure(schema, RDFS.subPropertyOf, vocab.fact_properties())
        #: Core classes with no core class above them: Organization, Person, Mission ...
        self.roots = frozenset(c for c in core_classes() if self.class_of.get(c, frozenset()) <= {c})

    def classes(self, node) -> frozenset[URIRef]:
        """The node's core classes, with every core class above them."""
        return frozenset(c for t in self.g.objects(node, RDF.type) for c in self.class_of.get(t, ()))

    def families(self, classes: Iterable[URIRef]) -> frozenset[URIRef]:
        """The top core classes of these: a SpaceAgency and an Organization may be one thing."""
        return frozenset(top for c in classes for top in self.class_of.get(c, {c}) if top in self.roots)

    def names(self, node) -> set[str]:
        return {norm(o) for p in NAMES for o in self.g.objects(node, p)}

    def nodes(self) -> list:
        return sorted((n for n in set(self.g.subjects(RDF.type, None)) if self.classes(n) - {SG.Article}),
                      key=str)

    def core_triples(self) -> set[tuple]:
        """(subject, core property, object) for every triple of a core property or one under it."""
        return {(s, core, o) for s, p, o in self.g for core in self.prop_of.get(p, ())}

    def show(self, node) -> str:
        """`'ESA'[Organization,SpaceAgency]`: a node as a person reads it in a report."""
        if isinstance(node, Literal):
            return repr(str(node))
        labels = sorted(o for o in self.g.objects(node, RDFS.label) if isinstance(o, Identifier))  # not N3 formulas
        label = str(labels[0]) if labels else node.n3()
        classes = sorted(local(c) for c in self.classes(node) - {SG.Article})
        return f"{label!r}[{','.join(classes) or '-'}]"


def map_nodes(reader: Reader, gold: Gold) -> dict:
    """node -> the gold keys it is: by a shared name within a class family first, then by
    key facts that hold between the node and things already mapped by name."""
    things = gold.all_things()
    nodes = reader.nodes()
    families = {n: reader.families(reader.classes(n)) for n in nodes}
    mapping: dict = {}
    for node in nodes:
        names = reader.names(node)
        for key, thing in things.items():
            if thing.names & names and reader.families(thing.classes) & families[node]:
                mapping.setdefault(node, set()).add(key)
    by_name: dict[str, set] = {}
    for node, keys in mapping.items():
        for key in keys:
            by_name.setdefault(key, set()).add(node)
    triples = reader.core_triples()
    for node in nodes:
        for key, thing in things.items():
            if thing.key and reader.families(thing.classes) & families[node] and all(
                    _holds(node, vocab.term(prop.removeprefix("^")), prop.startswith("^"),
                           by_name.get(other, ()), triples)
                    for prop, other in thing.key):
                mapping.setdefault(node, set()).add(key)
    return mapping


def _holds(node, prop: URIRef, backwards: bool, others: Iterable, triples: set) -> bool:
    if backwards:
        return any((other, prop, node) in triples for other in others)
    return any((node, prop, other) in triples for other in others)


# --- scores --------------------------------------------------------------------------------

@dataclass
class Score:
    """Counts for one article (or, added up, for the corpus) and what went wrong."""

    tp_things: int = 0
    fp_things: int = 0
    gold_things: int = 0
    found_things: int = 0
    typed_right: int = 0
    tp_facts: int = 0
    fp_facts: int = 0
    gold_facts: int = 0
    found_facts: int = 0
    build_s: float = 0.0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    error: str = ""
    # by property and by class: [stated right, stated wrong, in the gold, gold found]
    by_property: dict[str, list[int]] = field(default_factory=dict)
    by_class: dict[str, list[int]] = field(default_factory=dict)

    def count(self, table: str, key: str, slot: int) -> None:
        getattr(self, table).setdefault(key, [0, 0, 0, 0])[slot] += 1

    @classmethod
    def failed(cls, gold: Gold, error: str) -> Score:
        """An article that could not be built scores zero, with its gold still counted."""
        return cls(gold_things=len(gold.things), gold_facts=len(gold.facts), error=error)

    def add(self, other: Score) -> None:
        for f in fields(self):
            if f.type in ("int", "float"):
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        for table in ("by_property", "by_class"):
            mine = getattr(self, table)
            for key, counts in getattr(other, table).items():
                mine[key] = [a + b for a, b in zip(mine.get(key, [0, 0, 0, 0]), counts)]

    def breakdown(self, table: str) -> dict[str, tuple[float, float, float]]:
        """Precision, recall and F1 of each property (or class)."""
        return {key: self.prf(*counts) for key, counts in sorted(getattr(self, table).items())}

    @staticmethod
    def prf(tp: int, fp: int, gold: int, found: int) -> tuple[float, float, float]:
        """Precision over what the graph states, recall over the gold, and their F1."""
        p = tp / (tp + fp) if tp + fp else 0.0
        r = found / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def things(self) -> tuple[float, float, float]:
        return self.prf(self.tp_things, self.fp_things, self.gold_things, self.found_things)

    def facts(self) -> tuple[float, float, float]:
        return self.prf(self.tp_facts, self.fp_facts, self.gold_facts, self.found_facts)

    def types(self) -> float:
        return self.typed_right / self.found_things if self.found_things else 0.0


def score_graph(graph: Graph, gold: Gold, ontology: Graph | None = None) -> Score:
    """Score one article's graph against its gold."""
    reader = Reader(graph, ontology)
    mapping = map_nodes(reader, gold)
    sc = Score(gold_things=len(gold.things), gold_facts=len(gold.facts))

    required = set(gold.things)
    seen: set[str] = set()
    for key in required:
        sc.count("by_class", _family(reader, gold.things[key].classes), 2)
    for node in reader.nodes():
        keys = mapping.get(node, set())
        if keys & required:
            fresh = keys & required - seen
            if fresh:
                sc.tp_things += 1
                seen |= fresh
                sc.count("by_class", _family(reader, gold.things[min(fresh)].classes), 0)
            else:
                sc.fp_things += 1
                sc.count("by_class", _family(reader, reader.classes(node)), 1)
                sc.spurious.append(f"duplicate node for {sorted(keys & required)}: {reader.show(node)}")
        elif not keys:
            sc.fp_things += 1
            sc.count("by_class", _family(reader, reader.classes(node)), 1)
            sc.spurious.append(f"not a gold thing: {reader.show(node)}")
    sc.found_things = len(seen)
    for key in seen:
        sc.count("by_class", _family(reader, gold.things[key].classes), 3)
    sc.typed_right = sum(
        1 for key in seen
        if any(gold.things[key].classes & reader.classes(n) for n, ks in mapping.items() if key in ks))

    wanted, optional = set(gold.facts), set(gold.optional)
    for _, p, _ in wanted:
        sc.count("by_property", local(p), 2)
    found: set[Fact] = set()
    for s, p, o in reader.core_triples():
        o_keys = {("value", norm(o))} if isinstance(o, Literal) else mapping.get(o, set())
        candidates = {(sk, p, ok) for sk in mapping.get(s, set()) for ok in o_keys}
        if hits := candidates & wanted:
            sc.tp_facts += 1
            sc.count("by_property", local(p), 0)
            found |= hits
        elif not candidates & optional:
            sc.fp_facts += 1
            sc.count("by_property", local(p), 1)
            sc.wrong.append(f"{reader.show(s)} {local(p)} {reader.show(o)}")
    sc.found_facts = len(found)
    for _, p, _ in found:
        sc.count("by_property", local(p), 3)
    sc.missed = [f"{s} {local(p)} {o[1] if isinstance(o, tuple) else o}"
                 for s, p, o in gold.facts if (s, p, o) not in found]
    return sc


def _family(reader: Reader, classes: Iterable[URIRef]) -> str:
    """The top core class things are counted under (Organization for a SpaceAgency)."""
    tops = reader.families(classes)
    return min(local(c) for c in tops) if tops else "-"


# --- building the corpus -------------------------------------------------------------------

def _term(t):
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    datatype = None if t.datatype.value == str(XSD.string) else URIRef(t.datatype.value)
    return Literal(t.value, datatype=datatype)


def to_graph(quads: Iterable[ox.Quad]) -> Graph:
    """The union of the quads' graphs as one rdflib graph, as a triple file would hold it."""
    g = Graph()
    for q in quads:
        g.add((_term(q.subject), _term(q.predicate), _term(q.object)))
    return g


def find_article(corpus: Path, name: str) -> Path | None:
    return next((p for p in (corpus / (name + s) for s in ARTICLE_SUFFIXES) if p.is_file()), None)


def gold_files(gold_dir: str | Path) -> list[Path]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvaluateError(f"{gold_dir}: no such directory")
    found = sorted(gold_dir.glob("*.yaml"))
    if not found:
        raise EvaluateError(f"{gold_dir}: no gold files (*.yaml)")
    return found


def evaluate(gold_dir: str | Path, corpus_dir: str | Path,
             ontology: Graph | None = None) -> Iterator[tuple[str, Score]]:
    """(name, score) for each gold file, built and scored in turn as the iterator advances.

    Both folders and every gold file are checked here, before the first article is built,
    so a typo fails at once with `EvaluateError` rather than after minutes of building.
    """
    corpus = Path(corpus_dir)
    golds = [(path.stem, Gold.load(path)) for path in gold_files(gold_dir)]
    if not corpus.is_dir():
        raise EvaluateError(f"{corpus}: no such directory")
    return _build_and_score(golds, corpus, ontology)


def _build_and_score(golds: list[tuple[str, Gold]], corpus: Path,
                     ontology: Graph | None) -> Iterator[tuple[str, Score]]:
    from . import pipeline

    extractor = pipeline.shared_extractor()
    for name, gold in golds:
        article = find_article(corpus, name)
        if article is None:
            yield name, Score.failed(gold, f"no article {name}{'/'.join(ARTICLE_SUFFIXES)} in {corpus}")
            continue
        start = time.perf_counter()
        try:
            extractions = list(pipeline.extract(pipeline.articles([str(article)]), extractor))
            if not extractions:
                raise EvaluateError("no article could be read")
            graph = to_graph(pipeline.to_quads(extractions))
        except Exception as exc:  # noqa: BLE001 - any failure scores this article zero, not the run
            took = time.perf_counter() - start
            message = " ".join(str(exc).split()) or type(exc).__name__
            sc = Score.failed(gold, f"build failed: {message}"[:300])
        else:
            took = time.perf_counter() - start
            sc = score_graph(graph, gold, ontology)
        sc.build_s = took
        yield name, sc


def total(rows: Iterable[tuple[str, Score]]) -> Score:
    out = Score()
    for _, sc in rows:
        out.add(sc)
    return out


# --- reports -------------------------------------------------------------------------------

def _figures(sc: Score) -> str:
    tp, tr, tf = sc.things()
    fp, fr, ff = sc.facts()
    return f"{tp:5.2f}/{tr:4.2f}/{tf:4.2f}   {fp:5.2f}/{fr:4.2f}/{ff:4.2f}   {sc.types():5.2f} {sc.build_s:8.2f}"


def header() -> str:
    return f"{'article':44} {'things P/R/F1':>18} {'facts P/R/F1':>18} {'types':>6} {'build s':>8}"


def row_lines(name: str, sc: Score, verbose: bool = False) -> list[str]:
    """An article's row, and with `verbose` what it missed, got wrong and added."""
    if sc.error:
        return [f"{name:44} {sc.error}"]
    lines = [f"{name:44} {_figures(sc)}"]
    if verbose:
        lines += [f"    missed  {line}" for line in sc.missed]
        lines += [f"    wrong   {line}" for line in sc.wrong]
        lines += [f"    extra   {line}" for line in sc.spurious]
    return lines


def total_lines(sum_: Score) -> list[str]:
    """The micro totals, and the one line to quote: facts F1, things F1, facts P and R."""
    _, _, tf = sum_.things()
    fp, fr, ff = sum_.facts()
    return [f"{'TOTAL (micro)':44} {_figures(sum_)}",
            f"facts F1 {ff:.3f}  things F1 {tf:.3f}  facts P {fp:.3f} R {fr:.3f}"]


def breakdown_lines(sum_: Score) -> list[str]:
    """Precision, recall and F1 of each property and of each class (its family), with the
    counts behind them: where the extraction is strong and where it is weak."""
    lines = []
    for table, title in (("by_property", "property"), ("by_class", "class")):
        lines.append(f"{title:44} {'P':>5} {'R':>5} {'F1':>5} {'right':>6} {'wrong':>6} {'gold':>6} {'found':>6}")
        for key, (p, r, f) in sum_.breakdown(table).items():
            right, wrong, gold, found = getattr(sum_, table)[key]
            lines.append(f"  {key:42} {p:5.2f} {r:5.2f} {f:5.2f} {right:6} {wrong:6} {gold:6} {found:6}")
    return lines


def report(rows: list[tuple[str, Score]], verbose: bool = False) -> str:
    lines = [header()]
    for name, sc in rows:
        lines += row_lines(name, sc, verbose)
    return "\n".join(lines + total_lines(total(rows))) + "\n"


def to_json(rows: list[tuple[str, Score]]) -> dict:
    """The totals and each article's F1s (and error), as `score.py --json` writes them."""
    tp, tr, tf = total(rows).things()
    fp, fr, ff = total(rows).facts()
    return {
        "things": {"precision": tp, "recall": tr, "f1": tf},
        "facts": {"precision": fp, "recall": fr, "f1": ff},
        "articles": {name: {"facts_f1": sc.facts()[2], "things_f1": sc.things()[2], "error": sc.error}
                     for name, sc in rows},
        **{table: {key: dict(zip(("precision", "recall", "f1"), prf))
                   for key, prf in total(rows).breakdown(table).items()}
           for table in ("by_property", "by_class")},
    }
