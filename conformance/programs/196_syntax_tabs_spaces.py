# Covers: TabError: inconsistent use of tabs and spaces in indentation.
def f(flag):
    if flag:
        x = 1
	return x

print(f(True))
