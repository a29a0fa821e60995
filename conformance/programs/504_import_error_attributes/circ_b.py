# Module imported by 504_import_error_attributes/main.py (circular import with circ_a).
from circ_a import other
thing = 1
