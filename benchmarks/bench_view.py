"""How long the graph view takes: writing the page, and its first stable paint in Chromium.

    python benchmarks/bench_view.py            # 100, 1,000 and 5,000 things
    python benchmarks/bench_view.py 200 2000   # other sizes

Graphs are synthetic (tests/view_graphs.py: about 1.5 facts per thing, each with its
source sentence). "paint" is the time from navigation start until the page has
stabilised its layout, frozen it and drawn (vis 'stabilizationIterationsDone', then the
next 'afterDrawing'), with every network request blocked. Needs /usr/bin/chromium
(or SPACEGRAPH_CHROMIUM) and playwright.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from spacegraph.view import DEFAULT_MAX_NODES, write_view  # noqa: E402
from view_graphs import synthetic_graph  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium() -> str | None:
    for c in (os.environ.get("SPACEGRAPH_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if c and Path(c).is_file():
            return c
    return shutil.which("chromium") or shutil.which("chromium-browser")


def paint_time(browser, path: Path, timeout: float = 300.0) -> tuple[float, float, int, int]:
    url = path.resolve().as_uri()
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    page.goto(url)
    deadline = time.monotonic() + timeout
    while not page.evaluate("!!(window.sgView && sgView.state.paintedAt !== null)"):
        if errors or time.monotonic() > deadline:
            raise RuntimeError(errors or f"no stable paint within {timeout} s")
        time.sleep(0.05)
    stabilized, painted, n, e = page.evaluate(
        "[sgView.state.stabilizedAt, sgView.state.paintedAt, sgView.nodes.length, sgView.edges.length]")
    page.close()
    return stabilized / 1000, painted / 1000, n, e


def main(sizes: list[int]) -> None:
    binary = chromium()
    runs = []
    for n in sizes:
        g = synthetic_graph(n)
        runs.append((n, g, n))  # everything drawn
        if n > DEFAULT_MAX_NODES:
            runs.append((n, g, DEFAULT_MAX_NODES))  # what the default --max-nodes draws
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for n, g, max_nodes in runs:
            path = Path(tmp) / f"view-{n}-{max_nodes}.html"
            t0 = time.perf_counter()
            write_view(g, path, max_nodes=max_nodes)
            results.append((n, max_nodes, time.perf_counter() - t0, path))
        print(f"{'things':>7} {'drawn':>6} {'facts':>6} {'size':>8} {'write':>8} {'stable':>8} {'paint':>8}")
        if binary is None:
            print("(no Chromium binary: paint times skipped)")
        pw = None
        if binary:
            from playwright.sync_api import sync_playwright
            pw = sync_playwright().start()
            browser = pw.chromium.launch(executable_path=binary, args=ARGS)
        try:
            for n, max_nodes, write_s, path in results:
                size = f"{path.stat().st_size / 1e6:.1f} MB"
                if pw:
                    stable, paint, drawn, facts = paint_time(browser, path)
                    print(f"{n:>7} {drawn:>6} {facts:>6} {size:>8} {write_s:>7.2f}s {stable:>7.2f}s {paint:>7.2f}s")
                else:
                    print(f"{n:>7} {min(n, max_nodes):>6} {'':>6} {size:>8} {write_s:>7.2f}s")
        finally:
            if pw:
                browser.close()
                pw.stop()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 5000])
