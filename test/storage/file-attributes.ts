import { execFileSync } from 'node:child_process';

/**
 * Makes a file or folder immutable (`chattr +i`) or writable again. The tests run as root, for whom
 * permission bits block no write, and a read-only bind mount needs privileges a test does not have;
 * the immutable attribute holds even for root (access(2) answers EPERM), so it stands for "read-only".
 * False when the file system or the process cannot set it (no CAP_LINUX_IMMUTABLE, tmpfs).
 */
export function setImmutable(path: string, on: boolean): boolean {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether this machine can make a file immutable at all (probed on a file of the test's own). */
export function immutableSupported(probe: string): boolean {
  if (!setImmutable(probe, true)) return false;
  setImmutable(probe, false);
  return true;
}
