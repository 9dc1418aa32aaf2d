import { describe, expect, it } from 'vitest';
import { specCheckedSandbox } from '../support/spec-check.js';

const fx = specCheckedSandbox();

const consumed = async (offer: string): Promise<number> => {
  const res = await fx.call('serviceApp', 'GET', '/licenses');
  return res.body.items.find((l: { id: string }) => l.id === fx.license(offer).id).consumedUnits;
};

describe('sandbox licenses and roles', () => {
  it('lists licenses with Contact Center names as real orgs spell them, only to admins', async () => {
    const res = await fx.call('serviceApp', 'GET', '/licenses');
    const names = res.body.items.map((l: { name: string }) => l.name);
    expect(names).toContain('Contact center Standard Agent');
    expect(names).toContain('Contact Center Premium Agent');
    expect(Buffer.from(fx.license('CJPPRM').id, 'base64url').toString()).toMatch(
      /^ciscospark:\/\/us\/LICENSE\/[0-9a-f-]+:CJPPRM_/,
    );
    expect((await fx.call('bot', 'GET', '/licenses')).status).toBe(403);
  });

  it('moves seat counts as licenses are added and removed, swapping in one PATCH', async () => {
    const gus = fx.person('gus');
    const std = await consumed('CJPSTD');
    const add = await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: gus.id,
      licenses: [{ id: fx.license('CJPSTD').id, operation: 'add' }],
    });
    expect(add.status).toBe(200);
    expect(add.body.licenses).toContain(fx.license('CJPSTD').id);
    expect(await consumed('CJPSTD')).toBe(std + 1);
    const prm = await consumed('CJPPRM');
    const swap = await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      email: gus.email,
      licenses: [
        { id: fx.license('CJPPRM').id, operation: 'add' },
        { id: fx.license('CJPSTD').id, operation: 'remove' },
      ],
    });
    expect(swap.status).toBe(200);
    expect(await consumed('CJPSTD')).toBe(std);
    expect(await consumed('CJPPRM')).toBe(prm + 1);
  });

  it('refuses a second Contact Center license and reports no free seat with errorCode bodies', async () => {
    const eli = fx.person('eli');
    const both = await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: eli.id,
      licenses: [{ id: fx.license('CJPPRM').id, operation: 'add' }],
    });
    expect(both.status).toBe(400);
    expect(both.body.errors[0].errorCode).toBe(400413);
    await fx.call(null, 'PUT', '/sandbox/licenses/BCSTD', { totalUnits: 1 });
    const partial = await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: eli.id,
      licenses: [
        { id: fx.license('EE').id, operation: 'add' },
        { id: fx.license('BCSTD').id, operation: 'add' },
      ],
    });
    expect(partial.status).toBe(206);
    expect(partial.body.licenses).toContain(fx.license('EE').id);
    expect(partial.body.licenses).not.toContain(fx.license('BCSTD').id);
    const unknown = await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: eli.id,
      licenses: [{ id: 'bogus' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].errorCode).toBe(400000);
  });

  it('lists the administrator roles', async () => {
    const res = await fx.call('alice', 'GET', '/roles');
    expect(res.body.items.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['Full Administrator', 'User Administrator', 'Read-only Administrator']),
    );
    expect((await fx.call('mallory', 'GET', '/roles')).status).toBe(403);
  });
});
