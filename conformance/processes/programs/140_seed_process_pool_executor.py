# Seed 000 ProcessPoolExecutor: submit tasks, add_done_callback, shutdown(True), collect results.
# Changed: no requests or files (the task builds its response from its arguments), the worker's
# process name replaces its pid, no timestamps, one worker so the callback order is fixed.
from concurrent.futures import ProcessPoolExecutor, Future
import multiprocessing


def task(file_name: str, url: str) -> str:
    response = 'task process name {} fetched {}'.format(
        multiprocessing.current_process().name, url)
    print(file_name)
    return response


def done_callback(future: Future) -> None:
    print('task done [process name={}]:'.format(
        multiprocessing.current_process().name), future.result())


if __name__ == '__main__':
    task_lists = [
        ('regex101.txt', 'https://regex101.com/'),
        ('morning.txt', 'https://www.politico.com/tipsheets/morning-money'),
        ('economics.txt', 'https://www.bloomberg.com/markets/economics')
    ]
    future_lists: list[Future] = []
    pool = ProcessPoolExecutor(1)
    for file_name, url in task_lists:
        future = pool.submit(task, file_name, url)
        future.add_done_callback(done_callback)
        future_lists.append(future)

    pool.shutdown(True)
    response_lists = []
    for f in future_lists:
        response_lists.append(f.result())
    print(response_lists)
