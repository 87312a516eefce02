"""How a simulated device reads a recipe: recipe variables, the docker run line, version
requirements and configuration updates (no sandbox process needed)."""

from __future__ import annotations

import pytest

from ggsandbox import recipe as r
from ggsandbox.model import compile_pattern, translate_pattern


def context(**configs):
    return r.VariableContext(
        component="com.example.App",
        thing_name="core-1",
        kernel_root="/gg",
        configs={"com.example.App": {"TableName": "T", "Nested": {"a": 1}}, **configs},
        artifacts_path=lambda c: f"/gg/packages/artifacts/{c}",
        decompressed_path=lambda c: f"/gg/packages/artifacts-unarchived/{c}",
        work_path=lambda c: f"/gg/work/{c}",
    )


def test_recipe_variables():
    ctx = context(**{"other.Comp": {"x": "y"}})
    text = r.substitute(
        "{iot:thingName} {configuration:/TableName} {configuration:/Nested} {artifacts:path} "
        "{kernel:rootPath} {work:path} {other.Comp:configuration:/x} {configuration:/missing}",
        ctx,
    )
    assert text == (
        'core-1 T {"a":1} /gg/packages/artifacts/com.example.App /gg /gg/work/com.example.App y '
        "{configuration:/missing}"
    )
    assert ctx.unresolved == ["{configuration:/missing}"]


def test_docker_run_line():
    script = (
        "docker run --rm --net=host \\\n  -e AWS_REGION --env TABLE_NAME=T -eX=1 -it \\\n"
        "  --name app -v /a:/b 127.0.0.1:5000/repo@sha256:abc python3 /app/x.py --flag"
    )
    args = r.find_docker_run(r.split_commands(script))
    run = r.parse_docker_run(args)
    assert run.image == "127.0.0.1:5000/repo@sha256:abc"
    assert run.network == "host" and run.remove
    assert run.env == [("AWS_REGION", None), ("TABLE_NAME", "T"), ("X", "1")]
    assert run.command == ["python3", "/app/x.py", "--flag"]


@pytest.mark.parametrize("line, network", [("--network host", "host"), ("--net=bridge", "bridge"), ("", None)])
def test_docker_run_network(line, network):
    args = r.find_docker_run(r.split_commands(f"docker run {line} image:tag"))
    assert r.parse_docker_run(args).network == network


def test_docker_run_unknown_option_is_an_error():
    with pytest.raises(r.DockerRunError, match="--frobnicate"):
        r.parse_docker_run(["--frobnicate", "image"])


def test_script_with_several_commands_and_shell_variables():
    script = "docker rm -f app || true; docker run --network=host -e A=$HOME -e B='$HOME' img"
    text = r.expand_shell_variables(script, {"HOME": "/root"})
    run = r.parse_docker_run(r.find_docker_run(r.split_commands(text)))
    assert run.env == [("A", "/root"), ("B", "$HOME")]


@pytest.mark.parametrize(
    "version, requirement, ok",
    [
        ("2.0.14", ">=2.0.0 <2.1.0", True),
        ("2.1.0", ">=2.0.0 <2.1.0", False),
        ("1.2.3", "^1.0.0", True),
        ("2.0.0", "^1.0.0", False),
        ("1.2.9", "~1.2.0", True),
        ("1.3.0", "~1.2.0", False),
        ("3.0.0", "*", True),
        ("1.0.0", "1.0.0", True),
    ],
)
def test_version_requirements(version, requirement, ok):
    assert r.satisfies(version, requirement) is ok


def test_configuration_update_keeps_what_the_device_has():
    defaults = {"a": 1, "b": {"c": 2}}
    first = r.configuration(defaults, None, {"merge": '{"b": {"d": 3}}'})
    assert first == {"a": 1, "b": {"c": 2, "d": 3}}
    second = r.configuration(defaults, first, None)
    assert second == first
    reset = r.configuration(defaults, first, {"reset": ["/b"]})
    assert reset == defaults


def test_recipe_keys_are_case_insensitive_and_checked():
    recipe, fmt = r.parse(b"recipeformatversion: '2020-01-25'\ncomponentname: a.B\ncomponentversion: 1.0.0\n")
    assert fmt == "YAML" and r.identity(recipe) == ("a.B", "1.0.0")
    assert r.problems(recipe) == {}
    recipe, _ = r.parse(b'{"ComponentName": "a.B", "ComponentVersion": "latest"}')
    assert set(r.problems(recipe)) == {"RecipeFormatVersion", "ComponentVersion"}


def test_java_character_classes_translate():
    assert translate_pattern(r"^[\p{Alnum}_-]+$") == r"^[A-Za-z0-9_-]+$"
    assert compile_pattern(r"\p{Alpha}+").fullmatch("abc")


# --- the lifecycle Greengrass runs, and docker's reading of docker run ----------------------

DOCKER_RUN = "docker run --rm --net=host -e AWS_CONTAINER_AUTHORIZATION_TOKEN img@sha256:abc"


def test_the_manifests_lifecycle_replaces_the_global_one():
    recipe = {"Lifecycle": {"Run": DOCKER_RUN}, "Manifests": [{"Lifecycle": {"Run": "echo waiting"}}]}
    assert r.step(r.lifecycle(recipe, recipe["Manifests"][0]), "Run")[0] == "echo waiting"
    assert r.step(r.lifecycle(recipe, {}), "Run")[0] == DOCKER_RUN


@pytest.mark.parametrize(
    "global_lifecycle",
    [
        {"linux": {"Run": DOCKER_RUN}},  # top level
        {"Run": {"Script": {"windows": "echo no", "linux": DOCKER_RUN}}},  # bottom level
        {"run": {"script": {"LINUX": DOCKER_RUN}}},  # keys in any case
    ],
)
def test_selection_keys_at_any_level(global_lifecycle):
    recipe = {"Lifecycle": global_lifecycle}
    manifest = {"Platform": {"os": "linux"}, "Selections": ["linux"]}
    assert r.step(r.lifecycle(recipe, manifest), "Run")[0] == DOCKER_RUN


def test_the_docker_run_of_the_image_past_sudo_and_a_sidecar():
    script = "sudo -E docker run -d cache@sha256:1 && \\\n  X=1 docker container run --net host app@sha256:2 serve"
    runs = [r.parse_docker_run(a) for a in r.find_docker_runs(r.split_commands(script))]
    assert [d.image for d in runs] == ["cache@sha256:1", "app@sha256:2"]
    assert runs[1].network == "host" and runs[1].command == ["serve"]


def test_options_after_the_image_go_to_the_container():
    args = r.find_docker_run(r.split_commands("docker run -e AWS_X img@sha256:1 --network=host -e Y"))
    run = r.parse_docker_run(args)
    assert run.network is None and run.env == [("AWS_X", None)]
    assert run.command == ["--network=host", "-e", "Y"]
    assert r.options_after_image(run) == ["--network=host", "-e"]
