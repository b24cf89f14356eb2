import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import { isCurrency, type Currency, type Money } from '@makers/kernel';
import type { ExchangeRate } from '../initiative/exchange-rate';

/**
 * The column type of keys and sort keys: `collate "C"` on PostgreSQL, so it sorts byte-wise as SQLite's text does and a
 * keyset cursor walks the same order on both databases.
 */
export const keyColumn = (db: Kysely<any>): RawBuilder<unknown> => (db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`);

/** The global position, zero-padded: the order events were recorded in, as a sortable key. */
export const positionKey = (position: number): string => String(position).padStart(16, '0');

/** Booleans are stored as 0 and 1 on both databases. */
export const flag = (value: boolean): number => (value ? 1 : 0);

export const currencyOf = (value: string, where: string): Currency => {
  if (!isCurrency(value)) throw new Error(`${where} has an unknown currency ${value}`);
  return value;
};

/** Money from a row: minor units (a number on both databases, as the read-model connection parses int8) and a currency. */
export const moneyOf = (amountMinor: number | string, currency: string, where: string): Money => ({ amountMinor: Number(amountMinor), currency: currencyOf(currency, where) });

/** A rate from its row columns; null while none was recorded (a disbursement not yet paid). */
export const rateOf = (currency: string, numerator: number | string | null, denominator: number | string | null, where: string): ExchangeRate | null =>
  numerator === null || denominator === null ? null : { currency: currencyOf(currency, where), usdPerUnit: { numerator: Number(numerator), denominator: Number(denominator) } };

/** The calendar year of an ISO date or instant (`2021-07-15`, `2022-01-10T09:00:00.000Z`). */
export const yearOf = (isoDateOrInstant: string): number => Number(isoDateOrInstant.slice(0, 4));
