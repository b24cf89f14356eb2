import { ValidateBy } from 'class-validator';
import { DomainError, requiredFreeText } from '@makers/kernel';
import { isoDateTime } from '@makers/platforms';

/** True when the domain's own check accepts the value: one rule for the API and the decider. */
const passes = (check: () => unknown): boolean => {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
};

/** An ISO 8601 date-time with its offset (`2021-05-20T18:00:00+02:00`, or `Z`), on a day that exists. */
export const IsDateTimeWithOffset = () =>
  ValidateBy({
    name: 'isDateTimeWithOffset',
    validator: {
      validate: (value: unknown) => passes(() => isoDateTime(value, 'value')),
      defaultMessage: () => '$property must be an ISO 8601 date-time with its offset, like 2021-05-20T18:00:00+02:00',
    },
  });

/** Each item of a list a free text (an agenda item): not blank, at most `max` characters, line breaks allowed, no other control characters. */
export const IsEachFreeText = (max: number) =>
  ValidateBy({
    name: 'isEachFreeText',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length <= max && passes(() => requiredFreeText(item, 'item', max))),
      defaultMessage: () => `each of $property must be a text that is not blank, at most ${max} characters, without control characters`,
    },
  });
