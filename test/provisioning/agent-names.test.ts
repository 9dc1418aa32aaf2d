import { describe, expect, it } from 'vitest';
import { closestNames, matchName, matchNames, splitTeamNames } from '../../src/provisioning/agent-names.js';
import { CATALOGUE } from '../support/agent-catalogue.js';

describe('names of sites, teams and profiles', () => {
  it('splits teams on ; or |, trimming and dropping empty names', () => {
    expect(splitTeamNames(' Vendas ;Suporte| Atendimento, Norte ;; ')).toEqual([
      'Vendas',
      'Suporte',
      'Atendimento, Norte',
    ]);
    expect(splitTeamNames(' ; ')).toEqual([]);
  });

  it('matches case-insensitively with the spaces trimmed, and lists what matches nothing', () => {
    // "SÃO paulo" differs from the Contact Center's "Sao Paulo" only by case, spaces and accents.
    expect(
      matchNames(CATALOGUE, { site: '  SÃO   paulo ', teams: ['vendas', 'Correio de Voz'], skillProfile: 'idiomas' }),
    ).toEqual({
      settings: {
        site: { id: 'site-sp', name: 'Sao Paulo' },
        teams: [
          { id: 'team-ve', name: 'Vendas' },
          { id: 'team-cv', name: 'Correio de voz' },
        ],
        skillProfile: { id: 'sk-id', name: 'Idiomas' },
      },
      unknown: [],
    });
    // An inactive team is not offered; one unknown team leaves the teams out: never a part of what was asked.
    const { settings, unknown } = matchNames(CATALOGUE, { teams: ['Vendas', 'Antiga'], desktopProfile: 'Padrai' });
    expect(settings).toEqual({});
    expect(unknown).toEqual([
      { field: 'teams', name: 'Antiga', closest: [] },
      { field: 'desktopProfile', name: 'Padrai', closest: ['Padrao'] },
    ]);
  });

  it('takes a name differing only by its accents from exactly one existing name, and guesses between none', () => {
    expect(matchName(CATALOGUE, 'desktopProfile', 'Padrão')).toEqual({ found: { id: 'dp-pa', name: 'Padrao' } });
    // An exact match wins over one that differs by accents; two that differ by accents alone are not guessed between.
    const both = {
      ...CATALOGUE,
      desktopProfiles: [
        { id: 'dp-1', name: 'Padrão' },
        { id: 'dp-2', name: 'Padrao' },
      ],
    };
    expect(matchName(both, 'desktopProfile', 'padrao')).toEqual({ found: { id: 'dp-2', name: 'Padrao' } });
    expect(matchName(both, 'desktopProfile', 'Padrâo')).toEqual({ closest: ['Padrao', 'Padrão'] });
  });

  it('suggests at most three reasonably close names, closest first, and none for a far one', () => {
    expect(closestNames('Vendsa', ['Vendas', 'Suporte', 'Atendimento'])).toEqual(['Vendas']);
    expect(closestNames('sao paulo', ['São Paulo', 'Lisboa'])).toEqual(['São Paulo']);
    expect(closestNames('Suport', ['Suporte', 'Suporte 2', 'Suporte VIP', 'Suporte Norte', 'Vendas'])).toEqual([
      'Suporte',
      'Suporte 2',
      'Suporte VIP',
    ]);
    expect(closestNames('Planeta X', ['Vendas', 'Suporte', 'Atendimento'])).toEqual([]);
    expect(closestNames('', ['Vendas'])).toEqual([]);
  });
});
