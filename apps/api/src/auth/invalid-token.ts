/** A token that does not prove who the caller is: malformed, forged, expired, or meant for someone else. */
export class InvalidToken extends Error {
  override readonly name = 'InvalidToken';
}
