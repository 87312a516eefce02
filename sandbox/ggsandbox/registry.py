"""A real OCI registry (Debian's docker-registry, distribution 2.8) standing in for ECR, and the
small client the simulated core devices use to pull an image from it.

The registry uses htpasswd basic auth with user AWS and the password moto's ECR
GetAuthorizationToken hands out, so `buildah login -u AWS -p <token>` works as against ECR.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tarfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import log

# Registry 2.8 answers a manifest only when Accept names both of these (and the index types,
# for a multi-platform image).
MANIFEST_ACCEPT = ", ".join(
    [
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
    ]
)
INDEX_TYPES = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
)


def die_with_parent() -> None:
    """preexec_fn: the child gets SIGTERM when the sandbox process dies, however it dies."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Registry:
    """docker-registry serve, on a free loopback port, storing under the state dir."""

    def __init__(
        self, state_dir: Path, username: str, password: str, notify: tuple[str, str] | None = None
    ):
        """notify: (url, bearer token) of an endpoint that gets the registry's push and delete
        events (distribution's `notifications:`); see ggsandbox/ecrmirror.py."""
        self.dir = state_dir / "registry"
        self.username = username
        self.password = password
        self.notify = notify
        self.port = 0
        self.process: subprocess.Popen | None = None

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        htpasswd = subprocess.run(
            ["htpasswd", "-Bbn", self.username, self.password],
            check=True, capture_output=True, text=True,
        ).stdout
        (self.dir / "htpasswd").write_text(htpasswd)
        last_error = ""
        for _attempt in range(3):
            self.port = free_port()
            config = self.dir / "config.yml"
            config.write_text(
                "\n".join(
                    [
                        "version: 0.1",
                        "log:",
                        "  level: warn",
                        "  accesslog:",
                        "    disabled: true",
                        "storage:",
                        "  filesystem:",
                        f"    rootdirectory: {self.dir / 'data'}",
                        "  delete:",
                        "    enabled: true",
                        "http:",
                        f"  addr: 127.0.0.1:{self.port}",
                        f"  secret: {secrets.token_hex(16)}",
                        "auth:",
                        "  htpasswd:",
                        "    realm: sandbox-registry",
                        f"    path: {self.dir / 'htpasswd'}",
                        *self._notifications(),
                        "",
                    ]
                )
            )
            log_file = open(self.dir / "registry.log", "ab")
            self.process = subprocess.Popen(
                ["docker-registry", "serve", str(config)],
                stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file,
                preexec_fn=die_with_parent,
            )
            log_file.close()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    break
                try:
                    urllib.request.urlopen(f"http://{self.host}/v2/", timeout=1)
                    return
                except urllib.error.HTTPError as exc:
                    if exc.code == 401:  # up, and asking for credentials: ready
                        return
                except OSError:
                    pass
                time.sleep(0.1)
            last_error = self._log_tail()
            self.stop()
        raise RuntimeError(f"docker-registry did not start: {last_error}")

    def _notifications(self) -> list[str]:
        """Manifest push/delete events to the mirror; blob events and pulls are not sent.
        Delivery is asynchronous (a queue per endpoint, retried with backoff)."""
        if self.notify is None:
            return []
        url, token = self.notify
        return [
            "notifications:",
            "  events:",
            "    includereferences: true",
            "  endpoints:",
            "    - name: sandbox-ecr-mirror",
            f"      url: {url}",
            "      headers:",
            f"        Authorization: [Bearer {token}]",
            "      timeout: 10s",
            "      threshold: 3",
            "      backoff: 1s",
            "      ignoredmediatypes:",
            "        - application/octet-stream",
            "      ignore:",
            "        actions:",
            "          - pull",
        ]

    def _log_tail(self) -> str:
        try:
            return (self.dir / "registry.log").read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None


# --- pulling an image ----------------------------------------------------------------------


@dataclass
class ImageReference:
    host: str
    repository: str
    tag: str | None = None
    digest: str | None = None

    @property
    def reference(self) -> str:
        return self.digest or self.tag or "latest"


def parse_reference(text: str) -> ImageReference:
    """Split `host[:port]/repo[:tag][@sha256:…]` (Docker's rules for the host part)."""
    rest = text
    digest = None
    if "@" in rest:
        rest, digest = rest.split("@", 1)
    first, _, remainder = rest.partition("/")
    if remainder and ("." in first or ":" in first or first == "localhost"):
        host, path = first, remainder
    else:
        host, path = "docker.io", rest
    tag = None
    last = path.rsplit("/", 1)[-1]
    if ":" in last:
        path, tag = path.rsplit(":", 1)
    return ImageReference(host, path, tag, digest)


class PullError(Exception):
    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status  # the registry's HTTP status, when it answered


@dataclass
class PulledImage:
    manifest_digest: str
    config: dict[str, Any]
    rootfs: Path
    layers: list[str] = field(default_factory=list)


