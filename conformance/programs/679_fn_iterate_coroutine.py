# Covers: a learner mistake — iterating over the result of an async function. CPython drops the
# coroutine when iter() fails, so its "never awaited" warning comes before the traceback.
async def fetch_items():
    return ["a", "b"]

try:
    for item in fetch_items():
        print(item)
except TypeError as e:
    print("caught:", e)

def main():
    for item in fetch_items():
        print(item)

main()
