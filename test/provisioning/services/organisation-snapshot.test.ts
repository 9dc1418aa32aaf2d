import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeOrganisationSnapshot } from '../../../src/provisioning/services/organisation-snapshot.js';
import { ApiHttpClient } from '../../../src/webex/http-client.js';
import { hydraKey } from '../../../src/webex/hydra-id.js';
import { WebexClient } from '../../../src/webex/webex-client.js';
import { SandboxFixture } from '../../support/sandbox-api.js';

const fx = new SandboxFixture();
let admin: WebexClient;

beforeAll(async () => {
  await fx.start();
  admin = new WebexClient(
    new ApiHttpClient({ api: 'webex', baseUrl: `${fx.url}/v1`, token: () => fx.token('serviceApp') }),
  );
});
afterAll(() => fx.stop());

describe('the organisation snapshot', () => {
  it("holds the org's Contact Center licenses, the Full Administrator role and the free seats", async () => {
    const snapshot = await takeOrganisationSnapshot(admin);
    expect(snapshot.catalogue.licenseIds.standard).toEqual([fx.license('CJPSTD').id]);
    expect(snapshot.catalogue.licenseIds.premium).toEqual([fx.license('CJPPRM').id]);
    expect(hydraKey(snapshot.catalogue.fullAdminRoleId ?? '', 'ROLE')).toBe('id_full_admin');
    // Seeded: Dana and Eli hold Standard Agent; Alice and Fátima hold Premium Agent.
    expect([snapshot.seats.standard.total, snapshot.seats.standard.free]).toEqual([20, 18]);
    expect([snapshot.seats.premium.total, snapshot.seats.premium.free]).toEqual([10, 8]);
    expect(snapshot.licenses.map((l) => l.name)).toContain('Webex Meetings Suite');
  });

  it('sees a seat taken since the last snapshot', async () => {
    const gus = fx.person('gus');
    const person = (await admin.findPersonByEmail(gus.email))!;
    await fx.call('serviceApp', 'PUT', `/people/${encodeURIComponent(person.id)}`, {
      ...person,
      licenses: [...person.licenses!, fx.license('CJPSTD').id],
    });
    const snapshot = await takeOrganisationSnapshot(admin);
    expect(snapshot.seats.standard.free).toBe(17);
  });
});
