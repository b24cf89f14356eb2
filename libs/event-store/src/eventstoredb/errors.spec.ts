import { NO_STREAM, StreamNotFoundError, UnavailableError, WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@eventstore/db-client';
import { WrongExpectedVersionError } from '../errors';
import { isStreamNotFound, toPortError } from './errors';

const clientConflict = (expected: ConstructorParameters<typeof ClientWrongExpectedVersionError>[1]) =>
  new ClientWrongExpectedVersionError(undefined, expected);

describe('error mapping', () => {
  it("turns the client's wrong expected version into the port's, with the actual revision as a number", () => {
    const error = toPortError(clientConflict({ streamName: 'calls-proposal-7', expected: 2n, current: 4n }));

    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: 'calls-proposal-7', expected: 2, actual: 4 });
  });

  it('reports a stream that does not exist yet as no_stream', () => {
    const error = toPortError(clientConflict({ streamName: 'calls-proposal-8', expected: 0n, current: NO_STREAM }));

    expect(error).toMatchObject({ expected: 0, actual: 'no_stream' });
  });

  it('keeps a named expectation named', () => {
    const error = toPortError(clientConflict({ streamName: 'calls-proposal-9', expected: NO_STREAM, current: 0n }));

    expect(error).toMatchObject({ expected: 'no_stream', actual: 0 });
  });

  it('passes other errors through unchanged', () => {
    const unavailable = new UnavailableError();
    expect(toPortError(unavailable)).toBe(unavailable);
  });

  it('recognises a missing stream, and only that', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'platforms-platform-1'))).toBe(true);
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
    expect(isStreamNotFound(new Error('stream not found'))).toBe(false);
  });
});
