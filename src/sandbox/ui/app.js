// The sandbox's admin space in a browser: messages, threads, files and Adaptive Cards as a Webex client
// shows them, sent and read through the sandbox's Webex API as the person chosen at the top; the side
// panel drives the sandbox's control API. Plain DOM, no framework.
(() => {
  const $ = (id) => document.getElementById(id);
  const ui = {
    seed: null,
    person: null,
    roomId: null,
    parentId: null,
    /** messageId -> { el, signature } of what is on screen, so a refresh never rebuilds a card being filled in. */
    shown: new Map(),
    refreshing: false,
    again: false,
  };

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = window.renderMarkdown(text);
    result.didProcess = true;
  };
  const hostConfig = new AdaptiveCards.HostConfig(window.WEBEX_HOST_CONFIG);

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

  const nameOf = (personId) => {
    if (ui.seed.bot && personId === ui.seed.bot.id) return ui.seed.bot.displayName;
    const p = ui.seed.people.find((x) => x.id === personId);
    return p ? p.displayName : 'Someone';
  };
  const initials = (name) =>
    name
      .split(/\s+/)
      .slice(0, 2)
      .map((w) => w[0] || '')
      .join('')
      .toUpperCase();
  const timeOf = (iso) =>
    new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

  function renderCard(message, content) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = (action) => {
      if (!(action instanceof AdaptiveCards.SubmitAction)) return;
      const inputs = Object.assign({}, action.data || {});
      call('POST', '/v1/attachment/actions', { type: 'submit', messageId: message.id, inputs })
        .then(() => status(`"${action.title}" sent as ${ui.person.displayName}.`))
        .catch((error) => status(error.message, true));
    };
    card.parse(content);
    const host = document.createElement('div');
    host.className = 'card-host';
    host.appendChild(card.render());
    return host;
  }

  async function downloadFile(url) {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${ui.person.token}` } });
    if (!res.ok) throw new Error(`Download failed: ${res.status}`);
    const disposition = res.headers.get('content-disposition') || '';
    const name = (/filename="([^"]+)"/.exec(disposition) || [])[1] || 'file';
    const blob = await res.blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  }

  function fileButtons(message) {
    const box = document.createElement('div');
    box.className = 'files';
    for (const url of message.files || []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'file';
      button.dataset.testid = 'file';
      button.textContent = '⬇ file';
      fetch(url, { method: 'HEAD', headers: { Authorization: `Bearer ${ui.person.token}` } })
        .then((res) => {
          const name = (/filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '') || [])[1];
          if (name) button.textContent = `⬇ ${name}`;
        })
        .catch(() => undefined);
      button.addEventListener('click', () => downloadFile(url).catch((error) => status(error.message, true)));
      box.appendChild(button);
    }
    return box;
  }

  function messageElement(message, isTopLevel) {
    const fromBot = ui.seed.bot && message.personId === ui.seed.bot.id;
    const el = document.createElement('div');
    el.className = `message${fromBot ? ' from-bot' : ''}`;
    el.dataset.id = message.id;
    el.dataset.testid = fromBot ? 'bot-message' : 'message';
    const name = nameOf(message.personId);
    const avatar = document.createElement('div');
    avatar.className = `avatar${fromBot ? ' bot' : ''}`;
    avatar.textContent = initials(name);
    const body = document.createElement('div');
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.innerHTML = `<strong>${window.escapeHtml(name)}</strong>${timeOf(message.created)}${message.updated ? ' · edited' : ''}`;
    body.appendChild(meta);
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    const card = (message.attachments || []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    if (card) bubble.appendChild(renderCard(message, card.content));
    else bubble.innerHTML = window.renderMarkdown(message.markdown || message.text || '');
    if (message.files && message.files.length > 0) bubble.appendChild(fileButtons(message));
    body.appendChild(bubble);
    if (isTopLevel) {
      const actions = document.createElement('div');
      actions.className = 'actions';
      const reply = document.createElement('button');
      reply.type = 'button';
      reply.className = 'link';
      reply.textContent = 'Reply in thread';
      reply.addEventListener('click', () => {
        ui.parentId = message.id;
        $('replying').hidden = false;
        $('text').focus();
      });
      actions.appendChild(reply);
      body.appendChild(actions);
    }
    el.append(avatar, body);
    return el;
  }

  const signature = (m) =>
    JSON.stringify([m.markdown, m.text, m.updated, (m.files || []).length, (m.attachments || []).length]);

  /** Puts the messages on screen: new ones appended, edited ones redrawn, the rest left as they are. */
  function showMessages(items) {
    const box = $('messages');
    const chronological = items.slice().sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
    const ids = new Set(chronological.map((m) => m.id));
    for (const [id, entry] of ui.shown) {
      if (!ids.has(id)) {
        (entry.conversation || entry.el).remove();
        ui.shown.delete(id);
      }
    }
    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 120;
    for (const m of chronological) {
      const top = !m.parentId;
      const existing = ui.shown.get(m.id);
      if (existing && existing.signature === signature(m)) continue;
      const el = messageElement(m, top);
      if (existing) {
        existing.el.replaceWith(el);
        existing.el = el;
        existing.signature = signature(m);
        continue;
      }
      if (top) {
        const conversation = document.createElement('div');
        conversation.className = 'conversation';
        const thread = document.createElement('div');
        thread.className = 'thread';
        conversation.append(el, thread);
        box.appendChild(conversation);
        ui.shown.set(m.id, { el, conversation, thread, signature: signature(m) });
      } else {
        const parent = ui.shown.get(m.parentId);
        (parent ? parent.thread : box).appendChild(el);
        ui.shown.set(m.id, { el, signature: signature(m) });
      }
    }
    const empty = box.querySelector('.empty');
    if (chronological.length === 0 && !empty)
      box.innerHTML = '<p class="empty">No messages yet: say <code>help</code>.</p>';
    if (chronological.length > 0 && empty) empty.remove();
    if (nearBottom) box.scrollTop = box.scrollHeight;
  }

  function ccCell(person) {
    const cc = person.contactCenter;
    if (!cc) return '<span class="cc-missing">not in the Contact Center</span>';
    const ok = cc.contactCenterEnabled && cc.active;
    const profile = cc.userProfileType ? cc.userProfileType.replace('_', ' ').toLowerCase() : 'no profile';
    return ok
      ? `<span class="cc-synced">enabled, ${window.escapeHtml(profile)}</span>`
      : `<span class="cc-invalid">Invalid: ${cc.contactCenterEnabled ? 'inactive' : 'not enabled'}</span>`;
  }

  function showUsers(state) {
    const rows = state.people.map((p) => {
      const licenses = p.licenses
        .filter((l) => /contact center/i.test(l))
        .map((l) => l.replace(/^Contact center /i, 'CC '));
      const roles = p.roles.length > 0 ? ` · ${p.roles.join(', ')}` : '';
      return `<tr data-email="${window.escapeHtml(p.email)}"><td>${window.escapeHtml(p.email)}</td><td>${window.escapeHtml(licenses.join(', ') || 'no CC license')}${window.escapeHtml(roles)}</td><td>${ccCell(p)}</td></tr>`;
    });
    $('users').innerHTML = rows.join('');
    const select = $('invalid-email');
    const chosen = select.value;
    select.innerHTML = state.people
      .map((p) => `<option value="${window.escapeHtml(p.email)}">${window.escapeHtml(p.email)}</option>`)
      .join('');
    if (chosen) select.value = chosen;
  }

  async function refresh() {
    if (ui.refreshing) {
      ui.again = true;
      return;
    }
    ui.refreshing = true;
    try {
      const [messages, state] = await Promise.all([
        call('GET', `/v1/messages?roomId=${encodeURIComponent(ui.roomId)}&max=200`),
        call('GET', '/sandbox/state', undefined, { control: true }),
      ]);
      showMessages(messages.items);
      showUsers(state);
    } catch (error) {
      status(error.message, true);
    } finally {
      ui.refreshing = false;
      if (ui.again) {
        ui.again = false;
        void refresh();
      }
    }
  }

  function resetScreen() {
    ui.shown.clear();
    $('messages').innerHTML = '';
    ui.parentId = null;
    $('replying').hidden = true;
  }

  async function loadSeed() {
    ui.seed = await call('GET', '/sandbox/seed', undefined, { control: true });
    const people = $('person');
    const previous = ui.person?.email;
    people.innerHTML = ui.seed.people
      .map(
        (p) =>
          `<option value="${window.escapeHtml(p.email)}">${window.escapeHtml(p.displayName)} (${window.escapeHtml(p.roles.length > 0 ? p.roles.join(', ') : 'not an administrator')})</option>`,
      )
      .join('');
    const admin = ui.seed.people.find((p) => p.roles.includes('Full Administrator')) || ui.seed.people[0];
    people.value = previous && ui.seed.people.some((p) => p.email === previous) ? previous : admin.email;
    ui.person = ui.seed.people.find((p) => p.email === people.value);
    const rooms = $('room');
    rooms.innerHTML = ui.seed.rooms
      .map((r) => `<option value="${window.escapeHtml(r.id)}">${window.escapeHtml(r.title)}</option>`)
      .join('');
    rooms.value = ui.roomId && ui.seed.rooms.some((r) => r.id === ui.roomId) ? ui.roomId : ui.seed.adminSpaceId;
    ui.roomId = rooms.value;
    $('mention').textContent = `@${ui.seed.bot.displayName}`;
  }

  const mention = () => `<@personId:${ui.seed.bot.id}|${ui.seed.bot.displayName}>`;

  async function send(event) {
    event.preventDefault();
    const text = $('text').value.trim();
    if (!text) return;
    $('text').value = '';
    const body = { roomId: ui.roomId, markdown: `${mention()} ${text}` };
    if (ui.parentId) body.parentId = ui.parentId;
    try {
      await call('POST', '/v1/messages', body);
      status(`Sent as ${ui.person.displayName}.`);
    } catch (error) {
      status(error.message, true);
    }
    void refresh();
  }

  async function upload() {
    const file = $('file').files[0];
    if (!file) return;
    const form = new FormData();
    form.set('roomId', ui.roomId);
    form.set('markdown', `${mention()} import`);
    if (ui.parentId) form.set('parentId', ui.parentId);
    form.set('files', file, file.name);
    try {
      await call('POST', '/v1/messages', form);
      status(`${file.name} uploaded as ${ui.person.displayName}.`);
    } catch (error) {
      status(error.message, true);
    }
    $('file').value = '';
    void refresh();
  }

  async function control(method, path, body, done) {
    try {
      await call(method, path, body, { control: true });
      status(done);
    } catch (error) {
      status(error.message, true);
    }
    void refresh();
  }

  function wire() {
    $('composer').addEventListener('submit', send);
    $('file').addEventListener('change', upload);
    $('cancel-reply').addEventListener('click', () => {
      ui.parentId = null;
      $('replying').hidden = true;
    });
    $('person').addEventListener('change', () => {
      ui.person = ui.seed.people.find((p) => p.email === $('person').value);
      resetScreen();
      status(`Acting as ${ui.person.displayName}.`);
      void refresh();
    });
    $('room').addEventListener('change', () => {
      ui.roomId = $('room').value;
      resetScreen();
      void refresh();
    });
    $('faults').addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData($('faults'));
      const faults = {};
      for (const [key, value] of data.entries()) faults[key] = Number(value);
      void control('PUT', '/sandbox/faults', faults, 'Faults applied.');
    });
    $('clear-faults').addEventListener(
      'click',
      () => void control('DELETE', '/sandbox/faults', undefined, 'No faults.'),
    );
    $('synchronize').addEventListener(
      'click',
      () => void control('POST', '/sandbox/contact-center/synchronize', undefined, 'Synchronize Users pressed.'),
    );
    $('sync-delay').addEventListener(
      'change',
      () =>
        void control(
          'PUT',
          '/sandbox/contact-center/settings',
          { syncDelayMs: Number($('sync-delay').value) },
          'Synchronisation delay set.',
        ),
    );
    $('invalid-apply').addEventListener('click', () => {
      const email = $('invalid-email').value;
      const mode = $('invalid-mode').value;
      void control(
        'PUT',
        '/sandbox/contact-center/invalid',
        { email, mode },
        mode === 'off' ? `${email} fixed.` : `${email} comes out Invalid ${mode === 'once' ? 'once' : 'until fixed'}.`,
      );
    });
    $('reset').addEventListener('click', async () => {
      await control(
        'POST',
        '/sandbox/reset?keepWebhooks=true',
        {},
        'Back to the default seed (the bot keeps listening).',
      );
      await loadSeed();
      resetScreen();
      void refresh();
    });
    // Live: the sandbox says when something changed; a slow poll covers a lost connection.
    const events = new EventSource('/sandbox/events');
    events.addEventListener('change', () => void refresh());
    setInterval(() => void refresh(), 5000);
  }

  loadSeed()
    .then(() => {
      wire();
      return refresh();
    })
    .catch((error) => status(error.message, true));
})();
