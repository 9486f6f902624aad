"""Run each learner's kernel inside bubblewrap, so a notebook cannot touch the course.

nbgrader runs learners' code in an ordinary kernel: nothing stops a cell from deleting
the gradebook, reading another learner's submission or the masters with their hidden
tests. :class:`SandboxKernelManager` starts the same kernel under ``bwrap``:

- the whole file system is mounted read-only, with no capabilities (so it cannot be
  remounted), in its own PID, IPC and UTS namespaces;
- the course's private folders (gradebook, submitted, autograded, feedback, masters,
  reports) are replaced by empty tmpfs mounts, and so is the Jupyter runtime folder
  (other kernels' connection keys) except for this kernel's own connection file;
- the kernel works in a fresh scratch folder holding a copy of the assignment's data
  files (never the notebook, which carries the hidden tests during autograding); that
  folder is the only writable place and is deleted when the kernel shuts down.

Where bubblewrap is missing or cannot run (macOS, some containers), the kernel starts
unsandboxed with a loud warning, unless ``require = True``. Scores never depend on the
kernel anyway (see ``nbgrader_ext.TrustedChecks``); the sandbox protects the files.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Bool, Integer, List, Unicode

log = logging.getLogger(__name__)

#: Course folders a learner's kernel must not see (relative to the course root).
PRIVATE_FOLDERS = [
    ".nbgrader",
    "submitted",
    "autograded",
    "feedback",
    "solutions",
    "source",
    "reports",
    "benchmarks",
    "tests",
]

#: Data files copied into the scratch folder: small, ordinary files only.
_MAX_COPY_BYTES = 20 * 1024 * 1024


@functools.cache
def bwrap_path() -> str | None:
    """The bwrap binary if it exists and can build the sandbox here, else None."""
    exe = shutil.which("bwrap")
    if exe is None:
        return None
    try:
        probe = subprocess.run(
            [exe, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
             "--unshare-pid", "--unshare-ipc", "--cap-drop", "ALL", "--die-with-parent",
             "true"],
            capture_output=True, timeout=20, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return exe if probe.returncode == 0 else None


def sandbox_available() -> bool:
    return bwrap_path() is not None


def _is_within(path: Path, parent: Path) -> bool:
    try:
        path.relative_to(parent)
    except ValueError:
        return False
    return True


@functools.cache
def _warm_matplotlib_cache() -> list[Path]:
    """Font cache files, so each sandboxed kernel does not rebuild them (about a second)."""
    try:
        import matplotlib
        import matplotlib.font_manager  # noqa: F401  (builds the cache if missing)
    except Exception:  # matplotlib is optional for the engine
        return []
    cache = Path(matplotlib.get_cachedir())
    return sorted(cache.glob("fontlist-*.json"))


def _copy_data_files(src: Path, dest: Path) -> None:
    """Copy the assignment's data files (not notebooks, not links) into the scratch folder."""
    budget = _MAX_COPY_BYTES
    if not src.is_dir():
        return
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if any(part.startswith(".") for part in rel.parts) or path.suffix == ".ipynb":
            continue
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        if size > budget:
            continue
        budget -= size
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def sandbox_base() -> Path:
    """The folder holding every sandboxed kernel's scratch folder and connection file."""
    base = Path(tempfile.gettempdir()) / f"dialogue-coach-sandbox-{os.getuid()}"
    base.mkdir(mode=0o700, exist_ok=True)
    return base


def _runtime_dirs() -> list[Path]:
    """Where Jupyter keeps connection files (the instructor's own kernels among them)."""
    try:
        from jupyter_core.paths import jupyter_runtime_dir

        return [Path(jupyter_runtime_dir()).resolve()]
    except Exception:
        return []


def sandbox_command(
    cmd: list[str],
    *,
    bwrap: str,
    scratch: Path,
    course_root: Path,
    hidden: list[str],
    connection_file: str | None,
    memory_mb: int = 0,
    file_mb: int = 0,
) -> list[str]:
    """The bwrap command line that runs *cmd* in the sandbox described above."""
    # Interrupting a cell sends SIGINT to the whole process group. bwrap itself would die
    # of it (and take the kernel with it), so it starts with SIGINT ignored; ipykernel
    # installs its own handler while a cell runs, so the kernel is still interrupted.
    # Limits (0 = none): address space, so a runaway allocation fails inside the kernel
    # instead of exhausting the grader's machine, and the size of any file it writes.
    limits = ""
    if memory_mb:
        limits += f"ulimit -v {int(memory_mb) * 1024} 2>/dev/null; "
    if file_mb:
        limits += f"ulimit -f {int(file_mb) * 1024} 2>/dev/null; "
    argv = [
        "/bin/sh", "-c", limits + 'trap "" INT; exec "$@"', "sh",
        bwrap,
        "--ro-bind", "/", "/",
        "--dev", "/dev",
        "--proc", "/proc",
        "--unshare-pid", "--unshare-ipc", "--unshare-uts",
        "--cap-drop", "ALL",
        "--die-with-parent",
    ]
    keep = [scratch, Path(sys.prefix).resolve(), Path(sys.executable).resolve().parent]
    for name in hidden:
        folder = (course_root / name)
        if folder.is_dir() and not any(_is_within(k, folder.resolve()) for k in keep[1:]):
            argv += ["--tmpfs", str(folder.resolve())]
    # Other kernels' connection files (other learners' kernels, the instructor's own
    # JupyterLab kernels) hold the keys to run code in them: hide them all.
    private = [sandbox_base().resolve(), *_runtime_dirs()]
    for folder in private:
        needed = [Path(sys.prefix).resolve(), course_root]
        if folder.is_dir() and not any(_is_within(k, folder) for k in needed):
            argv += ["--tmpfs", str(folder)]
    if connection_file:
        conn = Path(connection_file).resolve()
        argv += ["--ro-bind", str(conn), str(conn)]
    argv += [
        "--bind", str(scratch), str(scratch),
        "--chdir", str(scratch),
        # ipykernel polls its parent by PID; in the new PID namespace its parent is PID 1,
        # which it reads as "parent gone". --die-with-parent does that job instead.
        "--unsetenv", "JPY_PARENT_PID",
        "--setenv", "HOME", str(scratch),
        "--setenv", "TMPDIR", str(scratch),
        "--setenv", "IPYTHONDIR", str(scratch / ".ipython"),
        "--setenv", "MPLCONFIGDIR", str(scratch / ".matplotlib"),
        "--",
    ]
    return argv + cmd


