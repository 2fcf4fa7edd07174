(function () {
"use strict";
// The page's data (view.py): every thing and fact in scope; `drawn` is the first drawing.
var D = JSON.parse(document.getElementById("sg-data").textContent);
var byId = function (id) { return document.getElementById(id); };
function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function isWebUrl(u) { return /^https?:\/\/[^\s]+$/i.test(u || ""); }
function link(url, text) {
  if (!isWebUrl(url)) return el("span", text || url);
  var a = el("a", text || url);
  a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
  return a;
}
function button(text, cls, onClick) {
  var b = el("button", text, cls); b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}
var classes = D.classes, props = D.props, N = D.nodes, E = D.edges;
var LABEL_PX = 13;  // labels and edge labels on screen, at any zoom
var out = N.map(function () { return []; }), inc = N.map(function () { return []; });
E.forEach(function (e) { out[e.from].push(e); inc[e.to].push(e); });
function neighbours(id) {
  var seen = {}, list = [];
  out[id].forEach(function (e) { if (!seen[e.to]) { seen[e.to] = 1; list.push(e.to); } });
  inc[id].forEach(function (e) { if (!seen[e.from]) { seen[e.from] = 1; list.push(e.from); } });
  return list;
}

// ------------------------------------------------------------------ what is shown
// A thing is drawn once it is in the network (the first drawing, or brought in by search,
// the legend or "show neighbours"); drawn, it is shown unless a filter hides it.
var filter = { from: "", to: "", isolated: false, hiddenClass: {} };
function articleIn(i) {
  var d = i >= 0 ? D.articles[i].date : "";
  return !d || ((!filter.from || d >= filter.from) && (!filter.to || d <= filter.to));
}
function datesOn() { return !!(filter.from || filter.to); }
function sourcesIn(ids) {
  return !ids.length || ids.some(function (s) { return articleIn(D.sources[s][0]); });
}
function edgeIn(e) { return !datesOn() || sourcesIn(e.src); }
function nodeIn(n) {
  if (filter.hiddenClass[n.c]) return false;
  if (!n.deg) return filter.isolated && (!datesOn() || !n.arts.length || n.arts.some(articleIn));
  if (!datesOn()) return true;
  return n.arts.some(articleIn) || out[n.id].some(edgeIn) || inc[n.id].some(edgeIn);
}

function tooltip(n) {
  var lines = [n.label + " (" + classes[n.c].label + ")"];
  if (n.alt.length) lines.push("Also: " + n.alt.join(", "));
  lines.push(n.deg + (n.deg === 1 ? " connection" : " connections"));
  return lines.join("\n");
}
var maxDeg = N.reduce(function (m, n) { return Math.max(m, n.deg); }, 1);
var sizeUnit = 1;  // canvas units per screen pixel at the first fit: shapes 4 to 16 px there
var sizeRange = D.drawn.length > 100 ? [4, 9] : [5, 11];
function nodeSize(n) { return sizeUnit * (sizeRange[0] + sizeRange[1] * Math.sqrt(n.deg / maxDeg)); }
function visNode(n, x, y) {
  return { id: n.id, label: "", group: classes[n.c].key, title: tooltip(n), x: x, y: y,
           size: nodeSize(n), hidden: !nodeIn(n) };
}
function visEdge(e) {
  return { id: e.id, from: e.from, to: e.to, hidden: !edgeIn(e),
           title: N[e.from].label + " \u2014 " + props[e.p] + " \u2192 " + N[e.to].label };
}
var groups = {};
classes.forEach(function (c) {
  groups[c.key] = { color: { background: c.color, border: c.color,
                             highlight: { background: c.color, border: "#000" },
                             hover: { background: c.color, border: "#333" } },
                    shape: c.shape };
});
var drawn = {};
var nodes = new vis.DataSet(D.drawn.map(function (r) { drawn[r[0]] = true; return visNode(N[r[0]], r[1], r[2]); }));
var edges = new vis.DataSet(E.filter(function (e) { return drawn[e.from] && drawn[e.to]; }).map(visEdge));
var options = {
  autoResize: true,
  groups: groups,
  layout: { randomSeed: 1, improvedLayout: false },
  physics: D.physics,
  nodes: { shape: "dot", font: { size: LABEL_PX, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
           borderWidth: 1 },
  edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#a9b3b3", highlight: "#333", hover: "#555", opacity: E.length > 500 ? 0.45 : 1 },
           font: { size: LABEL_PX, color: "#444", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
           smooth: false, width: 1, selectionWidth: 2 },
  interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: true, navigationButtons: false,
                 keyboard: false, multiselect: false }
};
var container = byId("graph");
var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
var state = { ready: false, stabilizedAt: null, paintedAt: null, labelled: [] };

// ------------------------------------------------------------------ labels
// Labels are LABEL_PX on screen at every zoom; where two would overlap, the more connected
// thing (the selected one and its neighbours first) keeps its label, the other shows it on
// hover. Edge labels show on hover and on the selected thing's edges only.
var measure = document.createElement("canvas").getContext("2d");
var selected = null, hovered = null;
function labelOrder() {
  var first = {};
  if (selected !== null) { first[selected] = 2; neighbours(selected).forEach(function (i) { first[i] = 1; }); }
  return nodes.getIds({ filter: function (n) { return !n.hidden; } }).sort(function (a, b) {
    return (first[b] || 0) - (first[a] || 0) || N[b].deg - N[a].deg || a - b;
  });
}
function labelBox(id, pos, scale, size) {
  // Where vis-network draws a label (its top half a line and 4 units under the shape),
  // with a 3 px margin: left, top, right, bottom on screen.
  // as vis-network measures it: at the canvas's font size (text is not as wide at every size), bold when selected
  measure.font = (id === selected ? "bold " : "") + (LABEL_PX / scale) + "px system-ui, sans-serif";
  var p = network.canvasToDOM(pos), w = measure.measureText(N[id].label).width * scale / 2;
  var top = p.y + size * scale + 0.5 * LABEL_PX + 4 * scale;
  return [p.x - w - 3, top - 3, p.x + w + 3, top + LABEL_PX + 3];
}
function overlaps(b, boxes) {
  return boxes.some(function (k) { return b[0] < k[2] && k[0] < b[2] && b[1] < k[3] && k[1] < b[3]; });
}
function touches(b, circles) {
  // A box against round shapes [x, y, r]: the point of the box nearest each centre.
  return circles.some(function (c) {
    var dx = c[0] - Math.max(b[0], Math.min(c[0], b[2])), dy = c[1] - Math.max(b[1], Math.min(c[1], b[3]));
    return dx * dx + dy * dy < c[2] * c[2];
  });
}
function meets(c, circles) {
  return circles.some(function (k) { var dx = c[0] - k[0], dy = c[1] - k[1]; return dx * dx + dy * dy < (c[2] + k[2]) * (c[2] + k[2]); });
}
function declutter() {
  // A label is drawn where it fits: inside the canvas, clear of the labels and shapes of
  // the things labelled before it.
  var scale = network.getScale();
  network.setOptions({ nodes: { font: { size: LABEL_PX / scale } }, edges: { font: { size: (LABEL_PX - 1) / scale } } });
  var ids = labelOrder(), pos = network.getPositions(ids), kept = [], round = [], upd = [];
  var width = container.clientWidth - (panel.hidden ? 0 : panel.offsetWidth), height = container.clientHeight;
  ids.forEach(function (id) {
    var size = nodes.get(id).size, b = labelBox(id, pos[id], scale, size), p = network.canvasToDOM(pos[id]);
    // things are round: a label clear of the circle is clear of it (the text, not its margin,
    // which keeps labels apart)
    var shape = [p.x, p.y, size * scale], text = [b[0] + 3, b[1] + 3, b[2] - 3, b[3] - 3];
    var fits = id === hovered || (b[0] >= 0 && b[1] >= 0 && b[2] <= width && b[3] <= height &&
                                  !overlaps(b, kept) && !touches(text, round) && !touches(text, [shape]) &&
                                  !kept.some(function (k) { return touches(k, [shape]); }) && !meets(shape, round));
    if (fits) { kept.push(b); round.push(shape); }
    var label = fits ? N[id].label : "";
    if (nodes.get(id).label !== label) upd.push({ id: id, label: label });
  });
  nodes.forEach(function (n) { if (n.hidden && n.label) upd.push({ id: n.id, label: "" }); });
  nodes.update(upd);
  state.labelled = nodes.getIds({ filter: function (n) { return !!n.label; } });
}
var pending = null;
function declutterSoon() {
  if (pending) clearTimeout(pending);
  pending = setTimeout(function () { pending = null; if (state.ready) declutter(); }, 120);
}
network.on("zoom", declutterSoon);
network.on("dragEnd", declutterSoon);
network.on("resize", declutterSoon);
var labelledEdges = [];
function edgeLabels(ids) {
  // vis-network keeps an edge's label when it is set to "" or null: such an edge is put back without one.
  var bare = labelledEdges.filter(function (id) { return edges.get(id); }).map(function (id) {
    var v = edges.get(id); delete v.label; return v;
  });
  edges.remove(bare.map(function (v) { return v.id; }));
  edges.add(bare);
  labelledEdges = ids.filter(function (id) { return edges.get(id); });
  edges.update(labelledEdges.map(function (id) { return { id: id, label: props[E[id].p] }; }));
}
function selectedEdges() {
  return selected === null ? [] : out[selected].concat(inc[selected]).map(function (e) { return e.id; });
}
network.on("hoverEdge", function (p) { edgeLabels(selectedEdges().concat([p.edge])); });
network.on("blurEdge", function () { edgeLabels(selectedEdges()); });
network.on("hoverNode", function (p) { hovered = p.node; if (!nodes.get(p.node).label) nodes.update({ id: p.node, label: N[p.node].label }); });
network.on("blurNode", function () { hovered = null; declutterSoon(); });

// ------------------------------------------------------------------ layout and first paint
function setFrozen(f) {
  network.setOptions({ physics: { enabled: !f } });
  byId("freeze").textContent = f ? "Unfreeze layout" : "Freeze layout";
  byId("freeze").setAttribute("data-frozen", f ? "1" : "0");
}
var progress = byId("progress");
network.on("stabilizationProgress", function (p) {
  progress.textContent = "Laying out " + nodes.length + " things\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
});
function markReady() {
  if (state.ready) return;
  state.ready = true;
  progress.hidden = true;
  state.stabilizedAt = performance.now();
  setFrozen(true);
  network.fit({ animation: false });
  network.moveTo({ scale: 0.92 * network.getScale() });  // a margin for the labels at the edges
  sizeUnit = 1 / network.getScale();
  nodes.update(nodes.map(function (v) { return { id: v.id, size: nodeSize(N[v.id]) }; }));
  declutter();
  network.once("afterDrawing", function () {
    state.paintedAt = performance.now();
    document.body.setAttribute("data-state", "ready");
  });
  network.redraw();
  if (D.focus !== null) reveal(D.focus);
}
network.once("stabilizationIterationsDone", markReady);
network.on("stabilized", function () { if (!state.ready) markReady(); });
if (!nodes.length || !D.physics.enabled) { setTimeout(markReady, 0); }
byId("freeze").addEventListener("click", function () { setFrozen(byId("freeze").getAttribute("data-frozen") !== "1"); });
byId("fit").addEventListener("click", function () { network.fit({ animation: false }); declutter(); });

// ------------------------------------------------------------------ bringing things in
var GOLDEN = Math.PI * (3 - Math.sqrt(5));
function drawnBox() {
  var pos = network.getPositions(), box = null;
  Object.keys(pos).forEach(function (k) {
    var p = pos[k];
    box = box ? [Math.min(box[0], p.x), Math.min(box[1], p.y), Math.max(box[2], p.x), Math.max(box[3], p.y)]
              : [p.x, p.y, p.x, p.y];
  });
  return box || [0, 0, 0, 0];
}
function spotFor(id) {
  // Beside its drawn neighbours, on the side away from the middle of the drawing; else right of it.
  var box = drawnBox(), near = neighbours(id).filter(function (i) { return drawn[i]; });
  if (!near.length) return { x: box[2] + 300, y: (box[1] + box[3]) / 2 };
  var pos = network.getPositions(near), cx = 0, cy = 0;
  near.forEach(function (i) { cx += pos[i].x / near.length; cy += pos[i].y / near.length; });
  var dx = cx - (box[0] + box[2]) / 2, dy = cy - (box[1] + box[3]) / 2, d = Math.sqrt(dx * dx + dy * dy) || 1;
  return { x: cx + 220 * dx / d, y: cy + 220 * dy / d };
}
function addNodes(list) {
  // list: [[id, x, y]]; then the facts between them and what is drawn.
  var add = [], addEdges = [];
  list.forEach(function (r) { drawn[r[0]] = true; add.push(visNode(N[r[0]], r[1], r[2])); });
  nodes.add(add);
  list.forEach(function (r) {
    out[r[0]].concat(inc[r[0]]).forEach(function (e) {
      if (drawn[e.from] && drawn[e.to] && !edges.get(e.id)) { edges.add(visEdge(e)); addEdges.push(e.id); }
    });
  });
  return add.length;
}
function bringIn(id, withNeighbours) {
  // The thing and (optionally) its neighbours not yet drawn, in a sunflower around it.
  if (!drawn[id]) { var s = spotFor(id); addNodes([[id, s.x, s.y]]); }
  if (!withNeighbours) return;
  var c = network.getPositions([id])[id], extra = neighbours(id).filter(function (i) { return !drawn[i]; });
  addNodes(extra.map(function (i, j) {
    var r = 70 * Math.sqrt(j + 1), a = j * GOLDEN;
    return [i, c.x + r * Math.cos(a), c.y + r * Math.sin(a)];
  }));
}
function bringInIsolated() {
  var alone = N.filter(function (n) { return !n.deg && !drawn[n.id]; }), box = drawnBox();
  var cols = Math.max(1, Math.ceil(Math.sqrt(alone.length)));
  addNodes(alone.map(function (n, j) { return [n.id, box[0] + 170 * (j % cols), box[3] + 160 + 90 * Math.floor(j / cols)]; }));
}
function reveal(id) {
  // Search, the legend and the panel's links: bring the thing in with its neighbours, show it, select it.
  var n = N[id];
  if (filter.hiddenClass[n.c]) showClass(n.c, true);
  if (!n.deg && !filter.isolated) setIsolated(true);
  if (!nodeIn(n)) setDates("", "");
  bringIn(id, true);
  applyFilters();
  var around = [id].concat(neighbours(id)).filter(function (i) { return !nodes.get(i).hidden; });
  panel.hidden = false;
  fitBeside(around);
  select(id);
}
function fitBeside(ids) {
  // Fit the things into the part of the graph that the side panel leaves free.
  network.fit({ nodes: ids, animation: false, maxZoomLevel: 1.2 });
  var width = container.clientWidth, free = width - panel.offsetWidth;
  var scale = network.getScale() * Math.max(0.3, free / width), at = network.getViewPosition();
  network.moveTo({ position: { x: at.x + panel.offsetWidth / 2 / scale, y: at.y }, scale: scale });
}

// ------------------------------------------------------------------ filters: class, dates, isolated
function applyFilters() {
  var upd = [], eupd = [];
  nodes.forEach(function (v) { var h = !nodeIn(N[v.id]); if (v.hidden !== h) upd.push({ id: v.id, hidden: h }); });
  nodes.update(upd);
  edges.forEach(function (v) {
    var e = E[v.id], h = !edgeIn(e) || nodes.get(e.from).hidden || nodes.get(e.to).hidden;
    if (v.hidden !== h) eupd.push({ id: v.id, hidden: h });
  });
  edges.update(eupd);
  updateCounts();
  if (state.ready) declutter();
}
function updateCounts() {
  var shown = nodes.get({ filter: function (n) { return !n.hidden; } }), byClass = {};
  shown.forEach(function (n) { byClass[N[n.id].c] = (byClass[N[n.id].c] || 0) + 1; });
  classes.forEach(function (c, i) {
    var span = document.querySelector('#classes [data-count="' + c.key + '"]');
    if (span) span.textContent = (byClass[i] || 0) + (c.count > (byClass[i] || 0) ? " / " + c.count : "");
  });
  var facts = edges.get({ filter: function (e) { return !e.hidden; } }).length;
  byId("counts").textContent = shown.length + " things, " + facts + " facts shown";
  if (D.dates) {
    var inRange = D.articles.filter(function (a, i) { return a.date && articleIn(i); }).length;
    byId("dates-count").textContent = inRange + " of " + D.articles.filter(function (a) { return a.date; }).length + " dated articles";
  }
}
function showClass(i, on) {
  filter.hiddenClass[i] = !on;
  var box = document.querySelector('#classes input[data-class="' + classes[i].key + '"]');
  if (box) box.checked = on;
  applyFilters();
}
function setIsolated(on) {
  filter.isolated = on;
  byId("isolated").checked = on;
  if (on) bringInIsolated();
  applyFilters();
}
function setDates(from, to) {
  filter.from = from; filter.to = to;
  byId("from").value = from; byId("to").value = to;
  applyFilters();
  if (selected !== null) showNode(selected);
}
(function legend() {
  classes.forEach(function (c, i) {
    if (!c.count) return;
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-class", c.key);
    var glyph = el("span", c.glyph, "glyph"); glyph.style.color = c.color;
    label.appendChild(box); label.appendChild(glyph);
    li.appendChild(label);
    li.appendChild(button(c.label, "linkbtn classname", function () { listClass(i); }));
    var count = el("span", c.count, "count"); count.setAttribute("data-count", c.key);
    li.appendChild(count);
    byId("classes").appendChild(li);
    box.addEventListener("change", function () { showClass(i, box.checked); });
  });
  var alone = N.filter(function (n) { return !n.deg; }).length;
  byId("isolated-count").textContent = alone;
  byId("isolated-row").hidden = !alone;
  byId("isolated").addEventListener("change", function () { setIsolated(byId("isolated").checked); });
  if (!D.dates) { byId("dates").hidden = true; return; }
  ["from", "to"].forEach(function (k) {
    var input = byId(k);
    input.min = D.dates[0]; input.max = D.dates[1];
    input.addEventListener("change", function () { setDates(byId("from").value, byId("to").value); });
  });
  byId("dates-range").textContent = D.dates[0] + " \u2013 " + D.dates[1];
  byId("all-dates").addEventListener("click", function () { setDates("", ""); });
})();
updateCounts();
(function notice() {
  var parts = [], connected = N.filter(function (n) { return n.deg; }).length;
  if (D.focus !== null) {
    parts.push("Neighbourhood of \u201c" + N[D.focus].label + "\u201d within " + D.depth +
               (D.depth === 1 ? " step" : " steps") + ": " + N.length + " of " + D.total.things + " things.");
  }
  if (D.drawn.length < connected) {
    parts.push("Showing the " + D.drawn.length + (D.focus !== null ? " nearest" : " most connected") + " of " +
               connected.toLocaleString("en") + " connected things, in groups; find the others by name, in the legend, or with \u201cShow neighbours\u201d.");
  }
  if (N.length > connected) parts.push((N.length - connected).toLocaleString("en") + " things with no facts are hidden (see the legend).");
  if (!N.length) parts.push("The graph has no things to draw.");
  if (!parts.length) return;
  byId("notice").textContent = parts.join(" ");
  byId("notice").setAttribute("data-left-out", String(connected - D.drawn.length));
  byId("notice").hidden = false;
})();

// ------------------------------------------------------------------ search
var names = [];
N.forEach(function (n) {
  names.push([n.label.toLowerCase(), n.id]);
  n.alt.forEach(function (a) { names.push([a.toLowerCase(), n.id]); });
});
(function () {
  var dl = byId("names"), seen = {};
  N.map(function (n) { return n.label; }).sort().forEach(function (label) {
    if (seen[label]) return; seen[label] = true;
    var o = document.createElement("option"); o.value = label; dl.appendChild(o);
  });
})();
function find(query) {
  // Exact names first, then prefixes, then any part; among equals the drawn, then the most connected.
  var q = String(query || "").trim().toLowerCase();
  if (!q) return null;
  var tests = [function (s) { return s === q; }, function (s) { return s.indexOf(q) === 0; },
               function (s) { return s.indexOf(q) >= 0; }];
  for (var t = 0; t < tests.length; t++) {
    var best = null;
    for (var k = 0; k < names.length; k++) {
      if (!tests[t](names[k][0])) continue;
      var id = names[k][1];
      if (best === null || (drawn[id] && !drawn[best]) ||
          (!!drawn[id] === !!drawn[best] && (N[id].deg > N[best].deg || (N[id].deg === N[best].deg && id < best)))) best = id;
    }
    if (best !== null) return best;
  }
  for (var m = 0; m < N.length; m++) if (N[m].iri.toLowerCase() === q) return N[m].id;
  return null;
}
byId("search").addEventListener("submit", function (ev) {
  ev.preventDefault();
  var id = find(byId("q").value);
  byId("status").textContent = id === null ? "No thing is named \u201c" + byId("q").value + "\u201d" : "";
  if (id !== null) reveal(id);
});

// ------------------------------------------------------------------ the side panel
var panel = byId("panel"), details = byId("details");
function select(id) {
  selected = id;
  network.selectNodes([id]);
  edgeLabels(selectedEdges());
  declutter();
  showNode(id);
}
function unselect() {
  selected = null; panel.hidden = true; network.unselectAll(); edgeLabels([]); declutterSoon();
}
byId("close").addEventListener("click", unselect);
function thingButton(id) { return button(N[id].label, "linkbtn", function () { reveal(id); }); }
function openPanel() { panel.hidden = false; panel.scrollTop = 0; }
window.sgView = { network: network, nodes: nodes, edges: edges, data: D, state: state, find: find,
                  reveal: reveal, declutter: declutter, setDates: setDates,
                  showNode: function (id) { showNode(id); }, showEdge: function (id) { showEdge(id); } };
// Citations: each sentence is quoted once, numbered, under its article (title, date and
// link, each article once); a fact carries the numbers of the sentences it was read from.
function citations() {
  var order = [], num = {};
  function refs(ids) {
    var span = el("span", "", "refs");
    ids.filter(function (s) { return !datesOn() || articleIn(D.sources[s][0]); }).forEach(function (sid) {
      if (!(sid in num)) { num[sid] = order.length + 1; order.push(sid); }
      span.appendChild(button(String(num[sid]), "ref", function () {
        var q = details.querySelector('blockquote[data-source="' + sid + '"]');
        if (q) { q.scrollIntoView({ block: "nearest" }); q.classList.add("flash"); setTimeout(function () { q.classList.remove("flash"); }, 900); }
      }));
    });
    return span;
  }
  function render() {
    var groups = [], at = {}, frag = document.createDocumentFragment();
    order.forEach(function (sid) {
      var a = D.sources[sid][0];
      if (!(a in at)) { at[a] = groups.length; groups.push([a, []]); }
      groups[at[a]][1].push(sid);
    });
    groups.forEach(function (g) {
      var box = el("div", "", "article"), cite = el("div", "", "cite"), art = g[0] >= 0 ? D.articles[g[0]] : null;
      if (art) {
        var a = cite.appendChild(link(art.url, art.title));
        if (art.url) a.title = art.url;
        if (art.date) cite.appendChild(el("span", art.date, "date"));
      } else cite.textContent = "Article not recorded";
      box.appendChild(cite);
      g[1].forEach(function (sid) {
        var q = el("blockquote", "", "src");
        q.setAttribute("data-source", String(sid));
        q.appendChild(el("span", num[sid], "num"));
        q.appendChild(document.createTextNode(D.sources[sid][1] || "(no sentence recorded)"));
        box.appendChild(q);
      });
      frag.appendChild(box);
    });
    return frag;
  }
  return { refs: refs, render: render, count: function () { return order.length; } };
}
function section(title, items, cls) {
  if (!items.length) return;
  details.appendChild(el("h3", title, cls));
  var ul = el("ul"), more = null;
  items.forEach(function (item, i) {
    if (i === 12 && items.length > 14) {
      more = el("details"); more.appendChild(el("summary", (items.length - 12) + " more"));
      ul.appendChild(more);
    }
    (more || ul).appendChild(item);
  });
  details.appendChild(ul);
}
function factGroups(id, cites) {
  // Facts grouped by property: its values, then facts from it, then facts to it.
  var groups = {}, keys = [];
  function add(key, heading, parts) {
    if (!groups[key]) { groups[key] = { heading: heading, items: [] }; keys.push(key); }
    var li = el("li", "", "fact");
    parts.forEach(function (p) { li.appendChild(p); });
    groups[key].items.push(li);
  }
  N[id].attrs.forEach(function (a) {
    if (!datesOn() || sourcesIn(a[2])) add("1" + props[a[0]], props[a[0]], [el("span", a[1], "value"), cites.refs(a[2])]);
  });
  out[id].forEach(function (e) {
    if (edgeIn(e)) add("2" + props[e.p], props[e.p] + " \u2192", [thingButton(e.to), cites.refs(e.src)]);
  });
  inc[id].forEach(function (e) {
    if (edgeIn(e)) add("3" + props[e.p], "\u2190 " + props[e.p] + " of", [thingButton(e.from), cites.refs(e.src)]);
  });
  return keys.sort().map(function (k) { return groups[k]; });
}
function showNode(id) {
  var n = N[id], c = classes[n.c], cites = citations();
  details.textContent = "";
  details.appendChild(el("h2", n.label));
  var cl = el("div", "", "cls"), g = el("span", c.glyph + " ", "glyph"); g.style.color = c.color;
  cl.appendChild(g); cl.appendChild(document.createTextNode(c.label + " \u00b7 " + n.deg + (n.deg === 1 ? " connection" : " connections")));
  details.appendChild(cl);
  details.appendChild(el("div", n.iri, "iri"));
  var missing = neighbours(id).filter(function (i) { return !drawn[i]; }).length;
  if (missing) {
    details.appendChild(button("Show neighbours (" + missing + " more)", "more", function () { reveal(id); }));
  }
  section("Other names", n.alt.map(function (a) { return el("li", a); }));
  section("Same as", n.same.map(function (u) { var li = el("li"); li.appendChild(link(u)); return li; }));
  var groups = factGroups(id, cites);
  if (groups.length) details.appendChild(el("h3", "Facts"));
  groups.forEach(function (gr) { section(gr.heading + " (" + gr.items.length + ")", gr.items, "prop"); });
  if (cites.count()) { details.appendChild(el("h3", "Sources")); details.appendChild(cites.render()); }
  var arts = n.arts.filter(function (i) { return !datesOn() || articleIn(i); });
  section("Mentioned in (" + arts.length + ")", arts.map(function (i) {
    var li = el("li"), a = D.articles[i]; li.appendChild(link(a.url, a.title));
    if (a.date) li.appendChild(el("span", a.date, "date"));
    return li;
  }));
  openPanel();
}
function showEdge(eid) {
  var e = E[eid], cites = citations();
  details.textContent = "";
  details.appendChild(el("h2", "Fact"));
  var p = el("p");
  p.appendChild(thingButton(e.from)); p.appendChild(document.createTextNode(" "));
  p.appendChild(el("span", props[e.p], "prop")); p.appendChild(document.createTextNode(" "));
  p.appendChild(thingButton(e.to)); p.appendChild(cites.refs(e.src));
  details.appendChild(p);
  details.appendChild(el("h3", "Read from"));
  if (!cites.count()) details.appendChild(el("p", "No source sentence recorded."));
  details.appendChild(cites.render());
  edgeLabels(selectedEdges().concat([eid]));
  openPanel();
}
function listClass(i) {
  var c = classes[i], members = N.filter(function (n) { return n.c === i; });
  members.sort(function (a, b) { return b.deg - a.deg || (a.label < b.label ? -1 : 1); });
  details.textContent = "";
  details.appendChild(el("h2", c.label));
  details.appendChild(el("p", members.length + " in the graph, the most connected first; click one to bring it in with its neighbours."));
  var shown = members.slice(0, 300).map(function (n) {
    var li = el("li"); li.appendChild(thingButton(n.id)); li.appendChild(el("span", " " + n.deg, "count")); return li;
  });
  section("Things", shown);
  if (members.length > 300) details.appendChild(el("p", (members.length - 300) + " more: find them by name.", "hint"));
  openPanel();
}
network.on("click", function (p) {
  if (p.nodes.length) select(p.nodes[0]);
  else if (p.edges.length) showEdge(p.edges[0]);
  else unselect();
});
network.on("doubleClick", function (p) { if (p.nodes.length) reveal(p.nodes[0]); });
})();
