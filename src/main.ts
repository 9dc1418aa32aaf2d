import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningApp, type RuntimeConfig, startApp } from './app.js';
import { type AppConfig, ConfigError, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { Sandbox } from './sandbox/server.js';

/** Composition root: configuration, then (in sandbox mode) the sandbox cloud, then the bot. */

interface SandboxDescription {
  adminSpaceId: string;
  bot: { token: string; email: string; displayName: string };
  serviceApp: { token: string; oauth: { clientId: string; clientSecret: string; refreshToken: string } };
  people: { email: string; displayName: string; roles: string[]; token: string }[];
}

function sandboxBanner(sandbox: Sandbox, app: RunningApp): string {
  const seed = sandbox.describe() as unknown as SandboxDescription;
  const alice = seed.people.find((p) => p.roles.includes('Full Administrator'))!;
  const mallory = seed.people.find((p) => p.roles.length === 0)!;
  const body = JSON.stringify({
    roomId: seed.adminSpaceId,
    markdown: `<@personEmail:${seed.bot.email}|${seed.bot.displayName}> help`,
  });
  return [
    '',
    'Sandbox mode: no WEBEX_BOT_TOKEN is set, so the bot runs against the local Webex sandbox.',
    `  Open in a browser:      ${sandbox.url}/ui/  (the admin space as a Webex client shows it, and the sandbox's controls)`,
    `  Sandbox Webex API:      ${sandbox.url}/v1`,
    `  Sandbox control API:    ${sandbox.url}/sandbox/seed  (seeded people, tokens, spaces)`,
    `  Bot:                    ${app.url}  (webhook ${app.webhookUrl}, ready: ${app.ready})`,
    `  Admin space id:         ${seed.adminSpaceId}`,
    `  Act as ${alice.displayName} (Full Administrator), token: ${alice.token}`,
    `  Act as ${mallory.displayName} (not an administrator), token: ${mallory.token}`,
    '',
    'Post "help" to the bot as the admin, then read the answer in the space:',
    `  curl -s -X POST ${sandbox.url}/v1/messages -H "Authorization: Bearer ${alice.token}" -H "Content-Type: application/json" -d '${body}'`,
    `  curl -s "${sandbox.url}/v1/messages?roomId=${seed.adminSpaceId}&max=5" -H "Authorization: Bearer ${alice.token}"`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // A promise or callback deep in a library (the bot framework's SDK, a stream) that fails with nobody
  // to handle it is logged; the bot keeps serving its spaces instead of ending with work in hand.
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'a promise failed with nobody to handle it; the bot keeps running'),
  );
  process.on('uncaughtException', (error) =>
    logger.error({ err: error }, 'an unexpected error escaped its handler; the bot keeps running'),
  );
  let sandbox: Sandbox | undefined;
  let runtime: RuntimeConfig;
  if (config.mode === 'sandbox') {
    // The sandbox starts from its seed every time, so the jobs of an earlier sandbox run mean nothing.
    const sandboxDataDir = join(config.dataDir, 'sandbox');
    rmSync(sandboxDataDir, { recursive: true, force: true });
    sandbox = new Sandbox();
    await sandbox.start(config.sandboxPort, '127.0.0.1');
    const seed = sandbox.describe() as unknown as SandboxDescription;
    runtime = {
      botToken: seed.bot.token,
      // As a real deployment: the Service App's client and refresh token; the bot gets its access tokens.
      adminRefresh: seed.serviceApp.oauth,
      webexApiBaseUrl: `${sandbox.url}/v1`,
      ccApiBaseUrl: `${sandbox.url}/cc`,
      webhook: { secret: randomBytes(24).toString('hex'), path: '/webhook' },
      adminRoomIds: config.adminRoomIds.length > 0 ? config.adminRoomIds : [seed.adminSpaceId],
      allowedActors: config.allowedActors,
      port: config.port,
      bindHost: config.bindHost,
      dataDir: sandboxDataDir,
      webexRequestsPerSecond: config.webexRequestsPerSecond,
      ccRequestsPerMinute: config.ccRequestsPerMinute,
      defaultLanguage: config.defaultLanguage,
      // The sandbox models Control Hub's "Synchronize Users" button with an endpoint.
      sync: {
        ...config.sync,
        endpointUrl: config.sync.endpointUrl ?? `${sandbox.url}/sandbox/contact-center/synchronize`,
      },
    };
  } else {
    runtime = {
      botToken: config.botToken,
      ...(config.adminToken ? { adminToken: config.adminToken } : {}),
      ...(config.adminRefresh ? { adminRefresh: config.adminRefresh } : {}),
      webexApiBaseUrl: config.webexApiBaseUrl,
      ccApiBaseUrl: config.ccApiBaseUrl,
      webhook: config.webhook
        ? {
            secret: config.webhook.secret,
            path: new URL(config.webhook.publicUrl).pathname,
            publicUrl: config.webhook.publicUrl,
          }
        : undefined,
      adminRoomIds: config.adminRoomIds,
      allowedActors: config.allowedActors,
      port: config.port,
      bindHost: config.bindHost,
      dataDir: config.dataDir,
      webexRequestsPerSecond: config.webexRequestsPerSecond,
      ccRequestsPerMinute: config.ccRequestsPerMinute,
      defaultLanguage: config.defaultLanguage,
      sync: config.sync,
    };
  }
  const app = await startApp(runtime, logger);
  if (sandbox) process.stdout.write(sandboxBanner(sandbox, app));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new work is taken; the users in hand are finished');
    // A container runtime kills the process after its grace period: exit before that, on our terms.
    // Users still in hand then are read back at the next start, so nothing is done twice.
    setTimeout(() => {
      logger.error(
        { timeoutMs: config.shutdownTimeoutMs },
        'stopping took too long; exiting, the job resumes at the next start',
      );
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    void app
      .stop()
      .then(() => sandbox?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'stopping failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
