// The space as a Webex client shows it: messages, threads, files and Adaptive Cards, read and sent through
// the sandbox's Webex API as the person chosen at the top. Plain DOM, no framework.
(() => {
  const { ui, $, status, call } = window.sandboxPage;

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = window.renderMarkdown(text);
    result.didProcess = true;
  };
  const hostConfig = new AdaptiveCards.HostConfig(window.WEBEX_HOST_CONFIG);

  const nameOf = (personId) => {
    if (ui.seed.bot && personId === ui.seed.bot.id) return ui.seed.bot.displayName;
    // People of every organisation share spaces, as in Webex.
    const p = ui.seed.organizations.flatMap((o) => o.people).find((x) => x.id === personId);
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

  let renderedCards = 0;
  /**
   * Makes each rendered card's inputs its own. The renderer names an expanded choice set's radio buttons
   * after the input's id, so the "mode" radios of every add card on the page were one group: choosing in
   * one card cleared the others. The renderer reads its values from its own elements, not by name, so a
   * per-card name changes nothing it submits. Inputs and buttons also say which input or action they are
   * (data-input, data-action, data-mode), for the tests to find them whatever language the card is in.
   */
  function scopeInputs(card) {
    renderedCards += 1;
    for (const input of card.getAllInputs()) {
      const el = input.renderedElement;
      if (!el || !input.id) continue;
      el.dataset.input = input.id;
      for (const radio of el.querySelectorAll('input[type="radio"]')) radio.name = `card${renderedCards}-${input.id}`;
    }
    for (const action of card.getAllActions()) {
      const el = action.renderedElement;
      const verb = action.data && typeof action.data === 'object' ? action.data.action : undefined;
      if (el && verb) el.dataset.action = verb;
      // Cards with several buttons for one action tell them apart by a mode (the import's two modes).
      if (el && verb && typeof action.data.mode === 'string') el.dataset.mode = action.data.mode;
    }
  }

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
    scopeInputs(card);
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
      // Scoped by its message (several messages carry files); the composer's upload input is "upload".
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

  window.sandboxPage.showMessages = showMessages;
})();
