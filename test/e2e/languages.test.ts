import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { cardProblems } from '../support/cards.js';
import { cardOf, cardText, jobIdOf } from '../support/users-flow.js';

// An organisation whose default language is Brazilian Portuguese; Bruno prefers English.
const h = new BotHarness();
beforeAll(() => h.start({ config: { defaultLanguage: 'pt-BR' } }), 60_000);
afterAll(() => h.stop());

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));
const firstText = (m: PostedMessage | undefined): string => String(cardOf(m)?.body?.[0]?.text ?? '');
const isPreviewPt = (m: PostedMessage) => firstText(m).startsWith('Prévia:');
const isSummaryPt = (m: PostedMessage) => cardOf(m)?.body?.[0]?.id === 'summary';
const facts = (m: PostedMessage): Record<string, string> =>
  Object.fromEntries(
    (
      (cardOf(m)!.body as { type: string; facts?: { title: string; value: string }[] }[]).find(
        (b) => b.type === 'FactSet',
      )!.facts ?? []
    ).map((f) => [f.title, f.value]),
  );

/** The "Done: check again" button of the Control Hub steps for supervisors, when a message has one. */
function doneButton(m: PostedMessage): { title: string; data: Record<string, string> } | undefined {
  return (cardOf(m)?.actions as { title: string; data?: Record<string, string> }[] | undefined)
    ?.filter((a) => a.data?.action === 'sync.supervisorDone')
    .map((a) => ({ title: a.title, data: a.data! }))[0];
}

async function ask(who: string, text: string, count = 1): Promise<PostedMessage[]> {
  const asked = await h.say(who, text);
  return h.waitForReplies(asked.id, (r) => r.length >= count);
}

