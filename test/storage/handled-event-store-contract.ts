import { describe, expect, it } from 'vitest';
import { HANDLED_EVENT_TTL_MS } from '../../src/bot/handled-events-port.js';
import { manualClock, type StorageFactory } from './job-store-contract.js';

/** What any `HandledEventStore` must do, whatever database holds it. */
export function handledEventStoreContract(name: string, open: StorageFactory): void {
  describe(`${name}: the handled events`, () => {
    it('marks an event handled once: the first call says so, every later one does not', async () => {
      const storage = await open({ now: manualClock().now });
      try {
        expect(await storage.handledEvents.markHandled('event-1')).toBe(true);
        expect(await storage.handledEvents.markHandled('event-1')).toBe(false);
        expect(await storage.handledEvents.markHandled('event-2')).toBe(true);
        expect(await storage.handledEvents.markHandled('event-1')).toBe(false);
      } finally {
        await storage.close();
      }
    });

    it('lets only one of many calls racing for the same event win', async () => {
      const storage = await open({ now: manualClock().now });
      try {
        const results = await Promise.all(
          Array.from({ length: 10 }, () => storage.handledEvents.markHandled('event-race')),
        );
        expect(results.filter((r) => r)).toHaveLength(1);
      } finally {
        await storage.close();
      }
    });

    it('forgets an event once it is older than the expiry, and not before', async () => {
      const clock = manualClock();
      const storage = await open({ now: clock.now });
      try {
        expect(await storage.handledEvents.markHandled('event-old')).toBe(true);
        clock.tick(HANDLED_EVENT_TTL_MS - 1);
        expect(await storage.handledEvents.markHandled('event-old')).toBe(false);
        clock.tick(HANDLED_EVENT_TTL_MS);
        expect(await storage.handledEvents.markHandled('event-old')).toBe(true);
      } finally {
        await storage.close();
      }
    });
  });
}
