import { meetingsFieldMeanings } from '../../meetings/meetings.field-meanings';
import { peopleFieldMeanings } from '../../people/people.field-meanings';
import { platformsFieldMeanings } from '../../platforms/platforms.field-meanings';
import { programmeFieldMeanings } from '../../programme/programme.field-meanings';
import { capacityFieldMeanings } from '../../capacity/capacity.field-meanings';
import { proposalsFieldMeanings } from '../../calls/proposals.field-meanings';
import { ballotsFieldMeanings } from '../../calls/ballots.field-meanings';
import { callFieldMeanings } from '../../calls/call.field-meanings';
import { cofinancingFieldMeanings } from '../../cofinancing/cofinancing.field-meanings';
import type { FieldMeaning } from './field-meaning';

/**
 * Where a field's GraphQL type and the naming conventions do not tell its meaning, keyed by `InputType.field`: each
 * context keeps its table beside its resolvers (`<context>/<context>.field-meanings.ts`). Add a line there when a field
 * means more (a name with its own limit, a count with a ceiling) or when a generated value is legitimately valid for it.
 */
export const ALL_FIELD_MEANINGS: Readonly<Record<string, FieldMeaning>> = {
  ...programmeFieldMeanings,
  ...callFieldMeanings,
  ...capacityFieldMeanings,
  ...platformsFieldMeanings,
  ...peopleFieldMeanings,
  ...meetingsFieldMeanings,
  ...proposalsFieldMeanings,
  ...ballotsFieldMeanings,
  ...cofinancingFieldMeanings,
};
