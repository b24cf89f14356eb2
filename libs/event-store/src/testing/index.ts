export { eventStoreContract, type EventStoreContractOptions, type OpenedEventStore } from './event-store-contract';
export { testEvent, testEvents, testMetadata, uniqueStreamName } from './test-events';
