"""`spacegraph serve`: a SPARQL endpoint over a store that is safe to leave running.

A small HTTP front (the standard library's ThreadingHTTPServer) speaks the SPARQL 1.1
Protocol at /query and the Graph Store Protocol at /store (reads), and, with
`writable`, SPARQL Update at /update and Graph Store writes. Every query runs in a child
process under the time and memory limits of `sandbox`, so a hostile query gets an error
and the server goes on: Oxigraph's own server (`oxigraph serve`) crashes on deeply nested
queries, and its timeout does not bound memory (see docs/serving.md).

Writes keep the store's union graph true (the default graph is the deduplicated union of
the article graphs, `store.py`): an update that writes to the default graph itself is
refused with a message saying why; the named graphs an update changes are copied aside
first and the union follows them, in the same transaction. Writes run in this process,
one at a time; no child is forked while one runs (`sandbox.FORK_LOCK`).
"""
from __future__ import annotations

import ipaddress
import re
import socket
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from . import sandbox
from .query import QueryError
from .store import Store

MAX_BODY = 64 * 2**20  # bytes of a request: a query, an update, a graph to store
MAX_SOLUTIONS = 100_000  # an update's WHERE matches: about as much as it writes in a few seconds
TMP = ox.NamedNode("urn:spacegraph:server:before")  # a changed graph's old triples, during an update


class ServerError(RuntimeError):
    """The server cannot be started; the message is one line."""


