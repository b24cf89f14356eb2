import { eventStoreContract } from '../testing';
import { openEventStoreDbEventStore } from './index';

/**
 * Runs against a real server only: `docker compose up eventstore`, then
 * `EVENTSTORE_CONNECTION_STRING='esdb://localhost:2113?tls=false' npx jest --selectProjects event-store`.
 * Without one the suite is listed as skipped, with the reason, rather than silently passing.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING ?? '';

eventStoreContract(
  'EventStoreDB',
  async () => {
    const store = openEventStoreDbEventStore(connectionString);
    // The server keeps its events: the suite's unique stream names keep runs apart.
    return { store, dispose: () => store.close() };
  },
  {
    skipReason: connectionString === '' ? 'EVENTSTORE_CONNECTION_STRING not set' : undefined,
    // A second client: its own gRPC channel, as a second API instance would have.
    openSecondWriter: async () => openEventStoreDbEventStore(connectionString),
  },
);
