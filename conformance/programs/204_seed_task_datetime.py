# Seed 000 ("basic" threading example), ported to run sequentially: task(task_id) called directly.
# Ported: threading.current_thread().getName() replaced by the name the seed assigned ('name-{i}'),
# datetime.utcnow() replaced by the fixed time from the seed's output (2022-07-25 03:55:15.709096 UTC).
# Covers: str.format, datetime + timedelta(hours=8), microsecond arithmetic, if __name__ == '__main__'.
from datetime import datetime, timedelta

BASE_UTC = datetime(2022, 7, 25, 3, 55, 15, 709096)
OFFSETS_US = [0, 327, 466, 562, 622]   # the seed's printed microsecond differences


def task(task_id: int, name: str, now_utc: datetime):
    print('task {} thread name {}, {}'.format(
        task_id, name, now_utc + timedelta(hours=8)))
    return


if __name__ == '__main__':
    names = []
    for i in range(5):
        names.append('name-{}'.format(i))
    for i, name in enumerate(names):
        task(i, name, BASE_UTC + timedelta(microseconds=OFFSETS_US[i]))
    print(datetime(2022, 7, 25, 11, 55, 15, 709096) + timedelta(hours=8))
    print(repr(BASE_UTC + timedelta(hours=8)))
