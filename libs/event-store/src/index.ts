export * from './event-store';
export * from './errors';
export * from './command-metadata';
export * from './handle-command';
export * from './integrity/history-digest';
