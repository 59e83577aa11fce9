// The actor network: the top N actors by dyad events (N chosen above the chart, kept in the
// URL as `top`), the dyads between them as curved arrows. Wheel or buttons zoom, the
// background pans, an actor can be dragged. Nodes and labels keep their size on screen when
// zooming, and a label is shown only where it overlaps no other label or node (the rest
// show on hover), so zooming in reveals more names.
"use strict";

const DEFAULT_TOP = 30;

async function renderNetwork() {
  const top = parseInt(state.settings.top || String(DEFAULT_TOP), 10) || DEFAULT_TOP;
  document.getElementById("network-top").value = String(top);
  const box = document.getElementById("network-chart");
  const data = await api("/api/network", { ...state.filters, actors: top, limit: 1000 });
  if (!data.edges.length) {
    clear(document.getElementById("network-zoom"));
    return emptyChart(box, "No dyads (events with both a source and a target) match.");
  }
  const W = 900, H = 560;
  const maxNode = Math.max(...data.nodes.map((n) => n.events));
  const maxEdge = Math.max(...data.edges.map((e) => e.events));
  const radius = (node) => 4 + 12 * Math.sqrt(node.events / maxNode);
  const nodes = separate(layout(data.nodes, data.edges, W, H), radius, W, H);
  const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  chart.append(svg("defs", {}), svg("g", { class: "edges" }), svg("g", { class: "nodes" }));
  chart.firstChild.append(arrow());
  const view = { k: 1 };
  const edges = data.edges.map((edge) => drawEdge(chart.children[1], edge, byId, maxEdge));
  const redrawEdges = (only) => {
    for (const drawn of edges) {
      if (!only || drawn.edge.source === only || drawn.edge.target === only) {
        drawn.path.setAttribute("d", edgePath(byId[drawn.edge.source], byId[drawn.edge.target], radius, view.k));
      }
    }
  };
  for (const node of nodes) drawNode(chart, chart.children[2], node, radius, view, redrawEdges);
  const relabel = () => {
    for (const node of nodes) node.group.setAttribute("transform", `translate(${node.x},${node.y}) scale(${1 / view.k})`);
    redrawEdges();
    placeLabels(nodes, radius, view.k, W, H);
  };
  clear(box).append(chart);
  zoomable(chart, W, H, document.getElementById("network-zoom"), (k) => { view.k = k; relabel(); });
  const shown = nodes.filter((n) => !n.label.classList.contains("hidden")).length;
  status(`the top ${nodes.length} of ${data.actors} actors and ${data.edges.length} dyads between them; ` +
    `${shown} names shown (zoom in or point at an actor for the rest)`);
}

function drawEdge(group, edge, byId, maxEdge) {
  const a = byId[edge.source], b = byId[edge.target];
  const path = svg("path", {
    class: "edge", stroke: goldsteinColor(edge.goldstein), "stroke-opacity": 0.75,
    "stroke-width": 1 + 5 * Math.sqrt(edge.events / maxEdge), "marker-end": "url(#arrow)",
    "vector-effect": "non-scaling-stroke", "data-source": edge.source, "data-target": edge.target,
    onclick: () => showDyad(edge, byId),
  });
  group.append(titled(path, `${a.name} → ${b.name}: ${edge.events} events ` +
    `(${edge.cooperation} cooperation, ${edge.conflict} conflict), mean Goldstein ${edge.goldstein?.toFixed(1)}`));
  return { edge, path };
}

// A curve from a to b, ending at b's circle (whose radius shrinks by 1/k when zoomed).
function edgePath(a, b, radius, k) {
  const bend = 0.15;
  const mx = (a.x + b.x) / 2 - (b.y - a.y) * bend, my = (a.y + b.y) / 2 + (b.x - a.x) * bend;
  const back = Math.max(Math.hypot(b.x - mx, b.y - my), 0.01);
  const gap = (radius(b) + 2) / k;
  const ex = b.x - ((b.x - mx) / back) * gap, ey = b.y - ((b.y - my) / back) * gap;
  return `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`;
}

// An actor: a circle and its label in a group kept at screen size; drag it to move it.
function drawNode(chart, layer, node, radius, view, redrawEdges) {
  const group = svg("g", { class: "node", "data-actor": node.id });
  group.append(titled(svg("circle", { r: radius(node) }), `${node.name}: ${node.events} events`));
  node.label = svg("text", {}, node.name.length > 32 ? `${node.name.slice(0, 31)}…` : node.name);
  group.append(node.label);
  node.group = group;
  layer.append(group);
  let drag = null;
  group.addEventListener("pointerdown", (event) => {
    drag = { moved: false };
    group.setPointerCapture(event.pointerId);
    event.stopPropagation();
  });
  group.addEventListener("pointermove", (event) => {
    if (!drag) return;
    [node.x, node.y] = svgPoint(chart, event);
    drag.moved = true;
    group.setAttribute("transform", `translate(${node.x},${node.y}) scale(${1 / view.k})`);
    redrawEdges(node.id);
  });
  group.addEventListener("pointerup", () => {
    if (drag && !drag.moved) showActor(node);
    drag = null;
  });
}

