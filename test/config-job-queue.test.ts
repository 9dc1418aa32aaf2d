import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { runtimeConfig } from '../src/runtime-config.js';

const problems = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  return '';
};

const sandbox = {
  url: 'http://127.0.0.1:1',
  botToken: 'bot',
  serviceApp: { clientId: 'c', clientSecret: 's', refreshToken: 'r' },
  adminSpaceId: 'space',
  dataDir: '/tmp/h20d/config',
  webhookSecret: 'secret-secret-secret',
};

describe("configuration of the job queue's lease and slice, and of the Redis key prefix", () => {
  it('keeps a 300 s lease and 60 s slices, and the default prefix, when nothing is set', () => {
    const config = loadConfig({});
    expect(config.jobLeaseSeconds).toBe(300);
    expect(config.jobSliceSeconds).toBe(60);
    const runtime = runtimeConfig(config, sandbox);
    expect(runtime.jobLeaseSeconds).toBeUndefined();
    expect(runtime.jobSliceSeconds).toBeUndefined();
    expect(runtime.redisKeyPrefix).toBeUndefined();
  });

  it('reads JOB_LEASE_SECONDS, JOB_SLICE_SECONDS and REDIS_KEY_PREFIX', () => {
    const config = loadConfig({ JOB_LEASE_SECONDS: '20', JOB_SLICE_SECONDS: '5', REDIS_KEY_PREFIX: 'blue:limit' });
    const runtime = runtimeConfig(config, sandbox);
    expect(runtime).toMatchObject({ jobLeaseSeconds: 20, jobSliceSeconds: 5, redisKeyPrefix: 'blue:limit' });
  });

  it('says a slice must stay within half the lease', () => {
    expect(problems({ JOB_LEASE_SECONDS: '60', JOB_SLICE_SECONDS: '60' })).toContain(
      'JOB_SLICE_SECONDS (60) must be at most half of JOB_LEASE_SECONDS (60)',
    );
    expect(problems({ JOB_LEASE_SECONDS: '0' })).toContain('JOB_LEASE_SECONDS must be above 0');
  });
});
