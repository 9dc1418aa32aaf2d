import { describe, expect, it } from 'vitest';
import { explainError } from '../../src/bot/explain-error.js';
import { translator } from '../../src/i18n/translate.js';
import { StorageUnavailableError } from '../../src/storage/errors.js';

const where = 'PostgreSQL db.example:5432/bot, schema wxcc_bot';

describe('a store that cannot be written, in the words an administrator reads', () => {
  it('names the data folder of the embedded store, as before', () => {
    const error = new StorageUnavailableError('readonly', '/var/lib/bot', 'EROFS');
    expect(translator('en').m(explainError(error))).toBe(
      "I can't save anything right now: my data folder /var/lib/bot is read-only. Nothing was changed. Whoever runs the bot must fix it; I'll carry on by myself once it's back.",
    );
  });

  it('names the database, not a folder, when the store is in PostgreSQL', () => {
    const refused = new StorageUnavailableError('readonly', where, 'read-only transaction', { place: 'database' });
    const gone = new StorageUnavailableError('unavailable', where, 'ECONNREFUSED', { place: 'database' });
    expect(translator('en').m(explainError(refused))).toBe(
      `I can't save anything right now: my database (${where}) refuses writes (it is read-only, or a standby). Nothing was changed. Whoever runs the bot must fix it; I'll carry on by myself once it's back.`,
    );
    expect(translator('en').m(explainError(gone))).toContain(`my database (${where}) doesn't answer.`);
    expect(translator('pt-BR').m(explainError(gone))).toBe(
      `Não consigo salvar nada agora: meu banco de dados (${where}) não responde. Nada foi alterado. Quem administra o bot precisa corrigir isso; eu volto a funcionar sozinho assim que ele voltar.`,
    );
  });
});
