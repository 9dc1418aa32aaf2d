import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { formatReport, runDoctor } from './checks.js';

/**
 * `npm run doctor` (in the image: `node dist/src/doctor/cli.js`): reads the same environment as the
 * bot and checks it against Webex, every organisation of ORGS_FILE in turn. Exit code 0 when everything
 * the bot needs is there, 1 otherwise (the report names the failing organisations).
 */
async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stdout.write(`✘ Configuration\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (config.mode === 'sandbox') {
    process.stdout.write(
      'No WEBEX_BOT_TOKEN is set: the bot runs against its sandbox, which needs no checking. Set the variables of docs/real-organisation.md to check a real configuration.\n',
    );
    return 0;
  }
  process.stdout.write(
    config.orgs
      ? `Checking the configuration against ${config.webexApiBaseUrl} for ${config.orgs.length} organization${config.orgs.length === 1 ? '' : 's'} of the organizations file: ${config.orgs.map((o) => o.name).join(', ')}...\n\n`
      : `Checking the configuration against ${config.webexApiBaseUrl} and ${config.ccApiBaseUrl}...\n\n`,
  );
  const checks = await runDoctor(config, createLogger('silent'));
  process.stdout.write(`${formatReport(checks)}\n`);
  return checks.some((c) => c.verdict === 'fail') ? 1 : 0;
}

process.exitCode = await main();
