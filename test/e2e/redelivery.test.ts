import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryBody } from '../../src/sandbox/deliveries.js';
import { BotHarness, WEBHOOK_SECRET } from '../support/bot-harness.js';
import { eventually } from '../support/receiver.js';
import { cardOf } from '../support/users-flow.js';

/**
 * Webex delivers an event again when it took the first delivery for failed, and the websocket can
 * hand recent messages over again after a restart: the bot acts on each event once, even when the
 * repeat reaches a bot started again on the same data directory.
 */
const h = new BotHarness();
beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

/** Posts one event to the running bot's webhook as Webex would (signed), and returns the HTTP status. */
async function redeliver(
  resource: 'messages' | 'attachmentActions',
  actor: { personId: string; personEmail: string },
  data: Record<string, unknown>,
): Promise<number> {
  const hook = [...h.fx.sandbox.state.webhooks.values()].find(
    (x) => x.targetUrl === h.app.webhookUrl && (x.resource === resource || x.resource === 'all'),
  )!;
  const body = JSON.stringify(
    deliveryBody(
      hook,
      { resource, event: 'created', actorId: actor.personId, data: { ...data, personId: actor.personId } },
      h.fx.seed.organization.id,
    ),
  );
  const res = await fetch(h.app.webhookUrl!, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-spark-signature': createHmac('sha1', WEBHOOK_SECRET).update(body).digest('hex'),
    },
    body,
  });
  return res.status;
}

const ignoredRepeat = (eventId: string) =>
  eventually(async () =>
    h.logLines.some((line) => line.includes('event already handled') && line.includes(eventId)) ? true : undefined,
  );

describe('an event delivered again after the bot restarted', () => {
  it('is not acted on a second time, be it a message or a card press', async () => {
    const asked = await h.say('alice', 'help');
    const [help] = await h.waitForReply(asked.id);
    const press = await h.fx.call<{ id: string }>('alice', 'POST', '/attachment/actions', {
      type: 'submit',
      messageId: help!.id,
      inputs: { action: 'users.card' },
    });
    expect(press.status).toBe(202);
    const before = await h.waitForReplies(asked.id, (r) => r.length >= 2);
    expect(JSON.stringify(cardOf(before[1]))).toContain('users.preview');

    // The same data directory, a new process-part: what it handled before must still count.
    await h.app.stop();
    h.app = await h.startBot();

    const alice = { personId: asked.personId, personEmail: asked.personEmail };
    expect(
      await redeliver('messages', alice, { id: asked.id, roomId: asked.roomId, roomType: 'group', created: '' }),
    ).toBe(200);
    expect(
      await redeliver('attachmentActions', alice, { id: press.body.id, roomId: asked.roomId, type: 'submit' }),
    ).toBe(200);
    await ignoredRepeat(asked.id);
    await ignoredRepeat(press.body.id);

    // Still one answer to the message and one to the press; and the restarted bot answers new events.
    expect(await h.botReplies(asked.id)).toHaveLength(2);
    const again = await h.say('alice', 'help');
    await h.waitForReply(again.id);
    expect(await h.botReplies(asked.id)).toHaveLength(2);
  });
});
