# Covers: a SyntaxError after non-ASCII text on the same line. Running a file, CPython's
# tokenizer has no encoding, so offsets are UTF-8 byte offsets and the carets sit one column
# further right for each extra byte before them (here: the 'é' in 'José').
greeting = 'Olá'; name = 'José'; print name
