import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StorageState } from '../errors.js';

/** Which file an open connection writes into: a path can come to name another file, or none. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export interface DatabaseFileProblem {
  state: StorageState;
  detail: string;
}

/** The identity of the file at `path` now. */
export function fileIdentity(path: string): FileIdentity {
  const { dev, ino } = statSync(path);
  return { dev, ino };
}

/**
 * Whether the database at `path` is still the file opened as `opened` and can be written, asked of
 * the file system each time. An open file that was deleted or replaced keeps taking writes, into a
 * file nobody will ever open again, so only comparing the path's identity with the opened one tells.
 * Writability is asked with access(2): permission bits, a read-only mount and the immutable attribute
 * all answer there, while a descriptor opened earlier would still write.
 */
export function databaseFileProblem(path: string, opened: FileIdentity): DatabaseFileProblem | undefined {
  let now: Stats;
  try {
    now = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { state: 'deleted', detail: `the database file ${path} was deleted while open` };
    return { state: 'unavailable', detail: (error as Error).message };
  }
  if (!now.isFile() || now.dev !== opened.dev || now.ino !== opened.ino)
    return { state: 'replaced', detail: `${path} is no longer the database file that was opened` };
  return writeAccessProblem(dirname(path)) ?? writeAccessProblem(path);
}

/** Whether `target` (a file, or a folder to make files in) may be written, asked with access(2). */
export function writeAccessProblem(target: string): DatabaseFileProblem | undefined {
  try {
    accessSync(target, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      return { state: 'readonly', detail: `${target} cannot be written (${code})` };
    return { state: 'unavailable', detail: (error as Error).message };
  }
}
