import type { Lang } from '../i18n/translate.js';
import type { ProvisioningServices } from '../provisioning/services/services.js';
import type { WebexClient } from '../webex/webex-client.js';
import type { OrgConversation } from './bot.js';
import { languageCommand } from './commands/language.js';
import { licensesCommand } from './commands/licenses.js';
import { templateCommand } from './commands/template.js';
import { exportCommand, importCardActions, importCommand, uploadHandler } from './flows/imports.js';
import { cancelCommand, historyCommand, jobCardActions, taskCommand, tasksCommand } from './flows/jobs.js';
import { syncCardActions, syncCommand } from './flows/sync.js';
import { addCommand, modifyCommand, usersCardActions } from './flows/users.js';
import type { AgentDefaults } from './sync-reporter.js';

/** Every command (in the order help lists them), every card action, and the upload handler. */
export function conversation(deps: {
  botClient: WebexClient;
  services: ProvisioningServices;
  defaultLanguage: Lang;
  /** The organisation's default agent settings ("Apply the defaults" of a settings to-do). */
  agentDefaults: AgentDefaults;
}): Pick<OrgConversation, 'commands' | 'cardActions' | 'onFiles'> {
  const { services } = deps;
  const imports = { botClient: deps.botClient, services };
  return {
    commands: [
      addCommand(services),
      modifyCommand(services),
      importCommand(),
      exportCommand(imports),
      tasksCommand(services.jobs),
      taskCommand(services.jobs),
      cancelCommand(services.jobs),
      licensesCommand(services),
      templateCommand(services),
      historyCommand(services.jobs),
      syncCommand(services.sync),
      languageCommand(services, deps.defaultLanguage),
    ],
    cardActions: {
      ...usersCardActions(services),
      ...jobCardActions(services.jobs),
      ...importCardActions(imports),
      ...syncCardActions(services.sync, { agentDefaults: deps.agentDefaults, spaceLanguage: deps.defaultLanguage }),
    },
    onFiles: uploadHandler(imports),
  };
}
