// Builds the API, the CLI and the libraries into dist/ with SWC. The tsconfig paths (@makers/*) become relative
// requires, so `node dist/apps/api/src/main.js` runs without a loader. Type-checking is `npm run typecheck`'s job.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');
const swcOptions = require('./swc-options');

const root = join(__dirname, '..');
const configDir = mkdtempSync(join(tmpdir(), 'makers-swc-'));
const configFile = join(configDir, 'swcrc.json');
writeFileSync(
  configFile,
  JSON.stringify({ ...swcOptions, jsc: { ...swcOptions.jsc, baseUrl: root, paths: compilerOptions.paths }, sourceMaps: true }),
);
try {
  execFileSync(
    require.resolve('@swc/cli/bin/swc.js'),
    ['apps/api/src', 'tools/cli/src', 'libs', '--out-dir', 'dist', '--config-file', configFile, '--ignore', '**/*.spec.ts,**/testing/**,**/spec-support/**,**/node_modules/**', '--extensions', '.ts', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
} finally {
  rmSync(configDir, { recursive: true, force: true });
}
