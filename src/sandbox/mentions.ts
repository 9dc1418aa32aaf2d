import type { SandboxState } from './state.js';

const MENTION_RE = /<@(personId|personEmail):([^|>]+)(?:\|([^>]*))?>|<@all>/g;

export interface RenderedMarkdown {
  text: string;
  html: string;
  mentionedPeople: string[];
  mentionedGroups: string[];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Turns Webex mention markup in markdown (`<@personId:ID|Name>`, `<@personEmail:a@b.c|Name>`,
 * `<@all>`) into the plain text, html and mention lists a Webex message carries.
 */
export function renderMarkdown(state: SandboxState, markdown: string, roomId: string): RenderedMarkdown {
  const mentionedPeople: string[] = [];
  const mentionedGroups: string[] = [];
  let text = '';
  let html = '';
  let last = 0;
  for (const match of markdown.matchAll(MENTION_RE)) {
    const before = markdown.slice(last, match.index);
    text += before;
    html += escapeHtml(before);
    last = match.index + match[0].length;
    if (match[0] === '<@all>') {
      mentionedGroups.push('all');
      text += 'All';
      html += '<spark-mention data-object-type="groupMention" data-group-type="all">All</spark-mention>';
      continue;
    }
    const [, kind, ref, label] = match;
    const person = kind === 'personId' ? state.people.get(ref!) : state.findPersonByEmail(ref!);
    const isMember = person !== undefined && state.membershipOf(roomId, person.id) !== undefined;
    const name = label ?? person?.displayName ?? ref!;
    text += name;
    if (person && isMember) {
      if (!mentionedPeople.includes(person.id)) mentionedPeople.push(person.id);
      html += `<spark-mention data-object-type="person" data-object-id="${person.id}">${escapeHtml(name)}</spark-mention>`;
    } else {
      html += escapeHtml(name);
    }
  }
  text += markdown.slice(last);
  html += escapeHtml(markdown.slice(last));
  // Webex strips markdown syntax from the plain text version; the common marks are enough here.
  text = text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
  return { text, html: `<p>${html.replace(/\n/g, '<br/>')}</p>`, mentionedPeople, mentionedGroups };
}
