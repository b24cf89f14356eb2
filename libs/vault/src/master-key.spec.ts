import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { inspect, promisify } from 'node:util';
import { transformSync } from '@swc/core';
import { generateMasterKey, loadOrCreateMasterKey, masterKeyId, parseMasterKey } from './master-key';

describe('the master key', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'makers-vault-key-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const exported = (key: ReturnType<typeof parseMasterKey>) => key.export().toString('base64');

  it('is created on first start in a file only its owner may read', () => {
    const path = join(directory, 'data', 'vault-master.key');
    const key = loadOrCreateMasterKey(path);
    expect(key.symmetricKeySize).toBe(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(directory, 'data')).mode & 0o077).toBe(0);
  });

  it('is the same key on every later start, and no temporary file is left behind', () => {
    const path = join(directory, 'vault-master.key');
    const first = loadOrCreateMasterKey(path);
    expect(exported(loadOrCreateMasterKey(path))).toBe(exported(first));
    expect(readdirSync(directory)).toEqual(['vault-master.key']);
  });

  it('is one key for processes that start together', async () => {
    // The children run this module transpiled to plain JavaScript, so they start in milliseconds.
    const modules = join(directory, 'modules');
    mkdirSync(modules);
    for (const name of ['master-key', 'vault-error']) {
      const { code } = transformSync(readFileSync(join(__dirname, `${name}.ts`), 'utf8'), {
        filename: `${name}.ts`,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      writeFileSync(join(modules, `${name}.js`), code);
    }
    const path = join(directory, 'vault-master.key');
    const script = `process.stdout.write(require(${JSON.stringify(join(modules, 'master-key.js'))}).loadOrCreateMasterKey(${JSON.stringify(path)}).export().toString('base64'))`;
    const starts = await Promise.all(Array.from({ length: 4 }, () => promisify(execFile)(process.execPath, ['-e', script])));
    expect(new Set(starts.map(({ stdout }) => stdout)).size).toBe(1);
    expect(starts[0].stdout).toBe(exported(loadOrCreateMasterKey(path)));
  });

  it('refuses a key file that group or others may read', () => {
    const path = join(directory, 'vault-master.key');
    writeFileSync(path, generateMasterKey(), { mode: 0o644 });
    chmodSync(path, 0o644);
    expect(() => loadOrCreateMasterKey(path)).toThrow(expect.objectContaining({ code: 'MasterKeyInvalid' }));
  });

  it('refuses a key file that does not hold 32 bytes of base64', () => {
    const path = join(directory, 'vault-master.key');
    writeFileSync(path, Buffer.alloc(16).toString('base64'), { mode: 0o600 });
    expect(() => loadOrCreateMasterKey(path)).toThrow(expect.objectContaining({ code: 'MasterKeyInvalid' }));
  });

  it('comes from configuration as 32 bytes of base64, surrounding whitespace ignored', () => {
    const configured = generateMasterKey();
    expect(exported(parseMasterKey(` ${configured}\n`))).toBe(configured);
  });

  it('refuses a configured key of the wrong length or not base64', () => {
    for (const wrong of ['', Buffer.alloc(31).toString('base64'), Buffer.alloc(33).toString('base64'), 'x'.repeat(44)]) {
      expect(() => parseMasterKey(wrong)).toThrow(expect.objectContaining({ code: 'MasterKeyInvalid' }));
    }
  });

  it('never shows itself in a log or in JSON', () => {
    const configured = generateMasterKey();
    const key = parseMasterKey(configured);
    expect(inspect(key)).not.toContain(configured);
    expect(JSON.stringify({ key })).not.toContain(configured);
  });

  it('has an id that tells keys apart and gives nothing of the key away', () => {
    const configured = generateMasterKey();
    expect(masterKeyId(parseMasterKey(configured))).toBe(masterKeyId(parseMasterKey(configured)));
    expect(masterKeyId(parseMasterKey(configured))).not.toBe(masterKeyId(parseMasterKey(generateMasterKey())));
  });
});
