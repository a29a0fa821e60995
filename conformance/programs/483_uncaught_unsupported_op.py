# Covers: an uncaught io.UnsupportedOperation (reading a file opened for writing): the traceback names it io.UnsupportedOperation.
with open("out.txt", "w") as f:
    f.write("data")
    print("wrote")
    f.read()