class Refused(Exception):
    """An HTTP error answer: status and one line."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Endpoint:
    """What the handler serves: the store, the limits, and what writes may do."""

    store: Store
    limits: sandbox.Limits
    writable: bool = False
    origins: frozenset[str] = field(default_factory=frozenset)


def is_loopback(host: str) -> bool:
    try:
        return all(ipaddress.ip_address(info[4][0]).is_loopback
                   for info in socket.getaddrinfo(host, None))
    except (OSError, ValueError):
        return False


def serve(location: str | Path, host: str = "127.0.0.1", port: int = 7878, *,
          limits: sandbox.Limits = sandbox.Limits(), writable: bool = False,
          allow_origins: tuple[str, ...] = (), announce: Callable[[str], None] | None = None) -> None:
    """Serve the store at `location` until Ctrl-C or SIGTERM (KeyboardInterrupt here).
    Read-only by default: the store is opened read-only and writers are kept out while
    it runs. Raises ServerError or StoreError when it cannot start."""
    store = Store.open(location, create=False, read_only=not writable)
    store.limits = limits
    origins = frozenset({f"http://{name}:{port}" for name in (host, "localhost", "127.0.0.1", "[::1]")}
                        | {o.rstrip("/") for o in allow_origins})
    try:
        httpd = ThreadingHTTPServer((host, port), Handler)
    except OSError as exc:
        store.close()
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    httpd.daemon_threads = True
    httpd.endpoint = Endpoint(store, limits, writable, origins)  # type: ignore[attr-defined]
    if announce:
        announce(f"http://{host}:{port}/")
    try:
        httpd.serve_forever(poll_interval=0.2)
    finally:
        httpd.server_close()
        store.close()


class Handler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol (/query, /update) and Graph Store Protocol (/store)."""

    server_version = "spacegraph"
    timeout = 30  # seconds a client may take to send its request

    @property
    def endpoint(self) -> Endpoint:
        return self.server.endpoint  # type: ignore[attr-defined]

    def log_message(self, format, *args) -> None:  # noqa: A002 - as http.server
        """One short line a request on stderr (a query in the URL is cut at 120 characters)."""
        line = format % args
        super().log_message("%s", line if len(line) <= 160 else line[:120] + "... " + line[-30:])

    def do_GET(self) -> None:
        self._answer(self._read)

    def do_HEAD(self) -> None:
        self._answer(self._read)

    def do_POST(self) -> None:
        self._answer(lambda: self._write() if self._path() in ("/update", "/store") else self._read())

    def do_PUT(self) -> None:
        self._answer(self._write)

    def do_DELETE(self) -> None:
        self._answer(self._write)

    # --- plumbing ---------------------------------------------------------------------------
    def _path(self) -> str:
        return urllib.parse.urlsplit(self.path).path.rstrip("/") or "/"

    def _params(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise Refused(400, "a bad Content-Length") from None
        if length > MAX_BODY:
            raise Refused(413, f"the request is larger than {MAX_BODY >> 20} MB")
        return self.rfile.read(length) if length > 0 else b""

    def _form(self) -> dict[str, list[str]]:
        params = self._params()
        if self.command == "POST" and self._content_type() == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(self._body().decode("utf-8", "replace"),
                                                     keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        return params

    def _content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def _answer(self, handle: Callable[[], tuple[int, str, bytes]]) -> None:
        try:
            status, media_type, body = handle()
        except Refused as exc:
            status, media_type, body = exc.status, "text/plain; charset=utf-8", f"{exc}\n".encode()
        except sandbox.Refused as exc:
            status, media_type, body = 400, "text/plain; charset=utf-8", f"{exc}\n".encode()
        except sandbox.LimitError as exc:
            status, media_type, body = 503, "text/plain; charset=utf-8", f"{exc}\n".encode()
        except (QueryError, SyntaxError, ValueError) as exc:
            status, media_type, body = 400, "text/plain; charset=utf-8", f"{' '.join(str(exc).split())}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    # --- reading ----------------------------------------------------------------------------
    def _read(self) -> tuple[int, str, bytes]:
        path = self._path()
        if path == "/":
            return 200, "text/plain; charset=utf-8", b"spacegraph SPARQL endpoint: /query, /store\n"
        if path == "/store":
            return self._run(_graph_query(self._params()))
        if path != "/query":
            raise Refused(404, f"no such place: {path} (SPARQL: /query, Graph Store: /store)")
        params = self._form()
        if self.command == "POST" and self._content_type() == "application/sparql-query":
            return self._run(self._body().decode("utf-8", "replace"))
        if "query" not in params:
            raise Refused(400, "give the SPARQL query as query=...")
        return self._run(params["query"][0])

    def _run(self, sparql: str) -> tuple[int, str, bytes]:
        select, graph = _formats(self.headers.get("Accept") or "")
        data = self.endpoint.store.run(sparql, pack=lambda results: sandbox.pack(results, select, graph))
        return 200, (select if data[:1] == b"S" else graph).media_type, data[1:]

    # --- writing ----------------------------------------------------------------------------
    def _write(self) -> tuple[int, str, bytes]:
        origin = self.headers.get("Origin")
        if (origin and origin.rstrip("/") not in self.endpoint.origins) or \
                self.headers.get("Sec-Fetch-Site") == "cross-site":
            raise Refused(403, f"a write from another origin ({origin or 'cross-site'}) is refused")
        if not self.endpoint.writable:
            raise Refused(403, "this endpoint is read-only (start `spacegraph serve` with --writable)")
        path = self._path()
        if path == "/update":
            params = self._form()
            if self._content_type() == "application/sparql-update":
                text = self._body().decode("utf-8", "replace")
            elif "update" in params:
                text = params["update"][0]
            else:
                raise Refused(400, "give the SPARQL update as update=... or as application/sparql-update")
            update(self.endpoint.store, text, self.endpoint.limits)
        elif path == "/store":
            self._store_graph()
        else:
            raise Refused(404, f"no such place: {path} (SPARQL Update: /update, Graph Store: /store)")
        return 204, "text/plain", b""

    def _store_graph(self) -> None:
        """Graph Store Protocol writes: PUT replaces a named graph, POST adds to it, DELETE
        drops it; the union follows (`Store.replace_graph`, `Store.remove`)."""
        graph = _named_graph(self._params())
        store = self.endpoint.store
        with sandbox.FORK_LOCK:
            if self.command == "DELETE":
                if not store.remove(graph):
                    raise Refused(404, f"no graph {graph}")
                return
            fmt = ox.RdfFormat.from_media_type(self._content_type())
            if fmt is None:
                raise Refused(415, f"cannot read {self._content_type() or 'a body without Content-Type'}")
            new = [q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(self._body(), fmt)]
            old = list(store.quads(graph)) if self.command == "POST" else []
            store.replace_graph(graph, [q.triple for q in old] + new)


def _formats(accept: str) -> tuple[ox.QueryResultsFormat, ox.RdfFormat]:
    """The results format and the RDF format the client asks for (Accept), by preference."""
    select, graph = None, None
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *opts = [x.strip() for x in part.split(";")]
        q = next((float(o[2:]) for o in opts if o.startswith("q=") and o[2:].replace(".", "", 1).isdigit()), 1.0)
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        select = select or ox.QueryResultsFormat.from_media_type(media)
        graph = graph or ox.RdfFormat.from_media_type(media)
    if graph is not None and graph.supports_datasets:
        graph = None  # CONSTRUCT gives triples
    return select or ox.QueryResultsFormat.JSON, graph or ox.RdfFormat.TURTLE


def _named_graph(params: dict[str, list[str]]) -> ox.NamedNode:
    if "default" in params:
        raise Refused(403, "the default graph is the union of the article graphs and follows them; "
                           "write to a named graph (?graph=IRI)")
    if not params.get("graph"):
        raise Refused(400, "give ?graph=IRI")
    try:
        return ox.NamedNode(params["graph"][0])
    except ValueError as exc:
        raise Refused(400, f"?graph: not an IRI ({exc})") from None


def _graph_query(params: dict[str, list[str]]) -> str:
    """Graph Store GET: a named graph, or the default graph (the union), as CONSTRUCT."""
    if "default" in params:
        return "CONSTRUCT WHERE { ?s ?p ?o }"
    return f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {_named_graph(params)} {{ ?s ?p ?o }} }}"


