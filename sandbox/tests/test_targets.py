"""What the toolkit asks before it changes anything: whether each target exists (moto's IoT
DescribeThing / DescribeThingGroup), whether a thing is a Greengrass core device (the
emulator's GetCoreDevice), and a group's members (ListThingsInThingGroup)."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError

from conftest import unique

SEEDED_GROUP = "MyGreengrassCoreGroup"
SEEDED_DEVICES = ["sandbox-core-1", "sandbox-core-2"]


def error_code(call) -> tuple[str, int]:
    with pytest.raises(ClientError) as info:
        call()
    response = info.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def test_seeded_devices_and_group_are_known_to_iot_and_greengrass(sandbox, gg):
    iot = sandbox.client("iot")
    assert iot.describe_thing_group(thingGroupName=SEEDED_GROUP)["thingGroupName"] == SEEDED_GROUP
    members = iot.list_things_in_thing_group(thingGroupName=SEEDED_GROUP, recursive=True, maxResults=250)
    assert set(SEEDED_DEVICES) <= set(members["things"])
    for device in SEEDED_DEVICES:
        assert iot.describe_thing(thingName=device)["thingName"] == device
        assert gg.get_core_device(coreDeviceThingName=device)["coreDeviceThingName"] == device


def test_missing_thing_and_group_are_resource_not_found(sandbox):
    iot = sandbox.client("iot")
    assert error_code(lambda: iot.describe_thing(thingName="no-such-thing")) == ("ResourceNotFoundException", 404)
    assert error_code(lambda: iot.describe_thing_group(thingGroupName="no-such-group")) == (
        "ResourceNotFoundException", 404,
    )


def test_a_thing_that_is_not_a_core_device(sandbox, gg):
    iot = sandbox.client("iot")
    name = unique("plain-thing")
    iot.create_thing(thingName=name)
    assert iot.describe_thing(thingName=name)["thingName"] == name
    assert error_code(lambda: gg.get_core_device(coreDeviceThingName=name)) == ("ResourceNotFoundException", 404)


def test_a_new_group_member_is_listed_before_any_deployment(sandbox, gg):
    # (The emulator's ListCoreDevices(thingGroupArn) follows membership, unlike AWS's; the
    # toolkit asks IoT instead.)
    group = unique("fresh-group")
    device = unique("fresh-core")
    sandbox.add_device(device, [group])
    iot = sandbox.client("iot")
    assert iot.list_things_in_thing_group(thingGroupName=group)["things"] == [device]
    assert gg.get_core_device(coreDeviceThingName=device)["coreDeviceThingName"] == device
