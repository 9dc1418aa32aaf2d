/**
 * Todos os textos do bot em português do Brasil, com os termos que o Control Hub mostra nesse idioma
 * (Agente Padrão, Agente Premium, Administrador, "Adicionar serviços apenas", "Sincronizar Usuário"),
 * montados a partir de um arquivo por área em `pt-br/`, cada um com exatamente as chaves do arquivo
 * inglês correspondente.
 *
 * Plural: o CLDR põe o 0 na categoria `one` do português, mas no Brasil se escreve "0 usuários";
 * por isso as mensagens daqui escolhem o singular com `=1` e deixam todo o resto em `other`.
 */
import type { MsgKey } from './en.js';
import { conversation } from './pt-br/conversation.js';
import { csv } from './pt-br/csv.js';
import { jobs } from './pt-br/jobs.js';
import { licenses } from './pt-br/licenses.js';
import { orgs } from './pt-br/orgs.js';
import { preview } from './pt-br/preview.js';
import { provisioning } from './pt-br/provisioning.js';
import { sync } from './pt-br/sync.js';

export const PT_BR_AREAS = [conversation, licenses, provisioning, preview, csv, jobs, sync, orgs] as const;

export const ptBR: Record<MsgKey, string> = {
  ...conversation,
  ...licenses,
  ...provisioning,
  ...preview,
  ...csv,
  ...jobs,
  ...sync,
  ...orgs,
};
