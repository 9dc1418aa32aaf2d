import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import type { SyncEngine } from '../../contact-center/sync-engine.js';
import type { SyncStore } from '../../contact-center/sync-ports.js';
import type { SettingsStore } from '../../i18n/settings-port.js';
import type { Lang } from '../../i18n/translate.js';
import type { JobRow, JobStore, UploadStore } from '../../jobs/ports.js';
import type { JobRunner } from '../../jobs/runner.js';
import type { WebexClient } from '../../webex/webex-client.js';
import type { Plan } from '../plan.js';
import { chooseLanguage } from './choose-language.js';
import { exportUsers, type UsersExport } from './export-users.js';
import { JobDesk } from './job-desk.js';
import { type OrganisationSnapshot, takeOrganisationSnapshot } from './organisation-snapshot.js';
import { ImportPlanner } from './plan-import.js';
import { type BatchRequest, previewBatch } from './preview-batch.js';
import { SyncRequests } from './sync-requests.js';

/** The use cases the chat calls, each given the stores and clients it works with. */
export interface ProvisioningServices {
  organisation(): Promise<OrganisationSnapshot>;
  previewBatch(request: BatchRequest): Promise<{ job: JobRow; plan: Plan }>;
  imports: ImportPlanner;
  exportUsers(): Promise<UsersExport>;
  jobs: JobDesk;
  sync: SyncRequests;
  chooseLanguage(email: string, given: string): Promise<Lang | undefined>;
}

export function provisioningServices(deps: {
  adminClient: WebexClient;
  ccClient: ContactCenterClient;
  store: JobStore;
  uploads: UploadStore;
  settings: SettingsStore;
  syncStore: SyncStore;
  runner: JobRunner;
  syncEngine: SyncEngine;
  dataDir: string;
}): ProvisioningServices {
  const { adminClient: webex, ccClient: contactCenter, store, dataDir } = deps;
  return {
    organisation: () => takeOrganisationSnapshot(webex),
    previewBatch: (request) => previewBatch({ webex, store }, request),
    imports: new ImportPlanner({ webex, store, uploads: deps.uploads, dataDir }),
    exportUsers: () => exportUsers({ webex, contactCenter, dataDir }),
    jobs: new JobDesk({ store, runner: deps.runner }),
    sync: new SyncRequests({ engine: deps.syncEngine, syncStore: deps.syncStore, store, webex, contactCenter }),
    chooseLanguage: (email, given) => chooseLanguage(deps.settings, email, given),
  };
}
