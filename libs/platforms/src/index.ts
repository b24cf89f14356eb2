// The platforms context's public face.

// Youth and age groups (BiH youth laws: 15 to 30, at the event's date), and sex, for disaggregated figures.
export { AGE_GROUPS, YOUTH_MAX_AGE, YOUTH_MIN_AGE, ageGroupOn, ageOn, isYouth } from './age-group';
export type { AgeGroup } from './age-group';

// Trainings: stream platforms-training-<trainingId>.
export { TRAINING_AUDIENCES, TRAINING_EVENT_TYPES, TRAINING_TOPICS, isTrainingAudience, isTrainingTopic } from './training/training.events';
export type {
  ParticipantEnrolled,
  ParticipantsCompleted,
  TrainingAudience,
  TrainingEvent,
  TrainingHeld,
  TrainingScheduled,
  TrainingTopic,
} from './training/training.events';
export type { EnrolParticipant, RecordCompletion, RecordTrainingHeld, ScheduleTraining, TrainingCommand, TrainingPerson } from './training/training.commands';
export { trainingDecider } from './training/training.decider';
export type { Training, TrainingParticipant } from './training/training.decider';
export { trainingPolicy } from './training/training.policy';
export { TRAINING_STREAM_PREFIX, trainingStreamName } from './training/training.stream-name';

// Volunteer hours: one stream per person, platforms-volunteering-<personId>.
export { MINUTES_IN_A_DAY, VOLUNTEERING_EVENT_TYPES } from './volunteering/volunteering.events';
export type { VolunteerHoursLogged, VolunteerHoursRejected, VolunteerHoursVerified, VolunteeringEvent } from './volunteering/volunteering.events';
export type { LogVolunteerHours, RejectVolunteerHours, VerifyVolunteerHours, VolunteeringCommand, VolunteeringPlatform } from './volunteering/volunteering.commands';
export { entryOf, minutesLoggedOn, volunteeringDecider } from './volunteering/volunteering.decider';
export type { VolunteerEntry, Volunteering } from './volunteering/volunteering.decider';
export { volunteeringPolicy } from './volunteering/volunteering.policy';
export { VOLUNTEERING_STREAM_PREFIX, volunteeringStreamName } from './volunteering/volunteering.stream-name';

// platform: stream platforms-platform-<platformId>.
export { CO_CHAIR_SEATS, MEMBER_ROLES, MILESTONE_KINDS, PLATFORM_EVENT_TYPES } from './platform/platform.events';
export type {
  CoChairSeat,
  CoChairSeatVacated,
  CoChairsNamed,
  InstitutionalisationMilestoneRecorded,
  MemberAdmitted,
  MemberLeft,
  MemberRole,
  MilestoneKind,
  PlatformActivated,
  PlatformClosed,
  PlatformEvent,
  PlatformFormed,
  PlatformInstitutionalised,
  PlatformMunicipality,
  PlatformRevived,
  PlatformWentDormant,
  PublicFundingCall,
  QuorumRuleSet,
} from './platform/platform.events';
export type {
  ActivatePlatform,
  AdmitMember,
  ClosePlatform,
  FormPlatform,
  KnownPerson,
  MarkPlatformDormant,
  NameCoChairs,
  PlatformCommand,
  RecordInstitutionalisationMilestone,
  RecordMemberLeft,
  RevivePlatform,
  SetQuorumRule,
} from './platform/platform.commands';
export { platformDecider } from './platform/platform.decider';
export { activeMembersOn, coChairsOn, currentCoChairs, currentMembership, municipalityIdsOf, quorumRequired } from './platform/platform.state';
export type { CoChairTerm, FormedPlatform, Membership, Milestone, Platform, PlatformStatus } from './platform/platform.state';
export { DEFAULT_QUORUM, QUORUM_KINDS, quorumFor } from './platform/quorum';
export type { QuorumRule } from './platform/quorum';
export { platformPolicy } from './platform/platform.policy';
export { platformStewards } from './platform/platform.permissions';
export type { PlatformScope } from './platform/platform.permissions';
export { PLATFORM_STREAM_PREFIX, platformStreamName } from './platform/platform.stream-name';

// meeting: stream platforms-meeting-<meetingId>.
export { MEETING_EVENT_TYPES } from './meeting/meeting.events';
export type { Attendee, MeetingCancelled, MeetingEvent, MeetingHeld, MeetingRescheduled, MeetingScheduled } from './meeting/meeting.events';
export type { AttendeeSnapshot, CancelMeeting, HoldMeeting, MeetingCommand, RescheduleMeeting, ScheduleMeeting } from './meeting/meeting.commands';
export { MAX_MINUTES_LENGTH, meetingDecider } from './meeting/meeting.decider';
export type { Meeting, MeetingStatus } from './meeting/meeting.decider';
export { meetingPolicy } from './meeting/meeting.policy';
export { MEETING_STREAM_PREFIX, meetingStreamName } from './meeting/meeting.stream-name';
export { calendarDateOf, isoDateTime } from './meeting/meeting-time';

