"""The embedded store: Oxigraph (pyoxigraph), on disk or in memory, one named graph per article.

    >>> import spacegraph
    >>> store = spacegraph.open("graph-store")          # a directory: on-disk store
    >>> store.load("examples/isro-esa-human-spaceflight.txt")
    >>> for row in store.named("agreements", agency="ISRO"): ...
    >>> store = spacegraph.open("all.nq")               # a graph file: read into memory

Each article is a named graph. The default graph is kept, by every change, as the union
of the article graphs *without duplicates*: ISRO's label, stated by each of 10,000
articles, is one triple there. Queries run over it, so they need no GRAPH clause and do
not multiply rows by the number of articles that say the same thing (Oxigraph's
`use_default_graph_as_union` keeps every copy: a label in 600 graphs comes back 600
times). Loading an article replaces its named graph and updates the union in one
transaction (one SPARQL Update), so loading the same article twice changes nothing; the
cost is that of the article, not of the store.
"""
from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from . import bulk, formats
from . import query as q
from . import sandbox
from .vocab import SGR
from .vocab import prefixes as graph_prefixes


UNION = ox.DefaultGraph()  # derived: the deduplicated union of the article graphs


class StoreError(ValueError):
    """The store cannot be opened or changed as asked; the message is one line."""


def is_graph_file(path: str | Path) -> bool:
    return _graph_suffix(path) and Path(str(path)).is_file()


def _graph_suffix(path: str | Path) -> bool:
    """Whether the path's extension is one of a graph format (`formats`)."""
    return Path(str(path)).suffix.lower() in formats.suffixes("graph")


def _rdf_format(path: Path) -> ox.RdfFormat:
    fmt = formats.for_path(path)
    if fmt is None or fmt.rdf is None:
        raise StoreError(f"{path}: unknown RDF format '{path.suffix}'")
    return fmt.rdf


