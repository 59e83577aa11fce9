// eventscribe's page: plain JS and SVG, no library, no network beyond this server.
// Every value from the database (names, sentences, titles) reaches the page through
// textContent or an attribute set with setAttribute, never through innerHTML.
"use strict";

const QUADS = {
  1: ["verbal cooperation", "#7cc68d"],
  2: ["material cooperation", "#1e8449"],
  3: ["verbal conflict", "#f0a04b"],
  4: ["material conflict", "#c0392b"],
};
const SVG = "http://www.w3.org/2000/svg";
const VIEWS = ["overview", "timeline", "network", "map", "events"];
const PAGE = 50;
const state = { view: "overview", filters: {}, offset: 0, world: null };

// -- small DOM helpers ------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const child of children) node.append(child instanceof Node ? child : String(child ?? ""));
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (name === "class") node.setAttribute("class", value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
}

function titled(node, text) {
  node.append(svg("title", {}, text));
  return node;
}

function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

function status(text, isError = false) {
  const line = document.getElementById("status");
  line.textContent = text;
  line.classList.toggle("error", isError);
}

// -- data ------------------------------------------------------------------------------------

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

function actorName(actor) {
  if (!actor) return "–";
  return actor.country && actor.country !== actor.name ? `${actor.name} (${actor.country})` : actor.name;
}

function eventDate(event) {
  return event.event_date || event.published;
}

function articleHref(event) {
  const article = encodeURIComponent(event.article_id);
  return `/articles/${article}?event=${encodeURIComponent(event.id)}#evidence`;
}

function openEvent(event) {
  window.location.assign(articleHref(event));
}

function quadColor(quad) {
  return (QUADS[quad] || ["", "#999"])[1];
}

// A diverging colour for a mean Goldstein score: red (-10) .. grey (0) .. green (+10).
function goldsteinColor(score) {
  const t = Math.max(-1, Math.min(1, (score || 0) / 6));
  const grey = [150, 150, 150];
  const end = t < 0 ? [192, 57, 43] : [30, 132, 73];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}

function legend(id) {
  const box = clear(document.getElementById(id));
  for (const [quad, [name, color]] of Object.entries(QUADS)) {
    const swatch = el("i");
    swatch.style.background = color;
    box.append(el("span", { "data-quad": quad }, swatch, name));
  }
}

function emptyChart(box, text) {
  clear(box).append(el("p", { class: "hint" }, text));
}

// -- routing and filters ---------------------------------------------------------------------

function readHash() {
  const [view, query] = window.location.hash.replace(/^#/, "").split("?");
  state.view = VIEWS.includes(view) ? view : "overview";
  state.filters = Object.fromEntries(new URLSearchParams(query || ""));
  const form = document.getElementById("filters");
  for (const input of form.elements) {
    if (input.name) input.value = state.filters[input.name] || "";
  }
}

function writeHash(view) {
  const query = new URLSearchParams(state.filters).toString();
  const hash = `#${view}${query ? `?${query}` : ""}`;
  if (window.location.hash !== hash) window.location.hash = hash;
  else show();
}

function formFilters() {
  const filters = {};
  for (const input of document.getElementById("filters").elements) {
    if (input.name && input.value.trim()) filters[input.name] = input.value.trim();
  }
  return filters;
}

async function show() {
  readHash();
  for (const link of document.querySelectorAll("#tabs a")) {
    link.classList.toggle("active", link.dataset.view === state.view);
  }
  for (const view of VIEWS) {
    document.getElementById(`view-${view}`).hidden = view !== state.view;
  }
  status("loading…");
  try {
    await RENDER[state.view]();
    status("");
  } catch (error) {
    status(error.message, true);
  }
}

// -- overview: stacked bars of events per period by quad class -------------------------------

async function renderOverview() {
  legend("overview-legend");
  const box = document.getElementById("overview-chart");
  let by = document.getElementById("overview-by").value;
  let data;
  if (by === "auto") {
    for (by of ["day", "week", "month", "year"]) {
      data = await api("/api/overview", { ...state.filters, by });
      if (data.periods.length <= 90) break;
    }
  } else {
    data = await api("/api/overview", { ...state.filters, by });
  }
  if (!data.periods.length) return emptyChart(box, "No dated events match.");
  const W = 960, H = 360, M = { l: 48, r: 12, t: 14, b: 58 };
  const max = Math.max(...data.periods.map((p) => p.events));
  const step = (W - M.l - M.r) / data.periods.length;
  const y = (v) => H - M.b - (v / max) * (H - M.t - M.b);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events over time" });
  chart.append(yAxis(max, y, M.l, W - M.r));
  const labelEvery = Math.ceil(data.periods.length / 16);
  data.periods.forEach((period, i) => {
    let base = 0;
    const x = M.l + i * step;
    for (const quad of ["1", "2", "3", "4"]) {
      const n = period.by_quad[quad] || 0;
      if (!n) continue;
      const bar = svg("rect", {
        x: x + step * 0.1, width: Math.max(1, step * 0.8), y: y(base + n), height: y(base) - y(base + n),
        fill: quadColor(quad), class: "bar", "data-quad": quad,
      });
      chart.append(titled(bar, `${period.period}: ${n} ${QUADS[quad][0]}`));
      base += n;
    }
    if (i % labelEvery === 0) {
      chart.append(svg("text", { x: x + step / 2, y: H - M.b + 14, class: "label",
        "text-anchor": "end", transform: `rotate(-40 ${x + step / 2} ${H - M.b + 14})` }, period.period));
    }
  });
  clear(box).append(chart);
  const total = data.periods.reduce((sum, p) => sum + p.events, 0);
  status(`${total} dated events, by ${by}`);
}

function yAxis(max, y, left, right) {
  const group = svg("g", { class: "axis" });
  const ticks = niceTicks(0, max, 5);
  for (const tick of ticks) {
    group.append(svg("line", { x1: left, x2: right, y1: y(tick), y2: y(tick) }));
    group.append(svg("text", { x: left - 6, y: y(tick) + 4, "text-anchor": "end" }, tick));
  }
  return group;
}

function niceTicks(low, high, count) {
  const span = Math.max(high - low, 1);
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) || power * 10;
  const ticks = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks;
}

