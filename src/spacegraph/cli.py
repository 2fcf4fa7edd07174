"""The `spacegraph` command: click options over the Python API, nothing more.

Exit codes: 0 done; 1 the input or a server was at fault (one line on stderr says what);
2 the command line was wrong; 141 stdout was closed (`| head`). Errors are turned into
that one line in one place, `console.handled`.
"""
from __future__ import annotations

import contextlib
import sys

import click

from . import formats
from .console import (DateParam, Main, at_once, check_store, fail, graph_source, handled, interruptible,
                      limit_options, one_line, output_format, progress, query_args, stderr_is_a_terminal)

#: The extensions of the graph formats (`formats`), as help texts list them.
GRAPHS = " ".join(formats.suffixes("graph"))


def _listing(kind: str) -> str:
    return " ".join(formats.names(kind))


def documented(fn):
    """The command's docstring with `{GRAPHS}` replaced by the graph formats' extensions."""
    fn.__doc__ = (fn.__doc__ or "").replace("{GRAPHS}", GRAPHS)
    return fn


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="spacegraph")
def main() -> None:
    """Build knowledge graphs from space-exploration news, query them with SPARQL,
    view them in a browser and push them into triple stores."""


def store_option(help: str = "Read this store directory (see `spacegraph load`) instead of a graph file."):
    return click.option("--store", "store_dir", type=click.Path(file_okay=False), help=help)


FORMAT_OPTION = click.option(
    "--format", "out_format", type=click.Choice(formats.names("graph")),
    help="The graph format to write, where -o gives no extension (-o - or no -o: stdout; default ttl).")
FROM_OPTION = click.option(
    "--from", "in_format", type=click.Choice(formats.names("graph")),
    help="The format of the graph read, where its name gives no extension (default for -: "
         "told from the first bytes).")


@main.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(),
              help=f"Write the graph here (- for stdout); the format follows the extension ({GRAPHS}) "
                   "or --format. Default: Turtle on stdout.")
@FORMAT_OPTION
@click.option("--into", type=click.Path(dir_okay=False),
              help="Add the articles to this graph file (.nq .trig .jsonld), written back whole; "
                   "an article built again replaces its old graph.")
@click.option("--title", help="The article's title (default: its first line or the page's title).")
@click.option("--url", help="The article's URL.")
@click.option("--published", type=DateParam(),
              help="Publication date (YYYY-MM-DD); relative dates such as 'on Saturday' resolve against it.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20 * 1024 * 1024, show_default=True,
              help="Skip (with --strict: fail on) any file larger than this many bytes.")
@click.option("--strict", is_flag=True,
              help="Fail on the first article that cannot be read (exit 1, nothing written), instead of skipping it.")
