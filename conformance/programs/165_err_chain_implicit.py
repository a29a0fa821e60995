# Covers: uncaught exception raised while handling another: "During handling of the above exception, another exception occurred:".
def load_config(d):
    try:
        return d["path"]
    except KeyError:
        return d["fallback"].upper()

load_config({"other": 1})
