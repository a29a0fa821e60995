# Covers: break, continue and return cannot appear in an except* block (a compile-time
# SyntaxError located at the statement).
def f():
    for i in range(3):
        try:
            pass
        except* ValueError:
            break
