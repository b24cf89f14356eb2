/**
 * Sex as people declare it when registered (libs/people). Kept in clear on platform events: it names no one by itself,
 * and every disaggregated figure (members, attendance, trainings) needs it after a person is forgotten.
 */
export const SEXES = ['female', 'male', 'other', 'undisclosed'] as const;
export type Sex = (typeof SEXES)[number];

export const isSex = (value: unknown): value is Sex => (SEXES as readonly unknown[]).includes(value);
