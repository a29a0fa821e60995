# The start methods of Linux: fork (the 3.11 default), spawn and forkserver; set_start_method
# refuses a second call unless force=True.
import multiprocessing as mp

if __name__ == "__main__":
    print(mp.get_all_start_methods())
    print(mp.get_start_method(allow_none=True), mp.get_start_method())
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("spawn", force=True)
    print(mp.get_start_method())
    print(type(mp.get_context("forkserver")).__name__)
