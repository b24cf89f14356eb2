import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

interface IssuerKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

export interface OidcIssuerFixture {
  /** `http://127.0.0.1:<port>`: the `iss` of its tokens and where its discovery document is. */
  readonly issuer: string;
  readonly jwksUrl: string;
  /** The key ids published in the JWKS, newest last. */
  readonly kids: () => string[];
  /** Publishes a new signing key; `retire` withdraws the older ones from the JWKS. */
  rotate(options?: { retire?: boolean }): Promise<string>;
  /** A token for `audience`, signed with the newest key (or the one named, withdrawn or not), with the claims given. */
  sign(claims: JWTPayload, audience: string, kid?: string): Promise<string>;
  /** How many times the JWKS was fetched: shows what the API caches. */
  readonly jwksFetches: () => number;
  /** What discovery answers: the real document, another issuer's, or 404. */
  discovery: 'ok' | 'wrong-issuer' | 'missing';
  close(): Promise<void>;
}

const newKey = async (): Promise<IssuerKey> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = `key-${Math.random().toString(36).slice(2, 10)}`;
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
};

/** A tiny OpenID Connect issuer on 127.0.0.1 (RS256, as most providers sign): discovery, a JWKS, and tokens. */
export const startOidcIssuer = async (): Promise<OidcIssuerFixture> => {
  // Every key the issuer ever had (so a test can still sign with a withdrawn one), and the ids it publishes.
  const keys = [await newKey()];
  let published = [keys[0].kid];
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.url === '/.well-known/openid-configuration') {
      if (fixture.discovery === 'missing') return json(404, { error: 'not found' });
      return json(200, { issuer: fixture.discovery === 'ok' ? fixture.issuer : 'https://someone-else.example', jwks_uri: fixture.jwksUrl, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (request.url === '/jwks') {
      fetches++;
      return json(200, { keys: keys.filter((key) => published.includes(key.kid)).map((key) => key.publicJwk) });
    }
    json(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fixture: OidcIssuerFixture = {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    kids: () => [...published],
    async rotate({ retire = false } = {}) {
      const key = await newKey();
      keys.push(key);
      published = retire ? [key.kid] : [...published, key.kid];
      return key.kid;
    },
    sign(claims, audience, kid) {
      const key = kid ? keys.find((candidate) => candidate.kid === kid) : keys[keys.length - 1];
      if (!key) throw new Error(`no key ${kid}`);
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('1h').sign(key.privateKey);
    },
    jwksFetches: () => fetches,
    discovery: 'ok',
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
  return fixture;
};
