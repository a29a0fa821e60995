/**
 * Interleave's numeric formatting and parsing library: pure functions on JS values implementing
 * CPython 3.11's repr/str of floats, format() mini-language, %-formatting of numbers, float()/int()
 * parsing, str()/bin()/oct()/hex() of ints, rounding and float/int arithmetic helpers.
 *
 * Value conventions: a Python int is a safe-integer `number` or a `bigint` (canonicalized by
 * normInt); a Python float is a `number`; a Python str is a `string`. Python exceptions are raised
 * with pyThrow (../pyerror-signal) using CPython's messages.
 */

export { normInt, toBig, bitLength, intSign, type PyInt } from './int-norm';
export { floatRepr, doubleToString, type DtsFlags, type DtsCode } from './double-to-string';
export { parseFormatSpec, type FormatSpec, type Grouping } from './format-spec';
export { formatFloat, formatFloatWithSpec } from './format-float';
export { formatInt, formatIntWithSpec } from './format-int';
export { formatStr } from './format-str';
export { percentFormatNumber, percentOutput, type PercentFlags } from './percent-format';
export { parseFloatStr } from './parse-float';
export { parseIntStr } from './parse-int';
export { intToStr, intToBin, intToOct, intToHex, INT_MAX_STR_DIGITS, checkDecimalStrLimit } from './int-to-str';
export {
  intToFloat, floatToInt, intTrueDiv, compareIntFloat, floatAsIntegerRatio, floatIsInteger, ratioToFloat,
} from './int-float';
export {
  floatDiv, floatFloorDiv, floatMod, floatDivmod, floatPow, roundFloat, roundHalfEvenToInt, roundInt,
} from './float-arith';
export { floatHex, floatFromHex } from './float-hex';
export { strRepr } from './str-repr';
