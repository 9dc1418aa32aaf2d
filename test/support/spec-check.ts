import { expect } from 'vitest';
import type { Exchange } from '../../src/sandbox/server.js';
import { OpenApiChecker } from './openapi.js';

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
