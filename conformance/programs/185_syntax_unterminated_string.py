# Covers: SyntaxError for an unterminated string literal (whole file fails to compile, nothing runs, exit 1).
print("this runs? no")
message = "hello world
print(message)
