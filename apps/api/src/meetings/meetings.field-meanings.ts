import { MAX_DECISION_TEXT_LENGTH, MAX_MINUTES_LENGTH } from '@makers/platforms';
import { freeText, name, type FieldMeaning } from '../testing/bad-input/field-meaning';
import { MAX_AGENDA_ITEMS, MAX_ATTENDANCE } from './meetings.inputs';

/**
 * What the meeting and decision inputs mean, where their types and names do not tell (see bad-input/field-meanings.ts).
 * Date-times (startsAt, heldAt) are Strings any bad text is wrong for; guests and votes are Ints of which the type's
 * own wrong values are generated (their floor of 0 is checked in the API tests).
 */
export const meetingsFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'ScheduleMeetingInput.place': name(),
  'ScheduleMeetingInput.agenda': { kind: 'list', maxItems: MAX_AGENDA_ITEMS },
  'RescheduleMeetingInput.place': name(),
  'RescheduleMeetingInput.reason': freeText(),
  'CancelMeetingInput.reason': freeText(),
  'HoldMeetingInput.attendance': { kind: 'list', maxItems: MAX_ATTENDANCE },
  'HoldMeetingInput.minutes': freeText(MAX_MINUTES_LENGTH),
  'RecordDecisionInput.title': name(),
  'RecordDecisionInput.text': freeText(MAX_DECISION_TEXT_LENGTH),
  'PriorityInput.title': name(),
  'PriorityInput.description': freeText(MAX_DECISION_TEXT_LENGTH),
};
