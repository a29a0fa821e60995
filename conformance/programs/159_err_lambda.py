# Covers: uncaught TypeError raised inside a lambda called by sorted(): frames for <module> and <lambda>.
people = [("ann", 31), ("bob", None), ("cy", 7)]
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: p[1] + 0))
