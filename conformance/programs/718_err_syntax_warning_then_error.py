# Covers: SyntaxWarnings issued before a later compile error stops the program: the warnings
# come first on stderr, then the SyntaxError.
x = 1
if x is 1:
    pass
print(x is not ())
return x
