(function () {
"use strict";
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
var classes = D.classes, props = D.props;
var nodeInfo = {}, out = {}, inc = {};
D.nodes.forEach(function (n) { nodeInfo[n.id] = n; out[n.id] = []; inc[n.id] = []; });
D.edges.forEach(function (e) { out[e.from].push(e); inc[e.to].push(e); });

function tooltip(n) {
  var lines = [n.label + " (" + classes[n.c].label + ")"];
  if (n.alt.length) lines.push("Also: " + n.alt.join(", "));
  lines.push(n.deg + (n.deg === 1 ? " connection" : " connections"));
  return lines.join("\n");
}
var visNodes = D.nodes.map(function (n) {
  return { id: n.id, label: n.label, group: classes[n.c].key, value: n.deg + 1, title: tooltip(n) };
});
var visEdges = D.edges.map(function (e) {
  return { id: e.id, from: e.from, to: e.to, label: props[e.p],
           title: nodeInfo[e.from].label + " \u2014 " + props[e.p] + " \u2192 " + nodeInfo[e.to].label };
});
var groups = {};
classes.forEach(function (c) {
  groups[c.key] = { color: { background: c.color, border: c.color,
                             highlight: { background: c.color, border: "#000" },
                             hover: { background: c.color, border: "#333" } },
                    shape: c.shape };
});
var nodes = new vis.DataSet(visNodes);
var edges = new vis.DataSet(visEdges);
var large = D.large;
var options = {
  autoResize: true,
  groups: groups,
  layout: { randomSeed: 1, improvedLayout: D.nodes.length <= 150 },
  physics: D.physics,
  nodes: { shape: "dot", scaling: { min: 8, max: 32, label: { enabled: true, min: 12, max: 17, drawThreshold: 6 } },
           font: { size: 13, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
           borderWidth: 1 },
  edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#9aa", highlight: "#333", hover: "#555" },
           font: { size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
           smooth: large ? false : { type: "continuous" }, width: 1, selectionWidth: 2 },
  interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                 navigationButtons: false, keyboard: false, multiselect: false }
};
var container = byId("graph");
var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
var frozen = false;
var state = { ready: false, stabilizedAt: null, paintedAt: null };
window.sgView = { network: network, nodes: nodes, edges: edges, data: D, state: state, find: find,
                  focus: focusNode, showNode: function (id) { showNode(id); }, showEdge: function (id) { showEdge(id); } };

function setFrozen(f) {
  frozen = f;
  network.setOptions({ physics: { enabled: !f } });
  byId("freeze").textContent = f ? "Unfreeze layout" : "Freeze layout";
}
var progress = byId("progress");
network.on("stabilizationProgress", function (p) {
  progress.textContent = "Laying out " + D.nodes.length + " things\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
});
function markReady() {
  if (state.ready) return;
  state.ready = true;
  progress.hidden = true;
  state.stabilizedAt = performance.now();
  setFrozen(true);
  network.once("afterDrawing", function () {
    state.paintedAt = performance.now();
    document.body.setAttribute("data-state", "ready");
  });
  network.redraw();
  if (D.focus !== null) focusNode(D.focus, false);
}
network.once("stabilizationIterationsDone", markReady);
network.on("stabilized", function () { if (!state.ready) markReady(); });
if (!D.nodes.length || !D.physics.enabled) { setTimeout(markReady, 0); }
byId("freeze").addEventListener("click", function () { setFrozen(!frozen); });
byId("fit").addEventListener("click", function () { network.fit({ animation: false }); });

// Counts and the notice about what is not drawn.
byId("counts").textContent = D.nodes.length + " things, " + D.edges.length + " facts drawn";
(function notice() {
  var box = byId("notice"), parts = [];
  if (D.focus !== null) {
    parts.push("Neighbourhood of \u201c" + nodeInfo[D.focus].label + "\u201d within " + D.depth +
               (D.depth === 1 ? " step" : " steps") + ": " + D.scope.things + " of " + D.total.things + " things.");
  }
  if (D.omitted.length) {
    parts.push("Drawing limited to " + D.maxNodes + " things (--max-nodes): " + D.omitted.length +
               " things and " + D.omittedFacts + " facts were left out" +
               (D.focus !== null ? " (the farthest from the focus, then the least connected)." : " (the least connected)."));
  }
  if (!D.nodes.length) parts.push("The graph has no things to draw.");
  if (!parts.length) return;
  box.appendChild(el("span", parts.join(" ")));
  if (D.omitted.length) {
    var det = el("details"), sum = el("summary", "Left out (" + D.omitted.length + ")");
    det.appendChild(sum);
    var ul = el("ul");
    D.omitted.forEach(function (r) { ul.appendChild(el("li", r[0] + " (" + classes[r[1]].label + ")")); });
    det.appendChild(ul);
    box.appendChild(det);
    box.setAttribute("data-omitted", String(D.omitted.length));
  }
  box.hidden = false;
})();

// Legend with a filter per class.
var hiddenClass = {};
classes.forEach(function (c, i) {
  if (!c.count) return;
  var li = el("li"), label = el("label"), box = el("input");
  box.type = "checkbox"; box.checked = true; box.setAttribute("data-class", c.key);
  var glyph = el("span", c.glyph, "glyph"); glyph.style.color = c.color;
  label.appendChild(box); label.appendChild(glyph); label.appendChild(el("span", c.label));
  label.appendChild(el("span", c.count, "count"));
  li.appendChild(label); byId("classes").appendChild(li);
  box.addEventListener("change", function () { showClass(i, box.checked); });
});
function showClass(i, on) {
  hiddenClass[i] = !on;
  var upd = [];
  D.nodes.forEach(function (n) { if (n.c === i) upd.push({ id: n.id, hidden: !on }); });
  nodes.update(upd);
  var box = document.querySelector('#classes input[data-class="' + classes[i].key + '"]');
  if (box) box.checked = on;
}

// Search by any name.
var names = [];
D.nodes.forEach(function (n) {
  names.push([n.label, n.id]);
  n.alt.forEach(function (a) { names.push([a, n.id]); });
});
names.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; });
(function () {
  var dl = byId("names"), seen = {};
  names.forEach(function (r) {
    if (seen[r[0]]) return; seen[r[0]] = true;
    var o = document.createElement("option"); o.value = r[0]; dl.appendChild(o);
  });
})();
function find(query) {
  var q = String(query || "").trim().toLowerCase();
  if (!q) return null;
  var tests = [function (s) { return s === q; }, function (s) { return s.indexOf(q) === 0; },
               function (s) { return s.indexOf(q) >= 0; }];
  for (var t = 0; t < tests.length; t++) {
    for (var k = 0; k < names.length; k++) {
      if (tests[t](names[k][0].toLowerCase())) return names[k][1];
    }
  }
  for (var m = 0; m < D.nodes.length; m++) if (D.nodes[m].iri.toLowerCase() === q) return D.nodes[m].id;
  return null;
}
function focusNode(id, animate) {
  var n = nodeInfo[id];
  if (!n) return;
  if (hiddenClass[n.c]) showClass(n.c, true);
  network.selectNodes([id]);
  network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: animate === false ? false : { duration: 400 } });
  showNode(id);
}
byId("search").addEventListener("submit", function (ev) {
  ev.preventDefault();
  var id = find(byId("q").value);
  byId("status").textContent = id === null ? "No thing is named \u201c" + byId("q").value + "\u201d" : "";
  if (id !== null) focusNode(id);
});

