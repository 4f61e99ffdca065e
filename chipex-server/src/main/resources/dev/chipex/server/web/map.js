// The world map of tiers: world-atlas shapes keyed by ISO numeric code, coloured by /api/v1/tiers.
(() => {
  const {api, el, showProblem, signIn, regimeOptions} = chipex;
  const svg = d3.select("#map");
  const colours = ["#2a9d8f", "#e9c46a", "#e76f51", "#8d99ae", "#6d597a"];
  let world = null;
  let alpha2ByNumeric = {};

  async function load() {
    await regimeOptions(document.getElementById("regime"), "ai-diffusion-2025");
    world = world || await (await fetch("/vendor/world-atlas-countries-110m.json")).json();
    const countries = await api("/api/v1/countries");
    alpha2ByNumeric = Object.fromEntries(countries.filter(c => c.numeric).map(c => [c.numeric.padStart(3, "0"), c.code]));
    await draw();
  }

  async function draw() {
    const regime = document.getElementById("regime").value;
    const date = document.getElementById("date").value;
    const detail = document.getElementById("country-detail");
    let tiers;
    try {
      tiers = await api(`/api/v1/tiers?regime=${encodeURIComponent(regime)}&date=${encodeURIComponent(date)}`);
    } catch (e) {
      showProblem(detail, e);
      return;
    }
    const colour = tier => tier ? colours[tiers.tiers.indexOf(tier) % colours.length] : "#c9ced6";
    const legend = document.getElementById("legend");
    legend.replaceChildren(...(tiers.tiers.length ? tiers.tiers : ["no tiers in this regime"]).map(t =>
      el("span", {style: "background:" + colour(tiers.tiers.includes(t) ? t : null)}, ""))
      .flatMap((swatch, i) => [swatch, (tiers.tiers[i] || "no tiers in this regime")]));
    const features = topojson.feature(world, world.objects.countries).features;
    const path = d3.geoPath(d3.geoNaturalEarth1().fitSize([960, 500], {type: "Sphere"}));
    svg.selectAll("path").data(features).join("path")
      .attr("d", path)
      .attr("data-code", f => alpha2ByNumeric[f.id] || "")
      .attr("data-tier", f => tiers.countries[alpha2ByNumeric[f.id]] || "")
      .attr("fill", f => colour(tiers.countries[alpha2ByNumeric[f.id]]))
      .on("click", (event, f) => showCountry(alpha2ByNumeric[f.id], regime, date))
      .selectAll("title").data(f => [f]).join("title")
      .text(f => f.properties.name + (tiers.countries[alpha2ByNumeric[f.id]] ? ": " + tiers.countries[alpha2ByNumeric[f.id]] : ""));
    svg.attr("data-rendered", features.length).attr("data-regime", regime);
  }

  async function showCountry(code, regime, date) {
    const detail = document.getElementById("country-detail");
    if (!code) {
      detail.replaceChildren(el("span", {class: "muted"}, "no ISO code for this shape"));
      return;
    }
    try {
      const c = await api(`/api/v1/countries/${code}?regime=${encodeURIComponent(regime)}&date=${encodeURIComponent(date)}`);
      const r = c.regime;
      const balances = await countryBalances(code);
      detail.replaceChildren(
        el("h3", {id: "country-name"}, c.name + " (" + c.code + ")"),
        el("p", {}, "Tier: ", el("strong", {id: "country-tier"}, r.tier || "none")),
        el("p", {}, "EAR groups: " + (c.earGroups.join(", ") || "none")),
        el("p", {}, "Regime groups: " + (r.groups.join(", ") || "none")),
        el("h4", {}, "Caps"),
        r.caps.length ? el("table", {}, el("tr", {}, el("th", {}, "allocation"), el("th", {}, "period"), el("th", {}, "H100e")),
          r.caps.map(cap => el("tr", {}, el("td", {}, cap.allocation), el("td", {}, cap.period),
            el("td", {}, cap.capacityH100e.toLocaleString()))))
          : el("p", {class: "muted"}, "no allocation caps on this date"),
        el("h4", {}, "Current balances (ledger)"), balances);
    } catch (e) {
      showProblem(detail, e);
    }
  }

  // The country's allocation accounts as the ledger holds them now.
  async function countryBalances(code) {
    try {
      const accounts = await api(`/api/v1/ledger/accounts?kind=COUNTRY_ALLOCATION&holder=${code}`);
      if (!accounts.length) return el("p", {class: "muted", id: "country-balances"}, "no account for " + code + " in the ledger yet");
      return el("table", {id: "country-balances"},
        el("tr", {}, el("th", {}, "account"), el("th", {class: "num"}, "available"), el("th", {class: "num"}, "capacity")),
        accounts.map(a => el("tr", {}, el("td", {}, a.account), el("td", {class: "num"}, chipex.h100e(a.availableH100e)),
          el("td", {class: "num"}, chipex.h100e(a.capacityH100e)))));
    } catch (e) {
      return el("p", {class: "muted", id: "country-balances"}, e.problem && e.problem.status === 403
        ? "balances are shown to exporter and regulator keys" : e.message);
    }
  }

  document.getElementById("show").addEventListener("click", draw);
  signIn(load);
})();
