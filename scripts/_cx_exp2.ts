import { exp, cos, sin } from '../workers/stdlib/random/libm';
import { floatFromHex, floatHex } from '../workers/python/numfmt/float-hex';
const x = floatFromHex('0x1.f2acde924ab20p-2'), y = floatFromHex('0x1.b77084cf23469p+736');
console.log(floatHex(exp(x)), floatHex(cos(y)), floatHex(sin(y)));
