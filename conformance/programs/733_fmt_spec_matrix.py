# Covers: the format-spec mini-language over ints, floats and strs (fill, align, sign, #, 0,
# width, grouping, precision, every type letter) and its error messages.
vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 10**20, True]
specs = ['', 'd', '5d', '<5d', '^7d', '>6', '+d', ' d', '-d', '05d', '+08d', ',', '_', '_b', '_x', ',d', '#b', '#o', '#x', '#X', 'b', 'o', 'x', 'X', 'c', 'n', 'e', '.2e', 'E', 'f', '.2f', 'F', 'g', 'G', '%', '.1%', '=+10', '*^12,', '0=10', '#010x', '_^15', 'x<8', '010,', '#_o', '010_b', '.3g', '10.3E']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(f"{type(e).__name__}({e})")
    print(repr(v), row)
fvals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 1.5e-5, 123456789.123, 1e16, 1e22, 2.5, 0.125, float('inf'), float('-inf'), float('nan'), 1/3, 5e-324, 1.7976931348623157e308]
fspecs = ['', 'f', '.0f', '.1f', '.3f', '10.2f', '<10.2f', '+.2f', ' .2f', '010.2f', ',.2f', '_.2f', 'e', '.0e', '.3e', 'E', 'g', '.0g', '.1g', '.3g', '.10g', 'G', '#g', '#.3g', '%', '.0%', '.2%', 'n', '.3n', '#.0f', '#.0e', 'r' if False else '', '=+12.3f', '*>12,.1f', '0>12.1f', '.2', '.12', '10', '.0', '#', 'z.1f' if False else '']
for v in fvals:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(f"{type(e).__name__}({e})")
    print(repr(v), row)
strs = ['', 'abc', 'héllo', '日本']
sspecs = ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', '^5.1', '=5', '+5', '05', ',', 'd', '#']
for v in strs:
    row = []
    for s in sspecs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(f"{type(e).__name__}({e})")
    print(repr(v), row)
bad = [(1, 'z'), (1, '.2d'), (1.5, 'd'), (1.5, 'x'), ('s', 'x'), (1, ',_'), (1, '_,'), (1, ',b'), (1.0, ',e') , (1, 'cc'), (1, '<<<'), (1, '1000000000000000000000d'), (1, '.'), (1.0, '.f'), (None, 'd'), (None, ''), ([1], ''), ([1], '5'), (1, '#c'), (1, '+c'), (0x110000, 'c'), (-1, 'c'), (1+2j, 'd'), (1, '=^5'), ('a', '=5')]
for v, s in bad:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