def check_folder(path: str | Path, create: bool = False) -> None:
    """Raise StoreError unless `path` is a store folder (or, with `create`, a missing or
    empty folder to make one in): an Oxigraph (RocksDB) store has a CURRENT file, and none
    is ever scattered among a user's files, nor made by a command that only reads."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: not a store directory or graph file")
    if path.is_dir() and not (path / "CURRENT").exists() and any(path.iterdir()):
        raise StoreError(f"{path}: not a store (the folder holds other files)"
                         + ("; give a new or empty folder" if create else ""))
    if not create and not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no store here (`spacegraph load ... --store {path}` makes one)")


def file_graph(path: Path) -> str:
    """The name of the graph a file's triples (no article graphs) go to: made from the
    file's name, never its folder, which is nobody's business on a server it is pushed to."""
    from .model import slug

    return f"{SGR}graph/{slug(path.name)}"


def _parse_error(path, exc: Exception) -> StoreError:
    return StoreError(f"{path}: {' '.join(str(exc).split())}")


class Store:
    """An Oxigraph store with spacegraph's conventions (see the module's doc)."""

    def __init__(self, inner: ox.Store | None = None, path: Path | None = None,
                 limits: sandbox.Limits = sandbox.Limits(), lock: int | None = None):
        self.inner = inner if inner is not None else ox.Store()
        self.path = path
        self.limits = limits  # each query's time and memory (see `sandbox`)
        self._lock = lock

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, location: str | Path | None = None, *, graphs: bool = True, create: bool = True,
             read_only: bool = False) -> "Store":
        """A graph file (.nq .trig .ttl .nt .jsonld ...) is read into memory; any other
        path is an on-disk store directory (created when missing, unless `create` is
        False: reading never makes a store); None is in memory. `read_only` opens an
        existing store directory for reading, and keeps writers out while it is open.
        `graphs=False` reads a file's union alone (half the time and memory), for
        queries that name no graph."""
        if location is None:
            return cls()
        path = Path(location)
        if path.is_file() or _graph_suffix(path):
            if not path.is_file():
                raise StoreError(f"{path}: no such file")
            if not _graph_suffix(path):
                raise StoreError(f"{path}: not a store directory or graph file "
                                 f"({' '.join(sorted(formats.suffixes('graph')))})")
            store = cls()
            if graphs:
                store.bulk_load(path)  # in memory and new: nothing to keep whole on failure
            else:
                store._bulk_union(path)
            return store
        check_folder(path, create=create and not read_only)
        try:
            if read_only:
                lock = _hold_lock(path)  # first: no writer may come in while it opens
                return cls(ox.Store.read_only(str(path)), path, lock=lock)
            store = cls(ox.Store(str(path)), path)
            store._ensure_union()
            return store
        except OSError as exc:
            msg = " ".join(str(exc).split())
            if "lock" in msg.lower():
                msg = "the store is in use by another process (is `spacegraph serve` running?)"
            raise StoreError(f"{path}: {msg}") from None

    def close(self) -> None:
        try:
            if self.path is not None and self.inner is not None and self._lock is None:
                self.inner.flush()
        finally:
            self.inner = None  # type: ignore[assignment]  # releases the directory's lock, even
            # when the flush fails (a full disk)
            if self._lock is not None:
                os.close(self._lock)
                self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _ensure_union(self) -> None:
        """A store filled by other tools (`oxigraph load`) gets its union graph once."""
        if next(self.inner.quads_for_pattern(None, None, None, UNION), None) is None and \
                next(iter(self.inner.named_graphs()), None) is not None:
            self.inner.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    # --- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        """Quads in the article graphs (the derived union graph is not counted)."""
        return sum(1 for _ in self.quads())

    def graphs(self) -> list[str]:
        """The names of the named graphs (article IRIs), sorted."""
        return sorted(g.value for g in self.inner.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph: str | ox.NamedNode | None = None) -> int:
        if graph is None:
            return len(self)
        g = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))
        return sum(1 for _ in self.inner.quads_for_pattern(None, None, None, g))

    def quads(self, graph: str | ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The quads of one article graph, or of all of them (never the derived union)."""
        if graph is not None:
            g = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))
            return self.inner.quads_for_pattern(None, None, None, g)
        return (q for q in self.inner if not isinstance(q.graph_name, ox.DefaultGraph))

    def query(self, sparql: str, params: Mapping[str, object] | None = None, /, **kw):
        """Run SPARQL over the union of the graphs, with the prefixes of our graphs (sg:,
        rdfs:, skos:, ...) declared; `params` (or keywords) are bound as
        values (an escaped VALUES block, see `query.with_values`), never pasted as text.
        It runs under `self.limits` (time, memory; see `sandbox`): a hostile query raises
        a QueryError, it never crashes or hangs this process.

        Returns pyoxigraph's results: QuerySolutions (SELECT), QueryBoolean (ASK) or
        an iterator of triples (CONSTRUCT, DESCRIBE); `spacegraph.query.rows()` gives tuples.
        """
        values = {**(params or {}), **kw}
        text = q.with_values(sparql, values) if values else sparql
        return sandbox.unpack(self.run(text, "query", shown=sparql))

    def named(self, name: str, params: Mapping[str, object] | None = None, /, raw: bool = False, **kw):
        """Run the named query `name` (see `spacegraph queries`) with its parameters: rows
        as dicts of plain values (str, int, date; `query.plain`), or with `raw=True`
        pyoxigraph's results, as `query` gives them."""
        nq = q.named_query(name)
        text = q.prepare(nq, {**(params or {}), **kw}, self.query)
        results = sandbox.unpack(self.run(text, nq.path or name))
        return results if raw else q.plain(results)

    def run(self, sparql: str, where: str = "query", pack: Callable[[object], bytes] = sandbox.pack,
            shown: str | None = None) -> bytes:
        """`pack(results)` of the query, evaluated in a child process under `self.limits`
        (`shown`: the text a syntax error points into)."""
        sandbox.check(sparql, self.limits, where)

        def work() -> bytes:  # through self: an error's traceback must not keep the store open
            try:
                return pack(self.inner.query(sparql, prefixes=graph_prefixes()))
            except SyntaxError as exc:
                raise (q.syntax_error(exc, text=shown) if shown is not None else q.syntax_error(exc, where)) from None

        return sandbox.run(work, self.limits, where)

    def to_rdflib(self):
        """An rdflib Dataset with the same graphs (default graph = union, as here)."""
        from rdflib import Dataset

        ds = Dataset(default_union=True)
        data = ox.serialize(self.quads(), None, ox.RdfFormat.N_QUADS)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def dump(self, out, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        from .serialize import write

        write(self.quads(), out, fmt)

    # --- changing ------------------------------------------------------------------------
    def replace_graph(self, graph: str | ox.NamedNode, quads: Iterable[ox.Quad | ox.Triple]) -> int:
        """Replace the named graph's content as a whole, and the union with it, in one
        transaction: its old triples leave the union unless another graph states them."""
        g = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))
        lines = sorted({f"{t.subject} {t.predicate} {t.object} ."
                        for t in (x.triple if isinstance(x, ox.Quad) else x for x in quads)})
        body = "\n".join(lines)
        self.inner.update(f"{_drop(g)} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }} ;\nINSERT DATA {{\n{body}\n}}")
        return len(lines)

    def update(self, sparql: str) -> tuple[int, int]:
        """Run a SPARQL Update on the article graphs and bring the union (the default
        graph) in line with them, in one transaction; returns the quads in the article
        graphs before and after. The union is derived: what an update writes to the
        default graph alone is replaced by the union of the article graphs."""
        before = self._article_quads()
        given = sparql.rstrip().rstrip(";")
        try:
            self.inner.update(f"{given} ;\n{_RESYNC}", prefixes=graph_prefixes())
        except SyntaxError as exc:
            error = q.syntax_error(exc, "update")
            if f"at line {given.count(chr(10)) + 2}," in str(error):  # in what was added: the update ended early
                error = q.QueryError("update: syntax error: the update ends before it is complete")
            raise error from None
        return before, self._article_quads()

    def _article_quads(self) -> int:
        results = self.inner.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(results, ox.QuerySolutions)
        return int(next(results)["n"].value)

    def remove(self, iri: str | ox.NamedNode) -> bool:
        """Drop an article's named graph (and what only it stated from the union);
        False when there was none."""
        g = iri if isinstance(iri, ox.NamedNode) else ox.NamedNode(str(iri).strip("<>"))
        if not self.inner.contains_named_graph(g):
            return False
        self.inner.update(_drop(g))
        return True

    def load(self, *inputs: str | Path, on_error: Callable[[Exception], None] | None = None,
             bulk: bool = False, **build_options) -> list[str]:
        """Load graph files and articles; returns the names of the graphs replaced.

        A graph file's quads go to their named graphs (each replaced as a whole); its
        triples (default graph) go to a graph named by the file's URI (see `_load_file`).
        Anything else is an article input (file, folder, glob, -) built with `spacegraph.pipeline`.
        `bulk=True` fills an empty store from one graph file or from articles at bulk
        speed; stopped or failed, it leaves the store empty (see `bulk_load`).
        """
        self._clean_leftovers()
        flat = [str(i) for item in inputs for i in ([item] if isinstance(item, (str, Path)) else item)]
        files = [i for i in flat if is_graph_file(i)]
        articles = [i for i in flat if not is_graph_file(i)]
        if bulk:
            return self._load_bulk(files, articles, on_error, **build_options)
        with self._kept_if_interrupted():
            done: list[str] = []
            for f in files:
                done += self._load_file(Path(f))
            if articles:
                done += self._load_articles(articles, on_error, **build_options)
            return done

    @contextlib.contextmanager
    def _kept_if_interrupted(self, or_failed: bool = False) -> Iterator[None]:
        """Ctrl-C during a load leaves the store as it was, though a load is many
        transactions (batches, and one per graph replaced): a checkpoint of the store
        (Oxigraph's backup: its files hard-linked) is taken first, and put back in its
        place on KeyboardInterrupt (`or_failed`: on any error too). A load killed outright
        leaves the checkpoint, which the next load removes (`_clean_leftovers`)."""
        if self.path is None or self._lock is not None:  # in memory, or read-only
            yield
            return
        import shutil
        import tempfile

        checkpoint = Path(tempfile.mkdtemp(prefix=".spacegraph-load-", dir=self.path)) / "before"
        try:
            self.inner.backup(str(checkpoint))
            yield
        except BaseException as exc:
            if (or_failed or isinstance(exc, KeyboardInterrupt)) and checkpoint.is_dir():
                self._put_back(checkpoint)
            raise
        finally:
            shutil.rmtree(checkpoint.parent, ignore_errors=True)

    def _put_back(self, checkpoint: Path) -> None:
        """Close the store (if open), move the checkpoint's files into its folder in place
        of its own (RocksDB's LOCK stays), and open it again. Nothing is moved while
        anything else holds the store open: it would go on writing among the files moved."""
        if self.inner is not None:
            if not self._alone():
                raise StoreError(f"{self.path}: the load was interrupted while the store was in use; "
                                 "it may hold part of the load")
            self.inner = None  # type: ignore[assignment]  # closes it
        folder = cast(Path, self.path)
        after = checkpoint.parent / "after"
        after.mkdir()
        for entry in folder.iterdir():
            if entry.name != "LOCK" and not entry.name.startswith(".spacegraph-load-"):
                entry.rename(after / entry.name)
        for entry in checkpoint.iterdir():
            entry.rename(folder / entry.name)
        self.inner = ox.Store(str(folder))

    def _alone(self) -> bool:
        """Whether nothing but this object holds the Oxigraph store (closed when it lets go)."""
        import gc

        gc.collect()
        return sys.getrefcount(self.inner) <= 2  # the attribute and the argument: nobody else

    def _clean_leftovers(self) -> None:
        """Remove the temporary folders of a load that was killed (kill -9) midway: no other
        load is running, since this one holds the store's lock."""
        import shutil

        for left in self.path.glob(".spacegraph-load-*") if self.path else ():
            shutil.rmtree(left, ignore_errors=True)

    def _load_file(self, path: Path) -> list[str]:
        """Graphs are named by IRIs here: the file's triples go to a graph named by the
        file's URI, a graph named by a blank node `_:g` to the file's URI with `#g`, so
        loading the file again replaces them."""
        uri = file_graph(path)
        default = ox.NamedNode(uri)

        def named(q: ox.Quad) -> ox.Quad:
            g = q.graph_name
            if isinstance(g, ox.NamedNode):
                return q
            name = ox.NamedNode(f"{uri}#{g.value}") if isinstance(g, ox.BlankNode) else default
            return ox.Quad(q.subject, q.predicate, q.object, name)

        try:
            return self._load_quads(map(named, ox.parse(path=str(path), format=_rdf_format(path))))
        except SyntaxError as exc:
            raise _parse_error(path, exc) from None

    def bulk_load(self, path: str | Path, chunk: int = 64 << 20) -> None:
        """Load a graph file into an EMPTY store at Oxigraph's bulk-load speed: its graphs
        natively and, at the same time, their union (`bulk.fill`).

        A bulk load is not a transaction, and Oxigraph's bulk loader does not stop for
        Ctrl-C; into a store folder it runs in a child process (`bulk.in_child`), killed at
        once on KeyboardInterrupt, and on that or any error the store is put back as it
        was: empty. `load` is the way to add or replace."""
        path = Path(path)
        self._check_empty()
        fmt, graph = _rdf_format(path), ox.NamedNode(file_graph(path))
        try:
            if self.path is None or self._lock is not None:  # in memory (nothing to keep), or read-only
                bulk.fill(self.inner, path, fmt, graph, chunk)
                return
            if not self._alone():
                raise StoreError(f"{self.path}: a bulk load needs the store to itself (it is in use)")
            folder = str(self.path)
            with self._kept_if_interrupted(or_failed=True):
                self.inner = None  # type: ignore[assignment]  # closed: the child opens it (one writer)
                bulk.in_child(lambda: bulk.fill(ox.Store(folder), path, fmt, graph, chunk))
                self.inner = ox.Store(folder)
        except SyntaxError as exc:
            raise _parse_error(path, exc) from None

    def _check_empty(self) -> None:
        """A bulk load adds, it cannot replace: it goes into a store without graphs."""
        if next(iter(self.inner.named_graphs()), None) is not None:
            raise StoreError(f"{self.path}: a bulk load goes into an empty store; "
                             "load without --bulk to add or replace articles")

    def _bulk_union(self, path: Path) -> None:
        """Only the union of a graph file's graphs, in the default graph."""
        try:
            bulk.union(self.inner, path, _rdf_format(path))
        except SyntaxError as exc:
            raise _parse_error(path, exc) from None

    def _load_quads(self, quads: Iterable[ox.Quad], batch: int = 20_000) -> list[str]:
        """Load quads graph by graph, streaming: a graph new to the store is added in
        batches (each batch one transaction, short enough for Ctrl-C to be
        answered within a second), a graph it holds already is
        replaced as a whole (one transaction). A file whose graphs come in one run each,
        as ours do, is read once and never held whole in memory."""
        done: dict[str, None] = {}
        pending: list[ox.Quad] = []
        current: ox.NamedNode | None = None
        triples: list[ox.Quad] = []

        def finish() -> None:
            if current is None:
                return
            if current.value not in done and self.inner.contains_named_graph(current):
                self.replace_graph(current, triples)
            else:  # new, or a graph that came in two runs: add to it
                pending.extend(triples)
                if len(pending) >= batch:
                    self.extend(pending)
                    pending.clear()
            done[current.value] = None

        for quad in quads:
            if quad.graph_name != current:
                finish()
                current, triples = cast(ox.NamedNode, quad.graph_name), []  # _load_file names every graph
            triples.append(quad)
        finish()
        if pending:
            self.extend(pending)
        return list(done)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add article graphs that are new to the store, with their triples in the union,
        in one transaction; for graphs that may exist already, use `replace_graph`."""
        quads = list(quads)
        union = [ox.Quad(q.subject, q.predicate, q.object, UNION) for q in quads]
        self.inner.extend(quads + union)  # one transaction: all of it, or nothing

    def _load_bulk(self, files: list[str], articles: list[str], on_error, **options) -> list[str]:
        if len(files) + bool(articles) != 1:
            raise StoreError("a bulk load takes one graph file, or articles")
        self._check_empty()  # before articles are built
        if files:
            self.bulk_load(files[0])
        else:
            self._built(articles, self.bulk_load, on_error, **options)
        return self.graphs()

    def _load_articles(self, inputs: list[str], on_error, **options) -> list[str]:
        return self._built(inputs, self._load_file, on_error, **options) or []

    def _built(self, inputs: list[str], load: Callable[[Path], object], on_error, **options):
        """Build the articles (streaming, as `spacegraph build` does) into a temporary
        N-Quads file beside the store and `load` it; None when no article was built."""
        import tempfile

        pipeline = importlib.import_module("spacegraph.pipeline")
        with tempfile.TemporaryDirectory(prefix=".spacegraph-load-", dir=self.path) as tmp:
            out = Path(tmp) / "articles.nq"
            if not pipeline.build(inputs, out, ox.RdfFormat.N_QUADS, on_error=on_error, **options):
                return None
            return load(out)


# The union made true again after an update: what no article graph states leaves it, what
# one states and it lacks joins it.
_RESYNC = ("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
           "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }")


def _drop(g: ox.NamedNode) -> str:
    """SPARQL Update: drop graph g and the union's triples that no other graph states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g}")


def _hold_lock(path: Path) -> int:
    """Take the lock RocksDB takes on `path/LOCK` (an fcntl lock), so no writer opens the
    store while a read-only one has it open (Oxigraph: that would be undefined behaviour)."""
    import fcntl

    fd = os.open(path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OSError("lock held by another process") from None
    return fd


def open(location: str | Path | None = None) -> Store:  # noqa: A001 - spacegraph.open
    """Open a store directory (created when missing) or read a graph file into memory."""
    return Store.open(location)


def connect(location: str | Path | None = None, *, endpoint: str | None = None, graphs: bool = True):
    """What `spacegraph query` asks: the remote SPARQL endpoint at `endpoint`
    (`remote.Endpoint`), else `Store.open(location, graphs=graphs)`; both answer `.query`
    and `.named`."""
    if endpoint:
        from .remote import Endpoint

        return Endpoint(endpoint)
    return Store.open(location, graphs=graphs, create=False)
