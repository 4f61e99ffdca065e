// The check form: POST /api/v1/check and show the determination with its explanation, citations and trace.
(() => {
  const {api, el, showProblem, signIn, regimeOptions} = chipex;
  const form = document.getElementById("check-form");
  const result = document.getElementById("result");

  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = {};
    new FormData(form).forEach((value, name) => {
      if (name === "commit") body.commit = true;
      else if (String(value).trim() !== "") body[name] = name === "quantity" ? Number(value) : String(value).trim();
    });
    // A new key per submission: a network retry of this request would reuse it and record nothing twice.
    const headers = body.commit ? {"Idempotency-Key": crypto.randomUUID()} : {};
    try {
      show(await api("/api/v1/check", {method: "POST", body: JSON.stringify(body), headers}));
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
          + Math.round(d.item.h100Equivalents).toLocaleString() + " H100e"),
        row("tiers", Object.entries(d.tiers).map(([k, v]) => k + ": " + v).join(", "))),
      el("h4", {}, "Quota"),
      d.debits.length
        ? el("table", {}, d.debits.map(q => el("tr", {},
          el("td", {}, q.account), el("td", {}, q.when), el("td", {}, q.amountTpp.toLocaleString() + " TPP"),
          el("td", {}, q.balanceAfterTpp.toLocaleString() + " TPP left of " + q.capacityTpp.toLocaleString()))))
        : el("p", {class: "muted"}, "no quota drawn"),
      d.recorded ? el("p", {id: "recorded"}, "Recorded in the ledger: " + d.recorded.entries.length
        + " journal entries (" + d.recorded.entries.map(e => e.type + " " + e.account).join("; ") + ")") : "",
      d.duties.length ? el("div", {}, el("h4", {}, "Duties"), el("ul", {}, d.duties.map(x => el("li", {}, x)))) : "",
      el("h4", {}, "Rules consulted"),
      el("ol", {class: "trace"}, d.trace.map(s => el("li", {class: s.applied ? "applied" : ""},
        s.rule + " (" + s.kind + "): " + s.reason))));
  }

  signIn(() => regimeOptions(document.getElementById("regime"), "us-enforced"));
})();
