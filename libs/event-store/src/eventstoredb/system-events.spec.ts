import { EVENT_TYPE } from '@eventstore/db-client';
import { applicationEventsFilter, isSystemEvent } from './system-events';

describe('system events', () => {
  it.each([
    ['$statsCollected', '$stats-127.0.0.1:2113'],
    ['$metadata', '$$calls-proposal-1'],
    ['$>', '$ce-calls'],
    ['SettingsUpdated', '$settings'],
    ['$UserCreated', 'users-1'],
  ])('excludes %s in %s', (type, streamName) => expect(isSystemEvent({ type, streamName })).toBe(true));

  it('keeps an application event', () => expect(isSystemEvent({ type: 'ProposalSubmitted', streamName: 'calls-proposal-1' })).toBe(false));

  it('keeps an event whose name merely contains a dollar sign', () =>
    expect(isSystemEvent({ type: 'Disbursed$Usd', streamName: 'cofinancing-tranche-1' })).toBe(false));
});

describe('the subscription filter', () => {
  it('asks the server for event types that do not start with $', () => {
    const filter = applicationEventsFilter();

    expect(filter.filterOn).toBe(EVENT_TYPE);
    expect('regex' in filter && new RegExp(filter.regex).test('ProposalSubmitted')).toBe(true);
    expect('regex' in filter && new RegExp(filter.regex).test('$statsCollected')).toBe(false);
  });
});
