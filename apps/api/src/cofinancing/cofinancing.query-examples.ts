import { initiativeIdForAward } from '@makers/cofinancing';
import { identity } from '@makers/kernel';
import type { QueryExamples } from '../authorization/query-example';
import { CommandSender } from '../commands/command-sender';
import { commandMetadataFor } from '../request/command-metadata';
import { ExecuteInitiativeCommand } from './initiative.commands';

const INITIATIVE_ID = initiativeIdForAward('call-query-matrix', 'proposal-query-matrix');

/**
 * An initiative, started through its command handler as a programme manager may (the award process does the same
 * for each funded proposal; it has no mutation of its own).
 */
export const cofinancingQueryExamples: QueryExamples = {
  prepare: async (api) => {
    const command = new ExecuteInitiativeCommand(
      {
        type: 'StartInitiativeFromAward',
        data: {
          initiativeId: INITIATIVE_ID,
          // Starting names the programme; only an agreement reads it (for its envelope), so it need not be registered here.
          programmeId: 'cofinancing-query-matrix',
          callId: 'call-query-matrix',
          proposalId: 'proposal-query-matrix',
          municipalityId: 'calls-example-trebinje',
          title: 'Park mladih Trebinje',
          amount: { amountMinor: 1_200_000, currency: 'USD' },
        },
      },
      commandMetadataFor(identity('test:query-matrix', ['administrator'])),
    );
    await api.app.get(CommandSender).send(command);
  },
  queries: {
    initiative: {
      document: 'query ($id: ID!) { initiative(id: $id) { id origin { kind callId proposalId } municipalityId title amount { amountMinor currency } startedAt } }',
      variables: { id: INITIATIVE_ID },
    },
    initiatives: { document: '{ initiatives(first: 10) { nodes { id title } totalCount } }' },
  },
};
