# Covers: SyntaxError for an unterminated triple-quoted string (reported at the line where it starts).
def doc():
    """This docstring
    never ends
    return 1
