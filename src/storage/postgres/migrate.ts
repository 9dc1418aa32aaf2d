import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/** One step of the schema: `migrations/postgres/NNN-name.sql`. */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

const FILE_RE = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/**
 * The folder of the migration files: `migrations/postgres` at the project's root, found from the source
 * (src/storage/postgres) and from the build (dist/src/storage/postgres) alike, as the card templates are.
 */
export function migrationsDir(): string {
  const candidates = [
    new URL('../../../migrations/postgres/', import.meta.url),
    new URL('../../../../migrations/postgres/', import.meta.url),
  ];
  const found = candidates.find((dir) => existsSync(dir));
  return fileURLToPath(found ?? candidates[0]!);
}

/** The migration files in order; a file not named `NNN-name.sql` or a number used twice is an error. */
export function loadMigrations(dir = migrationsDir()): PgMigration[] {
  const steps = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const m = FILE_RE.exec(file);
      if (!m) throw new Error(`${dir}/${file}: a migration file is named NNN-name.sql (for example 002-add-x.sql)`);
      return { version: Number(m[1]), name: m[2]!, sql: readFileSync(`${dir}/${file}`, 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  steps.forEach((step, i) => {
    if (i > 0 && steps[i - 1]!.version === step.version)
      throw new Error(`${dir}: two migration files have the number ${String(step.version).padStart(3, '0')}`);
  });
  return steps;
}

/** The lock key of a schema's migrations (one per schema, so organisations migrate side by side). */
function lockKey(schema: string): string {
  return `wxcc-bot migrations ${schema}`;
}

/** What the schema has (versions recorded) against what the files bring. */
export interface MigrationState {
  applied: number[];
  pending: PgMigration[];
}

/** Which steps the schema has had and which it has not, without changing anything. */
export async function migrationState(
  client: pg.ClientBase,
  schema: string,
  steps: PgMigration[],
): Promise<MigrationState> {
  const table = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [
    `${schema}.schema_migrations`,
  ]);
  const applied = table.rows[0]?.t
    ? (
        await client.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)
      ).rows.map((r) => r.version)
    : [];
  const latest = steps.at(-1)?.version ?? 0;
  const newest = applied.at(-1) ?? 0;
  if (newest > latest)
    throw new Error(
      `the database schema ${schema} is at migration ${newest}, newer than this version of the bot knows (${latest}): run the newer version, or restore a backup of the database`,
    );
  return { applied, pending: steps.filter((s) => !applied.includes(s.version)) };
}

/**
 * Brings `schema` up to date: in one transaction, under a PostgreSQL advisory lock held until it ends,
 * creates the schema and its `schema_migrations` table when missing and applies the steps not recorded
 * there. Two replicas starting at once apply each step once: the second waits for the lock, then finds
 * the steps recorded. Returns the versions this call applied.
 */
export async function migrate(client: pg.ClientBase, schema: string, steps = loadMigrations()): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey(schema)]);
    // Up to date (every start but the first after an upgrade): nothing is created, so a replica whose
    // user may only read and write the tables starts as well.
    if ((await migrationState(client, schema, steps)).pending.length === 0) {
      await client.query('COMMIT');
      return [];
    }
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${schema}".schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { pending } = await migrationState(client, schema, steps);
    await client.query(`SET LOCAL search_path TO "${schema}"`);
    for (const step of pending) {
      await client.query(step.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
    }
    await client.query('COMMIT');
    return pending.map((s) => s.version);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
