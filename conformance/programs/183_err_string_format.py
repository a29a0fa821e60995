# Covers: uncaught KeyError raised by str.format(**values) inside a helper function (missing field name).
def render(template, **values):
    return template.format(**values)

print(render("{greeting}, {name}!", greeting="Hi", name="Ann"))
print(render("{greeting}, {name}!", greeting="Hi"))
