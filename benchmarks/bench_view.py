"""How long `spacegraph view` takes on an archive, how much memory it needs, and how fast
its page paints.

    python benchmarks/bench_view.py                      # a 2,000-article archive
    python benchmarks/bench_view.py --articles 500 2000  # other sizes
    python benchmarks/bench_view.py --keep /tmp/archives # reuse the archives built there

Each archive is benchmarks/corpus.py's first N articles (JSON Lines, with publication
dates), built by `spacegraph build --jobs 2` (timed too, for scale). Then:

- view: `spacegraph view ARCHIVE.nq -o ARCHIVE.html` in a fresh process, wall time from
  the command's start (interpreter start-up included) and its peak resident memory
  (its own ru_maxrss); the issue's targets: under 15 s and 500 MB for 2,000 articles;
- store: the same from a store (`spacegraph load --bulk`, then `view --store`);
- paint: the page in headless Chromium (1280x800, every network request blocked): time
  from navigation start to the first stable paint (layout settled, frozen, labels placed),
  things drawn of those in the page, and labels drawn. Needs /usr/bin/chromium (or
  SPACEGRAPH_CHROMIUM) and playwright; skipped without them.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from corpus import write_jsonl  # noqa: E402
from view_pages import CHROMIUM_ARGS, SCREEN, chromium_binary  # noqa: E402

# Runs the command in this process and reports its own peak memory on stderr's last line.
MEASURED = """
import resource, sys
from spacegraph.cli import main
try:
    main(sys.argv[1:], standalone_mode=True)
finally:
    sys.stderr.write("\\nmaxrss_kb=%d\\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measured(*args: str) -> tuple[float, float]:
    """(seconds, peak MB) of `spacegraph ARGS` in a fresh process."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode:
        raise SystemExit(f"spacegraph {' '.join(args)} failed: {done.stderr.strip()}")
    kb = int(done.stderr.rsplit("maxrss_kb=", 1)[1].split()[0])
    return seconds, kb / 1024


def archive(folder: Path, n: int) -> tuple[Path, float | None]:
    """The n-article archive's graph (built unless it is there), and the build's seconds."""
    graph = folder / f"archive-{n}.nq"
    if graph.exists():
        return graph, None
    corpus = write_jsonl(folder / f"corpus-{n}.jsonl", n)
    seconds, _ = measured("build", str(corpus), "-o", str(graph), "--jobs", "2", "-q")
    return graph, seconds


def paint(page_path: Path) -> dict | None:
    """First stable paint of the page in Chromium, with the network blocked."""
    binary = chromium_binary()
    if binary is None:
        return None
    from playwright.sync_api import sync_playwright

    url = page_path.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=binary, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=SCREEN)
        page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
        page.goto(url)
        deadline = time.monotonic() + 120
        while not page.evaluate("!!(window.sgView && sgView.state.paintedAt !== null)"):
            if time.monotonic() > deadline:
                raise SystemExit("no stable paint within 120 s")
            time.sleep(0.02)
        found = page.evaluate("""({paint: sgView.state.paintedAt / 1000, drawn: sgView.nodes.length,
                                   things: sgView.data.nodes.length, labels: sgView.state.labelled.length})""")
        browser.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000])
    parser.add_argument("--keep", type=Path, help="build the archives in this folder and reuse them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'articles':>8} {'quads':>9} {'build s':>8} {'view s':>7} {'view MB':>8} {'store s':>8} "
              f"{'store MB':>9} {'page MB':>8} {'paint s':>8} {'drawn':>11} {'labels':>7}")
        for n in args.articles:
            graph, build_s = archive(folder, n)
            quads = sum(1 for _ in graph.open("rb"))
            html = folder / f"archive-{n}.html"
            view_s, view_mb = measured("view", str(graph), "-o", str(html))
            store = folder / f"store-{n}"
            if not store.exists():
                measured("load", str(graph), "--store", str(store), "--bulk", "-q")
            store_s, store_mb = measured("view", "--store", str(store), "-o", str(folder / f"store-{n}.html"))
            found = paint(html)
            shown = (f"{found['paint']:>8.2f} {found['drawn']:>5}/{found['things']:<5} {found['labels']:>7}"
                     if found else f"{'-':>8} {'-':>11} {'-':>7}")
            built = f"{build_s:>8.1f}" if build_s is not None else f"{'(kept)':>8}"
            print(f"{n:>8,} {quads:>9,} {built} {view_s:>7.2f} {view_mb:>8.0f} {store_s:>8.2f} {store_mb:>9.0f} "
                  f"{html.stat().st_size / 1e6:>8.1f} {shown}", flush=True)


if __name__ == "__main__":
    main()
