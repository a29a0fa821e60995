# multiprocessing.log_to_stderr(INFO): the package's own log lines ([LEVEL/ProcessName] message)
# from the parent and from a child that is joined before the parent logs again.
import logging
import multiprocessing as mp
import sys

def work():
    mp.get_logger().info("hello from the child")

if __name__ == "__main__":
    logger = mp.log_to_stderr(logging.INFO)
    print(logger.name, logging.getLevelName(logger.level), len(logger.handlers))
    sys.stdout.flush()
    p = mp.Process(target=work)
    p.start()
    p.join()
    logger.warning("parent done, exitcode %s", p.exitcode)
