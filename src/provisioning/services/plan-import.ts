import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportMode, planEntriesFromRows } from '../../csv/import-plan.js';
import { type ImportRow, scanImportFile } from '../../csv/read-import.js';
import { type Msg, msg } from '../../i18n/msg.js';
import type { Translator } from '../../i18n/translate.js';
import type { JobRow, JobStore, UploadStore } from '../../jobs/ports.js';
import { writingFile } from '../../storage/errors.js';
import type { WebexClient } from '../../webex/webex-client.js';
import type { AdminRights } from '../full-admin-right.js';
import { newSeatLedger, planEntries, seatForecast } from '../plan.js';
import type { AgentDefaults } from './agent-defaults.js';
import { PreviewTally } from './import-preview-tally.js';
import { lookUpPeople } from './look-up-people.js';
import {
  type ContactCenterDirectory,
  contactCenterNotes,
  freeSeats,
  planContactCenter,
  takeContactCenterSnapshot,
  takeOrganisationSnapshot,
} from './organisation-snapshot.js';
import { newJobId, type Requester } from './requester.js';

/** Rows planned and stored at a time: a 20,000-row file never sits in memory as plans. */
const CHUNK_ROWS = 500;

export type ImportStore = Pick<JobStore, 'createJob' | 'appendRecords' | 'updateDetails' | 'job'>;
export type ImportDirectory = Pick<WebexClient, 'listLicenses' | 'listRoles' | 'findPersonByEmail' | 'listPeople'>;

export type UploadAnswer =
  | { kind: 'refused'; problems: Msg[]; problemCount: number }
  | { kind: 'accepted'; uploadId: string; rowCount: number; ignoredColumns: string[] };

export interface PlannedImport {
  /** The job as stored once every chunk is planned (with its seat forecast). */
  job: JobRow;
  mode: ImportMode;
  tally: PreviewTally;
  /** What the preview warns about the Contact Center settings (see `Plan.agentNotes`). */
  agentNotes: Msg[];
}

/**
 * An uploaded Control Hub file, from the check of its rows to a previewed job: the file is kept under
 * `<dataDir>/uploads` until the administrator picks a mode, and the full plan is written to
 * `<dataDir>/results` for previews too long for a card.
 */
export class ImportPlanner {
  constructor(
    private readonly deps: {
      webex: ImportDirectory;
      store: ImportStore;
      uploads: UploadStore;
      dataDir: string;
      /** The Contact Center and the organisation's defaults, for the settings columns (Site, Teams...). */
      cc?: ContactCenterDirectory;
      defaults?: AgentDefaults;
    },
  ) {}

  /**
   * Checks every row; a file with problems is refused whole, a good one is kept for `plan`. The names
   * of the settings columns are checked against the Contact Center when it can be read (when it cannot,
   * the preview says that they could not be checked).
   */
  async accept(file: { filename: string; data: Buffer }, requester: Requester): Promise<UploadAnswer> {
    const { licenses } = await takeOrganisationSnapshot(this.deps.webex);
    let read = scanImportFile(file.data, licenses, () => undefined);
    // Every problem at once: the names are checked whatever else the file has wrong.
    if (read.agentColumns && this.deps.cc) {
      const catalogue = await this.deps.cc.catalogue().catch(() => undefined);
      if (catalogue) read = scanImportFile(file.data, licenses, () => undefined, catalogue);
    }
    if (read.problems.length > 0) return { kind: 'refused', problems: read.problems, problemCount: read.problemCount };
    const uploadId = `upload-${randomBytes(4).toString('hex')}`;
    const dir = join(this.deps.dataDir, 'uploads');
    const path = join(dir, `${uploadId}.csv`);
    await writingFile(dir, () => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, file.data);
    });
    await this.deps.uploads.save({
      id: uploadId,
      ...requester,
      filename: file.filename,
      path,
      createdAt: new Date().toISOString(),
    });
    return { kind: 'accepted', uploadId, rowCount: read.rowCount, ignoredColumns: read.ignoredColumns };
  }

  /**
   * Plans a kept upload in `mode` as a previewed job; undefined when the upload is not known. Rows that
   * grant or remove the Full Administrator role are blocked unless `rights` (the requester's) allow it.
   */
  async plan(
    uploadId: string,
    mode: ImportMode,
    requester: Requester,
    tr: Translator,
    rights: AdminRights,
  ): Promise<PlannedImport | undefined> {
    const { store, webex, dataDir } = this.deps;
    const upload = await this.deps.uploads.get(uploadId);
    if (!upload) return undefined;
    const snapshot = await takeOrganisationSnapshot(webex);
    const { licenses, catalogue } = snapshot;
    const bytes = readFileSync(upload.path);
    // First the header and the addresses, then the file again in chunks: plan, store, forget.
    const emails: string[] = [];
    let phones = false;
    const header = scanImportFile(bytes, licenses, (row) => {
      emails.push(row.email);
      if (row.phone) phones = true;
    });
    const existing = await lookUpPeople(webex, emails);
    emails.length = 0;
    const { cc, defaults } = this.deps;
    const ccSnapshot =
      cc && defaults ? await takeContactCenterSnapshot({ cc, defaults }, existing.values()) : undefined;
    const contactCenter = ccSnapshot ? planContactCenter(ccSnapshot) : undefined;
    const job = await store.createJob(
      {
        id: newJobId(),
        kind: 'import',
        ...requester,
        role: undefined,
        welcomeEmail: false,
        catalogue,
        seats: [],
        notes: [
          ...(header.ignoredColumns.length > 0
            ? [msg('preview.note.ignoredColumns', { columns: header.ignoredColumns.join(', ') })]
            : []),
          // Webex sets phone numbers only for Webex Calling users (admin OpenAPI, POST /people
          // `phoneNumbers`), and the bot gives no Webex Calling license: said once for the file.
          ...(phones ? [msg('preview.note.phoneNotApplied')] : []),
        ],
        mode,
        filename: upload.filename,
        headers: header.headers,
      },
      [],
    );
    const ledger = newSeatLedger(freeSeats(snapshot));
    const tally = new PreviewTally(tr, join(dataDir, 'results'), job.id);
    // The scan hands rows over synchronously: each chunk is planned and its write started at once, so
    // only one chunk of rows is held however long the file; the writes are awaited once the scan ends.
    const writes: unknown[] = [];
    let chunk: ImportRow[] = [];
    let seq = 1;
    const flush = () => {
      const plan = planEntries({
        entries: planEntriesFromRows(chunk, mode, contactCenter?.catalogue),
        existing,
        catalogue,
        ledger,
        rights,
        firstSeq: seq,
        ...(contactCenter ? { contactCenter } : {}),
      });
      seq += chunk.length;
      writes.push(store.appendRecords(job.id, plan.users));
      for (const user of plan.users) tally.add(user);
      chunk = [];
    };
    try {
      scanImportFile(bytes, licenses, (row) => {
        chunk.push(row);
        if (chunk.length >= CHUNK_ROWS) flush();
      });
      if (chunk.length > 0) flush();
    } finally {
      tally.close();
    }
    await Promise.all(writes);
    await store.updateDetails(job.id, { seats: seatForecast(ledger) });
    const agentNotes = ccSnapshot
      ? [...contactCenterNotes(ccSnapshot), ...(contactCenter?.warnings.messages() ?? [])]
      : [];
    return { job: (await store.job(job.id))!, mode, tally, agentNotes };
  }
}