class SandboxKernelManager(AsyncKernelManager):
    """An AsyncKernelManager whose kernels run in a bubblewrap sandbox (see module doc)."""

    course_root = Unicode(
        "", help="The course folder whose private parts the kernel must not see (default: cwd)."
    ).tag(config=True)
    hidden_folders = List(
        Unicode(), default_value=PRIVATE_FOLDERS,
        help="Folders under the course root hidden from the kernel.",
    ).tag(config=True)
    require = Bool(
        False, help="Refuse to start a kernel when bubblewrap cannot run (instead of warning)."
    ).tag(config=True)
    enabled = Bool(True, help="Set to False to run kernels without the sandbox.").tag(config=True)
    memory_limit_mb = Integer(
        4096, help="Address-space limit of a sandboxed kernel in MB (0: no limit)."
    ).tag(config=True)
    file_limit_mb = Integer(
        200, help="Largest file a sandboxed kernel may write, in MB (0: no limit)."
    ).tag(config=True)

    _kernel_dir: Path | None = None

    async def _async_pre_start_kernel(self, **kw):
        if self.enabled and bwrap_path() is not None:
            if self._kernel_dir is not None:  # a restart: start from a clean folder
                remove_kernel_folder(self._kernel_dir)
            self._kernel_dir = _new_kernel_folder()
            self.connection_file = str(self._kernel_dir / "connection.json")
            self._connection_file_written = False
        return await super()._async_pre_start_kernel(**kw)

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        cmd = super().format_kernel_cmd(extra_arguments)
        if not self.enabled:
            return cmd
        bwrap = bwrap_path()
        if bwrap is None:
            message = (
                "bubblewrap (bwrap) is not available: learners' notebooks run WITHOUT a "
                "sandbox and could change files in the course folder. Install the "
                "'bubblewrap' package to protect the course."
            )
            if self.require:
                raise RuntimeError(message)
            warnings.warn(message, RuntimeWarning, stacklevel=2)
            return cmd
        launch = self._launch_args or {}
        workdir = Path(launch.get("cwd") or os.getcwd())
        if self._kernel_dir is None:
            self._kernel_dir = _new_kernel_folder()
        scratch = self._kernel_dir / "work"
        scratch.mkdir()
        (scratch / ".ipython").mkdir()
        mpl = scratch / ".matplotlib"
        mpl.mkdir()
        for cache_file in _warm_matplotlib_cache():
            shutil.copyfile(cache_file, mpl / cache_file.name)
        _copy_data_files(workdir, scratch)
        root = Path(self.course_root or os.getcwd()).resolve()
        return sandbox_command(
            cmd,
            bwrap=bwrap,
            scratch=scratch,
            course_root=root,
            hidden=list(self.hidden_folders),
            connection_file=self.connection_file,
            memory_mb=self.memory_limit_mb,
            file_mb=self.file_limit_mb,
        )

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if self._kernel_dir is not None and not restart:
            remove_kernel_folder(self._kernel_dir)
            self._kernel_dir = None


#: Scratch folders of this process's kernels that have not been removed yet.
_open_folders: set[Path] = set()


def _new_kernel_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="kernel-", dir=sandbox_base()))
    _open_folders.add(folder)
    return folder


def remove_kernel_folder(folder: Path, attempts: int = 10) -> None:
    """Remove a kernel's scratch folder, trying again for a moment: a kernel that was just
    killed (bwrap and its children die a few milliseconds after the kernel manager lets
    go) can still be writing its history or caches there, and one rmtree then leaves the
    folder behind."""
    for attempt in range(attempts):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            _open_folders.discard(folder)
            return
        time.sleep(0.05 * (attempt + 1))
    log.warning("could not remove the kernel's scratch folder %s", folder)


def remove_leftover_kernel_folders() -> None:
    """Remove the folders of this process's kernels whose clean-up never ran (a kernel
    killed on a timeout can skip it). Call it only when none of them is running."""
    for folder in list(_open_folders):
        remove_kernel_folder(folder)
