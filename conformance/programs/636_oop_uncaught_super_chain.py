# Covers: an uncaught exception raised through super() calls (traceback frames).
class A:
    def f(self): return self.g()
    def g(self): raise ValueError("deep")
class B(A):
    def g(self): return super().g()
B().f()