// decision-register: stream platforms-decisions-<platformId>.
export { DECISION_KINDS, DECISION_REGISTER_EVENT_TYPES } from './decision-register/decision-register.events';
export type {
  DecisionKind,
  DecisionRecorded,
  DecisionRegisterEvent,
  DecisionRescinded,
  DecisionSuperseded,
  PriorityIdentified,
  Votes,
} from './decision-register/decision-register.events';
export type { DecisionRegisterCommand, RecordDecision } from './decision-register/decision-register.commands';
export { MAX_DECISION_TEXT_LENGTH, decisionRegisterDecider, isStanding, priorityStanding } from './decision-register/decision-register.decider';
export type { DecisionRegister, RegisteredDecision } from './decision-register/decision-register.decider';
export { decisionRegisterPolicy } from './decision-register/decision-register.policy';
export { DECISION_REGISTER_STREAM_PREFIX, decisionRegisterStreamName } from './decision-register/decision-register.stream-name';

// The platform read model: platforms, memberships (person ids, roles, sex; names live in the people directory), milestones.
export { platformProjection } from './read-models/platform/platform.projection';
export { getPlatform, listMemberships, listMilestones, listPlatforms } from './read-models/platform/platform.queries';
export type { CoChairView, ListPlatformsOptions, MembershipView, MilestoneView, PlatformMunicipalityView, PlatformView } from './read-models/platform/platform.queries';
export { PLATFORM_STATES, isPlatformState } from './read-models/platform/platform-filter';
export type { PlatformFilter, PlatformState } from './read-models/platform/platform-filter';
export { countCurrentMembers, platformStatistics } from './read-models/platform/platform-statistics.queries';
export type { MemberCounts, PlatformStatistics } from './read-models/platform/platform-statistics.queries';

// Read models: trainings with participation figures; volunteer hours entry by entry and summed.
export { trainingProjection } from './read-models/training/training.projection';
export { getTraining, getTrainingParticipation, listTrainings } from './read-models/training/training.queries';
export type { ListTrainingsOptions, ParticipationCounts, TrainingParticipationView, TrainingView } from './read-models/training/training.queries';
export { TRAINING_STATES } from './read-models/training/training-read-model.tables';
export type { TrainingState } from './read-models/training/training-read-model.tables';
export { volunteeringProjection } from './read-models/volunteering/volunteering.projection';
export { getVolunteerEntry, listVolunteerHours, municipalityIdsOfPlatform } from './read-models/volunteering/volunteer-hours.queries';
export type { ListVolunteerHoursOptions, VolunteerEntryView, VolunteerHoursFilter, VolunteerHoursVisibility } from './read-models/volunteering/volunteer-hours.queries';
export { summariseVolunteerHours, VOLUNTEER_HOURS_GROUPINGS } from './read-models/volunteering/volunteer-hours-summary';
export type { VolunteerHoursGroupView, VolunteerHoursGrouping, VolunteerHoursSums, VolunteerHoursSummaryView } from './read-models/volunteering/volunteer-hours-summary';
export { volunteerTime } from './read-models/volunteering/volunteer-time';
export type { VolunteerTime } from './read-models/volunteering/volunteer-time';
export { VOLUNTEER_ENTRY_STATUSES } from './read-models/volunteering/volunteering-read-model.tables';
export type { VolunteerEntryStatus } from './read-models/volunteering/volunteering-read-model.tables';

// Read models of meetings (attendance by sex and age group from the MeetingHeld event alone) and of the decision register.
export { meetingProjection } from './read-models/meeting/meeting.projection';
export { MEETING_STATES, getMeeting, getMeetingAttendance, listMeetingAttendees, listMeetings } from './read-models/meeting/meeting.queries';
export type { ListMeetingsOptions, MeetingAttendanceView, MeetingAttendeeView, MeetingRescheduleView, MeetingState, MeetingView } from './read-models/meeting/meeting.queries';
export { decisionProjection } from './read-models/decision/decision.projection';
export { getDecision, getPriority, listDecisions, listPriorities } from './read-models/decision/decision.queries';
export type { DecisionStatus, DecisionView, ListDecisionsOptions, ListPrioritiesOptions, PriorityView } from './read-models/decision/decision.queries';