@click.option("-q", "--quiet", is_flag=True, help="Print no summary of skipped articles, and no progress bar.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many processes (the output is the same bytes).")
@click.option("--cluster", metavar="tcp://HOST:8786",
              help="Extract on this Dask scheduler; -o is then a folder, which gets one N-Quads "
                   "shard per partition (needs the 'cluster' extra).")
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="With --cluster: articles per partition (per shard).")
@handled("output")
def build(articles, output, out_format, into, title, url, published, max_bytes, strict, quiet, jobs, cluster,
          partition_size) -> None:
    """Read ARTICLES (.txt .md .html .jsonl files, folders, globs, or - for stdin) and
    write the things and facts found in them, with the sentence each fact was read from.
    Graph files among them (.nq .trig .jsonld) are merged in: their articles are kept.

    Files are read in the order of their paths. An article that cannot be read is
    skipped, and a summary on stderr says which and why (exit 0 if any was built).
    Exit codes: 0 built; 1 bad input, nothing could be read, or the output cannot be
    written (one line on stderr; the previous output is left as it was); 2 bad options;
    130 interrupted (Ctrl-C), 143 terminated."""
    import os

    from . import merge
    from . import pipeline as api
    from .read import ReadError
    from .serialize import check_target
    from .streams import STDIO, check_not_input

    skipped: list[str] = []

    def skip(exc: ReadError) -> None:
        if strict:
            raise exc
        skipped.append(" ".join(str(exc).split()))

    options = dict(title=title, url=url, published=published, max_bytes=max_bytes)
    if cluster:
        return _build_on_cluster(articles, output, cluster, partition_size, skip, skipped, quiet, options)
    graphs = [a for a in articles if merge.is_graph(a)]
    texts = [a for a in articles if not merge.is_graph(a)]
    if into:
        if output:
            fail("give either -o OUT or --into FILE", 2)
        output = into
        graphs += [into] if os.path.exists(into) and not any(map(os.path.samefile, [into] * len(graphs), graphs)) else []
    else:
        check_not_input(output, articles, "; to add articles to a graph file, use --into FILE")
    fmt = output_format(output, out_format)
    show = not quiet and stderr_is_a_terminal()
    built = 0
    with interruptible(output if output != STDIO else None):
        if output and output != STDIO:
            check_target(output)
        with progress(show, "extracting", lambda: api.count_articles(texts)) as tick:
            result = api.spill(api.in_order(texts, **options), jobs=jobs, on_error=skip, progress=tick)
        with result:
            built = len(result)
            if texts and not built:
                if len(skipped) == 1:
                    fail(skipped[0])
                for line in skipped:
                    click.echo(f"spacegraph: {line}", err=True)
                fail("no article could be read")
            merge.add(result, graphs)
            with progress(show, "writing", lambda: len({r[0] for r in result.records})) as tick:
                result.write(output if output and output != STDIO else sys.stdout.buffer, fmt, progress=tick)
    if skipped and not quiet:
        for line in skipped:
            click.echo(f"spacegraph: {line}", err=True)
        click.echo(f"spacegraph: built {built} article(s); skipped {len(skipped)} "
                   f"(listed above){'; wrote ' + output if output and output != STDIO else ''}", err=True)


def _build_on_cluster(articles, output, address, partition_size, skip, skipped, quiet, options) -> None:
    """`build --cluster`: N-Quads shards in the folder `output`, extracted on Dask."""
    from pathlib import Path

    if not output:
        fail("--cluster needs -o FOLDER for the shards")
    if Path(output).exists() and not Path(output).is_dir():
        fail(f"{output}: not a folder; with --cluster, -o names the folder for the shards")
    try:
        from . import cluster
    except ImportError as exc:
        fail(f"--cluster needs Dask: pip install 'spacegraph[cluster]' ({exc})")
    with interruptible(None):
        shards, built = cluster.build(articles, output, address, partition_size=partition_size,
                                      on_error=skip, **options)
    if not built:
        for line in skipped:
            click.echo(f"spacegraph: {line}", err=True)
        fail("no article could be read")
    if not quiet:
        for line in skipped:
            click.echo(f"spacegraph: {line}", err=True)
        click.echo(f"spacegraph: built {built} article(s) on {address}; skipped {len(skipped)}; "
                   f"wrote {len(shards)} shard(s) to {output}", err=True)


@main.command("validate")
@click.argument("graph", required=False)
@store_option()
@FROM_OPTION
@click.option("--infer", "entail", is_flag=True,
              help="Add what OWL 2 RL entails from the graph and the ontology (written with -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the graph (with --infer: plus its entailments) here (- for stdout); the format "
                   f"follows the extension ({GRAPHS}) or --format.")
@FORMAT_OPTION
@documented
@handled("graph")
def validate_cmd(graph, store_dir, in_format, entail, output, out_format) -> None:
    """Check GRAPH ({GRAPHS}, - for stdin) or a store (--store DIR) against the
    spacegraph SHACL shapes.

    Prints "conforms: N things, M facts", or one line per violation and exits 1."""
    from . import validate as api
    from .serialize import write
    from .streams import STDIO, check_not_input, output as opened

    check_not_input(output, [graph, store_dir])
    fmt = output_format(output, out_format) if output or out_format else None
    with graph_source(graph, store_dir, in_format) as source:
        data = api.load(source)
    report = api.validate(data)
    if fmt is not None:  # -o OUT given
        with opened(output or STDIO) as fh:
            write(api.to_quads(api.infer(data) if entail else data), fh, fmt)
    elif entail:
        click.echo("spacegraph: --infer writes nothing without -o OUT", err=True)
    if report.conforms:
        click.echo(str(report), err=fmt is not None and output in (None, STDIO))
        return
    for violation in report.violations:
        click.echo(str(violation), err=fmt is not None and output in (None, STDIO))
    click.echo(f"spacegraph: {len(report.violations)} violation(s) in {graph or store_dir}", err=True)
    sys.exit(1)


