import type { Transaction } from 'kysely';
import { assertNever, type Currency } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import type { AgreementParty } from '../initiative/agreement.terms';
import { BUDGET_MOVEMENTS, type BudgetMovementKind } from './budget-read-model.tables';
import type { CommitmentChange } from './commitment-changes';
import { initiativeOf } from './initiative.applier';
import type { InitiativeReadModelTables } from './initiative-read-model.tables';

type Writer = Transaction<InitiativeReadModelTables>;

export interface BudgetMovement {
  readonly party: Pick<AgreementParty, 'partyId' | 'kind' | 'name' | 'municipalityId'>;
  readonly movement: BudgetMovementKind;
  readonly year: number;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly amountUsdMinor: number;
}

/**
 * Who a party is across the programme's initiatives, for execution by party (party ids are unique only within one
 * agreement): UNDP is one party whatever an agreement calls it, a municipality is its municipality, another donor or an
 * in-kind contributor is its name.
 */
export const partyKeyOf = (party: Pick<AgreementParty, 'kind' | 'name' | 'municipalityId'>): string => {
  switch (party.kind) {
    case 'undp':
      return 'undp';
    case 'municipality':
      return `municipality ${party.municipalityId ?? party.name}`;
    case 'other-donor':
    case 'in-kind':
      return `${party.kind} ${party.name}`;
    default:
      return assertNever(party.kind);
  }
};

/** A commitment change as a ledger line of the year it counts in. */
export const committedIn = (year: number, change: CommitmentChange): BudgetMovement => ({ ...change, movement: 'committed', year });

/**
 * Books the event's money movements in the budget ledger, one row per party (and per currency and kind, for a party
 * that changed them), keyed by the event's id: an event applied again adds nothing.
 */
export const recordBudgetMovements = async (trx: Writer, recorded: RecordedEvent, initiativeId: string, movements: readonly BudgetMovement[]): Promise<void> => {
  if (movements.length === 0) return;
  const initiative = await initiativeOf(trx, initiativeId);
  await trx
    .insertInto(BUDGET_MOVEMENTS)
    .values(
      movements.map((movement) => ({
        event_id: recorded.id,
        party_id: movement.party.partyId,
        party_kind: movement.party.kind,
        currency: movement.currency,
        programme_id: initiative.programme_id,
        initiative_id: initiativeId,
        municipality_id: initiative.municipality_id,
        party_key: partyKeyOf(movement.party),
        party_name: movement.party.name,
        party_municipality_id: movement.party.municipalityId,
        year: movement.year,
        movement: movement.movement,
        amount_minor: movement.amountMinor,
        amount_usd_minor: movement.amountUsdMinor,
      })),
    )
    .onConflict((conflict) => conflict.columns(['event_id', 'party_id', 'party_kind', 'currency']).doNothing())
    .execute();
};
