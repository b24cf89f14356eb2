// Shared by every project's jest.config.js: SWC transpiles TypeScript (decorator metadata included, which Nest's DI
// and class-validator read), and tsconfig paths become module mappings so tests import libraries as the app does.
const { compilerOptions } = require('./tsconfig.base.json');
const path = require('node:path');
const swcOptions = require('./tools/swc-options');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\\^$+?.()|[\]{}]/g, '\\$&')}$`,
    path.join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  // API suites boot Nest and seed the demo programme; on two cores under a full run that outgrows jest's 5 s default.
  testTimeout: 30_000,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcOptions, sourceMaps: 'inline' }],
    // jose ships only ES modules; Node 20 requires them natively, jest's module sandbox needs them as CommonJS.
    '^.+/node_modules/jose/.+\\.js$': ['@swc/jest', { ...swcOptions, jsc: { ...swcOptions.jsc, parser: { syntax: 'ecmascript' } } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
