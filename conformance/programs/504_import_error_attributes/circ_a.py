# Module imported by 504_import_error_attributes/main.py (circular import with circ_b).
from circ_b import thing
