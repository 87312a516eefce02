"""Component versions: created REQUESTED, then DEPLOYABLE (or FAILED); immutable; idempotent
with the same clientToken; recipes read back as JSON or YAML."""

from __future__ import annotations

import json

import pytest
import yaml
from botocore.exceptions import ClientError

from conftest import unique, wait_for

RECIPE = """RecipeFormatVersion: '2020-01-25'
ComponentName: {name}
ComponentVersion: '{version}'
ComponentDescription: a test component
ComponentPublisher: sandbox tests
Manifests:
  - Platform:
      os: linux
    Lifecycle:
      Run: echo hello
"""


def state_of(gg, arn):
    return gg.describe_component(arn=arn)["status"]["componentState"]


def test_create_component_version(sandbox, gg):
    name = unique("com.example.Valid")
    created = gg.create_component_version(inlineRecipe=RECIPE.format(name=name, version="1.0.0").encode())
    arn = f"arn:aws:greengrass:{sandbox.region}:{sandbox.account}:components:{name}:versions:1.0.0"
    assert created["arn"] == arn
    assert created["componentName"] == name and created["componentVersion"] == "1.0.0"
    assert created["status"]["componentState"] == "REQUESTED"
    assert created["ResponseMetadata"]["HTTPStatusCode"] == 201
    wait_for(lambda: state_of(gg, arn) == "DEPLOYABLE", 10, what="DEPLOYABLE")
    described = gg.describe_component(arn=arn)
    assert described["publisher"] == "sandbox tests" and described["platforms"][0]["name"] == "linux"

    versions = gg.list_component_versions(arn=arn.rsplit(":versions:", 1)[0])["componentVersions"]
    assert [v["componentVersion"] for v in versions] == ["1.0.0"]
    names = [c["componentName"] for c in gg.list_components()["components"]]
    assert name in names

    as_yaml = gg.get_component(arn=arn, recipeOutputFormat="YAML")
    assert as_yaml["recipeOutputFormat"] == "YAML"
    assert yaml.safe_load(as_yaml["recipe"])["ComponentName"] == name
    as_json = gg.get_component(arn=arn, recipeOutputFormat="JSON")
    assert json.loads(as_json["recipe"])["ComponentVersion"] == "1.0.0"


def test_duplicate_version_is_a_conflict(gg):
    name = unique("com.example.Dup")
    recipe = RECIPE.format(name=name, version="1.0.0").encode()
    gg.create_component_version(inlineRecipe=recipe)
    with pytest.raises(ClientError) as info:
        gg.create_component_version(inlineRecipe=recipe)
    assert info.value.response["Error"]["Code"] == "ConflictException"
    assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] == 409
    assert "already exists" in info.value.response["Error"]["Message"]


def test_same_client_token_and_recipe_is_idempotent(gg):
    name = unique("com.example.Idem")
    recipe = RECIPE.format(name=name, version="2.0.0").encode()
    first = gg.create_component_version(inlineRecipe=recipe, clientToken="token-1")
    again = gg.create_component_version(inlineRecipe=recipe, clientToken="token-1")
    assert again["arn"] == first["arn"] and again["creationTimestamp"] == first["creationTimestamp"]
    with pytest.raises(ClientError) as info:
        gg.create_component_version(
            inlineRecipe=recipe.replace(b"echo hello", b"echo changed"), clientToken="token-1"
        )
    assert info.value.response["Error"]["Code"] == "ConflictException"


def test_recipe_without_format_version_fails(sandbox, gg):
    name = unique("com.example.NoFormat")
    recipe = RECIPE.format(name=name, version="1.0.0").replace("RecipeFormatVersion: '2020-01-25'\n", "")
    created = gg.create_component_version(inlineRecipe=recipe.encode())
    wait_for(lambda: state_of(gg, created["arn"]) == "FAILED", 10, what="FAILED")
    status = gg.describe_component(arn=created["arn"])["status"]
    assert "RecipeFormatVersion" in status["message"] and "RecipeFormatVersion" in status["errors"]
    with pytest.raises(ClientError) as info:
        gg.create_deployment(
            targetArn=sandbox.group_arn("MyGreengrassCoreGroup"),
            components={name: {"componentVersion": "1.0.0"}},
        )
    assert info.value.response["Error"]["Code"] == "ValidationException"
    assert "not deployable" in info.value.response["Error"]["Message"]


@pytest.mark.parametrize(
    "recipe, fragment",
    [
        (b"ComponentName: [unclosed", "not valid YAML"),
        (b'{"ComponentName": "x",', "not valid JSON"),
        (b"RecipeFormatVersion: '2020-01-25'\nComponentVersion: '1.0.0'\n", "ComponentName"),
    ],
)
def test_unreadable_recipe_is_rejected(gg, recipe, fragment):
    with pytest.raises(ClientError) as info:
        gg.create_component_version(inlineRecipe=recipe)
    assert info.value.response["Error"]["Code"] == "ValidationException"
    assert fragment in info.value.response["Error"]["Message"]


def test_unknown_version_is_not_found(sandbox, gg):
    arn = f"arn:aws:greengrass:{sandbox.region}:{sandbox.account}:components:com.example.Nothing:versions:1.0.0"
    with pytest.raises(ClientError) as info:
        gg.describe_component(arn=arn)
    assert info.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404


def test_public_components_are_listed(gg):
    public = {c["componentName"] for c in gg.list_components(scope="PUBLIC")["components"]}
    assert {"aws.greengrass.DockerApplicationManager", "aws.greengrass.TokenExchangeService"} <= public
