# Covers: a `try:` block with no except/finally at the very end of the file. The file
# tokenizer's buffer is empty at end of file, so CPython reports offset 0: no caret line.
def load(path):
    try:
        with open(path) as f:
            return f.read()
