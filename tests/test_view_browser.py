"""The view page in real headless Chromium, with every network request blocked.

Skips only when no Chromium binary exists (.ci/run installs it).
Set SPACEGRAPH_SCREENSHOT=path/to/view.png to save the sample article's view there.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from spacegraph.view import write_view
from spacegraph.vocab import SGR
from view_graphs import ARTICLE_TITLE, ARTICLE_URL, HOSTILE_NAME, HOSTILE_SENTENCE, AXIOM, \
    count_things_and_facts, hostile_graph, sample_graph, synthetic_graph

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


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

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(self.url)
        self.wait_js("window.sgView && window.sgView.state.paintedAt !== null", timeout=20)

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

    def assert_clean(self):
        assert self.requests == [self.url], f"requests left the file: {self.requests}"
        assert not self.blocked, self.blocked
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs


@pytest.fixture(scope="module")
def sample_page(browser, tmp_path_factory):
    path = tmp_path_factory.mktemp("view") / "sample.html"
    write_view(sample_graph(), path)
    opened = Opened(browser, path)
    yield opened
    opened.page.close()


def test_draws_every_thing_and_fact_offline(sample_page):
    things, facts = count_things_and_facts(sample_graph())
    assert sample_page.js("[sgView.nodes.length, sgView.edges.length]") == [things, facts]
    drawn = sample_page.js("sgView.nodes.get().map(n => n.label).sort()")
    assert "Indian Space Research Organisation" in drawn and "Axiom-4" in drawn
    # The layout settled and was frozen: physics is off after stabilisation.
    assert sample_page.js("sgView.network.physics.physicsEnabled") is False
    assert sample_page.js("document.getElementById('freeze').textContent") == "Unfreeze layout"
    sample_page.assert_clean()


def test_search_focuses_the_right_node(sample_page):
    page = sample_page.page
    page.fill("#q", "esa")  # another name, in another case
    page.press("#q", "Enter")
    esa = sample_page.node_id(str(SGR["agency/esa"]))
    assert sample_page.js("sgView.network.getSelectedNodes()") == [esa]
    assert page.locator("#panel").is_visible()
    assert page.locator("#details h2").inner_text() == "European Space Agency"
    page.fill("#q", "Bharatiya")  # a prefix of the label
    page.press("#q", "Enter")
    assert sample_page.js("sgView.network.getSelectedNodes()") == \
        [sample_page.node_id(str(SGR["station/bharatiya-antariksh-station"]))]
    sample_page.assert_clean()


def test_clicking_a_node_shows_its_facts_and_sources(sample_page):
    page = sample_page.page
    axiom = sample_page.node_id(str(SGR["mission/axiom-4"]))
    sample_page.js("sgView.network.fit({animation: false})")
    x, y = sample_page.node_point(axiom)
    page.mouse.click(x, y)
    assert sample_page.js("sgView.network.getSelectedNodes()") == [axiom]
    panel = page.locator("#panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "Axiom-4" in text and "Ax-4" in text
    assert AXIOM in text and ARTICLE_TITLE in text
    link = page.locator("#details a", has_text=ARTICLE_TITLE).first
    assert link.get_attribute("href") == ARTICLE_URL
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    sample_page.assert_clean()


def test_class_filter_hides_a_class(sample_page):
    page = sample_page.page
    page.uncheck('#classes input[data-class="CooperationArea"]')
    hidden = sample_page.js("sgView.nodes.get({filter: n => n.hidden}).length")
    assert hidden == 3
    page.check('#classes input[data-class="CooperationArea"]')
    assert sample_page.js("sgView.nodes.get({filter: n => n.hidden}).length") == 0


def sample_article_graph(tmp_path):
    """The sample article built by the real pipeline; the hand-made equivalent if that fails."""
    import spacegraph
    from spacegraph.view import load_graph

    example = Path(__file__).resolve().parents[1] / "examples" / "isro-esa-human-spaceflight.txt"
    try:
        out = tmp_path / "sample.ttl"
        spacegraph.write(spacegraph.build([str(example)]), str(out))
        g = load_graph(out)
        if len(g):
            return g
    except Exception:  # the extractor is not the subject here
        pass
    return sample_graph()


def test_screenshot_of_the_sample_article_view(browser, tmp_path):
    g = sample_article_graph(tmp_path)
    path = tmp_path / "article.html"
    write_view(g, path)
    opened = Opened(browser, path)
    page = opened.page
    try:
        assert opened.js("[sgView.nodes.length, sgView.edges.length]") == list(count_things_and_facts(g))
        isro = opened.node_id(str(SGR["agency/isro"]))
        opened.js("sgView.network.fit({animation: false})")
        x, y = opened.node_point(isro)
        page.mouse.click(x, y)
        assert opened.js("sgView.network.getSelectedNodes()") == [isro]
        assert page.locator("#panel blockquote").count() > 0
        opened.js("sgView.network.fit({animation: false})")
        box = page.locator("#graph").bounding_box()
        page.mouse.move(box["x"] + 8, box["y"] + box["height"] - 8)  # off the drawing: no tooltip
        page.wait_for_timeout(300)
        shot = tmp_path / "view.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        target = os.environ.get("SPACEGRAPH_SCREENSHOT")
        if target:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, target)
        opened.assert_clean()
    finally:
        page.close()


def test_hostile_names_and_sentences_run_nothing(browser, tmp_path):
    path = tmp_path / "hostile.html"
    write_view(hostile_graph(), path)
    opened = Opened(browser, path)
    page = opened.page
    try:
        evil = opened.node_id(str(SGR["organization/evil"]))
        assert opened.js("sgView.nodes.get(%d).label" % evil) == HOSTILE_NAME
        opened.js("sgView.network.fit({animation: false})")
        x, y = opened.node_point(evil)
        # Hover for the tooltip: plain text (vis-network sets innerText: only <br> inside).
        page.mouse.move(x + 1, y + 1)
        page.mouse.move(x, y)
        opened.wait_js("document.querySelector('div.vis-tooltip') && "
                       "document.querySelector('div.vis-tooltip').style.visibility === 'visible'")
        tip = opened.js("(() => { const t = document.querySelector('div.vis-tooltip');"
                        " return [t.textContent, [...t.querySelectorAll('*')].map(e => e.tagName)]; })()")
        assert HOSTILE_NAME in tip[0] and set(tip[1]) <= {"BR"}
        # The side panel shows the name, other names and sentence as text.
        page.mouse.click(x, y)
        text = page.locator("#panel").inner_text()
        assert HOSTILE_NAME in text
        assert "</script><script>window.__pwned=1</script>" in text
        assert "</script><script>window.__pwned=1;alert(2)</script>" in text
        assert '<svg onload="window.__pwned=1">' in text
        # javascript: links are shown as text, never as links.
        assert opened.js("document.querySelectorAll('a[href^=\"javascript\"], a[href*=\"alert\"]').length") == 0
        assert "javascript:alert(3)" in text
        # Searching by the hostile name finds it and still runs nothing.
        page.fill("#q", HOSTILE_NAME)
        page.press("#q", "Enter")
        assert opened.js("sgView.network.getSelectedNodes()") == [evil]
        # The fact's own panel shows the sentence as text too.
        opened.js("sgView.showEdge(0)")
        fact = page.locator("#panel").inner_text()
        assert "window.__pwned=1;alert(2)" in fact and "onerror=\"window.__pwned=1\"" in fact
        assert opened.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert opened.js("document.scripts.length") == 3
        assert opened.js("window.__pwned") is None
        opened.assert_clean()
    finally:
        page.close()


def test_max_nodes_notice_in_the_page(browser, tmp_path):
    path = tmp_path / "trimmed.html"
    write_view(synthetic_graph(120), path, max_nodes=30)
    opened = Opened(browser, path)
    try:
        assert opened.js("sgView.nodes.length") == 30
        notice = opened.page.locator("#notice")
        assert notice.is_visible()
        assert "90 things" in notice.inner_text() and "left out" in notice.inner_text()
        assert notice.get_attribute("data-omitted") == "90"
        opened.page.locator("#notice summary").click()
        assert opened.page.locator("#notice li").count() == 90
        opened.assert_clean()
    finally:
        opened.page.close()


def test_focus_page_selects_the_focus(browser, tmp_path):
    path = tmp_path / "focus.html"
    write_view(sample_graph(), path, focus="ISS", depth=1)
    opened = Opened(browser, path)
    try:
        iss = opened.node_id(str(SGR["station/international-space-station"]))
        assert opened.js("sgView.nodes.length") == 2
        assert opened.js("sgView.network.getSelectedNodes()") == [iss]
        assert "Neighbourhood of" in opened.page.locator("#notice").inner_text()
        opened.assert_clean()
    finally:
        opened.page.close()