// -- timeline: events on a time axis, height by Goldstein ------------------------------------

async function renderTimeline() {
  legend("timeline-legend");
  const box = document.getElementById("timeline-chart");
  const data = await api("/api/events", { ...state.filters, limit: 1000 });
  const events = data.events.filter(eventDate);
  if (!events.length) return emptyChart(box, "No events match.");
  const W = 960, H = 380, M = { l: 48, r: 16, t: 16, b: 40 };
  const times = events.map((e) => Date.parse(eventDate(e)));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  if (t1 - t0 < 86400000 * 2) { t0 -= 86400000; t1 += 86400000; }
  const x = (t) => M.l + ((t - t0) / (t1 - t0)) * (W - M.l - M.r);
  const y = (g) => M.t + ((10 - g) / 20) * (H - M.t - M.b);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline" });
  const axis = svg("g", { class: "axis" });
  for (const g of [-10, -5, 0, 5, 10]) {
    axis.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(g), y2: y(g), class: g === 0 ? "zero" : "" }));
    axis.append(svg("text", { x: M.l - 6, y: y(g) + 4, "text-anchor": "end" }, g));
  }
  for (const tick of timeTicks(t0, t1, 8)) {
    axis.append(svg("line", { x1: x(tick), x2: x(tick), y1: H - M.b, y2: H - M.b + 5 }));
    axis.append(svg("text", { x: x(tick), y: H - M.b + 18, "text-anchor": "middle" },
      new Date(tick).toISOString().slice(0, 10)));
  }
  chart.append(axis);
  events.forEach((event, i) => {
    const jitter = ((i * 7919) % 11 - 5) * 0.9;
    const dot = svg("circle", {
      cx: x(Date.parse(eventDate(event))) + jitter, cy: y(event.goldstein ?? 0) + jitter / 2, r: 5,
      fill: quadColor(event.quad_class), class: "dot", "data-event": event.id,
      onclick: () => openEvent(event),
    });
    chart.append(titled(dot, `${eventDate(event)} ${actorName(event.source)} — ${event.cameo} ` +
      `${event.cameo_name} — ${actorName(event.target)}\n${event.evidence.sentence}`));
  });
  clear(box).append(chart);
  status(`${events.length} of ${data.total} events` + (data.total > 1000 ? " (the first 1000)" : ""));
}

function timeTicks(t0, t1, count) {
  const day = 86400000;
  const step = Math.max(day, Math.ceil((t1 - t0) / count / day) * day);
  const ticks = [];
  for (let t = Math.ceil(t0 / day) * day; t <= t1; t += step) ticks.push(t);
  return ticks;
}

// -- network: dyads as weighted edges, a small force layout ----------------------------------

