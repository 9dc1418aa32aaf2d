import { beforeAll, describe, expect, it } from 'vitest';
import { specCheckedSandbox } from '../support/spec-check.js';

const fx = specCheckedSandbox();
let admin: string;
beforeAll(() => {
  admin = fx.seed.adminSpaceId;
});

const card = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.3', body: [] },
};

describe('sandbox card submissions (attachment actions)', () => {
  it('records card submissions and lets the card author and submitter read them back', async () => {
    const posted = await fx.call('bot', 'POST', '/messages', {
      roomId: admin,
      markdown: 'a card',
      attachments: [card],
    });
    const submitted = await fx.call('bruno', 'POST', '/attachment/actions', {
      type: 'submit',
      messageId: posted.body.id,
      inputs: { action: 'confirm' },
    });
    expect(submitted.status).toBe(202);
    const read = await fx.call('bot', 'GET', `/attachment/actions/${submitted.body.id}`);
    expect(read.body).toMatchObject({
      type: 'submit',
      messageId: posted.body.id,
      inputs: { action: 'confirm' },
      personId: fx.person('bruno').id,
      roomId: admin,
    });
    expect((await fx.call('mallory', 'GET', `/attachment/actions/${submitted.body.id}`)).status).toBe(404);
    const plain = await fx.call('alice', 'POST', '/messages', { roomId: admin, text: 'no card' });
    expect(
      (await fx.call('alice', 'POST', '/attachment/actions', { type: 'submit', messageId: plain.body.id, inputs: {} }))
        .status,
    ).toBe(400);
  });
});
