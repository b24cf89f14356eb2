/** The most a person can volunteer on one day: 24 hours, in whole minutes. */
export const MINUTES_IN_A_DAY = 24 * 60;

export type VolunteerHoursLogged = {
  type: 'VolunteerHoursLogged';
  data: {
    /** Unique within the person's stream; verification and rejection name it. */
    entryId: string;
    personId: string;
    /** The day the work was done (YYYY-MM-DD). */
    on: string;
    /** Whole minutes, more than 0; never a float of hours. */
    minutes: number;
    /** The platform, the initiative, or both the hours went to; never neither. */
    platformId: string | null;
    initiativeId: string | null;
    activity: string;
    /** Who logged them: kept so that the same person cannot verify them. */
    loggedBy: string;
  };
};

export type VolunteerHoursVerified = {
  type: 'VolunteerHoursVerified';
  data: { entryId: string; personId: string; verifiedBy: string };
};

export type VolunteerHoursRejected = {
  type: 'VolunteerHoursRejected';
  data: { entryId: string; personId: string; rejectedBy: string; reason: string };
};

export type VolunteeringEvent = VolunteerHoursLogged | VolunteerHoursVerified | VolunteerHoursRejected;

export const VOLUNTEERING_EVENT_TYPES: readonly VolunteeringEvent['type'][] = ['VolunteerHoursLogged', 'VolunteerHoursVerified', 'VolunteerHoursRejected'];