describe('the organisation speaks Portuguese by default', () => {
  it('answers in Portuguese, understands Portuguese commands, and shows help with the Portuguese names', async () => {
    const [help] = await ask('alice', 'ajuda');
    const text = cardText(help);
    expect(cardProblems(cardOf(help)!)).toEqual([]);
    expect(text).toContain('Adiciono e altero usuários do Webex Contact Center');
    expect(text).toContain('**adicionar**: Adiciona até 25 usuários');
    expect(text).toContain('**sincronizar**: Verifica se o Contact Center já recebeu os usuários');
    expect(text).toContain('Exemplo: @Provisioning Bot exportar');
    expect(cardOf(help)!.actions[0].title).toBe('Adicionar usuários');
    // The English command words work too, and answer in the person's language.
    const [licenses] = await ask('alice', 'licenses');
    expect(cardText(licenses)).toContain('Licenças do Contact Center');
    expect(cardText(licenses)).toMatch(/Agente Padrão.*livres de/);
    const [unknown] = await ask('alice', 'voar');
    expect(unknown!.markdown).toBe('Não conheço o comando "voar". Envie `ajuda` para ver os comandos que eu entendo.');
  });

  it("refuses someone who may not act in the organisation's language", async () => {
    const [refusal] = await ask('mallory', 'ajuda');
    expect(refusal!.markdown).toMatch(/^Desculpe, só administradores do Control Hub desta organização/);
  });

  it('adds a user by card in Portuguese: card, preview, progress, summary with the sync line', async () => {
    const [card] = await ask('alice', 'adicionar');
    const cardJson = cardText(card);
    expect(cardProblems(cardOf(card)!)).toEqual([]);
    for (const label of [
      'Adicionar ou alterar usuários do Contact Center',
      'Usuários (um por linha',
      'Agente Padrão',
      'Agente Premium (Agente)',
      'Agente Premium (Supervisor)',
      'Administrador',
      'Remover privilégios de administrador',
      'Prévia',
    ]) {
      expect(cardJson).toContain(label);
    }
    await h.submit('alice', card!, {
      action: 'users.preview',
      mode: 'emails',
      entries: 'luis.pt@acme.example.com\nbad@@x',
      role: 'supervisor',
      welcome: 'false',
    });
    const thread = card!.parentId!;
    const [, invalid] = await h.waitForReplies(thread, (r) => r.length >= 2);
    expect(invalid!.markdown).toBe(
      '**Nada foi alterado.** Corrija o cartão e selecione Prévia de novo:\n- Linha 2: "bad@@x" não é um endereço de e-mail válido.',
    );

    await h.submit('alice', card!, {
      action: 'users.preview',
      mode: 'emails',
      entries: 'luis.pt@acme.example.com',
      role: 'supervisor',
      welcome: 'false',
    });
    const preview = (await h.waitForReplies(thread, (r) => r.some(isPreviewPt))).find(isPreviewPt)!;
    expect(cardProblems(cardOf(preview)!)).toEqual([]);
    const previewText = cardText(preview);
    expect(firstText(preview)).toBe('Prévia: 1 a adicionar, 0 a alterar, 0 sem alteração');
    expect(previewText).toContain('Escolha do cartão para todos os usuários: Agente Premium (Supervisor).');
    expect(previewText).toContain('Usuários novos (1)');
    expect(previewText).toContain('luis.pt@acme.example.com: Agente Premium (Supervisor)');
    expect(previewText).toContain('Os supervisores recebem agora a licença de Agente Premium');
    expect(previewText).toContain(
      '1 usuário novo está sem nome e apareceria no Control Hub só com o endereço: luis.pt@acme.example.com.',
    );
    expect(cardOf(preview)!.actions.map((a: { title: string }) => a.title)).toEqual([
      'Confirmar: adicionar 1 usuário',
      'Usar nomes dos endereços',
      'Cancelar',
    ]);

    await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
    const replies = await h.waitForReplies(thread, (r) => r.some(isSummaryPt));
    const summary = replies.find(isSummaryPt)!;
    expect(cardProblems(cardOf(summary)!)).toEqual([]);
    // The Supervisor role is still to give in Control Hub: the headline does not say all is done.
    expect(firstText(summary)).toMatch(
      /^Tarefa job-\w+ terminada sem falhas, mas o Contact Center ainda precisa de algo de você$/,
    );
    expect(facts(summary)).toEqual({ Criados: '1', Atualizados: '0', 'Sem alteração': '0', 'Com falha': '0' });
    const summaryText = cardText(summary);
    // The Supervisor role is given in Control Hub: the summary says it is the one thing left to do.
    expect(summaryText).toContain(
      'Contact Center: 0 prontos e 1 precisa de configurações. Ainda falta a função de supervisor no Control Hub (os passos estão nesta conversa).',
    );
    expect(summaryText).toContain(
      'Agente Premium (Supervisor) para luis.pt@acme.example.com: ainda falta. Dê a este usuário a função de supervisor no Control Hub',
    );
    expect(summaryText).toContain('Criados');
    expect(
      replies.some((m) =>
        /^Tarefa `job-\w+` terminada: o único usuário foi processado \(1 criado\)\. O resumo vem a seguir\./.test(
          m.markdown ?? '',
        ),
      ),
    ).toBe(true);
    expect(h.personState('luis.pt@acme.example.com')).toMatchObject({ licenses: ['CJPPRM'] });
    expect(h.ccProfileOf('luis.pt@acme.example.com')).toBe('PREMIUM_AGENT');

    // The Control Hub steps, in Portuguese; once the role is given there (the sandbox plays that step) and
    // "Feito: verificar de novo" pressed, the Contact Center holds Luís as a supervisor.
    const withStep = await h.waitForReplies(thread, (r) => r.some((m) => doneButton(m)));
    const step = withStep.find((m) => doneButton(m))!;
    expect(cardProblems(cardOf(step)!)).toEqual([]);
    expect(cardText(step)).toContain('luis.pt@acme.example.com');
    expect(doneButton(step)!.title).toBe('Feito: verificar de novo');
    await h.fx.call(null, 'POST', '/sandbox/control-hub/supervisor', {
      email: 'luis.pt@acme.example.com',
      supervisor: true,
    });
    await h.submit('alice', step, doneButton(step)!.data);
    await h.waitForReplies(thread, (r) =>
      r.some((m) =>
        (m.markdown ?? '').includes(
          'Agente Premium (Supervisor): confirmado no Contact Center para luis.pt@acme.example.com.',
        ),
      ),
    );
    expect(h.ccProfileOf('luis.pt@acme.example.com')).toBe('SUPERVISOR');

    // Dates and counts in the Portuguese way.
    const [tasks] = await ask('alice', 'tarefas');
    expect(tasks!.markdown).toMatch(
      /^\*\*Tarefas recentes\*\* \(da mais recente à mais antiga\)\n- `job-\w+` cartão, Agente Premium \(Supervisor\), por alice\.admin@acme\.example\.com, \d+ de \w+\. de \d{4}, \d\d:\d\d:\d\d UTC: \*\*concluída\*\*/,
    );
  });

  it('imports a Brazilian spreadsheet in Portuguese: pre-flight, modes, preview, summary and results file', async () => {
    const broken = await h.upload(
      'alice',
      'quebrado.csv',
      Buffer.from('User ID/Email (Required);Contact center Standard Agent\nana@;VERDADEIRO\n', 'utf8'),
    );
    const [refusal] = await h.waitForReplies(broken.id, (r) => r.length >= 1);
    expect(refusal!.markdown).toBe(
      '**quebrado.csv não foi importado: 1 problema a corrigir primeiro.** Nada foi alterado.\n- Linha 2: "ana@" não é um endereço de e-mail válido.',
    );

    const upload = await h.upload('alice', 'usuarios.csv', fixture('brazil-semicolon-windows-1252.csv'), {
      text: 'importar',
    });
    const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
    expect(cardProblems(cardOf(modeCard)!)).toEqual([]);
    expect(firstText(modeCard)).toBe('usuarios.csv: 3 linhas verificadas, sem problemas');
    expect(cardOf(modeCard)!.actions.map((a: { title: string }) => a.title)).toEqual([
      'Adicionar serviços apenas',
      'Adicionar e remover serviços',
    ]);
    const add = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find((a) => a.data.mode === 'add')!;
    await h.submit('alice', modeCard!, add.data);
    const preview = (await h.waitForReplies(upload.id, (r) => r.some(isPreviewPt))).find(isPreviewPt)!;
    const text = cardText(preview);
    expect(firstText(preview)).toBe('Prévia: 2 a adicionar, 1 a alterar (0 remoções), 0 sem alteração');
    // An import has no role of its own: the subtitle names the file and the mode.
    expect(text).toContain(
      'Arquivo usuarios.csv, Adicionar serviços apenas. Pedido por alice.admin@acme.example.com. Nada foi alterado ainda (job-',
    );
    expect(text).toContain(
      'Linha 3, fatima.premium@acme.example.com: Agente Premium → Agente Premium + Administrador total',
    );
    expect(text).toContain('Modo \\"Adicionar serviços apenas\\": TRUE adiciona uma licença');

    await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
    const replies = await h.waitForReplies(
      upload.id,
      (r) => r.some((m) => m.markdown?.startsWith('Resultados da tarefa')),
      undefined,
      60_000,
    );
    const summary = replies.find(isSummaryPt)!;
    expect(facts(summary)).toEqual({ Criados: '2', Atualizados: '1', 'Sem alteração': '0', 'Com falha': '0' });
    // Márcia, a Supervisor in the file, waits for her role in Control Hub; the other two are ready.
    expect(cardText(summary)).toContain(
      'Contact Center: 2 prontos e 1 precisa de configurações. Ainda falta a função de supervisor no Control Hub (os passos estão nesta conversa).',
    );
    const results = replies.find((m) => m.markdown?.startsWith('Resultados da tarefa'))!;
    const csv = (await h.download('alice', results.files![0]!)).text.split('\r\n');
    expect(csv[0]).toBe('Linha,E-mail,Ação,Resultado,Antes,Depois,Configurações do Contact Center,Motivo,TrackingId');
    expect(csv[1]).toMatch(/^2,joao\.conceicao@acme\.example\.com,criar,criado,,Agente Padrão,/);
    expect(csv[3]).toMatch(/^4,marcia\.araujo@acme\.example\.com,criar,criado,,Agente Premium \(Supervisor\),/);

    // The export keeps Control Hub's column names and TRUE/FALSE, so it imports anywhere.
    const [exported] = await ask('alice', 'exportar');
    expect(exported!.markdown).toMatch(/^\*\*\d+ usuários\*\*, no formato CSV do Control Hub/);
    const lines = (await h.download('alice', exported!.files![0]!)).text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'User ID/Email (Required),First Name,Last Name,Display Name,Phone Number,Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role,Site,Teams,Desktop Profile,Multimedia Profile,Skill Profile',
    );
    expect(lines.find((l) => l.startsWith('joao.'))).toMatch(
      /^joao\.conceicao@acme\.example\.com,João,Conceição,João Conceição,,TRUE,FALSE,Agent,/,
    );
  });
});

