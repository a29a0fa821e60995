/**
 * datetime.strptime: `_strptime._strptime_datetime`, i.e. the shared strptime parse, then the
 * datetime built from its fields with a timezone when the format had %z.
 */
import type { PyValue } from '../../python/objects/object';
import { None } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { parseStrptime } from '../strptime';
import { makeDateTime, type PyDateTime } from './objects';
import { makeTimezone } from './tz';

export function strptimeDateTime(cls: PyType, data: string, format: string): PyDateTime {
  const t = parseStrptime(data, format);
  let tz: PyValue = None;
  // %z reads up to ±99:59:59; timezone() rejects ±24 h and beyond as in CPython.
  if (t.gmtoff !== null) tz = makeTimezone(BigInt(t.gmtoff) * 1_000_000n + BigInt(t.gmtoffFraction), t.tzname || null);
  return makeDateTime(cls, t.year, t.month, t.day, t.hour, t.minute, t.second, t.fraction, tz);
}
