export * from './event-store';
export * from './errors';
export * from './command-metadata';
export * from './handle-command';
export { foldStream, loadState, type LoadedState } from './fold-stream';
export * from './integrity/history-digest';
