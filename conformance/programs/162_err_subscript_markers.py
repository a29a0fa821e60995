# Covers: traceback position markers for subscripts (~~~^^^) including chained subscripts into nested data.
config = {"servers": [{"name": "a", "ports": [80, 443]}, {"name": "b", "ports": []}]}
print(config["servers"][0]["ports"][1])
print(config["servers"][1]["ports"][0])
