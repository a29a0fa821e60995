# Covers: Thread(target=..., args=..., kwargs=...), results stored by the thread, join.
import threading

results = {}


def power(base, exponent=2, *, label="?"):
    results[label] = base ** exponent
    print("computing", label, "in", threading.current_thread().name)


t1 = threading.Thread(target=power, args=(3,), kwargs={"label": "3^2"})
t1.start()
t1.join()
t2 = threading.Thread(target=power, args=[2, 10], kwargs=dict(label="2^10"))
t2.start()
t2.join()
t3 = threading.Thread(target=power, kwargs={"base": 5, "exponent": 3, "label": "5^3"})
t3.start()
t3.join()
# args can be any iterable; it is unpacked with *args in run()
t4 = threading.Thread(target=power, args=range(7, 9), kwargs={"label": "7^8"})
t4.start()
t4.join()
print(sorted(results.items()))

# no target: run() does nothing, the thread still starts and stops
t5 = threading.Thread()
t5.start()
t5.join()
print(t5.name, t5.is_alive())

# a target that returns a value: the value is discarded
t6 = threading.Thread(target=lambda: 42)
t6.start()
t6.join()
print(t6.name)
