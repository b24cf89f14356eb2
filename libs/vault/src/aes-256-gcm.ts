import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';
import { IV_BYTES, TAG_BYTES } from './sealed';

export interface GcmOutput {
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

/** AES-256-GCM with a fresh random 96-bit nonce; `aad` is authenticated, not encrypted. */
export const encrypt = (key: KeyObject, plaintext: Buffer, aad: Buffer): GcmOutput => {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
};

/** The plaintext, or null when authentication fails (wrong key, wrong `aad`, altered bytes). */
export const decrypt = (key: KeyObject, sealed: GcmOutput, aad: Buffer): Buffer | null => {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.tag);
  try {
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    return null;
  }
};
