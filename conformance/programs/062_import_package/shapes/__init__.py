# Package for 062_import_package.
print("initialising package", __name__)
VERSION = "1.0"


def describe_all(items):
    return "; ".join(f"{type(i).__name__}:{i.area():.2f}" for i in items)
