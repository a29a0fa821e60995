# Covers: SyntaxError when a keyword is used as a variable name ("invalid syntax").
class = "economy"
print(class)
