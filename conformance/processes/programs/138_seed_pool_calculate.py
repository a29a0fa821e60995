# Seed 000 Pool examples: calculate/calculatestar/mul/plus with apply_async + get(), with
# callback/error_callback, and with map. Changed for determinism: the pool has one worker (so the
# worker name and the callback order are fixed), the sleeps are 0.01 * random() with random
# seeded in each worker by an initializer, and os.cpu_count() is not used.
import multiprocessing as mp
import time
import random


def calculate(func, args):
    result = func(*args)
    return '%s says that %s%s = %s' % (
        mp.current_process().name,
        func.__name__, args, result
    )


def calculatestar(args):
    return calculate(*args)


def mul(a, b):
    time.sleep(0.01 * random.random())
    return a * b


def plus(a, b):
    time.sleep(0.01 * random.random())
    return a + b


TASKS = [(mul, (i, 7)) for i in range(10)] + \
        [(plus, (i, 8)) for i in range(10)]


def on_success(res):
    print('on_success: {0}'.format(res))


def on_error(e):
    print('on_error: {0}'.format(e))


if __name__ == '__main__':
    pool = mp.Pool(1, initializer=random.seed, initargs=(0,))
    results = [pool.apply_async(calculate, t) for t in TASKS]
    for r in results:
        print(r.get())
    pool.close()
    pool.join()

    pool = mp.Pool(1, initializer=random.seed, initargs=(1,))
    [pool.apply_async(calculate, t, callback=on_success,
                      error_callback=on_error) for t in TASKS]
    pool.close()
    pool.join()

    pool = mp.Pool(1, initializer=random.seed, initargs=(2,))
    for x in pool.map(calculatestar, TASKS):
        print(x)
    pool.close()
    pool.join()
