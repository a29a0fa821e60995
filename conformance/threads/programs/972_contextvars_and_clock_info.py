# Covers: contextvars — ContextVar get/set/reset and defaults, LookupError, Token.old_value and MISSING,
# Context.run with its own copy, reset errors, a new thread starting with an empty context, and
# entering a context twice; time.get_clock_info for the clocks asyncio reads.
import contextvars, threading
v = contextvars.ContextVar('v', default=0)
w = contextvars.ContextVar('w')
print(v.get(), v.name)
try:
    w.get()
except LookupError as e:
    print('LookupError', e.args[0] is w)
t = v.set(5)
print(v.get(), t.var is v, t.old_value)
ctx = contextvars.copy_context()
def f(x):
    v.set(x)
    return v.get(), len(contextvars.copy_context())
print(ctx.run(f, 9), v.get(), ctx[v], v in ctx, len(ctx), list(ctx.keys()) == [v])
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', str(e).split(' var=')[0])
def th():
    print('thread sees', v.get(), len(contextvars.copy_context()))
v.set(7)
x = threading.Thread(target=th); x.start(); x.join()
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print(str(e).split(':')[0])
print(repr(contextvars.Token.MISSING), type(ctx).__module__, contextvars.Context() == contextvars.Context())
import time
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(name, time.get_clock_info(name))