describe('each person can choose', () => {
  it('keeps Bruno in English once he says so, in the same organisation, while Alice stays in Portuguese', async () => {
    const [chosen] = await ask('bruno', 'idioma en');
    expect(chosen!.markdown).toBe(
      "From now on I'll reply to you in English. To switch to Brazilian Portuguese, send `language pt-BR`.",
    );
    const [card] = await ask('bruno', 'add');
    expect(cardText(card)).toContain('Users (one per line');
    expect(cardText(card)).toContain('Premium Agent (Supervisor)');
    const [current] = await ask('bruno', 'language');
    expect(current!.markdown).toBe(
      "I reply to you in English; the organization's default is Brazilian Portuguese. To change it, send `language en` or `language pt-BR`.",
    );
    const [alice] = await ask('alice', 'idioma');
    expect(alice!.markdown).toMatch(/^Respondo a você em português do Brasil;/);
    const [unknown] = await ask('alice', 'idioma klingon');
    expect(unknown!.markdown).toBe(
      'Não conheço nenhum idioma chamado "klingon". Posso responder em português do Brasil (`idioma pt-BR`) ou em inglês (`idioma en`).',
    );
    // Remembered in the store: a restart does not forget it.
    await h.app.stop();
    h.app = await h.startBot({ config: { defaultLanguage: 'pt-BR' } });
    const [again] = await ask('bruno', 'tasks');
    expect(again!.markdown).toMatch(/^\*\*Recent jobs\*\* \(newest first\)/);
  });
});
