# Covers: an uncaught exception whose message spans several lines.
errors = ["line 3: missing value", "line 7: bad date", "line 9: duplicate id"]
raise ValueError("validation failed:\n  " + "\n  ".join(errors))
