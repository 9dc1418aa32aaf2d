import { describe, expect, it } from 'vitest';
import type { MsgKey } from '../../src/i18n/en.js';
import type { Msg } from '../../src/i18n/msg.js';
import { CATALOGS, compiledMessage, LANGS, type Lang, translator } from '../../src/i18n/translate.js';

const KEYS = Object.keys(CATALOGS.en) as MsgKey[];

/** Parameters for a key: counts (in either language) get `count`, every other parameter its name. */
function sampleParams(key: MsgKey, count: number, only?: string): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const lang of LANGS) {
    const message = compiledMessage(lang, key)!;
    for (const name of message.params) params[name] ??= `⟨${name}⟩`;
    for (const name of message.counts) params[name] = only === undefined || only === name ? count : 2;
  }
  return params;
}

/** The counts of a key in either language. */
const countsOf = (key: MsgKey): string[] => [...new Set(LANGS.flatMap((l) => [...compiledMessage(l, key)!.counts]))];

/** A text with its digits blurred, to compare the words around a number. */
const words = (text: string): string => text.replace(/\d+/g, 'N');

describe('the ICU messages', () => {
  it('render every text without a plural as written, apostrophes and <words> included', () => {
    for (const lang of LANGS) {
      const tr = translator(lang);
      for (const key of KEYS) {
        const source = CATALOGS[lang][key];
        if (compiledMessage(lang, key)!.counts.size > 0 || /\{\w+, /.test(source)) continue;
        const params = sampleParams(key, 2);
        const written = source.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = params[name]!;
          return typeof value === 'number' ? tr.number(value) : value;
        });
        expect(tr.t(key, params), `${lang} ${key}`).toBe(written);
      }
    }
  });

  it('render every message with a count for 0, 1 and 2, agreeing with each count', () => {
    const withCounts = KEYS.filter((key) => countsOf(key).length > 0 || 'count' in sampleParams(key, 0));
    expect(withCounts).toEqual(
      expect.arrayContaining(['progress.working', 'preview.seats.batch', 'summary.cancelledNote', 'bot.more']),
    );
    for (const lang of LANGS) {
      const tr = translator(lang);
      for (const key of withCounts) {
        for (const n of [0, 1, 2]) {
          expect(tr.t(key, sampleParams(key, n)), `${lang} ${key} ${n}`).not.toMatch(/[{}]/);
        }
        // Each count of this language's text chooses its own words: singular for 1, plural for 0 and 2
        // ("0 users" in English, "0 usuários" in Brazilian Portuguese).
        for (const name of compiledMessage(lang, key)!.counts) {
          const [zero, one, two] = [0, 1, 2].map((n) => words(tr.t(key, sampleParams(key, n, name))));
          expect(one, `${lang} ${key}: ${name} = 1`).not.toBe(two);
          expect(zero, `${lang} ${key}: ${name} = 0`).toBe(two);
        }
      }
    }
  });

  it('read as these sentences', () => {
    const expected: [MsgKey, Record<string, string | number>, string, string][] = [
      [
        'progress.finished',
        { job: 'job-1', total: 1, tally: '1 created' },
        'Finished job `job-1`: its only user was handled (1 created). The summary follows.',
        'Tarefa `job-1` terminada: o único usuário foi processado (1 created). O resumo vem a seguir.',
      ],
      [
        'progress.finished',
        { job: 'job-1', total: 2, tally: '2 created' },
        'Finished job `job-1`: 2 users were handled (2 created). The summary follows.',
        'Tarefa `job-1` terminada: 2 usuários foram processados (2 created). O resumo vem a seguir.',
      ],
      [
        'agent.warn.missing',
        { count: 1, users: 'ana@x.com', fields: 'site' },
        '1 user new to the Contact Center (ana@x.com) will be missing site: none was chosen and no default is set (see the template command). The synchronization check will list this user as needing settings.',
        '1 usuário novo no Contact Center (ana@x.com) ficará sem site: nada foi escolhido e não há padrão definido (veja o comando modelo). A verificação da sincronização o listará como precisando de configurações.',
      ],
      [
        'progress.working',
        { job: 'job-1', done: 1, total: 2, tally: '1 created' },
        'Working on job `job-1`: 1 of 2 users handled so far (1 created).',
        'Tarefa `job-1` em andamento: 1 de 2 usuários processados até agora (1 created).',
      ],
      [
        'preview.seats.batch',
        { free: 0, needed: 1 },
        '0 free, 1 needed by this batch',
        '0 livres, 1 necessária para este lote',
      ],
      [
        'preview.seats.file',
        { free: 1, needed: 2 },
        '1 free, 2 needed by this file',
        '1 livre, 2 necessárias para este arquivo',
      ],
      [
        'summary.cancelledNote',
        { count: 1 },
        'Cancelled on request: 1 user was not reached and is unchanged.',
        'Cancelada a pedido: 1 usuário não foi processado e ficou como estava.',
      ],
      [
        'summary.cancelledNote',
        { count: 0 },
        'Cancelled on request: 0 users were not reached and are unchanged.',
        'Cancelada a pedido: 0 usuários não foram processados e ficaram como estavam.',
      ],
      [
        'summary.failedHeadline',
        { job: 'job-1', count: 1 },
        'Job job-1 finished, but 1 user failed',
        'Tarefa job-1 terminada, mas 1 usuário falhou',
      ],
      [
        'preview.confirmRemovals',
        { changes: 1, count: 1 },
        'Confirm: change 1 user, including 1 removal',
        'Confirmar: alterar 1 usuário, com 1 remoção',
      ],
      [
        'preview.headlineBlocked',
        { create: 0, update: 2, unchanged: 0, blocked: 1 },
        '0 to add, 2 to change, 0 unchanged, 1 not possible',
        '0 a adicionar, 2 a alterar, 0 sem alteração, 1 impossível',
      ],
      ['preview.confirm.add', { count: 3 }, 'Confirm: add 3 users', 'Confirmar: adicionar 3 usuários'],
      [
        'preview.confirm.both',
        { create: 1, update: 2 },
        'Confirm: add 1 user, change 2 users',
        'Confirmar: adicionar 1 usuário, alterar 2 usuários',
      ],
      [
        'preview.warn.activation',
        { total: 12, count: 1, others: 11 },
        'Activation emails go to 12 people: the new user, and 11 other people in the organization whose activation is pending. Webex emails everyone pending; it cannot email only this batch.',
        'Os e-mails de ativação vão para 12 pessoas: o usuário novo e mais 11 pessoas da organização com ativação pendente. O Webex envia a todos os pendentes; não dá para enviar só a este lote.',
      ],
      ['preview.seats.freed', { count: 0 }, '0 seats freed', '0 licenças liberadas'],
      [
        'sync.result.open',
        { origin: 'command', by: 'a@x.com', job: '', count: 1, tally: '0 ready and 1 needs settings' },
        '**Contact Center check by a@x.com ended**: the user is not ready yet (0 ready and 1 needs settings).',
        '**Verificação do Contact Center pedida por a@x.com encerrada**: o usuário ainda não está pronto (0 ready and 1 needs settings).',
      ],
      [
        'sync.todo.user',
        { email: 'a@x.com', fields: 'site, equipes e perfil de desktop', reason: 'r' },
        '**a@x.com**: missing site, equipes e perfil de desktop. r',
        '**a@x.com**: sem site, equipes e perfil de desktop. r',
      ],
      [
        'summary.activationSent',
        { count: 1 },
        'Activation emails: I asked Webex to send them, and its job reports 1 email sent, to the only user of the organization whose activation is still pending.',
        'E-mails de ativação: pedi ao Webex que os enviasse, e a tarefa dele informa 1 e-mail enviado, ao único usuário da organização com ativação pendente.',
      ],
      [
        'sync.alert.intro',
        { syncs: 1, count: 2, origin: 'job', job: 'job-1', by: 'a@x.com' },
        'A synchronization did not fix them after job job-1. Unless someone dismisses this alert, I keep watching and will post here when it clears.',
        'Uma sincronização não resolveu depois da tarefa job-1. A menos que alguém dispense este alerta, acompanho os usuários e aviso aqui quando se resolver.',
      ],
      [
        'sync.resolved',
        { at: 'now', count: 1, users: 'a@x.com' },
        '**Resolved** (now): the user of this alert is now ready in the Contact Center: a@x.com.',
        '**Resolvido** (now): o usuário deste alerta já está pronto no Contact Center: a@x.com.',
      ],
      [
        'sync.result',
        { origin: 'job', job: 'job-1', by: 'a@x.com', tally: '1 ready', count: 1 },
        '**Contact Center check of job job-1 finished**: 1 ready (of 1 user).',
        '**Verificação do Contact Center da tarefa job-1 concluída**: 1 ready (de 1 usuário).',
      ],
      [
        'sync.todo.intro',
        { origin: 'command', job: '', by: 'a@x.com', count: 2 },
        'After the sync check by a@x.com, these users are in the Contact Center but cannot sign in to the Agent Desktop yet: some settings are missing.',
        'Depois da verificação pedida por a@x.com, estes usuários estão no Contact Center, mas ainda não podem entrar no Agent Desktop: faltam configurações.',
      ],
      [
        'licenses.seats',
        { free: 1, total: 1234, used: 1233 },
        '1 free of 1,234 (1,233 in use)',
        '1 livre de 1.234 (1.233 em uso)',
      ],
      [
        'results.errors',
        { count: 1 },
        'The row that did not go through, in the import layout: fix it (the reasons are in the results file) and upload this file again.',
        'A linha que não foi aplicada, no formato de importação: corrija-a (os motivos estão no arquivo de resultados) e envie este arquivo de novo.',
      ],
      [
        'entries.noName',
        { line: 3, email: 'ana@x.com', example: 'Ana Souza <ana@x.com>' },
        'Line 3: ana@x.com has no name. With "Names and email addresses", write the name before the address, like Ana Souza &lt;ana@x.com&gt;.',
        'Linha 3: ana@x.com está sem nome. Em "Nomes e endereços de e-mail", escreva o nome antes do endereço, como em Ana Souza &lt;ana@x.com&gt;.',
      ],
    ];
    for (const [key, params, english, portuguese] of expected) {
      expect(translator('en').t(key, params), key).toBe(english);
      expect(translator('pt-BR').t(key, params), key).toBe(portuguese);
    }
  });

  it('write a count that is also shown plainly in the locale digits', () => {
    // "1.234 de 2.000" in Portuguese: `count` is plain here while `still` picks the plural.
    expect(translator('pt-BR').t('sync.retryDone', { at: 'now', still: 1234, count: 2000, synced: 'then' })).toBe(
      '**Nova sincronização concluída** (now): 1.234 de 2.000 ainda inválidos depois da sincronização de then.',
    );
  });

  it('refuse a count that is not a number, and a missing parameter', () => {
    const en = translator('en');
    expect(() => en.t('summary.failedHeadline', { job: 'job-1', count: '1' })).toThrow(/needs a number for "count"/);
    expect(() => en.t('summary.failedHeadline', { count: 1 })).toThrow(/needs the parameter "job"/);
  });
});

