# Module imported by 064_import_module_state/main.py.
import config
from config import settings

print("worker module executing")


def run():
    settings["runs"] += 1
    config.settings["debug"] = True
    print("worker.run sees", settings is config.settings)