# --- SPARQL Update with the union kept ------------------------------------------------------

def update(store: Store, text: str, limits: sandbox.Limits) -> None:
    """Run a SPARQL Update and keep the union: refuse one that writes to the default
    graph; else copy the named graphs it changes aside, run it, and make the union
    follow them, all in one transaction. The text is first parsed in a child process
    (the parser must not crash this one)."""
    sandbox.check(text, limits, "update")
    sandbox.run(lambda: _parsed(text), limits, "update")  # a crash of the parser happens there
    graphs = written_graphs(text)
    tried(store, text)
    body = text.rstrip().removesuffix(";")
    if graphs is None:  # some graph named by a variable, ALL or NAMED: the whole union
        request = (f"{body}\n;\nDELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }} ;\n"
                   "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    else:
        before = [f"INSERT {{ GRAPH {TMP} {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}" for g in graphs]
        after = [f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {TMP} {{ ?s ?p ?o }} "
                 f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {TMP}) }} }}"]
        after += [f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}" for g in graphs]
        request = " ;\n".join([f"DROP SILENT GRAPH {TMP}", *before, f"{body}\n", *after, f"DROP SILENT GRAPH {TMP}"])
    with sandbox.FORK_LOCK:
        store.inner.update(request)


def tried(store: Store, text: str) -> None:
    """Refuse an update that would run long: what its WHERE clauses match is counted first,
    as a query, in a child process under the query limits (a runaway pattern is stopped
    there: 503), and more than MAX_SOLUTIONS solutions are refused (413). The update itself
    runs in this process, where nothing can stop it, and no query starts meanwhile."""
    patterns = where_clauses(text)
    if not patterns:  # INSERT DATA, DELETE DATA, DROP, ...: as long as the request or a graph
        return
    prologue = "\n".join(_prologue(text))
    union = " UNION ".join(f"{{ {p} }}" for p in patterns)
    sparql = f"{prologue}\nSELECT (COUNT(*) AS ?n) WHERE {{ {union} }}"
    rows = list(sandbox.unpack(store.run(sparql, "update")))
    n = int(rows[0]["n"].value) if rows else 0
    if n > MAX_SOLUTIONS:
        raise Refused(413, f"update: its WHERE matches {n:,} solutions; at most {MAX_SOLUTIONS:,} are "
                           "accepted here (run it with `spacegraph update --store` while the server is stopped)")