describe('a stored message whose key the catalog no longer has', () => {
  // Jobs, audit rows and sync alerts keep { key, params } in SQLite; a later version may rename a key.
  const retired = {
    key: 'plan.seatsGone',
    params: { email: 'ana@x.com', tier: { key: 'tier.premium' }, free: 1234, at: { at: Date.UTC(2026, 10, 25, 14) } },
  } as unknown as Msg;

  it('renders as its key and parameters, in the reader language, instead of failing', () => {
    expect(translator('pt-BR').m(retired)).toBe(
      'plan.seatsGone (email: ana@x.com, tier: Agente Premium, free: 1.234, at: 25 de nov. de 2026, 14:00:00 UTC)',
    );
    expect(translator('en').m({ key: 'exec.renamed' } as unknown as Msg)).toBe('exec.renamed');
    // Nested inside a message that still exists, too.
    expect(translator('en').t('history.failed', { reason: retired })).toBe(
      'failed: plan.seatsGone (email: ana@x.com, tier: Premium Agent, free: 1,234, at: Nov 25, 2026, 2:00:00 PM UTC)',
    );
  });

  it('also when the key stayed but its parameters changed since', () => {
    expect(translator('en').m({ key: 'plan.noSeat', params: { tier: 'Premium Agent', free: 0 } })).toBe(
      'plan.noSeat (tier: Premium Agent, free: 0)',
    );
  });

  it('while a key the code asks for directly must exist', () => {
    expect(() => translator('en').t('plan.seatsGone' as MsgKey)).toThrow(
      /The en catalog has no message "plan.seatsGone"/,
    );
    // Keys that only an object's prototype has are not messages either.
    expect(translator('en').m({ key: 'constructor' } as unknown as Msg)).toBe('constructor');
  });
});

describe('the pt-BR plural rule', () => {
  it('differs from the CLDR one on purpose: 0 takes the plural', () => {
    const lang: Lang = 'pt-BR';
    expect(new Intl.PluralRules(lang).select(0)).toBe('one');
    expect(translator(lang).t('bot.more', { count: 0 })).toBe('…e mais 0 linhas.');
  });
});
