import { assertNever, conflict, DomainError, invalidInput, type Decider } from '../index';
import { defaultTestContext, given } from './index';

// A made-up decider, just enough to exercise the helper: a tally that opens once and counts votes.
type TallyCommand = { type: 'Open' } | { type: 'Vote'; data: { by: string } };
type TallyEvent = { type: 'Opened'; data: { at: string; by: string } } | { type: 'Voted'; data: { by: string } };
type Tally = { open: boolean; voters: string[] };

const tally: Decider<TallyCommand, TallyEvent, Tally> = {
  initialState: { open: false, voters: [] },
  evolve: (state, event) => {
    switch (event.type) {
      case 'Opened': return { ...state, open: true };
      case 'Voted': return { ...state, voters: [...state.voters, event.data.by] };
      default: return assertNever(event);
    }
  },
  decide: (command, state, context) => {
    switch (command.type) {
      case 'Open':
        if (state.open) throw conflict('TallyAlreadyOpen', 'The tally is already open');
        return [{ type: 'Opened', data: { at: context.now.toISOString(), by: context.actor } }];
      case 'Vote':
        if (command.data.by.trim() === '') throw invalidInput('VoterRequired', 'Who votes?', 'by');
        if (state.voters.includes(command.data.by)) throw conflict('AlreadyVoted', 'One member, one vote');
        return [{ type: 'Voted', data: { by: command.data.by } }];
      default: return assertNever(command);
    }
  },
};

const opened: TallyEvent = { type: 'Opened', data: { at: defaultTestContext.now.toISOString(), by: defaultTestContext.actor } };

describe('given / when / then', () => {
  it('decides in the fixed default context', () =>
    given(tally, []).when({ type: 'Open' }).then([opened]));

  it('lets a test pin its own time and actor', () =>
    given(tally).when({ type: 'Open' }, { actor: 'moderator' }).then([{ type: 'Opened', data: { at: opened.data.at, by: 'moderator' } }]));

  it('folds the history before deciding', () =>
    given(tally, [opened, { type: 'Voted', data: { by: 'amra' } }]).when({ type: 'Vote', data: { by: 'amra' } }).thenThrows('AlreadyVoted'));

  it('matches a refusal by class, predicate or fields', () => {
    const vote = given(tally, [opened]).when({ type: 'Vote', data: { by: ' ' } });
    vote.thenThrows(DomainError);
    vote.thenThrows((error) => error.field === 'by');
    vote.thenThrows({ code: 'BAD_USER_INPUT', rule: 'VoterRequired', field: 'by' });
  });

  it('fails when the expected events differ', () =>
    expect(() => given(tally).when({ type: 'Open' }).then([])).toThrow());

  it('fails when a refusal has other fields than expected', () =>
    expect(() => given(tally, [opened]).when({ type: 'Vote', data: { by: '' } }).thenThrows({ code: 'CONFLICT' })).toThrow());

  it('fails when a refusal names another rule', () =>
    expect(() => given(tally, [opened]).when({ type: 'Open' }).thenThrows('AlreadyVoted')).toThrow(/TallyAlreadyOpen/));

  it('fails when a refusal was expected but the command succeeded', () =>
    expect(() => given(tally).when({ type: 'Open' }).thenThrows('TallyAlreadyOpen')).toThrow(/Expected a refusal/));
});
