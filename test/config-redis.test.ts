import { hostname } from 'node:os';
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

describe('configuration of several replicas (Redis for the shared limits)', () => {
  it('keeps every limit in the process by default: no Redis, one replica', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeUndefined();
    expect(config.replicas).toBe(1);
    const runtime = runtimeConfig(config, {
      url: 'http://127.0.0.1:1',
      botToken: 'bot',
      serviceApp: { clientId: 'c', clientSecret: 's', refreshToken: 'r' },
      adminSpaceId: 'space',
      dataDir: '/tmp/limits/data',
      webhookSecret: 'secret-secret-secret',
    });
    expect(runtime.redisUrl).toBeUndefined();
    expect(runtime.replicas).toBeUndefined();
  });

  it('reads REDIS_URL (redis:// or rediss://) and REPLICAS', () => {
    const config = loadConfig({ REDIS_URL: 'rediss://cache.example.com:6380', REPLICAS: '3' });
    expect(config.redisUrl).toBe('rediss://cache.example.com:6380');
    expect(config.replicas).toBe(3);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('says how to fix a REDIS_URL that is not Redis and a REPLICAS that is not a count', () => {
    const told = problems({ REDIS_URL: 'http://cache:6379', REPLICAS: '0' });
    expect(told).toMatch(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(told).toMatch(/REPLICAS must be 1 or more/);
    expect(problems({ REPLICAS: 'two' })).toMatch(/REPLICAS must be a number/);
    expect(problems({ REPLICAS: '1.5' })).toMatch(/REPLICAS must be a whole number/);
  });

  it('names the replica by REPLICA_ID, or by this machine and process', () => {
    expect(loadConfig({ REPLICA_ID: ' bot-a ' }).replicaId).toBe('bot-a');
    expect(loadConfig({}).replicaId).toBe(`${hostname()}-${process.pid}`);
    expect(problems({ REPLICA_ID: 'r'.repeat(101) })).toMatch(/REPLICA_ID must be at most 100 characters/);
  });
});
