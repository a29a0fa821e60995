# Covers: SyntaxError inside an f-string expression (empty expression not allowed).
name = "ann"
print(f"hello {}")
