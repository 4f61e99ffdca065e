// The comparison dashboard: starts a compare job, polls its progress, then shows the side-by-side
// table from the job's JSON result and the simulator's own HTML report (its ECharts charts and tile map).
(() => {
  const {api, text, el, showProblem, signIn} = chipex;
  const METRICS = [["shippedH100e", "shipped (H100e)"], ["blockedH100e", "blocked (H100e)"],
    ["licenseApplications", "license applications"], ["controlShare", "Tier 1 control share"],
    ["diversionH100e", "diversion (H100e)"], ["exportRevenueUsd", "export revenue (USD)"],
    ["foreignDemandServedShare", "foreign demand served"], ["leverageH100e", "leverage (H100e)"],
    ["competitorShare", "competitor share"]];
  const status = document.getElementById("job-status");
  const progress = document.getElementById("job-progress");

  async function regimes() {
    const all = await api("/api/v1/regimes");
    document.getElementById("regimes").replaceChildren(...all.map(r => el("label", {class: "inline"},
      Object.assign(el("input", {type: "checkbox", value: r.id, name: "regime"}),
        {checked: ["pre-2025", "ai-diffusion-2025", "option-2-us-monopoly"].includes(r.id)}), r.id)));
  }

  document.getElementById("compare-form").addEventListener("submit", async ev => {
    ev.preventDefault();
    const chosen = [...document.querySelectorAll("#regimes input:checked")].map(i => i.value);
    const body = {regimes: chosen, runs: Number(document.getElementById("runs").value),
      seed: Number(document.getElementById("seed").value)};
    const target = document.getElementById("comparison");
    try {
      const job = await api("/api/v1/compare", {method: "POST", body: JSON.stringify(body),
        headers: {"Idempotency-Key": crypto.randomUUID()}});
      await poll(job.id, target);
    } catch (e) {
      showProblem(target, e);
    }
  });

  async function poll(id, target) {
    progress.hidden = false;
    for (;;) {
      const job = await api("/api/v1/jobs/" + id);
      progress.value = job.progress;
      status.textContent = "job " + job.id + ": " + job.status + " (" + Math.round(job.progress * 100) + "% of runs)";
      status.dataset.status = job.status;
      if (job.status === "done") return show(job, target);
      if (job.status === "failed") throw new Error(job.error);
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }

  async function show(job, target) {
    const result = await api(job.result);
    const fmt = (v, name) => v === undefined ? "—" : name.endsWith("Share")
      ? (v * 100).toFixed(1) + "%" : Math.round(v).toLocaleString();
    target.replaceChildren(el("table", {id: "comparison-table"},
      el("tr", {}, el("th", {}, "metric (median of " + result.runs + " runs)"),
        result.regimes.map(r => el("th", {class: "num"}, r.regime))),
      METRICS.map(([name, label]) => el("tr", {"data-metric": name}, el("td", {}, label),
        result.regimes.map(r => el("td", {class: "num"}, fmt(r[name], name)))))),
      el("p", {class: "muted"}, result.dataset.attribution + " (" + result.dataset.license + ")"));
    const frame = document.getElementById("report-frame");
    frame.srcdoc = await text(job.report);
    frame.hidden = false;
  }

  signIn(regimes);
})();
