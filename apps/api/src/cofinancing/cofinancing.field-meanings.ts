import { MAX_NARRATIVE_LENGTH } from '@makers/cofinancing';
import { freeText, name, type FieldMeaning } from '../testing/bad-input/field-meaning';
import { MAX_AGREEMENT_PARTIES, MAX_BENEFICIARY_GROUPS, MAX_EXCHANGE_RATES, MAX_RATE_TERM, MAX_SPENDING_LINES, MAX_TRANCHES } from './cofinancing.inputs';

/**
 * What the co-financing inputs' fields mean, where their types and names do not tell (see bad-input/field-meanings.ts).
 * A count of beneficiaries and volunteer minutes may be 0 (their floor is checked by class-validator; only the type's
 * own wrong values are generated). Value dates and report periods are calendar dates without the `…On` suffix.
 */
const agreementTerms = (input: string): Record<string, FieldMeaning> => ({
  [`${input}.parties`]: { kind: 'list', maxItems: MAX_AGREEMENT_PARTIES },
  [`${input}.exchangeRates`]: { kind: 'list', maxItems: MAX_EXCHANGE_RATES },
});

export const cofinancingFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'StartInitiativeFromPriorityInput.title': name(),
  ...agreementTerms('SignAgreementInput'),
  ...agreementTerms('AmendAgreementInput'),
  'SignAgreementInput.agreementReference': name(),
  'AmendAgreementInput.reason': freeText(),
  'AmendAgreementInput.amendmentReference': name(),
  'AgreementPartyInput.name': name(),
  'RationalInput.numerator': { kind: 'positiveCount', max: MAX_RATE_TERM },
  'RationalInput.denominator': { kind: 'positiveCount', max: MAX_RATE_TERM },
  'DefineTrancheScheduleInput.tranches': { kind: 'list', maxItems: MAX_TRANCHES },
  'TrancheInput.percent': { kind: 'positiveCount', max: 100 },
  'RejectDisbursementInput.reason': freeText(),
  'PayDisbursementInput.paymentReference': name(),
  'PayDisbursementInput.valueDate': { kind: 'calendarDate' },
  'RecordRefundInput.valueDate': { kind: 'calendarDate' },
  'SubmitReportInput.periodStart': { kind: 'calendarDate' },
  'SubmitReportInput.periodEnd': { kind: 'calendarDate' },
  'SubmitReportInput.narrative': freeText(MAX_NARRATIVE_LENGTH),
  'SubmitReportInput.beneficiaries': { kind: 'list', maxItems: MAX_BENEFICIARY_GROUPS },
  'SubmitReportInput.volunteerMinutes': { kind: 'type' },
  'SubmitReportInput.spending': { kind: 'list', maxItems: MAX_SPENDING_LINES },
  'BeneficiaryCountInput.count': { kind: 'type' },
  'SpendingLineInput.category': name(),
  'ReturnReportInput.reason': freeText(),
};
