// Shared by the pages: the API key (kept for this browser tab only), API calls and problem display.
const chipex = (() => {
  const KEY = "chipex.apiKey";

  function key() {
    return sessionStorage.getItem(KEY) || "";
  }

  async function api(path, options = {}) {
    const headers = Object.assign({"Accept": "application/json"}, options.headers || {});
    if (key()) headers["Authorization"] = "Bearer " + key();
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, Object.assign({}, options, {headers}));
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.detail || response.statusText);
      error.problem = body;
      throw error;
    }
    return body;
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? "")));
    return node;
  }

  function showProblem(target, error) {
    const problem = error.problem || {detail: error.message, errors: []};
    target.replaceChildren(el("div", {class: "problems", id: "problems"},
      el("strong", {}, (problem.status ? problem.status + " " : "") + (problem.title || "Error") + ": "),
      problem.detail || "",
      el("ul", {}, (problem.errors || []).map(e => el("li", {}, e.path ? e.path + ": " + e.message : e.message)))));
  }

  async function signIn(onReady) {
    const input = document.getElementById("api-key");
    const status = document.getElementById("who");
    input.value = key();
    async function refresh() {
      if (!key()) {
        status.textContent = "not signed in: paste an API key";
        return;
      }
      try {
        const me = await api("/api/v1/me");
        status.textContent = me.name + " (" + me.role + (me.company ? ", " + me.company : "") + ")";
        status.dataset.role = me.role;
        if (onReady) await onReady();
      } catch (e) {
        status.textContent = e.message;
      }
    }
    document.getElementById("signin").addEventListener("submit", ev => {
      ev.preventDefault();
      sessionStorage.setItem(KEY, input.value.trim());
      refresh();
    });
    await refresh();
  }

  /** A non-JSON resource (the HTML report) fetched with the key. */
  async function text(path) {
    const response = await fetch(path, {headers: key() ? {"Authorization": "Bearer " + key()} : {}});
    if (!response.ok) {
      const error = new Error(response.statusText);
      error.problem = await response.json().catch(() => ({}));
      throw error;
    }
    return response.text();
  }

  const h100e = n => Math.round(n).toLocaleString() + " H100e";

  async function regimeOptions(select, preferred) {
    const regimes = await api("/api/v1/regimes");
    select.replaceChildren(...regimes.map(r => el("option", {value: r.id}, r.id + " — " + r.title)));
    if (regimes.some(r => r.id === preferred)) select.value = preferred;
    return regimes;
  }

  return {api, text, el, h100e, showProblem, signIn, regimeOptions};
})();
