# Covers: a SyntaxError in an imported module: caught (attributes: byte offsets, text read back
# from the file) and printed through sys.excepthook, then imported uncaught (the traceback shows
# the import line, then the module's location and caret).
import sys
try:
    import broken_util
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset, repr(e.text), e.filename)
    sys.excepthook(type(e), e, None)
try:
    import broken_tail
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
import broken_util
