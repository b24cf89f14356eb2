import type { INestApplicationContext } from '@nestjs/common';
import { conflict, invalidInput } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { ExecuteInitiativeCommand } from '../cofinancing/initiative.commands';
import { DemoSeeder } from './demo-seeder';

/** A seeder whose command bus answers every command the same way: with this refusal, or appending (or not). */
const seederAnswering = (answer: Error | { appended: object | null }): DemoSeeder => {
  const sender = {
    send: async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return new DemoSeeder({ get: () => sender } as unknown as INestApplicationContext);
};

const approve = (metadata: CommandMetadata) => new ExecuteInitiativeCommand({ type: 'ApproveDisbursement', data: { initiativeId: 'i', disbursementId: 'd' } }, metadata);

describe('the demo seeder', () => {
  it('counts an appended command as applied, and one deciding nothing as already there', async () => {
    const applied = seederAnswering({ appended: { position: 1 } });
    await applied.send(approve);
    expect(applied.summary).toEqual({ applied: 1, skipped: 0 });
    const nothing = seederAnswering({ appended: null });
    await nothing.send(approve);
    expect(nothing.summary).toEqual({ applied: 0, skipped: 1 });
  });

  it.each(['DisbursementAlreadyApproved', 'InitiativeAlreadyStarted', 'AlreadyVoted', 'ScheduleChangesNothing', 'ReportAwaitingReview', 'PlatformNotForming'])(
    'skips a command refused with %s: its work was already done',
    async (rule) => {
      const seeder = seederAnswering(conflict(rule, 'already there'));
      await seeder.send(approve);
      expect(seeder.summary).toEqual({ applied: 0, skipped: 1 });
    },
  );

  it.each(['TrancheConditionUnmet', 'EnvelopeExceeded', 'NotApproved', 'InitiativeClosed', 'DisbursementAboveTranche'])(
    'stops at a command refused with %s, naming the rule and the command: the fixture is broken',
    async (rule) => {
      const seeder = seederAnswering(conflict(rule, 'refused'));
      await expect(seeder.send(approve)).rejects.toThrow(`The demo seed's ApproveDisbursement was refused with CONFLICT ${rule}: refused`);
      expect(seeder.summary).toEqual({ applied: 0, skipped: 0 });
    },
  );

  it('stops at a refusal that is no conflict, even one whose rule says "Already"', async () => {
    const seeder = seederAnswering(invalidInput('TrancheAlreadyListed', 'listed twice', 'tranches'));
    await expect(seeder.send(approve)).rejects.toThrow('refused with BAD_USER_INPUT TrancheAlreadyListed');
  });

  it('passes on an error that is not the domain’s as it is', async () => {
    const seeder = seederAnswering(new Error('database is locked'));
    await expect(seeder.send(approve)).rejects.toThrow(/^database is locked$/);
  });
});