async function renderNetwork() {
  const box = document.getElementById("network-chart");
  const data = await api("/api/network", { ...state.filters, limit: 150 });
  if (!data.edges.length) return emptyChart(box, "No dyads (events with both a source and a target) match.");
  const W = 900, H = 560;
  const nodes = layout(data.nodes, data.edges, W, H);
  const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const radius = (node) => 5 + 3 * Math.sqrt(node.events);
  const maxEvents = Math.max(...data.edges.map((e) => e.events));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  const defs = svg("defs");
  defs.append(arrow());
  chart.append(defs);
  for (const edge of data.edges) {
    const a = byId[edge.source], b = byId[edge.target];
    const bend = 0.15;
    const mx = (a.x + b.x) / 2 - (b.y - a.y) * bend, my = (a.y + b.y) / 2 + (b.x - a.x) * bend;
    const back = Math.max(Math.hypot(b.x - mx, b.y - my), 1);
    const ex = b.x - ((b.x - mx) / back) * (radius(b) + 2), ey = b.y - ((b.y - my) / back) * (radius(b) + 2);
    const line = svg("path", {
      d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, class: "edge",
      stroke: goldsteinColor(edge.goldstein), "stroke-opacity": 0.8,
      "stroke-width": 1.5 + 5 * Math.sqrt(edge.events / maxEvents), "marker-end": "url(#arrow)",
      "data-source": edge.source, "data-target": edge.target,
      onclick: () => showDyad(edge, byId),
    });
    chart.append(titled(line, `${a.name} → ${b.name}: ${edge.events} events ` +
      `(${edge.cooperation} cooperation, ${edge.conflict} conflict), mean Goldstein ${edge.goldstein?.toFixed(1)}`));
  }
  for (const node of nodes) {
    const group = svg("g", { class: "node", transform: `translate(${node.x},${node.y})`,
      "data-actor": node.id, onclick: () => showActor(node) });
    group.append(titled(svg("circle", { r: radius(node) }), `${node.name}: ${node.events} events`));
    group.append(svg("text", { x: radius(node) + 3, y: 4 }, node.name));
    chart.append(group);
  }
  clear(box).append(chart);
  status(`${data.edges.length} dyads between ${nodes.length} actors`);
}

function arrow() {
  const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5,
    markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" });
  marker.append(svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#778" }));
  return marker;
}

// Fruchterman-Reingold from a circle, with a pull to the centre so that separate groups
// stay near each other;
// deterministic, so the same data draws the same picture.
function layout(nodes, edges, W, H) {
  const n = Math.max(nodes.length, 1);
  const placed = nodes.map((node, i) => ({ ...node,
    x: W / 2 + (W / 4) * Math.cos((2 * Math.PI * i) / n),
    y: H / 2 + (H / 4) * Math.sin((2 * Math.PI * i) / n) }));
  const index = Object.fromEntries(placed.map((node, i) => [node.id, i]));
  const k = Math.min(110, Math.sqrt((W * H) / n) * 0.6);
  for (let step = 0, heat = W / 10; step < 400; step++, heat *= 0.985) {
    const move = placed.map((node) => [(W / 2 - node.x) * 0.3, ((H / 2 - node.y) * 0.3 * W) / H]);
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
      const dx = placed[i].x - placed[j].x, dy = placed[i].y - placed[j].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01), f = (d * d) / k;
      move[i][0] -= (dx / d) * f; move[i][1] -= (dy / d) * f;
      move[j][0] += (dx / d) * f; move[j][1] += (dy / d) * f;
    }
    placed.forEach((node, i) => {
      const d = Math.max(Math.hypot(...move[i]), 0.01), s = Math.min(d, heat) / d;
      node.x = Math.max(20, Math.min(W - 140, node.x + move[i][0] * s));
      node.y = Math.max(20, Math.min(H - 20, node.y + move[i][1] * s));
    });
  }
  return placed;
}

async function showDyad(edge, byId) {
  const data = await api("/api/events", { ...state.filters, actor: edge.source, limit: 1000 });
  const events = data.events.filter((e) => e.source?.id === edge.source && e.target?.id === edge.target);
  panel("network-panel", `${byId[edge.source].name} → ${byId[edge.target].name}`, events);
}

async function showActor(node) {
  const data = await api("/api/events", { ...state.filters, actor: node.id, limit: 200 });
  panel("network-panel", node.name, data.events, node.id);
}

function panel(id, heading, events, actorId) {
  const box = clear(document.getElementById(id));
  box.append(el("h3", {}, heading));
  if (actorId) {
    const link = el("a", { href: "#", onclick: (e) => { e.preventDefault(); filterBy({ actor: actorId }); } },
      "show in the event table");
    box.append(el("p", {}, link));
  }
  const list = el("ol");
  for (const event of events) list.append(el("li", {}, eventLink(event)));
  box.append(list.childElementCount ? list : el("p", { class: "hint" }, "No events."));
}

function eventLink(event) {
  const link = el("a", { href: articleHref(event), "data-event": event.id },
    `${eventDate(event)} ${actorName(event.source)} · ${event.cameo} ${event.cameo_name} · ${actorName(event.target)}`);
  return el("span", {}, codeBadge(event), " ", link);
}

function codeBadge(event) {
  return el("span", { class: `code q${event.quad_class}`, title: QUADS[event.quad_class]?.[0] || "" }, event.cameo);
}

