import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILURES_BEFORE_INACTIVE } from '../../src/sandbox/deliveries.js';
import { eventually, WebhookReceiver } from '../support/receiver.js';
import { SandboxFixture } from '../support/sandbox-api.js';
import { expectExchangesMatchSpec } from '../support/spec-check.js';

const fx = new SandboxFixture({ recordExchanges: true });
const receiver = new WebhookReceiver();
beforeAll(async () => {
  await fx.start();
  await receiver.start();
});
afterAll(async () => {
  expectExchangesMatchSpec(fx.sandbox.exchanges);
  await fx.stop();
  await receiver.stop();
});

describe('sandbox webhooks', () => {
  it('creates, lists, updates and deletes webhooks, accepting the "all" firehose', async () => {
    const created = await fx.call('bot', 'POST', '/webhooks', {
      name: 'firehose',
      targetUrl: receiver.url,
      resource: 'all',
      event: 'all',
      secret: 's3cret-s3cret-s3cret',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: 'firehose', resource: 'all', event: 'all', status: 'active' });
    expect(
      (
        await fx.call('bot', 'POST', '/webhooks', {
          name: 'x',
          targetUrl: 'not a url',
          resource: 'messages',
          event: 'created',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await fx.call('bot', 'POST', '/webhooks', {
          name: 'x',
          targetUrl: receiver.url,
          resource: 'nope',
          event: 'created',
        })
      ).status,
    ).toBe(400);
    const list = await fx.call('bot', 'GET', '/webhooks');
    expect(list.body.items.map((h: { id: string }) => h.id)).toContain(created.body.id);
    expect((await fx.call('alice', 'GET', `/webhooks/${created.body.id}`)).status).toBe(404);
    const renamed = await fx.call('bot', 'PUT', `/webhooks/${created.body.id}`, {
      name: 'renamed',
      targetUrl: receiver.url,
    });
    expect(renamed.body.name).toBe('renamed');
    expect((await fx.call('bot', 'DELETE', `/webhooks/${created.body.id}`)).status).toBe(204);
  });

  it('delivers compact JSON signed with HMAC-SHA1, echoing the name; a bot hears only its mentions in a group space', async () => {
    const secret = 'delivery-secret-0123';
    await fx.call('bot', 'POST', '/webhooks', {
      name: 'bot-hook',
      targetUrl: receiver.url,
      resource: 'all',
      event: 'all',
      secret,
    });
    receiver.deliveries.length = 0;
    await fx.call('alice', 'POST', '/messages', { roomId: fx.seed.adminSpaceId, text: 'not for the bot' });
    const mention = await fx.call('alice', 'POST', '/messages', {
      roomId: fx.seed.adminSpaceId,
      markdown: `<@personId:${fx.seed.bot.id}|Bot> help`,
    });
    const delivery = await eventually(() => receiver.deliveries.find((d) => d.body.data.id === mention.body.id));
    await fx.sandbox.dispatcher.settle();
    expect(receiver.deliveries.filter((d) => d.body.resource === 'messages')).toHaveLength(1);
    expect(delivery.raw).toBe(JSON.stringify(delivery.body));
    expect(delivery.headers['x-spark-signature']).toBe(createHmac('sha1', secret).update(delivery.raw).digest('hex'));
    expect(delivery.body).toMatchObject({
      name: 'bot-hook',
      resource: 'messages',
      event: 'created',
      actorId: fx.person('alice').id,
    });
    expect(delivery.body.data).toMatchObject({
      id: mention.body.id,
      roomId: fx.seed.adminSpaceId,
      mentionedPeople: [fx.seed.bot.id],
    });
    expect(delivery.body.data.text).toBeUndefined();
  });

  it("delivers card submissions only through an attachmentActions webhook of the card's author", async () => {
    await fx.call('bot', 'POST', '/webhooks', {
      name: 'cards',
      targetUrl: receiver.url,
      resource: 'attachmentActions',
      event: 'created',
    });
    const cardMessage = await fx.call('bot', 'POST', '/messages', {
      roomId: fx.seed.adminSpaceId,
      markdown: 'card',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: { type: 'AdaptiveCard', version: '1.3', body: [] },
        },
      ],
    });
    receiver.deliveries.length = 0;
    const action = await fx.call('alice', 'POST', '/attachment/actions', {
      type: 'submit',
      messageId: cardMessage.body.id,
      inputs: { a: 1 },
    });
    await eventually(() => receiver.deliveries.length > 0);
    await fx.sandbox.dispatcher.settle();
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.deliveries[0]!.body).toMatchObject({
      name: 'cards',
      resource: 'attachmentActions',
      data: { id: action.body.id, messageId: cardMessage.body.id },
    });
    expect(receiver.deliveries[0]!.body.data.inputs).toBeUndefined();
  });

  it('turns a webhook inactive when its deliveries keep failing, and PUT status active revives it', async () => {
    const hook = await fx.call('alice', 'POST', '/webhooks', {
      name: 'flaky',
      targetUrl: receiver.url,
      resource: 'messages',
      event: 'created',
    });
    receiver.failWith = 500;
    for (let i = 0; i < FAILURES_BEFORE_INACTIVE; i += 1) {
      await fx.call('bruno', 'POST', '/messages', { roomId: fx.seed.adminSpaceId, text: `failing ${i}` });
      await fx.sandbox.dispatcher.settle();
    }
    receiver.failWith = undefined;
    expect((await fx.call('alice', 'GET', `/webhooks/${hook.body.id}`)).body.status).toBe('inactive');
    const revived = await fx.call('alice', 'PUT', `/webhooks/${hook.body.id}`, {
      name: 'flaky',
      targetUrl: receiver.url,
      status: 'active',
    });
    expect(revived.body.status).toBe('active');
  }, 30_000);
});
