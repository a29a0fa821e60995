# Covers: lambdas: defaults, immediate call, in sorted/map/filter, conditional expressions inside, returning lambdas.

square = lambda x: x * x
print(square(7))
print((lambda a, b=10: a + b)(5))
print((lambda *a, **k: (a, k))(1, 2, x=3))
pairs = [(1, 'one'), (3, 'three'), (2, 'two'), (4, 'four')]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x ** 2, range(6))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-5, 0, 5)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(square.__name__, (lambda: 0).__name__)
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for op in '+-*':
    print(6, op, 3, '=', ops[op](6, 3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
