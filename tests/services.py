"""Real servers on this machine for lake mode and the distributed Dagster shape, started and stopped by
the tests (and the bench): Postgres (pgserver: a real PostgreSQL, the DuckLake catalog and the Dagster
instance), an S3 API (moto_server on 127.0.0.1: the lake's data) and redis (Debian's redis-server on
127.0.0.1: the Celery broker). Nothing listens on anything but the loopback or a Unix socket.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(ready, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {timeout:.0f}s")


@dataclass
class Postgres:
    """pgserver's PostgreSQL on a Unix socket in its data folder (as root it runs as its own user, so the
    folder must be world-traversable)."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="claimwatch-pg-")))
    server: object = None

    def start(self) -> Postgres:
        import pgserver

        os.chmod(self.root, 0o755)
        self.server = pgserver.get_server(self.root / "data", cleanup_mode="delete")
        return self

    @property
    def socket_dir(self) -> str:
        return str(self.root / "data")

    def create_database(self, prefix: str = "lake") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        self.server.psql(f"create database {name};")
        return name

    def catalog(self, dbname: str) -> str:
        """The DuckLake catalog setting (CLAIMWATCH_LAKE_CATALOG)."""
        return f"postgres:dbname={dbname} host={self.socket_dir} user=postgres"

    def url(self, dbname: str) -> str:
        """A SQLAlchemy/psycopg2 URL (dagster-postgres)."""
        return f"postgresql+psycopg2://postgres@/{dbname}?host={self.socket_dir}"  # SQLAlchemy 2.1 defaults to psycopg 3

    def stop(self) -> None:
        if self.server is not None:
            self.server.cleanup()
            self.server = None
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class S3:
    """moto's S3 API server on 127.0.0.1; one bucket. Credentials are moto's test ones."""

    bucket: str = "claimwatch"
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        return {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
                "AWS_ENDPOINT_URL": self.endpoint}

    def start(self) -> S3:
        server = Path(sys.executable).with_name("moto_server")
        self.process = subprocess.Popen([str(server), "-H", "127.0.0.1", "-p", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def ready() -> bool:
            try:
                urllib.request.urlopen(self.endpoint, timeout=1)
                return True
            except OSError:
                return self.process.poll() is not None  # died: stop waiting, fail below

        _wait(ready, "moto_server")
        if self.process.poll() is not None:
            raise RuntimeError("moto_server exited at start")
        import boto3

        boto3.client("s3", endpoint_url=self.endpoint, **_boto_credentials(self.env())).create_bucket(
            Bucket=self.bucket)
        return self

    def prefix(self, name: str) -> str:
        return f"s3://{self.bucket}/{name}-{uuid.uuid4().hex[:8]}"

    def count_objects(self, prefix: str) -> int:
        import boto3

        s3 = boto3.client("s3", endpoint_url=self.endpoint, **_boto_credentials(self.env()))
        key = prefix.removeprefix(f"s3://{self.bucket}/")
        pages = s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=key)
        return sum(len(p.get("Contents", [])) for p in pages)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def _boto_credentials(env: dict[str, str]) -> dict[str, str]:
    return {"aws_access_key_id": env["AWS_ACCESS_KEY_ID"], "aws_secret_access_key": env["AWS_SECRET_ACCESS_KEY"],
            "region_name": env["AWS_REGION"]}


@dataclass
class Redis:
    """Debian's redis-server on 127.0.0.1, nothing persisted."""

    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @staticmethod
    def available() -> str | None:
        return shutil.which("redis-server")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> Redis:
        binary = self.available()
        if not binary:
            raise RuntimeError("redis-server is not installed (make test installs Debian's redis-server)")
        self.process = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                                         "--appendonly", "no", "--protected-mode", "yes"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def ready() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    return s.recv(16).startswith(b"+PONG")
            except OSError:
                return False

        _wait(ready, "redis-server")
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
