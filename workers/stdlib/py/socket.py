# socket for Interleave: connected socket pairs inside the simulated machine (socket.socketpair(),
# what asyncio's event loop uses to wake itself) and UNIX-domain stream sockets bound to a path
# (bind/listen/accept/connect: multiprocessing's Manager), on the native _interleave_socket.
# Networking (AF_INET sockets, getaddrinfo) is not simulated yet and raises NotImplementedError
# naming what is missing. Constants have Linux's values.
from enum import IntEnum as _IntEnum
import _interleave_socket as _k


class AddressFamily(_IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(_IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3


globals().update(AddressFamily.__members__)
globals().update(SocketKind.__members__)
AF_LOCAL = AF_UNIX
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_ERROR = 4
SO_BROADCAST = 6
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
AI_PASSIVE = 1
AI_NUMERICHOST = 4
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


def _not_simulated(what):
    raise NotImplementedError(f'{what}: networking is not simulated by Interleave (socket.socketpair() is)')


class socket:
    """A socket of the simulated machine: an end of socketpair() or a UNIX-domain stream socket."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family not in (-1, AF_UNIX) or type not in (-1, SOCK_STREAM):
                _not_simulated('socket.socket(%s, %s)' % (AddressFamily(family).name if family != -1 else 'AF_INET',
                                                           SocketKind(type).name if type != -1 else 'SOCK_STREAM'))
            fileno = _k.unix_socket()
        self._fd = fileno
        self.family = AddressFamily(AF_UNIX if family == -1 else family)
        self.type = SocketKind(SOCK_STREAM if type == -1 else type)
        self.proto = 0 if proto == -1 else proto
        self._timeout = None

    def fileno(self):
        return self._fd

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def send(self, data, flags=0):
        self._check()
        return _k.send(self._fd, data)

    def sendall(self, data, flags=0):
        self._check()
        _k.send(self._fd, data)

    def recv(self, bufsize, flags=0):
        self._check()
        return _k.recv(self._fd, bufsize, self._timeout != 0.0)

    def close(self):
        if self._fd != -1:
            _k.close(self._fd)
            self._fd = -1

    def detach(self):
        fd, self._fd = self._fd, -1
        return fd

    def shutdown(self, how):
        self._check()

    def getsockname(self):
        self._check()
        return _k.getsockname(self._fd)

    def getpeername(self):
        return ''

    def setsockopt(self, *args):
        self._check()

    def getsockopt(self, level, optname, buflen=None):
        self._check()
        return 0

    def connect(self, address):
        self._check()
        _k.connect(self._fd, _path(address))

    def bind(self, address):
        self._check()
        _k.bind(self._fd, _path(address))

    def listen(self, backlog=SOMAXCONN):
        self._check()
        _k.listen(self._fd, backlog)

    def accept(self):
        self._check()
        fd = _k.accept(self._fd)
        return socket(self.family, self.type, self.proto, fd), ''

    def _check(self):
        if self._fd == -1:
            raise OSError(9, 'Bad file descriptor')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        closed = ' [closed]' if self._fd == -1 else ''
        return (f'<socket.socket{closed} fd={self._fd}, family={self.family}, '
                f'type={self.type}, proto={self.proto}>')


SocketType = socket


def _path(address):
    if isinstance(address, (bytes, bytearray)):
        address = bytes(address).decode()
    if not isinstance(address, str):
        raise TypeError('a UNIX-domain address must be str or bytes, not %s' % type(address).__name__)
    return address


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _k.socketpair()
    return socket(family, type, proto, a), socket(family, type, proto, b)


def getaddrinfo(*args, **kwargs):
    _not_simulated('socket.getaddrinfo()')


def getnameinfo(*args, **kwargs):
    _not_simulated('socket.getnameinfo()')


def create_connection(*args, **kwargs):
    _not_simulated('socket.create_connection()')


def create_server(*args, **kwargs):
    _not_simulated('socket.create_server()')


def gethostname():
    return 'interleave'


def inet_pton(family, address):
    _not_simulated('socket.inet_pton()')
