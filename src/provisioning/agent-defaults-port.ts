import type { AgentField, NamedId } from '../contact-center/agent-settings.js';

/**
 * A default set with `template`: the sites, teams or profiles (one for every field but teams), or
 * null when it was cleared (the configured default, if any, is then not used either).
 */
export interface StoredAgentDefault {
  value: NamedId[] | null;
  /** Who set or cleared it, and when (ISO time). */
  by: string;
  at: string;
}

/** The organisation's defaults for new Contact Center agents, as changed with `template`, kept durably. */
export interface AgentDefaultsStore {
  /** The fields set or cleared for an organisation (a field absent falls back to the configuration). */
  agentDefaults(orgId: string): Promise<Partial<Record<AgentField, StoredAgentDefault>>>;
  setAgentDefault(orgId: string, field: AgentField, value: NamedId[] | null, by: string): Promise<void>;
}
