"""Push a graph into a triple store, and ask a remote SPARQL endpoint: standard protocols only.

- SPARQL 1.1 Graph Store HTTP Protocol: each article's named graph is PUT to
  `ENDPOINT?graph=<article IRI>` as N-Triples, so pushing again replaces, never duplicates.
- SPARQL 1.1 Update: `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`, one
  request per article graph.
- SPARQL 1.1 Protocol (queries): POST, URL-encoded (`query=`), results as SPARQL JSON.

Credentials come from SPACEGRAPH_USER / SPACEGRAPH_PASSWORD, else ~/.netrc (the
endpoint's host); they go to urllib's basic and digest handlers and are never printed.
Connection errors and 5xx answers are retried with back-off; 4xx answers are not.
"""
from __future__ import annotations

import netrc
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from . import query as q


class PushError(RuntimeError):
    """The server refused or could not be reached; the message is one line."""


def safe_url(url: str) -> str:
    """The URL without user info (never print a password)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        parts = parts._replace(netloc=netloc)
    return urllib.parse.urlunsplit(parts)


def credentials(url: str) -> tuple[str, str] | None:
    user, password = os.environ.get("SPACEGRAPH_USER"), os.environ.get("SPACEGRAPH_PASSWORD")
    if user:
        return user, password or ""
    parts = urllib.parse.urlsplit(url)
    if parts.username:
        return urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
    try:
        auth = netrc.netrc().authenticators(parts.hostname or "")
    except (OSError, netrc.NetrcParseError):
        auth = None
    if auth:
        return auth[0] or "", auth[2] or ""
    return None


@dataclass
class Client:
    """urllib with auth, retries and one-line errors."""

    url: str
    retries: int = 3
    backoff: float = 0.5
    timeout: float = 60.0
    sleep: Callable[[float], None] = time.sleep

    def __post_init__(self) -> None:
        self.base = safe_url(self.url)
        handlers: list[urllib.request.BaseHandler] = []
        creds = credentials(self.url)
        if creds:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, self.base, *creds)
            handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        self.opener = urllib.request.build_opener(*handlers)

    def request(self, method: str, url: str, data: bytes | None = None,
                headers: Mapping[str, str] | None = None) -> bytes:
        shown = safe_url(url)
        attempt = 0
        while True:
            req = urllib.request.Request(shown, data=data,
                                         method=method, headers=dict(headers or {}))
            try:
                with self.opener.open(req, timeout=self.timeout) as resp:
                    return resp.read()
            except urllib.error.HTTPError as exc:
                detail = _first_line(exc.read())
                msg = f"{method} {shown}: the server answered {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
                if exc.code < 500 or attempt >= self.retries:
                    raise PushError(msg + (f" (after {attempt + 1} attempts)" if attempt else "")) from None
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as exc:
                reason = getattr(exc, "reason", exc)
                reason = getattr(reason, "strerror", None) or str(reason)
                msg = f"{method} {shown}: cannot reach the server: {reason}"
                if attempt >= self.retries:
                    raise PushError(msg + (f" (after {attempt + 1} attempts)" if attempt else "")) from None
            self.sleep(self.backoff * (2 ** attempt))
            attempt += 1


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return " ".join(text.splitlines()[0].split())[:200] if text else ""


def _with_graph(url: str, graph: str | None) -> str:
    sep = "&" if "?" in url else "?"
    if graph is None:
        return f"{url}{sep}default"
    return f"{url}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _ntriples(triples) -> bytes:
    return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples).encode("utf-8")


def _graphs(store) -> list[tuple[str | None, list]]:
    """(graph name or None for the default graph, triples) for each non-empty graph."""
    out: list[tuple[str | None, list]] = []
    for name in store.graphs():
        out.append((name, [x.triple for x in store.quads(name)]))
    default = [x.triple for x in store.inner.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        out.append((None, default))
    return out


def push(store, endpoint: str | None = None, update_endpoint: str | None = None, *,
         retries: int = 3, backoff: float = 0.5,
         progress: Callable[[str, int], None] | None = None) -> tuple[int, int]:
    """Send every named graph of `store` (a spacegraph Store); returns (graphs, triples)."""
    if bool(endpoint) == bool(update_endpoint):
        raise PushError("give either a graph store endpoint or an update endpoint")
    client = Client(endpoint or update_endpoint, retries=retries, backoff=backoff)
    graphs = triples = 0
    for name, data in _graphs(store):
        if endpoint:
            client.request("PUT", _with_graph(endpoint, name), _ntriples(data),
                           {"Content-Type": "application/n-triples"})
        else:
            body = _ntriples(data).decode("utf-8")
            if name is None:
                update = f"INSERT DATA {{\n{body}}}"
            else:
                g = ox.NamedNode(name)
                update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}} }}"
            client.request("POST", update_endpoint, update.encode("utf-8"),
                           {"Content-Type": "application/sparql-update"})
        graphs += 1
        triples += len(data)
        if progress:
            progress(name or "default graph", len(data))
    return graphs, triples


class Endpoint:
    """A remote SPARQL endpoint with the same `.query` / `.named` as a Store.

    Parameters are written as escaped RDF terms in a VALUES block (see query.with_values).
    """

    def __init__(self, url: str, *, retries: int = 2, backoff: float = 0.5, union: bool = False):
        self.url = url
        self.union = union  # ask Oxigraph for its union default graph (others use it anyway)
        self.client = Client(url, retries=retries, backoff=backoff)

    def query(self, sparql: str, params: Mapping[str, object] | None = None, /, **kw):
        text = q.with_values(sparql, {**(params or {}), **kw})
        url = self.url
        if self.union:
            url += ("&" if "?" in url else "?") + "union-default-graph"
        form = urllib.parse.urlencode({"query": text}).encode("ascii")
        body = self.client.request(
            "POST", url, form,
            {"Content-Type": "application/x-www-form-urlencoded",
             "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
        if body.lstrip().startswith(b"{"):
            return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        return iter([t.triple if isinstance(t, ox.Quad) else t
                     for t in ox.parse(body, ox.RdfFormat.N_TRIPLES)])

    def named(self, name: str, params: Mapping[str, object] | None = None, /, **kw):
        nq = q.named_query(name)
        values = {**(params or {}), **kw}
        q.check_params(nq, values)
        return self.query(nq.text, values)
