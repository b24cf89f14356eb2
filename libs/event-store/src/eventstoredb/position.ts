import { START, type ReadPosition } from '@eventstore/db-client';

/**
 * The port's global position is one number: the event's commit position. Since EventStoreDB 20 every event is
 * written as a committed prepare record (explicit transactions aside, which this adapter never starts), so an
 * event's commit position equals its prepare position, and a {commit, prepare} pair with both set to that number
 * addresses the event exactly.
 */
export const toReadPosition = (position: number | undefined): ReadPosition =>
  position === undefined ? START : { commit: BigInt(position), prepare: BigInt(position) };

/**
 * Reads and subscriptions from a position include the event at it (on some server versions), while the port's
 * checkpoints are exclusive: only what is strictly after the checkpoint is delivered.
 */
export const isAfterCheckpoint = (position: number, checkpoint: number | undefined): boolean =>
  checkpoint === undefined || position > checkpoint;
