"""Keeps moto's ECR in step with the sandbox registry, so that ECR knows what was pushed, as
real ECR (which *is* the registry) does.

Two paths, both ending in the same idempotent `sync_*` calls:

  - Push: the registry's notifications (distribution's `notifications: endpoints:`) POST every
    manifest push and delete to a loopback endpoint here. A tagged push is mirrored with ECR
    PutImage (boto3 against moto) carrying the manifest's exact bytes as the registry stores
    them, its media type, the tag and `imageDigest` (the registry's digest, sha256 of those
    bytes). Delivery is asynchronous: usually a few milliseconds after the push, not before
    the pusher's last request returns.
  - Read: so that a read right after a push cannot miss it, moto's ECR DescribeImages,
    ListImages and BatchGetImage first ask the registry (in this process: moto runs here) about
    the tags they name (or every tag of the repository) and mirror what is missing. The
    registry writes a tag before it answers the manifest PUT, so any such ECR call that starts
    after `buildah push` returned sees the image.

Only repositories that exist in moto's ECR are mirrored into (the toolkit creates its
repository before pushing); a push to any other repository stays in the registry only. An
image index / manifest list is mirrored under its tag with the index's digest, and its
platform manifests as untagged images, as ECR shows them.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from .model import log
from .registry import INDEX_TYPES, PullError, RegistryClient

MANIFEST_TYPES = (
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    *INDEX_TYPES,
)
# The ECR read operations that first bring the repository up to date with the registry.
READ_OPERATIONS = ("describe_images", "list_images", "batch_get_image")


class EcrMirror:
    def __init__(self, moto: Any):
        self.moto = moto
        self.token = secrets.token_urlsafe(24)
        self.client: RegistryClient | None = None
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None
        self.lock = threading.RLock()
        self.events = 0
        self.mirrored: list[dict] = []  # the last 100 images put into ECR
        self.problems: list[str] = []  # the last 100 things that could not be mirrored
        self._reported: set[str] = set()
        self._originals: dict[str, Any] = {}

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """The notification endpoint, on a free loopback port (before the registry starts)."""
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if self.headers.get("Authorization") != f"Bearer {mirror.token}":
                    self.send_response(401)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                try:
                    mirror.handle_events(json.loads(body or b"{}"))
                except Exception as exc:  # noqa: BLE001 - answer 200 regardless: a retry cannot help
                    mirror._problem(f"notification not handled: {exc!r}")
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="ecr-mirror", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/events"

    def attach(self, client: RegistryClient) -> None:
        """The registry is up: read it with this client, and hook moto's ECR reads."""
        from moto.ecr.models import ECRBackend

        self.client = client
        mirror = self
        for name in READ_OPERATIONS:
            original = getattr(ECRBackend, name)
            self._originals[name] = original

            def hooked(backend: Any, repository_name: str, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
                if backend.account_id == mirror.moto.account_id and backend.region_name == mirror.moto.region:
                    image_ids = kwargs.get("image_ids", args[1] if len(args) > 1 else None)
                    mirror.refresh(repository_name, image_ids)
                return _original(backend, repository_name, *args, **kwargs)

            setattr(ECRBackend, name, hooked)

        # Real ECR is the registry: an image BatchDeleteImage deletes is gone from pulls too,
        # and no later read may mirror it back. So a delete by digest is passed on to the
        # registry (under the mirror's lock, so that no read mirrors it in between).
        original_delete = ECRBackend.batch_delete_image
        self._originals["batch_delete_image"] = original_delete

        def hooked_delete(backend: Any, repository_name: str, registry_id: Any = None,
                          image_ids: Any = None) -> Any:
            ours = backend.account_id == mirror.moto.account_id and backend.region_name == mirror.moto.region
            by_digest = any(isinstance(i, dict) and i.get("imageDigest") for i in image_ids or [])
            if not ours or not by_digest:
                # Nothing for the registry. moto's own PutImage calls this by tag when a pushed
                # tag moves, from the request the mirror's sync makes while it holds the lock:
                # taking the lock here would deadlock that request against the sync.
                return original_delete(backend, repository_name, registry_id, image_ids)
            with mirror.lock:
                response = original_delete(backend, repository_name, registry_id, image_ids)
                if ours:
                    failed = {(f.get("imageId") or {}).get("imageDigest") for f in response.get("failures") or []}
                    for image_id in image_ids or []:
                        digest = image_id.get("imageDigest") if isinstance(image_id, dict) else None
                        if digest and digest not in failed:
                            mirror.delete_from_registry(repository_name, digest)
            return response

        ECRBackend.batch_delete_image = hooked_delete

    def stop(self) -> None:
        if self._originals:
            from moto.ecr.models import ECRBackend

            for name, original in self._originals.items():
                setattr(ECRBackend, name, original)
            self._originals = {}
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
        if self.thread is not None:
            self.thread.join(5)
            self.thread = None

    # --- the two paths -----------------------------------------------------------------------

    def handle_events(self, envelope: dict) -> None:
        for event in envelope.get("events") or []:
            self.events += 1
            target = event.get("target") or {}
            repository = target.get("repository")
            if not repository:
                continue
            action = event.get("action")
            if action == "push" and target.get("mediaType") in MANIFEST_TYPES:
                if target.get("tag"):
                    # The image this push wrote, even if the tag moved since: events come in
                    # order, so ECR sees the pushes in order (and refuses an immutable tag's
                    # second image, as ECR does).
                    self.sync_tag(repository, target["tag"], target.get("digest"))
                elif target.get("digest"):
                    self.sync_digest(repository, target["digest"])
            elif action == "delete" and target.get("digest"):
                self.delete_digest(repository, target["digest"])

    def refresh(self, repository: str, image_ids: list[dict] | None) -> None:
        """Before an ECR read: mirror what the registry has that the read could ask about.
        Never fails the read: a problem is logged and the read answers from what ECR has."""
        try:
            if self._ecr_repository(repository) is None:
                return
            tags = [i["imageTag"] for i in image_ids or [] if isinstance(i, dict) and i.get("imageTag")]
            if image_ids and len(tags) == len(image_ids):
                for tag in tags:
                    self.sync_tag(repository, tag)
            else:
                self.sync_repository(repository)
        except Exception as exc:  # noqa: BLE001
            self._problem(f"refreshing ECR repository {repository} from the registry: {exc!r}")

    # --- syncing -----------------------------------------------------------------------------

    def sync_repository(self, repository: str) -> None:
        if self._ecr_repository(repository) is None or self.client is None:
            return
        for tag in self.client.tags(repository):
            self.sync_tag(repository, tag)

    def sync_tag(self, repository: str, tag: str, digest: str | None = None) -> str | None:
        """Put the registry's image for `tag` (the manifest `digest`, else what the tag names
        now) under `tag` in ECR; ECR's digest for the tag, or None if nothing was mirrored."""
        if self.client is None:
            return None
        with self.lock:
            ecr_repo = self._ecr_repository(repository)
            if ecr_repo is None:
                return None  # not an ECR repository: the push stays in the registry only
            try:
                body, media_type, digest = self.client.manifest_bytes(repository, digest or tag)
            except PullError as exc:
                if exc.status == 404:
                    return None  # not (or no longer) in the registry
                raise
            current = next((i for i in ecr_repo.images if tag in i.image_tags), None)
            if current is not None and current.get_image_digest() == digest:
                return digest
            if media_type in INDEX_TYPES:
                for entry in json.loads(body).get("manifests") or []:
                    if entry.get("digest"):
                        self.sync_digest(repository, entry["digest"])
            if not self._put(repository, body, media_type, digest, tag) and current is not None:
                return current.get_image_digest()
            return digest

    def sync_digest(self, repository: str, digest: str) -> None:
        """An untagged manifest (a platform image of an index, or a push by digest)."""
        if self.client is None:
            return
        with self.lock:
            ecr_repo = self._ecr_repository(repository)
            if ecr_repo is None or any(i.get_image_digest() == digest for i in ecr_repo.images):
                return
            try:
                body, media_type, actual = self.client.manifest_bytes(repository, digest)
            except PullError as exc:
                if exc.status == 404:
                    return
                raise
            self._put(repository, body, media_type, actual, None)

    def delete_digest(self, repository: str, digest: str) -> None:
        with self.lock:
            ecr_repo = self._ecr_repository(repository)
            if ecr_repo is None or not any(i.get_image_digest() == digest for i in ecr_repo.images):
                return  # also every blob deletion: no image has a blob's digest
            try:
                self.moto.client("ecr").batch_delete_image(
                    repositoryName=repository, imageIds=[{"imageDigest": digest}]
                )
                log(f"ECR mirror: {repository}@{digest} deleted (deleted from the registry)")
            except (ClientError, BotoCoreError) as exc:
                self._problem(f"deleting {repository}@{digest} from ECR: {exc}")

    def delete_from_registry(self, repository: str, digest: str) -> None:
        if self.client is None:
            return
        try:
            self.client.delete_manifest(repository, digest)
            log(f"ECR mirror: {repository}@{digest} deleted from the registry (ECR BatchDeleteImage)")
        except PullError as exc:
            if exc.status != 404:
                self._problem(f"deleting {repository}@{digest} from the registry: {exc}")

    def _put(self, repository: str, body: bytes, media_type: str, digest: str, tag: str | None) -> bool:
        request: dict[str, Any] = {
            "repositoryName": repository,
            "imageManifest": body.decode("utf-8"),
            "imageManifestMediaType": media_type,
            "imageDigest": digest,
        }
        if tag:
            request["imageTag"] = tag
        try:
            answer = self.moto.client("ecr").put_image(**request)
        except (ClientError, BotoCoreError) as exc:
            code = exc.response["Error"].get("Code") if isinstance(exc, ClientError) else ""
            if code == "ImageAlreadyExistsException" and tag:
                # The tag is immutable in ECR and already names another image. Real ECR would
                # have refused the push; the registry cannot (see the README): ECR keeps its image.
                message = (f"{repository}:{tag} was pushed again as {digest}, but ECR's tag is "
                           f"immutable: ECR keeps its image (real ECR would have refused the push)")
            else:
                message = f"ECR PutImage {repository}:{tag or '<untagged>'} ({digest}) failed: {exc}"
            self._problem(message, once=f"put {repository} {tag} {digest} {code}")
            return False
        got = answer["image"]["imageId"].get("imageDigest")
        if got != digest:
            # moto derives a digest of its own when none is given; ECR's is the manifest's.
            for image in self._ecr_repository(repository).images:
                if image.image_manifest == request["imageManifest"]:
                    image._image_digest = digest  # noqa: SLF001
        with self.lock:
            self.mirrored.append(
                {"repository": repository, "tag": tag, "digest": digest, "mediaType": media_type, "time": time.time()}
            )
            del self.mirrored[:-100]
        log(f"ECR mirror: {repository}:{tag or '<untagged>'} -> {digest}")
        return True

    # --- helpers -----------------------------------------------------------------------------

    def _ecr_backend(self) -> Any:
        from moto.ecr.models import ecr_backends

        return ecr_backends[self.moto.account_id][self.moto.region]

    def _ecr_repository(self, repository: str) -> Any:
        return self._ecr_backend().repositories.get(repository)

    def _problem(self, message: str, once: str | None = None) -> None:
        with self.lock:
            if once is not None:
                if once in self._reported:
                    return
                self._reported.add(once)
            self.problems.append(message)
            del self.problems[:-100]
        log(f"ECR mirror: {message}")

    def snapshot(self) -> dict:
        """For GET /_sandbox/registry: each registry repository's tags and digests, and ECR's."""
        repositories = []
        assert self.client is not None
        for name in sorted(self.client.catalog()):
            tags: dict[str, str | None] = {}
            for tag in sorted(self.client.tags(name)):
                try:
                    tags[tag] = self.client.manifest_bytes(name, tag)[2]
                except PullError:
                    tags[tag] = None
            ecr_repo = self._ecr_repository(name)
            ecr_tags = None
            if ecr_repo is not None:
                ecr_tags = {t: i.get_image_digest() for i in list(ecr_repo.images) for t in i.image_tags}
            repositories.append(
                {"name": name, "tags": tags, "ecrRepository": ecr_repo is not None, "ecrTags": ecr_tags}
            )
        with self.lock:
            mirror = {"events": self.events, "mirrored": list(self.mirrored), "problems": list(self.problems)}
        return {"repositories": repositories, "mirror": mirror}
