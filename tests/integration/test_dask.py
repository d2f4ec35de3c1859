"""Stories checked on a Dask cluster (``-j dask://HOST:PORT``): the same report as ``-j 1``, even when a worker dies."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys

import pytest
from distributed import Client, LocalCluster

from ..conftest import ROOT
from .test_parallel_cache import ARTICLE

#: A rule that kills the Dask worker process it first runs on (once per cluster: a marker file remembers).
KILLER = '''
import os, signal
from pathlib import Path
import factcheck

@factcheck.rule(code="KILL001")
def check_kills_its_worker_once(fact):
    try:
        from distributed import get_worker
        get_worker()
    except (ImportError, ValueError):
        return  # not on a Dask worker: the -j 1 run
    marker = Path(__file__).with_name("killed")
    if not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
'''


#: A rule that kills every Dask worker that checks the story "alpha".
KILL_ALPHA = '''
import os, signal
import factcheck

@factcheck.rule(code="KILL002")
def check_kills_the_workers_of_alpha(fact, story):
    if story.id.endswith("alpha"):
        os.kill(os.getpid(), signal.SIGKILL)
'''


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two worker processes on 127.0.0.1, as ``dask scheduler`` and ``dask worker`` would start them."""
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0", silence_logs=40)
    yield cluster
    cluster.close()


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for seed in sorted((ROOT / "corpus").glob("*.txt")):
        shutil.copyfile(seed, root / seed.name)
    for index, name in enumerate(["alpha", "beta", "gamma", "delta", "epsilon"]):
        story = root / name
        story.mkdir()
        story.joinpath("a.txt").write_text(ARTICLE.format(month=index % 3 + 1, name=name, amount=2 + index, jobs=1000), encoding="utf-8")
        story.joinpath("b.txt").write_text(ARTICLE.format(month=index % 3 + 1, name=name, amount=2 + index, jobs=1500 + index), encoding="utf-8")
    return root


def test_the_same_report_on_a_dask_cluster_as_on_one_core(run, corpus, cluster) -> None:
    port = cluster.scheduler_address.rsplit(":", 1)[1]
    one = run("--no-cache", "--format", "json", corpus)
    on_dask = run("--no-cache", "-j", f"dask://127.0.0.1:{port}", "--format", "json", corpus)
    assert on_dask.status == one.status == 1
    assert on_dask.out == one.out
    assert len(one.json()["stories"]) == 6


def test_a_worker_killed_mid_run_loses_nothing(run, corpus, cluster, write) -> None:
    rules = write("killer/killer.py", KILLER).parent
    port = cluster.scheduler_address.rsplit(":", 1)[1]
    one = run("--no-cache", "--rules", rules, "--format", "json", corpus)
    on_dask = run("--no-cache", "--rules", rules, "-j", f"dask://127.0.0.1:{port}", "--format", "json", corpus)
    assert (rules / "killed").exists(), "no worker was killed: the test proves nothing"
    assert on_dask.out == one.out
    assert on_dask.status == 1


def test_a_story_that_kills_every_worker_it_is_given_to_is_reported_and_the_run_goes_on(run, corpus, write) -> None:
    import dask

    rules = write("killer/killer.py", KILL_ALPHA).parent
    # One story per worker at a time (as -j dask sets up, and docs/scale.md advises): a worker's death is its own story's.
    # Dask gives up on a task at its first worker's death (allowed-failures 0): factcheck's own resubmissions are tested,
    # with three deaths, not six.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0", silence_logs=50)
    try:
        result = run("--no-cache", "--rules", rules, "-j", f"dask://{cluster.scheduler_address.removeprefix('tcp://')}", "--format", "json", corpus)
    finally:
        cluster.close()
    assert result.status == 3
    doc = result.json()
    assert [e["path"].rsplit("/", 1)[-1] for e in doc["errors"]] == ["alpha"], doc["errors"]
    assert "not checked: it failed on the Dask cluster 3 times (KilledWorker" in doc["errors"][0]["message"]
    assert doc["summary"]["rule_errors"] == 0
    assert len(doc["stories"]) == 6 and any(f["code"] == "FC103" and f["story"].endswith("beta") for f in doc["findings"])