function filterBy(extra) {
  state.filters = { ...state.filters, ...extra };
  state.offset = 0;
  writeHash("events");
}

// -- map: event places on the packaged world outline ------------------------------------------

async function renderMap() {
  const box = document.getElementById("map-chart");
  if (!state.world) state.world = await (await fetch("/static/world/world.geojson")).json();
  const data = await api("/api/places", { ...state.filters, limit: 500 });
  const W = 960, H = 480;
  const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of event places" });
  chart.append(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  for (const feature of state.world.features) {
    const d = feature.geometry.coordinates.flatMap((polygon) => polygon.map((ring) =>
      "M" + ring.map((p) => project(p).map((v) => v.toFixed(1)).join(",")).join("L") + "Z")).join("");
    chart.append(titled(svg("path", { d, class: "land", "fill-rule": "evenodd",
      "data-iso3": feature.properties.iso3 || "" }), feature.properties.name));
  }
  const max = Math.max(1, ...data.places.map((p) => p.events));
  for (const place of data.places) {
    const [cx, cy] = project([place.lon, place.lat]);
    const share = place.events ? (place.cooperation - place.conflict) / place.events : 0;
    const dot = svg("circle", { cx, cy, r: 3 + 12 * Math.sqrt(place.events / max), class: "place",
      fill: goldsteinColor(share * 10), "data-place": place.name, onclick: () => showPlace(place) });
    chart.append(titled(dot, `${place.name} (${place.country || "?"}): ${place.events} events, ` +
      `${place.cooperation} cooperation, ${place.conflict} conflict`));
  }
  clear(box).append(chart);
  status(`${data.places.length} places`);
}

async function showPlace(place) {
  const d = 0.01;
  const bbox = [place.lon - d, place.lat - d, place.lon + d, place.lat + d].map((v) =>
    Math.max(-180, Math.min(180, v)).toFixed(4)).join(",");
  const data = await api("/api/events", { ...state.filters, bbox, limit: 500 });
  const events = data.events.filter((e) => e.place?.name === place.name);
  panel("map-panel", `${place.name}${place.country ? ` (${place.country})` : ""}`, events);
}

// -- event table ------------------------------------------------------------------------------

async function renderEvents() {
  const data = await api("/api/events", { ...state.filters, limit: PAGE, offset: state.offset });
  const body = clear(document.querySelector("#events-table tbody"));
  for (const event of data.events) {
    const date = event.event_date ? eventDate(event) : `${event.published} (pub)`;
    const row = el("tr", { "data-event": event.id, onclick: (e) => { if (!e.target.closest("a")) openEvent(event); } },
      el("td", {}, date),
      el("td", {}, actorName(event.source)),
      el("td", {}, codeBadge(event), " ", event.cameo_name || ""),
      el("td", {}, actorName(event.target)),
      el("td", {}, event.place ? event.place.name : ""),
      el("td", {}, event.modality + (event.attribution ? ` (${event.attribution})` : "")),
      el("td", { class: "sentence" }, el("a", { href: articleHref(event) }, event.evidence.sentence)));
    body.append(row);
  }
  const last = Math.min(state.offset + PAGE, data.total);
  document.getElementById("events-range").textContent =
    data.total ? `${state.offset + 1}–${last} of ${data.total}` : "none match";
  document.getElementById("prev").disabled = state.offset === 0;
  document.getElementById("next").disabled = last >= data.total;
}

const RENDER = { overview: renderOverview, timeline: renderTimeline, network: renderNetwork,
  map: renderMap, events: renderEvents };

// -- start ------------------------------------------------------------------------------------

async function fillCounts() {
  const stats = await api("/api/stats");
  const t = stats.tables;
  document.getElementById("counts").textContent =
    `${t.events ?? 0} events · ${t.articles ?? 0} articles · ${t.actors ?? 0} actors`;
  const actors = await api("/api/actors", { limit: 300 });
  const list = clear(document.getElementById("actor-list"));
  for (const actor of actors.actors) list.append(el("option", { value: actor.id, label: actor.name }));
}

function start() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.filters = formFilters();
    state.offset = 0;
    writeHash(state.view);
  });
  form.addEventListener("reset", () => {
    state.filters = {};
    state.offset = 0;
    setTimeout(() => writeHash(state.view));
  });
  document.getElementById("overview-by").addEventListener("change", show);
  document.getElementById("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE);
    show();
  });
  document.getElementById("next").addEventListener("click", () => {
    state.offset += PAGE;
    show();
  });
  window.addEventListener("hashchange", () => { state.offset = 0; show(); });
  fillCounts().catch((error) => status(error.message, true));
  show();
}

document.addEventListener("DOMContentLoaded", start);
