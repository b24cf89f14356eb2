import type { ProjectionLogger } from '../projection-worker';

/** Keeps what the runner logs, so a test can assert on it and the output stays quiet. */
export class RecordingLogger implements ProjectionLogger {
  readonly lines: string[] = [];
  readonly errors: string[] = [];

  log(message: string): void {
    this.lines.push(message);
  }

  warn(message: string): void {
    this.lines.push(message);
  }

  error(message: string): void {
    this.errors.push(message);
  }
}
