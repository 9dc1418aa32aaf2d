// The sandbox's admin space in a browser: the person and space chosen at the top, the composer, and the
// side panel that drives the sandbox's control API (users, faults, Contact Center). Plain DOM, no framework.
(() => {
  const { ui, $, status, call, showMessages } = window.sandboxPage;

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
