import {
  assertNever,
  conflict,
  identifier,
  invalidInput,
  notFound,
  positiveMoney,
  requiredFreeText,
  requiredName,
  type CommandContext,
  type Decider,
  pastOrPresentDate,
} from '@makers/kernel';
import type {
  ActivatePlatform,
  AdmitMember,
  ClosePlatform,
  FormPlatform,
  MarkPlatformDormant,
  NameCoChairs,
  PlatformCommand,
  RecordInstitutionalisationMilestone,
  RecordMemberLeft,
  RevivePlatform,
  SetQuorumRule,
} from './platform.commands';
import { MEMBER_ROLES, MILESTONE_KINDS, type CoChairSeat, type MemberRole, type MilestoneKind, type PlatformEvent, type PlatformMunicipality } from './platform.events';
import {
  bothSeatsFilled,
  currentCoChairs,
  currentMembership,
  evolve,
  initialState,
  type FormedPlatform,
  type Platform,
} from './platform.state';
import { DEFAULT_QUORUM, sameQuorumRule, validQuorumRule } from './quorum';

export const decide = (command: PlatformCommand, state: Platform, context: CommandContext): PlatformEvent[] => {
  switch (command.type) {
    case 'FormPlatform':
      return form(command.data, state);
    case 'AdmitMember':
      return admit(command.data, state, context);
    case 'RecordMemberLeft':
      return recordLeft(command.data, state, context);
    case 'NameCoChairs':
      return nameCoChairs(command.data, state, context);
    case 'SetQuorumRule':
      return setQuorum(command.data, state);
    case 'ActivatePlatform':
      return activate(command.data, state);
    case 'RecordInstitutionalisationMilestone':
      return recordMilestone(command.data, state, context);
    case 'MarkPlatformDormant':
      return markDormant(command.data, state);
    case 'RevivePlatform':
      return revive(command.data, state);
    case 'ClosePlatform':
      return close(command.data, state);
    default:
      return assertNever(command);
  }
};

const form = (data: FormPlatform['data'], state: Platform): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const name = requiredName(data.name, 'name');
  if (!Array.isArray(data.municipalityIds) || data.municipalityIds.length === 0) {
    throw invalidInput('MunicipalitiesRequired', 'A platform belongs to at least one municipality', 'municipalityIds');
  }
  const municipalityIds = data.municipalityIds.map((id, index) => identifier(id, `municipalityIds[${index}]`));
  municipalityIds.forEach((id, index) => {
    if (municipalityIds.indexOf(id) !== index) throw invalidInput('MunicipalityListedTwice', `${id} is listed twice`, `municipalityIds[${index}]`);
  });
  const quorum = data.quorum === undefined || data.quorum === null ? DEFAULT_QUORUM : validQuorumRule(data.quorum, 'quorum');
  if (state.status !== 'unformed') throw conflict('PlatformAlreadyFormed', `Platform ${platformId} is already formed`);
  if (data.municipalities.length !== municipalityIds.length) {
    throw new Error(`FormPlatform for ${municipalityIds.length} municipalities was given ${data.municipalities.length} snapshots`);
  }
  const municipalities: PlatformMunicipality[] = municipalityIds.map((municipalityId, index) => {
    const known = data.municipalities[index];
    if (known === null || known === undefined) throw notFound('MunicipalityNotFound', `Municipality ${municipalityId} is not registered`);
    // The handler loaded another stream than the one asked for: a wiring bug, not the user's mistake.
    if (known.municipalityId !== municipalityId) throw new Error(`FormPlatform for ${municipalityId} was given what is known about ${known.municipalityId}`);
    if (!data.partnerIds.includes(municipalityId)) throw conflict('MunicipalityNotPartner', `${known.name} is not a partner municipality of the programme`);
    return { municipalityId, name: known.name, entity: known.entity };
  });
  const interMunicipal = municipalities.length > 1;
  const interEntity = new Set(municipalities.map((municipality) => municipality.entity)).size > 1;
  return [{ type: 'PlatformFormed', data: { platformId, name, municipalities, interMunicipal, interEntity, quorum } }];
};

const formed = (state: Platform, platformId: string): FormedPlatform => {
  if (state.status === 'unformed') throw notFound('PlatformNotFound', `Platform ${platformId} has not been formed`);
  return state;
};

/** Formed and not closed: closed is final. */
const open = (state: Platform, platformId: string): FormedPlatform => {
  const platform = formed(state, platformId);
  if (platform.status === 'closed') throw conflict('PlatformClosed', `Platform ${platform.name} is closed`);
  return platform;
};

const memberRole = (value: unknown, field: string): MemberRole => {
  if (!(MEMBER_ROLES as readonly unknown[]).includes(value)) throw invalidInput('MemberRoleUnknown', `${field} must be one of ${MEMBER_ROLES.join(', ')}`, field);
  return value as MemberRole;
};

