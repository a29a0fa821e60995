# Seed 004 (cal(f) with apply_async / map), ported to run sequentially: the pool calls are replaced by direct
# calls in the same order; reduce over range(1, 40000) is reduced to range(1, 400) (the commented-out variant
# in the seed) to stay fast; timing prints are dropped.
# Covers: functools.reduce on big ints, str.format with CJK text, 2**f, lists of results.
from functools import reduce


def cal(f):
    print('{} 出现'.format(f))
    temp = None
    for _ in range(f):
        temp = reduce(lambda x, y: x * y, range(1, 400))
    return '计算出 {} 的乘积为 {}'.format(f, 2 ** f)


if __name__ == '__main__':
    print('-- apply_async order --')
    for c in [cal(x) for x in range(1, 10)]:
        print(c)
    print('-- map order --')
    for x in map(cal, range(1, 10)):
        print(x)
    print(len(str(reduce(lambda x, y: x * y, range(1, 400)))))
