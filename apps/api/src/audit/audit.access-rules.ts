import type { Role } from '@makers/kernel';

/** The audit trail is for those who answer for the ledger: donor auditors (read-only), programme managers, administrators. */
export const auditQueryRules: Readonly<Record<string, readonly Role[]>> = {
  auditTrail: ['donor-auditor', 'programme-manager', 'administrator'],
};
