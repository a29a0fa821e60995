# Covers: uncaught ZeroDivisionError at module level after some output: traceback with ~~^~~ markers, exit status 1.
print("computing ratio")
total = 10
count = 0
ratio = total / count
print("never printed")
