# Covers: if __name__ == '__main__': guard, __name__ value in the main script, main() functions returning status.

def main():
    print("running main, __name__ =", __name__)
    return 0

print("module level code runs first")
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")
print(__name__ == "__main__", type(__builtins__).__name__ in ("module", "dict"))
