"""Named queries (`queries/*.rq`), parameters bound as values, and result formats.

A named query is a SPARQL file with a comment header::

    # title: Agreements
    # description: Signed agreements with their parties ...
    # param: agency (thing) - an agency's name or acronym

A `(thing)` parameter takes a name: it is first resolved to the things that carry that
name (rdfs:label or skos:altLabel, any case; or `<iri>` given as such), and the query
runs with the parameter bound to their IRIs, so the store joins through its indexes
instead of comparing every label (at a million triples: 1 ms instead of 140 ms for
`agreements`). Lines between `# if NAME` and `# end` are left out when NAME is not given
(the query then answers for any value); both markers are comments, so the file is the
query as it runs with every parameter given.

Parameters are never pasted into the query text as text: they are written as RDF terms
(escaped by pyoxigraph) into a `VALUES` block at the start of the query's WHERE group, so
a value such as `x" } ; DROP ALL ; #` stays one string. (pyoxigraph's `substitutions=`
would be the other way, but Oxigraph refuses a substitution for a variable that is not in
the SELECT projection, which parameters used only in FILTERs are not; and a VALUES block
is the same text for the embedded store and for any remote SPARQL endpoint.)
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from . import formats
from .vocab import prefixes as graph_prefixes

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ERROR_AT = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)


class QueryError(ValueError):
    """The query, its parameters or the asked format are wrong; the message is one line."""


_UPDATE = re.compile(r"(?:\s|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def syntax_error(exc: SyntaxError, where: str = "query", text: str = "") -> QueryError:
    """Oxigraph's `error at LINE:COL: message` as one readable line; `text`, the query,
    tells a SPARQL Update given as a query."""
    if where == "query" and _UPDATE.match(text):
        return QueryError("query: this is a SPARQL Update, not a query; run it with "
                          "`spacegraph update --store DIR` (which keeps the union graph true)")
    text = " ".join(str(exc).split())
    m = _ERROR_AT.match(text)
    if m:
        line, col, msg = m.groups()
        return QueryError(f"{where}: syntax error at line {line}, column {col}: {msg}")
    return QueryError(f"{where}: syntax error: {text}")


# --- named queries -----------------------------------------------------------------------

@dataclass(frozen=True)
class Param:
    name: str
    description: str
    thing: bool = False  # a name, resolved to the IRIs of the things that carry it


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: str = field(default="", compare=False)

    @property
    def param_names(self) -> list[str]:
        return [p.name for p in self.params]


def parse_header(name: str, text: str, path: str = "") -> NamedQuery:
    title, description, params = name, "", []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        key, sep, value = s.lstrip("#").strip().partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "title":
            title = value
        elif key == "description":
            description = f"{description} {value}".strip()
        elif key == "param":
            pname, _, pdesc = value.partition(" - ")
            pname, thing = pname.strip(), False
            if pname.endswith("(thing)"):
                pname, thing = pname.removesuffix("(thing)").strip(), True
            params.append(Param(pname.lstrip("?$"), pdesc.strip(), thing))
    return NamedQuery(name, title, description, tuple(params), text, path)


def queries_dir() -> Path:
    return Path(str(resources.files("spacegraph") / "queries"))


_CACHE: dict[str, tuple[float, NamedQuery]] = {}


def named_query(name: str) -> NamedQuery:
    """The named query `name` (a file in `queries/`, or a path to an .rq file)."""
    if name.endswith(".rq") and Path(name).is_file():
        path = Path(name)
    elif re.fullmatch(r"[A-Za-z0-9_-]+", name):
        path = queries_dir() / f"{name}.rq"
    else:
        path = None
    try:
        mtime = path.stat().st_mtime if path else None
    except OSError:
        mtime = None
    if path is None or mtime is None:
        raise QueryError(f"no named query {name!r} (see `spacegraph queries`)")
    hit = _CACHE.get(str(path))
    if hit and hit[0] == mtime:
        return hit[1]
    q = parse_header(path.stem, path.read_text(encoding="utf-8"), str(path))
    _CACHE[str(path)] = (mtime, q)
    return q


def named_queries() -> list[NamedQuery]:
    return [named_query(p.stem) for p in sorted(queries_dir().glob("*.rq"))]


def check_params(q: NamedQuery, params: Mapping[str, object]) -> None:
    unknown = sorted(set(params) - set(q.param_names))
    if unknown:
        known = ", ".join(q.param_names) or "none"
        raise QueryError(f"query {q.name!r} has no parameter {unknown[0]!r} (parameters: {known})")


# --- parameters as values ----------------------------------------------------------------

RESOLVE = """SELECT DISTINCT ?thing WHERE {
  ?thing <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?n .
  FILTER(LCASE(STR(?n)) = LCASE(STR(?name)))
} ORDER BY ?thing"""
NO_MATCH = ox.NamedNode("urn:spacegraph:no-such-thing")
_BLOCK = re.compile(r"^[ \t]*#[ \t]*if[ \t]+(\w+)[ \t]*\n(.*?)^[ \t]*#[ \t]*end[ \t]*\n", re.M | re.S)


def prepare(nq: NamedQuery, params: Mapping[str, object], select) -> str:
    """The named query ready to run: `# if` blocks of absent parameters left out, names of
    things resolved (through `select`, a function running a SELECT with parameters), and
    every value bound in a VALUES block."""
    check_params(nq, params)
    text = _BLOCK.sub(lambda m: m.group(2) if m.group(1) in params else "", nq.text)
    values: dict[str, object] = {}
    for p in nq.params:
        if p.name not in params:
            continue
        value = params[p.name]
        if p.thing and not isinstance(value, ox.NamedNode) and not str(value).startswith("<"):
            found = [row[0] for row in select(RESOLVE, {"name": str(value)})]
            values[p.name] = found or [NO_MATCH]
        else:
            values[p.name] = value
    return with_values(text, values)

def to_term(value) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A parameter's value as an RDF term: a string is a plain literal; `<iri>` an IRI."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false",
                          datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    text = str(value)
    if len(text) > 2 and text.startswith("<") and text.endswith(">"):
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError as exc:
            raise QueryError(f"{text}: not an IRI ({exc})") from None
    return ox.Literal(text)


def substitutions(params: Mapping[str, object]) -> dict[ox.Variable, list]:
    """Each parameter's values as RDF terms (a list binds several values)."""
    out = {}
    for key, value in params.items():
        key = key.lstrip("?$")
        if not _NAME.match(key):
            raise QueryError(f"{key!r} is not a SPARQL variable name")
        out[ox.Variable(key)] = [to_term(v) for v in value] if isinstance(value, list) else [to_term(value)]
    return out


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """`k=v` pairs from the command line."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        out[key.strip().lstrip("?$")] = value
    return out


_TOKEN = re.compile(
    r'''(?P<comment>\#[^\n]*)
      | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\s]*>)
      | (?P<where>\bWHERE\b)
      | (?P<brace>\{)
      | (?P<other>[^#"'<{Ww]+|.)''',
    re.X | re.I | re.S,
)


def with_values(sparql: str, params: Mapping[str, object]) -> str:
    """The query with a VALUES block binding `params` at the start of its WHERE group.

    The values are RDF terms written by pyoxigraph (escaped), so they cannot change the
    query's structure.
    """
    subs = substitutions(params)
    if not subs:
        return sparql
    first = after_where = None
    seen_where = False
    for m in _TOKEN.finditer(sparql):
        if m.lastgroup == "where":
            seen_where = True
        elif m.lastgroup == "brace":
            if first is None:
                first = m.end()
            if seen_where:
                after_where = m.end()
                break
    pos = after_where or first
    if pos is None:
        raise QueryError("query: no WHERE group to bind parameters in")
    blocks = " ".join(f"VALUES {var} {{ {' '.join(str(t) for t in terms)} }}" for var, terms in subs.items())
    return f"{sparql[:pos]} {blocks} {sparql[pos:]}"


# --- results -----------------------------------------------------------------------------

def kind(results) -> str:
    if isinstance(results, ox.QuerySolutions):
        return "select"
    if isinstance(results, ox.QueryBoolean):
        return "ask"
    return "graph"


def short(term, prefixes: Mapping[str, str] | None = None) -> str:
    """A term as a person reads it: `sgr:agency/isro`, a literal's text, `_:b0`."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        best = max(((p, ns) for p, ns in (prefixes or graph_prefixes()).items() if iri.startswith(ns)),
                   key=lambda x: len(x[1]), default=None)
        return f"{best[0]}:{iri[len(best[1]):]}" if best else f"<{iri}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def table(variables: list[str], rows: list[list[str]], width: int = 80) -> str:
    def cell(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    body = [[cell(c) for c in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in body]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines) + "\n"


def write_results(results, out: BinaryIO, fmt: str = "table") -> None:
    """Write SELECT/ASK results or CONSTRUCT/DESCRIBE triples in the asked format."""
    k = kind(results)
    if k == "graph":
        graph = formats.named(fmt, "graph") or (formats.named("ttl", "graph") if fmt == "table" else None)
        if graph is None or graph.rdf is None:
            raise QueryError(f"--format {fmt}: a CONSTRUCT or DESCRIBE query gives RDF "
                             f"(use {_one_of(formats.names('graph'))})")
        triples = list(results)
        if graph.datasets:
            triples = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        ox.serialize(triples, out, graph.rdf, prefixes=formats.graph_prefixes(graph.rdf))
        return
    found = formats.named(fmt, "results")
    if found is None:
        raise QueryError(f"--format {fmt}: a SELECT or ASK query gives a table "
                         f"(use {_one_of(formats.names('results'))})")
    if found.results is not None:
        results.serialize(out, found.results)
        return
    if k == "ask":
        out.write(b"true\n" if bool(results) else b"false\n")
        return
    variables = [v.value for v in results.variables]
    rows = [[short(sol[v]) for v in variables] for sol in results]
    out.write(table(variables, rows).encode("utf-8"))


def _one_of(names: list[str]) -> str:
    return f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else "".join(names)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {f"{_XSD}{t}": int for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                        "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                        "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}


def value(term):
    """An RDF term as a plain Python value: an IRI or a string as `str`, a number as `int`,
    `Decimal` or `float`, a boolean as `bool`, an `xsd:date` as `date`, an `xsd:dateTime`
    as `datetime`, a blank node as `_:id`; None stays None. A literal that its datatype
    cannot hold stays its text."""
    if term is None or isinstance(term, ox.NamedNode):
        return None if term is None else term.value
    if not isinstance(term, ox.Literal):
        return str(term)
    kind, text = term.datatype.value, term.value
    try:
        if kind in _NUMBERS:
            return int(text)
        if kind == f"{_XSD}decimal":
            from decimal import Decimal

            return Decimal(text)
        if kind in (f"{_XSD}double", f"{_XSD}float"):
            return float(text)
        if kind == f"{_XSD}boolean":
            return text in ("true", "1")
        if kind == f"{_XSD}date":
            return date.fromisoformat(text)
        if kind == f"{_XSD}dateTime":
            from datetime import datetime

            return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    return text


def plain(results) -> list[dict] | bool | list[tuple]:
    """Results as plain Python: SELECT rows as dicts (variable -> `value`), ASK as a bool,
    CONSTRUCT/DESCRIBE as (subject, predicate, object) tuples of values."""
    k = kind(results)
    if k == "ask":
        return bool(results)
    if k == "graph":
        return [(value(t.subject), value(t.predicate), value(t.object)) for t in results]
    variables = [v.value for v in results.variables]
    return [{v: value(sol[v]) for v in variables} for sol in results]


def rows(results) -> list[tuple]:
    """SELECT results as tuples of terms (None when unbound), for tests and notebooks."""
    variables = [v.value for v in results.variables]
    return [tuple(sol[v] for v in variables) for sol in results]

