"""Starting the site as production runs it, and stopping it again: what every ops script shares.

The resilience drill, the scale demo, the benchmark and the tests in tests/ops
start the site the same way, and import it all from here::

    from scripts.processes import Rig, gunicorn, migrate_and_seed, site_environment, ...

    with Rig("dccs-drill-") as rig:  # a temporary folder; stops all it started on the way out
        env = site_environment(rig.folder, database_url, label="drill")
        migrate_and_seed(env, rig.folder / "manage.log")
        site = rig.start(gunicorn("site", rig.folder, env, workers=2))
        wait_until_healthy(site)
        say(f"the site answers on {HOST}:{site.port}")

A script's ``main`` hands its work to ``Rig.run``, which turns a ``SetupError``
into exit status 2 and Ctrl-C, SIGTERM or SIGHUP into 130. Every process runs
in a process group of its own: Ctrl-C in the terminal reaches only the script,
which stops them, last started first, whatever happened. Ports come from the
kernel (``free_port``), so that parallel runs and test workers never collide.

- ``groups.py``: running commands, process groups, the rig, ports, errors, ``say``;
- ``site.py``: the site's production environment, its cookie names, its preparation,
  gunicorn, health;
- ``chromium.py``: the browser's launch, for the benchmark and the browser tests;
- ``apt.py``: Debian's packages a rig needs (nginx, wrk), installed without their services.
"""

from scripts.processes.apt import apt_install
from scripts.processes.chromium import CHROMIUM, CHROMIUM_FLAGS, chromium_launch_args
from scripts.processes.groups import (
    HOST,
    ROOT,
    Interrupted,
    ProcessGroup,
    Rig,
    SetupError,
    free_port,
    port_is_free,
    run,
    say,
    tail,
)
from scripts.processes.site import (
    THROUGH_THE_PROXY,
    Answer,
    SiteCookies,
    get,
    gunicorn,
    migrate_and_seed,
    site_cookies,
    site_environment,
    start_collectstatic,
    status_of,
    wait_until_healthy,
)

__all__ = [
    "CHROMIUM",
    "CHROMIUM_FLAGS",
    "HOST",
    "ROOT",
    "THROUGH_THE_PROXY",
    "Answer",
    "Interrupted",
    "ProcessGroup",
    "Rig",
    "SetupError",
    "SiteCookies",
    "apt_install",
    "chromium_launch_args",
    "free_port",
    "get",
    "gunicorn",
    "migrate_and_seed",
    "port_is_free",
    "run",
    "say",
    "site_cookies",
    "site_environment",
    "start_collectstatic",
    "status_of",
    "tail",
    "wait_until_healthy",
]
