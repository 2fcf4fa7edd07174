"""Triple stores behind URLs, the store layer's side of the network: the HTTP client
(`Client`: credentials, retries, one-line errors), a remote SPARQL endpoint asked like a
`Store` (`Endpoint`). `push.py` sends graphs through the same client; `server.py` is
`spacegraph serve`.

Credentials come from SPACEGRAPH_USER / SPACEGRAPH_PASSWORD, else ~/.netrc (the
endpoint's host); they go to urllib's basic and digest handlers and are never printed:
every message is scrubbed of the password, URLs are shown without user info, and the
command line refuses a URL with a password in it (`check_url`), since the process list
would show it to every user of the machine. Connection errors and 5xx answers are retried with back-off; 4xx answers are not.
SPARQL 1.1 Protocol (queries): POST, URL-encoded (`query=`), results as SPARQL JSON.
"""
from __future__ import annotations

import base64
import http.client
import netrc
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from . import query as q


class RemoteError(RuntimeError):
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


def shown_url(url: str) -> str:
    """The URL as messages show it: without user info, and with the values of its query
    string (an API key, a token) as ***."""
    parts = urllib.parse.urlsplit(safe_url(url))
    if not parts.query:
        return parts.geturl()
    masked = "&".join(f"{key}=***" if sep else key
                      for key, sep, _ in (pair.partition("=") for pair in parts.query.split("&")))
    return parts._replace(query=masked).geturl()


def _encodings(user: str, password: str) -> list[str]:
    """The forms a server may echo a password in: as it is, URL-encoded (both ways, both
    cases of hex), JSON- and HTML-escaped, and base64 of `user:password` and of itself."""
    import html
    import json

    quoted = [urllib.parse.quote(password, safe=""), urllib.parse.quote_plus(password)]
    forms = [password, *quoted, *(re.sub("%[0-9A-F]{2}", lambda m: m.group(0).lower(), x) for x in quoted),
             json.dumps(password)[1:-1], json.dumps(password, ensure_ascii=False)[1:-1], html.escape(password)]
    for raw in (f"{user}:{password}", password):
        b64 = base64.b64encode(raw.encode()).decode()
        forms += [b64, b64.rstrip("="), base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")]
    return sorted({f for f in forms if f}, key=len, reverse=True)  # the longest first: no half left


def check_url(url: str) -> str:
    """A URL given on the command line: http(s) and no password in it (the process list
    shows every argument to every user). Raises RemoteError; the message never holds the
    password."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        raise RemoteError(f"{shown_url(url)}: not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"{shown_url(url)}: not an http:// or https:// URL")
    if parts.password is not None:
        raise RemoteError(f"{shown_url(url)}: the URL holds a password; give it in SPACEGRAPH_USER and "
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
                self._secrets = _encodings(user, password)
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, self.base, user, password)
            handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        self.opener = urllib.request.build_opener(*handlers)
        query = urllib.parse.urlsplit(self.url).query  # an API key in the URL is a secret too
        self._secrets += [v for _, v in urllib.parse.parse_qsl(query) if len(v) >= 4]

    def scrub(self, text: str) -> str:
        """`text` with the password (and its encodings) replaced by ***."""
        for secret in self._secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    def _error(self, msg: str, attempt: int) -> RemoteError:
        return RemoteError(self.scrub(msg + (f" (after {attempt + 1} attempts)" if attempt else "")))

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
                    detail = _first_line(self.scrub(exc.read().decode("utf-8", "replace")))
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


def _first_line(body: str) -> str:
    text = body.strip()
    return " ".join(text.splitlines()[0].split())[:200] if text else ""


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

    def named(self, name: str, params: Mapping[str, object] | None = None, /, raw: bool = False, **kw):
        """As `Store.named`: plain values, or pyoxigraph's results with `raw=True`."""
        nq = q.named_query(name)
        results = self.query(q.prepare(nq, {**(params or {}), **kw}, self.query))
        return results if raw else q.plain(results)