@main.command("view")
@click.argument("graph", required=False)
@store_option("View this store directory (see `spacegraph load`) instead of a graph file.")
@FROM_OPTION
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the page here (- for stdout): one self-contained HTML file (scripts and styles "
                   "inside, no network access, nothing written beside it).")
@click.option("--focus", metavar="NAME",
              help="Keep only the neighbourhood of the thing with this name "
                   "(its label, any other name, or its IRI; case does not matter).")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --focus: keep things up to this many facts away from it.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=300, show_default=True,
              help="Draw at most this many things at first (the nearest to --focus, else the most "
                   "connected, grouped); the page's search, legend and 'show neighbours' reach the "
                   "things left out.")
@documented
@handled("output")
def view_cmd(graph, store_dir, in_format, output, focus, depth, max_nodes) -> None:
    """Write an interactive view of GRAPH ({GRAPHS}, - for stdin; named graphs are merged)
    or of a store: search by name, filter by class and date, click a thing for its facts
    and the sentences they were read from."""
    from .store import Store
    from .streams import check_not_input, output as opened
    from .view import render

    check_not_input(output, [graph, store_dir])
    options = {"focus": focus, "depth": depth, "max_nodes": max_nodes}
    with graph_source(graph, store_dir, in_format) as source:
        if store_dir:
            with Store.open(source, create=False) as store:
                page = render(store, **options)
        else:
            page = render(source, **options)
    with opened(output) as fh:
        fh.write(page.encode("utf-8"))


# --- store, query, push, serve (store.py, remote.py, query.py, push.py) -------------------

@main.command("query")
@click.argument("args", nargs=-1, metavar="[GRAPH] [SPARQL]")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Ask this store directory (see `spacegraph load`) instead of a graph file.")
@click.option("--endpoint", help="Ask a remote SPARQL endpoint (its query URL) instead.")
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, exists=True),
              help="Read the SPARQL query from this file.")
@click.option("--named", "named", metavar="NAME", help="Run a named query (see `spacegraph queries`).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable to a value (a string; <...> for an IRI). Repeatable.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(list(dict.fromkeys(formats.names("results") + formats.names("graph")))),
              help=f"SELECT/ASK: {_listing('results')}; CONSTRUCT/DESCRIBE: {_listing('graph')}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the results here (default, or -: stdout).")
@FROM_OPTION
@limit_options
@documented
@handled(also=(RuntimeError, ValueError))
def query_cmd(args, store_dir, endpoint, query_file, named, params, in_format, fmt, output, limits) -> None:
    """Ask a graph file ({GRAPHS}, - for stdin), a store (--store DIR) or an endpoint a
    SPARQL query, given as SPARQL text ('-' for stdin), -f FILE or --named NAME. All graphs
    are queried as one (their union); no GRAPH clause is needed."""
    import os
    import re

    from . import query as q
    from .store import connect
    from .streams import STDIO, check_not_input, graph_input, output as opened

    source, sparql = query_args(list(args), store_dir, endpoint, query_file, named)
    values = q.parse_params(params)
    if source == STDIO and sparql == STDIO:
        fail("standard input can hold the graph or the query, not both", 2)
    if store_dir is None and endpoint is None and source != STDIO and not os.path.exists(source or ""):
        fail(f"{source}: no such graph file or store directory")
    if store_dir is not None:
        check_store(store_dir)
    check_not_input(output, [source, query_file])
    if query_file:
        with open(query_file, encoding="utf-8") as fh:
            sparql = fh.read()
    elif sparql == STDIO:
        sparql = sys.stdin.read()
    with contextlib.ExitStack() as stack:
        if source is not None and not endpoint and not os.path.isdir(source):
            source = str(stack.enter_context(graph_input(source, in_format)))
        text = q.named_query(named).text if named else sparql or ""
        target = connect(source, endpoint=endpoint, graphs=bool(re.search(r"\bGRAPH\b", text, re.I)))
        if hasattr(target, "close"):
            stack.callback(target.close)  # a store directory's lock goes with it
        target.limits = limits
        try:
            results = target.named(named, values, raw=True) if named else target.query(sparql, values)
        except q.QueryError as exc:
            fail(str(exc).replace("query: ", f"{query_file}: ", 1) if query_file else str(exc))
        with opened(output or STDIO) as out:
            q.write_results(results, out, fmt)


