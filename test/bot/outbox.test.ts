import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../src/bot/outbox.js';
import type { OutboxStore } from '../../src/jobs/ports.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { ApiHttpClient } from '../../src/webex/http-client.js';
import type { Message } from '../../src/webex/types.js';
import { WebexClient } from '../../src/webex/webex-client.js';
import { eventually } from '../support/receiver.js';
import { SandboxFixture } from '../support/sandbox-api.js';

const fx = new SandboxFixture({ recordExchanges: true });
let client: WebexClient;
const opened: { storage: Storage; outbox: Outbox }[] = [];

beforeAll(async () => {
  await fx.start();
  client = new WebexClient(
    new ApiHttpClient({ api: 'webex', baseUrl: `${fx.url}/v1`, token: () => fx.token('bot'), maxAttempts: 1 }),
  );
}, 60_000);
afterEach(async () => {
  await fx.call(null, 'DELETE', '/sandbox/faults');
  for (const { outbox, storage } of opened.splice(0)) {
    await outbox.stop();
    await storage.close();
  }
});
afterAll(() => fx.stop());

function outboxOn(dir = mkdtempSync(join(tmpdir(), 'wxcc-outbox-'))): {
  outbox: Outbox;
  store: OutboxStore;
  dir: string;
} {
  const storage = openSqliteStorage(dir);
  const outbox = new Outbox({
    store: storage.outbox,
    client,
    logger: pino({ level: 'silent' }),
    botPersonId: fx.seed.bot.id,
    firstRetryMs: 50,
    maxRetryMs: 200,
  });
  opened.push({ storage, outbox });
  return { outbox, store: storage.outbox, dir };
}

/** A new thread in the admin space, started by Alice. */
async function thread(): Promise<string> {
  const res = await fx.call('alice', 'POST', '/messages', { roomId: fx.seed.adminSpaceId, markdown: 'a thread' });
  return res.body.id as string;
}

async function botMessages(roomId: string, parentId?: string, who = 'alice'): Promise<Message[]> {
  const query = parentId ? `&parentId=${parentId}` : '';
  const res = await fx.call<{ items: Message[] }>(who, 'GET', `/messages?roomId=${roomId}${query}&max=100`);
  return res.body.items.filter((m) => m.personId === fx.seed.bot.id).reverse();
}

const postsOfMessages = () => fx.sandbox.exchanges.filter((e) => e.method === 'POST' && e.path === '/v1/messages');

