# Covers: % formatting flags (#, 0, -, +, space), width and precision (literal and *), and how
# they combine for each conversion (sign placement with zero padding, alternate forms).

fmts = ['%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '% 05d', '%-+5d|', '%.3d', '%8.3d', '%-8.3d|', '%08.3d',
        '%#o', '%#x', '%#X', '%#08x', '%#-8x|', '%#.5x', '%+#x', '%x', '%o', '%5o',
        '%10.3f', '%-10.3f|', '%010.3f', '%+.2f', '% .2f', '%+010.2f', '%#.0f', '%.0f',
        '%10.3e', '%-12.2E|', '%012.3e', '%#.0e', '%+e',
        '%10g', '%-10g|', '%010g', '%#g', '%#.3g', '%.10g', '%+g', '%G',
        '%5s|', '%-5s|', '%05s|', '%5.2s|', '%-6r|', '%+s', '% s', '%#s', '%5c|', '%-5c|', '%05c|']
vals = {'d': [42, -42, 0], 'o': [8, -8, 0], 'x': [255, -255, 0], 'X': [255, -255], 'f': [3.14159, -3.14159, 0.0], 'e': [31415.9, -0.0001],
        'E': [31415.9], 'g': [0.0001234, 123456789.0, -1.5, 100.0], 'G': [1e-10], 's': ['hi', 'hello'], 'r': ['a'], 'c': [65, 'z']}
for f in fmts:
    conv = f[-1] if f[-1] != '|' else f[-2]
    print(f, [f % v for v in vals[conv]])
print('%*d|%-*d|%*s' % (5, 42, 5, 42, -6, 'ab'), '%.*f' % (2, 3.14159), '%*.*f' % (8, 3, 2.71828), '%.*s' % (2, 'abcdef'))
print('%*d' % (True, 5), '%.*f' % (-3, 1.5), '%0*d' % (6, -12))
print('%3$s' if False else 'skip', '%c' % 10, repr('%5%' if False else '%'))