// The side panel.
var panel = byId("panel"), details = byId("details");
byId("close").addEventListener("click", function () { panel.hidden = true; network.unselectAll(); });
function thingButton(id) {
  var b = el("button", nodeInfo[id].label, "linkbtn"); b.type = "button";
  b.addEventListener("click", function () { focusNode(id); });
  return b;
}
function sourceList(ids) {
  var frag = document.createDocumentFragment();
  ids.forEach(function (sid) {
    var s = D.sources[sid], q = el("blockquote", s[1], "src");
    q.setAttribute("data-source", String(sid));
    var art = s[0] >= 0 ? D.articles[s[0]] : null, cite = el("span", "", "cite");
    cite.appendChild(document.createTextNode("\u2014 "));
    if (art) cite.appendChild(link(art.url, art.title || art.url || art.iri));
    if (s[2] >= 0) cite.appendChild(document.createTextNode(" (characters " + s[2] + "\u2013" + s[3] + ")"));
    q.appendChild(cite);
    frag.appendChild(q);
  });
  return frag;
}
function factItem(dirText, e, otherId) {
  var li = el("li", "", "fact");
  li.appendChild(el("span", dirText + " "));
  li.appendChild(el("span", props[e.p], "prop"));
  li.appendChild(document.createTextNode(" "));
  li.appendChild(thingButton(otherId));
  li.appendChild(sourceList(e.src));
  return li;
}
function section(title, items) {
  if (!items.length) return;
  details.appendChild(el("h3", title));
  var ul = el("ul");
  items.forEach(function (i) { ul.appendChild(i); });
  details.appendChild(ul);
}
function openPanel() { panel.hidden = false; panel.scrollTop = 0; }
function showNode(id) {
  var n = nodeInfo[id], c = classes[n.c];
  details.textContent = "";
  details.appendChild(el("h2", n.label));
  var cl = el("div", "", "cls"), g = el("span", c.glyph + " ", "glyph"); g.style.color = c.color;
  cl.appendChild(g); cl.appendChild(document.createTextNode(c.label)); details.appendChild(cl);
  details.appendChild(el("div", n.iri, "iri"));
  section("Other names", n.alt.map(function (a) { return el("li", a); }));
  section("Same as", n.same.map(function (u) { var li = el("li"); li.appendChild(link(u)); return li; }));
  var facts = [];
  n.attrs.forEach(function (a) {
    var li = el("li", "", "fact");
    li.appendChild(el("span", props[a[0]], "prop"));
    li.appendChild(document.createTextNode(": " + a[1]));
    li.appendChild(sourceList(a[2]));
    facts.push(li);
  });
  out[id].forEach(function (e) { facts.push(factItem("\u2192", e, e.to)); });
  inc[id].forEach(function (e) { facts.push(factItem("\u2190 is", e, e.from)); });
  section("Facts", facts);
  section("Mentioned in", n.arts.map(function (i) {
    var li = el("li"), a = D.articles[i]; li.appendChild(link(a.url, a.title || a.url || a.iri)); return li;
  }));
  openPanel();
}
function showEdge(eid) {
  var e = D.edges[eid];
  details.textContent = "";
  details.appendChild(el("h2", "Fact"));
  var p = el("p");
  p.appendChild(thingButton(e.from)); p.appendChild(document.createTextNode(" "));
  p.appendChild(el("span", props[e.p], "prop")); p.appendChild(document.createTextNode(" "));
  p.appendChild(thingButton(e.to));
  details.appendChild(p);
  details.appendChild(el("h3", "Read from"));
  if (!e.src.length) details.appendChild(el("p", "No source sentence recorded."));
  details.appendChild(sourceList(e.src));
  openPanel();
}
network.on("click", function (params) {
  if (params.nodes.length) showNode(params.nodes[0]);
  else if (params.edges.length) showEdge(params.edges[0]);
  else panel.hidden = true;
});
})();
