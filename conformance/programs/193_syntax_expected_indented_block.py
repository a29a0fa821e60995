# Covers: IndentationError: expected an indented block after function definition.
def greet(name):
return "hi " + name

print(greet("x"))
