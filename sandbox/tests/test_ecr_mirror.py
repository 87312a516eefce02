"""What buildah pushes to the sandbox registry shows in moto's ECR, as it does in real ECR:
DescribeImages by tag answers the digest buildah wrote to its --digestfile (the toolkit reuses
an image on a rerun that way)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from conftest import INSTALL_HINT, REPO, SANDBOX_DIR, unique, wait_for

INDEX_TYPES = ("application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json")


@pytest.fixture(scope="module")
def buildah(sandbox):
    """run(*args) for buildah with the sandbox's env, logged in to its registry."""
    if shutil.which("buildah") is None:
        pytest.fail(f"buildah is not installed: {INSTALL_HINT}")
    env = {**os.environ, **sandbox.env}

    def run(*args: str) -> str:
        result = subprocess.run(["buildah", *args], env=env, capture_output=True, text=True, timeout=180)
        if result.returncode != 0:
            pytest.fail(f"buildah {' '.join(args[:2])} failed ({result.returncode}):\n{result.stderr[-3000:]}")
        return result.stdout

    run("login", "--tls-verify=false", "-u", "AWS", "-p", sandbox.info["password"], sandbox.registry)
    return run


def build_and_push(
    sandbox, buildah, repository: str, tag: str, platforms: list[str] | None = None, label: str = "sandbox=1"
) -> str:
    """Build the sandbox's app image (FROM scratch) and push it; the digest buildah reports."""
    ref = f"{sandbox.registry}/{repository}:{tag}"
    digest_file = Path(sandbox.info["stateDir"]) / f"digest-{repository}-{tag}"
    common = ["bud", "--timestamp", "0", "--label", label, "-f", str(SANDBOX_DIR / "Dockerfile")]
    if platforms:
        buildah(*common, "--platform", ",".join(platforms), "--manifest", ref, str(REPO / "container"))
        buildah("manifest", "push", "--all", "--tls-verify=false", "--digestfile", str(digest_file), ref, f"docker://{ref}")
    else:
        buildah(*common, "-t", ref, str(REPO / "container"))
        buildah("push", "--tls-verify=false", "--digestfile", str(digest_file), ref, f"docker://{ref}")
    digest = digest_file.read_text().strip()
    assert digest.startswith("sha256:") and len(digest) == 71, digest
    return digest


def registry_entry(sandbox, repository: str) -> dict | None:
    return next((r for r in sandbox.control("GET", "/registry")["repositories"] if r["name"] == repository), None)


def test_pushed_image_shows_in_ecr_with_the_registrys_digest(sandbox, buildah):
    ecr = sandbox.client("ecr")
    repository, tag = unique("mirror-app"), "abc1234"
    ecr.create_repository(repositoryName=repository, imageTagMutability="IMMUTABLE")
    with pytest.raises(ClientError) as missing:
        ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])
    assert missing.value.response["Error"]["Code"] == "ImageNotFoundException"

    digest = build_and_push(sandbox, buildah, repository, tag)

    # The registry's push notification mirrors it with no ECR call at all (GET /_sandbox/registry
    # reads moto's ECR without triggering a sync).
    entry = wait_for(
        lambda: (e := registry_entry(sandbox, repository)) and e["ecrTags"] == {tag: digest} and e,
        10, what="the push notification to be mirrored",
    )
    assert entry["tags"] == {tag: digest} and entry["ecrRepository"] is True
    mirror = sandbox.control("GET", "/registry")["mirror"]
    assert any(m["repository"] == repository and m["tag"] == tag and m["digest"] == digest for m in mirror["mirrored"])
    assert mirror["events"] > 0

    # What the toolkit asks on a rerun.
    details = ecr.describe_images(
        registryId=sandbox.account, repositoryName=repository, imageIds=[{"imageTag": tag}]
    )["imageDetails"]
    assert [(d["imageDigest"], d["imageTags"]) for d in details] == [(digest, [tag])]

    # The manifest in ECR is the registry's, byte for byte.
    image = ecr.batch_get_image(repositoryName=repository, imageIds=[{"imageTag": tag}])["images"][0]
    assert "sha256:" + hashlib.sha256(image["imageManifest"].encode()).hexdigest() == digest
    assert image["imageManifestMediaType"] == "application/vnd.oci.image.manifest.v1+json"
    assert ecr.list_images(repositoryName=repository)["imageIds"] == [{"imageDigest": digest, "imageTag": tag}]

    # A rerun pushing the same image again: same digest, nothing breaks (immutable tag).
    assert build_and_push(sandbox, buildah, repository, tag) == digest
    details = ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])["imageDetails"]
    assert [d["imageDigest"] for d in details] == [digest]


