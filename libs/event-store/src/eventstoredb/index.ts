export { openEventStoreDbEventStore } from './eventstoredb-event-store';
