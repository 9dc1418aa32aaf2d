import type { licenses as en } from '../en/licenses.js';

export const licenses: Record<keyof typeof en, string> = {
  // ---- licenças e funções ----------------------------------------------------------------------
  'tier.standard': 'Agente Padrão',
  'tier.premium': 'Agente Premium',
  'role.standard': 'Agente Padrão',
  'role.agent': 'Agente Premium (Agente)',
  'role.supervisor': 'Agente Premium (Supervisor)',
  'role.administrator': 'Administrador',
  'role.no-admin': 'Sem privilégios de administrador',
  'role.explain.standard': 'Licença de Agente Padrão.',
  'role.explain.agent': 'Licença de Agente Premium.',
  'role.explain.supervisor':
    'Licença de Agente Premium; perfil de supervisor no Contact Center depois da sincronização.',
  'role.explain.administrator': 'Licença de Agente Premium mais a função Administrador completo no Control Hub.',
  'role.explain.no-admin': 'Remove a função Administrador completo; a licença continua como está.',
  'access.none': 'sem licença do Contact Center',
  'access.withAdmin': '{license} + Administrador completo',
  'change.fromTo': '{before} → {after}',
  'licenses.notInOrg': 'não está nas assinaturas desta organização',
  'licenses.seats': '{free, plural, =1 {# livre} other {# livres}} de {total} ({used} em uso)',
  'licenses.subscription': '{name}: {free, plural, =1 {# livre} other {# livres}} de {total}',
  'licenses.bySubscription': '{label} por assinatura: {subscriptions}',
  'licenses.full':
    'Sem licenças livres de {tiers}: novos usuários desse tipo não podem ser licenciados até que licenças sejam liberadas ou compradas.',
  'card.licenses.title': 'Licenças do Contact Center',

  // ---- entrada de usuários ---------------------------------------------------------------------
  'entries.none': 'Nenhum usuário informado: informe pelo menos um endereço de e-mail.',
  'entries.tooMany':
    '{count, plural, =1 {# usuário informado} other {# usuários informados}}: no máximo {max} podem ser adicionados ou alterados de uma vez. Divida a lista ou use uma importação CSV para mais.',
  'entries.nameNoEmail': 'Linha {line}: "{text}" tem um nome mas nenhum endereço de e-mail.',
  'entries.invalidEmail': 'Linha {line}: "{email}" não é um endereço de e-mail válido.',
  'entries.duplicate': 'Linha {line}: {email} já está na linha {first}; cada usuário só pode aparecer uma vez.',
  'entries.noName':
    'Linha {line}: {email} não tem nome. No modo "nomes e endereços de e-mail" escreva "Nome Sobrenome <{email}>" ou "{email}, Nome, Sobrenome".',

  // ---- planejamento ----------------------------------------------------------------------------
  'plan.notPerson': '{email} é uma conta do tipo {type}, não uma pessoa.',
  'plan.notUser':
    '{email} não é usuário desta organização; "Sem privilégios de administrador" só altera usuários existentes.',
  'plan.noAdminRole':
    'A função Administrador completo não está visível para a credencial de administração do bot, então privilégios de administrador não podem ser concedidos.',
  'plan.fullAdminOnly':
    'Só um Administrador completo pode conceder ou remover a função Administrador completo no Control Hub; peça a um deles que gere a prévia e confirme esta alteração.',
  'plan.noLicense': 'Esta organização não tem licenças de {tier}.',
  'plan.noSeat':
    'Não sobrou licença livre de {tier} para este usuário ({free, plural, =1 {# livre} other {# livres}}, {needed, plural, =1 {# necessária} other {# necessárias}} por este lote até aqui).',
  'advice.freeSeats': 'Libere ou compre licenças de {tier} (veja `licenças`) e adicione este usuário de novo.',
  'advice.blocked': 'Corrija o que o motivo diz e adicione este usuário de novo.',
  'advice.fullAdminOnly': 'Peça a um Administrador completo que faça esta alteração, com o bot ou no Control Hub.',
};
