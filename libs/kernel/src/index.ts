export * from './decider';
export * from './domain-error';
export * from './identity';
export * from './money';
export * from './policy';
export * from './input-rules';
export * from './calendar';
