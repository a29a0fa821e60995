/**
 * The datetime module's type objects and JS representations (date, time, datetime), shared by
 * ./date, ./time and ./dt, which attach the methods. Instances of Python subclasses use the same
 * representations (each type's `alloc` builds a bare instance).
 */
import { PyObject, type PyValue } from '../../python/objects/object';
import { None } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { objectType } from '../../python/objects/core-types';
import { cType } from '../ioutil';
import { checkDate, checkTime } from './calendar';

export const dateType = cType('datetime.date', objectType, { valueKeyed: true });
export const timeType = cType('datetime.time', objectType, { valueKeyed: true });
export const datetimeType = cType('datetime.datetime', dateType, { valueKeyed: true });

export class PyDate extends PyObject {
  constructor(cls: PyType, public y: number, public m: number, public d: number) {
    super(cls);
  }
}

export class PyDateTime extends PyDate {
  constructor(
    cls: PyType, y: number, m: number, d: number,
    public h: number, public mi: number, public s: number, public us: number,
    public tz: PyValue, public fold: number,
  ) {
    super(cls, y, m, d);
  }
}

export class PyTime extends PyObject {
  constructor(
    cls: PyType,
    public h: number, public mi: number, public s: number, public us: number,
    public tz: PyValue, public fold: number,
  ) {
    super(cls);
  }
}

dateType.alloc = (cls) => new PyDate(cls, 1, 1, 1);
datetimeType.alloc = (cls) => new PyDateTime(cls, 1, 1, 1, 0, 0, 0, 0, None, 0);
datetimeType.layout = datetimeType;
timeType.alloc = (cls) => new PyTime(cls, 0, 0, 0, 0, None, 0);

/** A date (or, for datetime classes, midnight of that date) of class `cls`, validated. */
export function makeDate(cls: PyType, y: number, m: number, d: number): PyDate {
  checkDate(y, m, d);
  if (cls.isSubtypeOf(datetimeType)) return new PyDateTime(cls, y, m, d, 0, 0, 0, 0, None, 0);
  return new PyDate(cls, y, m, d);
}

export function makeDateTime(cls: PyType, y: number, m: number, d: number, h: number, mi: number, s: number, us: number, tz: PyValue, fold = 0): PyDateTime {
  checkDate(y, m, d);
  checkTime(h, mi, s, us, fold);
  return new PyDateTime(cls, y, m, d, h, mi, s, us, tz, fold);
}

/** Name used in reprs: tp_name, i.e. 'datetime.date' for the built-in class, 'D' for a subclass. */
export function reprName(o: PyObject): string {
  return o.cls.name;
}
