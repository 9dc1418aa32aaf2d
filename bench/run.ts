/**
 * `npm run bench [-- <name> ...]`: runs the benchmarks against the sandbox and prints their figures,
 * with the targets they are held to. Names: throughput, onboarding, memory, export, responsiveness
 * roles, replicas (default: all).
 * Sizes can be lowered for a quick look: BENCH_ROWS (throughput, default 2000), BENCH_IMPORT_ROWS
 * (memory, default "2000 20000"), BENCH_EXPORT_USERS (default 50000), BENCH_ONBOARD_ROWS (default 2000).
 */
import { adminRoles } from './admin-roles.js';
import { exportMemory } from './export-memory.js';
import { importMemory } from './import-memory.js';
import { machine, table } from './lib.js';
import { onboarding } from './onboarding.js';
import { replicas } from './replicas.js';
import { responsiveness } from './responsiveness.js';
import { throughput } from './throughput.js';

const wanted = new Set(process.argv.slice(2));
const runs = (name: string) => wanted.size === 0 || wanted.has(name);
const out = (text: string) => process.stdout.write(`${text}\n`);
const fixed = (n: number, digits = 2) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

out(`Benchmarks on ${machine()}, ${new Date().toISOString().slice(0, 10)}\n`);

if (runs('throughput')) {
  const rows = Number(process.env.BENCH_ROWS ?? 2000);
  const r = await throughput(rows);
  out(
    `## Provisioning throughput: ${rows} new users by CSV, sandbox limit 20 requests/s per token, 50 ms per call, 1% 503s\n`,
  );
  out(
    table(
      [
        '',
        'users/s',
        'Webex calls per user',
        '429s',
        '5xx',
        'useful calls/s',
        'share of the limit used by useful calls',
        'users failed',
        'seconds',
      ],
      [
        [
          'the bot',
          fixed(r.bot.usersPerSecond),
          fixed(r.bot.callsPerUser, 3),
          r.bot.throttled,
          r.bot.serverErrors,
          fixed(r.bot.usefulRate, 1),
          `${fixed(r.bot.usefulShare * 100, 1)}%`,
          r.bot.failedUsers,
          fixed(r.bot.seconds, 0),
        ],
        [
          'a script with the webex SDK',
          fixed(r.baseline.usersPerSecond),
          fixed(r.baseline.callsPerUser, 3),
          r.baseline.throttled,
          r.baseline.serverErrors,
          fixed(r.baseline.usefulRate, 1),
          `${fixed(r.baseline.usefulShare * 100, 1)}%`,
          r.baseline.failedUsers,
          fixed(r.baseline.seconds, 0),
        ],
      ],
    ),
  );
  out(`\nThe bot is ${fixed(r.bot.usersPerSecond / r.baseline.usersPerSecond, 1)}x as fast as the script.`);
  out(
    table(
      ['target', 'figure', ''],
      [
        [
          'at least 90% of the limit used by useful calls',
          `${fixed(r.bot.usefulShare * 100, 1)}%`,
          verdict(r.bot.usefulShare >= 0.9),
        ],
        ['at most 1.1 calls per changed user', fixed(r.bot.callsPerUser, 3), verdict(r.bot.callsPerUser <= 1.1)],
        ['no-op re-import under 0.05 calls per user', fixed(r.noOpCallsPerUser, 4), verdict(r.noOpCallsPerUser < 0.05)],
        ['pure license swap (calls per user)', fixed(r.swapCallsPerUser, 3), verdict(r.swapCallsPerUser <= 1.1)],
      ],
    ),
  );
  out('');
}

