import pg from 'pg';
import { assertSchemaName, describeServer } from './database.js';

export { describeServer };

import { loadMigrations, migrationState } from './migrate.js';

/** What a schema has against what this version of the bot brings. */
export interface SchemaReport {
  schema: string;
  /** The migrations recorded there (none: the schema is created at start). */
  applied: number[];
  /** The files the bot applies at its next start, by name (`001-initial-schema`). */
  pending: string[];
  /** Why the bot cannot use it (a schema migrated by a newer version). */
  problem?: string;
}

export interface DatabaseReport {
  /** The server, database and version, without the password. */
  where: string;
  version: string;
  schemas: SchemaReport[];
}

/**
 * Looks at a PostgreSQL database without changing it (the doctor): which server answers, and for each
 * schema which migrations it has had and which the bot would apply. Throws when the database does not
 * answer or refuses the connection.
 */
export async function inspectDatabase(url: string, schemas: string[]): Promise<DatabaseReport> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const [{ server_version: version }] = (await client.query<{ server_version: string }>('SHOW server_version'))
      .rows as [{ server_version: string }];
    const steps = loadMigrations();
    const reports: SchemaReport[] = [];
    for (const schema of schemas) {
      assertSchemaName(schema);
      try {
        const { applied, pending } = await migrationState(client, schema, steps);
        reports.push({
          schema,
          applied,
          pending: pending.map((s) => `${String(s.version).padStart(3, '0')}-${s.name}`),
        });
      } catch (error) {
        reports.push({ schema, applied: [], pending: [], problem: (error as Error).message });
      }
    }
    return { where: describeServer(url), version, schemas: reports };
  } finally {
    await client.end().catch(() => undefined);
  }
}
