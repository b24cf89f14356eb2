import { hasRole, type Identity, type Role } from '@makers/kernel';

/**
 * Who sees who acted on an initiative's money and reports (requested, approved, rejected or paid out a disbursement,
 * recorded a refund, submitted or reviewed a report). Those are identity subjects, often e-mail addresses: personal
 * data. The programme, which acts, and donor auditors, who check that no one approved their own request (four eyes),
 * see them, as they read the audit trail; every other reader sees the money, dates and statuses with these fields null.
 */
export const ACTING_PERSON_READERS: readonly Role[] = ['programme-manager', 'administrator', 'donor-auditor'];

export const mayReadActingPersons = (reader: Identity): boolean => hasRole(reader, ...ACTING_PERSON_READERS);

/** The subject as `reader` may see it: itself, or null. */
export const actingPersonFor = (reader: Identity, subject: string | null): string | null => (mayReadActingPersons(reader) ? subject : null);
