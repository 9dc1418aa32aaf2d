// The sandbox's admin space in a browser: the person and space chosen at the top, the composer, and the
// side panel that drives the sandbox's control API (users, faults, Contact Center). Plain DOM, no framework.
(() => {
  const { ui, $, status, call, showMessages } = window.sandboxPage;

  const esc = (text) => window.escapeHtml(String(text));
  /** The control API path for the organisation chosen in the panel (acme, the first, needs no parameter). */
  const forOrg = (path) => {
    const org = ui.org && ui.seed && ui.org !== ui.seed.organizations[0]?.key ? ui.org : undefined;
    return org ? `${path}${path.includes('?') ? '&' : '?'}org=${encodeURIComponent(org)}` : path;
  };
  const profileLabel = (type) => (type ? type.replaceAll('_', ' ').toLowerCase() : 'no profile');

  /** The person's Contact Center user: its state, profile type and agent settings, by name. */
  function ccCell(person) {
    const cc = person.contactCenter;
    if (!cc) {
      return person.syncFailed
        ? '<span class="cc-invalid">Invalid: the last synchronisation left them out</span>'
        : '<span class="cc-missing">not in the Contact Center</span>';
    }
    const agent = cc.agent;
    const profile = profileLabel(agent.profileType);
    let status;
    if (person.syncFailed && !agent.enabled) status = '<span class="cc-invalid">Invalid: not enabled</span>';
    else if (person.syncFailed) status = '<span class="cc-invalid">Invalid: the last synchronisation failed</span>';
    else if (!agent.active) status = `<span class="cc-missing">inactive (no license), ${esc(profile)}</span>`;
    else if (agent.enabled) status = `<span class="cc-synced">enabled, ${esc(profile)}</span>`;
    else status = `<span class="cc-todo">disabled, ${esc(profile)}</span>`;
    if (agent.profileType === 'ADMINISTRATOR_ONLY') return status;
    const settings = [
      `site: ${agent.site ?? 'none'}`,
      `teams: ${agent.teams.length > 0 ? agent.teams.join(', ') : 'none'}`,
      `desktop profile: ${agent.desktopProfile ?? 'none'}`,
    ];
    if (agent.multimediaProfile) settings.push(`multimedia: ${agent.multimediaProfile}`);
    if (agent.skillProfile) settings.push(`skills: ${agent.skillProfile}`);
    return `${status}<div class="cc-settings" data-testid="agent-settings">${esc(settings.join(' · '))}</div>`;
  }

  /** A select's options, keeping what was chosen. */
  function fillSelect(id, options) {
    const select = $(id);
    const chosen = select.value;
    select.innerHTML = options.map(([value, label]) => `<option value="${esc(value)}">${esc(label)}</option>`).join('');
    if (chosen && options.some(([value]) => value === chosen)) select.value = chosen;
  }

  function showConfiguration(cc) {
    const teamsOf = (site) =>
      cc.teams
        .filter((t) => t.site === site.name)
        .map(
          (t) =>
            `${esc(t.name)}${t.teamType === 'CAPACITY' ? ' <span class="subtle-text">(capacity-based)</span>' : ''}`,
        )
        .join(', ') || 'no team';
    const list = (items) => (items.length > 0 ? items.map((i) => esc(i.name)).join(', ') : 'none');
    $('cc-config').innerHTML = [
      ...cc.sites.map((site) => `<div><strong>${esc(site.name)}</strong>: ${teamsOf(site)}</div>`),
      `<div><strong>Desktop profiles</strong>: ${list(cc.desktopProfiles)}</div>`,
      `<div><strong>Multimedia profiles</strong>: ${list(cc.multimediaProfiles)}</div>`,
      `<div><strong>Skill profiles</strong>: ${list(cc.skillProfiles)}</div>`,
    ].join('');
    fillSelect(
      'cc-site',
      cc.sites.map((site) => [site.id, site.name]),
    );
    if (document.activeElement !== $('agents-arrive')) $('agents-arrive').value = cc.agentsArrive;
  }

  function showUsers(state) {
    const rows = state.people.map((p) => {
      const licenses = p.licenses
        .filter((l) => /contact center/i.test(l))
        .map(
          (l) => l.replace(/^Contact center /i, 'CC ') + (p.supervisor && /premium/i.test(l) ? ' - Supervisor' : ''),
        );
      const roles = p.roles.length > 0 ? ` · ${p.roles.join(', ')}` : '';
      // An address may break before its @ on a narrow screen, not in the middle of a word.
      const email = esc(p.email).replace('@', '<wbr>@');
      const who = p.displayName
        ? `${esc(p.displayName)}<div class="subtle-text">${email}</div>`
        : `${email}<div class="subtle-text">no name</div>`;
      return `<tr data-email="${esc(p.email)}"><td>${who}</td><td>${esc(licenses.join(', ') || 'no CC license')}${esc(roles)}</td><td>${ccCell(p)}</td></tr>`;
    });
    $('users').innerHTML = rows.join('');
    const everyone = state.people.map((p) => [p.email, p.email]);
    fillSelect('invalid-email', everyone);
    fillSelect('supervisor-email', everyone);
    showConfiguration(state.contactCenter);
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
        call('GET', forOrg('/sandbox/state'), undefined, { control: true }),
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

  /** Everyone the page can act as: the people of every organisation (the first one's first). */
  const everyone = () => ui.seed.organizations.flatMap((o) => o.people);
  const personByEmail = (email) => everyone().find((p) => p.email === email);
  const organizationName = (key) => ui.seed.organizations.find((o) => o.key === key)?.name ?? 'Other spaces';

  /** Options grouped by organisation: `groups` is [[label, [[value, text], ...]], ...]. */
  const groupedOptions = (groups) =>
    groups
      .filter(([, options]) => options.length > 0)
      .map(
        ([label, options]) =>
          `<optgroup label="${esc(label)}">${options.map(([value, text]) => `<option value="${esc(value)}">${esc(text)}</option>`).join('')}</optgroup>`,
      )
      .join('');

  /** The spaces to choose from: every seeded space, grouped by the organisation whose space it is. */
  function fillRooms() {
    const keys = [...ui.seed.organizations.map((o) => o.key), undefined];
    const mine = (room) => room.members.includes(ui.person.email);
    $('room').innerHTML = groupedOptions(
      keys.map((key) => [
        organizationName(key),
        ui.seed.rooms
          .filter((r) => r.organization === key)
          .map((r) => [r.id, mine(r) ? r.title : `${r.title} (not a member)`]),
      ]),
    );
    $('room').value = ui.roomId;
  }

  /** A person who is not in the space shown moves to a space they are in (their organisation's first). */
  function roomFor(person) {
    const current = ui.seed.rooms.find((r) => r.id === ui.roomId);
    if (!current || current.members.includes(person.email)) return ui.roomId;
    const theirs = ui.seed.rooms.filter((r) => r.members.includes(person.email));
    const org = ui.seed.organizations.find((o) => o.people.some((p) => p.email === person.email));
    return (theirs.find((r) => r.id === org?.adminSpaceId) ?? theirs[0] ?? current).id;
  }

  async function loadSeed() {
    ui.seed = await call('GET', '/sandbox/seed', undefined, { control: true });
    const people = $('person');
    const previous = ui.person?.email;
    people.innerHTML = groupedOptions(
      ui.seed.organizations.map((o) => [
        o.name,
        o.people.map((p) => [
          p.email,
          `${p.displayName} (${p.roles.length > 0 ? p.roles.join(', ') : 'not an administrator'})`,
        ]),
      ]),
    );
    const admin = ui.seed.people.find((p) => p.roles.includes('Full Administrator')) || ui.seed.people[0];
    people.value = previous && personByEmail(previous) ? previous : admin.email;
    ui.person = personByEmail(people.value);
    ui.roomId = ui.roomId && ui.seed.rooms.some((r) => r.id === ui.roomId) ? ui.roomId : ui.seed.adminSpaceId;
    fillRooms();
    fillSelect(
      'org',
      ui.seed.organizations.map((o) => [o.key, o.name]),
    );
    ui.org = $('org').value;
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

  /** A call to the control API; says how it went on the status line, and whether it worked. */
  async function control(method, path, body, done) {
    let ok = false;
    try {
      await call(method, path, body, { control: true });
      status(done);
      ok = true;
    } catch (error) {
      status(error.message, true);
    }
    void refresh();
    return ok;
  }

  /** The top bar wraps at phone width; the space takes the rest of the first screen (style.css). */
  function measureTopbar() {
    const bar = document.querySelector('.topbar');
    const set = () => document.documentElement.style.setProperty('--topbar-height', `${bar.offsetHeight}px`);
    set();
    new ResizeObserver(set).observe(bar);
  }

  function wire() {
    measureTopbar();
    $('composer').addEventListener('submit', send);
    $('file').addEventListener('change', upload);
    $('cancel-reply').addEventListener('click', () => {
      ui.parentId = null;
      $('replying').hidden = true;
    });
    $('person').addEventListener('change', () => {
      ui.person = personByEmail($('person').value);
      ui.roomId = roomFor(ui.person);
      fillRooms();
      resetScreen();
      status(`Acting as ${ui.person.displayName}.`);
      void refresh();
    });
    $('room').addEventListener('change', () => {
      ui.roomId = $('room').value;
      resetScreen();
      void refresh();
    });
    $('org').addEventListener('change', () => {
      ui.org = $('org').value;
      status(`Showing ${organizationName(ui.org)}.`);
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
      () =>
        void control(
          'POST',
          forOrg('/sandbox/contact-center/synchronize'),
          undefined,
          `Synchronize Users pressed in ${organizationName(ui.org)}.`,
        ),
    );
    $('sync-delay').addEventListener(
      'change',
      () =>
        void control(
          'PUT',
          forOrg('/sandbox/contact-center/settings'),
          { syncDelayMs: Number($('sync-delay').value) },
          'Synchronisation delay set.',
        ),
    );
    $('invalid-apply').addEventListener('click', () => {
      const email = $('invalid-email').value;
      const mode = $('invalid-mode').value;
      void control(
        'PUT',
        forOrg('/sandbox/contact-center/invalid'),
        { email, mode },
        mode === 'off' ? `${email} fixed.` : `${email} comes out Invalid ${mode === 'once' ? 'once' : 'until fixed'}.`,
      );
    });
    $('agents-arrive').addEventListener(
      'change',
      () =>
        void control(
          'PUT',
          forOrg('/sandbox/contact-center/settings'),
          { agentsArrive: $('agents-arrive').value },
          `Newly synchronised users now arrive ${$('agents-arrive').value === 'ready' ? 'enabled, with the defaults' : 'disabled'}.`,
        ),
    );
    $('supervisor-apply').addEventListener('click', () => {
      const email = $('supervisor-email').value;
      const supervisor = $('supervisor-value').value === 'true';
      void control(
        'POST',
        '/sandbox/control-hub/supervisor',
        { email, supervisor },
        `${email}: Supervisor ${supervisor ? 'ticked' : 'unticked'} in Control Hub; press Synchronize Users to carry it over.`,
      );
    });
    const teamFields = () => {
      $('cc-team-fields').hidden = $('cc-kind').value !== 'teams';
    };
    $('cc-kind').addEventListener('change', teamFields);
    $('cc-create').addEventListener('submit', (event) => {
      event.preventDefault();
      const kind = $('cc-kind').value;
      const body = { name: $('cc-name').value.trim() };
      if (kind === 'teams') {
        body.site = $('cc-site').value;
        body.teamType = $('cc-team-type').value;
      }
      const label = $('cc-kind').selectedOptions[0].textContent;
      void control(
        'POST',
        forOrg(`/sandbox/contact-center/${kind}`),
        body,
        `Created the ${label} "${body.name}".`,
      ).then((ok) => {
        if (ok) $('cc-name').value = '';
      });
    });
    $('reset').addEventListener('click', async () => {
      await control(
        'POST',
        '/sandbox/reset?keepWebhooks=true&keepOAuth=true',
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
