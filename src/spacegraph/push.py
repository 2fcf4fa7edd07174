"""Push a graph into a triple store, and ask a remote SPARQL endpoint: standard protocols only.

- SPARQL 1.1 Graph Store HTTP Protocol: each article's named graph is PUT to
  `ENDPOINT?graph=<article IRI>` as N-Triples, so pushing again replaces, never duplicates.
- SPARQL 1.1 Update: `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`, one
  request per article graph.
- SPARQL 1.1 Protocol (queries): POST, URL-encoded (`query=`), results as SPARQL JSON.

Credentials come from SPACEGRAPH_USER / SPACEGRAPH_PASSWORD, else ~/.netrc (the
endpoint's host); they go to urllib's basic and digest handlers and are never printed:
every message is scrubbed of the password, URLs are shown without user info, and the
command line refuses a URL with a password in it (`check_url`), since the process list
would show it to every user of the machine.
Connection errors and 5xx answers are retried with back-off; 4xx answers are not.
A push that stops midway says how many graphs were pushed and which one was not; each
graph is sent in one request (GSP PUT, or one Update request), so a graph on the server
is never a mix of its old and new triples, provided the server applies a request in one
transaction (Oxigraph does for Update; see docs/what-happens-when.md).
"""
from __future__ import annotations

import base64
import http.client
import netrc
import os
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


def check_url(url: str) -> str:
    """A URL given on the command line: http(s) and no password in it (the process list
    shows every argument to every user). Raises PushError; the message never holds the
    password."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        raise PushError(f"{safe_url(url)}: not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise PushError(f"{safe_url(url)}: not an http:// or https:// URL")
    if parts.password is not None:
        raise PushError(f"{safe_url(url)}: the URL holds a password; give it in SPACEGRAPH_USER and "
                        "SPACEGRAPH_PASSWORD or in ~/.netrc instead (a command line is visible "
                        "to every user in the process list)")
    return url


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password): SPACEGRAPH_USER / SPACEGRAPH_PASSWORD, else user info in the URL
    (Python API), else ~/.netrc for the URL's host."""
    return _credentials(url)[0]


def _credentials(url: str) -> tuple[tuple[str, str] | None, str]:
    user, password = os.environ.get("SPACEGRAPH_USER"), os.environ.get("SPACEGRAPH_PASSWORD")
    if user:
        return (user, password or ""), "SPACEGRAPH_USER and SPACEGRAPH_PASSWORD"
    parts = urllib.parse.urlsplit(url)
    if parts.password is not None:
        return ((urllib.parse.unquote(parts.username or ""), urllib.parse.unquote(parts.password)),
                "the URL")
    try:
        auth = netrc.netrc().authenticators(parts.hostname or "")
    except (OSError, netrc.NetrcParseError):  # its message may quote the file: never shown
        auth = None
    if auth:
        return (auth[0] or "", auth[2] or ""), "~/.netrc"
    if parts.username:
        return (urllib.parse.unquote(parts.username), password or ""), "the URL's user name"
    return None, ""


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
        creds, self.creds_from = _credentials(self.url)
        self._secrets: list[str] = []
        if creds:
            user, password = creds
            if password:
                self._secrets = [password, urllib.parse.quote(password, safe=""),
                                 base64.b64encode(f"{user}:{password}".encode()).decode()]
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, self.base, user, password)
            handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        self.opener = urllib.request.build_opener(*handlers)

    def scrub(self, text: str) -> str:
        """`text` with the password (and its encodings) replaced by ***."""
        for secret in self._secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    def _error(self, msg: str, attempt: int) -> PushError:
        return PushError(self.scrub(msg + (f" (after {attempt + 1} attempts)" if attempt else "")))

    def request(self, method: str, url: str, data: bytes | None = None,
                headers: Mapping[str, str] | None = None) -> bytes:
        shown = safe_url(url)
        where = f"{method} {shown.split('?')[0]}"
        attempt = 0
        while True:
            req = urllib.request.Request(shown, data=data,
                                         method=method, headers=dict(headers or {}))
            try:
                with self.opener.open(req, timeout=self.timeout) as resp:
                    return resp.read()
            except urllib.error.HTTPError as exc:
                try:
                    detail = _first_line(exc.read())
                except (OSError, http.client.HTTPException):
                    detail = ""
                if exc.code == 401:
                    given = (f"the server refused the credentials from {self.creds_from}"
                             if self.creds_from else
                             "no credentials were given (set SPACEGRAPH_USER and SPACEGRAPH_PASSWORD, "
                             "or add the host to ~/.netrc)")
                    raise self._error(f"{where}: authentication failed (401 {exc.reason}): {given}",
                                      attempt) from None
                msg = f"{where}: the server answered {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
                if exc.code < 500 or attempt >= self.retries:
                    raise self._error(msg, attempt) from None
            except (OSError, http.client.HTTPException) as exc:  # URLError, resets, timeouts
                reason = getattr(exc, "reason", exc)
                reason = getattr(reason, "strerror", None) or str(reason) or reason.__class__.__name__
                msg = f"{where}: cannot reach the server: {reason}"
                if attempt >= self.retries:
                    raise self._error(msg, attempt) from None
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
        return self.query(q.prepare(nq, {**(params or {}), **kw}, self.query))
