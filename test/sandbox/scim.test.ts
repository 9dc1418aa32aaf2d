import { describe, expect, it } from 'vitest';
import { hydraKey } from '../../src/webex/hydra-id.js';
import { specCheckedSandbox } from '../support/spec-check.js';

const fx = specCheckedSandbox();

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const BULK = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const base = () => `${fx.url}/identity/scim/${fx.seed.organization.uuid}/v2`;
const uuidOf = (who: string) => hydraKey(fx.person(who).id, 'PEOPLE')!;
const rolePatch = (op: string, value = 'id_full_admin') => ({
  schemas: [PATCH_OP],
  Operations: [{ op, path: 'roles', value: [{ value, type: 'cirole' }] }],
});

describe('sandbox SCIM 2 users', () => {
  it('reads one user with roles as SCIM values, consistent with People', async () => {
    const res = await fx.call('serviceApp', 'GET', `${base()}/Users/${uuidOf('alice')}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: uuidOf('alice'), userName: fx.person('alice').email, userType: 'user' });
    expect(res.body.roles).toEqual([{ value: 'id_full_admin', type: 'cirole', display: 'Full administrator' }]);
    expect((await fx.call('serviceApp', 'GET', `${base()}/Users/00000000-0000-4000-8000-000000000000`)).status).toBe(
      404,
    );
  });

  it('adds and removes Full Administrator with PATCH, keeping phone numbers and licenses', async () => {
    const dana = fx.person('dana');
    const before = (await fx.call('serviceApp', 'GET', `/people/${dana.id}`)).body;
    const add = await fx.call('serviceApp', 'PATCH', `${base()}/Users/${uuidOf('dana')}`, rolePatch('add'));
    expect(add.status).toBe(200);
    expect(add.body.roles.map((r: { value: string }) => r.value)).toEqual(['id_full_admin']);
    const granted = (await fx.call('serviceApp', 'GET', `/people/${dana.id}`)).body;
    expect(granted.roles.map((id: string) => hydraKey(id, 'ROLE'))).toEqual(['id_full_admin']);
    expect(granted.phoneNumbers).toEqual(before.phoneNumbers);
    expect(granted.licenses).toEqual(before.licenses);
    // Adding a held role changes nothing.
    expect((await fx.call('serviceApp', 'PATCH', `${base()}/Users/${uuidOf('dana')}`, rolePatch('add'))).status).toBe(
      200,
    );
    const removed = await fx.call('serviceApp', 'PATCH', `${base()}/Users/${uuidOf('dana')}`, rolePatch('remove'));
    expect(removed.body.roles).toEqual([]);
    const after = (await fx.call('serviceApp', 'GET', `/people/${dana.id}`)).body;
    expect(after.roles).toEqual([]);
    expect(after.phoneNumbers).toEqual(before.phoneNumbers);
  });

  it('refuses a PATCH without the PatchOp schema, an unknown op or role, and one below Full Administrator', async () => {
    const url = `${base()}/Users/${uuidOf('eli')}`;
    const noSchema = await fx.call('serviceApp', 'PATCH', url, { ...rolePatch('add'), schemas: ['urn:other'] });
    expect(noSchema.status).toBe(400);
    expect(noSchema.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect((await fx.call('serviceApp', 'PATCH', url, rolePatch('move'))).status).toBe(400);
    expect((await fx.call('serviceApp', 'PATCH', url, rolePatch('add', 'id_nobody'))).status).toBe(400);
    // Bruno is a User Administrator: he may change users, not grant Full Administrator.
    expect((await fx.call('bruno', 'PATCH', url, rolePatch('add'))).status).toBe(403);
    expect((await fx.call('dana', 'PATCH', url, rolePatch('add'))).status).toBe(403);
  });

  it('needs identity:people_rw', async () => {
    await fx.call(null, 'PUT', '/sandbox/oauth/scopes', { scopes: ['spark-admin:people_read'] });
    const res = await fx.call('serviceApp', 'GET', `${base()}/Users/${uuidOf('alice')}`);
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('identity:people_rw');
    await fx.call(null, 'PUT', '/sandbox/oauth/scopes', { scopes: null });
  });

  it('runs Bulk PATCHes with a status per operation, failing only the operation at fault', async () => {
    const res = await fx.call('serviceApp', 'POST', `${base()}/Bulk`, {
      schemas: [BULK],
      failOnErrors: 100,
      operations: [
        { method: 'PATCH', path: `/Users/${uuidOf('eli')}`, data: JSON.stringify(rolePatch('add')), bulkId: 'a' },
        {
          method: 'PATCH',
          path: '/Users/00000000-0000-4000-8000-000000000000',
          data: JSON.stringify(rolePatch('add')),
          bulkId: 'b',
        },
        { method: 'PATCH', path: `/Users/${uuidOf('fatima')}`, data: JSON.stringify(rolePatch('add')), bulkId: 'c' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:BulkResponse']);
    expect(res.body.Operations.map((o: { bulkId: string; status: string }) => `${o.bulkId} ${o.status}`)).toEqual([
      'a 200',
      'b 404',
      'c 200',
    ]);
    expect(res.body.Operations[0].location).toContain(`/v2/Users/${uuidOf('eli')}`);
    expect(res.body.Operations[1].response.detail).toContain('not found');
    const eli = (await fx.call('serviceApp', 'GET', `/people/${fx.person('eli').id}`)).body;
    expect(eli.roles.map((id: string) => hydraKey(id, 'ROLE'))).toEqual(['id_full_admin']);
  });

  it('refuses a Bulk of more than 100 operations, or without the BulkRequest schema, changing nothing', async () => {
    const op = { method: 'PATCH', path: `/Users/${uuidOf('gus')}`, data: JSON.stringify(rolePatch('add')) };
    const tooMany = await fx.call('serviceApp', 'POST', `${base()}/Bulk`, {
      schemas: [BULK],
      failOnErrors: 1,
      operations: Array.from({ length: 101 }, () => op),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.scimType).toBe('tooMany');
    const wrong = await fx.call('serviceApp', 'POST', `${base()}/Bulk`, {
      schemas: [PATCH_OP],
      failOnErrors: 1,
      operations: [op],
    });
    expect(wrong.status).toBe(400);
    const gus = (await fx.call('serviceApp', 'GET', `/people/${fx.person('gus').id}`)).body;
    expect(gus.roles).toEqual([]);
  });
});
