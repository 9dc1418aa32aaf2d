import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';

/**
 * The websocket ingress (`src/bot/websocket-ingress.ts`) depends on more than the framework's documented
 * surface: how its SDK finds the API address, which options it reads, which events it emits with which
 * trigger fields. The framework is therefore pinned to one exact version, and these checks fail with a
 * plain message when an upgrade changes any of it, so the ingress is reviewed before the upgrade ships.
 */
const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const source = (path: string) => readFileSync(new URL(path, root), 'utf8');
const PINNED = '2.3.14';

function expectWithReason(ok: boolean, reason: string): void {
  if (!ok)
    throw new Error(
      `webex-node-bot-framework changed under the websocket ingress: ${reason}. Review src/bot/websocket-ingress.ts against the new version before changing the pin.`,
    );
}

describe('the pinned webex-node-bot-framework', () => {
  it('is pinned to one exact version in package.json and package-lock.json, and that version is installed', () => {
    const wanted = json('package.json').dependencies['webex-node-bot-framework'];
    expectWithReason(wanted === PINNED, `package.json asks for "${wanted}", not exactly ${PINNED}`);
    const locked = json('package-lock.json').packages[''].dependencies['webex-node-bot-framework'];
    expectWithReason(locked === PINNED, `package-lock.json's root asks for "${locked}", not exactly ${PINNED}`);
    const installed = json('node_modules/webex-node-bot-framework/package.json').version;
    expectWithReason(installed === PINNED, `version ${installed} is installed, not the pinned ${PINNED}`);
  });

  it('still exports the constructor the ingress calls, with start, stop and on', () => {
    const Framework = require('webex-node-bot-framework');
    expectWithReason(typeof Framework === 'function', 'its main export is no longer a constructor');
    for (const method of ['start', 'stop', 'on'])
      expectWithReason(typeof Framework.prototype[method] === 'function', `Framework.prototype.${method} is gone`);
  });

  it('still hands websocket events to lib/process-event, and emits message, attachmentAction and log', () => {
    const processEvent = require('webex-node-bot-framework/lib/process-event');
    expectWithReason(typeof processEvent === 'function', 'lib/process-event no longer exports a function');
    const websocket = source('node_modules/webex-node-bot-framework/lib/websocket.js');
    for (const resource of ['attachmentActions', 'messages'])
      expectWithReason(
        websocket.includes(`webex.${resource}.on('created', (event) => processEvent(`),
        `lib/websocket.js no longer passes ${resource} created events to processEvent`,
      );
    const framework = source('node_modules/webex-node-bot-framework/lib/framework.js');
    expectWithReason(framework.includes("this.emitBoth('message', bot, trigger)"), "it no longer emits 'message'");
    expectWithReason(
      framework.includes("this.myEmit('attachmentAction', bot, trigger)"),
      "it no longer emits 'attachmentAction'",
    );
    expectWithReason(framework.includes("this.emit('log', message)"), "it no longer emits 'log'");
    for (const option of ['removeWebhooksOnStart', 'messageFormat'])
      expectWithReason(framework.includes(`this.options.${option}`), `it no longer reads the option ${option}`);
  });

  it("still lets the SDK's API addresses be set from the environment before it loads", () => {
    const config = source('node_modules/@webex/webex-core/dist/config.js');
    for (const variable of ['HYDRA_SERVICE_URL', 'U2C_SERVICE_URL'])
      expectWithReason(
        config.includes(`process.env.${variable}`),
        `@webex/webex-core no longer reads ${variable}, so the ingress cannot point the SDK at another API`,
      );
  });
});
