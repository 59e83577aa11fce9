// The map: event places on the packaged world outline (equirectangular). Wheel or buttons
// zoom, dragging pans; circles keep their size on screen, so zooming separates them.
// A place's events are listed newest first.
"use strict";

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
    chart.append(titled(svg("path", { d, class: "land", "fill-rule": "evenodd", "vector-effect": "non-scaling-stroke",
      "data-iso3": feature.properties.iso3 || "" }), feature.properties.name));
  }
  const max = Math.max(1, ...data.places.map((p) => p.events));
  const dots = [];
  for (const place of data.places) {
    const [cx, cy] = project([place.lon, place.lat]);
    const share = place.events ? (place.cooperation - place.conflict) / place.events : 0;
    const r = 3 + 12 * Math.sqrt(place.events / max);
    const dot = svg("circle", { cx, cy, r, class: "place", "vector-effect": "non-scaling-stroke",
      fill: goldsteinColor(share * 10), "data-place": place.name, onclick: () => showPlace(place) });
    dots.push([dot, r]);
    chart.append(titled(dot, `${place.name} (${place.country || "?"}): ${place.events} events, ` +
      `${place.cooperation} cooperation, ${place.conflict} conflict`));
  }
  clear(box).append(chart);
  zoomable(chart, W, H, document.getElementById("map-zoom"), (k) => {
    for (const [dot, r] of dots) dot.setAttribute("r", r / k);
  });
  status(`${data.places.length} places`);
}

async function showPlace(place) {
  const d = 0.01;
  const bbox = [place.lon - d, place.lat - d, place.lon + d, place.lat + d].map((v) =>
    Math.max(-180, Math.min(180, v)).toFixed(4)).join(",");
  const data = await api("/api/events", { ...state.filters, bbox, order: "-event_date", limit: 500 });
  const events = data.events.filter((e) => e.place?.name === place.name);
  panel("map-panel", `${place.name}${place.country ? ` (${place.country})` : ""}`, events);
}
