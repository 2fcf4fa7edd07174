"""Reading commands on a big graph file: `stats`, `query` and `view` of some 600,000 quads.

    python benchmarks/bench_big.py                    # builds 2,500 synthetic articles first
    python benchmarks/bench_big.py --graph big.nq     # an existing graph file

Each command runs as the user types it, in its own process (start-up included); the
figures are wall-clock seconds and the process's peak memory (max RSS), best of `--runs`.
The articles come from `benchmarks/corpus.py` (seeded), built with `spacegraph build`.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks")]

import corpus  # noqa: E402

SPACEGRAPH = [sys.executable, "-c", "import sys; from spacegraph.cli import main; sys.argv[0] = 'spacegraph'; main()"]


def timed(args: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of `spacegraph ARGS`, its output thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen([*SPACEGRAPH, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"spacegraph {' '.join(args)} failed: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--graph", type=Path, help="a graph file to read (default: build one)")
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="spacegraph-bench-") as tmp:
        graph = args.graph
        if graph is None:
            graph = Path(tmp) / "big.nq"
            articles = corpus.write_jsonl(Path(tmp) / "articles.jsonl", args.articles)
            seconds, mb = timed(["build", str(articles), "-o", str(graph), "-q"])
            print(f"build {args.articles:,} articles: {seconds:.1f} s, {mb:.0f} MB")
        quads = sum(1 for line in graph.open("rb") if line.strip())
        print(f"{graph.name}: {quads:,} quads, {graph.stat().st_size / 1e6:.0f} MB")
        commands = {
            "stats": ["stats", str(graph)],
            "query --named agreements": ["query", str(graph), "--named", "agreements"],
            "query (SPARQL, count by class)": ["query", str(graph),
                                               "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"],
            "view": ["view", str(graph), "-o", str(Path(tmp) / "view.html")],
        }
        print(f"{'command':34} {'s (best)':>9} {'peak MB':>8}   all runs, s")
        for name, command in commands.items():
            runs = [timed(command) for _ in range(args.runs)]
            best = min(runs)
            print(f"{name:34} {best[0]:9.1f} {max(mb for _, mb in runs):8.0f}   "
                  + " / ".join(f"{s:.1f}" for s, _ in runs))


if __name__ == "__main__":
    main()
