# Seed 000 Pool exceptions: f(x) = 1.0/(x-5.0) through apply_async().get(), through an
# error_callback, and through map. Changed: Pool(2) instead of Pool(os.cpu_count()).
import multiprocessing as mp


def f(x):
    return 1.0 / (x - 5.0)


def on_success(res):
    print('on_success: {0}'.format(res))


def on_error(e):
    assert isinstance(e, ZeroDivisionError)
    print('on_error: {0}'.format(e))


if __name__ == '__main__':
    pool = mp.Pool(2)
    r = pool.apply_async(f, (5,))
    try:
        r.get()
    except ZeroDivisionError as e:
        print(e)
    except mp.TimeoutError as e:
        print(e)
    pool.close()
    pool.join()

    pool = mp.Pool(2)
    r = pool.apply_async(f, (5,), callback=on_success, error_callback=on_error)
    pool.close()
    pool.join()

    pool = mp.Pool(2)
    try:
        r = pool.map(f, [1, 2, 3, 4, 5, 6, 7, 8, 9])
    except ZeroDivisionError as e:
        print(e)
    pool.close()
    pool.join()