@main.command("queries")
def queries_cmd() -> None:
    """List the named queries: name, title, description and parameters."""
    from .query import named_queries

    for nq in named_queries():
        params = " ".join(f"--param {p.name}=..." for p in nq.params)
        click.echo(f"{nq.name}: {nq.title}" + (f"  [{params}]" if params else ""))
        if nq.description:
            click.echo(f"    {nq.description}")
        for p in nq.params:
            click.echo(f"    {p.name}: {p.description}")


@main.command("load")
@click.argument("inputs", nargs=-1, required=True, metavar="GRAPH_OR_ARTICLES...")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store directory (created when missing).")
@click.option("--title", help="The article's title (articles only).")
@click.option("--url", help="The article's URL (articles only).")
@click.option("--published", type=DateParam(), help="Publication date YYYY-MM-DD (articles only).")
@click.option("--strict", is_flag=True, help="Fail on the first article that cannot be read.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--bulk", is_flag=True,
              help="Fill an EMPTY store from one graph file or from articles at bulk-load speed; "
                   "not transactional, but stopped or failed it leaves the store empty.")
@documented
@handled("store_dir", also=(RuntimeError, ValueError), interrupted="interrupted; the store is as it was",
         suffix="; loading stopped, and the graphs not loaded are as they were")  # a full disk
def load_cmd(inputs, store_dir, title, url, published, strict, quiet, bulk) -> None:
    """Load graph files ({GRAPHS}) and articles into a store, one named
    graph per article; loading an article again replaces its graph as a whole."""
    from .store import Store

    skipped: list[str] = []
    options = {k: v for k, v in (("title", title), ("url", url), ("published", published)) if v}
    with Store.open(store_dir) as store:
        done = store.load(*inputs, on_error=None if strict else (lambda exc: skipped.append(str(exc))),
                          bulk=bulk, **options)
        try:
            total, graphs = len(store), len(store.graphs())
        except KeyboardInterrupt:  # after the load: it is done
            fail(f"interrupted; {len(done)} graph(s) were loaded", 130)
    if not done:
        fail("nothing was loaded" + (f": {skipped[0]}" if skipped else ""))
    if not quiet:
        click.echo(f"spacegraph: loaded {len(done)} graph(s); {store_dir} holds {total} quads "
                   f"in {graphs} named graph(s)", err=True)
        for line in skipped:
            click.echo(f"  skipped: {line}", err=True)


@main.command("remove")
@click.argument("iris", nargs=-1, required=True, metavar="ARTICLE_IRI...")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store directory.")
@handled("store_dir", also=(ValueError,))
def remove_cmd(iris, store_dir) -> None:
    """Remove articles' named graphs (by article IRI, or sgr:article/...) from a store."""
    import pyoxigraph as ox

    from .store import Store
    from .vocab import SGR

    names = []
    for iri in iris:
        iri = iri.strip().strip("<>")
        if iri.startswith("sgr:"):
            iri = str(SGR) + iri[4:]
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            fail(f"{iri!r}: not an article IRI ({one_line(exc)}); nothing was removed")
        names.append(iri)
    check_store(store_dir)
    with Store.open(store_dir, create=False) as store:
        missing = [iri for iri in names if not store.remove(iri)]
    if missing:
        fail(f"no graph <{missing[0]}> in {store_dir}" + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))


@main.command("push")
@click.argument("source", metavar="GRAPH_OR_STORE")
@click.option("--endpoint", metavar="URL",
              help="SPARQL 1.1 Graph Store endpoint: each article's graph is PUT to URL?graph=<IRI>.")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL 1.1 Update endpoint: DROP SILENT GRAPH + INSERT DATA per article graph.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0, 20),
              help="Retries (with back-off) on connection errors and 5xx answers.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@handled("source", also=(ValueError,),
         interrupted="interrupted; each graph on the server is whole, old or new (push again to finish)")
