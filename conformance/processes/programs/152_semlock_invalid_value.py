# A semaphore value outside 0..SEM_VALUE_MAX: sem_open() fails with EINVAL, so CPython raises
# OSError [Errno 22], not ValueError.
import multiprocessing as mp

for make in (lambda: mp.Semaphore(-1), lambda: mp.BoundedSemaphore(-5), lambda: mp.Semaphore(2 ** 31)):
    try:
        make()
        print("created")
    except Exception as e:
        print(type(e).__name__, getattr(e, "errno", None), e)
print(mp.Semaphore(0).get_value(), mp.Semaphore(2 ** 31 - 1).get_value())
