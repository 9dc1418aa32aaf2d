import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeUsersExport } from '../../src/csv/export-users.js';
import { readImportFile } from '../../src/csv/read-import.js';
import { translator } from '../../src/i18n/translate.js';
import { encodeHydraId } from '../../src/webex/hydra-id.js';
import type { License, Person } from '../../src/webex/types.js';
import { CATALOGUE } from '../support/agent-catalogue.js';

const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en', 'plain').m(m);
const org = 'e5ad1c47-fdee-5056-ae84-2197c9022dcf';
const STD = encodeHydraId('LICENSE', `${org}:CJPSTD_s1`);
const licenses: License[] = [{ id: STD, name: 'Contact center Standard Agent', totalUnits: 20, consumedUnits: 2 }];
const file = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('the Contact Center settings columns of a CSV file', () => {
  it('reads Site, Teams and the profiles by name; a blank cell or a missing column leaves a setting as it is', () => {
    const read = readImportFile(
      file(
        'User ID/Email (Required),Contact center Standard Agent,Site,Teams,Desktop Profile,Multimedia Profile,Skill Profile',
        'ana@acme.example.com,TRUE,São Paulo,Vendas; Suporte,Padrão,Voz e chat,Idiomas',
        'bia@acme.example.com,TRUE,,| ;,,,',
      ),
      licenses,
      CATALOGUE,
    );
    expect(read.problems.map(text)).toEqual([]);
    expect(read.agentColumns).toBe(true);
    expect(read.ignoredColumns).toEqual([]);
    expect(read.rows.map((r) => r.agent)).toEqual([
      {
        site: 'São Paulo',
        teams: ['Vendas', 'Suporte'],
        desktopProfile: 'Padrão',
        multimediaProfile: 'Voz e chat',
        skillProfile: 'Idiomas',
      },
      undefined,
    ]);
    const without = readImportFile(
      file('User ID/Email (Required),Contact center Standard Agent', 'ana@acme.example.com,TRUE'),
      licenses,
    );
    expect(without.agentColumns).toBe(false);
    expect(without.rows[0]!.agent).toBeUndefined();
  });

  it('takes a file that only changes settings, and refuses unknown names and formulas with their row', () => {
    const onlySettings = readImportFile(file('Email,Teams', 'ana@acme.example.com,Atendimento'), licenses, CATALOGUE);
    expect(onlySettings.problems).toEqual([]);
    const bad = readImportFile(
      file('Email,Site,Teams', 'ana@acme.example.com,Lisbon,Vendas|Suport', 'bia@acme.example.com,,=SUM(A1:A2)'),
      licenses,
      CATALOGUE,
    );
    expect(bad.problems.map(text)).toEqual([
      'Row 2: Site "Lisbon" is not in the Contact Center; the closest names there: "Lisboa".',
      'Row 2: Team "Suport" is not in the Contact Center; the closest names there: "Suporte".',
      'Row 3: "=SUM(A1:A2)" in "Teams" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
    ]);
    // Without the Contact Center's lists (it could not be read), names are not checked here.
    expect(readImportFile(file('Email,Site', 'ana@acme.example.com,Lisbon'), licenses).problems).toEqual([]);
  });

  it('are written by the export from what the Contact Center holds, teams separated by "; "', async () => {
    const people: Person[] = [
      {
        id: encodeHydraId('PEOPLE', 'ci-ana'),
        emails: ['ana@acme.example.com'],
        displayName: 'Ana',
        orgId: org,
        licenses: [STD],
      },
      {
        id: encodeHydraId('PEOPLE', 'ci-bia'),
        emails: ['bia@acme.example.com'],
        displayName: 'Bia',
        orgId: org,
        licenses: [],
      },
    ];
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeUsersExport({
      people: (async function* () {
        yield* people;
      })(),
      licenses,
      catalogue: { licenseIds: { standard: [STD], premium: [] }, fullAdminRoleId: undefined },
      profileTypes: new Map(),
      agents: new Map([
        [
          'ci-ana',
          {
            site: { id: 'site-sp', name: 'Sao Paulo' },
            teams: [
              { id: 'team-ve', name: 'Vendas' },
              { id: 'team-su', name: 'Suporte' },
            ],
            skillProfile: { id: 'sk-id', name: 'Idiomas' },
          },
        ],
      ]),
      out,
    });
    const lines = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'User ID/Email (Required),First Name,Last Name,Display Name,Phone Number,Contact center Standard Agent,Contact Center Role,Site,Teams,Desktop Profile,Multimedia Profile,Skill Profile',
      'ana@acme.example.com,,,Ana,,TRUE,Agent,Sao Paulo,Vendas; Suporte,,,Idiomas',
      'bia@acme.example.com,,,Bia,,FALSE,,,,,,',
    ]);
  });
});
