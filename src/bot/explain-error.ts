import { type Msg, msg } from '../i18n/msg.js';
import { FileWriteError, StorageUnavailableError } from '../storage/errors.js';
import { WebexApiError } from '../webex/errors.js';
import { OrganisationMismatchError } from '../webex/organisation.js';

/**
 * The one place that turns an error into words for an administrator: what happened, what to do, and
 * the trackingId Webex support asks for (a catalog text, shown in the reader's language).
 */
export function explainError(error: unknown): Msg {
  if (error instanceof WebexApiError) {
    const tracking = error.trackingId ? msg('error.tracking', { trackingId: error.trackingId }) : '';
    const request = { method: error.request.method, path: error.request.path };
    switch (error.code) {
      case 'unauthorized':
        return msg('error.unauthorized', { ...request, tracking });
      case 'forbidden':
        return msg('error.forbidden', { ...request, message: error.message, tracking });
      case 'not_found':
        return msg('error.notFound', { ...request, message: error.message, tracking });
      case 'rate_limited':
        return msg('error.rateLimited', { tracking });
      case 'server_error':
        return msg('error.server', { status: String(error.status), tracking });
      case 'timeout':
      case 'network':
        return msg('error.network', { message: error.message });
      default:
        return error.status
          ? msg('error.other', { status: String(error.status), message: error.message, tracking })
          : msg('error.otherNoStatus', { message: error.message, tracking });
    }
  }
  if (error instanceof StorageUnavailableError)
    // DATABASE_URL: the store is a PostgreSQL database shared by the replicas, not a folder on this machine.
    return error.place === 'database'
      ? msg('error.storageDatabase', { database: error.dataDir, state: error.state })
      : msg('error.storage', { dataDir: error.dataDir, state: error.state });
  if (error instanceof FileWriteError)
    return msg('error.fileWrite', { folder: error.folder, reason: error.reason, detail: error.detail });
  if (error instanceof OrganisationMismatchError)
    return msg('error.wrongOrganisation', { expected: error.expectedOrgId, actual: error.actualOrgId });
  return msg('error.internal');
}
