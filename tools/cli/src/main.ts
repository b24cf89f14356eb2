import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { ROLES } from '@makers/kernel';
import { readAppConfig } from '../../../apps/api/src/config/app-config';

// Each command loads what it needs when it runs: `token` and `--help` need no Nest, no stores and no GraphQL.

const positiveInteger = (value: string) => {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1) throw new InvalidArgumentError('a whole number above 0');
  return parsed;
};

const program = new Command('makers')
  .description('MAKERS Ledger: replay the event history into read models, load the demo programme.')
  .showHelpAfterError();

program
  .command('replay')
  .description('Rebuild read models from zero by replaying every event (stop the API first on the embedded store).')
  .option('-p, --projection <name...>', 'only these projections', [])
  .option('-b, --batch-size <n>', 'events per transaction', positiveInteger, 500)
  .action(async (options: { projection: string[]; batchSize: number }) => {
    const { replay } = await import('./replay.command');
    await replay(readAppConfig(), { projections: options.projection, batchSize: options.batchSize, interactive: Boolean(process.stderr.isTTY) });
  });

program
  .command('seed')
  .description('Load the MAKERS programme and its 14 partner municipalities; safe to run again.')
  .action(async () => {
    const [{ NestFactory }, { LedgerModule }, { seedDemoData }] = await Promise.all([
      import('@nestjs/core'),
      import('../../../apps/api/src/ledger.module'),
      import('../../../apps/api/src/demo/seed-demo-data'),
    ]);
    const app = await NestFactory.createApplicationContext(LedgerModule, { logger: ['error', 'warn'] });
    app.enableShutdownHooks();
    try {
      const summary = await seedDemoData(app);
      console.log(`MAKERS demo data: ${summary.applied} commands applied, ${summary.skipped} already there`);
    } finally {
      await app.close();
    }
  });

program
  .command('verify')
  .description('Compute the chained SHA-256 digest of the event history; with --expect, check it against a recorded one.')
  .option('-u, --up-to <position>', 'only the history up to this global position (where the digest was recorded)', positiveInteger)
  .option('-e, --expect <digest>', 'the digest recorded earlier (sha256:…); exits 1 when the history no longer matches')
  .action(async (options: { upTo?: number; expect?: string }) => {
    const { verify } = await import('./verify.command');
    const outcome = await verify(readAppConfig(), options);
    console.log(`${outcome.events} events up to position ${outcome.lastPosition}: ${outcome.digest}`);
    if (!outcome.matches) {
      console.error(`The history does not match the recorded digest ${options.expect}: an event up to position ${outcome.lastPosition} was changed, removed or inserted.`);
      process.exitCode = 1;
    }
  });

program
  .command('token')
  .description("Print a bearer token for a role's demo user, signed with the key under DATA_DIR (embedded default only; with AUTH_ISSUER set, tokens come from the identity provider).")
  .requiredOption('-r, --role <role>', ROLES.join(', '))
  .option('-s, --subject <id>', "the user's id (default: the role's demo user)")
  .option('-m, --municipality <id...>', 'municipalities a municipal officer acts for')
  .option('-p, --platform <id...>', 'platforms a moderator or member acts for')
  .option('-e, --expires-in <duration>', 'how long it is valid, e.g. 30m, 8h, 7d', '8h')
  .action(async (options: { role: string; subject?: string; municipality?: string[]; platform?: string[]; expiresIn: string }) => {
    const { mintToken } = await import('./token.command');
    const token = await mintToken(readAppConfig(), {
      role: options.role,
      subject: options.subject,
      municipalities: options.municipality,
      platforms: options.platform,
      expiresIn: options.expiresIn,
    });
    process.stdout.write(`${token}\n`);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
