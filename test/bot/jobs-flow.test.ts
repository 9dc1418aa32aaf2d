import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { BotContext } from '../../src/bot/context.js';
import { jobCardActions } from '../../src/bot/flows/jobs.js';
import { translator } from '../../src/i18n/translate.js';
import type { JobRunner } from '../../src/jobs/runner.js';
import { JobDesk } from '../../src/provisioning/services/job-desk.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import type { WebexClient } from '../../src/webex/webex-client.js';

/** A real context whose Webex client keeps what the bot would have said in the thread. */
function fakeContext(cardMessageId: string, said: string[]): BotContext {
  const client = {
    createMessage: async (message: { markdown: string }) => {
      said.push(message.markdown);
      return { id: `m${said.length}`, roomId: 'room', personId: 'bot', personEmail: 'bot@x', created: '' };
    },
  } as unknown as WebexClient;
  return new BotContext(
    {
      kind: 'cardSubmit',
      eventId: 'e1',
      roomId: 'room',
      cardMessageId,
      personId: 'p',
      personEmail: 'alice@x.com',
      inputs: {},
    },
    { id: 'p', emails: ['alice@x.com'], displayName: 'Alice', orgId: 'o' } as BotContext['actor'],
    'thread',
    pino({ level: 'silent' }),
    client,
    translator('en'),
    { fullAdmin: true },
  );
}

describe('a preview left too long', () => {
  it('expires instead of running, and stays expired', async () => {
    const storage = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-flow-')), {
      now: () => new Date('2026-11-24T10:00:00Z'),
    });
    const store = storage.jobs;
    await store.createJob(
      {
        id: 'job-old',
        kind: 'users',
        roomId: 'room',
        threadId: 'thread',
        requestedBy: 'alice@x.com',
        role: 'agent',
        welcomeEmail: false,
        catalogue: { licenseIds: { standard: [], premium: [] }, fullAdminRoleId: undefined },
        seats: [],
        notes: [],
      },
      [],
    );
    await store.setPreviewMessage('job-old', 'preview-1');
    let ran = 0;
    const actions = jobCardActions(
      new JobDesk({
        store,
        runner: {
          run: async () => {
            ran += 1;
          },
        } as unknown as JobRunner,
        now: () => new Date('2026-11-24T10:31:00Z'),
      }),
    );
    const said: string[] = [];
    await actions['job.confirm']!(fakeContext('preview-1', said), { action: 'job.confirm', jobId: 'job-old' });
    expect(said[0]).toMatch(/expired after 30 minutes.*Nothing was changed/);
    expect((await store.job('job-old'))!.state).toBe('expired');
    await actions['job.confirm']!(fakeContext('preview-1', said), { action: 'job.confirm', jobId: 'job-old' });
    expect(said[1]).toMatch(/Already handled: job `job-old` expired/);
    await actions['job.confirm']!(fakeContext('another-card', said), { action: 'job.confirm', jobId: 'job-old' });
    expect(said[2]).toMatch(/does not belong to a job I know/);
    expect(ran).toBe(0);
    await storage.close();
  });
});
