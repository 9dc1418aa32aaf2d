import type { provisioning as en } from '../en/provisioning.js';

export const provisioning: Record<keyof typeof en, string> = {
  // ---- provisionamento de um usuário -----------------------------------------------------------
  'exec.gone': '{email} não existe mais no Webex.',
  'exec.gone.advice': 'Adicione o usuário de novo se ele deve existir.',
  'exec.notRemoved': 'O Webex não removeu a licença do Contact Center.',
  'exec.checkAgain': 'Confira o usuário no Control Hub e tente de novo.',
  'exec.noSeat.created':
    'O usuário foi criado, mas o Webex não atribuiu a licença de {tier}: não havia licença livre quando chegou a vez deste usuário.',
  'exec.noSeat.updated':
    'O Webex não atribuiu a licença de {tier}: não havia licença livre quando chegou a vez deste usuário.',
  'exec.roleNotApplied': 'O Webex não aplicou a alteração da função de administrador.',
  'exec.otherOrganisation':
    '{email} pertence a outra organização Webex, em geral uma avaliação gratuita (trial) que alguém criou com este endereço, e por isso o Webex não pode adicioná-lo aqui. O Webex disse: "{message}"',
  'exec.otherOrganisation.advice':
    'Peça ao dono do endereço para excluir essa organização (como administrador dela, no Control Hub), ou adicione o usuário com outro endereço de e-mail.',
  'exec.unexpected': 'Problema inesperado: {message}',
  'exec.unexpected.advice': 'Veja o log do bot e tente este usuário de novo.',
  'exec.forbidden':
    'O Webex recusou a alteração: a credencial de administrador do bot não pode gerenciar este usuário.',
  'exec.forbidden.advice':
    'Dê à credencial de administrador do bot a função Administrador total ou Administrador de usuário e o escopo de escrita de pessoas.',
  'exec.throttled': 'O Webex respondeu "solicitações demais" a todas as tentativas para este usuário.',
  'exec.throttled.advice': 'Execute o lote de novo mais tarde para este usuário.',
  'exec.failing': 'O Webex falhou em todas as tentativas para este usuário ({status}).',
  'exec.failing.advice':
    'Tente este usuário mais tarde; se o erro continuar, abra um chamado no suporte do Webex informando o trackingId.',
  'exec.refused': 'O Webex recusou a alteração: {message}',
  'exec.refused.advice': 'Corrija o usuário no Control Hub ou na sua lista e tente de novo.',
  'exec.fullAdminUnverified':
    'Não foi possível verificar se quem confirmou ainda tem a função Administrador total ({message}), então a função não foi alterada.',
  'exec.credential': 'O Webex não aceitou a credencial de administrador do bot para este usuário.',
  'exec.credential.advice':
    'Renove a credencial de administrador (veja o alerta no espaço de administradores) e execute o lote de novo para este usuário.',
  'credential.failed.refused':
    '⚠️ **Não foi possível renovar a credencial de administrador do bot.** O Webex recusou o token de atualização ou o cliente: "{detail}".{tracking}',
  'credential.failed.unreachable':
    '⚠️ **Não foi possível renovar a credencial de administrador do bot**: o serviço de tokens do Webex não respondeu ("{detail}"). O bot continua tentando.{tracking}',
  'credential.expiry.future': 'O token de acesso atual funciona até {at}; o provisionamento continua até lá.',
  'credential.expiry.past':
    'O token de acesso atual expirou, então o provisionamento está pausado: as tarefas em andamento esperam e continuam sozinhas quando a credencial voltar a funcionar. Nada se perde.',
  'credential.fix':
    'Para corrigir: um Administrador total autoriza de novo o Service App no Control Hub (Aplicativos → Service Apps); o responsável copia o novo token de atualização em developer.webex.com (My Webex Apps → o Service App → Org authorizations), define-o como WEBEX_ADMIN_REFRESH_TOKEN na configuração do bot e reinicia o bot. `npm run doctor` confere o resultado.',
  'credential.recovered':
    '✅ **A credencial de administrador do bot foi renovada**: o provisionamento continua e as tarefas que esperavam são retomadas.',
  'exec.unknown': 'Desconhecido',
  'exec.tryAgain': 'Tente de novo.',
};
