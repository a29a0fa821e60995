# Covers: an uncaught TypeError from calling a method with a positional-only parameter passed by
# keyword, raised inside a decorated function: the traceback goes through the wrapper.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, len(args), kwargs)
        return fn(*args, **kwargs)
    return wrapper

class Stack:
    def __init__(self):
        self.items = []
    @logged
    def push(self, item, /):
        self.items.append(item)
        return len(self.items)

s = Stack()
print(s.push(1))
s.push(item=2)
