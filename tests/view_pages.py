"""View pages opened in real headless Chromium with every network request blocked, and
what the tests measure on them (test_view_browser.py, test_view_archive.py)."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREEN = {"width": 1280, "height": 800}  # the 1280 px screen


def chromium_binary() -> str | None:
    for candidate in (os.environ.get("SPACEGRAPH_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    binary = chromium_binary()
    if binary is None:
        pytest.skip("no Chromium binary (looked for /usr/bin/chromium, chromium, chromium-browser)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=binary, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from a file with the network blocked, and what it tried to do."""

    def __init__(self, browser, path: Path, viewport: dict | None = None, timeout: float = 20):
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport=viewport or SCREEN)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(self.url)
        self.wait_js("window.sgView && window.sgView.state.paintedAt !== null", timeout=timeout)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def wait_js(self, expression: str, timeout: float = 5) -> None:
        """Poll with evaluate: the page's Content-Security-Policy forbids the string eval
        that Playwright's wait_for_function uses."""
        deadline = time.monotonic() + timeout
        while not self.js(f"!!({expression})"):
            if self.errors:
                raise AssertionError(f"the page failed: {self.errors}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expression}")
            self.page.wait_for_timeout(25)

    def node_id(self, iri: str) -> int:
        return self.js("iri => sgView.data.nodes.find(n => n.iri === iri).id", iri)

    def node_point(self, node_id: int) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        return tuple(self.js("""id => {
            const p = sgView.network.getPositions([id])[id];
            const d = sgView.network.canvasToDOM(p);
            const r = document.getElementById('graph').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y];
        }""", node_id))

    def click_node(self, node_id: int) -> None:
        """Close the side panel (it lies over the graph), show the whole graph, click the node."""
        if self.page.locator("#panel").is_visible():
            self.page.click("#close")
        self.js("sgView.network.fit({animation: false})")
        x, y = self.node_point(node_id)
        self.page.mouse.click(x, y)

    def shown(self, cls: str | None = None) -> set[int]:
        """The things drawn and not hidden (of one class, by its key)."""
        return set(self.js("""key => sgView.nodes.get({filter: n => !n.hidden &&
            (key === null || sgView.data.classes[sgView.data.nodes[n.id].c].key === key)}).map(n => n.id)""", cls))

    def edge_labels(self) -> list[tuple[int, int, str]]:
        """(from, to, label) of the edges vis-network draws with a label."""
        return [tuple(e) for e in self.js("""(() => { const nw = sgView.network; nw.redraw();
            return sgView.edges.getIds().map(id => nw.body.edges[id])
                .filter(e => e.options.label && !e.options.hidden).map(e => [e.fromId, e.toId, e.options.label]); })()""")]

    def labels(self) -> list[dict]:
        """Each drawn label as vis-network laid it out: its text, font size on screen and box
        on screen (from the node's position and the label's size, both the network's own)."""
        return self.js("""() => {
            const nw = sgView.network, scale = nw.getScale();
            nw.redraw();  // lay out what is asked now (else the next animation frame does)
            return sgView.nodes.get({filter: n => !n.hidden && !!n.label}).map(n => {
                const label = nw.body.nodes[n.id].labelModule, s = label.size;
                const at = nw.canvasToDOM(nw.getPositions([n.id])[n.id]);
                const topLeft = nw.canvasToDOM({x: s.left, y: s.top});
                return {text: n.label, px: label.fontOptions.size * scale, at: [at.x, at.y],
                        box: [topLeft.x, topLeft.y, topLeft.x + s.width * scale, topLeft.y + s.height * scale]};
            });
        }""")

    def assert_clean(self):
        assert self.requests == [self.url], f"requests left the file: {self.requests}"
        assert not self.blocked, self.blocked
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs


def assert_legible(opened: Opened, at_least: int) -> list[dict]:
    """Labels at least 12 px on screen, inside the graph's area, and no two overlapping."""
    labels = opened.labels()
    assert len(labels) >= at_least, f"only {len(labels)} labels drawn"
    width, height = opened.js("[document.getElementById('graph').clientWidth, "
                              "document.getElementById('graph').clientHeight]")
    for label in labels:
        assert label["px"] >= 12, label
        left, top, right, bottom = label["box"]
        assert right - left > 0 and bottom - top >= 12, label
        assert left >= 0 and top >= 0 and right <= width and bottom <= height, label
        assert top > label["at"][1], f"the label is under its thing: {label}"
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            apart = (a["box"][2] <= b["box"][0] or b["box"][2] <= a["box"][0] or
                     a["box"][3] <= b["box"][1] or b["box"][3] <= a["box"][1])
            assert apart, f"labels overlap: {a} and {b}"
    return labels


def screenshot(opened: Opened, path: Path, env: str) -> None:
    """Save a screenshot; also copy it where the environment variable `env` says (README images)."""
    box = opened.page.locator("#graph").bounding_box()
    opened.page.mouse.move(box["x"] + 4, box["y"] + box["height"] - 4)  # off the drawing: no tooltip
    opened.page.wait_for_timeout(300)
    opened.page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    target = os.environ.get(env)
    if target:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
