# Covers: except* semantics: splitting by type and tuple, naked exceptions wrapped in
# ExceptionGroup(""), unmatched rest re-raised, raising and re-raising in handlers, else/finally,
# loops inside handlers, nested groups, sys.exc_info() in a handler, invalid except* types.
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
    else:
        print(label, "-> ok")

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("  VE:", repr(g))
    except* TypeError as g:
        print("  TE:", repr(g))
show("t1", t1)

def t2():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("  wrapped:", repr(g), repr(g.exceptions[0]))
show("t2", t2)

def t3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("  handled VE")
show("t3", t3)

def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("in handler")
show("t4", t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
show("t5", t5)

def t6():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("  else ran")
    finally:
        print("  finally ran")
show("t6", t6)

def t7():
    try:
        raise TypeError("nomatch")
    except* ValueError:
        print("no")
show("t7", t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("t8", t8)

def t9():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (TypeError, ValueError) as g:
        import sys
        print("  exc_info is g:", sys.exc_info()[1] is g)
show("t9", t9)

def t10():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as g:
            for x in g.exceptions:
                print("  loop", x)
                if x.args[0] == 1:
                    break
show("t10", t10)

def t11():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print("  VE part:", repr(g))
    except* TypeError as g:
        print("  TE part:", repr(g))
show("t11", t11)

def t12():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")
show("t12", t12)

def t13():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 5:
        pass
show("t13", t13)

def main():
    try:
        raise ExceptionGroup("final", [ValueError("a"), TypeError("b")])
    except* ValueError:
        print("handled the ValueError part")
main()
