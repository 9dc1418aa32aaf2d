/** Rows of `SELECT <key> AS k, COUNT(*) AS n ... GROUP BY <key>` as a map from key to count. */
export function countsOf(rows: Record<string, unknown>[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.k as string, r.n as number]));
}
