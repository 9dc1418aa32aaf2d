import { readFileSync } from 'node:fs';
import type { SeedInput } from './seed.js';
import { Sandbox } from './server.js';

/** Runs the sandbox cloud on its own: `npm run sandbox -- [port] [seed.json]`. */
const port = Number(process.argv[2] ?? 4010);
const seedPath = process.argv[3];
const seed = seedPath ? (JSON.parse(readFileSync(seedPath, 'utf8')) as SeedInput) : undefined;
const sandbox = new Sandbox(seed ? { seed } : {});
const url = await sandbox.start(port);
const described = sandbox.describe();
process.stdout.write(
  `Webex sandbox listening on ${url}\n  Webex API:          ${url}/v1\n  Contact Center API: ${url}/cc\n  Control API:        ${url}/sandbox/seed\n  Admin space id:     ${described.adminSpaceId}\n`,
);
const stop = (): void => {
  void sandbox.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
