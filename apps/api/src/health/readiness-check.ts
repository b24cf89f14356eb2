export type Check = 'up' | 'down';

/** A store is up when a trivial call returns in time; a hung connection counts as down rather than hanging the probe. */
export const answersWithin = async (call: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve('down'), timeoutMs);
  });
  try {
    return await Promise.race([call().then((): Check => 'up'), timeout]);
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
};