const admit = (data: AdmitMember['data'], state: Platform, { now }: CommandContext): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const personId = identifier(data.personId, 'personId');
  const role = memberRole(data.role, 'role');
  const joinedOn = pastOrPresentDate(data.joinedOn, 'joinedOn', now, 'JoinedInTheFuture');
  const platform = open(state, platformId);
  const person = data.person;
  if (person === null || person === undefined) throw notFound('PersonNotFound', `Person ${personId} is not registered`);
  if (person.personId !== personId) throw new Error(`AdmitMember for ${personId} was given what is known about ${person.personId}`);
  const memberships = platform.memberships.filter((membership) => membership.personId === personId);
  if (memberships.some((membership) => membership.leftOn === null)) {
    throw conflict('MemberAlreadyActive', `Person ${personId} is already an active member of ${platform.name}`);
  }
  // One person, one membership on any day: otherwise quorum would count them twice.
  const overlapping = memberships.find((membership) => membership.leftOn !== null && joinedOn <= membership.leftOn);
  if (overlapping) throw conflict('MembershipsOverlap', `Person ${personId} was a member of ${platform.name} until ${overlapping.leftOn}: rejoining must come after`);
  return [{ type: 'MemberAdmitted', data: { platformId, personId, role, sex: person.sex, joinedOn } }];
};

const recordLeft = (data: RecordMemberLeft['data'], state: Platform, { now }: CommandContext): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const personId = identifier(data.personId, 'personId');
  const leftOn = pastOrPresentDate(data.leftOn, 'leftOn', now, 'LeftInTheFuture');
  const reason = data.reason === undefined || data.reason === null ? null : requiredFreeText(data.reason, 'reason');
  const platform = open(state, platformId);
  const membership = currentMembership(platform, personId);
  if (!membership) throw conflict('NotAnActiveMember', `Person ${personId} is not an active member of ${platform.name}`);
  if (leftOn < membership.joinedOn) throw invalidInput('LeftBeforeJoining', `leftOn (${leftOn}) is before joinedOn (${membership.joinedOn})`, 'leftOn');
  const coChairs = currentCoChairs(platform);
  const seats = (Object.keys(coChairs) as CoChairSeat[]).filter((seat) => coChairs[seat] === personId);
  const vacated: PlatformEvent[] = seats.map((seat) => {
    const term = platform.coChairTerms[seat][platform.coChairTerms[seat].length - 1];
    if (leftOn < term.from) throw invalidInput('LeftBeforeNamedCoChair', `leftOn (${leftOn}) is before ${personId} was named co-chair (${term.from})`, 'leftOn');
    return { type: 'CoChairSeatVacated', data: { platformId, seat, personId, vacatedOn: leftOn } };
  });
  return [{ type: 'MemberLeft', data: { platformId, personId, leftOn, reason } }, ...vacated];
};

const nameCoChairs = (data: NameCoChairs['data'], state: Platform, { now }: CommandContext): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const youngActivistId = identifier(data.youngActivistId, 'youngActivistId');
  const municipalStaffId = identifier(data.municipalStaffId, 'municipalStaffId');
  const namedOn = pastOrPresentDate(data.namedOn, 'namedOn', now, 'NamedInTheFuture');
  const platform = open(state, platformId);
  const seat = (personId: string, role: CoChairSeat, field: string) => {
    const membership = currentMembership(platform, personId);
    if (!membership) throw conflict('CoChairNotAnActiveMember', `Person ${personId} is not an active member of ${platform.name}`);
    if (membership.role !== role) throw invalidInput('CoChairRoleMismatch', `${field} must be a ${role} member; ${personId} is a ${membership.role}`, field);
    if (membership.joinedOn > namedOn) throw invalidInput('CoChairNotYetAMember', `${personId} joined on ${membership.joinedOn}, after namedOn (${namedOn})`, 'namedOn');
  };
  seat(youngActivistId, 'young-activist', 'youngActivistId');
  seat(municipalStaffId, 'municipal-staff', 'municipalStaffId');
  const seated = (seat: CoChairSeat, personId: string) => {
    const term = platform.coChairTerms[seat].at(-1);
    return term !== undefined && term.until === null && term.personId === personId && term.from === namedOn;
  };
  // The same naming again (a retried request, a re-run seed) changes nothing.
  if (seated('young-activist', youngActivistId) && seated('municipal-staff', municipalStaffId)) return [];
  const lastNamedOn = platform.coChairTerms['young-activist'].at(-1)?.from;
  if (lastNamedOn !== undefined && namedOn < lastNamedOn) {
    throw conflict('CoChairsNamedOutOfOrder', `Co-chairs were last named on ${lastNamedOn}; a naming cannot go back before it`);
  }
  return [{ type: 'CoChairsNamed', data: { platformId, youngActivistId, municipalStaffId, namedOn } }];
};

const setQuorum = (data: SetQuorumRule['data'], state: Platform): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const quorum = validQuorumRule(data.quorum, 'quorum');
  const platform = open(state, platformId);
  return sameQuorumRule(platform.quorum, quorum) ? [] : [{ type: 'QuorumRuleSet', data: { platformId, quorum } }];
};

