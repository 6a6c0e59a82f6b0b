"""One PeerDesk per data folder: the lock, the question to the running one,
and two real app processes on one folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from peerdesk.ui.single_instance import (
    InstanceLock,
    InstanceServer,
    ask_running_instance_to_raise,
    first_or_forward,
)


def test_the_first_start_takes_the_lock_and_a_second_is_sent_forward(qtbot, data_dir):
    data_dir.ensure()
    first = first_or_forward(data_dir)
    assert first is not None and data_dir.instance.exists()
    server = InstanceServer(data_dir)
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=5_000):
            assert first_or_forward(data_dir) is None
    finally:
        server.close()
        first.release()
    assert not data_dir.instance.exists()
    assert not ask_running_instance_to_raise(data_dir, timeout_ms=200)


def test_a_holder_that_does_not_answer_does_not_keep_the_app_out(data_dir):
    # Another PeerDesk holds the lock but does not listen (hung, say): the
    # start goes on after asking for a while; the vault's own lock still
    # allows one writer only.
    data_dir.ensure()
    holder = InstanceLock(data_dir)
    assert holder.acquire()
    try:
        began = time.monotonic()
        other = first_or_forward(data_dir, timeout_ms=300)
        assert other is not None and not other.acquire()
        assert 0.25 <= time.monotonic() - began < 5
    finally:
        holder.release()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_lock_left_by_a_killed_app_is_taken_over(data_dir):
    data_dir.ensure()
    code = (
        "import sys, time; from peerdesk.paths import DataDir; "
        "from peerdesk.ui.single_instance import InstanceLock; "
        "lock = InstanceLock(DataDir.resolve(sys.argv[1])); "
        "print(lock.acquire(), flush=True); time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir.root)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "True"
        assert not InstanceLock(data_dir).acquire()  # held by a live process
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert data_dir.instance.exists()  # left behind by the kill
    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()


def _start_app(data_dir) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "peerdesk", "--data-dir", str(data_dir.root), "--lang", "en"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_app_on_the_same_folder_asks_the_first_and_leaves(vault, data_dir):
    vault.close()  # the running app shows its unlock window; no one holds the vault
    first = _start_app(data_dir)
    try:
        deadline = time.monotonic() + 60
        while not data_dir.instance.exists():
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() < deadline, "the first app never took its lock"
            time.sleep(0.05)
        second = _start_app(data_dir)  # may come while the first is not listening yet
        try:
            assert second.wait(timeout=60) == 0
        finally:
            if second.poll() is None:
                second.kill()
        assert first.poll() is None  # brought forward, still running
    finally:
        first.terminate()
        first.wait(timeout=30)
    # Ended by a signal, the app leaves its lock file; the next start takes it over.
    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()
