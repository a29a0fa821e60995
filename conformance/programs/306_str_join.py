# Covers: str.join over lists, tuples, generators, dicts, sets of one item, strings, and the
# errors for non-str items and non-iterables.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(', '.join(['a', 'b', 'c']), '-'.join(('x', 'y')), ''.join([]), '|'.join(['only']))
print('.'.join(str(i) for i in range(5)), '+'.join({'k1': 1, 'k2': 2}), ' '.join('abc'), '<>'.join({'solo'}))
print('é'.join(['a', 'ü', '😀']), repr(''.join(['', '', ''])), ','.join(iter(['p', 'q'])))


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return 'item%d' % i
        raise IndexError(i)


print('/'.join(Seq()))
show('int item', lambda: ', '.join(['a', 1]))
show('bytes item', lambda: ''.join([b'a']))
show('none item', lambda: ''.join(['a', 'b', None]))
show('not iterable', lambda: ''.join(5))
show('no args', lambda: ''.join())
show('two args', lambda: ''.join(['a'], ['b']))


def gen():
    yield 'ok'
    raise ValueError('boom in generator')


show('generator error', lambda: ''.join(gen()))
