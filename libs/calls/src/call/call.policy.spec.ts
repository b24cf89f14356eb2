import { authorize, fold, identity, ROLES } from '@makers/kernel';
import type { CallCommand } from './call.commands';
import { callDecider } from './call.decider';
import { CALL_ID, publishedHistory } from './call.fixtures';
import { callPolicy } from './call.policy';

const publishedCall = fold(callDecider, publishedHistory);
const commands: CallCommand[] = [
  { type: 'PublishCall', data: { callId: CALL_ID } },
  { type: 'AssignEvaluator', data: { callId: CALL_ID, evaluatorId: 'evaluator.amra@undp.org' } },
  { type: 'CloseCall', data: { callId: CALL_ID } },
  { type: 'AwardCall', data: { callId: CALL_ID, proposals: [] } },
  { type: 'CancelCall', data: { callId: CALL_ID, reason: 'Otkazano' } },
];

describe('who may run a call', () => {
  it.each(commands.map((command) => [command.type, command] as const))('lets only programme managers and administrators %s', (_, command) => {
    const allowed = ROLES.filter((role) => {
      try {
        authorize(callPolicy, command, publishedCall, identity(`user:${role}`, [role]));
        return true;
      } catch {
        return false;
      }
    });
    expect(allowed).toEqual(['programme-manager', 'administrator']);
  });

  it('refuses an evaluator, even one assigned to the call, to award it', () =>
    expect(() => authorize(callPolicy, commands[3], publishedCall, identity('evaluator.amra@undp.org', ['evaluator']))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' })));
});
