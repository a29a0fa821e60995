# Calibration: building strings — concatenation, f-strings, str.format, %-formatting, str().
def report(n):
    out = ''
    lines = 0
    for i in range(n):
        name = 'item' + str(i)
        line = f'{name}: {i * 2} ({i % 7})'
        line2 = '{}-{}'.format(i, name)
        line3 = '%d/%s' % (i, name)
        if i % 100 == 0:
            out += line + line2 + line3
        lines += len(line) + len(line2) + len(line3)
    return lines, len(out)

def padded(n):
    s = 0
    for i in range(n):
        s += len(f'{i:>8}|{i / 3:.2f}|{i:x}')
    return s

print(report(100000), padded(50000))
