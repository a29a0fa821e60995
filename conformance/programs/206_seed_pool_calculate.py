# Seed 000 ("Process Pool" apply_async / callback / map examples), ported: calculate, calculatestar, mul, plus
# and TASKS are called directly instead of through multiprocessing.Pool; time.sleep(0.5 * random.random())
# is removed; mp.current_process().name is replaced by 'MainProcess' (its value in the main process).
# Covers: functions as values, *args unpacking, func.__name__, %-formatting of tuples, list comprehensions, map.
PROCESS_NAME = 'MainProcess'


def calculate(func, args):
    result = func(*args)
    return '%s says that %s%s = %s' % (
        PROCESS_NAME,
        func.__name__, args, result
    )


def calculatestar(args):
    return calculate(*args)


def mul(a, b):
    return a * b


def plus(a, b):
    return a + b


TASKS = [(mul, (i, 7)) for i in range(10)] + \
        [(plus, (i, 8)) for i in range(10)]


def on_success(res):
    print('on_success: {0}'.format(res))


def on_error(e):
    print('on_error: {0}'.format(e))


if __name__ == '__main__':
    print('-- apply_async style --')
    results = [calculate(*t) for t in TASKS]
    for r in results:
        print(r)
    print('-- callback style --')
    for t in TASKS[::4]:
        try:
            on_success(calculate(*t))
        except Exception as e:
            on_error(e)
    print('-- map style --')
    for x in map(calculatestar, TASKS[5:15]):
        print(x)
    print(len(TASKS), TASKS[0][0].__name__, TASKS[-1][1])
