# Module imported by 063_import_errors/main.py.
class HelperError(Exception):
    pass


def fail(msg):
    raise HelperError(msg)
