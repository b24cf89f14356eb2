import { makersMunicipalities } from './makers-programme';
import { makersPeople, makersPlatforms } from './makers-platforms';
import { makersMeetings } from './makers-meetings';
import { makersTrainings, makersVolunteerHours } from './makers-capacity';

const unique = (values: readonly string[]) => new Set(values).size === values.length;
const people = new Set(makersPeople.map((person) => person.personId));

describe('the MAKERS demo platforms', () => {
  it('give every one of the 14 partner municipalities a platform', () => {
    const covered = new Set(makersPlatforms.flatMap((platform) => platform.municipalityIds));
    expect([...covered].sort()).toEqual(makersMunicipalities.map((municipality) => municipality.municipalityId).sort());
  });

  it('include the inter-entity pairs the publication names', () => {
    const pairs = makersPlatforms.filter((platform) => platform.municipalityIds.length > 1).map((platform) => [...platform.municipalityIds].sort().join(' + '));
    expect(pairs).toEqual(['istocno-novo-sarajevo + novo-sarajevo', 'doboj + doboj-istok', 'novi-travnik + travnik']);
  });

  it('use unique ids, and only registered people as members and co-chairs', () => {
    expect(unique(makersPeople.map((person) => person.personId))).toBe(true);
    expect(unique(makersPlatforms.map((platform) => platform.platformId))).toBe(true);
    const named = makersPlatforms.flatMap((platform) => [...platform.members.map((member) => member.personId), platform.coChairs.youngActivistId, platform.coChairs.municipalStaffId]);
    expect(named.filter((personId) => !people.has(personId))).toEqual([]);
  });

  it('keep names in both scripts, with diacritics', () => {
    const names = makersPeople.map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(['Ivana Kovač', 'Никола Савић', 'Dženan Čolić']));
  });

  it('hold meetings only with members, and decide no more votes than attendees', () => {
    for (const meeting of makersMeetings) {
      const members = makersPlatforms.find((platform) => platform.platformId === meeting.platformId)!.members.map((member) => member.personId);
      expect(meeting.held?.attendance.filter((personId) => !members.includes(personId)) ?? []).toEqual([]);
      for (const decision of meeting.decisions) {
        const { for: yes, against, abstaining } = decision.votes;
        expect(yes + against + abstaining).toBeLessThanOrEqual(meeting.held?.attendance.length ?? 0);
      }
    }
    expect(unique(makersMeetings.map((meeting) => meeting.meetingId))).toBe(true);
    expect(unique(makersMeetings.flatMap((meeting) => meeting.decisions.map((decision) => decision.decisionId)))).toBe(true);
  });

  it('train and log volunteer hours only for registered people, completion only for participants', () => {
    for (const training of makersTrainings) {
      expect([...training.participants, ...training.attended, ...training.completed].filter((personId) => !people.has(personId))).toEqual([]);
      expect(training.completed.filter((personId) => !training.participants.includes(personId))).toEqual([]);
    }
    expect(makersVolunteerHours.filter((entry) => !people.has(entry.personId))).toEqual([]);
    expect(unique(makersVolunteerHours.map((entry) => entry.entryId))).toBe(true);
  });
});
