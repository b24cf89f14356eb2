import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../../config/app-config';

/** What body-parser attaches to the errors it raises. */
interface BodyParserError {
  readonly status?: number;
  readonly type?: string;
}

/** The little of Express's response this needs (the workspace has no @types/express). */
interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string' && typeof (error as BodyParserError).status === 'number';

/**
 * HTTP settings the app needs before it starts, shared by main.ts and the test harness so tests run what production runs.
 * Call it between creating the app and `init()`: the parsers registered here replace Nest's default ones.
 */
export const configureHttp = (app: INestApplication, config: AppConfig): void => {
  const limit = config.hardening.bodyLimitBytes;
  const expressApp = app as NestExpressApplication;
  expressApp.useBodyParser('json', { limit });
  expressApp.useBodyParser('urlencoded', { limit, extended: false });
  // Registered right after the parsers, so it sees their errors and nothing else; answered as GraphQL errors, not HTML.
  app.use((error: unknown, _request: unknown, response: JsonResponse, next: (error?: unknown) => void) => {
    if (!isBodyParserError(error)) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    response.status(tooLarge ? 413 : (error.status ?? 400)).json({
      errors: [
        tooLarge
          ? { message: `Request body is larger than the limit of ${limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: limit } }
          : { message: 'Request body could not be read as JSON', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });
};
