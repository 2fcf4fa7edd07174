"""Push a graph into a triple store: standard protocols only.

- SPARQL 1.1 Graph Store HTTP Protocol: each article's named graph is PUT to
  `ENDPOINT?graph=<article IRI>` as N-Triples, so pushing again replaces, never duplicates.
- SPARQL 1.1 Update: `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`, one
  request per article graph.

Requests go through `remote.Client` (credentials, never printed; retries; one-line errors).
A push that stops midway says how many graphs were pushed and which one was not; each
graph is sent in one request (GSP PUT, or one Update request), so a graph on the server
is never a mix of its old and new triples, provided the server applies a request in one
transaction (Oxigraph does for Update; see docs/what-happens-when.md).
"""
from __future__ import annotations

import urllib.parse
from collections.abc import Callable

import pyoxigraph as ox

from .remote import Client, RemoteError

#: The server refused or could not be reached (`remote.RemoteError`); the message is one line.
PushError = RemoteError


def _with_graph(url: str, graph: str | None) -> str:
    sep = "&" if "?" in url else "?"
    if graph is None:
        return f"{url}{sep}default"
    return f"{url}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _ntriples(triples) -> bytes:
    return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples).encode("utf-8")


def _graphs(store) -> list[tuple[str | None, list]]:
    """(graph name, triples) for each article graph."""
    out: list[tuple[str | None, list]] = []
    for name in store.graphs():
        out.append((name, [x.triple for x in store.quads(name)]))
    return out  # the store's default graph is derived (their union): servers make their own


def push(store, endpoint: str | None = None, update_endpoint: str | None = None, *,
         retries: int = 3, backoff: float = 0.5,
         progress: Callable[[str, int], None] | None = None) -> tuple[int, int]:
    """Send every named graph of `store` (a spacegraph Store); returns (graphs, triples)."""
    url = endpoint or update_endpoint
    if not url or (endpoint and update_endpoint):
        raise PushError("give either a graph store endpoint or an update endpoint")
    client = Client(url, retries=retries, backoff=backoff)
    todo = _graphs(store)
    graphs = triples = 0
    for name, data in todo:
        try:
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
                client.request("POST", url, update.encode("utf-8"),
                               {"Content-Type": "application/sparql-update"})
        except PushError as exc:
            rest = len(todo) - graphs - 1
            left = f"it and the {rest} graph(s) after it are as they were" if rest else "it is as it was"
            raise PushError(f"push stopped after {graphs} of {len(todo)} graph(s): "
                            f"<{name or 'default graph'}> was not pushed: {exc}; {left} "
                            "on the server (push again to finish)") from None
        graphs += 1
        triples += len(data)
        if progress:
            progress(name or "default graph", len(data))
    return graphs, triples
