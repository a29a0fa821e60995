# Seed 004 (create_hash with md5 + reduce, Python 2), ported to Python 3: print is a function, reduce comes
# from functools, md5 needs bytes (filename.encode()). traverse_dir over /home is replaced by a fixed list of
# file names and the timing prints are dropped; the Pool/ThreadPool runs are excluded.
# Covers: functools.reduce(lambda x, y: x * y, range(1, 300)), hashlib.md5, str.format with CJK text, big ints.
import hashlib
from functools import reduce


def traverse_dir(files):
    for origin_dir, filename in files:
        yield origin_dir + filename


def create_hash(filename):
    digest = hashlib.md5(filename.encode('utf-8')).hexdigest()
    temp = reduce(lambda x, y: x * y, range(1, 300))
    return digest, temp


if __name__ == '__main__':
    files = [('/home/', 'notes.txt'), ('/home/', 'photo.jpg'), ('/home/docs/', 'report.pdf'), ('/home/docs/', '报告.md')]
    file_list = list(traverse_dir(files))
    print('共有 {} 个文件'.format(len(file_list)))
    temp = None
    for filename in file_list:
        digest, temp = create_hash(filename)
        print(filename, digest)
    digits = str(temp)
    print(len(digits), digits[:30], 'trailing zeros:', len(digits) - len(digits.rstrip('0')))
    print(temp == reduce(lambda x, y: x * y, range(1, 300), 1))
    print(reduce(lambda x, y: x * y, range(1, 30)))
