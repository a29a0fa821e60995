# Covers: exec and eval of simple strings, with explicit globals/locals dicts, compile(), SyntaxError from eval, expression vs statement.

print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"), eval("  7  "))
ns = {"a": 5}
print(eval("a * 2", ns), eval("a + b", ns, {"b": 10}))
exec("y = a ** 2\nz = y + 1", ns)
print(ns["y"], ns["z"], sorted(k for k in ns if k != "__builtins__"))
code = """
def square(n):
    return n * n
result = [square(i) for i in range(5)]
"""
scope = {}
exec(code, scope)
print(scope["result"], scope["square"](12))
exec("print('printed from exec')")
q = 3
exec("q_plus = q + 1")
print(q_plus)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_var + 1")
except NameError as e:
    print("NameError:", e)
c = compile("sum(range(n))", "<expr>", "eval")
print(eval(c, {"n": 101}))
c2 = compile("for i in range(3): out.append(i)", "<stmts>", "exec")
env = {"out": []}
exec(c2, env)
print(env["out"])
print(eval("__name__"), eval("len", {}).__name__ if False else eval("len")("four"))
print(exec("1 + 1"), eval("None"))
