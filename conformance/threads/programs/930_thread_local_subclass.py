# Covers: threading.local subclasses in depth: __init__ runs once per thread with the
# constructor's arguments, class attributes and methods are shared while instance attributes
# are per thread, del of an attribute in one thread only, properties, a local used by
# methods of a service object, __dict__ per thread, and __init__ raising in a new thread.
import threading


class Session(threading.local):
    kind = "session"            # class attribute: shared by every thread
    inits = []

    def __init__(self, user, *, level=1):
        Session.inits.append((threading.current_thread().name, user, level))
        self.user = user
        self.level = level
        self.history = []

    @property
    def label(self):
        return f"{self.user}@{self.level}"

    def visit(self, page):
        self.history.append(page)
        return len(self.history)


session = Session("guest", level=2)
session.visit("home")
results = {}


def browse(pages):
    me = threading.current_thread().name
    before = (session.user, session.level, list(session.history), session.label)
    for p in pages:
        session.visit(p)
    session.level += 10
    del session.user
    results[me] = (before, session.history, session.level, hasattr(session, "user"),
                   sorted(vars(session)), session.kind)


threads = [threading.Thread(target=browse, args=(pages,), name=f"b{i}")
           for i, pages in enumerate([["a", "b"], ["c"], []])]
for t in threads:
    t.start()
    t.join()
for name in sorted(results):
    print(name, results[name])
print("main:", session.user, session.level, session.history, session.label)
print("__init__ calls:", Session.inits)

Session.kind = "changed"
t = threading.Thread(target=lambda: results.update(kind=session.kind))
t.start()
t.join()
print("class attribute change seen by a new thread:", results["kind"])


class Strict(threading.local):
    def __init__(self, limit):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError(f"limit {limit} refused outside the main thread")
        self.limit = limit


strict = Strict(5)
errors = []


def touch():
    try:
        strict.limit
    except ValueError as e:
        errors.append(str(e))
    try:
        strict.other = 1
    except ValueError as e:
        errors.append("again: " + str(e))


t = threading.Thread(target=touch)
t.start()
t.join()
print(errors)
print("main still has limit", strict.limit)
try:
    Session()
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local("x")
except TypeError as e:
    print("TypeError:", e)
