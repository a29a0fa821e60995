# Covers: assert with and without messages, AssertionError args, non-string messages, assert in functions, __debug__.

def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args, str(e) == "")

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("object message:", e.args[0])

x = 0
try:
    assert x, x
except AssertionError as e:
    print("message is the value:", repr(e.args[0]))

assert True, "never"
assert 1 < 2 < 3
print("asserts passed")
print(__debug__)
