# Covers: an uncaught FileNotFoundError raised by open() inside a function: full traceback with the errno/strerror/filename message and exit status 1.
def load_config(path):
    with open(path) as f:
        return f.read()

def main():
    print("loading...")
    return load_config("settings.ini")

main()
