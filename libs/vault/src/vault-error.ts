/**
 * Why the vault could not do what it was asked: something is wrong (a bug, an altered blob or key table, the wrong
 * master key), and saying so matters more than carrying on. A forgotten person is not among them: `open` answers null,
 * and `seal` refuses with the domain's CONFLICT `PersonForgotten`, which the API already maps for its clients.
 */
export type VaultErrorCode =
  /** The person id is not a non-empty string of at most 200 characters. */
  | 'PersonIdInvalid'
  /** `seal` was given something that is not a JSON object. */
  | 'DataNotAnObject'
  /** The blob is not `{ v: 1, alg: 'A256GCM', iv, ciphertext, tag }`. */
  | 'SealedMalformed'
  /** Authentication failed: the blob was altered, or sealed for another person. */
  | 'SealedNotAuthentic'
  /** `open` for a person the vault has never keyed (nor forgotten): the blob did not come from this vault. */
  | 'KeyMissing'
  /** The key table was written under another master key. */
  | 'MasterKeyMismatch'
  /** A stored key failed to unwrap under the right master key: the key table was altered. */
  | 'KeyNotAuthentic'
  /** The configured or stored master key is not 32 bytes of base64, or its file is readable by others. */
  | 'MasterKeyInvalid';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}