#: A rule that shuts its Dask worker down, nanny included, so that the cluster is left with no worker at all.
CLOSE_WORKER = '''
import time
import factcheck

@factcheck.rule(code="SHUT001")
def check_closes_its_worker(story):
    try:
        from distributed import get_worker
        worker = get_worker()
    except (ImportError, ValueError):
        return
    worker.loop.add_callback(worker.close, nanny=True)
    time.sleep(2)
'''


def test_a_cluster_left_without_workers_reports_the_stories_it_did_not_check(run, corpus, monkeypatch, write) -> None:
    rules = write("closer/closer.py", CLOSE_WORKER).parent
    monkeypatch.setattr("factcheck._dask.WORKERLESS_TIMEOUT", 2)
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0", silence_logs=50)
    try:
        result = run("--no-cache", "--rules", rules, "-j", f"dask://{cluster.scheduler_address.removeprefix('tcp://')}", "--format", "json", corpus)
    finally:
        cluster.close()
    assert result.status == 3
    doc = result.json()
    assert len(doc["errors"]) == 6, doc["errors"]
    assert all("not checked: the Dask cluster had no worker for 2 s" in e["message"] for e in doc["errors"])


#: A rule that kills the Dask scheduler whose process id is in the file "scheduler.pid" beside it.
KILL_SCHEDULER = '''
import os, signal, time
from pathlib import Path
import factcheck

@factcheck.rule(code="SHUT002")
def check_kills_the_scheduler(story):
    pid = Path(__file__).with_name("scheduler.pid")
    if pid.exists():
        os.kill(int(pid.read_text()), signal.SIGKILL)
        time.sleep(2)
'''


def test_a_scheduler_lost_mid_run_is_reported_and_the_run_ends(run, corpus, monkeypatch, write) -> None:
    rules = write("killer/killer.py", KILL_SCHEDULER).parent
    monkeypatch.setattr("factcheck._dask.CONNECT_TIMEOUT", 3)
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard"], **quiet)
    try:
        with Client(address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(1, timeout=30)
        (rules / "scheduler.pid").write_text(str(scheduler.pid), encoding="utf-8")
        result = run("--no-cache", "--rules", rules, "-j", f"dask://127.0.0.1:{port}", "--format", "json", corpus)
    finally:
        for process in (worker, scheduler):
            process.kill()
            process.wait()
    assert scheduler.returncode == -9, "the scheduler was not killed: the test proves nothing"
    assert result.status == 3
    doc = result.json()
    assert len(doc["errors"]) == 6, doc["errors"]
    assert all("not checked: " in e["message"] for e in doc["errors"])
    assert any("the connection to the Dask scheduler was lost" in e["message"] for e in doc["errors"])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_scheduler_is_a_usage_error(run, corpus, monkeypatch) -> None:
    monkeypatch.setattr("factcheck._dask.CONNECT_TIMEOUT", 2)
    result = run("--no-cache", "-j", "dask://127.0.0.1:9", "--format", "json", corpus)
    assert result.status == 4
    assert "cannot reach a Dask scheduler" in result.err


@pytest.mark.parametrize("jobs", ["dask://", "dask://:8786", "dask://host"])
def test_a_malformed_scheduler_address_is_a_usage_error(run, corpus, jobs) -> None:
    result = run("-j", jobs, corpus)
    assert result.status == 4 and "dask://HOST:PORT" in result.err


def test_dask_alone_starts_a_local_cluster_for_the_run(run, corpus) -> None:
    one = run("--no-cache", "--format", "json", corpus)
    assert run("--no-cache", "-j", "dask", "--format", "json", corpus).out == one.out


#: A rule that never returns on the story "gamma", swallowing ordinary exceptions.
HANG_GAMMA = '''
import factcheck

@factcheck.rule(code="HANG001")
def check_hangs_on_gamma(story):
    while story.id.endswith("gamma"):
        try:
            sum(range(1000))
        except Exception:
            pass
'''


def test_a_hanging_rule_is_stopped_on_a_dask_worker_thread(run, corpus, cluster, write) -> None:
    rules = write("hang/hang.py", HANG_GAMMA).parent
    port = cluster.scheduler_address.rsplit(":", 1)[1]
    result = run("--no-cache", "--rules", rules, "--time-limit", "0.5", "-j", f"dask://127.0.0.1:{port}", "--format", "json", corpus)
    assert result.status == 3
    doc = result.json()
    assert doc["summary"]["rule_errors"] == 1 and len(doc["stories"]) == 6
    assert any(f["code"] == "FC103" and f["story"].endswith("beta") for f in doc["findings"])
