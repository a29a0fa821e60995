# Covers: a module is executed only once (sys.modules cache), shared module state across importers, import inside functions.
import sys
import config
import worker
import config as config_again

print(config is config_again, "config" in sys.modules)
print("settings before:", config.settings)
worker.run()
print("settings after:", config.settings)

def lazy():
    import config
    return config.settings["runs"]
print("lazy import sees", lazy())
print(config.load_count)
