# requests for Interleave: the requests API (get/post/head/…, Session, Response, exceptions) on
# a simulated web (the native _interleave_net, workers/stdlib/simnet.ts): every URL answers with
# a page generated from it, after a latency and at a bandwidth derived from the host, the URL and
# the run's seed, while the thread waits in I/O with the GIL released. Hosts ending in .invalid,
# .test or .example, or containing "made-up", "nonexistent" or "does-not-exist", do not resolve.
# Nothing leaves the browser. See docs/simulated-world.md.
import json as _json
import datetime as _datetime
import _interleave_net

from . import exceptions
from .exceptions import (RequestException, ConnectionError, HTTPError, Timeout, ConnectTimeout,
                         ReadTimeout, URLRequired, TooManyRedirects, MissingSchema, InvalidSchema,
                         InvalidURL, JSONDecodeError)

__version__ = '2.31.0'

_REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
            304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
            404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout',
            418: "I'm a teapot", 429: 'Too Many Requests', 500: 'Internal Server Error',
            502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'}


class Response:
    def __init__(self):
        self.status_code = None
        self.headers = {}
        self.url = None
        self.encoding = None
        self.reason = None
        self.elapsed = _datetime.timedelta(0)
        self.request = None
        self._content = b''

    def __repr__(self):
        return f'<Response [{self.status_code}]>'

    def __bool__(self):
        return self.ok

    @property
    def content(self):
        return self._content

    @property
    def text(self):
        return self._content.decode(self.encoding or 'utf-8', errors='replace')

    @property
    def ok(self):
        return self.status_code < 400

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except ValueError as e:
            raise JSONDecodeError(*e.args)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        for i in range(0, len(self._content), chunk_size):
            chunk = self._content[i:i + chunk_size]
            yield chunk.decode(self.encoding or 'utf-8') if decode_unicode else chunk

    def raise_for_status(self):
        if 400 <= self.status_code < 500:
            kind = 'Client Error'
        elif 500 <= self.status_code < 600:
            kind = 'Server Error'
        else:
            return
        raise HTTPError(f'{self.status_code} {kind}: {self.reason} for url: {self.url}', response=self)

    def close(self):
        pass


def _split(url):
    if not isinstance(url, str):
        url = str(url)
    scheme, sep, rest = url.partition('://')
    if not sep:
        raise MissingSchema(f"Invalid URL {url!r}: No scheme supplied. Perhaps you meant https://{url}?")
    if scheme.lower() not in ('http', 'https'):
        raise InvalidSchema(f"No connection adapters were found for {url!r}")
    host, slash, path = rest.partition('/')
    host = host.split('@')[-1].split(':')[0]
    if not host:
        raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
    return scheme.lower(), host, '/' + path.split('?')[0].split('#')[0] if slash else '/'


def _with_params(url, params):
    if not params:
        return url
    items = params.items() if hasattr(params, 'items') else params
    query = '&'.join(f'{k}={v}' for k, v in items)
    return url + ('&' if '?' in url else '?') + query


def request(method, url, params=None, timeout=None, **kwargs):
    url = _with_params(url, params)
    scheme, host, path = _split(url)
    if isinstance(timeout, tuple):
        timeout = sum(t for t in timeout if t is not None) if any(t is not None for t in timeout) else None
    result = _interleave_net.fetch(host, path, url, timeout)
    if result[0] == 'unresolved':
        port = 443 if scheme == 'https' else 80
        pool = 'HTTPSConnectionPool' if scheme == 'https' else 'HTTPConnectionPool'
        raise ConnectionError(f"{pool}(host={host!r}, port={port}): Max retries exceeded with url: {path} "
                              f"(Caused by NameResolutionError(\"Failed to resolve '{host}' "
                              f"([Errno -2] Name or service not known)\"))")
    if result[0] == 'timeout':
        raise ReadTimeout(f"HTTPSConnectionPool(host={host!r}, port=443): Read timed out. (read timeout={timeout})")
    status, content_type, body, seconds = result
    r = Response()
    r.status_code = status
    r.reason = _REASONS.get(status, '')
    r.url = url
    r.encoding = 'utf-8'
    r.headers = {'Content-Type': content_type, 'Content-Length': str(len(body))}
    r.elapsed = _datetime.timedelta(seconds=seconds)
    r._content = b'' if method.upper() == 'HEAD' else body
    return r


def get(url, params=None, **kwargs):
    return request('GET', url, params=params, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('POST', url, **kwargs)


def put(url, data=None, **kwargs):
    return request('PUT', url, **kwargs)


def delete(url, **kwargs):
    return request('DELETE', url, **kwargs)


class Session:
    def __init__(self):
        self.headers = {}

    def request(self, method, url, **kwargs):
        return request(method, url, **kwargs)

    def get(self, url, **kwargs):
        return request('GET', url, **kwargs)

    def head(self, url, **kwargs):
        return request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return request('POST', url, **kwargs)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def session():
    return Session()
