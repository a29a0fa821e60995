// dump()'s Python reprs against CPython's repr() for many floats, complex numbers and strings.
import { describe, expect, it } from 'vitest';
import { constantRepr, floatRepr, strRepr } from './dump';
import { python311, runPython } from './test-support';

/** Doubles spread over all magnitudes, deterministically. */
function sampleFloats(): number[] {
  const out = [0, 0.1, 0.5, 1, 1.5, 10, 100, 1e15, 1e16, 1e17, 1e21, 1e22, 1e-4, 1e-5, 1e-7, 123456789.123,
    5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2, 1 / 3, 2 / 3, 9999999999999998, 0.00012345];
  let s = 7;
  for (let i = 0; i < 400; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const mant = (s % 1000003) / 997;
    const exp = (s >>> 8) % 80 - 40;
    out.push(Number((mant * 10 ** exp).toPrecision(1 + (s % 17))));
  }
  return out;
}

describe('reprs', () => {
  it('formats special floats', () => {
    expect([Infinity, -Infinity, NaN, -0].map(floatRepr)).toEqual(['inf', '-inf', 'nan', '-0.0']);
    expect(constantRepr({ kind: 'complex', imag: 2 })).toBe('2j');
  });

  it.skipIf(!python311())('match CPython for floats, complex and strings', () => {
    const floats = sampleFloats();
    const strings = ['', 'a', "'", '"', '\'"', '\\', '\n\t\r', '\x00\x1f\x7f\x80\xa0\xff', 'é', '\u200b', '\u2028',
      '日本', '😀', '\ud800', 'a\udfffb', '\u0378', '\ue000'];
    const expected = runPython<{ floats: string[]; complex: string[]; strings: string[] }>(`
import json, sys
d = json.load(sys.stdin)
print(json.dumps({'floats': [repr(float(x)) for x in d['floats']],
                  'complex': [repr(complex(0, float(x))) for x in d['floats']],
                  'strings': [repr(s) for s in d['strings']]}))`, { floats: floats.map(String), strings });
    expect(floats.map(floatRepr)).toEqual(expected.floats);
    expect(floats.map((x) => constantRepr({ kind: 'complex', imag: x }))).toEqual(expected.complex);
    expect(strings.map(strRepr)).toEqual(expected.strings);
  });
});
