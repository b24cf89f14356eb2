import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { startApi, type ApiHarness } from '../testing/api-harness';
import { startOidcIssuer, type OidcIssuerFixture } from './oidc-issuer.fixture';
import { createTokenVerifier } from './token-verifier';

const AUDIENCE = 'makers-ledger';
const REGISTER_MUNICIPALITY = 'mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }';
const manager = { sub: 'amra.hadzic@undp.example', roles: ['programme-manager'] };

/** jose refetches the key set for an unseen key id at most every 30 s; tests move its clock instead of waiting. */
const afterTheJwksCooldown = () => {
  const now = Date.now();
  jest.spyOn(Date, 'now').mockImplementation(() => now + 31_000);
};

const oidcConfig = (issuer: OidcIssuerFixture, jwksUrl?: string) => ({ auth: { mode: 'oidc' as const, issuer: issuer.issuer, audience: AUDIENCE, ...(jwksUrl ? { jwksUrl } : {}) } });

describe('production mode: tokens from an OpenID Connect issuer', () => {
  let issuer: OidcIssuerFixture;
  let api: ApiHarness;
  let municipality = 0;

  beforeAll(async () => {
    issuer = await startOidcIssuer();
    api = await startApi('sqlite', oidcConfig(issuer));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
    await issuer.close();
  });

  /** Registers a new municipality with the token; returns the error codes, and the actor of the event if one was appended. */
  const registerWith = async (token: string, on: ApiHarness = api) => {
    const before = (await on.allEvents()).length;
    const response = await on.graphql(REGISTER_MUNICIPALITY, { input: { id: `municipality-${++municipality}`, name: 'Doboj', entity: 'RS' } }, { as: { token } });
    const appended = (await on.allEvents()).slice(before);
    return { codes: (response.errors ?? []).map((error) => error.extensions?.code), message: response.errors?.[0]?.message, actors: appended.map((event) => event.metadata.actor) };
  };

  it("accepts the issuer's token and records its subject as the actor", async () => {
    expect(await registerWith(await issuer.sign(manager, AUDIENCE))).toEqual({ codes: [], message: undefined, actors: [manager.sub] });
  });

  it('refuses a token signed with the local key the CLI uses on the embedded default', async () => {
    expect(await registerWith(await api.tokenFor('programme-manager'))).toEqual({
      codes: ['UNAUTHENTICATED'],
      message: 'Not authenticated: the token is signed with a key the issuer does not publish',
      actors: [],
    });
  });

  it("refuses the issuer's token for another audience", async () => {
    expect(await registerWith(await issuer.sign(manager, 'another-api'))).toMatchObject({ codes: ['UNAUTHENTICATED'], actors: [] });
  });

  it("refuses an HS256 token whose secret is the issuer's published key (algorithm confusion)", async () => {
    const published = await (await fetch(issuer.jwksUrl)).text();
    const confused = await new SignJWT({ ...manager, roles: ['administrator'] })
      .setProtectedHeader({ alg: 'HS256', kid: issuer.kids()[0] })
      .setIssuer(issuer.issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(published));
    expect(await registerWith(confused)).toEqual({ codes: ['UNAUTHENTICATED'], message: "Not authenticated: the token's signing algorithm is not accepted", actors: [] });
  });

  it('keeps the key set between requests instead of fetching it for every token', async () => {
    const fetches = issuer.jwksFetches();
    for (let i = 0; i < 3; i++) expect((await registerWith(await issuer.sign(manager, AUDIENCE))).codes).toEqual([]);
    expect(issuer.jwksFetches()).toBe(fetches);
  });

  // Last in this block: it moves jose's clock.
  it('follows a key rotation: a token signed with a newly published key id is accepted, one signed with a withdrawn key is refused', async () => {
    const beforeRotation = await issuer.sign(manager, AUDIENCE);
    const fetches = issuer.jwksFetches();
    const rotated = await issuer.rotate({ retire: true });
    afterTheJwksCooldown();
    expect(await registerWith(await issuer.sign({ ...manager, sub: 'after.rotation@undp.example' }, AUDIENCE, rotated))).toEqual({
      codes: [],
      message: undefined,
      actors: ['after.rotation@undp.example'],
    });
    expect(issuer.jwksFetches()).toBe(fetches + 1);
    expect(await registerWith(beforeRotation)).toEqual({ codes: ['UNAUTHENTICATED'], message: 'Not authenticated: the token is signed with a key the issuer does not publish', actors: [] });
  });
});

describe('production mode: where the keys come from', () => {
  let issuer: OidcIssuerFixture;

  beforeAll(async () => {
    issuer = await startOidcIssuer();
  });
  afterEach(() => {
    issuer.discovery = 'ok';
  });
  afterAll(() => issuer.close());

  it('with AUTH_JWKS_URL, reads keys there and never asks discovery', async () => {
    issuer.discovery = 'missing';
    const api = await startApi('sqlite', oidcConfig(issuer, issuer.jwksUrl));
    try {
      const response = await api.graphql(REGISTER_MUNICIPALITY, { input: { id: 'brcko', name: 'Brčko', entity: 'BD' } }, { as: { token: await issuer.sign(manager, AUDIENCE) } });
      expect(response.errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it('does not start when discovery fails, and says which issuer', async () => {
    issuer.discovery = 'missing';
    await expect(startApi('sqlite', oidcConfig(issuer))).rejects.toThrow(
      `OpenID Connect discovery for AUTH_ISSUER ${issuer.issuer} failed: ${issuer.issuer}/.well-known/openid-configuration answered 404 (set AUTH_JWKS_URL to skip discovery)`,
    );
  });

  it('refuses a discovery document that names another issuer', async () => {
    issuer.discovery = 'wrong-issuer';
    await expect(createTokenVerifier(oidcConfig(issuer).auth, '/nonexistent')).rejects.toThrow(
      `OpenID Connect discovery for AUTH_ISSUER ${issuer.issuer} failed: the discovery document names issuer "https://someone-else.example"`,
    );
  });

  it('names the issuer when nothing answers there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const nobody = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    await expect(createTokenVerifier({ mode: 'oidc', issuer: nobody, audience: AUDIENCE }, '/nonexistent')).rejects.toThrow(
      new RegExp(`^OpenID Connect discovery for AUTH_ISSUER ${nobody.replace(/\./g, '\\.')} failed: .* could not be read \\(.*ECONNREFUSED`),
    );
  });
});
