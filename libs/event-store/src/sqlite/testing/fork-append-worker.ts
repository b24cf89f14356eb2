import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';

export type WorkerOrder = 'go';
export type WorkerMessage = { type: 'ready' } | { type: 'done'; events: number } | { type: 'failed'; error: string };

export interface AppendWorkerArgs {
  readonly path: string;
  readonly worker: string;
  readonly appends: number;
  readonly sharedStream: string;
  readonly ownStream: string;
}

export interface AppendWorker {
  /** Resolves once the child has opened the store. */
  readonly ready: Promise<void>;
  /** Starts appending. */
  go(): void;
  /** Resolves with how many events the child appended, once it exits. */
  readonly done: Promise<number>;
}

/** The repository's TypeScript loader, found from here rather than from a fixed checkout path. */
const REGISTER = resolve(__dirname, '../../../../../tools/register.js');

/** Forks a separate Node process that appends to the store file (see append-worker.ts). */
export const forkAppendWorker = (args: AppendWorkerArgs): AppendWorker => {
  const child = fork(
    join(__dirname, 'append-worker.ts'),
    [args.path, args.worker, String(args.appends), args.sharedStream, args.ownStream],
    { execArgv: ['-r', REGISTER], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolvePromise) => (markReady = resolvePromise));
  const done = new Promise<number>((resolvePromise, reject) => {
    let events: number | undefined;
    child.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'ready':
          return markReady();
        case 'done':
          events = message.events;
          return;
        case 'failed':
          return reject(new Error(`Worker ${args.worker} failed: ${message.error}`));
        default: {
          const unknown: never = message;
          return reject(new Error(`Unexpected message from worker ${args.worker}: ${JSON.stringify(unknown)}`));
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && events !== undefined) resolvePromise(events);
      else reject(new Error(`Worker ${args.worker} exited with code ${code}`));
    });
  });
  // A worker that dies before 'ready' must not leave the test waiting for it.
  void done.catch(() => markReady());
  return { ready, go: () => child.send('go' satisfies WorkerOrder), done };
};
