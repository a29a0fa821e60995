# Seed 000 (Pool exception examples), ported: f(x) = 1.0 / (x - 5.0) called directly instead of via
# pool.apply_async / pool.map; the error callback is called by hand.
# Covers: float ZeroDivisionError message, except clauses, assert isinstance in a callback, map stopping at an error.
def f(x):
    return 1.0 / (x - 5.0)


def on_success(res):
    print('on_success: {0}'.format(res))


def on_error(e):
    assert isinstance(e, ZeroDivisionError)
    print('on_error: {0}'.format(e))


if __name__ == '__main__':
    try:
        f(5)
    except ZeroDivisionError as e:
        print(e)

    try:
        on_success(f(5))
    except Exception as e:
        on_error(e)

    try:
        on_success(f(7))
    except Exception as e:
        on_error(e)

    try:
        r = list(map(f, [1, 2, 3, 4, 5, 6, 7, 8, 9]))
    except ZeroDivisionError as e:
        print(e)

    print([f(x) for x in [1, 2, 3, 4, 6, 7, 8, 9]])
    print(type(ZeroDivisionError("x")).__mro__[1].__name__)
