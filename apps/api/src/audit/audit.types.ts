import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { JSONScalar, SafeInt } from '../graphql/scalars';

@ObjectType({ description: 'One immutable event, as stored, with the metadata that says who, when and why.' })
export class AuditEvent {
  @Field()
  eventId!: string;

  @Field()
  streamName!: string;

  @Field(() => Int, { description: '0-based position within its stream.' })
  revision!: number;

  @Field(() => SafeInt, { description: 'Position in the global order of all events.' })
  position!: number;

  @Field()
  type!: string;

  @Field(() => Int)
  schemaVersion!: number;

  @Field({ description: 'When the command was issued (ISO 8601).' })
  occurredAt!: string;

  @Field()
  actor!: string;

  @Field()
  correlationId!: string;

  @Field()
  causationId!: string;

  @Field(() => JSONScalar)
  data!: unknown;
}

@ObjectType()
export class AuditTrail {
  @Field()
  stream!: string;

  @Field(() => [AuditEvent])
  events!: AuditEvent[];

  @Field(() => Int, { nullable: true, description: 'Pass as fromRevision to read on; null at the end of the stream.' })
  nextRevision!: number | null;
}

@ArgsType()
export class AuditTrailArgs {
  @Field({ description: 'A stream name, e.g. programme-programme-makers.' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/, { message: 'stream must be a stream name (letters, digits, - _ . :)' })
  stream!: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  fromRevision: number = 0;

  @Field(() => Int, { defaultValue: 100, description: '1 to 1000 events.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  first: number = 100;
}
