import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactCenterClient } from '../../src/contact-center/cc-client.js';
import { WebexApiError } from '../../src/webex/errors.js';
import { ApiHttpClient } from '../../src/webex/http-client.js';
import { READY_AGENTS_SEED, SandboxFixture } from '../support/sandbox-api.js';
import { specChecker } from '../support/spec-check.js';

// The client's PUT of a profile type needs the older users API (Webex refuses that change).
const fx = new SandboxFixture({ recordExchanges: true, seed: READY_AGENTS_SEED });
let client: ContactCenterClient;
beforeAll(async () => {
  await fx.start();
  client = new ContactCenterClient(
    new ApiHttpClient({ api: 'contact-center', baseUrl: `${fx.url}/cc`, token: () => fx.token('serviceApp') }),
    async () => fx.seed.organization.uuid,
  );
});
afterAll(() => fx.stop());

describe('the Contact Center client', () => {
  it('lists users page by page and finds one by CI user id, or says it is not there', async () => {
    const all = [];
    for await (const user of client.listUsers(2)) all.push(user.email);
    expect(all.sort()).toEqual([
      'alice.admin@acme.example.com',
      'dana.agent@acme.example.com',
      'eli.agent@acme.example.com',
      'fatima.premium@acme.example.com',
    ]);
    const { user } = await client.userByCiUserId(fx.person('dana').ciUserId);
    expect(user).toMatchObject({
      email: 'dana.agent@acme.example.com',
      userProfileType: 'STANDARD_AGENT',
      contactCenterEnabled: true,
    });
    const missing = await client.userByCiUserId(fx.person('gus').ciUserId);
    expect(missing.user).toBeUndefined();
    expect(missing.trackingId).toBeTypeOf('string');
  });

  it('sets a supervisor profile on a read user, and a stale version is refused with a typed error', async () => {
    const profiles = await client.userProfiles();
    const supervisor = profiles.find((p) => p.profileType === 'SUPERVISOR')!;
    const { user } = await client.userByCiUserId(fx.person('fatima').ciUserId);
    const updated = await client.updateUser({ ...user!, userProfileId: supervisor.id });
    expect(updated.userProfileType).toBe('SUPERVISOR');
    const stale = await client.updateUser({ ...user!, userProfileId: supervisor.id }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(WebexApiError);
    expect((stale as WebexApiError).code).toBe('precondition_failed');
    expect(
      fx.sandbox.exchanges
        .filter((e) => e.api === 'contact-center')
        .flatMap((e) => specChecker().check(e, { allRequests: e.status < 400 })),
    ).toEqual([]);
  });
});
