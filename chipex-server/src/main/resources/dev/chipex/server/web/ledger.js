// Ledger balances and journal history for the signed-in key: what GET /api/v1/ledger/accounts and
// /history return for its role (an exporter sees its company's; a regulator everything).
(() => {
  const {api, el, h100e, showProblem, signIn} = chipex;

  async function load() {
    const balances = document.getElementById("balances");
    const history = document.getElementById("history");
    try {
      const accounts = await api("/api/v1/ledger/accounts");
      balances.replaceChildren(accounts.length ? el("table", {id: "balances-table"},
        el("tr", {}, ["account", "capacity", "committed", "reserved", "available"].map((h, i) =>
          el("th", i ? {class: "num"} : {}, h))),
        accounts.map(a => el("tr", {"data-account": a.account}, el("td", {}, a.account),
          [a.capacityTpp, a.committedTpp, a.reservedTpp].map(n => el("td", {class: "num"}, n.toLocaleString() + " TPP")),
          el("td", {class: "num"}, h100e(a.availableH100e)))))
        : el("p", {class: "muted"}, "no accounts this key may see"));
      const journal = await api("/api/v1/ledger/history?limit=1000");
      const entries = journal.entries.slice(-100).reverse();
      history.replaceChildren(entries.length ? el("table", {id: "history-table"},
        el("tr", {}, ["#", "when", "what", "account", "TPP", "by"].map(h => el("th", {}, h))),
        entries.map(e => el("tr", {}, el("td", {}, String(e.sequence)), el("td", {}, e.recordedAt.replace("T", " ").slice(0, 19)),
          el("td", {}, e.type), el("td", {}, e.account), el("td", {class: "num"}, e.amountTpp.toLocaleString()),
          el("td", {}, e.actor))))
        : el("p", {class: "muted"}, "no journal entries this key may see"));
    } catch (e) {
      showProblem(balances, e);
      history.replaceChildren(el("span", {class: "muted"}, "the ledger is shown to exporter and regulator keys"));
    }
  }

  signIn(load);
})();