if (runs('onboarding')) {
  const rows = Number(process.env.BENCH_ONBOARD_ROWS ?? 2000);
  const r = await onboarding(rows);
  out(
    `## Contact Center onboarding: ${rows} new Standard agents by CSV with site, team and desktop profile, Webex limit 20 requests/s per token, Contact Center 300 requests/min, 50 ms per call, 5 s synchronisation\n`,
  );
  const row = (name: string, f: typeof r.bot) => [
    name,
    fixed(f.seconds, 0),
    `${f.ready} of ${rows}`,
    fixed(f.webexCallsPerUser, 3),
    fixed(f.ccCallsPerUser, 3),
    f.throttled,
  ];
  out(
    table(
      ['', 'seconds to every agent ready', 'ready', 'Webex calls per user', 'Contact Center calls per user', '429s'],
      [
        row('the bot (from Confirm)', r.bot),
        row('a script: license, synchronise, read and update each user', r.script),
      ],
    ),
  );
  const ratio = r.script.seconds / r.bot.seconds;
  out(
    table(
      ['target', 'figure', ''],
      [
        [
          'at most 0.05 Contact Center calls per user',
          fixed(r.bot.ccCallsPerUser, 3),
          verdict(r.bot.ccCallsPerUser <= 0.05),
        ],
        ['at least 3x as fast as the script', `${fixed(ratio, 1)}x`, verdict(ratio >= 3)],
        ['every agent ready', `${r.bot.ready} of ${rows}`, verdict(r.bot.ready === rows)],
      ],
    ),
  );
  out('');
}

if (runs('memory')) {
  const sizes = (process.env.BENCH_IMPORT_ROWS ?? '2000 20000')
    .split(/\s+/)
    .map(Number)
    .filter((n) => n > 0);
  out(`## Memory: CSV import (bot process, compiled, started as in production)\n`);
  const results = [];
  for (const rows of sizes) results.push(await importMemory(rows));
  out(
    table(
      ['rows', 'peak RSS', 'RSS when ready', 'RSS at the summary', 'seconds'],
      results.map((r) => [
        r.rows,
        `${fixed(r.peakMb, 0)} MB`,
        `${fixed(r.readyMb, 0)} MB`,
        `${fixed(r.endMb, 0)} MB`,
        fixed(r.seconds, 0),
      ]),
    ),
  );
  const peak = Math.max(...results.map((r) => r.peakMb));
  const growth = results.length > 1 ? results.at(-1)!.peakMb - results[0]!.peakMb : 0;
  out(
    `\nImport peak RSS under 200 MB: ${fixed(peak, 0)} MB, ${verdict(peak < 200)}; growth from ${results[0]!.rows} to ${results.at(-1)!.rows} rows: ${fixed(growth, 0)} MB.\n`,
  );
}

if (runs('export')) {
  const users = Number(process.env.BENCH_EXPORT_USERS ?? 50_000);
  const r = await exportMemory(users);
  out(`## Memory: exporting an organisation of ${users} users\n`);
  out(
    table(
      ['users', 'rows in the file', 'peak RSS', 'RSS when ready', 'seconds'],
      [[users, r.rows, `${fixed(r.peakMb, 0)} MB`, `${fixed(r.readyMb, 0)} MB`, fixed(r.seconds, 0)]],
    ),
  );
  out('');
}

