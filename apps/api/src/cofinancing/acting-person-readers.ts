import { hasRole, type Identity, type Role } from '@makers/kernel';

/**
 * Who sees who acted on an initiative's money and reports (signed or amended its agreement, defined its tranche
 * schedule, requested, approved, rejected or recorded the payment of a disbursement, recorded a refund, submitted or
 * reviewed a report). Those are identity subjects, often e-mail addresses: personal
 * data. The programme, which acts, and donor auditors, who check that no one approved their own request (four eyes),
 * see them, as they read the audit trail; every other reader sees the money, dates and statuses with these fields null.
 */
export const ACTING_PERSON_READERS: readonly Role[] = ['programme-manager', 'administrator', 'donor-auditor'];

/** The description every such field carries in the schema. */
export const ACTING_PERSON = 'An identity subject: shown to programme managers, administrators and donor auditors, null for other readers.';

export const mayReadActingPersons = (reader: Identity): boolean => hasRole(reader, ...ACTING_PERSON_READERS);

/** The subject as `reader` may see it: itself, or null. */
export const actingPersonFor = (reader: Identity, subject: string | null): string | null => (mayReadActingPersons(reader) ? subject : null);
