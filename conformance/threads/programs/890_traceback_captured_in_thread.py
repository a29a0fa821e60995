# Covers: catching an exception inside a thread and passing it to the main thread:
# traceback.format_exc() in the thread (frames from the thread's own function only),
# re-raising the stored exception in main with its original traceback (uncaught: the
# traceback shows main's raise line and then the thread's frames; exit status 1).
import threading
import traceback

errors = []


def parse_all(lines):
    return [int(line) for line in lines]


def worker(lines):
    try:
        parse_all(lines)
    except ValueError as e:
        errors.append(e)
        text = traceback.format_exc()
        print("captured in", threading.current_thread().name)
        print(text, end="")


t = threading.Thread(target=worker, args=(["1", "2", "three"],), name="parser")
t.start()
t.join()
err = errors[0]
print("main got:", type(err).__name__, err)
print("frames in the stored traceback:", len(traceback.extract_tb(err.__traceback__)))
raise err
