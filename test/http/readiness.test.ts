import { describe, expect, it } from 'vitest';
import { Readiness } from '../../src/http/readiness.js';

describe('readiness', () => {
  it("reuses Webex's good answer but asks the store at every check", async () => {
    let webexCalls = 0;
    let storeProblem: string | undefined;
    const readiness = new Readiness({
      webhooks: async () => ({ ok: true }),
      webex: async () => (webexCalls += 1),
      store: { writeProblem: async () => storeProblem },
      credential: { problem: undefined },
      cacheMs: 60_000,
    });
    expect(await readiness.check()).toEqual({
      ready: true,
      checks: { webhooks: 'registered', store: 'writable', webex: 'reachable', credential: 'usable' },
    });
    storeProblem = 'the store cannot be written: the data directory /data is deleted: gone';
    const broken = await readiness.check();
    expect(broken).toMatchObject({ ready: false, checks: { store: storeProblem, webex: 'reachable' } });
    expect(readiness.ready).toBe(false);
    storeProblem = undefined;
    expect((await readiness.check()).ready).toBe(true);
    expect(webexCalls).toBe(1);
  });

  it('takes the start on trust for Webex only: the store is asked at the first check', async () => {
    const readiness = new Readiness({
      webhooks: async () => ({ ok: true }),
      webex: async () => undefined,
      store: { writeProblem: async () => 'the store cannot be written: read-only' },
      credential: { problem: undefined },
      cacheMs: 60_000,
    });
    readiness.started({ ok: true });
    expect(readiness.ready).toBe(true);
    expect(await readiness.check()).toEqual({
      ready: false,
      checks: { webhooks: 'registered', store: 'the store cannot be written: read-only', credential: 'usable' },
    });
  });
});
