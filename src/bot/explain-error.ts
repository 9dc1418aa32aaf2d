import { WebexApiError } from '../webex/errors.js';

/**
 * The one place that turns an error into words for an administrator: what happened, what to do, and
 * the trackingId Webex support asks for.
 */
export function explainError(error: unknown): string {
  if (error instanceof WebexApiError) {
    const tracking = error.trackingId ? ` (Webex trackingId: \`${error.trackingId}\`)` : '';
    switch (error.code) {
      case 'unauthorized':
        return `Webex did not accept the bot's credentials for ${error.request.method} ${error.request.path}: the token is invalid or has expired. An operator must renew it in the bot's configuration.${tracking}`;
      case 'forbidden':
        return `Webex refused ${error.request.method} ${error.request.path}: the admin credential lacks the scope or the administrator role this needs. Webex said: "${error.message}".${tracking}`;
      case 'not_found':
        return `Webex could not find what ${error.request.method} ${error.request.path} refers to: "${error.message}".${tracking}`;
      case 'rate_limited':
        return `Webex kept asking the bot to slow down (too many requests) and it gave up waiting. Try again in a few minutes.${tracking}`;
      case 'server_error':
        return `Webex had an internal error (${error.status}) and kept failing after several tries. Try again later; if it persists, open a case with Webex support.${tracking}`;
      case 'timeout':
      case 'network':
        return `Webex could not be reached: ${error.message}. Try again shortly.`;
      default:
        return `Webex answered ${error.status ?? 'with an error'}: "${error.message}".${tracking}`;
    }
  }
  return 'Something unexpected went wrong inside the bot; the details are in its log. Nothing further was changed.';
}
