import { msg } from '../../i18n/msg.js';
import { type Lang, translator } from '../../i18n/translate.js';
import type { ProvisioningServices } from '../../provisioning/services/services.js';
import type { Command } from './command.js';

/** `language pt-BR` / `idioma en`: the language the bot answers this person in, remembered in the store. */
export function languageCommand(services: Pick<ProvisioningServices, 'chooseLanguage'>, defaultLang: Lang): Command {
  return {
    name: 'language',
    names: { 'pt-BR': 'idioma' },
    aliases: ['lang', 'língua', 'lingua'],
    summary: 'cmd.language.summary',
    example: 'cmd.language.example',
    async run(ctx) {
      const given = ctx.args[0];
      if (!given) {
        await ctx.reply(
          ctx.t('lang.current', {
            language: msg(`lang.name.${ctx.tr.lang}`),
            default: msg(`lang.name.${defaultLang}`),
          }),
        );
        return;
      }
      const lang = await services.chooseLanguage(ctx.actor.emails[0]!, given);
      if (!lang) {
        await ctx.reply(ctx.t('lang.unknown', { given }));
        return;
      }
      await ctx.reply(translator(lang).t('lang.now'));
    },
  };
}
