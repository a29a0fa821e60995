# Covers: classic mistakes with Thread arguments, shown deterministically (threads started
# only after the loop, joined before printing): late-binding lambdas vs default arguments,
# Thread keeps the very list/dict passed as args/kwargs (mutations before start() are seen),
# args="abc" unpacked into characters, target=f() calling f in the main thread, a generator
# function as target (nothing runs), a class as target (instantiated in the thread).
import threading

out = []
threads = [threading.Thread(target=lambda: out.append(i)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print("late binding:", out)

out.clear()
threads = [threading.Thread(target=lambda i=i: out.append(i)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print("default argument:", out)

args = [1, 2]
kwargs = {"sep": "-"}
t = threading.Thread(target=lambda *a, sep: out.append(sep.join(map(str, a))), args=args, kwargs=kwargs)
args.append(3)
kwargs["sep"] = "+"
t.start()
t.join()
print("mutated before start:", out[-1])


def show(*chars):
    out.append(chars)


t = threading.Thread(target=show, args="abc")
t.start()
t.join()
print('args="abc":', out[-1])


def where():
    out.append(threading.current_thread().name)


try:
    threading.Thread(target=where(), name="never-used").start()
except Exception as e:
    print("unexpected:", e)
print("target=where() ran in:", out[-1], "| and the thread had target None")


def gen_target():
    out.append("generator body ran")
    yield


t = threading.Thread(target=gen_target)
t.start()
t.join()
print("generator target ran its body:", "generator body ran" in out)


class Task:
    made_in = []

    def __init__(self, x):
        Task.made_in.append((threading.current_thread().name, x))


t = threading.Thread(target=Task, args=(5,), name="maker")
print("name from a class target:", threading.Thread(target=Task).name.split(" ")[1])
t.start()
t.join()
print("class target instantiated in:", Task.made_in)
