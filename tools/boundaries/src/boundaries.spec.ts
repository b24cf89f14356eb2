import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

interface Probe {
  readonly path: string;
  readonly source: string;
}

// ESLint loads its flat config with a dynamic import, which jest's module sandbox refuses: lint in one child process.
const LINT_IN_NODE = `
  const { ESLint } = require('eslint');
  const { join } = require('node:path');
  const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: process.cwd() });
  Promise.all(probes.map(({ path, source }) => eslint.lintText(source, { filePath: join(process.cwd(), path) }))).then((results) =>
    process.stdout.write(JSON.stringify(results.map(([result]) =>
      result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)))));
`;

/** The import-boundary messages for each probe, linted as if it stood at its path, with the workspace's configuration. */
const lintAll = (probes: readonly Probe[]): string[][] =>
  JSON.parse(execFileSync(process.execPath, ['-e', LINT_IN_NODE], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8' }));

const probe = (path: string, importLine: string): Probe => ({ path, source: `${importLine}\nexport const probe = 1;\n` });

const domainFile = 'libs/programme/src/programme/new-rule.ts';
const readModelFile = 'libs/programme/src/read-models/new-query.ts';
const probes = {
  nest: probe(domainFile, "import { Injectable } from '@nestjs/common';"),
  graphql: probe(domainFile, "import { GraphQLError } from 'graphql';"),
  sqliteDriver: probe(domainFile, "import Database from 'better-sqlite3';"),
  eventStoreClient: probe(domainFile, "import { EventStoreDBClient } from '@eventstore/db-client';"),
  queryBuilderInDomain: probe(domainFile, "import { sql } from 'kysely';"),
  queryBuilderInReadModel: probe(readModelFile, "import { sql } from 'kysely';"),
  driverInReadModel: probe(readModelFile, "import { Pool } from 'pg';"),
  libraryImportsApp: probe('libs/projections/src/new-file.ts', "import { AppModule } from '../../../apps/api/src/app.module';"),
  appImportsNest: probe('apps/api/src/new-module.ts', "import { Module } from '@nestjs/common';"),
  toolImportsApp: probe('tools/cli/src/new-command.ts', "import { LedgerModule } from '../../../apps/api/src/ledger.module';"),
};

describe('project boundaries, as npm run lint enforces them', () => {
  let messages: Record<keyof typeof probes, string[]>;

  beforeAll(() => {
    const names = Object.keys(probes) as (keyof typeof probes)[];
    const results = lintAll(names.map((name) => probes[name]));
    messages = Object.fromEntries(names.map((name, index) => [name, results[index]])) as typeof messages;
  }, 30_000);

  it.each(['nest', 'graphql', 'sqliteDriver', 'eventStoreClient', 'queryBuilderInDomain'] as const)('refuses a domain library importing %s', (name) => {
    expect(messages[name]).toHaveLength(1);
  });

  it('lets read models use the query builder, but no driver', () => {
    expect(messages.queryBuilderInReadModel).toEqual([]);
    expect(messages.driverInReadModel[0]).toMatch(/free of database drivers/);
  });

  it('refuses a library that imports an app', () => {
    expect(messages.libraryImportsApp[0]).toMatch(/never imports an app/);
  });

  it('lets the app wire NestJS and the tools use the app', () => {
    expect(messages.appImportsNest).toEqual([]);
    expect(messages.toolImportsApp).toEqual([]);
  });
});
