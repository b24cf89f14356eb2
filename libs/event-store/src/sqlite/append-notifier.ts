/**
 * Wakes the subscriptions of every store instance in this process that has the same file open, right after a commit,
 * so that in-process readers do not wait for the next poll. Appends by other processes are found by polling.
 */
type Listener = () => void;

const listenersByFile = new Map<string, Set<Listener>>();

/** Starts listening for appends to the file; returns how to stop. */
export const listenForAppends = (fileKey: string, listener: Listener): (() => void) => {
  const listeners = listenersByFile.get(fileKey) ?? new Set<Listener>();
  listenersByFile.set(fileKey, listeners);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && listenersByFile.get(fileKey) === listeners) listenersByFile.delete(fileKey);
  };
};

export const notifyAppended = (fileKey: string): void => {
  // A copy: a listener may stop listening while being notified.
  for (const listener of [...(listenersByFile.get(fileKey) ?? [])]) listener();
};
