"""JupyterHub for a workshop room or a small class, on one machine (`make hub`).

Every learner logs in with a name and the room's password and gets a JupyterLab server
with the course's environment (this repository's .venv), a home folder holding a copy of
exercises/, nbgrader's Assignments tab (fetch, hand in) through an exchange shared by
everyone, and the rewrite studio at /user/<name>/voila/render/studio-en.ipynb (or -nb).
Instructors (HUB_INSTRUCTORS) are hub admins and get nbgrader's formgrader.

Settings, all from the environment (see hub/README.md):
  HUB_PASSWORD       the room's password for learners (required; 8 characters or more)
  HUB_ADMIN_PASSWORD the instructors' password (required; 32 characters or more,
                     as JupyterHub demands for admin rights)
  HUB_INSTRUCTORS    comma-separated instructor names (default: instructor)
  HUB_IP, HUB_PORT   where the hub listens (default: 0.0.0.0:8000, the room's network)
  HUB_STATE          folder for homes, the exchange and the hub's database
                     (default: hub/state, kept out of git)
  HUB_COURSE         the course folder instructors grade in: nbgrader_config.py, solutions/,
                     exercises/, submitted/, the gradebook (default: this repository)
  HUB_API_PORT, HUB_PROXY_API_PORT  the hub's and the proxy's internal ports on 127.0.0.1
                     (default: 8081, 8001; change them to run two hubs on one machine)

Limits, stated plainly: the servers are started by SimpleLocalProcessSpawner, so every
learner's server runs as the same operating-system user as the hub. The hub keeps
learners out of each other's servers, but code typed into one notebook could read
another learner's files, and anything that user may do. So start the hub from an
ordinary account, not root (learners get no terminal; instructors do). That fits a
workshop of people who trust each other; for a graded class use Zero to JupyterHub
(hub/README.md), where each learner gets a container.
"""

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821 - provided by JupyterHub

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent  # the course's .venv (make hub runs its jupyterhub)
STATE = Path(os.environ.get("HUB_STATE", ROOT / "hub" / "state")).resolve()
COURSE = Path(os.environ.get("HUB_COURSE", ROOT)).resolve()
HOMES = STATE / "home"
EXCHANGE = STATE / "exchange"
for folder in (HOMES, EXCHANGE):
    folder.mkdir(parents=True, exist_ok=True)

INSTRUCTORS = {n.strip() for n in os.environ.get("HUB_INSTRUCTORS", "instructor").split(",")
               if n.strip()}
password = os.environ.get("HUB_PASSWORD", "")
admin_password = os.environ.get("HUB_ADMIN_PASSWORD", "")
if len(password) < 8 or len(admin_password) < 32 or password == admin_password:
    sys.exit("Set HUB_PASSWORD (learners, 8 characters or more) and HUB_ADMIN_PASSWORD "
             "(instructors, 32 or more), e.g.  make hub HUB_PASSWORD=... HUB_ADMIN_PASSWORD=...")

c.JupyterHub.ip = os.environ.get("HUB_IP", "0.0.0.0")
c.JupyterHub.port = int(os.environ.get("HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('HUB_PROXY_API_PORT', '8001')}"
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.command = [
    str(ROOT / "node_modules" / ".bin" / "configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")

# A name and the room's password; instructors log in with theirs and are admins.
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = password
c.SharedPasswordAuthenticator.admin_password = admin_password
c.Authenticator.admin_users = INSTRUCTORS
c.Authenticator.allow_all = True

# Every learner's server: the course's environment, a home of their own, the exchange.
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(HOMES / "{username}")
c.Spawner.cmd = [str(VENV_BIN / "jupyterhub-singleuser")]
# Jupyter refuses root without --allow-root; CI and tests run as root.
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
if os.geteuid() == 0:
    print("WARNING: the hub runs as root, so every learner's notebook code runs as root. "
          "For a real room, start it from an ordinary account.", file=sys.stderr)
c.Spawner.default_url = "/lab"
c.Spawner.environment = {
    # nbgrader calls alembic, and kernels must find the course's python
    "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
    "NBGRADER_EXCHANGE": str(EXCHANGE),
    "HUB_INSTRUCTORS": ",".join(sorted(INSTRUCTORS)),
}
c.Spawner.notebook_dir = str(HOMES / "{username}")
c.Spawner.http_timeout = 60
c.Spawner.start_timeout = 120


def _prepare_home(spawner):
    """A home folder per learner with the exercises and the studio, and an nbgrader config
    that names the learner (all servers run as one OS user) and the shared exchange."""
    import shutil

    name = spawner.user.name
    home = HOMES / name
    home.mkdir(parents=True, exist_ok=True)
    config_dir = home / ".jupyter"
    config_dir.mkdir(exist_ok=True)
    lines = [
        "c = get_config()  # noqa: F821",
        "c.CourseDirectory.course_id = 'talk-with-not-at'",
        f"c.Exchange.root = {str(EXCHANGE)!r}",
        # every server runs as one OS user, so owners cannot tell learners apart
        "c.ExchangeCollect.check_owner = False",
    ]
    if name not in INSTRUCTORS:  # (an instructor's student_id would filter what they collect)
        lines.append(f"c.CourseDirectory.student_id = {name!r}")
        # learners type between quotes; a shell on the hub's machine is not for them
        spawner.args = [*spawner.args, "--ServerApp.terminals_enabled=False"]
    else:
        # The instructor's server opens in the course folder, whose nbgrader_config.py
        # nbgrader reads too: the formgrader grades there, with the kit's settings.
        lines.append(f"c.CourseDirectory.root = {str(COURSE)!r}")
        spawner.notebook_dir = str(COURSE)
    (config_dir / "nbgrader_config.py").write_text("\n".join(lines) + "\n")
    studio = ROOT / "src" / "dialogue_coach" / "widgets" / "notebooks"
    for notebook in studio.glob("studio-*.ipynb"):
        if not (home / notebook.name).exists():
            shutil.copy(notebook, home / notebook.name)
    spawner.environment = {**spawner.environment, "HOME": str(home),
                           "JUPYTER_CONFIG_DIR": str(config_dir),
                           "IPYTHONDIR": str(home / ".ipython")}


c.Spawner.pre_spawn_hook = _prepare_home

# Learners open their own server only; the formgrader lives on the instructors' servers,
# which learners cannot reach. Instructors may open learners' servers to help.
c.JupyterHub.load_roles = [
    {"name": "instructor-access", "scopes": ["admin-ui", "list:users", "access:servers"],
     "users": sorted(INSTRUCTORS)},
]
