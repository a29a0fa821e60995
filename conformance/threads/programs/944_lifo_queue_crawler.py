# Covers: a LifoQueue used as the frontier of a crawler over an in-memory link graph: with a
# single worker thread the visit order is a depth-first order (fixed); with four worker
# threads only the set of visited pages, the count and the task_done()/join() accounting are
# printed (sorted); a visited set under a Lock prevents double visits; daemon workers are
# left blocked in get() when main ends.
import queue
import threading

LINKS = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/team", "/"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2", "/tags/python"],
    "/blog/2": ["/tags/python", "/tags/threads"],
    "/shop": ["/cart", "/shop/item-1"],
    "/shop/item-1": ["/cart"],
    "/cart": ["/checkout"],
    "/checkout": [],
    "/team": ["/about"],
    "/tags/python": ["/blog/1"],
    "/tags/threads": ["/tags/python", "/missing"],
}


def crawl(workers):
    frontier = queue.LifoQueue()
    visited = set()
    order = []
    broken = []
    lock = threading.Lock()

    def worker():
        while True:
            page = frontier.get()
            try:
                with lock:
                    if page in visited:
                        continue
                    visited.add(page)
                    order.append(page)
                links = LINKS.get(page)
                if links is None:
                    with lock:
                        broken.append(page)
                    continue
                for link in links:
                    frontier.put(link)
            finally:
                frontier.task_done()

    frontier.put("/")
    for i in range(workers):
        threading.Thread(target=worker, daemon=True, name=f"crawler-{i}").start()
    frontier.join()
    return order, visited, broken, frontier


order, visited, broken, frontier = crawl(1)
print("one worker, depth-first:")
print("  " + " ".join(order))
print("  broken:", broken, "| unfinished:", frontier.unfinished_tasks, "| empty:", frontier.empty())

order4, visited4, broken4, frontier4 = crawl(4)
print("four workers:")
print("  visited:", sorted(visited4))
print("  same pages:", visited4 == visited, "| visits:", len(order4), "| broken:", broken4)
print("  unfinished:", frontier4.unfinished_tasks)
print("threads alive (blocked daemon workers + main):", threading.active_count())
