import type { AllStreamResolvedEvent } from '@eventstore/db-client';

/** What the client yields for an event read from $all, as the server sends it (commit position = prepare position). */
export const resolvedEvent = ({
  position,
  type = 'ProposalSubmitted',
  streamId = 'calls-proposal-1',
  revision = 0n,
  id = '0190b4a2-3c4d-7e8f-9a0b-1c2d3e4f5a6b',
}: {
  position: number;
  type?: string;
  streamId?: string;
  revision?: bigint;
  id?: string;
}): AllStreamResolvedEvent => ({
  commitPosition: BigInt(position),
  event: {
    streamId,
    id,
    isJson: true,
    revision,
    type,
    created: new Date('2026-03-14T09:30:00.000Z'),
    data: { title: 'Omladinski centar u Istočnom Novom Sarajevu' },
    metadata: { actor: 'user:amra.hodzic', occurredAt: '2026-03-14T09:30:00.000Z', correlationId: 'c-1', causationId: 'c-1', schemaVersion: 1 },
    position: { commit: BigInt(position), prepare: BigInt(position) },
  },
});
