import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '@makers/kernel';
import { getBudgetExecution, getEnvelope, listBudgetExecutionYears } from '@makers/cofinancing';
import { getProgramme, type ProgrammeView } from '@makers/programme';
import type { ReadModelDatabase } from '@makers/projections';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { usd } from './cofinancing-money';
import { BudgetExecution, budgetExecutionOf, Envelope } from './programme-budget.types';

/**
 * A programme's co-financing money: the envelope and the budget execution by year. Programme facts donors audit, naming
 * nobody: every role reads them. An unknown programme is NOT_FOUND ProgrammeNotFound (the read models answer zeros).
 */
@Resolver()
export class ProgrammeBudgetResolver {
  constructor(@Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase) {}

  private async known(programmeId: string): Promise<ProgrammeView> {
    const programme = await getProgramme(this.readModels.db, programmeId);
    if (!programme) throw notFound('ProgrammeNotFound', `No programme ${programmeId}`);
    return programme;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Envelope, { description: 'The programme’s co-financing envelope in USD: committed by UNDP, disbursed to UNDP parties net of refunds, remaining to commit.' })
  async envelope(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<Envelope> {
    const { budgetEnvelope } = await this.known(programmeId);
    const view = await getEnvelope(this.readModels.db, programmeId);
    // Before the first reservation the envelope is the programme's own; reservations are in USD, so only a USD one counts.
    const envelopeUsdMinor = view.envelopeUsdMinor ?? (budgetEnvelope.currency === 'USD' ? budgetEnvelope.amountMinor : null);
    return {
      programmeId,
      envelope: envelopeUsdMinor === null ? null : usd(envelopeUsdMinor),
      committed: usd(view.committedUsdMinor),
      disbursed: usd(view.disbursedUsdMinor),
      remaining: envelopeUsdMinor === null ? null : usd(envelopeUsdMinor - view.committedUsdMinor),
      initiativeCount: view.initiativeCount,
    };
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => BudgetExecution, {
    description:
      'The programme’s budget execution in a calendar year (a four-digit year, else BAD_USER_INPUT YearInvalid): commitments, payments and refunds by party (each municipality’s own share apart), by kind of party and by the municipality where the money is spent, in their currency and in USD.',
  })
  async budgetExecution(@Args('programmeId', { type: () => ID }) programmeId: string, @Args('year', { type: () => Int }) year: number): Promise<BudgetExecution> {
    // The read model checks the year: a bad year is the caller's input, refused before the programme is looked up.
    const execution = await getBudgetExecution(this.readModels.db, { programmeId, year });
    await this.known(programmeId);
    return budgetExecutionOf(execution);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => [Int], { description: 'The years in which the programme’s co-financing money moved (committed, disbursed or refunded), ascending.' })
  async budgetExecutionYears(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<number[]> {
    await this.known(programmeId);
    return listBudgetExecutionYears(this.readModels.db, programmeId);
  }
}
