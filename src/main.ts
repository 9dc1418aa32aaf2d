import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningApp, startApp } from './app.js';
import { type AppConfig, ConfigError, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { runtimeConfig, type SandboxOrg, type SandboxRuntime } from './runtime-config.js';
import { type IdentityDescription, Sandbox, type SandboxDescription } from './sandbox/server.js';

/** Composition root: configuration, then (in sandbox mode) the sandbox cloud, then the bot. */

function sandboxBanner(sandbox: Sandbox, bot: IdentityDescription, app: RunningApp): string {
  const seed = sandbox.describe();
  const alice = seed.people.find((p) => p.roles.includes('Full Administrator'))!;
  const mallory = seed.people.find((p) => p.roles.length === 0)!;
  const body = JSON.stringify({
    roomId: seed.adminSpaceId,
    markdown: `<@personEmail:${bot.email}|${bot.displayName}> help`,
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

/**
 * The partner's view of the sandbox (SANDBOX_ORGS=acme,globex): the customers named, each with its own
 * Service App, admin space and "Synchronize Users", and the partner's space shared by all of them, where
 * the partner's Full Administrators may act for each.
 */
function sandboxOrgs(seed: SandboxDescription, keys: string[]): SandboxOrg[] {
  const customers = seed.organizations.filter((o) => o.serviceApp?.oauth.refreshToken && o.adminSpaceId);
  const partner = seed.organizations.find((o) => o.key === 'partner');
  const partnerAdmins = (partner?.people ?? [])
    .filter((p) => p.roles.includes('Full Administrator'))
    .map((p) => p.email);
  return keys.map((key) => {
    const org = customers.find((o) => o.key === key);
    if (!org?.serviceApp?.oauth.refreshToken)
      throw new Error(
        `SANDBOX_ORGS names "${key}", which is not a customer organization of the sandbox; it has ${customers.map((o) => o.key).join(', ')}.`,
      );
    const { clientId, clientSecret, refreshToken } = org.serviceApp.oauth;
    return {
      key: org.key,
      name: org.name,
      orgId: org.orgId,
      serviceApp: { clientId, clientSecret, refreshToken },
      adminSpaceId: org.adminSpaceId,
      synchronizeUrl: org.synchronizeUrl,
      sharedSpaceIds: seed.partnerSpaceId ? [seed.partnerSpaceId] : [],
      partnerAdmins,
    };
  });
}

function partnerBanner(seed: SandboxDescription, orgs: SandboxOrg[]): string[] {
  const partner = seed.organizations.find((o) => o.key === 'partner');
  const lines = ['', `Partner view: the bot serves ${orgs.map((o) => `${o.name} (@${o.key})`).join(' and ')}.`];
  if (seed.partnerSpaceId) lines.push(`  Partner space (shared): ${seed.partnerSpaceId}`);
  for (const org of orgs) lines.push(`  ${org.name} admin space: ${org.adminSpaceId}`);
  for (const p of (partner?.people ?? []).filter((x) => x.roles.includes('Full Administrator')))
    lines.push(`  Act as ${p.displayName} (partner administrator), token: ${p.token}`);
  for (const org of orgs) {
    const admin = seed.organizations
      .find((o) => o.key === org.key)
      ?.people.find((p) => p.roles.includes('Full Administrator'));
    if (admin) lines.push(`  Act as ${admin.displayName} (${org.name} Full Administrator), token: ${admin.token}`);
  }
  return lines;
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
  let sandboxRuntime: SandboxRuntime | undefined;
  let sandboxBot: IdentityDescription | undefined;
  if (config.mode === 'sandbox') {
    sandbox = new Sandbox();
    // The port first: a second start beside a running one fails here (address in use), before it could
    // delete the running bot's data below.
    await sandbox.start(config.sandboxPort, '127.0.0.1');
    // The sandbox starts from its seed every time, so the jobs of an earlier sandbox run mean nothing.
    const sandboxDataDir = join(config.dataDir, 'sandbox');
    rmSync(sandboxDataDir, { recursive: true, force: true });
    const seed = sandbox.describe();
    const { bot, serviceApp } = seed;
    if (!bot?.token || !serviceApp?.oauth.refreshToken)
      throw new Error('The sandbox seed has no bot or no Service App.');
    sandboxBot = bot;
    const { clientId, clientSecret, refreshToken } = serviceApp.oauth;
    sandboxRuntime = {
      url: sandbox.url,
      botToken: bot.token,
      serviceApp: { clientId, clientSecret, refreshToken },
      adminSpaceId: seed.adminSpaceId,
      dataDir: sandboxDataDir,
      webhookSecret: randomBytes(24).toString('hex'),
      ...(config.sandboxOrgs.length > 0 ? { orgs: sandboxOrgs(seed, config.sandboxOrgs) } : {}),
    };
  }
  const runtime = runtimeConfig(config, sandboxRuntime);
  let app: RunningApp;
  try {
    app = await startApp(runtime, logger);
  } catch (error) {
    // Said and ended here: the handler of escaped errors above would keep an idle process alive, and
    // a start that failed (an unusable data directory, say) must exit non-zero for the supervisor.
    logger.fatal({ err: error }, `the bot could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  if (sandbox && sandboxBot) {
    process.stdout.write(sandboxBanner(sandbox, sandboxBot, app));
    if (sandboxRuntime?.orgs)
      process.stdout.write(`${partnerBanner(sandbox.describe(), sandboxRuntime.orgs).join('\n')}\n\n`);
  }

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

// A start that fails before the bot's own handling (the sandbox's port in use, say) is said plainly and
// ends the process non-zero, for whoever supervises it.
try {
  await main();
} catch (error) {
  process.stderr.write(`The bot could not start: ${(error as Error).message}\n`);
  process.exit(1);
}