const activate = (data: ActivatePlatform['data'], state: Platform): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const platform = open(state, platformId);
  if (platform.status !== 'forming') throw conflict('PlatformNotForming', `Platform ${platform.name} is ${platform.status}, not forming`);
  if (!bothSeatsFilled(currentCoChairs(platform))) throw conflict('CoChairsNotNamed', `Platform ${platform.name} needs both co-chairs named before it is active`);
  return [{ type: 'PlatformActivated', data: { platformId } }];
};

const HTTPS_URL = /^https:\/\/[^\s/?#]+\.[^\s/?#]+[^\s]*$/;

const documentUrl = (value: unknown, field: string): string => {
  const url = typeof value === 'string' ? value.trim() : '';
  let valid = HTTPS_URL.test(url);
  try {
    valid = valid && new URL(url).protocol === 'https:';
  } catch {
    valid = false;
  }
  if (!valid) throw invalidInput('DocumentUrlNotHttps', `${field} must be an https link to the document`, field);
  return url;
};

const recordMilestone = (data: RecordInstitutionalisationMilestone['data'], state: Platform, { now }: CommandContext): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const milestoneId = identifier(data.milestoneId, 'milestoneId');
  if (!(MILESTONE_KINDS as readonly unknown[]).includes(data.kind)) {
    throw invalidInput('MilestoneKindUnknown', `kind must be one of ${MILESTONE_KINDS.join(', ')}`, 'kind');
  }
  const kind: MilestoneKind = data.kind;
  const achievedOn = pastOrPresentDate(data.achievedOn, 'achievedOn', now, 'MilestoneInTheFuture');
  const referenceNumber = requiredName(data.referenceNumber, 'referenceNumber');
  const url = documentUrl(data.documentUrl, 'documentUrl');
  const hasCall = data.call !== undefined && data.call !== null;
  if (kind === 'public-funding-call-includes-priorities' && !hasCall) {
    throw invalidInput('FundingCallRequired', 'A public funding call milestone names the call: its reference and amount', 'call');
  }
  if (kind !== 'public-funding-call-includes-priorities' && hasCall) {
    throw invalidInput('FundingCallNotExpected', `A ${kind} milestone names no funding call`, 'call');
  }
  const call = hasCall ? { reference: requiredName(data.call?.reference, 'call.reference'), amount: positiveMoney(data.call?.amount, 'call.amount') } : null;
  const requestedMunicipality = data.municipalityId === undefined || data.municipalityId === null ? null : identifier(data.municipalityId, 'municipalityId');
  const platform = open(state, platformId);
  if (platform.status === 'forming') throw conflict('PlatformStillForming', `Platform ${platform.name} is still forming: activate it first`);
  const municipalityIds = platform.municipalities.map((municipality) => municipality.municipalityId);
  if (requestedMunicipality === null && municipalityIds.length > 1) {
    throw invalidInput('MilestoneMunicipalityRequired', `${platform.name} spans several municipalities: name the one whose council or call this is`, 'municipalityId');
  }
  const municipalityId = requestedMunicipality ?? municipalityIds[0];
  if (!municipalityIds.includes(municipalityId)) {
    throw invalidInput('MunicipalityNotOfPlatform', `${municipalityId} is not one of ${platform.name}'s municipalities`, 'municipalityId');
  }
  if (platform.milestones.some((milestone) => milestone.milestoneId === milestoneId)) {
    throw conflict('MilestoneAlreadyRecorded', `Milestone ${milestoneId} is already recorded`);
  }
  const recorded: PlatformEvent = {
    type: 'InstitutionalisationMilestoneRecorded',
    data: { platformId, milestoneId, kind, municipalityId, achievedOn, referenceNumber, documentUrl: url, call },
  };
  const institutionalises = kind === 'advisory-mechanism-recognised' && platform.institutionalisedOn === null;
  return institutionalises
    ? [recorded, { type: 'PlatformInstitutionalised', data: { platformId, milestoneId, institutionalisedOn: achievedOn } }]
    : [recorded];
};

const markDormant = (data: MarkPlatformDormant['data'], state: Platform): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const reason = requiredFreeText(data.reason, 'reason');
  const platform = open(state, platformId);
  if (platform.status !== 'active' && platform.status !== 'institutionalised') {
    throw conflict('PlatformNotActive', `Platform ${platform.name} is ${platform.status}: only an active platform goes dormant`);
  }
  return [{ type: 'PlatformWentDormant', data: { platformId, reason } }];
};

const revive = (data: RevivePlatform['data'], state: Platform): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const platform = open(state, platformId);
  if (platform.status !== 'dormant') throw conflict('PlatformNotDormant', `Platform ${platform.name} is ${platform.status}, not dormant`);
  return [{ type: 'PlatformRevived', data: { platformId } }];
};

const close = (data: ClosePlatform['data'], state: Platform): PlatformEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const reason = requiredFreeText(data.reason, 'reason');
  open(state, platformId);
  return [{ type: 'PlatformClosed', data: { platformId, reason } }];
};

export const platformDecider: Decider<PlatformCommand, PlatformEvent, Platform> = { initialState, evolve, decide };
