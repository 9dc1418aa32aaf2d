import type { licenses as en } from '../en/licenses.js';

export const licenses: Record<keyof typeof en, string> = {
  // ---- licenças e funções ----------------------------------------------------------------------
  'tier.standard': 'Agente Padrão',
  'tier.premium': 'Agente Premium',
  'role.standard': 'Agente Padrão',
  'role.agent': 'Agente Premium (Agente)',
  'role.supervisor': 'Agente Premium (Supervisor)',
  'role.administrator': 'Administrador',
  'role.no-admin': 'Remover privilégios de administrador',
  'role.remove-license': 'Remover a licença do Contact Center',
  'role.note':
    'Para um Supervisor, envio os passos do Control Hub para a função. As duas últimas opções são só para usuários existentes.',
  'access.none': 'sem licença do Contact Center',
  'access.withAdmin': '{license} + Administrador total',
  'change.fromTo': '{before} → {after}',
  'licenses.notInOrg': 'não está nas assinaturas desta organização',
  'licenses.seats': '{free, plural, =1 {# livre} other {# livres}} de {total} ({used} em uso)',
  'licenses.subscription': '{name}: {free, plural, =1 {# livre} other {# livres}} de {total}',
  'licenses.bySubscription': '{label} por assinatura: {subscriptions}',
  'licenses.full':
    'Nenhuma licença livre de {tiers}: ninguém mais pode recebê-la até que licenças sejam liberadas ou compradas.',
  'card.licenses.title': 'Licenças do Contact Center',

  // ---- entrada de usuários ---------------------------------------------------------------------
  'entries.none': 'Nenhum usuário informado: informe pelo menos um endereço de e-mail.',
  'entries.tooMany':
    '{count, plural, =1 {# usuário informado} other {# usuários informados}}: no máximo {max} podem ser adicionados ou alterados de cada vez. Divida a lista ou use uma importação CSV para mais.',
  'entries.nameNoEmail': 'Linha {line}: "{text}" tem um nome mas nenhum endereço de e-mail.',
  'entries.invalidEmail': 'Linha {line}: "{email}" não é um endereço de e-mail válido.',
  'entries.unreadable':
    'Linha {line}: não consigo ler "{text}" como uma lista de endereços. Escreva cada usuário com nome e endereço, como em {example}, ou só o endereço, separados por vírgula ou ponto e vírgula. Um nome com vírgula vai entre aspas.',
  'entries.duplicateSameLine':
    'Linha {line}: {email} aparece duas vezes nesta linha; cada usuário só pode aparecer uma vez.',
  'entries.duplicate': 'Linha {line}: {email} já está na linha {first}; cada usuário só pode aparecer uma vez.',
  'entries.noName':
    'Linha {line}: {email} está sem nome. Em "Nomes e endereços de e-mail", escreva o nome antes do endereço, como em {example}.',

  // ---- planejamento ----------------------------------------------------------------------------
  'plan.notPerson': '{email} é uma conta do tipo {type}, não uma pessoa.',
  'plan.notUser': '{email} não é usuário desta organização, então não há nada a remover.',
  'plan.notUserModify':
    '{email} não é usuário desta organização. Este cartão só altera usuários existentes; use adicionar para criar usuários novos.',
  'advice.notUserModify': 'Confira o endereço ou adicione o usuário com o comando adicionar.',
  'advice.notUser': 'Confira o endereço: remoções valem só para usuários existentes.',
  'plan.noAdminRole':
    'A credencial de administração do bot não vê a função Administrador total, então não pode conceder privilégios de administrador.',
  'plan.fullAdminOnly':
    'Só um Administrador total pode conceder ou remover a função Administrador total no Control Hub; peça a um deles que gere a prévia e confirme esta alteração.',
  'plan.noLicense': 'Esta organização não tem licenças de {tier}.',
  'plan.noSeat':
    'Não sobrou licença livre de {tier} para este usuário ({free, plural, =1 {# livre} other {# livres}}, {needed, plural, =1 {# necessária} other {# necessárias}} por este lote até aqui).',
  'advice.freeSeats':
    'Libere ou compre licenças de {tier} (o comando licenças mostra quantas há) e adicione este usuário de novo.',
  'advice.blocked': 'Corrija o que o motivo diz e adicione este usuário de novo.',
  'advice.fullAdminOnly': 'Peça a um Administrador total que faça esta alteração, com o bot ou no Control Hub.',
  'agent.field.site': 'site',
  'agent.field.teams': 'equipes',
  'agent.field.desktopProfile': 'perfil de desktop',
  'agent.field.multimediaProfile': 'perfil multimídia',
  'agent.field.skillProfile': 'perfil de habilidades',
  'agent.part':
    '{field, select, site {site} teams {equipes} desktopProfile {perfil de desktop} multimediaProfile {perfil multimídia} other {perfil de habilidades}} {value}',
  'agent.part.default': '{part} (padrão)',
  'agent.part.was': '{part} (hoje {held})',
  'agent.line': 'Contact Center: {parts}',
  'agent.join': '{first} · {next}',
  'agent.unknown':
    '{field, select, site {Site} teams {Equipe} desktopProfile {Perfil de desktop} multimediaProfile {Perfil multimídia} other {Perfil de habilidades}} "{name}" não existe no Contact Center, e nenhum nome de lá é parecido.',
  'agent.unknown.closest':
    '{field, select, site {Site} teams {Equipe} desktopProfile {Perfil de desktop} multimediaProfile {Perfil multimídia} other {Perfil de habilidades}} "{name}" não existe no Contact Center; os nomes mais parecidos de lá: {closest}.',
  'agent.warn.capacity':
    'A equipe "{team}" é baseada em capacidade, e o Contact Center não aceita agentes em equipes baseadas em capacidade (a API dele diz isso): ele a recusará para {count, plural, =1 {# usuário} other {# usuários}} ({users}), que aparecerão como precisando de configurações. Escolha uma equipe de agentes.',
  'agent.warn.otherSite':
    'A equipe "{team}" é do site {teamSite}, não de {site}, o site de {count, plural, =1 {# usuário} other {# usuários}} ({users}). Nada diz que o Contact Center recusa isso, mas confira se é o desejado.',
  'agent.warn.missing':
    '{count, plural, =1 {# usuário novo no Contact Center ({users}) ficará sem {fields}: nada foi escolhido e não há padrão definido (veja o comando modelo). A verificação da sincronização o listará como precisando de configurações.} other {# usuários novos no Contact Center ({users}) ficarão sem {fields}: nada foi escolhido e não há padrão definido (veja o comando modelo). A verificação da sincronização os listará como precisando de configurações.}}',
  'agent.defaultMissing':
    'O padrão de {field, select, site {site} teams {equipe} desktopProfile {perfil de desktop} multimediaProfile {perfil multimídia} other {perfil de habilidades}} "{name}" ({source}) não existe mais no Contact Center, então os usuários novos lá não o recebem. Altere-o com o comando modelo.',
  'agent.unreadable':
    'Não foi possível ler o Contact Center ({error}), então as configurações dele não podem ser verificadas: esta tarefa não define site, equipe nem perfil. As licenças são planejadas normalmente.',
  'agent.cardGone':
    'O {field, select, site {site} teams {equipes} desktopProfile {perfil de desktop} multimediaProfile {perfil multimídia} other {perfil de habilidades}} escolhido no cartão não existe mais no Contact Center. Abra um cartão novo (`adicionar`) e escolha de novo.',
  'plan.agentNames':
    '{first} {count, plural, =1 {Mais # nome deste usuário também não existe} other {Mais # nomes deste usuário também não existem}} no Contact Center.',
  'advice.agentNames':
    'Use os nomes que o Contact Center tem (os mais parecidos são indicados) e adicione este usuário de novo.',
};
