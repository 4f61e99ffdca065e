// The check form: POST /api/v1/check and show the determination with its explanation, citations and trace.
(() => {
  const {api, el, showProblem, signIn, regimeOptions} = chipex;
  const form = document.getElementById("check-form");
  const result = document.getElementById("result");

  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = {};
    new FormData(form).forEach((value, name) => {
      if (String(value).trim() !== "") body[name] = name === "quantity" ? Number(value) : String(value).trim();
    });
    try {
      show(await api("/api/v1/check", {method: "POST", body: JSON.stringify(body)}));
    } catch (e) {
      showProblem(result, e);
    }
  });

  function show(d) {
    const row = (name, value) => el("tr", {}, el("th", {}, name), el("td", {}, value ?? "—"));
    result.replaceChildren(
      el("div", {class: "outcome " + d.outcome, id: "outcome"}, d.outcome.replace("_", " ")),
      el("p", {id: "explanation"}, d.explanation),
      el("table", {}, row("exception", d.exception), row("review policy", d.policy), row("control", d.control),
        row("citation", d.citation), row("item", d.item.name + " — " + d.item.eccn + ", "
          + Math.round(d.item.totalH100e).toLocaleString() + " H100e"),
        row("tiers", Object.entries(d.tiers).map(([k, v]) => k + ": " + v).join(", "))),
      el("h4", {}, "Quota"),
      d.debits.length || d.onApproval
        ? el("table", {}, d.debits.concat(d.onApproval ? [d.onApproval] : []).map(q => el("tr", {},
          el("td", {}, q.account), el("td", {}, q.amountTpp.toLocaleString() + " TPP"),
          el("td", {}, q.balanceAfterTpp.toLocaleString() + " TPP left of " + q.capacityTpp.toLocaleString()))))
        : el("p", {class: "muted"}, "no quota drawn"),
      d.duties.length ? el("div", {}, el("h4", {}, "Duties"), el("ul", {}, d.duties.map(x => el("li", {}, x)))) : "",
      el("h4", {}, "Rules consulted"),
      el("ol", {class: "trace"}, d.trace.map(s => el("li", {class: s.applied ? "applied" : ""},
        s.rule + " (" + s.kind + "): " + s.reason))));
  }

  signIn(() => regimeOptions(document.getElementById("regime"), "ai-diffusion-2025"));
})();
