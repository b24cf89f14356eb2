import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { EventStore } from '@makers/event-store';
import { AllowedRoles } from '../authorization/allowed-roles';
import { EVENT_STORE } from '../infrastructure/tokens';
import { AuditTrail, AuditTrailArgs } from './audit.types';

/**
 * The audit trail reads the ledger itself, not a read model: an auditor sees exactly what was appended, in order,
 * with nothing a projection could have dropped or reshaped. It is for those who answer for the ledger: donor auditors
 * (read-only, the whole trail), programme managers and administrators.
 */
@Resolver(() => AuditTrail)
export class AuditTrailResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @AllowedRoles('donor-auditor', 'programme-manager', 'administrator')
  @Query(() => AuditTrail, { description: 'Every event of a stream in order, with revision, position, type and metadata.' })
  async auditTrail(@Args() { stream, fromRevision, first }: AuditTrailArgs): Promise<AuditTrail> {
    // One more than asked tells whether the stream goes on.
    const recorded = await this.store.readStream(stream, { fromRevision, maxCount: first + 1 });
    const events = recorded.slice(0, first).map((event) => ({
      eventId: event.id,
      streamName: event.streamName,
      revision: event.revision,
      position: event.position,
      type: event.type,
      data: event.data,
      ...event.metadata,
    }));
    return { stream, events, nextRevision: recorded.length > first ? recorded[first].revision : null };
  }
}
