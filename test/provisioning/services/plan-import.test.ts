import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translate.js';
import type { JobStore } from '../../../src/jobs/ports.js';
import { ImportPlanner } from '../../../src/provisioning/services/plan-import.js';
import { openSqliteStorage } from '../../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../../src/storage/storage.js';
import { ApiHttpClient } from '../../../src/webex/http-client.js';
import { WebexClient } from '../../../src/webex/webex-client.js';
import { SandboxFixture } from '../../support/sandbox-api.js';

const fx = new SandboxFixture();
const en = translator('en');
const requester = { roomId: 'room-1', threadId: 'thread-1', requestedBy: 'alice.admin@acme.example.com' };
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url));
let dataDir: string;
let storage: Storage;
let store: JobStore;
let planner: ImportPlanner;

beforeAll(async () => {
  await fx.start();
  dataDir = mkdtempSync(join(tmpdir(), 'wxcc-plan-import-'));
  storage = openSqliteStorage(dataDir);
  store = storage.jobs;
  const webex = new WebexClient(
    new ApiHttpClient({ api: 'webex', baseUrl: `${fx.url}/v1`, token: () => fx.token('serviceApp') }),
  );
  planner = new ImportPlanner({ webex, store, uploads: storage.uploads, dataDir });
});
afterAll(async () => {
  await storage.close();
  await fx.stop();
});

async function accepted(filename: string, data: Buffer): Promise<string> {
  const answer = await planner.accept({ filename, data }, requester);
  if (answer.kind !== 'accepted') throw new Error(`refused: ${JSON.stringify(answer.problems)}`);
  return answer.uploadId;
}

describe('planning an uploaded Control Hub file', () => {
  it('keeps a good file until a mode is chosen, and tells the columns it ignores', async () => {
    const answer = await planner.accept({ filename: 'export.csv', data: fixture('control-hub-export.csv') }, requester);
    expect(answer).toMatchObject({
      kind: 'accepted',
      rowCount: 5,
      ignoredColumns: ['User Status', 'Extension', 'Webex Meetings Suite', 'Advanced Messaging'],
    });
    if (answer.kind !== 'accepted') return;
    const upload = (await storage.uploads.get(answer.uploadId))!;
    expect(upload).toMatchObject({ filename: 'export.csv', ...requester });
    expect(readFileSync(upload.path)).toEqual(fixture('control-hub-export.csv'));
  });

  it('refuses a file with problems whole, and keeps nothing', async () => {
    const answer = await planner.accept({ filename: 'x.csv', data: fixture('no-email-column.csv') }, requester);
    expect(answer.kind).toBe('refused');
    if (answer.kind === 'refused') expect(answer.problems.length).toBeGreaterThan(0);
  });

  it('plans every row against Webex as it is: created, changed, unchanged, with the seats they take', async () => {
    const uploadId = await accepted('export.csv', fixture('control-hub-export.csv'));
    const planned = (await planner.plan(uploadId, 'add', requester, en, { fullAdmin: true }))!;
    // Dana already holds Standard; Eli moves to Premium; Hana and Ivo are new; Gus keeps what he has.
    expect(planned.tally.counts).toEqual({ create: 2, update: 1, unchanged: 2, blocked: 0, removals: 0 });
    expect(planned.job).toMatchObject({ kind: 'import', state: 'previewed', mode: 'add', filename: 'export.csv' });
    expect(planned.job.seats).toEqual([
      { tier: 'standard', free: 18, needed: 1, short: [] },
      { tier: 'premium', free: 8, needed: 2, short: [] },
    ]);
    expect((await store.counts(planned.job.id)).total).toBe(5);
    expect((await store.recordsWithOutcome(planned.job.id, null, 10)).map((r) => [r.email, r.action])).toEqual([
      ['dana.agent@acme.example.com', 'unchanged'],
      ['eli.agent@acme.example.com', 'update'],
      ['hana.new@acme.example.com', 'create'],
      ['ivo.new@acme.example.com', 'create'],
      ['gus.nolicense@acme.example.com', 'unchanged'],
    ]);
    expect(planned.tally.truncated).toBe(false);
  });

  it('plans a large file chunk by chunk, handing out the free seats once across chunks', async () => {
    const rows = Array.from({ length: 1_201 }, (_, i) => `new${i}@acme.example.com,TRUE,Agent`);
    const csv = Buffer.from(
      ['User ID/Email (Required),Contact center Standard Agent,Contact Center Role', ...rows].join('\n'),
    );
    const uploadId = await accepted('large.csv', csv);
    const planned = (await planner.plan(uploadId, 'add', requester, en, { fullAdmin: true }))!;
    expect(planned.tally.counts).toMatchObject({ create: 18, blocked: 1_183 });
    expect(planned.job.seats).toEqual([expect.objectContaining({ tier: 'standard', free: 18, needed: 1_201 })]);
    expect(planned.job.seats[0]!.short).toHaveLength(1_183);
    const records = [];
    for await (const record of store.iterateRecords(planned.job.id)) records.push(record);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 1_201 }, (_, i) => i + 1));
    expect(records[1_200]).toMatchObject({ email: 'new1200@acme.example.com', action: 'blocked' });
    // The card shows the first lines of each section; the plan file holds every row.
    expect(planned.tally.truncated).toBe(true);
    expect(planned.tally.sections.blocked).toHaveLength(30);
    const planFile = readFileSync(planned.tally.path, 'utf8').trim().split('\n');
    expect(planFile).toHaveLength(1 + 1_201);
    expect(planFile[1]).toContain('new0@acme.example.com');
  });

  it('knows no upload it did not keep', async () => {
    const jobsBefore = (await store.recentJobs(100)).length;
    expect(await planner.plan('upload-unknown', 'add', requester, en, { fullAdmin: true })).toBeUndefined();
    expect(await store.recentJobs(100)).toHaveLength(jobsBefore);
  });
});
