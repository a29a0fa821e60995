# Covers: str indexing (negative, __index__ objects, bool), slicing with steps and huge bounds,
# iteration and reversed(), including characters outside the BMP (code-point indexing).


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 1


s = 'Python'
print(s[0], s[-1], s[5], s[-6], s[True], s[Idx()], s[False])
print(s[1:4], s[:2], s[2:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[4:1:-1], s[10:], s[-100:100], s[3:3])
print(s[::3], s[::-3], s[5:0:-2], s[None:None], s[:10**20], s[-10**20:])
show('out of range', lambda: s[6])
show('negative out of range', lambda: s[-7])
show('float', lambda: s[1.5])
show('str index', lambda: s['1'])
show('none index', lambda: s[None])
show('zero step', lambda: s[::0])
show('bad slice', lambda: s['a':])
show('huge', lambda: s[10**20])

e = 'a😀b𝄞c'
print(len(e), e[1], e[2], e[-2], e[1:4], e[::-1], e[::2], list(e), e.find('b'), e.index('c'), e.rfind('𝄞'), e.count('😀'))
print([c for c in e], e[3], e[-1], e.split('b'), e.upper(), e.center(9, '.'), len(e.center(9)))
print(list(reversed('abc')), list(reversed(e)), ''.join(reversed(e)) == e[::-1])
it = iter('xy')
print(next(it), next(it), next(it, 'done'))
print(type(iter('abc')).__name__, type(iter('é')).__name__)
n = 0
for ch in 'héllo wörld':
    if ch in 'éö':
        n += 1
print(n, sorted('banana'), set('aab') == {'a', 'b'}, min('hello'), max('hello'), 'a' in 'cat', '' in '')
print([s[i] for i in range(len(s))], [e[i] for i in range(len(e))])
