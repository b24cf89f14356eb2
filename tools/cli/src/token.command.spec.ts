import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { readAppConfig, type AppConfig } from '../../../apps/api/src/config/app-config';
import { demoUsers } from '../../../apps/api/src/auth/demo-users';
import { localSigningKeyPath } from '../../../apps/api/src/auth/local-signing-key';
import { createTokenVerifier } from '../../../apps/api/src/auth/token-verifier';
import { startApi } from '../../../apps/api/src/testing/api-harness';
import { mintToken } from './token.command';

const REGISTER_MUNICIPALITY = 'mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }';
const ROOT = join(__dirname, '..', '..', '..');

describe('makers token: bearer tokens for the demo users on the embedded default', () => {
  let dataDir: string;
  let config: AppConfig;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'makers-token-'));
    config = readAppConfig({ DATA_DIR: dataDir });
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("mints a token an API on the same DATA_DIR accepts, acting as the role's demo user", async () => {
    const token = await mintToken(config, { role: 'programme-manager', expiresIn: '8h' });
    const api = await startApi('sqlite', { dataDir });
    try {
      const response = await api.graphql(REGISTER_MUNICIPALITY, { input: { id: 'brcko', name: 'Brčko', entity: 'BD' } }, { as: { token } });
      expect(response.errors).toBeUndefined();
      expect((await api.allEvents()).map((event) => event.metadata.actor)).toEqual([demoUsers['programme-manager'].subject]);
    } finally {
      await api.close();
    }
  });

  it.each(Object.keys(demoUsers))('gives the %s demo user its subject, role and scope', async (role) => {
    const token = await mintToken(config, { role, expiresIn: '1h' });
    expect(await (await createTokenVerifier(config.auth, dataDir)).verify(token)).toEqual(demoUsers[role]);
  });

  it('takes another subject and scope when asked', async () => {
    const token = await mintToken(config, { role: 'municipal-officer', subject: 'mirela.simic@doboj.example', municipalities: ['doboj', 'doboj-istok'], expiresIn: '30m' });
    expect(await (await createTokenVerifier(config.auth, dataDir)).verify(token)).toEqual({
      subject: 'mirela.simic@doboj.example',
      roles: ['municipal-officer'],
      municipalityIds: ['doboj', 'doboj-istok'],
      platformIds: [],
    });
  });

  it('refuses a role the ledger does not know, naming the roles it does', async () => {
    await expect(mintToken(config, { role: 'superuser', expiresIn: '8h' })).rejects.toThrow(
      'Unknown role "superuser"; roles: programme-manager, municipal-officer, platform-moderator, platform-member, applicant, evaluator, donor-auditor, administrator',
    );
  });

  it('refuses a subject the API would refuse, and a lifetime that is not a time span', async () => {
    await expect(mintToken(config, { role: 'applicant', subject: '', expiresIn: '8h' })).rejects.toThrow('"sub"');
    await expect(mintToken(config, { role: 'applicant', expiresIn: 'forever' })).rejects.toThrow('--expires-in "forever" is not a time span such as 30m, 8h or 7d');
  });

  it('refuses in production mode, where tokens come from the OpenID Connect issuer', async () => {
    const oidc = readAppConfig({ DATA_DIR: dataDir, AUTH_ISSUER: 'https://login.undp.example/realms/makers' });
    await expect(mintToken(oidc, { role: 'programme-manager', expiresIn: '8h' })).rejects.toThrow(
      'AUTH_ISSUER is set: tokens come from the identity provider https://login.undp.example/realms/makers, not from this tool',
    );
  });

  it('keeps the signing key readable by its owner only, and reuses it: a token minted before a restart still works after', async () => {
    const token = await mintToken(config, { role: 'programme-manager', expiresIn: '8h' });
    const keyFile = localSigningKeyPath(dataDir);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(keyFile)).mode & 0o777).toBe(0o700);
    const key = readFileSync(keyFile, 'utf8');

    for (const id of ['novo-sarajevo', 'doboj']) {
      const api = await startApi('sqlite', { dataDir });
      try {
        const response = await api.graphql(REGISTER_MUNICIPALITY, { input: { id, name: id, entity: 'FBIH' } }, { as: { token } });
        expect(response.errors).toBeUndefined();
      } finally {
        await api.close();
      }
    }
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  describe('from the command line', () => {
    const cli = (...args: string[]) =>
      promisify(execFile)('node', ['-r', './tools/register.js', 'tools/cli/src/main.ts', 'token', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } });

    it('prints one token and nothing else, so it can go straight into a header', async () => {
      const { stdout } = await cli('--role', 'donor-auditor');
      expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
      expect(await (await createTokenVerifier(config.auth, dataDir)).verify(stdout.trim())).toEqual(demoUsers['donor-auditor']);
    }, 30_000);

    it('exits with an error for an unknown role', async () => {
      await expect(cli('--role', 'root')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Unknown role "root"') });
    }, 30_000);
  });
});
