/** Retries the assertion until it passes or the time is up (then throws its last failure). */
export const eventually = async (assertion: () => Promise<void> | void, timeoutMs = 5_000, intervalMs = 20): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
};
