import { pastOrPresentDate, todayInBiH } from './calendar';

describe('the Sarajevo day', () => {
  it.each([
    ['2021-09-01T21:59:59Z', '2021-09-01'],
    ['2021-09-01T22:30:00Z', '2021-09-02'],
    ['2021-12-31T23:30:00Z', '2022-01-01'],
    ['2022-01-15T22:59:59Z', '2022-01-15'],
    ['2022-01-15T23:00:00Z', '2022-01-16'],
  ])('dates %s on %s, in summer and winter time alike', (instant, day) => expect(todayInBiH(new Date(instant))).toBe(day));

  it('takes today in Sarajevo, though it is still yesterday in UTC', () =>
    expect(pastOrPresentDate('2021-09-02', 'on', new Date('2021-09-01T22:30:00Z'), 'InTheFuture')).toBe('2021-09-02'));

  it('refuses a day that has not yet come in Sarajevo', () =>
    expect(() => pastOrPresentDate('2021-09-03', 'on', new Date('2021-09-01T22:30:00Z'), 'InTheFuture')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', rule: 'InTheFuture', field: 'on' }),
    ));
});
