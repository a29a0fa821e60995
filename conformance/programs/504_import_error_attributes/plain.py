# Module imported by 504_import_error_attributes/main.py.
x = 1
