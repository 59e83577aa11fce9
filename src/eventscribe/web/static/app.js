// eventscribe's page: plain JS and SVG, no library, no network beyond this server.
// Every value from the database (names, sentences, titles) reaches the page through
// textContent or an attribute set with setAttribute, never through innerHTML.
//
// The URL is the page's state: `#view?filters&view-settings`. Filters (start, end, actor,
// country, ...) apply to every view and to the counts in the header; view settings (the
// time window from/to, the overview's period, the network's actors, the table's order and
// offset) belong to one view. Switching views keeps the whole query, so a link or a reload
// shows the same thing.
"use strict";

const QUADS = {
  1: ["verbal cooperation", "#7cc68d"],
  2: ["material cooperation", "#1e8449"],
  3: ["verbal conflict", "#f0a04b"],
  4: ["material conflict", "#c0392b"],
};
const SVG = "http://www.w3.org/2000/svg";
const VIEWS = ["overview", "timeline", "network", "map", "events"];
const SETTINGS = ["from", "to", "by", "top", "order", "offset"];  // not filters: one view's
const PAGE = 50;
const DAY = 86400000;
const state = { view: "overview", filters: {}, settings: {}, world: null, summary: null };

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

// -- routing: the URL holds the view, the filters and the view settings -----------------------

function readHash() {
  const [view, query] = window.location.hash.replace(/^#/, "").split("?");
  state.view = VIEWS.includes(view) ? view : "overview";
  const all = Object.fromEntries(new URLSearchParams(query || ""));
  state.filters = {};
  state.settings = {};
  for (const [key, value] of Object.entries(all)) {
    (SETTINGS.includes(key) ? state.settings : state.filters)[key] = value;
  }
  const form = document.getElementById("filters");
  for (const input of form.elements) {
    if (input.name) input.value = state.filters[input.name] || "";
  }
}

function hashFor(view, filters = state.filters, settings = state.settings) {
  const query = new URLSearchParams({ ...filters, ...settings }).toString();
  return `#${view}${query ? `?${query}` : ""}`;
}

// Go to `view` with the current filters and settings (changed by the caller first).
function navigate(view = state.view) {
  const hash = hashFor(view);
  if (window.location.hash !== hash) window.location.hash = hash;
  else show();
}

function setSettings(changes, view = state.view) {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === "") delete state.settings[key];
    else state.settings[key] = String(value);
  }
  navigate(view);
}

function formFilters() {
  const filters = {};
  for (const [key, value] of Object.entries(state.filters)) {
    if (!document.getElementById("filters").elements[key]) filters[key] = value;  // kept: article_id, text, ...
  }
  for (const input of document.getElementById("filters").elements) {
    if (input.name && input.value.trim()) filters[input.name] = input.value.trim();
  }
  return filters;
}

async function show() {
  readHash();
  for (const link of document.querySelectorAll("#tabs a")) {
    link.classList.toggle("active", link.dataset.view === state.view);
    link.setAttribute("href", hashFor(link.dataset.view));  // switching views keeps the query
  }
  for (const view of VIEWS) {
    document.getElementById(`view-${view}`).hidden = view !== state.view;
  }
  status("loading…");
  document.body.dataset.state = "loading";  // for tests and scripts: wait for "ready"
  try {
    state.summary = await summary();
    await RENDER[state.view]();
    document.body.dataset.state = "ready";
  } catch (error) {
    status(error.message, true);
    document.body.dataset.state = "error";
  }
}

// The header counts what the filters match; the summary also gives the data's dense period.
async function summary() {
  const key = JSON.stringify(state.filters);
  if (state.summary && state.summary.key === key) return state.summary;
  const found = await api("/api/summary", state.filters);
  const filtered = Object.keys(state.filters).length ? " (filtered)" : "";
  document.getElementById("counts").textContent =
    `${found.events} events · ${found.articles} articles · ${found.actors} actors${filtered}`;
  return { ...found, key };
}

// -- zoom and pan of an SVG through its viewBox (map, network) ---------------------------------

