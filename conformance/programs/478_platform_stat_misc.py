# Covers: platform facts (system, python_version and its tuple, implementation, machine, uname fields), the stat module helpers (S_ISDIR/S_ISREG/S_IMODE/filemode) on files the program creates, os.stat_result fields and indexing, and io/os constants.
import os
import platform
import stat
import io

print(platform.system(), platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.machine() in ("x86_64", "aarch64", "arm64", "AMD64"), isinstance(platform.node(), str), platform.uname().system, len(platform.uname()))
print(platform.system() == os.uname().sysname if hasattr(os, "uname") else True)
with open("f.txt", "w") as f:
    f.write("12345")
os.mkdir("d")
st = os.stat("f.txt")
print(st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat("d").st_mode), stat.S_ISLNK(st.st_mode))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o100755), stat.S_IMODE(0o100644) == 0o644, stat.S_IFMT(0o40755) == stat.S_IFDIR)
print(oct(stat.S_IRUSR | stat.S_IWUSR), stat.S_IXOTH, type(st.st_mtime).__name__, st.st_mtime > 0, isinstance(st, tuple), len(tuple(st)))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.access("f.txt", os.F_OK), os.access("nope", os.F_OK))
