"""gunicorn's settings for the DCCS site, as production runs it::

    FORWARDED_ALLOW_IPS=127.0.0.1 gunicorn dccs_site.wsgi -c deploy/gunicorn.conf.py \
        --workers 2 --bind 127.0.0.1:8000

Options given on the command line win over these. Every rig in scripts/ (the
benchmark, the scale demo, the resilience drill, tests/ops) starts gunicorn with
this file (scripts/processes/site.py).

Which request headers gunicorn believes. Only from the addresses in
``forwarded_allow_ips`` (the HTTPS proxy in front: ``FORWARDED_ALLOW_IPS``, by
default loopback, where deploy/nginx/ runs it) does gunicorn take the scheme
from ``X-Forwarded-Proto``, and the WSGI variables named in ``forwarder_headers``
from headers of the same name. Out of the box those are ``SCRIPT_NAME`` and
``PATH_INFO``: a client on a trusted address sending ``SCRIPT_NAME: /about``
had ``/about/`` routed as the home page (and kept as ``/about/``'s answer), and
``SCRIPT_NAME: /evil`` got a bare 500 from gunicorn itself. The site is served
from the root of its origin and no proxy of ours sends them, so none is
believed: ``forwarder_headers`` is empty, and ``header_map = "drop"`` drops any
header with an underscore in its name rather than mapping it into the
environment. (The site ignores a ``SCRIPT_NAME`` that still arrives:
site_cache/fast_path.py.)
"""

import os

forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
forwarder_headers = ""
header_map = "drop"
