// The time views: the overview (events per period, stacked by quad class) and the timeline
// (each event a dot). Both draw on a real time axis over a window: by default the data's
// dense period (where the middle 90 % of the matching events fall, from /api/summary), or
// the `from`/`to` of the URL. Drag across a chart to zoom into a range; the strip below
// shows every date, the window marked, and can be dragged across too.
"use strict";

const MONTH = 30.44 * DAY, YEAR = 365.25 * DAY;
const TICK_STEPS = [[1, "day"], [2, "day"], [7, "day"], [14, "day"], [1, "month"], [3, "month"],
  [6, "month"], [1, "year"], [2, "year"], [5, "year"], [10, "year"], [20, "year"], [50, "year"],
  [100, "year"]];
const UNIT = { day: DAY, month: MONTH, year: YEAR };
const MAX_DOTS = 1000;

function isoDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

function dayOf(text) {
  return Date.parse(String(text).slice(0, 10).padEnd(10, "-01"));  // 2023-10 -> 2023-10-01
}

// [t0, t1): the URL's from/to, else the dense period; at least a week wide.
function timeWindow() {
  const found = state.summary;
  if (!found || !found.first) return null;
  let t0 = dayOf(state.settings.from || found.dense_first);
  let t1 = dayOf(state.settings.to || found.dense_last) + DAY;
  if (!(t1 > t0)) [t0, t1] = [dayOf(found.first), dayOf(found.last) + DAY];
  if (t1 - t0 < 7 * DAY) {
    const middle = (t0 + t1) / 2;
    [t0, t1] = [middle - 3.5 * DAY, middle + 3.5 * DAY].map((t) => Math.floor(t / DAY) * DAY);
  }
  return [t0, t1];
}

// The filters narrowed to the window [t0, t1) (a filter's own start/end still holds).
function windowFilters(t0, t1) {
  const start = state.filters.start && dayOf(state.filters.start) > t0 ? state.filters.start : isoDay(t0);
  const end = state.filters.end && dayOf(state.filters.end) < t1 - DAY ? state.filters.end : isoDay(t1 - DAY);
  return { ...state.filters, start, end };
}

// The period of bars that puts 30 to 400 of them across the window.
function autoPeriod(t0, t1) {
  const days = (t1 - t0) / DAY;
  return days <= 120 ? "day" : days <= 3 * 366 ? "week" : days <= 30 * 366 ? "month" : "year";
}

// The first day of the period holding t, and of the one after it (weeks start on Monday).
function periodStart(t, by) {
  const d = new Date(t);
  if (by === "year") return Date.UTC(d.getUTCFullYear(), 0, 1);
  if (by === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const day = Math.floor(t / DAY) * DAY;
  return by === "week" ? day - ((new Date(day).getUTCDay() + 6) % 7) * DAY : day;
}

function nextPeriod(t, by) {
  const d = new Date(t);
  if (by === "year") return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  if (by === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return t + (by === "week" ? 7 : 1) * DAY;
}

// Ticks at round dates: days, weeks, months, quarters or years, about `count` of them.
function timeTicks(t0, t1, count = 8) {
  const [n, unit] = TICK_STEPS.find(([k, u]) => (t1 - t0) / (k * UNIT[u]) <= count) || [200, "year"];
  const ticks = [];
  let t = periodStart(t0, unit === "day" && n === 7 ? "week" : unit);
  for (let guard = 0; t < t1 && guard < 500; guard++) {
    const d = new Date(t);
    const round = unit === "year" ? d.getUTCFullYear() % n === 0
      : unit === "month" ? d.getUTCMonth() % n === 0
      : n === 7 || Math.round(t / DAY) % n === 0;
    if (t >= t0 && round) ticks.push(t);
    t = unit === "year" ? Date.UTC(d.getUTCFullYear() + 1, 0, 1)
      : unit === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : t + (n === 7 ? 7 : 1) * DAY;
  }
  const label = (tick) => (unit === "year" ? isoDay(tick).slice(0, 4)
    : unit === "month" ? isoDay(tick).slice(0, 7) : isoDay(tick));
  return ticks.map((tick) => [tick, label(tick)]);
}

function timeAxis(x, t0, t1, top, bottom) {
  const axis = svg("g", { class: "axis time-axis" });
  for (const [tick, label] of timeTicks(t0, t1)) {
    axis.append(svg("line", { x1: x(tick), x2: x(tick), y1: top, y2: bottom + 5, class: "tick" }));
    axis.append(svg("text", { x: x(tick), y: bottom + 18, "text-anchor": "middle" }, label));
  }
  return axis;
}

// Drag across [left, right] of `chart` to choose a range; `choose(ta, tb)` gets its days.
function brush(chart, left, right, top, bottom, toTime, choose) {
  const band = svg("rect", { class: "brush", y: top, height: bottom - top, x: left, width: 0, visibility: "hidden" });
  chart.append(band);
  let from = null;
  const at = (event) => Math.max(left, Math.min(right, svgPoint(chart, event)[0]));
  chart.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 || event.target.closest(".dot")) return;
    from = at(event);
    chart.setPointerCapture(event.pointerId);
    setAttrs(band, { x: from, width: 0, visibility: "visible" });
  });
  chart.addEventListener("pointermove", (event) => {
    if (from === null) return;
    const to = at(event);
    setAttrs(band, { x: Math.min(from, to), width: Math.abs(to - from) });
  });
  chart.addEventListener("pointerup", (event) => {
    if (from === null) return;
    const to = at(event);
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    from = null;
    band.setAttribute("visibility", "hidden");
    if (b - a >= 4) choose(toTime(a), toTime(b));
  });
}

