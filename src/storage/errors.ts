/**
 * What goes wrong with the bot's data directory: its database cannot take a write, or a file it writes
 * there (an export, a kept upload, a results file) cannot be written. Both carry a stable state the
 * conversation turns into words for the admin and the folder an operator has to fix.
 */

/** Why the store cannot be written: what an operator finds when looking at the data directory. */
export type StorageState = 'deleted' | 'replaced' | 'readonly' | 'full' | 'locked' | 'closed' | 'unavailable';

/** Every store write (and readiness) fails with this while the database is not the writable file it opened. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  readonly code = 'storage_unavailable';
  /** What `dataDir` names: a folder of the SQLite store, or a PostgreSQL server and schema. */
  readonly place: 'directory' | 'database';

  constructor(
    readonly state: StorageState,
    readonly dataDir: string,
    readonly detail: string,
    /** `database`: `dataDir` names a PostgreSQL database and schema (DATABASE_URL), not a folder. */
    options?: { cause?: unknown; place?: 'directory' | 'database' },
  ) {
    super(
      `the ${options?.place === 'database' ? 'database' : 'data directory'} ${dataDir} is ${STATE_WORDS[state]}: ${detail}`,
      options,
    );
    this.place = options?.place ?? 'directory';
  }
}

const STATE_WORDS: Record<StorageState, string> = {
  deleted: 'deleted',
  replaced: 'replaced',
  readonly: 'read-only',
  full: 'full',
  locked: 'in use by another process',
  closed: 'closed',
  unavailable: 'unusable',
};

/** Why a file could not be written, from the system's error code. */
export type FileWriteReason = 'readonly' | 'full' | 'notADirectory' | 'other';

/** A file under the data directory could not be written; nothing was posted or kept. */
export class FileWriteError extends Error {
  override readonly name = 'FileWriteError';
  readonly code = 'file_unwritable';

  constructor(
    /** The folder the file was to go in (what an operator has to fix). */
    readonly folder: string,
    readonly reason: FileWriteReason,
    /** The system's own words (EACCES, ENOSPC...), for the log and for a reason without a name here. */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`could not write a file in ${folder}: ${detail}`, options);
  }
}

const REASONS: Record<string, FileWriteReason> = {
  EACCES: 'readonly',
  EPERM: 'readonly',
  EROFS: 'readonly',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EFBIG: 'full',
  ENOTDIR: 'notADirectory',
  EEXIST: 'notADirectory',
};

/**
 * A failed file-system call as a FileWriteError about `folder`; any other error as it was. EEXIST is
 * what making a folder answers when a file already holds its name.
 */
export function asFileWriteError(error: unknown, folder: string): unknown {
  if (error instanceof FileWriteError) return error;
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  // Only the system's answer to a file-system call; errors of the calls around the write pass as they are.
  if (typeof code !== 'string' || typeof syscall !== 'string') return error;
  return new FileWriteError(folder, REASONS[code] ?? 'other', (error as Error).message, { cause: error });
}

/** Runs a file write; its file-system failures become a FileWriteError about `folder`. */
export async function writingFile<T>(folder: string, write: () => Promise<T> | T): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw asFileWriteError(error, folder);
  }
}