def _tokens(text: str) -> list[re.Match]:
    return [m for m in sandbox.TOKEN.finditer(text) if m.lastgroup != "comment" and not m.group().isspace()]


def _prologue(text: str) -> list[str]:
    """The PREFIX and BASE declarations of an update, as text."""
    toks = _tokens(text)
    found = []
    for i, m in enumerate(toks):
        word = m.group().upper()
        if word in ("PREFIX", "BASE"):
            end = next((t for t in toks[i + 1:i + 3] if t.lastgroup == "iri"), None)
            if end is not None:
                found.append(text[m.start():end.end()])
    return found


def where_clauses(text: str) -> list[str]:
    """The group patterns after each WHERE of a SPARQL Update (DELETE WHERE's too), each in
    `GRAPH <iri> { }` where its operation says WITH <iri>."""
    toks = _tokens(text)
    found, depth, graph = [], 0, None
    for i, m in enumerate(toks):
        kind, word = m.lastgroup, m.group().upper()
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif depth == 0 and word == ";":
            graph = None
        elif depth == 0 and word == "WITH" and i + 1 < len(toks) and toks[i + 1].lastgroup == "iri":
            graph = toks[i + 1].group()
        elif depth == 0 and word == "WHERE" and i + 1 < len(toks) and toks[i + 1].group() == "{":
            level, j = 0, i + 1
            for j in range(i + 1, len(toks)):
                level += {"open": 1, "close": -1}.get(toks[j].lastgroup or "", 0)
                if level == 0:
                    break
            body = text[toks[i + 1].start():toks[j].end()]
            found.append(f"GRAPH {graph} {body}" if graph else body)
    return found


def _parsed(text: str) -> bytes:
    """Parse the update (by running it on an empty store); only a syntax error counts."""
    try:
        ox.Store().update(text)
    except SyntaxError as exc:
        raise QueryError(f"update: {' '.join(str(exc).split())}") from None
    except Exception:  # noqa: BLE001, S110 - DROP of a graph the empty store lacks, ...: parsed
        pass
    return b""


def written_graphs(text: str) -> list[str] | None:
    """The named graphs a SPARQL Update writes to, sorted; None when it names them by a
    variable or as ALL / NAMED. Refused (403) when it writes to the default graph."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate
    from rdflib.term import URIRef

    try:
        operations = translateUpdate(parseUpdate(text)).algebra
    except RecursionError:
        raise Refused(400, "update: too deeply nested") from None
    except Exception as exc:  # noqa: BLE001 - pyparsing's and rdflib's own errors
        raise Refused(400, f"update: {' '.join(str(exc).split())[:200]}") from None
    found: set[str] = set()
    unknown = False
    for target in (t for op in operations for t in _targets(op)):
        if target is None or target == "DEFAULT":
            raise Refused(403, "update: it writes to the default graph, which is the union of the article "
                               "graphs and follows them; write into a named graph (GRAPH <iri> { ... })")
        if isinstance(target, URIRef):
            found.add(str(target))
        else:  # a variable, ALL, NAMED
            unknown = True
    return None if unknown else sorted(found)


def _targets(op) -> list:
    """The graphs one rdflib update operation writes to (None: the default graph)."""
    name = op.name
    if name in ("InsertData", "DeleteData", "DeleteWhere", "Modify"):
        # rdflib's CompValue.get gives the key's name for a key it lacks: ask with `in`
        clauses = [op] if name != "Modify" else [op[k] for k in ("delete", "insert") if k in op and op[k]]
        with_graph = op["withClause"] if name == "Modify" and "withClause" in op else None
        return [g for c in clauses for g in ([with_graph] if c.get("triples") else []) + list(c.get("quads") or {})]
    if name in ("Clear", "Drop", "Create", "Load"):
        return [op.get("graphiri")]
    if name in ("Add", "Copy", "Move"):
        source, dest = op.graph
        return [dest] + ([source] if name == "Move" else [])
    return [None]
