# Module imported by 064_import_module_state/main.py.
load_count = 0
load_count += 1
print("config module executing")
settings = {"debug": False, "runs": 0}
