/** The `datetime` module: date, time, datetime, timedelta, tzinfo, timezone, MINYEAR/MAXYEAR, UTC. */
import type { PyValue } from '../../python/objects/object';
import { typeOf } from '../../python/objects/core-types';
import type { PyModule } from '../../python/objects/module';
import type { PyType } from '../../python/objects/type';
import { classMethod } from '../../python/runtime/define';
import { typeError } from '../../python/runtime/errors';
import type { Interpreter } from '../../python/vm/interpreter-state';
import { timedeltaType } from './timedelta';
import { tzinfoType, timezoneType, UTC, PyTimezone } from './tz';
import { dateType, timeType, datetimeType } from './objects';
import { MINYEAR, MAXYEAR } from './calendar';
import { argType } from './calendar';
import { strptimeDateTime } from './strptime';
import './date';
import './time';
import './dt';

classMethod(datetimeType, 'strptime', 'date_string, format, /', (cls: PyType, s: PyValue, fmt: PyValue) => {
  if (typeof s !== 'string') typeError(`strptime() argument 1 must be str, not ${argType(s)}`);
  if (typeof fmt !== 'string') typeError(`strptime() argument 2 must be str, not ${argType(fmt)}`);
  return strptimeDateTime(cls, s as string, fmt as string);
});
timezoneType.dict!.setStr('utc', UTC);
timezoneType.dict!.setStr('min', new PyTimezone(-86_340_000_000n, null));
timezoneType.dict!.setStr('max', new PyTimezone(86_340_000_000n, null));

export function initDatetime(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  ns.setStr('date', dateType);
  ns.setStr('time', timeType);
  ns.setStr('datetime', datetimeType);
  ns.setStr('timedelta', timedeltaType);
  ns.setStr('tzinfo', tzinfoType);
  ns.setStr('timezone', timezoneType);
  ns.setStr('MINYEAR', MINYEAR);
  ns.setStr('MAXYEAR', MAXYEAR);
  ns.setStr('UTC', UTC);
}