def push_cmd(source, endpoint, update_endpoint, retries, quiet) -> None:
    """Push a graph file or store into a triple store; pushing again replaces each
    article's graph, never duplicates it. Credentials: SPACEGRAPH_USER and
    SPACEGRAPH_PASSWORD, or ~/.netrc."""
    import os

    from .push import push
    from .remote import RemoteError, check_url, shown_url
    from .store import Store

    if bool(endpoint) == bool(update_endpoint):
        fail("give either --endpoint or --update-endpoint", 2)
    try:
        check_url(endpoint or update_endpoint)
    except RemoteError as exc:
        fail(one_line(exc), 2)
    if not os.path.exists(source):
        fail(f"{source}: no such graph file or store directory")
    with Store.open(source, create=False) as store:
        graphs, triples = push(store, endpoint, update_endpoint, retries=retries)
    if not quiet:
        click.echo(f"spacegraph: pushed {graphs} graph(s), {triples} triples, to "
                   f"{shown_url(endpoint or update_endpoint)}", err=True)


@main.command("serve")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store directory (see `spacegraph load`).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; anything but loopback is reachable by others, "
                   "with no authentication (see docs/serving.md).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL Update at /update and Graph Store writes (read-only without it).")
@click.option("--allow-origin", "origins", multiple=True, metavar="URL",
              help="With --writable: also accept writes from pages of this origin (e.g. the "
                   "reverse proxy's https://sparql.example.org). Repeatable.")
@limit_options
@handled(interrupted="stopped")
def serve_cmd(store_dir, port, host, writable, origins, limits) -> None:
    """Serve the store: SPARQL at /query (its default graph is the union of the article
    graphs, as for `spacegraph query`), the Graph Store Protocol at /store. Each query
    runs in its own process under --timeout and --max-memory. Read-only unless
    --writable; writes keep the union. Stop it with Ctrl-C."""
    from .server import is_loopback, serve

    def announce(url: str) -> None:
        click.echo(f"spacegraph: serving {store_dir} at {url} (SPARQL: /query"
                   f"{', /update' if writable else '; read-only'})", err=True)

    if not is_loopback(host):
        click.echo(f"spacegraph: warning: {host} is not a loopback address: anyone who can reach it "
                   "can use this endpoint, which has no authentication; put a reverse proxy with "
                   "authentication in front (docs/serving.md)", err=True)
    with interruptible(None):
        serve(store_dir, host, port, limits=limits, writable=writable, allow_origins=origins, announce=announce)


# --- stats, export (analysis.py) -----------------------------------------------------------

@main.command("stats")
@click.argument("graph", required=False)
@store_option()
@FROM_OPTION
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "json"]),
              help="table: an aligned text table; json: the same counts as one JSON object.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=0),
              help="How many of the most connected things to list.")
@documented
@handled("graph")
def stats_cmd(graph, store_dir, in_format, fmt, top) -> None:
    """Count what GRAPH ({GRAPHS}, - for stdin; named graphs are merged) or a store
    holds: things per class, facts per property, articles, and the most connected things."""
    import json

    from .analysis import format_stats, stats

    with graph_source(graph, store_dir, in_format) as source:
        data = stats(source, top=top)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(format_stats(data, graph or store_dir), nl=False)


@main.command("export")
@click.argument("graph", required=False)
@store_option()
@FROM_OPTION
@click.option("--to", "fmt", required=True, type=click.Choice(formats.names("export")),
              help="; ".join(f"{f.name}: {f.title}" for f in formats.of_kind("export")) + ".")
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True),
              help="The file (graphml, gexf; - for stdout) or folder (csv) to write.")
@handled("graph")
def export_cmd(graph, store_dir, in_format, fmt, output) -> None:
    """Export the things of GRAPH (- for stdin) or a store and the facts between them
    (provenance, articles and mentions left out) for networkx, Gephi, Cytoscape or a
    spreadsheet. Node ids are IRIs; nodes carry label, cls (most specific class) and
    classes; edges property and label."""
    from .analysis import export, to_networkx
    from .streams import STDIO, check_not_input

    check_not_input(output, [graph, store_dir])
    with graph_source(graph, store_dir, in_format) as source:
        G = to_networkx(source)
    export(G, sys.stdout.buffer if output == STDIO else output, fmt)


