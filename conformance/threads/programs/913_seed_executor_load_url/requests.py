# A stub of the third-party "requests" package for the seed program (no network access):
# get() waits a little, like a download, and returns a response whose .content is bytes.
import time


class ConnectionError(OSError):
    pass


class Response:
    def __init__(self, url, content):
        self.url = url
        self.status_code = 200
        self.content = content


_DELAYS = {
    'http://www.foxnews.com/': 0.05,
    'http://www.cnn.com/': 0.1,
    'http://europe.wsj.com/': 0.15,
    'http://www.bbc.co.uk/': 0.2,
}


def get(url):
    if url not in _DELAYS:
        raise ConnectionError(f"Failed to resolve {url!r}")
    time.sleep(_DELAYS[url])
    return Response(url, ('<html><title>%s</title></html>' % url).encode('utf-8'))
