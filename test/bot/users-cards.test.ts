import { describe, expect, it } from 'vitest';
import { addCommand } from '../../src/bot/flows/users.js';
import { usersPreviewCard } from '../../src/bot/flows/users-preview-card.js';
import { LANGS, translator } from '../../src/i18n/translate.js';
import type { Plan, PlannedUser } from '../../src/provisioning/plan.js';

/** Every text an administrator reads on a card: text blocks, labels, choices, facts, buttons. */
function shownTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) shownTexts(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'data') continue; // what a button submits, never shown
      if (typeof value === 'string' && ['text', 'title', 'label', 'value', 'placeholder'].includes(key))
        out.push(value);
      else shownTexts(value, out);
    }
  }
  return out;
}

const user = (u: Partial<PlannedUser> & Pick<PlannedUser, 'email' | 'action'>, seq: number): PlannedUser => ({
  seq,
  after: { tier: 'premium', fullAdmin: false },
  supervisor: false,
  ...u,
});

/** A batch with one of each: a new Administrator, a license removed, a user with no name. */
const plan: Plan = {
  role: 'administrator',
  users: [
    user({ email: 'tina@x.com', firstName: 'Tina', action: 'create', after: { tier: 'premium', fullAdmin: true } }, 1),
    user({ email: 'carla.mendes@x.com', action: 'create', after: { tier: 'premium', fullAdmin: true } }, 2),
    user(
      {
        email: 'nina@x.com',
        action: 'update',
        before: { tier: 'standard', fullAdmin: false },
        after: { tier: 'premium', fullAdmin: true },
      },
      3,
    ),
  ],
  seats: [{ tier: 'premium', free: 5, needed: 3, short: [] }],
  activation: { newUsers: 2, othersPending: 9 },
};

describe('the users cards', () => {
  it('hold no inline code and no raw angle brackets, which Webex cards do not draw', async () => {
    for (const lang of LANGS) {
      const tr = translator(lang);
      const replies: Record<string, unknown>[] = [];
      const ctx = { tr, t: tr.t.bind(tr), replyCard: async (card: Record<string, unknown>) => replies.push(card) };
      const command = addCommand({
        agentChoices: async () => ({ readable: false, problem: 'down' }),
        pendingActivations: async () => 3,
      });
      await command.run(ctx as never);
      const preview = usersPreviewCard(tr, 'job-1', 'alice@x.com', plan, true, { retry: { entries: 'x' } }).card;
      for (const card of [replies[0]!, preview]) {
        // The placeholder shows the address format to paste; an input draws it as plain text.
        const texts = shownTexts(card).filter((t) => !t.includes('\n'));
        for (const text of texts) expect(text, `${lang}: ${text}`).not.toMatch(/[`<>]/);
      }
    }
  });

  it('says on Confirm what it does, warns about Full Administrator, activation emails and missing names', () => {
    const { card } = usersPreviewCard(translator('en'), 'job-1', 'alice@x.com', plan, true, {
      retry: { entries: 'x' },
    });
    const texts = shownTexts(card);
    expect(texts).toContain('Confirm: add 2 users, change 1 user');
    expect(texts).toContain(
      '3 users become Full Administrator in Control Hub: full control of the whole organization, not just the Contact Center.',
    );
    expect(texts).toContain(
      '2 of them do not exist yet and will be created as Full Administrator, before they ever sign in. Confirm only if that is what you want.',
    );
    expect(texts).toContain(
      'Activation emails go to 11 people: the 2 new users, and 9 other people in the organization whose activation is pending. Webex emails everyone pending; it cannot email only this batch.',
    );
    expect(texts).toContain(
      '1 new user has no name and would appear in Control Hub under the address alone: carla.mendes@x.com.',
    );
    expect(texts).toContain('Use names from the addresses');
    expect(texts).toContain(
      'Chosen on the card for every user: Administrator. Asked by alice@x.com. Nothing has changed yet (job-1).',
    );
  });

  it('shows the seats a license removal frees', () => {
    const removal: Plan = {
      role: 'remove-license',
      users: [
        user(
          {
            email: 'nina@x.com',
            action: 'update',
            before: { tier: 'standard', fullAdmin: false },
            after: { tier: 'none', fullAdmin: false },
          },
          1,
        ),
      ],
      seats: [],
    };
    const texts = shownTexts(usersPreviewCard(translator('pt-BR'), 'job-2', 'a@x.com', removal, false).card);
    expect(texts).toContain('nina@x.com: Agente Padrão → sem licença do Contact Center');
    expect(texts).toContain('1 licença liberada');
    expect(texts).toContain('Confirmar: alterar 1 usuário');
    expect(texts).toContain(
      'Escolha do cartão para todos os usuários: Remover a licença do Contact Center. Pedido por a@x.com. Nada foi alterado ainda (job-2).',
    );
  });
});
