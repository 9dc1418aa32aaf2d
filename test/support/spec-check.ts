import { afterAll, beforeAll, expect } from 'vitest';
import type { Exchange } from '../../src/sandbox/server.js';
import { OpenApiChecker } from './openapi.js';
import { SandboxFixture } from './sandbox-api.js';

let checker: OpenApiChecker | undefined;

export function specChecker(): OpenApiChecker {
  checker ??= new OpenApiChecker();
  return checker;
}

/** Every exchange the sandbox recorded matches the official OpenAPI files (or a listed erratum). */
export function expectExchangesMatchSpec(exchanges: Exchange[]): void {
  expect(exchanges.length).toBeGreaterThan(0);
  const problems = exchanges.flatMap((e) => specChecker().check(e));
  expect(problems).toEqual([]);
}

/**
 * A sandbox for one test file, recording what it is asked: started before the file's tests, and
 * afterwards every exchange must match the specifications.
 */
export function specCheckedSandbox(): SandboxFixture {
  const fx = new SandboxFixture({ recordExchanges: true });
  beforeAll(() => fx.start());
  afterAll(async () => {
    expectExchangesMatchSpec(fx.sandbox.exchanges);
    await fx.stop();
  });
  return fx;
}
