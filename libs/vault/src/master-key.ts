import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { VaultError } from './vault-error';

/**
 * The master key wraps every person's key at rest, so a copy of the key table alone reveals nothing. It is a
 * KeyObject, not a Buffer: it prints and serialises as nothing, so it cannot slip into a log.
 */
export type MasterKey = KeyObject;

export const MASTER_KEY_BYTES = 32;

/** Where the embedded default keeps its master key, under the data directory (the key table is in `vault.sqlite`). */
export const DEFAULT_MASTER_KEY_FILE = 'vault-master.key';

const STRICT_BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/** A master key from configuration (`VAULT_MASTER_KEY`): 32 bytes as base64, surrounding whitespace ignored. */
export const parseMasterKey = (base64: string): MasterKey => {
  const trimmed = base64.trim();
  if (!STRICT_BASE64.test(trimmed)) {
    throw new VaultError('MasterKeyInvalid', `A vault master key is ${MASTER_KEY_BYTES} bytes as base64 (44 characters); generate one with: openssl rand -base64 32`);
  }
  return createSecretKey(Buffer.from(trimmed, 'base64'));
};

/** A fresh random master key as base64, for a secret store. */
export const generateMasterKey = (): string => randomBytes(MASTER_KEY_BYTES).toString('base64');

/**
 * A stable, non-secret name for a master key, stored beside each wrapped key: a vault opened with another master key
 * says so plainly instead of failing authentication on every person. An HMAC under the key itself reveals nothing of it.
 */
export const masterKeyId = (masterKey: MasterKey): string =>
  createHmac('sha256', masterKey).update('makers-vault master key id v1').digest('hex').slice(0, 32);

/**
 * The embedded default's master key: read from `path`, or created there on first start (mode 0600, its directory 0700).
 * Creation is atomic: the key is written to a private temporary file and linked into place, so two processes starting
 * together end up with the one key that won, never with a half-written file. A key file that group or others may read
 * is refused rather than trusted (POSIX only).
 */
export const loadOrCreateMasterKey = (path: string): MasterKey => {
  const existing = readKeyFile(path);
  if (existing) return existing;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, `${generateMasterKey()}\n`, { mode: 0o600, flag: 'wx' });
  try {
    chmodSync(temporary, 0o600); // whatever the umask
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return readKeyFile(path)!;
};

const readKeyFile = (path: string): MasterKey | null => {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new VaultError('MasterKeyInvalid', `The vault master key file ${path} may be read by others (mode ${(mode & 0o777).toString(8)}); chmod 600 it`);
  }
  try {
    return parseMasterKey(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof VaultError) throw new VaultError('MasterKeyInvalid', `${path}: ${error.message}`);
    throw error;
  }
};
