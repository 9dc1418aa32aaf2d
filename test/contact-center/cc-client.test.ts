import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactCenterClient } from '../../src/contact-center/cc-client.js';
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

  it('reads the profile types of the user profiles, to judge a listing that names only their ids', async () => {
    const types = new Map((await client.userProfiles()).map((p) => [p.id, p.profileType]));
    const listed = [];
    for await (const user of client.listUsers()) listed.push(user);
    const dana = listed.find((u) => u.email === 'dana.agent@acme.example.com')!;
    expect(types.get(dana.userProfileId!)).toBe('STANDARD_AGENT');
    expect(
      fx.sandbox.exchanges
        .filter((e) => e.api === 'contact-center')
        .flatMap((e) => specChecker().check(e, { allRequests: e.status < 400 })),
    ).toEqual([]);
  });
});