// Labels right, left, above or below their node, heaviest actors first, each where it
// overlaps no node and no label placed before it; the rest hidden until pointed at.
function placeLabels(nodes, radius, k, W, H) {
  const taken = nodes.map((n) => { const r = radius(n) / k; return [n.x - r, n.y - r, n.x + r, n.y + r]; });
  const overlaps = (box) => box[0] < 0 || box[1] < 0 || box[2] > W || box[3] > H ||
    taken.some((t) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]);
  for (const node of [...nodes].sort((a, b) => b.events - a.events)) {
    const r = radius(node), w = labelWidth(node.label) + 2, h = 13;
    const spots = [[r + 3, -h / 2], [-r - 3 - w, -h / 2], [-w / 2, -r - h - 1], [-w / 2, r + 1]];
    const free = spots.find(([dx, dy]) =>
      !overlaps([node.x + dx / k, node.y + dy / k, node.x + (dx + w) / k, node.y + (dy + h) / k]));
    node.label.classList.toggle("hidden", !free);
    if (!free) continue;
    setAttrs(node.label, { x: free[0], y: free[1] + h - 3 });
    taken.push([node.x + free[0] / k, node.y + free[1] / k, node.x + (free[0] + w) / k, node.y + (free[1] + h) / k]);
  }
}

// A label's drawn width in screen pixels (its group is kept at screen size), read from the
// font once the page has laid it out; estimated from its letters before then.
function labelWidth(label) {
  const drawn = label.isConnected ? label.getComputedTextLength() : 0;
  return drawn > 0 ? drawn : 6.4 * label.textContent.length;
}

function arrow() {
  const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5,
    markerWidth: 3.5, markerHeight: 3.5, orient: "auto" });  // in stroke widths
  marker.append(svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#778" }));
  return marker;
}

// Fruchterman-Reingold from a circle, with a pull to the centre so that separate groups
// stay near each other; deterministic, so the same data draws the same picture.
function layout(nodes, edges, W, H) {
  const n = Math.max(nodes.length, 1);
  const placed = nodes.map((node, i) => ({ ...node,
    x: W / 2 + (W / 4) * Math.cos((2 * Math.PI * i) / n),
    y: H / 2 + (H / 4) * Math.sin((2 * Math.PI * i) / n) }));
  const index = Object.fromEntries(placed.map((node, i) => [node.id, i]));
  const k = Math.min(120, Math.sqrt((W * H) / n) * 0.7);
  for (let step = 0, heat = W / 10; step < 400; step++, heat *= 0.985) {
    const move = placed.map((node) => [(W / 2 - node.x) * 0.2, ((H / 2 - node.y) * 0.2 * W) / H]);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const dx = placed[i].x - placed[j].x, dy = placed[i].y - placed[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        if (d > 3 * k) continue;  // only neighbours push: groups settle side by side
        const f = (k * k) / d;
        move[i][0] += (dx / d) * f; move[i][1] += (dy / d) * f;
        move[j][0] -= (dx / d) * f; move[j][1] -= (dy / d) * f;
      }
    }
    for (const edge of edges) {
      const i = index[edge.source], j = index[edge.target];
      if (i === undefined || j === undefined) continue;
      const dx = placed[i].x - placed[j].x, dy = placed[i].y - placed[j].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01), f = (d * d) / k;
      move[i][0] -= (dx / d) * f; move[i][1] -= (dy / d) * f;
      move[j][0] += (dx / d) * f; move[j][1] += (dy / d) * f;
    }
    placed.forEach((node, i) => {
      const d = Math.max(Math.hypot(...move[i]), 0.01), s = Math.min(d, heat) / d;
      node.x = Math.max(30, Math.min(W - 30, node.x + move[i][0] * s));
      node.y = Math.max(20, Math.min(H - 20, node.y + move[i][1] * s));
    });
  }
  return placed;
}

// Circles pushed apart where the layout left them overlapping (two close allies, or actors
// held at the chart's edge), so that every actor can be seen and pointed at; deterministic.
function separate(nodes, radius, W, H) {
  const clamp = (node) => {
    node.x = Math.max(30, Math.min(W - 30, node.x));
    node.y = Math.max(20, Math.min(H - 20, node.y));
  };
  for (let pass = 0, moved = true; moved && pass < 60; pass++) {
    moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j], need = radius(a) + radius(b) + 2;
        let dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 0.01) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (need - d) / 2 + 0.5;
        a.x -= (dx / d) * push; a.y -= (dy / d) * push;
        b.x += (dx / d) * push; b.y += (dy / d) * push;
        clamp(a); clamp(b);
        moved = true;
      }
    }
  }
  return nodes;
}

async function showDyad(edge, byId) {
  const data = await api("/api/events", { ...state.filters, source: edge.source, target: edge.target,
    order: "-event_date", limit: 200 });
  const events = data.events.filter((e) => e.source?.id === edge.source && e.target?.id === edge.target);
  panel("network-panel", `${byId[edge.source].name} → ${byId[edge.target].name}`, events);
}

async function showActor(node) {
  const data = await api("/api/events", { ...state.filters, actor: node.id, order: "-event_date", limit: 200 });
  panel("network-panel", node.name, data.events, node.id);
}
