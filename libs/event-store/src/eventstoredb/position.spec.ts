import { START } from '@eventstore/db-client';
import { isAfterCheckpoint, toReadPosition } from './position';

describe('read position', () => {
  it('starts from the beginning without a checkpoint', () => expect(toReadPosition(undefined)).toBe(START));

  it('addresses an event by its commit position as both commit and prepare', () =>
    expect(toReadPosition(4096)).toEqual({ commit: 4096n, prepare: 4096n }));

  it('reads position 0 as a position, not as the start', () => expect(toReadPosition(0)).toEqual({ commit: 0n, prepare: 0n }));
});

describe('delivery after a checkpoint', () => {
  it('drops the event at the checkpoint itself', () => expect(isAfterCheckpoint(4096, 4096)).toBe(false));
  it('drops an event before the checkpoint', () => expect(isAfterCheckpoint(100, 4096)).toBe(false));
  it('delivers an event after the checkpoint', () => expect(isAfterCheckpoint(4097, 4096)).toBe(true));
  it('delivers every event without a checkpoint, the first at position 0 too', () => expect(isAfterCheckpoint(0, undefined)).toBe(true));
});
