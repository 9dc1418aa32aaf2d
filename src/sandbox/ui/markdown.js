// The markdown Webex messages and cards use, rendered safely: everything is escaped first, then
// **bold**, _italic_, `code`, ``` blocks, [links](url), bare URLs, "- " lists and mentions.
(() => {
  function escapeHtml(text) {
    return text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
    );
  }
  const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" };
  function inline(source) {
    // As CommonMark reads it (spec.commonmark.org 0.31, 2.4 "Backslash escapes" and 2.5 "Entity and
    // numeric character references"; Webex renders message markdown as CommonMark): outside code spans a
    // backslash makes punctuation literal and an entity reference is its character; literal characters
    // take no part in any markup below.
    const literals = [];
    const keep = (c) => {
      literals.push(c);
      return `\uE000${literals.length - 1}\uE001`;
    };
    const text = source
      .split(/(`[^`]*`)/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(/\\([!-/:-@[-`{-~])/g, (_, c) => keep(c))
              .replace(/&(lt|gt|amp|quot|#39);/g, (_, e) => keep(ENTITIES[e])),
      )
      .join('');
    let html = escapeHtml(text);
    // Mentions: <@personId:ID|Name> and <@personEmail:EMAIL|Name> (escaped by now).
    html = html.replace(
      /&lt;@(?:personId|personEmail|all)(?::[^|&]*)?\|([^&]*)&gt;/g,
      '<span class="mention-chip">@$1</span>',
    );
    html = html.replace(/`([^`]+)`/g, '<code>$1</code>');
    html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    html = html.replace(/(^|\s)_([^_]+)_(?=\s|$|[.,;:])/g, '$1<em>$2</em>');
    html = html.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
    html = html.replace(/(^|[\s(])(https?:\/\/[^\s<)]+)/g, '$1<a href="$2" target="_blank" rel="noopener">$2</a>');
    // Private-use characters mark where a literal character goes back in.
    return html.replace(/\uE000(\d+)\uE001/g, (_, i) => escapeHtml(literals[Number(i)]));
  }
  function renderMarkdown(text) {
    const out = [];
    const lines = String(text || '')
      .replace(/\r\n?/g, '\n')
      .split('\n');
    let list = null;
    let code = null;
    const closeList = () => {
      if (list) out.push(`<ul>${list.join('')}</ul>`);
      list = null;
    };
    for (const line of lines) {
      if (line.trim().startsWith('```')) {
        if (code === null) {
          closeList();
          code = [];
        } else {
          out.push(`<pre>${escapeHtml(code.join('\n'))}</pre>`);
          code = null;
        }
        continue;
      }
      if (code !== null) {
        code.push(line);
        continue;
      }
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (item) {
        list = list || [];
        list.push(`<li>${inline(item[1])}</li>`);
        continue;
      }
      closeList();
      if (line.trim() === '') continue;
      out.push(`<p>${inline(line)}</p>`);
    }
    closeList();
    if (code !== null) out.push(`<pre>${escapeHtml(code.join('\n'))}</pre>`);
    return out.join('');
  }
  window.renderMarkdown = renderMarkdown;
  window.escapeHtml = escapeHtml;
})();
