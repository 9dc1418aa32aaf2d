/**
 * The ids of the events the bot has acted on, kept durably so that an event Webex delivers again (a
 * webhook redelivered after a failed or slow answer, a message the websocket hands over again after a
 * restart or a reconnect) is acted on once, whatever process received it first.
 */
export interface HandledEventStore {
  /**
   * Records the id as handled and says whether this call recorded it: true the first time, false
   * when it was already there. Insert-if-absent in one step, so two deliveries racing each other
   * cannot both get true.
   */
  markHandled(eventId: string): Promise<boolean>;
}

/**
 * How long an id is remembered. Webex tries a failed webhook delivery again for a limited time only,
 * and the websocket hands over recent messages again after a restart; no public source gives the
 * exact window, so a day is kept: far longer than either, and small enough that the table stays short.
 */
export const HANDLED_EVENT_TTL_MS = 24 * 60 * 60 * 1000;
