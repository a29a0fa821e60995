# Covers: Python 2 print statement: "Missing parentheses in call to 'print'. Did you mean print(...)?".
name = "world"
print "hello", name