function zoomTo(ta, tb) {
  setSettings({ from: isoDay(ta), to: isoDay(Math.max(ta, tb - 1)) });
}

// The line above a time chart: the window shown, and ways out of it.
function windowBar(id, t0, t1) {
  const found = state.summary;
  const box = clear(document.getElementById(id));
  const zoomed = state.settings.from || state.settings.to;
  box.append(el("span", { class: "window-range" }, `${isoDay(t0)} – ${isoDay(t1 - DAY)}`),
    el("span", { class: "hint" }, zoomed ? " (zoomed)" : " (the dense period: 90 % of the events)"),
    el("button", { type: "button", class: "window-dense", disabled: zoomed ? null : "",
      onclick: () => setSettings({ from: null, to: null }) }, "dense period"),
    el("button", { type: "button", class: "window-all",
      onclick: () => setSettings({ from: found.first, to: found.last }) }, "all dates"),
    el("button", { type: "button", class: "window-filter", title: "make this range the From/To filter",
      onclick: () => { state.filters = windowFilters(t0, t1); setSettings({ from: null, to: null }); } },
    "filter to this range"),
    el("span", { class: "hint" }, " drag across the chart to zoom"));
}

// Every date of the matching events, as small bars, with the window marked; drag to zoom.
async function contextStrip(id, t0, t1) {
  const found = state.summary;
  const box = document.getElementById(id);
  let [a, b] = [dayOf(found.first), dayOf(found.last) + DAY];
  a = Math.min(a, t0); b = Math.max(b, t1);
  const by = (b - a) / DAY <= 400 ? "week" : (b - a) / MONTH <= 300 ? "month" : "year";
  const data = await api("/api/overview", { ...state.filters, by });
  const W = 960, H = 64, M = { l: 48, r: 12, t: 4, b: 18 };
  const x = (t) => M.l + ((t - a) / (b - a)) * (W - M.l - M.r);
  const max = Math.max(1, ...data.periods.map((p) => p.events));
  const strip = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "strip", role: "img", "aria-label": "all dates" });
  strip.append(svg("rect", { x: M.l, y: M.t, width: W - M.l - M.r, height: H - M.t - M.b, class: "strip-bg" }));
  for (const period of data.periods) {
    const p0 = dayOf(period.period), p1 = nextPeriod(p0, by);
    const h = ((H - M.t - M.b) * period.events) / max;
    strip.append(titled(svg("rect", { x: x(p0), width: Math.max(1, x(p1) - x(p0)), y: H - M.b - h, height: h,
      class: "strip-bar" }), `${period.period}: ${period.events} events`));
  }
  strip.append(svg("rect", { x: x(t0), width: Math.max(2, x(t1) - x(t0)), y: M.t, height: H - M.t - M.b,
    class: "strip-window" }));
  strip.append(timeAxis(x, a, b, H - M.b, H - M.b));
  brush(strip, M.l, W - M.r, M.t, H - M.b, (px) => a + ((px - M.l) / (W - M.l - M.r)) * (b - a), zoomTo);
  clear(box).append(strip);
}

// -- overview: stacked bars of events per period by quad class -------------------------------

