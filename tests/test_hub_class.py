"""The workshop hub (hub/jupyterhub_config.py) with a class, over HTTP as real clients.

The hub starts on 127.0.0.1 with the repository's own configuration (only ports and
folders differ). An instructor and two learners log in through the login form; the
instructor releases the rewrite assignment from the formgrader; each learner fetches it
in the Assignments tab's API, fills in the answer through the contents API and submits;
the instructor collects, grades with the kit's pipeline (`python -m dialogue_coach.grading
grade`, as typed in the instructor's terminal) and reads the scores from the formgrader.
A learner gets no access to another learner's server nor to the formgrader.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from fixtures import grading_submissions as F

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
COURSE_ID = "talk-with-not-at"
ASSIGNMENT = "en-2-rewrite"
LEARNER_PASSWORD = "room-password-for-tests"
INSTRUCTOR_PASSWORD = "instructor-password-for-tests-0123456789"
ANSWERS = {"ada": F.GOOD_EN, "ben": F.BROADCAST_EN}

pytestmark = pytest.mark.timeout(600)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_hub(url: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    """The proxy listens before the hub has its route: wait until the hub's API answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the hub exited with {proc.returncode}")
        try:
            if requests.get(f"{url}/hub/api", timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"the hub did not answer at {url} in {seconds} s")


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hub")
    course = tmp / "course"
    course.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", course)
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for folder in ("solutions", "exercises"):
        shutil.copytree(ROOT / folder, course / folder, ignore=ignore)
    port = _free_port()
    env = {**os.environ,
           "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "HUB_STATE": str(tmp / "state"), "HUB_COURSE": str(course),
           "HUB_IP": "127.0.0.1", "HUB_PORT": str(port),
           "HUB_API_PORT": str(_free_port()), "HUB_PROXY_API_PORT": str(_free_port()),
           "HUB_PASSWORD": LEARNER_PASSWORD, "HUB_ADMIN_PASSWORD": INSTRUCTOR_PASSWORD,
           "HUB_INSTRUCTORS": "teacher"}
    log = (tmp / "hub.log").open("w")
    proc = subprocess.Popen([str(VENV_BIN / "jupyterhub"), "-f",
                             str(ROOT / "hub" / "jupyterhub_config.py")],
                            cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        _wait_for_hub(f"http://127.0.0.1:{port}", proc)
        yield {"url": f"http://127.0.0.1:{port}", "course": course, "log": tmp / "hub.log",
               "env": env}
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


class Person:
    """One browser: a cookie jar that logs in through the hub's form."""

    def __init__(self, hub: dict, name: str, password: str):
        self.base, self.name = hub["url"], name
        self.s = requests.Session()
        self.s.get(f"{self.base}/hub/login", timeout=30)
        r = self.s.post(f"{self.base}/hub/login?next=",
                        data={"username": name, "password": password,
                              "_xsrf": self.s.cookies.get("_xsrf", "")}, timeout=30)
        assert r.status_code == 200 and "jupyterhub-session-id" in self.s.cookies, (
            name, r.status_code, r.url)

    def _xsrf(self, path: str) -> dict:
        token = next((c.value for c in self.s.cookies if c.name == "_xsrf"
                      and path.startswith(c.path or "/")
                      and c.path != "/"), None) or self.s.cookies.get("_xsrf", "")
        return {"X-XSRFToken": token}

    def start_server(self, seconds: float = 120) -> None:
        api = f"{self.base}/hub/api/users/{self.name}"
        r = self.s.post(f"{api}/server", headers=self._xsrf("/hub/"), timeout=60)
        assert r.status_code in (201, 202, 400), (self.name, r.status_code, r.text)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            info = self.s.get(api, headers=self._xsrf("/hub/"), timeout=30).json()
            if info.get("servers", {}).get("", {}).get("ready"):
                # the first page visit runs the OAuth handshake with the hub (a cookie)
                r = self.s.get(f"{self.base}/user/{self.name}/lab", timeout=60)
                assert r.status_code == 200, (self.name, r.status_code, r.url)
                r = self.s.get(f"{self.base}/user/{self.name}/api/status", timeout=30)
                assert r.status_code == 200, (self.name, r.status_code, r.url)
                return
            time.sleep(1)
        raise AssertionError(f"{self.name}'s server did not start in {seconds} s")

    def get(self, path: str, **kw):
        return self.s.get(f"{self.base}/user/{self.name}{path}", timeout=120, **kw)

    def post(self, path: str, **kw):
        url = f"/user/{self.name}{path}"
        return self.s.post(f"{self.base}{url}", headers=self._xsrf(url), timeout=300, **kw)

    def put(self, path: str, **kw):
        url = f"/user/{self.name}{path}"
        return self.s.put(f"{self.base}{url}", headers=self._xsrf(url), timeout=120, **kw)


@pytest.fixture(scope="module")
def people(hub):
    teacher = Person(hub, "teacher", INSTRUCTOR_PASSWORD)
    learners = {n: Person(hub, n, LEARNER_PASSWORD) for n in ANSWERS}
    everyone = [teacher, *learners.values()]
    with ThreadPoolExecutor(len(everyone)) as pool:
        list(pool.map(lambda p: p.start_server(), everyone))
    return {"teacher": teacher, **learners}


def _fill(nb: dict, text: str) -> dict:
    for cell in nb["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "answer-rewrite":
            cell["source"] = f'rewrite = """{text}"""'
            return nb
    raise AssertionError("no answer cell in the fetched notebook")


@pytest.fixture(scope="module")
def round_trip(hub, people):
    teacher = people["teacher"]
    for step in ("assign", "release"):
        r = teacher.post(f"/formgrader/api/assignment/{ASSIGNMENT}/{step}")
        assert r.status_code == 200 and r.json()["success"], (step, r.text[-2000:])
    for name, text in ANSWERS.items():
        learner = people[name]
        r = learner.get("/assignments", params={"course_id": COURSE_ID})
        assert r.status_code == 200, r.text
        released = [a["assignment_id"] for a in r.json()["value"] if a["status"] == "released"]
        assert ASSIGNMENT in released, r.json()
        r = learner.post("/assignments/fetch",
                         data={"course_id": COURSE_ID, "assignment_id": ASSIGNMENT})
        assert r.status_code == 200, r.text
        path = f"/api/contents/{ASSIGNMENT}/rewrite.ipynb"
        model = learner.get(path).json()
        assert model["type"] == "notebook", model
        r = learner.put(path, json={"type": "notebook", "format": "json",
                                    "content": _fill(model["content"], text)})
        assert r.status_code == 200, r.text
        r = learner.post("/assignments/submit",
                         data={"course_id": COURSE_ID, "assignment_id": ASSIGNMENT})
        assert r.status_code == 200 and "error" not in r.json(), r.text
    r = teacher.post(f"/formgrader/api/assignment/{ASSIGNMENT}/collect")
    assert r.status_code == 200 and r.json()["success"], r.text[-2000:]
    course = hub["course"]
    assert sorted(p.name for p in (course / "submitted").iterdir()) == sorted(ANSWERS)
    # The instructor grades with the kit's pipeline, in the course folder (a terminal on
    # the instructor's server would run the same command there).
    grade = subprocess.run([sys.executable, "-m", "dialogue_coach.grading", "grade",
                            "--timeout", "10"], cwd=course, env=hub["env"],
                           capture_output=True, text=True, timeout=600)
    assert grade.returncode == 0, grade.stdout[-3000:] + grade.stderr[-3000:]
    r = teacher.get(f"/formgrader/api/submissions/{ASSIGNMENT}")
    assert r.status_code == 200, r.text
    return {"scores": {s["student"]: s["score"] for s in r.json() if s["submitted"]}}


def test_each_learner_hands_in_and_the_instructor_reads_the_scores(round_trip):
    # the same scores the grading tests expect for these answers (tests/fixtures)
    assert round_trip["scores"] == {"ada": 10.0, "ben": 4.0}


def test_a_learner_cannot_open_another_learners_server(people):
    ada = people["ada"]
    r = ada.s.get(f"{ada.base}/user/ben/api/contents", timeout=30, allow_redirects=True)
    assert r.status_code == 403, (r.status_code, r.url)
    r = ada.s.get(f"{ada.base}/user/ben/lab", timeout=30, allow_redirects=True)
    assert r.status_code == 403, (r.status_code, r.url)


def test_a_learner_cannot_open_the_formgrader(people):
    ada = people["ada"]
    r = ada.s.get(f"{ada.base}/user/teacher/formgrader", timeout=30, allow_redirects=True)
    assert r.status_code == 403, (r.status_code, r.url)
    r = ada.s.get(f"{ada.base}/user/teacher/formgrader/api/submissions/{ASSIGNMENT}",
                  timeout=30, allow_redirects=True)
    assert r.status_code == 403, (r.status_code, r.url)


def test_learners_have_the_studio_at_a_link(people):
    r = people["ada"].get("/voila/render/studio-en.ipynb")
    assert r.status_code == 200 and "voila" in r.text.lower(), r.status_code


def test_learners_get_no_terminal_but_the_instructor_does(people):
    r = people["ada"].post("/api/terminals")
    assert r.status_code == 404, r.status_code
    r = people["teacher"].post("/api/terminals")
    assert r.status_code == 200, (r.status_code, r.text)
    people["teacher"].s.delete(
        f"{people['teacher'].base}/user/teacher/api/terminals/{r.json()['name']}",
        headers=people["teacher"]._xsrf("/user/teacher/"), timeout=30)
