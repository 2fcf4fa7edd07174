"""Named-query latency on a ~1,000,000-triple store: spacegraph's Store vs pyoxigraph
directly (the floor) vs rdflib's in-memory SPARQL engine, all on the same quads.

    python benchmarks/bench_query.py [--triples 1000000] [--runs 7] [--rdflib-timeout 60]

The data is synthetic but has the graph shape of a build (docs/architecture.md): one named
graph per article holding agencies, people, agreements, crewed missions, stations and an
rdf:Statement with its source sentence for every fact. rdflib runs each query once (it is
slow), in a forked child with a time cap; a query over the cap is reported as '>cap'.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from spacegraph.query import named_query, prepare, with_values  # noqa: E402
from spacegraph.store import Store  # noqa: E402

SG = "https://w3id.org/spacegraph/ontology#"
SGR = "https://w3id.org/spacegraph/resource/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"

CASES = [
    ("agreements", {"agency": "ISRO"}),
    ("neighbourhood", {"name": "ESA"}),
    ("crewed-missions", {"agency": "JAXA"}),
    ("stations", {}),
    ("cooperation", {"a": "ISRO", "b": "ESA"}),
    ("people", {"agency": "NASA"}),
    ("sources", {"name": "Station 3"}),
]
REAL = ["ISRO", "ESA", "NASA", "JAXA", "CNSA", "Roscosmos", "CSA", "UKSA", "DLR", "CNES"]


def n(x: str) -> ox.NamedNode:
    return ox.NamedNode(x)


def lit(v, dt: str | None = None) -> ox.Literal:
    return ox.Literal(str(v), datatype=n(XSD + dt)) if dt else ox.Literal(str(v))


def synthetic(target: int, seed: int = 7):
    """Yield quads, article by article, until about `target` quads."""
    rnd = random.Random(seed)
    agencies = REAL + [f"AG{i}" for i in range(300)]
    stations = [f"Station {i}" for i in range(40)]
    count = art = 0
    while count < target:
        art += 1
        g = n(f"{SGR}article/synthetic-{art:06d}")
        out = []

        def q(s, p, o):
            out.append(ox.Quad(s, n(p), o, g))

        def fact(s, p, o, k):
            q(s, p, o)
            st = n(f"{SGR}fact/{art:06d}-{k}")
            q(st, RDF + "type", n(RDF + "Statement"))
            q(st, RDF + "subject", s)
            q(st, RDF + "predicate", n(p))
            q(st, RDF + "object", o)
            q(st, PROV + "wasDerivedFrom", g)
            q(st, SG + "sourceSentence", lit(f"Sentence {k} of article {art} about {p.rsplit('#')[-1]}."))
            q(st, SG + "startOffset", lit(k * 100, "integer"))
            q(st, SG + "endOffset", lit(k * 100 + 90, "integer"))

        q(g, RDF + "type", n(SG + "Article"))
        q(g, DCT + "title", lit(f"Synthetic article {art}"))
        ags = rnd.sample(agencies, 3)
        nodes = {}
        for a in ags:
            node = n(f"{SGR}agency/{a.lower()}")
            nodes[a] = node
            q(node, RDF + "type", n(SG + "SpaceAgency"))
            q(node, RDFS + "label", lit(f"{a} full name"))
            q(node, SKOS + "altLabel", lit(a))
            q(node, SG + "mentionedIn", g)
        people = []
        for i in range(3):
            pid = rnd.randrange(20000)
            p = n(f"{SGR}person/person-{pid}")
            people.append(p)
            q(p, RDF + "type", n(SG + "Person"))
            q(p, RDFS + "label", lit(f"Person {pid}"))
            q(p, SG + "mentionedIn", g)
        ag = n(f"{SGR}agreement/synthetic-{art:06d}-1")
        q(ag, RDF + "type", n(SG + "Agreement"))
        q(ag, RDFS + "label", lit(f"Agreement {art}"))
        k = 0
        for a in ags[:2]:
            k += 1
            fact(ag, SG + "party", nodes[a], k)
        k += 1
        fact(ag, SG + "signatory", people[0], k)
        k += 1
        fact(ag, SG + "signedOn", lit(f"20{rnd.randrange(10, 25)}-0{rnd.randrange(1, 10)}-1{rnd.randrange(0, 10)}", "date"), k)
        area = n(f"{SGR}area/area-{rnd.randrange(30)}")
        q(area, RDF + "type", n(SG + "CooperationArea"))
        q(area, RDFS + "label", lit(f"area {area.value[-2:]}"))
        k += 1
        fact(ag, SG + "coversArea", area, k)
        mid = rnd.randrange(5000)
        m = n(f"{SGR}mission/mission-{mid}")
        q(m, RDF + "type", n(SG + "CrewedMission"))
        q(m, RDFS + "label", lit(f"Mission {mid}"))
        st_name = rnd.choice(stations)
        st = n(f"{SGR}station/{st_name.lower().replace(' ', '-')}")
        q(st, RDF + "type", n(SG + "SpaceStation"))
        q(st, RDFS + "label", lit(st_name))
        for p, o in ((SG + "crewMember", people[1]), (SG + "participant", nodes[ags[0]]),
                     (SG + "participant", nodes[ags[2]]), (SG + "destination", st)):
            k += 1
            fact(m, p, o, k)
        k += 1
        fact(m, SG + "status", lit(rnd.choice(["planned", "active", "completed"])), k)
        k += 1
        fact(st, SG + "operator", nodes[ags[1]], k)
        k += 1
        fact(people[0], SG + "heads", nodes[ags[0]], k)
        k += 1
        fact(people[0], SG + "jobTitle", lit("Chairman"), k)
        k += 1
        fact(people[1], SG + "affiliation", nodes[ags[2]], k)
        count += len(out)
        yield from out


def median_ms(fn, runs: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _rdflib_child(conn, ds, nq, params):
    """rdflib does the same two steps: resolve the names of things, run the query."""
    from rdflib import URIRef

    def select(text, values):
        return [[ox.NamedNode(str(x)) if isinstance(x, URIRef) else x for x in row]
                for row in ds.query(with_values(text, values))]

    t = time.perf_counter()
    try:
        n_rows = len(list(ds.query(prepare(nq, params, select))))
    except Exception as exc:  # rdflib's engine fails on some queries: say so, not "too slow"
        conn.send((None, f"{type(exc).__name__}"))
        return
    conn.send(((time.perf_counter() - t) * 1000, n_rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rdflib-timeout", type=float, default=60.0)
    ap.add_argument("--no-rdflib", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        quads = list(synthetic(args.triples))
        store = Store.open(Path(tmp) / "db")
        store.extend(quads)
        store.inner.flush()
        print(f"store: {len(store):,} quads in {len(store.graphs()):,} article graphs "
              f"(generated and bulk-loaded in {time.perf_counter() - t:.1f} s)", flush=True)
        inner = store.inner

        ds = None
        if not args.no_rdflib:
            from rdflib import Dataset

            t = time.perf_counter()
            ds = Dataset(default_union=True)
            ds.parse(data=ox.serialize(quads, None, ox.RdfFormat.N_QUADS).decode(), format="nquads")
            print(f"rdflib: {len(ds):,} triples parsed in {time.perf_counter() - t:.1f} s", flush=True)
        del quads

        header = f"{'query':<16} {'rows':>6} {'Store ms':>9} {'floor ms':>9} {'ratio':>6} {'rdflib ms':>10} {'speed-up':>9}"
        print(header)
        print("-" * len(header))
        ctx = mp.get_context("fork")
        for name, params in CASES:
            nq = named_query(name)

            def direct(text, values):
                return inner.query(with_values(text, values))
            n_rows = len(list(store.named(name, **params, raw=True)))
            ours = median_ms(lambda: list(store.named(name, **params, raw=True)), args.runs)
            # the floor: the same SPARQL (name look-up, then the query) through pyoxigraph itself
            floor = median_ms(lambda: list(inner.query(prepare(nq, params, direct))), args.runs)
            rd = "-"
            speed = "-"
            if ds is not None:
                parent, child = ctx.Pipe()
                proc = ctx.Process(target=_rdflib_child, args=(child, ds, nq, params))
                proc.start()
                if parent.poll(args.rdflib_timeout):
                    ms, rd_rows = parent.recv()
                    if ms is None:
                        rd, speed = f"error: {rd_rows}", "-"
                    else:
                        rd = f"{ms:,.0f}" + ("" if rd_rows == n_rows else f" ({rd_rows} rows!)")
                        speed = f"{ms / ours:,.0f}x"
                else:
                    rd = f">{args.rdflib_timeout * 1000:,.0f}"
                    speed = f">{args.rdflib_timeout * 1000 / ours:,.0f}x"
                proc.kill()
                proc.join()
            print(f"{name:<16} {n_rows:>6} {ours:>9.2f} {floor:>9.2f} {ours / floor:>6.2f} {rd:>10} {speed:>9}",
                  flush=True)
        store.close()
        print(f"Store and floor: median of {args.runs} runs after one warm-up; "
              f"rdflib: one run per query, capped at {args.rdflib_timeout:.0f} s.")


if __name__ == "__main__":
    main()
