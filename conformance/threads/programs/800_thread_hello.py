# Covers: the smallest threaded program: start a thread, join it.
import threading

threading.Thread(target=print, args=("hello from a thread",)).start()
