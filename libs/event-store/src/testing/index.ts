export { eventStoreContract, type EventStoreContractOptions, type OpenedEventStore } from './event-store-contract';
export { recordedEvent, testEvent, testEvents, testMetadata, uniqueStreamName } from './test-events';