describe('the outbox', () => {
  it('keeps what Webex refuses to take for now, and posts it in order, once, when Webex takes it', async () => {
    const { outbox, store } = outboxOn();
    const parentId = await thread();
    const roomId = fx.seed.adminSpaceId;
    await fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 503,
      pathPattern: '^POST /v1/messages',
    });
    outbox.start();
    await outbox.owe(
      ['first', 'second', 'third'].map((word) => ({
        key: `t1:${word}`,
        group: 't1',
        message: { roomId, parentId, markdown: `The ${word} message` },
      })),
    );
    await eventually(async () => ((await store.entry('t1:first'))?.attempts ?? 0) >= 3);
    expect(await botMessages(roomId, parentId)).toEqual([]);
    // Only the first of the thread was tried: the others wait for it.
    expect((await store.entry('t1:second'))!.attempts).toBe(0);

    await fx.call(null, 'DELETE', '/sandbox/faults');
    const posted = await eventually(async () => {
      const messages = await botMessages(roomId, parentId);
      return messages.length >= 3 ? messages : undefined;
    });
    expect(posted.map((m) => m.markdown)).toEqual(['The first message', 'The second message', 'The third message']);
    const first = (await store.entry('t1:first'))!;
    expect(first).toMatchObject({ state: 'posted', messageId: posted[0]!.id, sendingSince: undefined });
    // Owing the same message again owes nothing more.
    expect(await outbox.owe([{ key: 't1:first', group: 't1', message: { roomId, markdown: 'again' } }])).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await botMessages(roomId, parentId)).toHaveLength(3);
  });

  it('posts a message kept up to date with its latest text, then edits it, and the next message waits for the edit', async () => {
    const { outbox, store } = outboxOn();
    const parentId = await thread();
    const roomId = fx.seed.adminSpaceId;
    const progress = (markdown: string) => ({
      key: 't2:progress',
      group: 't2',
      message: { roomId, parentId, markdown },
    });
    expect(await outbox.revise(progress('0 of 3 done'))).toBe('added');
    expect(await outbox.revise(progress('1 of 3 done'))).toBe('replaced');
    outbox.start();
    const [posted] = await eventually(async () => {
      const messages = await botMessages(roomId, parentId);
      return messages.length === 1 ? messages : undefined;
    });
    expect(posted!.markdown).toBe('1 of 3 done');
    await eventually(async () => (await store.entry('t2:progress'))?.state === 'posted');
    expect(await outbox.revise(progress('3 of 3 done'))).toBe('rearmed');
    await outbox.owe([{ key: 't2:summary', group: 't2', message: { roomId, parentId, markdown: 'Summary' } }]);
    const both = await eventually(async () => {
      const messages = await botMessages(roomId, parentId);
      return messages.length === 2 ? messages : undefined;
    });
    expect(both.map((m) => m.markdown)).toEqual(['3 of 3 done', 'Summary']);
    const exchanges = fx.sandbox.exchanges;
    const edit = exchanges.findIndex((e) => e.method === 'PUT' && e.path === `/v1/messages/${posted!.id}`);
    const summaryPost = exchanges.findIndex(
      (e) =>
        e.method === 'POST' &&
        e.path === '/v1/messages' &&
        (e.requestBody as { markdown?: string }).markdown === 'Summary',
    );
    expect(edit).toBeGreaterThan(-1);
    expect(edit).toBeLessThan(summaryPost);
  });

  it('after a restart, finds a message Webex took before the bot could record it, and does not post it again', async () => {
    const { outbox, store, dir } = outboxOn();
    // A space of the bot and Dana alone, where the bot may read what it posted.
    const opening = await client.createMessage({
      toPersonEmail: 'dana.agent@acme.example.com',
      markdown: 'Hello',
    } as never);
    const roomId = opening.roomId;
    const message = { roomId, markdown: 'Finished job `job-x`: 2 of 2 users done.' };
    await outbox.owe([{ key: 'direct:1', group: 'direct', message }]);
    const entry = (await store.entry('direct:1'))!;
    // The post went out and Webex took it; the bot stopped before it recorded the answer.
    await store.markSending(entry.id, Date.now());
    const taken = await client.createMessage(message);
    await outbox.stop();
    // The process that stopped let go of its database: only one may hold it.
    const first = opened.find((o) => o.outbox === outbox)!;
    await first.storage.close();
    opened.splice(opened.indexOf(first), 1);

    const restarted = outboxOn(dir);
    const before = postsOfMessages().length;
    restarted.outbox.start();
    await eventually(async () => (await restarted.store.entry('direct:1'))?.state === 'posted');
    expect((await restarted.store.entry('direct:1'))!.messageId).toBe(taken.id);
    expect(postsOfMessages().length).toBe(before);
    expect((await botMessages(roomId, undefined, 'dana')).map((m) => m.markdown)).toEqual(['Hello', message.markdown]);
  });

  it('gives up a message Webex cannot be given, and the thread goes on', async () => {
    const { outbox, store } = outboxOn();
    const parentId = await thread();
    const roomId = fx.seed.adminSpaceId;
    const dir = mkdtempSync(join(tmpdir(), 'wxcc-outbox-files-'));
    writeFileSync(join(dir, 'kept.csv'), 'a,b\r\n');
    outbox.start();
    await outbox.owe([
      {
        key: 't3:gone',
        group: 't3',
        message: {
          roomId,
          parentId,
          markdown: 'Gone',
          file: { path: join(dir, 'gone.csv'), filename: 'gone.csv', contentType: 'text/csv' },
        },
      },
      {
        key: 't3:kept',
        group: 't3',
        message: {
          roomId,
          parentId,
          markdown: 'Kept',
          file: { path: join(dir, 'kept.csv'), filename: 'kept.csv', contentType: 'text/csv' },
        },
      },
    ]);
    const [kept] = await eventually(async () => {
      const messages = await botMessages(roomId, parentId);
      return messages.length === 1 ? messages : undefined;
    });
    expect(kept).toMatchObject({ markdown: 'Kept', files: [expect.any(String)] });
    expect(await store.entry('t3:gone')).toMatchObject({
      state: 'failed',
      lastError: expect.stringMatching(/gone.csv is gone/),
    });
  });
});