async function renderOverview() {
  legend("overview-legend");
  const box = document.getElementById("overview-chart");
  const span = timeWindow();
  if (!span) {
    clear(document.getElementById("overview-window"));
    clear(document.getElementById("overview-strip"));
    return emptyChart(box, "No dated events match.");
  }
  const [t0, t1] = span;
  const chosen = state.settings.by || "auto";
  document.getElementById("overview-by").value = chosen;
  const by = chosen === "auto" ? autoPeriod(t0, t1) : chosen;
  windowBar("overview-window", t0, t1);
  const data = await api("/api/overview", { ...windowFilters(t0, t1), by });
  const W = 960, H = 340, M = { l: 48, r: 12, t: 14, b: 30 };
  const x = (t) => M.l + ((t - t0) / (t1 - t0)) * (W - M.l - M.r);
  const max = Math.max(1, ...data.periods.map((p) => p.events));
  const y = (v) => H - M.b - (v / max) * (H - M.t - M.b);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events over time" });
  chart.append(yAxis(max, y, M.l, W - M.r), timeAxis(x, t0, t1, H - M.b, H - M.b));
  for (const period of data.periods) {
    const p0 = Math.max(t0, dayOf(period.period)), p1 = Math.min(t1, nextPeriod(dayOf(period.period), by));
    const width = x(p1) - x(p0), gap = width > 4 ? Math.min(2, width * 0.15) : 0;
    let base = 0;
    for (const quad of ["1", "2", "3", "4"]) {
      const n = period.by_quad[quad] || 0;
      if (!n) continue;
      const bar = svg("rect", { x: x(p0) + gap / 2, width: Math.max(1, width - gap), y: y(base + n),
        height: y(base) - y(base + n), fill: quadColor(quad), class: "bar", "data-quad": quad,
        "data-period": period.period });
      chart.append(titled(bar, `${period.period} (${by}): ${n} ${QUADS[quad][0]}`));
      base += n;
    }
  }
  brush(chart, M.l, W - M.r, M.t, H - M.b, (px) => t0 + ((px - M.l) / (W - M.l - M.r)) * (t1 - t0), zoomTo);
  clear(box).append(chart);
  await contextStrip("overview-strip", t0, t1);
  const total = data.periods.reduce((sum, p) => sum + p.events, 0);
  status(`${total} of ${state.summary.events} events in this range, by ${by}`);
}

function yAxis(max, y, left, right) {
  const group = svg("g", { class: "axis" });
  for (const tick of niceTicks(0, max, 5)) {
    group.append(svg("line", { x1: left, x2: right, y1: y(tick), y2: y(tick) }));
    group.append(svg("text", { x: left - 6, y: y(tick) + 4, "text-anchor": "end" }, tick));
  }
  return group;
}

function niceTicks(low, high, count) {
  const span = Math.max(high - low, 1);
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) || power * 10);
  const ticks = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks;
}

// -- timeline: the newest events of the window, height by Goldstein --------------------------

async function renderTimeline() {
  legend("timeline-legend");
  const box = document.getElementById("timeline-chart");
  const span = timeWindow();
  if (!span) {
    clear(document.getElementById("timeline-window"));
    clear(document.getElementById("timeline-strip"));
    return emptyChart(box, "No dated events match.");
  }
  const [t0, t1] = span;
  windowBar("timeline-window", t0, t1);
  const data = await api("/api/events", { ...windowFilters(t0, t1), order: "-event_date", limit: MAX_DOTS });
  const events = data.events.filter((e) => e.event_date);
  const W = 960, H = 380, M = { l: 48, r: 16, t: 16, b: 30 };
  const x = (t) => M.l + ((t - t0) / (t1 - t0)) * (W - M.l - M.r);
  const y = (g) => M.t + ((10 - g) / 20) * (H - M.t - M.b);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline" });
  const axis = svg("g", { class: "axis" });
  for (const g of [-10, -5, 0, 5, 10]) {
    axis.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(g), y2: y(g), class: g === 0 ? "zero" : "" }));
    axis.append(svg("text", { x: M.l - 6, y: y(g) + 4, "text-anchor": "end" }, g));
  }
  chart.append(axis, timeAxis(x, t0, t1, H - M.b, H - M.b));
  brush(chart, M.l, W - M.r, M.t, H - M.b, (px) => t0 + ((px - M.l) / (W - M.l - M.r)) * (t1 - t0), zoomTo);
  const dayWidth = x(t0 + DAY) - x(t0);
  events.slice().reverse().forEach((event, i) => {  // the newest drawn last, on top
    const jitter = ((i * 7919) % 11 - 5) * 0.9;
    const middle = dayOf(event.event_date) + DAY / 2;
    const dot = svg("circle", {
      cx: x(middle) + (dayWidth < 6 ? jitter : 0), cy: y(event.goldstein ?? 0) + jitter / 2, r: 5,
      fill: quadColor(event.quad_class), class: "dot", "data-event": event.id, "data-date": event.event_date,
      onclick: () => openEvent(event),
    });
    chart.append(titled(dot, `${eventDate(event)} ${actorName(event.source)} — ${event.cameo} ` +
      `${event.cameo_name} — ${actorName(event.target)}\n${event.evidence.sentence}`));
  });
  clear(box).append(chart);
  await contextStrip("timeline-strip", t0, t1);
  status(data.total > events.length
    ? `the newest ${events.length} of ${data.total} events in this range (zoom in for the rest)`
    : `${events.length} events in this range`);
}
