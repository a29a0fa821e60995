# Covers: uncaught exception deep inside nested function calls: every frame listed with ^^^^ call markers.
def parse_record(line):
    name, age = line.split(",")
    return {"name": name, "age": int(age)}

def load(lines):
    return [parse_record(l) for l in lines]

def main():
    records = load(["ann,31", "bob,42", "cy,forty"])
    print(records)

print("start")
main()
