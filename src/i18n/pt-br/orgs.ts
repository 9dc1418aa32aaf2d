import type { orgs as en } from '../en/orgs.js';

/** Uma implantação que atende várias organizações: escolher uma, e o comando `orgs`. */
export const orgs: Record<keyof typeof en, string> = {
  'orgs.about': 'Sobre **{org}**:',
  'orgs.choose':
    'Este espaço atende várias organizações, então preciso saber para qual é. Diga o nome na mensagem, como em “{example}”, ou escolha abaixo.',
  'orgs.unknown':
    'Este espaço não atende "{given}": {count, plural, =1 {ele atende só {orgs}} other {ele atende {orgs}; diga uma delas, como em `{example}`}}. Nada foi alterado.',
  'orgs.several': 'Diga uma organização por vez: esta mensagem cita {orgs}. Nada foi alterado.',
  'orgs.chooseFirst': 'Escolha primeiro uma organização no cartão. Nada foi alterado.',
  'orgs.refusal':
    'Desculpe, você não pode agir por nenhuma organização deste espaço: só os administradores do Control Hub delas, e os administradores do parceiro indicados para elas no arquivo de organizações do bot, podem. Peça a quem mantém o bot para incluir você. Nada foi alterado.',
  'orgs.helpNote':
    'Este espaço atende {orgs}. Diga a organização em cada comando, como em “{example}”, ou escolha-a no cartão que pergunta; envie “{list}” para vê-las.',
  'orgs.notAllowed':
    'Desculpe, você não pode agir por {org}: só os administradores do Control Hub dela, e os administradores do parceiro indicados para ela, podem. Nada foi alterado.',
  'orgs.cardMismatch': 'Esse cartão é de uma organização que este espaço não atende. Nada foi alterado.',
  'orgs.list.title': 'Organizações que este espaço atende',
  'orgs.list.none': 'Você não pode agir por nenhuma organização deste espaço.',
  'orgs.list.line': '**{name}** (`@{key}`)',
  'orgs.list.seats': '{tier}: {free} de {total} livres',
  'orgs.list.seatsUnknown': 'licenças desconhecidas: {error}',
  'orgs.list.credentialOk': 'Credencial de administrador: funcionando',
  'orgs.list.credentialFailing': 'Credencial de administrador: falhando ({detail})',
  'orgs.list.lastJob': 'Última tarefa: {job} por {by}, {state} ({at})',
  'orgs.list.noJob': 'Nenhuma tarefa ainda',
  'orgs.list.alerts':
    '{count, plural, =1 {# alerta de sincronização aberto} other {# alertas de sincronização abertos}}',
  'orgs.list.noAlerts': 'Nenhum alerta de sincronização aberto',
  'orgs.list.hint': 'Diga a organização no comando, como em `{example}`.',
  'cmd.orgs.summary':
    'As organizações que este espaço atende, com licenças, credencial de administrador, última tarefa e alertas abertos.',
  'cmd.orgs.example': 'orgs',
  'card.orgs.title': 'Qual organização?',
  'card.orgs.choice': 'Organização',
  'card.orgs.continue': 'Continuar',
  'card.orgs.required': 'Escolha a organização para a qual é.',
};
