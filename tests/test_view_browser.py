"""The view page in real headless Chromium on a 1280 px screen, with every network request
blocked (the 2,000-article archive: test_view_archive.py).

Skips only when no Chromium binary exists (.ci/run installs it).
Set SPACEGRAPH_SCREENSHOT=path/to/view.png to save the examples' view there.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import spacegraph
from spacegraph.view import write_view
from spacegraph.vocab import SGR
from view_graphs import ARTICLE_TITLE, ARTICLE_URL, AXIOM, HOSTILE_NAME, LONELY, NO_HEADLINE, SIGNED_BY, \
    count_things_and_facts, dated_graph, hostile_graph, sample_graph, synthetic_graph
from view_pages import Opened, assert_legible, browser, screenshot  # noqa: F401  (browser: a fixture)

pytestmark = pytest.mark.browser
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _opened(browser, tmp_path_factory, name, graph):
    """The view of `graph`, written to a file and opened in the browser."""
    path = tmp_path_factory.mktemp("view") / f"{name}.html"
    write_view(graph, path)
    opened = Opened(browser, path)
    yield opened
    opened.page.close()


@pytest.fixture(scope="module")
def sample_page(browser, tmp_path_factory):
    yield from _opened(browser, tmp_path_factory, "sample", sample_graph())


@pytest.fixture(scope="module")
def dated_page(browser, tmp_path_factory):
    yield from _opened(browser, tmp_path_factory, "dated", dated_graph())


def test_draws_every_thing_and_fact_offline(sample_page):
    things, facts = count_things_and_facts(sample_graph())
    assert sample_page.js("[sgView.nodes.length, sgView.edges.length]") == [things, facts]
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


def test_the_panel_groups_facts_by_property_and_quotes_each_source_once(sample_page):
    page = sample_page.page
    agreement = sample_page.node_id(str(SGR["agreement/isro-esa-human-spaceflight-1a2b3c4d5e"]))
    sample_page.click_node(agreement)
    assert sample_page.js("sgView.network.getSelectedNodes()") == [agreement]
    headings = page.locator("#details h3.prop").all_inner_texts()
    assert headings == sorted(set(headings), key=headings.index), "one heading a property"
    assert "party \u2192 (2)" in headings and "signatory \u2192 (2)" in headings and "covers area \u2192 (3)" in headings
    # Two signatories, one sentence: quoted once; one article: cited once, with its link.
    quotes = page.locator("#details blockquote").all_inner_texts()
    assert sum(SIGNED_BY in q for q in quotes) == 1 and len(quotes) == len(set(quotes))
    cites = page.locator("#details .cite")
    assert cites.count() == 1 and cites.first.inner_text() == ARTICLE_TITLE
    link = page.locator("#details .cite a").first
    assert link.get_attribute("href") == ARTICLE_URL
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    # Each fact points to its sentence by number.
    signatory = page.locator("#details li.fact", has_text="Josef Aschbacher")
    number = signatory.locator("button.ref").inner_text()
    assert page.locator(f'#details blockquote:has(span.num:text-is("{number}"))').inner_text().endswith(SIGNED_BY)
    sample_page.assert_clean()


def test_edge_labels_show_on_hover_and_on_the_selected_things_facts(sample_page):
    page = sample_page.page
    if page.locator("#panel").is_visible():
        page.click("#close")
    assert sample_page.edge_labels() == [], "no edge label at first"
    axiom = sample_page.node_id(str(SGR["mission/axiom-4"]))
    sample_page.click_node(axiom)
    labelled = sample_page.edge_labels()
    assert labelled and all(axiom in (a, b) for a, b, _ in labelled)
    assert {label for *_, label in labelled} >= {"participant", "crew member", "destination", "concerns"}
    assert len(labelled) == sample_page.js(f"sgView.network.getConnectedEdges({axiom}).length")
    # Another thing selected: only its facts are labelled; none when the panel closes.
    iss = sample_page.node_id(str(SGR["station/international-space-station"]))
    sample_page.click_node(iss)
    assert {(a, b) for a, b, _ in sample_page.edge_labels()} == {(axiom, iss)}
    page.click("#close")
    assert sample_page.edge_labels() == []
    # Hovering a fact labels it.
    a, b = sample_page.node_point(axiom), sample_page.node_point(iss)
    page.mouse.move((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    sample_page.wait_js("sgView.network.body.edges[sgView.network.getConnectedEdges(%d)"
                        ".find(e => sgView.edges.get(e).to === %d)].options.label" % (iss, iss))
    assert [label for *_, label in sample_page.edge_labels()] == ["destination"]
    sample_page.assert_clean()


def test_class_filter_hides_a_class(sample_page):
    page = sample_page.page
    page.uncheck('#classes input[data-class="CooperationArea"]')
    assert sample_page.js("sgView.nodes.get({filter: n => n.hidden}).length") == 3
    page.check('#classes input[data-class="CooperationArea"]')
    assert sample_page.js("sgView.nodes.get({filter: n => n.hidden}).length") == 0


def test_the_date_filter_shows_the_graph_between_two_dates(dated_page):
    page = dated_page.page
    assert len(dated_page.shown("Agreement")) == 2
    assert "2 of 2 dated articles" in page.locator("#dates").inner_text()
    page.fill("#from", "2024-01-01")
    page.dispatch_event("#from", "change")
    assert [dated_page.js(f"sgView.data.nodes[{i}].label") for i in dated_page.shown("Agreement")] == \
        ["NASA\u2013JAXA agreement"]
    assert dated_page.shown("SpaceAgency") == {dated_page.node_id(str(SGR[f"agency/{a}"])) for a in ("nasa", "jaxa")}
    assert "1 of 2 dated articles" in page.locator("#dates").inner_text()
    page.fill("#to", "2023-12-31")
    page.fill("#from", "")
    page.dispatch_event("#to", "change")
    assert [dated_page.js(f"sgView.data.nodes[{i}].label") for i in dated_page.shown("Agreement")] == \
        ["ISRO\u2013ESA agreement"]
    page.click("#all-dates")
    assert len(dated_page.shown("Agreement")) == 2
    dated_page.assert_clean()


def test_an_article_without_headline_is_cited_by_a_short_title(dated_page):
    page = dated_page.page
    page.fill("#q", "NASA\u2013JAXA agreement")
    page.press("#q", "Enter")
    cite = page.locator("#details .cite").inner_text()
    assert cite.startswith("NASA and JAXA signed an agreement") and "\u2026" in cite and "2024-04-09" in cite
    assert len(cite) < len(NO_HEADLINE) - 20, "the citation does not repeat the quote"
    assert page.locator("#details blockquote").all_inner_texts() == ["1" + NO_HEADLINE]
    # The signing date is a value of the agreement, with its source.
    assert "signed on" in page.locator("#details h3.prop").all_inner_texts()[0]
    dated_page.assert_clean()


def test_things_with_no_fact_are_hidden_until_the_legend_shows_them(dated_page):
    page = dated_page.page
    lonely = dated_page.js("label => sgView.data.nodes.find(n => n.label === label).id", LONELY)
    assert lonely not in dated_page.shown()
    assert "Things with no facts (1)" in page.locator("#legend").inner_text()
    page.check("#isolated")
    assert lonely in dated_page.shown()
    page.uncheck("#isolated")
    assert lonely not in dated_page.shown()
    dated_page.assert_clean()


def build_examples(folder: Path) -> Path:
    """examples/ built by the real pipeline, as a user would."""
    out = folder / "examples.nq"
    result = spacegraph("build", EXAMPLES, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def examples_page(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("examples")
    path = folder / "examples.html"
    result = spacegraph("view", build_examples(folder), "-o", path)
    assert result.exit_code == 0, result.output
    opened = Opened(browser, path)
    yield opened
    opened.page.close()


def test_labels_of_the_examples_are_readable_and_apart(examples_page):
    drawn = examples_page.js("sgView.nodes.length")
    labels = assert_legible(examples_page, at_least=drawn // 2)
    # the most connected thing keeps its label, and most of the next most connected keep
    # theirs (two hubs the layout puts side by side cannot both: the less connected one
    # shows its label on hover)
    top = examples_page.js("sgView.data.nodes.filter(n => !!n.deg).sort((a, b) => b.deg - a.deg || a.id - b.id)"
                           ".slice(0, 5).map(n => n.label)")
    assert "Indian Space Research Organisation" in top
    drawn_labels = {label["text"] for label in labels}
    assert top[0] in drawn_labels
    assert len(set(top) & drawn_labels) >= 3, (top, drawn_labels)
    examples_page.assert_clean()


def test_no_label_covers_another_labelled_thing(examples_page):
    circles = examples_page.js("""(() => { const v = sgView, s = v.network.getScale();
        const ids = v.nodes.getIds({filter: n => !!n.label}), pos = v.network.getPositions(ids);
        return ids.map(id => { const p = v.network.canvasToDOM(pos[id]); return [v.nodes.get(id).label, p.x, p.y,
                                                                                v.nodes.get(id).size * s]; }); })()""")
    for label in examples_page.labels():
        left, top, right, bottom = label["box"]
        for name, x, y, r in circles:
            if name != label["text"]:
                dx, dy = x - max(left, min(x, right)), y - max(top, min(y, bottom))
                assert dx * dx + dy * dy >= r * r, f"the label {label['text']!r} covers {name!r}"


def test_screenshot_of_the_examples_view(examples_page, tmp_path):
    page = examples_page.page
    isro = examples_page.node_id(str(SGR["agency/isro"]))
    examples_page.js(f"sgView.reveal({isro})")
    assert page.locator("#panel blockquote").count() > 0
    assert_legible(examples_page, at_least=5)
    screenshot(examples_page, tmp_path / "view.png", "SPACEGRAPH_SCREENSHOT")
    examples_page.assert_clean()


def test_hostile_names_and_sentences_run_nothing(browser, tmp_path):
    path = tmp_path / "hostile.html"
    write_view(hostile_graph(), path)
    opened = Opened(browser, path)
    page = opened.page
    try:
        evil = opened.node_id(str(SGR["organization/evil"]))
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
        assert opened.js("sgView.nodes.get(%d).label" % evil) == HOSTILE_NAME, "hovered: its label shows"
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


def test_a_trimmed_page_says_so_and_reaches_the_rest(browser, tmp_path):
    path = tmp_path / "trimmed.html"
    write_view(synthetic_graph(120), path, max_nodes=30)
    opened = Opened(browser, path)
    try:
        assert opened.js("sgView.nodes.length") == 30
        notice = opened.page.locator("#notice")
        assert notice.is_visible() and "Showing the 30 most connected of" in notice.inner_text()
        left_out = opened.js("sgView.data.nodes.filter(n => n.deg && !sgView.nodes.get(n.id)).map(n => n.id)")
        assert int(notice.get_attribute("data-left-out")) == len(left_out) > 0
        # The legend lists a class; a click brings one of its things in, with its neighbours.
        agreement_key = "Agreement"
        opened.page.locator("#classes button", has_text=agreement_key).click()
        listed = opened.page.locator("#details li button")
        assert listed.count() == opened.js("sgView.data.nodes.filter(n => sgView.data.classes[n.c].key === "
                                           f"'{agreement_key}').length")
        target = next(i for i in left_out if opened.js(f"sgView.data.classes[sgView.data.nodes[{i}].c].key")
                      == agreement_key)
        opened.page.locator("#details li button", has_text=opened.js(f"sgView.data.nodes[{target}].label")).first.click()
        assert target in opened.shown()
        assert opened.js(f"sgView.network.getSelectedNodes()") == [target]
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


def test_the_sample_article_has_its_axiom_sentence(sample_page):
    sample_page.page.fill("#q", "Ax-4")
    sample_page.page.press("#q", "Enter")
    assert AXIOM in sample_page.page.locator("#panel").inner_text()