@main.command("dump")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store directory.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help=f"The graph file to write (- for stdout); the format follows the extension ({GRAPHS}) "
                   "or --format: .nq, .trig and .jsonld keep one named graph per article.")
@FORMAT_OPTION
@handled("output")
def dump_cmd(store_dir, output, out_format) -> None:
    """Write a store's article graphs to a file, sorted as a build writes them (the union
    graph is derived: loading the file again makes the same store)."""
    import os

    from .store import Store
    from .streams import output as opened

    check_store(store_dir)
    fmt = output_format(output, out_format)
    if os.path.abspath(output).startswith(os.path.abspath(store_dir) + os.sep):
        fail(f"{output}: is inside the store directory; write it elsewhere", 2)
    with Store.open(store_dir, create=False) as store, interruptible(output), opened(output) as fh:
        store.dump(fh, fmt)


@main.command("update")
@click.argument("sparql", required=False, metavar="[SPARQL]")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store directory.")
@click.option("-f", "--file", "update_file", type=click.Path(dir_okay=False, exists=True),
              help="Read the SPARQL Update from this file.")
@handled("store_dir", also=(ValueError,), interrupted="interrupted; the update was not made (it is one transaction)")
def update_cmd(sparql, store_dir, update_file) -> None:
    """Run a SPARQL 1.1 Update (given as text, '-' for stdin, or -f FILE) on a store in
    one transaction. Change the article graphs (GRAPH <article> { ... }, or GRAPH ?g):
    the default graph is their union, and is kept so by the same transaction."""
    from .store import Store

    if bool(sparql) == bool(update_file):
        fail("give exactly one of a SPARQL Update or -f FILE", 2)
    check_store(store_dir)
    if update_file:
        with open(update_file, encoding="utf-8") as fh:
            sparql = fh.read()
    elif sparql == "-":
        sparql = sys.stdin.read()
    with Store.open(store_dir, create=False) as store:
        before, after = at_once(lambda: store.update(sparql))
    click.echo(f"spacegraph: {store_dir}: {after} quads in the article graphs (were {before})"
               + ("" if after != before else "; to change them, name them: GRAPH ?g { ... }"), err=True)


# --- evaluate (evaluate.py) ----------------------------------------------------------------

@main.command("evaluate")
@click.option("--gold", "gold_dir", required=True, type=click.Path(),
              help="Folder of gold files NAME.yaml: the things and facts each article states, "
                   "in the core vocabulary (entities, facts, optional, optional_entities).")
@click.option("--corpus", "corpus_dir", required=True, type=click.Path(),
              help="Folder of the articles: NAME.txt (or NAME.md, NAME.html) for each gold file NAME.yaml.")
@click.option("-v", "--verbose", is_flag=True,
              help="Under each article, list the gold facts missed, the facts stated wrongly "
                   "and the nodes that are no gold thing or a duplicate.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, writable=True),
              help="Also write the figures here as JSON: totals, each article's F1s, and "
                   "precision, recall and F1 by property and by class.")
@click.option("--by/--no-by", default=True, show_default=True,
              help="After the totals, precision, recall and F1 of each property and each class.")
@handled("json_out")
def evaluate_cmd(gold_dir, corpus_dir, verbose, json_out, by) -> None:
    """Build each corpus article and score its graph against its gold facts: precision,
    recall and F1 of things and facts per article and in total (micro), and the share of
    things found with the right class. An article that fails to build scores zero."""
    import json

    from . import evaluate as ev

    rows: list[tuple[str, ev.Score]] = []
    for name, score in ev.evaluate(gold_dir, corpus_dir):
        if not rows:  # the gold is checked before the first row: no header above an error
            click.echo(ev.header())
        rows.append((name, score))
        click.echo("\n".join(ev.row_lines(name, score, verbose)))
    click.echo("\n".join(ev.total_lines(ev.total(rows))))
    if by:
        click.echo("\n".join(ev.breakdown_lines(ev.total(rows))))
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(ev.to_json(rows), fh, indent=2)
