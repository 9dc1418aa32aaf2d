import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { type AgentDefaults, SyncReporter } from './bot/sync-reporter.js';
import type { Clients } from './clients.js';
import { defaultReplicaId } from './config.js';
import { SyncEngine } from './contact-center/sync-engine.js';
import type { SyncStore } from './contact-center/sync-ports.js';
import { DEFAULT_SYNC_SETTINGS } from './contact-center/sync-settings.js';
import { EndpointSyncTrigger, ManualSyncTrigger } from './contact-center/sync-trigger.js';
import type { Lang } from './i18n/translate.js';
import type { RuntimeConfig } from './runtime-config.js';

/**
 * The Contact Center synchronisation checks: asked for at the configured endpoint (or of the admins,
 * in manual mode), and told in the spaces.
 */
export function syncChecks(
  config: RuntimeConfig,
  deps: Pick<Clients, 'botClient' | 'ccClient' | 'ccHttp' | 'organisation'> & {
    syncStore: SyncStore;
    languageOf: (email: string) => Promise<Lang>;
    defaultLanguage: Lang;
    logger: Logger;
    /** The organisation's default agent settings, shown by a settings to-do. */
    agentDefaults?: AgentDefaults;
  },
): SyncEngine {
  const { botClient, organisation, syncStore: store, languageOf, defaultLanguage } = deps;
  const logger = deps.logger.child({ part: 'sync' });
  const trigger =
    config.sync?.mode === 'endpoint' && config.sync.endpointUrl
      ? new EndpointSyncTrigger(deps.ccHttp, config.sync.endpointUrl)
      : new ManualSyncTrigger();
  const { agentDefaults } = deps;
  return new SyncEngine({
    store,
    cc: deps.ccClient,
    trigger,
    listener: new SyncReporter({
      ...{ botClient, organisation, store, logger, languageOf, defaultLanguage, mode: trigger.mode },
      ...(agentDefaults ? { agentDefaults } : {}),
    }),
    logger,
    settings: { ...DEFAULT_SYNC_SETTINGS, ...config.sync?.settings },
    ...(config.syncClock ? { now: config.syncClock } : {}),
    // Several replicas: each check is claimed by the replica that drives it (a process of its own name, so a
    // restarted replica does not take its predecessor's claims for its own).
    ...(config.databaseUrl
      ? { driver: { owner: `${config.replicaId ?? defaultReplicaId()}/${randomBytes(3).toString('hex')}` } }
      : {}),
  });
}
