import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import { identity } from '@makers/kernel';
import { startApi, type ApiHarness } from '../testing/api-harness';
import { loadOrCreateLocalSigningKey } from './local-signing-key';
import { mintLocalToken } from './local-token-issuer';

const REGISTER_MUNICIPALITY = 'mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }';
const MUNICIPALITIES = '{ municipalities(first: 10) { totalCount } }';
const brcko = { id: 'brcko', name: 'Brčko', entity: 'BD' };
const programmeManager = identity('amra.hadzic@undp.example', ['programme-manager']);

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('authentication over HTTP (embedded default, local signing key)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  /** A raw POST /graphql, so the status and headers a proxy or a client library sees are checked too. */
  const post = async (query: string, variables: Record<string, unknown>, authorization?: string): Promise<HttpAnswer> => {
    const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    const response = await (authorization === undefined ? call : call.set('authorization', authorization)).send({ query, variables });
    return { status: response.status, headers: response.headers as Record<string, string>, body: response.body as HttpAnswer['body'] };
  };

  /** Sends the mutation, proves it appended nothing and was refused as unauthenticated; returns the message. */
  const refusedMutation = async (authorization?: string) => {
    const before = (await api.allEvents()).length;
    const answer = await post(REGISTER_MUNICIPALITY, { input: brcko }, authorization);
    expect((await api.allEvents()).length).toBe(before);
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    return answer.body.errors?.[0].message;
  };

  /** Signs with the API's own key but with claims of the test's choosing. */
  const localToken = async (change: { issuer?: string; audience?: string; expiresIn?: number }) => {
    const key = await loadOrCreateLocalSigningKey(api.config.dataDir);
    return mintLocalToken(key, { ...api.config.auth, ...change }, programmeManager, change.expiresIn);
  };

  describe('refuses, with UNAUTHENTICATED, status 401 and no event appended', () => {
    it('a mutation without a token', async () => {
      expect(await refusedMutation()).toBe('Not authenticated: send a bearer token in the Authorization header');
    });

    it('a query without a token', async () => {
      const answer = await post(MUNICIPALITIES, {});
      expect(answer.status).toBe(401);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });

    it.each([
      ['another scheme', 'Basic YW1yYTpzZWNyZXQ='],
      ['a bare token', 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln'],
      ['the scheme without a token', 'Bearer'],
      ['two tokens', 'Bearer one two'],
    ])('a malformed Authorization header: %s', async (_, header) => {
      expect(await refusedMutation(header)).toBe('Not authenticated: the Authorization header must be "Bearer <token>"');
    });

    it('a bearer token that is not a JWT', async () => {
      expect(await refusedMutation('Bearer not-a-token')).toBe('Not authenticated: the token is malformed');
    });

    it('a token signed by another key (forged), even with the right key id', async () => {
      const { kid } = await loadOrCreateLocalSigningKey(api.config.dataDir);
      const forged = await mintLocalToken({ kid, ...(await generateKeyPair('ES256')) }, api.config.auth, programmeManager);
      expect(await refusedMutation(`Bearer ${forged}`)).toBe('Not authenticated: the token signature does not verify');
    });

    it('an expired token', async () => {
      const expired = await localToken({ expiresIn: Math.floor(Date.now() / 1000) - 120 });
      expect(await refusedMutation(`Bearer ${expired}`)).toBe('Not authenticated: the token has expired');
    });

    it('a token for another audience', async () => {
      expect(await refusedMutation(`Bearer ${await localToken({ audience: 'some-other-api' })}`)).toBe('Not authenticated: the token\'s "aud" claim is not accepted');
    });

    it('a token from another issuer', async () => {
      expect(await refusedMutation(`Bearer ${await localToken({ issuer: 'https://attacker.example' })}`)).toBe('Not authenticated: the token\'s "iss" claim is not accepted');
    });

    it('an unsigned token (alg: none)', async () => {
      const claims = { sub: programmeManager.subject, roles: ['administrator'], iss: api.config.auth.issuer, aud: api.config.auth.audience, exp: inAnHour() };
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
      expect(await refusedMutation(`Bearer ${unsigned}`)).toBe("Not authenticated: the token's signing algorithm is not accepted");
    });

    it.each(['PEM', 'JWK'])("an HS256 token whose secret is the API's public key as %s (algorithm confusion)", async (form) => {
      const { kid, publicKey } = await loadOrCreateLocalSigningKey(api.config.dataDir);
      const secret = form === 'PEM' ? await exportSPKI(publicKey) : JSON.stringify(await exportJWK(publicKey));
      const confused = await new SignJWT({ roles: ['administrator'] })
        .setProtectedHeader({ alg: 'HS256', kid, typ: 'JWT' })
        .setSubject(programmeManager.subject)
        .setIssuer(api.config.auth.issuer)
        .setAudience(api.config.auth.audience)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));
      expect(await refusedMutation(`Bearer ${confused}`)).toBe("Not authenticated: the token's signing algorithm is not accepted");
    });

    it('a token without a subject', async () => {
      const key = await loadOrCreateLocalSigningKey(api.config.dataDir);
      const anonymous = await new SignJWT({ roles: ['programme-manager'] })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid })
        .setIssuer(api.config.auth.issuer)
        .setAudience(api.config.auth.audience)
        .setExpirationTime('1h')
        .sign(key.privateKey);
      expect(await refusedMutation(`Bearer ${anonymous}`)).toBe('Not authenticated: the token\'s "sub" claim is not accepted');
    });
  });

  it('answers GET /health without a token', async () => {
    const response = await request(api.app.getHttpServer()).get('/health');
    expect([response.status, response.body]).toEqual([200, { status: 'ok' }]);
  });

  it('accepts a valid token, and records its subject as the actor of every event', async () => {
    const response = await api.graphql(REGISTER_MUNICIPALITY, { input: brcko }, { as: programmeManager });
    expect(response.errors).toBeUndefined();
    const events = await api.allEvents();
    expect(events.map((event) => event.metadata.actor)).toEqual([programmeManager.subject]);
  });

  it('refuses an input that names its own actor, appending nothing: the actor comes only from the token', async () => {
    const before = (await api.allEvents()).length;
    const input = { id: 'doboj', name: 'Doboj', entity: 'RS', actor: 'someone.else@undp.example' };
    const asVariables = await api.graphql(REGISTER_MUNICIPALITY, { input }, { as: programmeManager });
    expect(asVariables.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['BAD_USER_INPUT', expect.stringContaining('Field "actor" is not defined')]]);
    const inline = await api.graphql('mutation { registerMunicipality(input: { id: "doboj", name: "Doboj", entity: RS, actor: "someone.else@undp.example" }) { id } }', {}, { as: programmeManager });
    expect(inline.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['GRAPHQL_VALIDATION_FAILED', expect.stringContaining('Field "actor" is not defined')]]);
    expect((await api.allEvents()).length).toBe(before);
  });

  it('ignores role names it does not know: a token claiming only those is authenticated but registers nothing', async () => {
    const before = (await api.allEvents()).length;
    const impostor = { token: await mintLocalToken(await loadOrCreateLocalSigningKey(api.config.dataDir), api.config.auth, { ...programmeManager, roles: ['superuser', 'root', 'Programme-Manager'] as never }) };
    const refused = await api.graphql(REGISTER_MUNICIPALITY, { input: { id: 'doboj', name: 'Doboj', entity: 'RS' } }, { as: impostor });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0].message).toContain('no role');
    expect((await api.allEvents()).length).toBe(before);
  });
});
