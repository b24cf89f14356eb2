import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';

/** The field paths and broken constraints of a rejected input, nested inputs flattened to `targets.0.code`. */
const flatten = (errors: readonly ValidationError[], parent = ''): { field: string; constraints: string[] }[] =>
  errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, constraints: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });

/** class-validator on every input; a rejection is BAD_USER_INPUT naming each field, before any command runs. */
export const inputValidationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => {
    const fields = flatten(errors);
    const message = `Invalid input: ${fields.map(({ field, constraints }) => `${field} (${constraints.join('; ')})`).join(', ')}`;
    return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
  },
});
