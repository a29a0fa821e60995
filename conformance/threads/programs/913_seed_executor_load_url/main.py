# Seed 004 (shared/seeds/004_7632dc97e3d6aa5a.txt, "使用 submit"): ThreadPoolExecutor +
# as_completed over five URLs with load_url(). The seed's code is unchanged; the dead
# websites are replaced by the local stub module requests.py (no network). The seed calls
# requests.get(url).content() although .content is bytes, so every future raises
# (TypeError, or ConnectionError for the made-up domain) and each prints 'raise exception';
# the output does not depend on the completion order. Needs concurrent.futures.
from concurrent.futures import ThreadPoolExecutor,as_completed

import requests

URLS = ['http://www.foxnews.com/',
        'http://www.cnn.com/',
        'http://europe.wsj.com/',
        'http://www.bbc.co.uk/',
        'http://some-made-up-domain.com/']

def load_url(url):
    return requests.get(url).content().decode('utf-8')

if __name__ == '__main__':
    with ThreadPoolExecutor(max_workers=4) as executor:
        future_to_url = {executor.submit(load_url,url):url for url in URLS}
        for future in as_completed(future_to_url):
            url = future_to_url.get(future)
            try:
                data = future.result()
            except Exception as ex:
                print ('raise exception')
            else:
                print ('{url} content is {content}'.format(url=url,content=data))
