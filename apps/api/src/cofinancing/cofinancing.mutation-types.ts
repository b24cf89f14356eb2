import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditEvent } from '../audit/audit.types';

/**
 * What an initiative mutation answers: the events it appended, as stored. The initiative's read models (agreement,
 * tranches, disbursements, reports, the envelope) are queried on their own; this says exactly what the command did.
 */
@ObjectType({
  description:
    'What an initiative command appended, in the order appended: to the initiative’s stream and, for an agreement that moves UNDP’s commitment, the reservation or release on the programme’s envelope. Empty when the command changed nothing.',
})
export class InitiativeChange {
  @Field(() => ID)
  initiativeId!: string;

  @Field(() => [AuditEvent])
  events!: AuditEvent[];
}
