/**
 * Personal data as it may stand in an event payload: AES-256-GCM ciphertext under the person's own key, with the
 * person id bound as additional authenticated data. Plain JSON (base64 strings), so it travels in any event store.
 */
export interface Sealed {
  /** The format: a reader that meets another version knows it cannot open it, rather than guessing. */
  readonly v: 1;
  readonly alg: 'A256GCM';
  /** 96-bit nonce, random per sealing. */
  readonly iv: string;
  readonly ciphertext: string;
  /** 128-bit GCM authentication tag. */
  readonly tag: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const IV_BYTES = 12;
export const TAG_BYTES = 16;

const base64Of = (value: unknown, bytes?: number): boolean =>
  typeof value === 'string' && BASE64.test(value) && (bytes === undefined || Buffer.from(value, 'base64').length === bytes);

/** Whether a value read back from an event has the shape of a sealed blob (it says nothing about who may open it). */
export const isSealed = (value: unknown): value is Sealed => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Sealed, unknown>>;
  return (
    candidate.v === 1 &&
    candidate.alg === 'A256GCM' &&
    base64Of(candidate.iv, IV_BYTES) &&
    base64Of(candidate.tag, TAG_BYTES) &&
    base64Of(candidate.ciphertext) &&
    candidate.ciphertext !== ''
  );
};
