import { StreamNotFoundError, WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@eventstore/db-client';
import { WrongExpectedVersionError } from '../errors';
import { fromClientCurrentRevision, fromClientExpectedRevision } from './expected-revision';

export const toWrongExpectedVersionError = (error: ClientWrongExpectedVersionError): WrongExpectedVersionError =>
  new WrongExpectedVersionError(error.streamName, fromClientExpectedRevision(error.expectedVersion), fromClientCurrentRevision(error.actualVersion));

/** The port's error for a client error that has one; any other error passes through unchanged. */
export const toPortError = (error: unknown): unknown =>
  error instanceof ClientWrongExpectedVersionError ? toWrongExpectedVersionError(error) : error;

/** The client reports a missing stream as an error on the read; the port reads it as an empty stream. */
export const isStreamNotFound = (error: unknown): error is StreamNotFoundError => error instanceof StreamNotFoundError;
