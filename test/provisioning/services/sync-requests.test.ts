import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactCenterClient } from '../../../src/contact-center/cc-client.js';
import type { SyncEngine } from '../../../src/contact-center/sync-engine.js';
import { translator } from '../../../src/i18n/translate.js';
import type { JobStore } from '../../../src/jobs/ports.js';
import { type SyncChoice, SyncRequests } from '../../../src/provisioning/services/sync-requests.js';
import { openSqliteStorage } from '../../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../../src/storage/storage.js';
import { ApiHttpClient } from '../../../src/webex/http-client.js';
import { WebexClient } from '../../../src/webex/webex-client.js';
import { SandboxFixture } from '../../support/sandbox-api.js';

const fx = new SandboxFixture();
let storage: Storage;
let store: JobStore;
let requests: SyncRequests;

const refusal = (choice: SyncChoice): string | undefined =>
  choice.kind === 'refused' ? translator('en').m(choice.problem) : undefined;

beforeAll(async () => {
  await fx.start();
  storage = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-sync-requests-')));
  store = storage.jobs;
  const http = (api: 'webex' | 'contact-center', path: string) =>
    new ApiHttpClient({ api, baseUrl: `${fx.url}${path}`, token: () => fx.token('serviceApp') });
  requests = new SyncRequests({
    // Choosing targets starts nothing: the engine is not reached.
    engine: {} as SyncEngine,
    syncStore: storage.sync,
    store,
    webex: new WebexClient(http('webex', '/v1')),
    contactCenter: new ContactCenterClient(http('contact-center', '/cc'), async () => fx.seed.organization.uuid),
  });
});
afterAll(async () => {
  await storage.close();
  await fx.stop();
});

describe('choosing whom `sync` checks', () => {
  it('one address: the person with the tier Webex gives them', async () => {
    const choice = await requests.choose('dana.agent@acme.example.com');
    expect(choice).toMatchObject({
      kind: 'targets',
      selection: { kind: 'email', email: 'dana.agent@acme.example.com' },
      targets: [{ email: 'dana.agent@acme.example.com', tier: 'standard', supervisor: false }],
    });
  });

  it('refuses an address that is not one, or that nobody has', async () => {
    expect(refusal(await requests.choose('not@an@address'))).toMatch(/not@an@address/);
    expect(refusal(await requests.choose('nobody@acme.example.com'))).toMatch(/nobody@acme\.example\.com/);
  });

  it('all: every licensed person of the organisation', async () => {
    const choice = await requests.choose('all');
    if (choice.kind !== 'targets') throw new Error(refusal(choice));
    expect(choice.targets.map((t) => [t.email, t.tier]).sort()).toEqual([
      ['alice.admin@acme.example.com', 'premium'],
      ['dana.agent@acme.example.com', 'standard'],
      ['eli.agent@acme.example.com', 'standard'],
      ['fatima.premium@acme.example.com', 'premium'],
    ]);
  });

  it('a job: refused while the bot has run none, or for a job it does not know', async () => {
    expect(refusal(await requests.choose(''))).toBeDefined();
    expect(refusal(await requests.choose('job-none'))).toMatch(/job-none/);
  });
});
