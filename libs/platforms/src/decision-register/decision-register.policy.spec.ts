import { authorize, fold, identity, type Identity } from '@makers/kernel';
import { meetingDecider } from '../meeting/meeting.decider';
import { PLATFORM_ID } from '../platform/platform.fixtures';
import type { DecisionRegisterCommand } from './decision-register.commands';
import { decisionRegisterDecider } from './decision-register.decider';
import { decisionRegisterPolicy } from './decision-register.policy';

const meeting = fold(meetingDecider, [
  {
    type: 'MeetingScheduled',
    data: { meetingId: 'may-2021', platformId: PLATFORM_ID, municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'], startsAt: '2021-05-20T18:00:00+02:00', place: 'Skenderija', agenda: ['Prioriteti'] },
  },
]);
const recordDecision: DecisionRegisterCommand = {
  type: 'RecordDecision',
  data: { platformId: PLATFORM_ID, decisionId: 'odluka-1', meetingId: 'may-2021', kind: 'other', title: 'Odluka', text: 'Tekst', votes: { for: 1, against: 0, abstaining: 0 }, meeting },
};

const given = (who: Identity) => ({
  thenAllowed: () => expect(() => authorize(decisionRegisterPolicy, recordDecision, decisionRegisterDecider.initialState, who)).not.toThrow(),
  thenRefused: () =>
    expect(() => authorize(decisionRegisterPolicy, recordDecision, decisionRegisterDecider.initialState, who)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' })),
});

describe('who may record decisions', () => {
  it('lets a programme manager and an administrator record them', () => {
    given(identity('pm', ['programme-manager'])).thenAllowed();
    given(identity('admin', ['administrator'])).thenAllowed();
  });

  it("lets a municipal officer of one of the platform's municipalities record them", () =>
    given(identity('officer', ['municipal-officer'], { municipalityIds: ['istocno-novo-sarajevo'] })).thenAllowed());

  it('refuses a municipal officer of another municipality', () => given(identity('officer', ['municipal-officer'], { municipalityIds: ['doboj-istok'] })).thenRefused());

  it('lets the moderator of that platform record them', () => given(identity('ivana', ['platform-moderator'], { platformIds: [PLATFORM_ID] })).thenAllowed());

  it('refuses the moderator of another platform', () => given(identity('mod', ['platform-moderator'], { platformIds: ['travnik-novi-travnik'] })).thenRefused());

  it('refuses a platform member, who votes but does not keep the register', () =>
    given(identity('amra', ['platform-member'], { platformIds: [PLATFORM_ID] })).thenRefused());
});
