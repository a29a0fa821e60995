# Covers: %-formatting: every conversion (d i o u x X e E f F g G c r s a %), flags (- + space # 0), width, precision, * width, %(name)s dicts, errors.

print("%d %i %u" % (42, -42, 7))
print("%o %#o %x %#x %X %#X" % (8, 8, 255, 255, 255, 255))
print("%e | %E | %.2e | %10.1e" % (12345.678, 0.000123, 1e100, -5.5))
print("%f | %.1f | %10.3f | %-10.2f| %F" % (3.14159, 2.25, -1.5, 7.0, 1e10))
print("%g | %G | %g | %g | %.3g | %#g" % (0.0001, 1e-10, 1234567, 123456, 3.14159, 1.0))
print("%c%c%c" % (72, "i", 33))
print("%s | %r | %a" % ("caf\u00e9", "caf\u00e9", "caf\u00e9"))
print("100%% sure, %d%%" % 50)
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]" % (42, 42, 42, 42, 42, -42))
print("[%10s] [%-10s] [%.2s] [%10.3s]" % ("right", "left", "truncate", "abcdef"))
print("[%*d] [%-*d] [%.*f]" % (6, 1, 6, 2, 2, 3.14159))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Bob", "age": 30})
print("%(x)05.1f|%(y)-6s|" % {"x": 3.14159, "y": "ab"})
print("%s" % (1, ) , "%s" % [1, 2], "%s %s" % ("a", "b"))
print("%s" % None, "%d" % True, "%x" % 3000000000000, "%d" % -0)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%5.1f%%" % 99.44)
print("%#.3x %#5o" % (10, 10))
print("%s and %s" % ("tuple", ("nested",)))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", (1,)), ("%c", "ab")]:
    try:
        bad[0] % bad[1]
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s-%d-%x" % (b"bytes", 5, 255))
print("%-6s|%6.2f|%+.1e" % ("row", 2.0 / 3, 12345.0))
