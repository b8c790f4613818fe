"""A Ray cluster of separate ``ray start`` processes on this machine: a head and worker nodes.

For trying the multi-node path without machines (the node-failure test, the scaling script):
each node is its own ``ray start --block`` process in its own process group, with its own temp
dir and ports, so one node can be killed (raylet and workers at once) while the others run on.
Token authentication is off on it (Ray reads a connecting driver's mode once, when ``ray`` is
imported, so the driver may hold either); do not use it for anything but this machine.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_ports(n: int) -> list[int]:
    """``n`` TCP ports free right now."""
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


class Node:
    """One ``ray start --block`` process in its own process group (raylet and workers too)."""

    def __init__(self, args: list[str], temp_dir: Path, env: dict[str, str]) -> None:
        ray_bin = str(Path(sys.executable).with_name("ray"))
        a, b, c, d, e, f = free_ports(6)
        self.proc = subprocess.Popen(
            [
                ray_bin,
                "start",
                "--block",
                f"--temp-dir={temp_dir}",
                "--disable-usage-stats",
                "--object-store-memory=200000000",
                f"--node-manager-port={a}",
                f"--object-manager-port={b}",
                f"--dashboard-agent-listen-port={c}",
                f"--dashboard-agent-grpc-port={d}",
                f"--metrics-export-port={e}",
                f"--runtime-env-agent-port={f}",
                *args,
            ],
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill(self) -> None:
        """SIGKILL the whole process group: ``ray start``, the raylet and its workers."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the group's other processes die asynchronously
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


class LocalCluster:
    """A head node and ``workers`` worker nodes; ``address`` is what drivers connect to."""

    def __init__(
        self, head_cpus: int, worker_cpus: list[int], env: dict[str, str] | None = None
    ) -> None:
        import ray

        self.root = Path(tempfile.mkdtemp(prefix="ti-rc-"))  # short: socket paths are limited
        self.env = {
            **os.environ,
            "RAY_USAGE_STATS_ENABLED": "0",
            "RAY_AUTH_MODE": "disabled",
            **(env or {}),
        }
        (port,) = free_ports(1)
        self.address = f"{ray.util.get_node_ip_address()}:{port}"
        self.nodes: list[Node] = []
        try:
            head = [
                "--head",
                f"--port={port}",
                f"--num-cpus={head_cpus}",
                "--include-dashboard=false",
            ]
            self.nodes.append(Node(head, self.root / "h", self.env))
            self.wait_for_nodes(1)
            for k, cpus in enumerate(worker_cpus):
                self.nodes.append(
                    Node(
                        [f"--address={self.address}", f"--num-cpus={cpus}"],
                        self.root / f"w{k}",
                        self.env,
                    )
                )
            self.wait_for_nodes(1 + len(worker_cpus))
        except BaseException:
            self.close()
            raise

    @property
    def head(self) -> Node:
        """The head node."""
        return self.nodes[0]

    @property
    def workers(self) -> list[Node]:
        """The worker nodes, in start order."""
        return self.nodes[1:]

    def wait_for_nodes(self, n: int, timeout: float = 180) -> None:
        """Until ``n`` nodes are alive (asked from a child process: this one stays unconnected)."""
        code = (
            "import ray, sys; ray.init(address=sys.argv[1], log_to_driver=False); "
            "print(sum(1 for x in ray.nodes() if x['Alive']))"
        )
        deadline = time.monotonic() + timeout
        host, port = self.address.rsplit(":", 1)
        while time.monotonic() < deadline:  # the head's port first (a probe too early hangs)
            with contextlib.suppress(OSError), socket.create_connection((host, int(port)), 2):
                break
            time.sleep(1)
        while time.monotonic() < deadline:
            with contextlib.suppress(subprocess.TimeoutExpired):
                res = subprocess.run(
                    [sys.executable, "-c", code, self.address],
                    env=self.env,
                    capture_output=True,
                    text=True,
                    timeout=45,
                )
                if res.returncode == 0 and res.stdout.strip().splitlines()[-1:] == [str(n)]:
                    return
            time.sleep(2)
        raise TimeoutError(f"the cluster at {self.address} did not reach {n} nodes")

    def close(self) -> None:
        """Kill every node (workers first) and remove their temp dirs."""
        for node in reversed(self.nodes):
            node.kill()
        shutil.rmtree(self.root, ignore_errors=True)
