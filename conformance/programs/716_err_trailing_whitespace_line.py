# Covers: a traceback source line with trailing whitespace: CPython keeps it when printing the
# line, so the carets no longer span the whole line and are shown.
a = None
b = (a  +  1) 	
c = a + 1  
