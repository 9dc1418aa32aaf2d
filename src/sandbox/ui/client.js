// Shared by the page's scripts: what is chosen on screen, the status line, and the calls to the sandbox.
(() => {
  const $ = (id) => document.getElementById(id);
  const ui = {
    seed: null,
    person: null,
    roomId: null,
    /** The organisation the panel shows (its key). */
    org: null,
    parentId: null,
    /** messageId -> { el, signature } of what is on screen, so a refresh never rebuilds a card being filled in. */
    shown: new Map(),
    refreshing: false,
    again: false,
  };

  function status(text, isError) {
    const el = $('status');
    el.textContent = text;
    el.style.color = isError ? 'var(--danger)' : '';
  }

  /** A call to the sandbox's Webex API as the chosen person (or to its control API without a token). */
  async function call(method, path, body, options = {}) {
    const headers = {};
    if (!options.control) headers.Authorization = `Bearer ${ui.person.token}`;
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(path, { method, headers, body: payload });
    const text = await res.text();
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${parsed?.message ? parsed.message : ''}`);
    return parsed;
  }

  window.sandboxPage = { ui, $, status, call };
})();
