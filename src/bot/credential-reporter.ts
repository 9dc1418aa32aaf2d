import type { Logger } from 'pino';
import { type Lang, translator } from '../i18n/translate.js';
import type { CredentialListener, CredentialProblem } from '../webex/admin-credential.js';
import type { WebexClient } from '../webex/webex-client.js';

/**
 * Tells the admin spaces, top level and in the organisation's language, when the admin credential
 * cannot be renewed (once per episode: what happened, until when the token in hand works, how to fix
 * it) and when it works again. The bot posts with its own token, which does not depend on it.
 */
export class CredentialReporter implements CredentialListener {
  constructor(
    private readonly options: {
      botClient: WebexClient;
      adminRoomIds: string[];
      language: Lang;
      logger: Logger;
      /** In a deployment that serves several organisations, whose credential this is. */
      orgName?: string;
      now?: () => number;
    },
  ) {}

  renewalFailed(problem: CredentialProblem): void {
    const tr = translator(this.options.language);
    const now = (this.options.now ?? Date.now)();
    const tracking = problem.trackingId ? tr.t('error.tracking', { trackingId: problem.trackingId }) : '';
    const lines = [
      tr.t(problem.kind === 'refused' ? 'credential.failed.refused' : 'credential.failed.unreachable', {
        detail: problem.detail,
        tracking,
      }),
      problem.expiresAt !== undefined && problem.expiresAt > now
        ? tr.t('credential.expiry.future', { at: { at: problem.expiresAt } })
        : tr.t('credential.expiry.past'),
    ];
    if (problem.kind === 'refused') lines.push(tr.t('credential.fix'));
    this.post(lines.join('\n\n'));
  }

  renewalRecovered(): void {
    this.post(translator(this.options.language).t('credential.recovered'));
  }

  private post(text: string): void {
    const { orgName, language } = this.options;
    // A space may serve several organisations (a partner's): the message says which one it is about.
    const markdown = orgName ? `${translator(language).t('orgs.about', { org: orgName })}\n\n${text}` : text;
    for (const roomId of this.options.adminRoomIds) {
      this.options.botClient
        .createMessage({ roomId, markdown })
        .catch((error: unknown) =>
          this.options.logger.error(
            { err: error, roomId },
            'could not tell the admin space about the admin credential',
          ),
        );
    }
  }
}
