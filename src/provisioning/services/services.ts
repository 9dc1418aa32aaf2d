import type { AgentCatalogue, AgentSettingNames, AgentSettings } from '../../contact-center/agent-settings.js';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import type { SyncEngine } from '../../contact-center/sync-engine.js';
import type { SyncStore } from '../../contact-center/sync-ports.js';
import type { SettingsStore } from '../../i18n/settings-port.js';
import type { Lang } from '../../i18n/translate.js';
import type { JobDispatch } from '../../jobs/dispatch.js';
import type { JobStore, UploadStore } from '../../jobs/ports.js';
import type { JobRunner } from '../../jobs/runner.js';
import type { WebexClient } from '../../webex/webex-client.js';
import type { AgentDefaultsStore } from '../agent-defaults-port.js';
import { AgentDefaults, type DefaultsView } from './agent-defaults.js';
import { chooseLanguage } from './choose-language.js';
import { exportUsers, type UsersExport } from './export-users.js';
import { JobDesk } from './job-desk.js';
import { type OrganisationSnapshot, takeOrganisationSnapshot } from './organisation-snapshot.js';
import { ImportPlanner } from './plan-import.js';
import { type BatchAnswer, type BatchRequest, pendingActivations, previewBatch } from './preview-batch.js';
import { SyncRequests } from './sync-requests.js';

/** What the Add Users card offers for the Contact Center settings, or why it cannot offer them. */
export type AgentChoices =
  | { readable: true; catalogue: AgentCatalogue; defaults: DefaultsView }
  | { readable: false; problem: string };

/** The use cases the chat calls, each given the stores and clients it works with. */
export interface ProvisioningServices {
  organisation(): Promise<OrganisationSnapshot>;
  previewBatch(request: BatchRequest): Promise<BatchAnswer>;
  imports: ImportPlanner;
  exportUsers(): Promise<UsersExport>;
  jobs: JobDesk;
  sync: SyncRequests;
  chooseLanguage(email: string, given: string): Promise<Lang | undefined>;
  /** The organisation's defaults for new Contact Center agents (`template`). */
  template: AgentDefaults;
  /** The sites, teams and profiles the card offers, with the defaults to preselect. */
  agentChoices(): Promise<AgentChoices>;
  /**
   * How many people of the organisation wait for activation now (what Webex's activation-email job
   * would reach besides new users), for the add card; undefined when it cannot be counted in time.
   */
  pendingActivations(): Promise<number | undefined>;
  /**
   * The organisation's defaults as Contact Center ids, for the synchronisation to-do's "Apply the
   * defaults": only what the Contact Center has today. Throws when the Contact Center cannot be read.
   */
  agentDefaults(): Promise<AgentSettings>;
}

export function provisioningServices(deps: {
  adminClient: WebexClient;
  ccClient: ContactCenterClient;
  store: JobStore;
  uploads: UploadStore;
  settings: SettingsStore;
  agentDefaultsStore: AgentDefaultsStore;
  /** AGENT_DEFAULT_*: the defaults until `template` changes them. */
  configuredAgentDefaults?: AgentSettingNames;
  /** The organisation the bot serves (its Contact Center id keys the stored defaults). */
  orgId: () => Promise<string>;
  syncStore: SyncStore;
  runner: JobRunner;
  /** How a confirmed job reaches a runner; default: `runner`, in this process. */
  dispatch?: JobDispatch;
  syncEngine: SyncEngine;
  dataDir: string;
}): ProvisioningServices {
  const { adminClient: webex, ccClient: contactCenter, store, dataDir } = deps;
  const template = new AgentDefaults({
    store: deps.agentDefaultsStore,
    configured: deps.configuredAgentDefaults ?? {},
    orgId: deps.orgId,
    cc: contactCenter,
  });
  const cc = contactCenter;
  return {
    organisation: () => takeOrganisationSnapshot(webex),
    previewBatch: (request) => previewBatch({ webex, store, cc, defaults: template }, request),
    imports: new ImportPlanner({ webex, store, uploads: deps.uploads, dataDir, cc, defaults: template }),
    exportUsers: () => exportUsers({ webex, contactCenter, dataDir, store }),
    jobs: new JobDesk({ store, runner: deps.runner, ...(deps.dispatch ? { dispatch: deps.dispatch } : {}) }),
    sync: new SyncRequests({ engine: deps.syncEngine, syncStore: deps.syncStore, store, webex, contactCenter }),
    chooseLanguage: (email, given) => chooseLanguage(deps.settings, email, given),
    template,
    async agentChoices() {
      let catalogue: AgentCatalogue;
      try {
        catalogue = await cc.catalogue();
      } catch (error) {
        return { readable: false, problem: (error as Error).message };
      }
      return { readable: true, catalogue, defaults: await template.view(catalogue) };
    },
    agentDefaults: () => template.resolved(),
    pendingActivations: () => countWithin(pendingActivations(webex, new Set()), PENDING_COUNT_WAIT_MS),
  };
}

/**
 * The add card waits this long for the count of pending activations: a large organisation is listed
 * page by page, and the card must not wait for it (the preview counts again, without a limit).
 */
const PENDING_COUNT_WAIT_MS = 2_000;

async function countWithin(count: Promise<number>, ms: number): Promise<number | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([count.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}
