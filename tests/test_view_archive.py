"""The view of a 2,000-article archive (benchmarks/corpus.py, built by `spacegraph build`)
in headless Chromium on a 1280 px screen, with every network request blocked: an
overview that paints in under 3 s, readable labels, a date filter, search that reaches
what the overview leaves out.

The archive is built once a test run (about 45 s with --jobs 2; one xdist worker builds
it, the other waits for it). Set SPACEGRAPH_SCREENSHOT_ARCHIVE=path.png to save the
overview there (docs/archive.png).
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from helpers import spacegraph, write_jsonl
from view_pages import Opened, assert_legible, browser, screenshot  # noqa: F401  (browser: a fixture)

pytestmark = pytest.mark.browser
ARTICLES = 2000


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> Path:
    """The archive's graph, built once for the whole run (shared by the xdist workers)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / "view-archive"
    folder.mkdir(exist_ok=True)
    graph = folder / "archive.nq"
    with open(shared / "view-archive.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not graph.exists():
            corpus = write_jsonl(folder / "corpus.jsonl", ARTICLES)
            result = spacegraph("build", corpus, "-o", graph, "--jobs", "2", "-q", timeout=900)
            assert result.exit_code == 0, result.output
    return graph


@pytest.fixture(scope="module")
def archive_html(archive, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive-view") / "archive.html"
    result = spacegraph("view", archive, "-o", path)
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def archive_page(browser, archive_html):
    opened = Opened(browser, archive_html, timeout=60)
    yield opened
    opened.page.close()


def reset(opened: Opened) -> None:
    """Back to the first view: every date, the panel closed, the whole drawing in sight."""
    opened.js("sgView.setDates('', '')")
    if opened.page.locator("#panel").is_visible():
        opened.page.click("#close")
    opened.page.click("#fit")


def test_first_stable_paint_under_3_s_with_at_most_300_things(archive_page):
    painted_ms, drawn, things = archive_page.js(
        "[sgView.state.paintedAt, sgView.nodes.length, sgView.data.nodes.length]")
    assert painted_ms < 3000, f"first stable paint after {painted_ms:.0f} ms"
    assert 200 <= drawn <= 300 < things
    assert archive_page.js("sgView.network.physics.physicsEnabled") is False
    notice = archive_page.page.locator("#notice").inner_text()
    assert f"Showing the {drawn} most connected of" in notice and "things with no facts are hidden" in notice
    archive_page.assert_clean()


def test_labels_are_readable_and_apart_at_the_first_zoom(archive_page):
    labels = assert_legible(archive_page, at_least=30)
    # The most connected thing of the archive is among them.
    top = archive_page.js("sgView.data.nodes.reduce((a, n) => n.deg > a.deg ? n : a).label")
    assert top in {label["text"] for label in labels}
    assert archive_page.edge_labels() == [], "edge labels wait for a hover or a selection"
    archive_page.assert_clean()


def test_the_date_filter_changes_the_visible_agreements(archive_page):
    page = archive_page.page
    reset(archive_page)
    everything = archive_page.shown("Agreement")
    assert len(everything) >= 5
    shown = {}
    for start, end in (("2019-01-01", "2020-06-30"), ("2023-01-01", "2025-12-31")):
        page.fill("#from", start)
        page.fill("#to", end)
        page.dispatch_event("#to", "change")
        shown[start] = archive_page.shown("Agreement")
        assert shown[start] < everything, "some agreements fall outside the dates"
        dates = archive_page.js("""ids => ids.map(i => sgView.data.nodes[i].arts
            .map(a => sgView.data.articles[a].date))""", sorted(shown[start]))
        assert all(any(start <= d <= end for d in ds) for ds in dates), "each one reported between them"
    assert shown["2019-01-01"] != shown["2023-01-01"]
    page.click("#all-dates")
    assert archive_page.shown("Agreement") == everything
    archive_page.assert_clean()


def test_search_brings_in_a_thing_that_is_not_in_the_overview_with_its_neighbours(archive_page):
    page = archive_page.page
    reset(archive_page)
    target = archive_page.js("""(() => {
        const D = sgView.data, count = {};
        D.nodes.forEach(n => { count[n.label.toLowerCase()] = (count[n.label.toLowerCase()] || 0) + 1; });
        return D.nodes.find(n => n.deg >= 3 && !sgView.nodes.get(n.id) && count[n.label.toLowerCase()] === 1
                                 && n.alt.every(a => !count[a.toLowerCase()])).id;
    })()""")
    label = archive_page.js(f"sgView.data.nodes[{target}].label")
    neighbours = set(archive_page.js(f"sgView.network.body ? sgView.data.edges.filter(e => e.from === {target} "
                                     f"|| e.to === {target}).map(e => e.from === {target} ? e.to : e.from) : []"))
    assert target not in archive_page.shown() and len(neighbours) >= 3
    page.fill("#q", label)
    page.press("#q", "Enter")
    assert archive_page.js("sgView.network.getSelectedNodes()") == [target]
    assert {target} | neighbours <= archive_page.shown()
    assert page.locator("#details h2").inner_text() == label
    assert_legible(archive_page, at_least=len(neighbours) // 2)
    archive_page.assert_clean()


def test_show_neighbours_brings_in_the_rest_of_a_thing(archive_page):
    page = archive_page.page
    reset(archive_page)
    # A drawn thing with a few neighbours the overview left out.
    agency = archive_page.js("""(() => {
        const D = sgView.data, missing = n => D.edges.filter(e => (e.from === n.id && !sgView.nodes.get(e.to)) ||
                                                                   (e.to === n.id && !sgView.nodes.get(e.from))).length;
        return sgView.nodes.getIds().map(i => D.nodes[i]).filter(n => missing(n) > 0)
            .sort((a, b) => missing(a) - missing(b) || a.id - b.id)[0].id;
    })()""")
    archive_page.js(f"sgView.showNode({agency})")
    button = page.locator("#details button.more")
    missing = int(button.inner_text().split("(")[1].split()[0])
    before = archive_page.js("sgView.nodes.length")
    button.click()
    assert archive_page.js("sgView.nodes.length") == before + missing
    archive_page.assert_clean()


def test_screenshot_of_the_archive_overview(browser, archive_html, tmp_path):
    opened = Opened(browser, archive_html, timeout=60)  # as it opens
    try:
        assert_legible(opened, at_least=30)
        screenshot(opened, tmp_path / "archive.png", "SPACEGRAPH_SCREENSHOT_ARCHIVE")
        opened.assert_clean()
    finally:
        opened.page.close()
