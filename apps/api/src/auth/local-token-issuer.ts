import { SignJWT } from 'jose';
import type { Identity } from '@makers/kernel';
import type { AuthConfig } from '../config/app-config';
import { LOCAL_ALGORITHM, type LocalSigningKey } from './local-signing-key';

/** Mints a token the embedded default accepts: for the CLI's demo users and for tests. */
export const mintLocalToken = (key: LocalSigningKey, auth: AuthConfig, who: Identity, expiresIn: string | number = '8h'): Promise<string> =>
  new SignJWT({ roles: [...who.roles], municipalities: [...who.municipalityIds], platforms: [...who.platformIds] })
    .setProtectedHeader({ alg: LOCAL_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(who.subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
