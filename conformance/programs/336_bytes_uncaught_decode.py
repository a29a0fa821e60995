# Covers: an uncaught UnicodeDecodeError from bytes.decode at module level, after partial
# output: the traceback, the exception line with the codec message, and exit status 1.

chunks = [b'caf\xc3\xa9', b'na\xc3\xafve', b'bad \xff byte']
for chunk in chunks:
    text = chunk.decode('utf-8')
    print(text.upper(), len(chunk), len(text))