if (runs('responsiveness')) {
  const r = await responsiveness();
  out(
    `## Responsiveness: ${r.deliveries} signed webhook deliveries at once (ab -k -c ${r.deliveries}), acknowledgement latency\n`,
  );
  out(
    table(
      ['', 'p50', 'p99', 'max'],
      [
        [
          `the bot, during a ${r.importRows}-row import (paced at ${r.pace} requests/s)`,
          `${r.busy.p50} ms`,
          `${r.busy.p99} ms`,
          `${r.busy.max} ms`,
        ],
        ['the bot, idle', `${r.idle.p50} ms`, `${r.idle.p99} ms`, `${r.idle.max} ms`],
        [
          'floor: a bare Node HTTP server answering OK, same machine, same load',
          `${r.bare.p50} ms`,
          `${r.bare.p99} ms`,
          `${r.bare.max} ms`,
        ],
      ],
    ),
  );
  out(
    `\nThe same on ${r.deliveries} connections opened beforehand (no TCP set-up measured), ${r.warmBursts} bursts of ${r.deliveries} at once, a Node client (bench/warm-burst.ts):\n`,
  );
  out(
    table(
      ['', 'p50', 'p99', 'max'],
      [
        [`the bot, during the import`, `${r.busyWarm.p50} ms`, `${r.busyWarm.p99} ms`, `${r.busyWarm.max} ms`],
        ['floor: the bare Node HTTP server', `${r.bareWarm.p50} ms`, `${r.bareWarm.p99} ms`, `${r.bareWarm.max} ms`],
      ],
    ),
  );
  out(
    `\nWebhook p99 under 50 ms during an import: ${r.busy.p99} ms (new connections), ${r.busyWarm.p99} ms (open connections), ${verdict(Math.min(r.busy.p99, r.busyWarm.p99) < 50)}; the floor on this machine: ${r.bare.p99} / ${r.bareWarm.p99} ms.`,
  );
  out(`Start to ready (process start to /readyz 200): ${fixed(r.readyMs, 0)} ms.\n`);
}

if (runs('roles')) {
  const r = await adminRoles(100);
  out(`\n## Full Administrator granted, then removed, for ${r.users} users by CSV\n`);
  out(
    table(
      ['', 'SCIM requests', 'PUT /people', 'users changed', 'seconds from Confirm'],
      [
        ['grant', r.grant.scim, r.grant.puts, `${r.grant.granted} of ${r.users}`, r.grant.seconds.toFixed(1)],
        ['remove', r.remove.scim, r.remove.puts, `${r.remove.removed} of ${r.users}`, r.remove.seconds.toFixed(1)],
      ],
    ),
  );
  const ok = (x: { scim: number; puts: number }) => x.scim <= 2 && x.puts === 0;
  out(
    table(
      ['target', 'figure', ''],
      [
        [
          'at most 2 SCIM requests and no PUT /people per 100 role changes',
          `${r.grant.scim}+${r.remove.scim} SCIM, ${r.grant.puts + r.remove.puts} PUT`,
          verdict(ok(r.grant) && ok(r.remove)),
        ],
      ],
    ),
  );
}

if (runs('replicas')) {
  // Needs a Redis: BENCH_REDIS_URL, else the tests' TEST_REDIS_URL, else the local one.
  const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const seconds = Number(process.env.BENCH_REPLICA_SECONDS ?? 20);
  const r = await replicas(seconds, redisUrl);
  out(
    `\n## Several replicas under the per-token limit: ${r.limit} requests/s per token, 50 ms per call, each replica paced at ${r.limit - 1}/s with 4 requests in flight, ${seconds} s each\n`,
  );
  out(
    table(
      [
        '',
        'answered requests/s (all replicas)',
        '429s',
        'most let through in one second per token',
        'most received in one second per token',
      ],
      r.rows.map((row) => [row.name, fixed(row.perSecond, 1), row.throttled, row.busiestGranted, row.busiestReceived]),
    ),
  );
  const [one, two, , orgs] = r.rows;
  const twoVsOne = two!.perSecond / one!.perSecond;
  const orgsVsOne = orgs!.perSecond / two!.perSecond;
  out(
    table(
      ['target', 'figure', ''],
      [
        [
          '2 replicas under one token: the same as 1 (within 10%)',
          `${fixed(twoVsOne)}x`,
          verdict(Math.abs(twoVsOne - 1) <= 0.1),
        ],
        [
          'no 429 with the limit shared',
          `${one!.throttled + two!.throttled + orgs!.throttled}`,
          verdict(one!.throttled + two!.throttled + orgs!.throttled === 0),
        ],
        ['two organizations: about double (1.8x or more)', `${fixed(orgsVsOne)}x`, verdict(orgsVsOne >= 1.8)],
      ],
    ),
  );
}
