# Covers: current_thread(), main_thread(), get_ident(), get_native_id() seen from the main
# thread and from workers (identity comparisons only; the numbers vary).
import threading

main = threading.main_thread()
print(threading.current_thread() is main, main.name, type(main).__name__)
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)

facts = []


def report(tag):
    me = threading.current_thread()
    facts.append((
        tag,
        me.name,
        me is not main,
        threading.main_thread() is main,
        threading.get_ident() == me.ident,
        threading.get_native_id() == me.native_id,
        me.ident != main.ident,
    ))


threads = [threading.Thread(target=report, args=(i,), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
for f in facts:
    print(f)
idents = {t.ident for t in threads}
print("identities recorded:", all(isinstance(i, int) for i in idents))
print(threading.current_thread().name)
