# Covers: *args, **kwargs, keyword-only and positional-only parameters, unpacking in calls.

def f(a, b, *args, c=3, **kwargs):
    return f"a={a} b={b} args={args} c={c} kwargs={kwargs}"

print(f(1, 2))
print(f(1, 2, 3, 4, 5))
print(f(1, 2, c=30, d=40, e=50))
print(f(*[1, 2, 3], **{"c": 9, "z": 26}))

def kwonly(a, *, key, flag=False):
    return (a, key, flag)

print(kwonly(1, key="k"))
print(kwonly(1, key="k", flag=True))

def posonly(x, y, /, z, *, w):
    return x + y + z + w

print(posonly(1, 2, 3, w=4))
print(posonly(1, 2, z=3, w=4))

def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())

print(everything(1, d=4))
print(everything(1, 20, 30, 40, 50, d=4, f=6, g=7))

def count_args(*args, **kwargs):
    return len(args), len(kwargs)

print(count_args())
print(count_args(*range(10), **dict.fromkeys("abc", 0)))

def takes_kwargs(**kw):
    for k, v in kw.items():
        print(" ", k, "=", v)

takes_kwargs(x=1, y=[2], z="three")

def posonly_and_kw(a, /, **kw):
    return a, kw

print(posonly_and_kw(1, a=2))

args = (1, 2)
kwargs = {"c": 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs))
print(three(*(1,), *(2,), **{"c": 9}))
print(max(*[3, 1, 4], *[1, 5]))