def test_a_tag_pushed_again_follows_ecrs_tag_mutability(sandbox, buildah):
    ecr = sandbox.client("ecr")
    mutable, immutable, tag = unique("mirror-mutable"), unique("mirror-immutable"), "latest"
    ecr.create_repository(repositoryName=mutable, imageTagMutability="MUTABLE")
    ecr.create_repository(repositoryName=immutable, imageTagMutability="IMMUTABLE")
    for repository in (mutable, immutable):
        first = build_and_push(sandbox, buildah, repository, tag, label="build=1")
        # As the toolkit does before it pushes (and so that ECR has seen the first push).
        assert ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])["imageDetails"]
        second = build_and_push(sandbox, buildah, repository, tag, label="build=2")
        assert first != second
        digests = [
            d["imageDigest"]
            for d in ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])["imageDetails"]
        ]
        if repository == mutable:
            assert digests == [second]  # the tag moved, as in ECR
        else:
            # Real ECR refuses the second push; the registry cannot, so ECR keeps the first
            # image and the sandbox says why.
            assert digests == [first]
            problems = sandbox.control("GET", "/registry")["mirror"]["problems"]
            assert [p for p in problems if f"{repository}:{tag}" in p and "immutable" in p], problems


def test_batch_delete_image_deletes_from_the_registry_too(sandbox, buildah):
    """Real ECR is the registry: a deleted image is gone, and no later read mirrors it back."""
    ecr = sandbox.client("ecr")
    repository = unique("mirror-delete")
    ecr.create_repository(repositoryName=repository)
    first = build_and_push(sandbox, buildah, repository, "v1", label="build=1")
    second = build_and_push(sandbox, buildah, repository, "v2", label="build=2")
    assert {d["imageDigest"] for d in ecr.describe_images(repositoryName=repository)["imageDetails"]} == {first, second}

    answer = ecr.batch_delete_image(repositoryName=repository, imageIds=[{"imageDigest": first}])
    assert answer["failures"] == []
    # A read after the delete asks the registry first; the image must not come back.
    assert [d["imageDigest"] for d in ecr.describe_images(repositoryName=repository)["imageDetails"]] == [second]
    assert registry_entry(sandbox, repository)["tags"] == {"v2": second}
    # Deleting it again is ECR's ImageNotFound failure, not an error.
    again = ecr.batch_delete_image(repositoryName=repository, imageIds=[{"imageDigest": first}])
    assert [f["failureCode"] for f in again["failures"]] == ["ImageNotFound"]


def test_repository_created_after_the_push_reads_through(sandbox, buildah):
    """No notification could mirror this push (no ECR repository yet); the ECR read itself
    brings the repository up to date with the registry."""
    repository, tag = unique("mirror-late"), "v1"
    digest = build_and_push(sandbox, buildah, repository, tag)
    ecr = sandbox.client("ecr")
    ecr.create_repository(repositoryName=repository)
    details = ecr.describe_images(repositoryName=repository)["imageDetails"]
    assert [(d["imageDigest"], d["imageTags"]) for d in details] == [(digest, [tag])]


def test_push_to_a_repository_unknown_to_ecr_is_left_alone(sandbox, buildah):
    repository, tag = unique("not-in-ecr"), "v1"
    digest = build_and_push(sandbox, buildah, repository, tag)
    entry = wait_for(lambda: registry_entry(sandbox, repository), 10, what="the registry to list the repository")
    assert entry == {"name": repository, "tags": {tag: digest}, "ecrRepository": False, "ecrTags": None}
    ecr = sandbox.client("ecr")
    with pytest.raises(ClientError) as missing:
        ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])
    assert missing.value.response["Error"]["Code"] == "RepositoryNotFoundException"
    assert sandbox.process.poll() is None
    assert not [p for p in sandbox.control("GET", "/registry")["mirror"]["problems"] if repository in p]
    # ECR and the rest of the sandbox still answer.
    assert ecr.describe_repositories()["repositories"]


def test_multi_platform_index_shows_with_the_index_digest(sandbox, buildah):
    """Asked right after `buildah manifest push` returns, before any notification may have
    arrived: the read itself is consistent."""
    ecr = sandbox.client("ecr")
    repository, tag = unique("mirror-multi"), "multi1"
    ecr.create_repository(repositoryName=repository, imageTagMutability="IMMUTABLE")
    digest = build_and_push(sandbox, buildah, repository, tag, ["linux/amd64", "linux/arm64"])

    details = ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])["imageDetails"]
    assert [(d["imageDigest"], d["imageTags"]) for d in details] == [(digest, [tag])]
    assert details[0]["imageManifestMediaType"] in INDEX_TYPES
    image = ecr.batch_get_image(repositoryName=repository, imageIds=[{"imageDigest": digest}])["images"][0]
    assert "sha256:" + hashlib.sha256(image["imageManifest"].encode()).hexdigest() == digest

    # Its platform images are there untagged, as in ECR.
    ids = ecr.list_images(repositoryName=repository)["imageIds"]
    untagged = [i["imageDigest"] for i in ids if "imageTag" not in i]
    assert len(untagged) == 2 and digest not in untagged
    assert [i["imageDigest"] for i in ids if i.get("imageTag") == tag] == [digest]
