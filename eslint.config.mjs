// Lint, and the project's boundaries: domain libraries stay free of frameworks, drivers and transport, and no
// library reaches into an app. A violation fails `npm run lint` (and `npm test`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { readdirSync, readFileSync } from 'node:fs';

const frameworkAndTransport = [
  { group: ['@nestjs/*'], message: 'Domain code is free of NestJS: wire it in apps/api.' },
  { group: ['graphql', 'graphql/*', '@apollo/*'], message: 'Domain code is free of GraphQL: map it at the edge.' },
  { group: ['better-sqlite3', 'pg', 'pg-*', '@eventstore/*'], message: 'Domain code is free of database drivers.' },
];
const noApps = { group: ['@makers/api', '@makers/cli', '**/apps/**', '**/tools/**'], message: 'A library never imports an app or a tool.' };

/** Every library tagged type:domain in its package.json: its deciders see no framework, driver or query builder. */
const domainLibraries = readdirSync(new URL('./libs', import.meta.url)).filter((lib) => {
  const manifest = JSON.parse(readFileSync(new URL(`./libs/${lib}/package.json`, import.meta.url), 'utf8'));
  return manifest.nx?.tags?.includes('type:domain');
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '.nx/**', 'data/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/*/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noApps] }] },
  },
  {
    files: domainLibraries.map((lib) => `libs/${lib}/src/**/*.ts`),
    ignores: domainLibraries.map((lib) => `libs/${lib}/src/read-models/**`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [noApps, ...frameworkAndTransport, { group: ['kysely'], message: 'Only read-models/ speaks SQL.' }] }],
    },
  },
  {
    // Read models may use the query builder, never a driver or a framework.
    files: domainLibraries.map((lib) => `libs/${lib}/src/read-models/**/*.ts`),
    rules: { 'no-restricted-imports': ['error', { patterns: [noApps, ...frameworkAndTransport] }] },
  },
);