class RegistryClient:
    """What a device's Docker engine does on `docker pull`, against the sandbox registry."""

    def __init__(self, host: str, username: str, password: str, timeout: float = 30):
        self.host = host
        self.timeout = timeout
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self._auth = f"Basic {token}"

    def _get(self, path: str, accept: str | None = None) -> tuple[bytes, dict[str, str]]:
        request = urllib.request.Request(f"http://{self.host}{path}")
        request.add_header("Authorization", self._auth)
        if accept:
            request.add_header("Accept", accept)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), {k.lower(): v for k, v in response.headers.items()}
        except urllib.error.HTTPError as exc:
            body = exc.read()[:500].decode(errors="replace")
            raise PullError(f"GET {path} answered HTTP {exc.code}: {body.strip()}", exc.code) from None
        except OSError as exc:
            raise PullError(f"GET {path} failed: {exc}") from None

    def delete_manifest(self, repository: str, digest: str) -> None:
        """DELETE a manifest by digest (the registry's tags of it go with it)."""
        request = urllib.request.Request(
            f"http://{self.host}/v2/{repository}/manifests/{digest}", method="DELETE"
        )
        request.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()[:500].decode(errors="replace")
            raise PullError(f"DELETE manifest {digest} answered HTTP {exc.code}: {body.strip()}", exc.code) from None
        except OSError as exc:
            raise PullError(f"DELETE manifest {digest} failed: {exc}") from None

    def manifest(self, repository: str, reference: str) -> tuple[dict, str, str]:
        """(manifest, media type, digest) of a tag or digest."""
        body, media_type, digest = self.manifest_bytes(repository, reference)
        document = json.loads(body)
        return document, document.get("mediaType") or media_type, digest

    def manifest_bytes(self, repository: str, reference: str) -> tuple[bytes, str, str]:
        """(the manifest's bytes exactly as the registry stores them, media type, digest)."""
        body, headers = self._get(f"/v2/{repository}/manifests/{reference}", MANIFEST_ACCEPT)
        digest = "sha256:" + hashlib.sha256(body).hexdigest()
        if reference.startswith("sha256:") and digest != reference:
            raise PullError(f"manifest {reference} has digest {digest}")
        served = headers.get("docker-content-digest")
        if served and served != digest:
            raise PullError(f"manifest {repository}:{reference} is served as {served} but hashes to {digest}")
        media_type = headers.get("content-type", "").split(";")[0].strip()
        if not media_type or media_type == "application/json":
            media_type = json.loads(body).get("mediaType", media_type)
        return body, media_type, digest

    def _paged(self, path: str, key: str) -> list[str]:
        """Every page of a list (the registry's `Link: <…>; rel="next"` pagination)."""
        items: list[str] = []
        for _page in range(1000):
            body, headers = self._get(path)
            items.extend(json.loads(body).get(key) or [])
            link = headers.get("link", "")
            if 'rel="next"' not in link:
                break
            path = link.split(";")[0].strip().strip("<>")
        return items

    def catalog(self) -> list[str]:
        return self._paged("/v2/_catalog?n=1000", "repositories")

    def tags(self, repository: str) -> list[str]:
        """The repository's tags; [] when the registry does not know the repository."""
        try:
            return self._paged(f"/v2/{repository}/tags/list?n=1000", "tags")
        except PullError as exc:
            if exc.status == 404:
                return []
            raise

    def blob(self, repository: str, digest: str) -> bytes:
        body, _ = self._get(f"/v2/{repository}/blobs/{digest}")
        actual = "sha256:" + hashlib.sha256(body).hexdigest()
        if actual != digest:
            raise PullError(f"blob {digest} has digest {actual}")
        return body

    def pull(self, ref: ImageReference, rootfs: Path, architecture: str = "amd64") -> PulledImage:
        manifest, media_type, digest = self.manifest(ref.repository, ref.reference)
        if media_type in INDEX_TYPES or "manifests" in manifest:
            chosen = None
            for entry in manifest.get("manifests", []):
                platform = entry.get("platform", {})
                if platform.get("os", "linux") == "linux" and platform.get("architecture") == architecture:
                    chosen = entry
                    break
            if chosen is None:
                raise PullError(f"the image index {digest} has no linux/{architecture} image")
            manifest, media_type, _ = self.manifest(ref.repository, chosen["digest"])
        config = json.loads(self.blob(ref.repository, manifest["config"]["digest"]))
        if rootfs.exists():
            shutil.rmtree(rootfs)
        rootfs.mkdir(parents=True)
        layers = []
        for layer in manifest.get("layers", []):
            data = self.blob(ref.repository, layer["digest"])
            unpack_layer(data, rootfs, layer.get("mediaType", ""))
            layers.append(layer["digest"])
        return PulledImage(digest, config, rootfs, layers)


def unpack_layer(data: bytes, rootfs: Path, media_type: str) -> None:
    """Apply one layer (tar, maybe gzip) to rootfs, honouring OCI whiteouts."""
    if "zstd" in media_type:
        raise PullError(f"layer media type {media_type} is not supported by the sandbox")
    import io

    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
        for member in tar.getmembers():
            name = os.path.normpath(member.name.lstrip("/"))
            if name.startswith(".."):
                continue
            base = os.path.basename(name)
            parent = rootfs / os.path.dirname(name)
            if base == ".wh..wh..opq":
                if parent.is_dir():
                    for child in parent.iterdir():
                        shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
                continue
            if base.startswith(".wh."):
                victim = parent / base[len(".wh."):]
                if victim.is_dir() and not victim.is_symlink():
                    shutil.rmtree(victim)
                elif victim.exists() or victim.is_symlink():
                    victim.unlink()
                continue
            if member.isdev():
                continue
            try:
                tar.extract(member, rootfs, filter="data")
            except (tarfile.FilterError, OSError) as exc:
                log(f"layer entry {member.name!r} skipped: {exc}")
