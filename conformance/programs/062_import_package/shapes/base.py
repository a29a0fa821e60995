# Module imported by 062_import_package/main.py.
print("loading", __name__)


class Shape:
    def __repr__(self):
        attrs = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"{type(self).__name__}({attrs})"
