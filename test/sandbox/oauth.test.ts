import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SandboxFixture, seedView } from '../support/sandbox-api.js';

const fx = new SandboxFixture();
beforeAll(() => fx.start());
afterAll(() => fx.stop());
beforeEach(async () => {
  await fx.call(null, 'POST', '/sandbox/reset');
  fx.seed = seedView(fx.sandbox.describe());
});

interface OAuthView {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  refreshes: number;
}

async function refresh(form: Record<string, string>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${fx.url}/v1/access_token`, { method: 'POST', body: new URLSearchParams(form) });
  return { status: res.status, body: await res.json() };
}

async function me(token: string): Promise<number> {
  return (await fetch(`${fx.url}/v1/people/me`, { headers: { authorization: `Bearer ${token}` } })).status;
}

describe('sandbox OAuth: expiring Service App tokens and their refresh', () => {
  it('trades the refresh token for an access token that works, then expires; the refresh token rotates', async () => {
    const o = (await fx.call<OAuthView>(null, 'GET', '/sandbox/oauth')).body;
    const form = {
      grant_type: 'refresh_token',
      client_id: o.clientId,
      client_secret: o.clientSecret,
      refresh_token: o.refreshToken,
    };
    const first = await refresh(form);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ token_type: 'Bearer', expires_in: 14 * 24 * 3600 });
    expect(first.body.refresh_token).not.toBe(o.refreshToken);
    expect(await me(first.body.access_token)).toBe(200);

    // The old refresh token was retired by the rotation.
    const again = await refresh(form);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');

    expect((await fx.call(null, 'POST', '/sandbox/oauth/expire')).body).toEqual({ expired: 1 });
    expect(await me(first.body.access_token)).toBe(401);
    // Seeded tokens never expire.
    expect((await fx.call('serviceApp', 'GET', '/people/me')).status).toBe(200);

    const next = await refresh({ ...form, refresh_token: first.body.refresh_token });
    expect(next.status).toBe(200);
    expect(await me(next.body.access_token)).toBe(200);
    expect((await fx.call<OAuthView>(null, 'GET', '/sandbox/oauth')).body.refreshes).toBe(2);
  });

  it('refuses a wrong client secret, a revoked authorisation, and fails on demand', async () => {
    const o = (await fx.call<OAuthView>(null, 'GET', '/sandbox/oauth')).body;
    const form = {
      grant_type: 'refresh_token',
      client_id: o.clientId,
      client_secret: o.clientSecret,
      refresh_token: o.refreshToken,
    };
    expect((await refresh({ ...form, client_secret: 'wrong' })).status).toBe(401);
    await fx.call(null, 'PUT', '/sandbox/oauth', { refreshFailure: 'unavailable' });
    expect((await refresh(form)).status).toBe(503);
    await fx.call(null, 'PUT', '/sandbox/oauth', { refreshFailure: 'none' });
    await fx.call(null, 'POST', '/sandbox/oauth/revoke');
    const revoked = await refresh(form);
    expect(revoked.status).toBe(400);
    expect(revoked.body.message).toContain('expired, revoked');
  });

  it('answers 403 for a scope the Service App was not given, and only for that', async () => {
    await fx.call(null, 'PUT', '/sandbox/oauth/scopes', { scopes: ['spark-admin:people_read', 'cjp:config_read'] });
    expect((await fx.call('serviceApp', 'GET', '/people/me')).status).toBe(200);
    expect((await fx.call('serviceApp', 'GET', '/people?max=1')).status).toBe(200);
    const licenses = await fx.call('serviceApp', 'GET', '/licenses');
    expect(licenses.status).toBe(403);
    expect(licenses.body.message).toContain('missing required scopes (spark-admin:licenses_read)');
    expect(
      (await fx.call('serviceApp', 'GET', `/cc/organization/${fx.seed.organization.uuid}/user?pageSize=1`)).status,
    ).toBe(200);
    expect(
      (
        await fx.call(
          'serviceApp',
          'PUT',
          `/cc/organization/${fx.seed.organization.uuid}/user/00000000-0000-0000-0000-000000000000`,
          {},
        )
      ).status,
    ).toBe(403);
    // A person's token is not narrowed.
    expect((await fx.call('alice', 'GET', '/licenses')).status).toBe(200);
    await fx.call(null, 'PUT', '/sandbox/oauth/scopes', { scopes: null });
    expect((await fx.call('serviceApp', 'GET', '/licenses')).status).toBe(200);
  });
});
