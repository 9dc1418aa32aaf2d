/**
 * Full Administrator granted, then removed, for 100 users by CSV: how many SCIM 2 requests and how many
 * `PUT /people` calls the role changes take. The role goes through SCIM Bulk (at most 100 operations per
 * request); no person is replaced as a whole.
 */
import type { SandboxFixture } from '../test/support/sandbox-api.js';
import { ADMIN, callsOf, confirmAndWait, startBot, startSandbox, uploadForPreview, usersCsv } from './lib.js';

export interface AdminRolesResult {
  users: number;
  grant: { scim: number; puts: number; seconds: number; granted: number };
  remove: { scim: number; puts: number; seconds: number; removed: number };
}

function rolesCsv(users: number, role: 'Administrator' | 'Agent'): string {
  const lines = [
    'User ID/Email (Required),Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role',
  ];
  for (let i = 0; i < users; i += 1) lines.push(`role${i}@acme.example.com,FALSE,TRUE,${role}`);
  return lines.join('\r\n');
}

async function roleRun(
  fx: SandboxFixture,
  users: number,
  role: 'Administrator' | 'Agent',
): Promise<{ scim: number; puts: number; seconds: number }> {
  const { thread, preview } = await uploadForPreview(fx, `${role}.csv`, rolesCsv(users, role), 'add-remove');
  const { confirmedAt } = await confirmAndWait(fx, thread, preview);
  const calls = callsOf(fx, ADMIN, confirmedAt).all;
  const scim = calls.filter((e) => e.path.startsWith('/identity/scim/'));
  const puts = calls.filter((e) => e.method === 'PUT' && e.path.startsWith('/v1/people'));
  const last = Math.max(...calls.map((e) => e.answeredAt));
  return { scim: scim.length, puts: puts.length, seconds: (last - confirmedAt) / 1000 };
}

export async function adminRoles(users = 100): Promise<AdminRolesResult> {
  const fx = await startSandbox();
  try {
    await fx.call(null, 'PUT', '/sandbox/licenses/CJPPRM', { totalUnits: users * 2 + 100 });
    const bot = await startBot(fx);
    try {
      const created = await uploadForPreview(
        fx,
        'new.csv',
        usersCsv(users, { prefix: 'role', standard: '', premium: 'TRUE' }),
        'add',
      );
      await confirmAndWait(fx, created.thread, created.preview);
      const fullAdmin = (email: string) =>
        fx.sandbox.state.isFullAdministrator(fx.sandbox.state.findPersonByEmail(email)!);
      const emails = Array.from({ length: users }, (_, i) => `role${i}@acme.example.com`);
      const grant = await roleRun(fx, users, 'Administrator');
      const granted = emails.filter(fullAdmin).length;
      const remove = await roleRun(fx, users, 'Agent');
      const removed = emails.filter((e) => !fullAdmin(e)).length;
      return { users, grant: { ...grant, granted }, remove: { ...remove, removed } };
    } finally {
      bot.process.kill('SIGKILL');
    }
  } finally {
    await fx.stop();
  }
}