// Wheel zooms around the pointer, dragging the background pans, the buttons zoom by steps.
// `onZoom(k)` hears the magnification, so marks can keep their size on screen.
function zoomable(chart, W, H, buttons, onZoom = () => {}) {
  const view = { x: 0, y: 0, w: W, h: H };
  const apply = () => {
    view.w = Math.max(W / 40, Math.min(W, view.w));
    view.h = (view.w * H) / W;
    view.x = Math.max(0, Math.min(W - view.w, view.x));
    view.y = Math.max(0, Math.min(H - view.h, view.y));
    chart.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
    onZoom(W / view.w);
  };
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.max(W / 40, Math.min(W, view.w * factor));
    view.x = cx - ((cx - view.x) * w) / view.w;
    view.y = cy - ((cy - view.y) * w) / view.w;
    view.w = w;
    apply();
  };
  chart.addEventListener("wheel", (event) => {
    event.preventDefault();
    const [x, y] = svgPoint(chart, event);
    zoom(event.deltaY < 0 ? 0.8 : 1.25, x, y);
  }, { passive: false });
  // The pointer is captured only once it moves, so a click still reaches an edge.
  let pan = null;
  chart.addEventListener("pointerdown", (event) => {
    if (event.target.closest(".node, .place")) return;  // those have their own gestures
    pan = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y, moved: false };
  });
  chart.addEventListener("pointermove", (event) => {
    if (!pan) return;
    if (!pan.moved && Math.hypot(event.clientX - pan.x, event.clientY - pan.y) < 3) return;
    if (!pan.moved) chart.setPointerCapture(event.pointerId);
    pan.moved = true;
    const scale = view.w / chart.getBoundingClientRect().width;
    view.x = pan.vx - (event.clientX - pan.x) * scale;
    view.y = pan.vy - (event.clientY - pan.y) * scale;
    apply();
  });
  chart.addEventListener("pointerup", () => { pan = null; });
  const box = clear(buttons);
  box.append(el("button", { type: "button", class: "zoom-in", title: "zoom in", onclick: () => zoom(0.6) }, "+"),
    el("button", { type: "button", class: "zoom-out", title: "zoom out", onclick: () => zoom(1 / 0.6) }, "−"),
    el("button", { type: "button", class: "zoom-reset", title: "whole picture",
      onclick: () => { view.w = W; apply(); } }, "reset"));
  apply();
}

// The pointer's position in the SVG's user units (its viewBox).
function svgPoint(chart, event) {
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(chart.getScreenCTM().inverse());
  return [point.x, point.y];
}

// -- panels: lists of events, newest first ---------------------------------------------------

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

function countText(count) {
  if (!count || count.value == null) return "";
  const qualifier = count.qualifier && count.qualifier !== "exact" ? `${count.qualifier} ` : "";
  return `${qualifier}${count.value}` + (count.attribution ? ` (${count.attribution})` : "");
}

function acledType(event) {
  const acled = event.acled || {};
  return acled.sub_event_type ? el("span", { class: "acled" }, ` · ${acled.sub_event_type}`) : "";
}

function codeBadge(event) {
  return el("span", { class: `code q${event.quad_class}`, title: QUADS[event.quad_class]?.[0] || "" }, event.cameo);
}

function filterBy(extra) {
  state.filters = { ...state.filters, ...extra };
  setSettings({ offset: null }, "events");
}

// -- event table ------------------------------------------------------------------------------

async function renderEvents() {
  const offset = Math.max(0, parseInt(state.settings.offset || "0", 10) || 0);
  const order = state.settings.order || "-event_date";
  document.getElementById("events-order").value = order;
  const data = await api("/api/events", { ...state.filters, limit: PAGE, offset, order });
  const body = clear(document.querySelector("#events-table tbody"));
  for (const event of data.events) {
    const date = event.event_date ? eventDate(event) : `${event.published} (pub)`;
    const row = el("tr", { "data-event": event.id, onclick: (e) => { if (!e.target.closest("a")) openEvent(event); } },
      el("td", {}, date),
      el("td", {}, actorName(event.source)),
      el("td", {}, codeBadge(event), " ", event.cameo_name || "", acledType(event)),
      el("td", {}, actorName(event.target)),
      el("td", {}, event.place ? event.place.name : ""),
      el("td", { class: "killed" }, countText(event.fatalities)),
      el("td", {}, event.modality + (event.attribution ? ` (${event.attribution})` : "")),
      el("td", { class: "sentence" }, el("a", { href: articleHref(event) }, event.evidence.sentence)));
    body.append(row);
  }
  const last = Math.min(offset + PAGE, data.total);
  document.getElementById("events-range").textContent =
    data.total ? `${offset + 1}–${last} of ${data.total}` : "none match";
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = last >= data.total;
  status("");
}

const RENDER = {
  overview: () => renderOverview(),
  timeline: () => renderTimeline(),
  network: () => renderNetwork(),
  map: () => renderMap(),
  events: renderEvents,
};

// -- start ------------------------------------------------------------------------------------

async function fillActors() {
  const actors = await api("/api/actors", { limit: 300 });
  const list = clear(document.getElementById("actor-list"));
  for (const actor of actors.actors) list.append(el("option", { value: actor.id, label: actor.name }));
}

function start() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.filters = formFilters();
    setSettings({ offset: null });
  });
  form.addEventListener("reset", () => {
    state.filters = {};
    setTimeout(() => setSettings({ offset: null, from: null, to: null }));
  });
  const offset = () => parseInt(state.settings.offset || "0", 10) || 0;
  document.getElementById("prev").addEventListener("click", () =>
    setSettings({ offset: Math.max(0, offset() - PAGE) || null }));
  document.getElementById("next").addEventListener("click", () => setSettings({ offset: offset() + PAGE }));
  document.getElementById("events-order").addEventListener("change", (event) =>
    setSettings({ order: event.target.value, offset: null }));
  document.getElementById("overview-by").addEventListener("change", (event) =>
    setSettings({ by: event.target.value === "auto" ? null : event.target.value }));
  document.getElementById("network-top").addEventListener("change", (event) =>
    setSettings({ top: event.target.value }));
  window.addEventListener("hashchange", show);
  fillActors().catch((error) => status(error.message, true));
  show();
}

document.addEventListener("DOMContentLoaded", start);
