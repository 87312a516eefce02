"""Fleets: thing groups of thousands of simulated core devices, cheaply, and the IoT job behind
every deployment.

A fleet (POST /_sandbox/fleet) is a thing group of `count` devices. `sample` of them are real
simulated core devices (devices.CoreDevice: a thread each, they really run the app); the rest are
"light" devices: a name in moto's IoT (the thing, its group membership) and a core device in the
emulator, with no thread, no state but what a rollout gives them. `failPercent` of the devices,
chosen with `seed`, fail (a failing sample device has its app refused credentials, so the real
app fails; a light one fails with a simulated reason).

JobBook keeps every deployment's IoT job in moto (DescribeJob, ListJobExecutionsForJob,
DescribeJobExecution are moto's own API, reading what is written here): one execution per device,
the jobProcessDetails counts kept up to date incrementally, and the job's abortConfig (from the
deployment's iotJobConfiguration) honoured as AWS IoT does: once at least
minNumberOfExecutedThings executions finished and the failures of that type reach
thresholdPercentage of them, the job is CANCELED and its QUEUED executions are canceled.

One scheduler thread moves the light devices' executions along a deterministic rollout:
device i (in a seeded order) starts at i * rolloutSeconds / n (or i / ratePerSecond) and
finishes inProgressSeconds later, so polling sees progress whatever the fleet's size.
"""

from __future__ import annotations

import datetime as _dt
import math
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from .model import log

TERMINAL = ("SUCCEEDED", "FAILED", "REJECTED", "CANCELED", "TIMED_OUT", "REMOVED")
COUNT_KEYS = {
    "QUEUED": "numberOfQueuedThings",
    "IN_PROGRESS": "numberOfInProgressThings",
    "SUCCEEDED": "numberOfSucceededThings",
    "FAILED": "numberOfFailedThings",
    "REJECTED": "numberOfRejectedThings",
    "CANCELED": "numberOfCanceledThings",
    "TIMED_OUT": "numberOfTimedOutThings",
    "REMOVED": "numberOfRemovedThings",
}
# IoT job execution status -> Greengrass coreDeviceExecutionStatus (group / thing target).
TO_CORE_STATUS = {
    "QUEUED": "QUEUED", "IN_PROGRESS": "IN_PROGRESS", "FAILED": "FAILED", "CANCELED": "CANCELED",
    "TIMED_OUT": "TIMED_OUT", "REJECTED": "REJECTED", "REMOVED": "CANCELED",
}
DEFAULT_ROLLOUT_SECONDS = 3.0
DEFAULT_IN_PROGRESS_SECONDS = 0.2
DEFAULT_SAMPLE = 5
MAX_FLEET = 100_000
TICK_SECONDS = 0.02


def _utcnow() -> _dt.datetime:
    # moto keeps naive UTC datetimes.
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def _aware(value: _dt.datetime) -> _dt.datetime:
    return value.replace(tzinfo=_dt.timezone.utc)


@dataclass
class FleetGroup:
    name: str
    arn: str
    count: int
    fail_percent: float
    seed: int
    rollout_seconds: float
    rate: float | None
    in_progress_seconds: float
    things: list[str]  # every member, in name order
    light: set[str]
    sample: list[str]
    failing: set[str]
    created: _dt.datetime

    def snapshot(self) -> dict:
        return {
            "group": self.name,
            "groupArn": self.arn,
            "count": self.count,
            "failPercent": self.fail_percent,
            "seed": self.seed,
            "rolloutSeconds": self.rollout_seconds,
            "ratePerSecond": self.rate,
            "inProgressSeconds": self.in_progress_seconds,
            "sample": list(self.sample),
            "failing": sorted(self.failing),
            "light": len(self.light),
        }


@dataclass
class Execution:
    thing: str
    status: str
    moto: Any  # moto's FakeJobExecution
    light: bool
    details: dict = field(default_factory=dict)  # Greengrass statusDetails for the device
    reason: str | None = None
    modified: _dt.datetime = field(default_factory=_utcnow)


@dataclass
class JobRun:
    job_id: str
    dep: Any  # greengrass.Deployment
    executions: dict[str, Execution]
    counts: dict[str, int]
    abort: list[dict]
    schedule: list[tuple[float, float, str]] = field(default_factory=list)  # (start, end, thing)
    started_cursor: int = 0
    ended_cursor: int = 0
    status: str = "IN_PROGRESS"
    aborted: dict | None = None

    @property
    def executed(self) -> int:
        return sum(self.counts[s] for s in ("SUCCEEDED", "FAILED", "REJECTED", "TIMED_OUT"))


class LightDevice:
    """What the emulator shows of a light device: a HEALTHY core device with no threads."""

    __slots__ = ("thing", "book", "group")

    def __init__(self, thing: str, book: "JobBook", group: FleetGroup):
        self.thing = thing
        self.book = book
        self.group = group

    def core_device(self) -> dict:
        from .devices import ARCHITECTURE, NUCLEUS_VERSION

        return {
            "coreDeviceThingName": self.thing,
            "coreVersion": NUCLEUS_VERSION,
            "platform": "linux",
            "architecture": ARCHITECTURE,
            "runtime": "aws_nucleus_classic",
            "status": "HEALTHY",
            "lastStatusUpdateTimestamp": self.group.created,
            "tags": None,
        }

    def effective_deployments(self) -> list[dict]:
        return self.book.effective_for(self.thing)

    def installed_components(self, topology: str) -> list[dict]:
        return []

    def snapshot(self) -> dict:
        return {"thingName": self.thing, "groups": [self.group.name], "light": True,
                "effectiveDeployments": self.effective_deployments()}


class JobBook:
    """Every deployment's IoT job, in moto, and the fleets' light devices."""

    def __init__(self, moto: Any, on_abort: Callable[[Any], None] | None = None):
        self.moto = moto
        self.on_abort = on_abort
        self.lock = threading.RLock()
        self.runs: dict[str, JobRun] = {}
        self.fleets: dict[str, FleetGroup] = {}
        self.light: dict[str, LightDevice] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="fleet-scheduler", daemon=True)
        self.thread.start()

    # --- fleets ----------------------------------------------------------------------------

    def create_fleet(
        self, group: str, count: int, fail_percent: float, sample: int, seed: int,
        rollout_seconds: float, rate: float | None, in_progress_seconds: float,
        add_device: Callable[[str, list[str], bool], Any],
    ) -> FleetGroup:
        if group in self.fleets:
            raise ValueError(f"fleet {group} already exists")
        if not 1 <= count <= MAX_FLEET:
            raise ValueError(f"count must be 1..{MAX_FLEET}")
        if not 0 <= fail_percent <= 100:
            raise ValueError("failPercent must be 0..100")
        sample = max(0, min(sample, count))
        width = max(5, len(str(count)))
        things = [f"{group}-{i:0{width}d}" for i in range(1, count + 1)]
        rng = random.Random(seed)
        failing = set(rng.sample(things, math.ceil(count * fail_percent / 100 - 1e-9)))
        sample_things = sorted(rng.sample(things, sample))
        light = set(things) - set(sample_things)
        fleet = FleetGroup(
            group, self.moto.group_arn(group), count, fail_percent, seed, rollout_seconds, rate,
            in_progress_seconds, things, light, sample_things, failing,
            _dt.datetime.now(_dt.timezone.utc),
        )
        started = time.monotonic()
        self.moto.add_things_in_bulk(group, sorted(light))
        with self.lock:
            self.fleets[group] = fleet
            for thing in light:
                self.light[thing] = LightDevice(thing, self, fleet)
        for thing in sample_things:
            add_device(thing, [group], thing in failing)
        log(f"fleet {group}: {count} devices ({len(sample_things)} real, {len(failing)} failing) "
            f"in {time.monotonic() - started:.2f} s")
        return fleet

    def fleet_of_group_arn(self, arn: str) -> FleetGroup | None:
        with self.lock:
            return next((f for f in self.fleets.values() if f.arn == arn), None)

    def light_device(self, thing: str) -> LightDevice | None:
        return self.light.get(thing)

    def remove_light(self, thing: str) -> None:
        with self.lock:
            device = self.light.pop(thing, None)
            if device is not None:
                device.group.light.discard(thing)
                device.group.things = [t for t in device.group.things if t != thing]

    def all_light(self) -> list[LightDevice]:
        with self.lock:
            return [self.light[t] for f in self.fleets.values() for t in f.things if t in self.light]

    # --- jobs ------------------------------------------------------------------------------

    def create(self, dep: Any) -> None:
        """The job of a new deployment, with an execution per light device it targets."""
        config = dep.iot_job_configuration or {}
        self.moto.create_job(
            dep.iot_job_id, dep.target_arn, dep.target_kind == "thinggroup",
            {"deploymentId": dep.id, "components": dep.components}, config,
        )
        abort = list((config.get("abortConfig") or {}).get("criteriaList") or [])
        if dep.target_kind == "thinggroup":
            fleet = self.fleet_of_group_arn(dep.target_arn)
            light = sorted(fleet.light) if fleet else []
        else:
            fleet = self.light[dep.target_name].group if dep.target_name in self.light else None
            light = [dep.target_name] if fleet else []
        run = JobRun(dep.iot_job_id, dep, {}, {k: 0 for k in COUNT_KEYS}, abort)
        if light and fleet is not None:
            rng = random.Random(f"{fleet.seed}:{dep.id}")
            order = list(light)
            rng.shuffle(order)
            n = len(order)
            step = (1.0 / fleet.rate) if fleet.rate else fleet.rollout_seconds / n
            t0 = time.monotonic()
            run.schedule = [(t0 + i * step, t0 + i * step + fleet.in_progress_seconds, thing)
                            for i, thing in enumerate(order)]
            new = {}
            thing_prefix = self.moto.thing_arn("")
            for thing in light:
                execution = self.moto.new_job_execution(dep.iot_job_id, thing_prefix + thing)
                run.executions[thing] = Execution(thing, "QUEUED", execution, True)
                new[(dep.iot_job_id, thing)] = execution
            run.counts["QUEUED"] = len(light)
            self.moto.put_job_executions(new)
        with self.lock:
            self.runs[dep.iot_job_id] = run
            self._write_counts(run)
        self._wake.set()

    def set_execution(self, dep: Any, thing: str, status: str, reason: str | None = None,
                      details: dict | None = None) -> None:
        """A real device's execution status (called by devices.Fleet)."""
        with self.lock:
            run = self.runs.get(dep.iot_job_id)
            if run is None:
                return
            execution = run.executions.get(thing)
            if execution is None:
                moto_execution = self.moto.new_job_execution(dep.iot_job_id, self.moto.thing_arn(thing))
                execution = Execution(thing, "QUEUED", moto_execution, False)
                run.executions[thing] = execution
                run.counts["QUEUED"] += 1
                self.moto.put_job_executions({(dep.iot_job_id, thing): moto_execution})
            self._transition(run, execution, status, reason, details)
            if dep.target_kind == "thing" and run.status == "IN_PROGRESS" and run.executions and all(
                e.status in TERMINAL for e in run.executions.values()
            ):
                run.status = "COMPLETED"
            self._write_counts(run)
        if self._maybe_aborted(run):
            self._aborted(run)

    def cancel(self, job_id: str, comment: str | None = None, reason_code: str | None = None) -> None:
        """Cancel the job: QUEUED light executions are canceled, the rollout stops."""
        with self.lock:
            run = self.runs.get(job_id)
            if run is None:
                return
            if run.status == "IN_PROGRESS":
                run.status = "CANCELED"
                for execution in run.executions.values():
                    if execution.light and execution.status == "QUEUED":
                        self._transition(run, execution, "CANCELED", "The deployment was canceled.")
            self._write_counts(run, comment=comment, reason_code=reason_code)

    # --- what a light device reports ---------------------------------------------------------

    def effective_for(self, thing: str) -> list[dict]:
        with self.lock:
            runs = [r for r in self.runs.values() if thing in r.executions and r.executions[thing].light]
        out = []
        for run in sorted(runs, key=lambda r: r.dep.created, reverse=True):
            execution = run.executions[thing]
            status = execution.status
            core = TO_CORE_STATUS.get(status) or ("COMPLETED" if run.dep.target_kind == "thing" else "SUCCEEDED")
            record = {
                "deploymentId": run.dep.id,
                "deploymentName": run.dep.name or run.dep.id,
                "iotJobId": run.job_id,
                "iotJobArn": run.dep.iot_job_arn,
                "targetArn": run.dep.target_arn,
                "coreDeviceExecutionStatus": core,
                "creationTimestamp": run.dep.created,
                "modifiedTimestamp": _aware(execution.modified),
            }
            if execution.reason is not None:
                record["reason"] = execution.reason
            if execution.details:
                record["statusDetails"] = dict(execution.details)
            out.append(record)
        return out

    # --- internals ---------------------------------------------------------------------------

    def _transition(self, run: JobRun, execution: Execution, status: str, reason: str | None = None,
                    details: dict | None = None) -> None:
        if execution.status == status and reason is None and details is None:
            return
        run.counts[execution.status] -= 1
        run.counts[status] = run.counts.get(status, 0) + 1
        execution.status = status
        execution.modified = _utcnow()
        if reason is not None:
            execution.reason = reason
        if details is not None:
            execution.details = details
        moto_execution = execution.moto
        moto_execution.status = status
        moto_execution.last_updated_at = execution.modified
        if status == "IN_PROGRESS":
            moto_execution.started_at = execution.modified
        details_map: dict[str, str] = {}
        if status in TERMINAL:
            # What the nucleus puts in the job execution's statusDetails.
            d = execution.details or {}
            if d.get("detailedDeploymentStatus"):
                details_map["detailed-deployment-status"] = str(d["detailedDeploymentStatus"])
            if execution.reason and status != "SUCCEEDED":
                details_map["deployment-failure-cause"] = execution.reason[:1024]
            if d.get("errorStack"):
                details_map["deployment-error-stack"] = str(d["errorStack"])
            if d.get("errorTypes"):
                details_map["deployment-error-types"] = str(d["errorTypes"])
        moto_execution.status_details_map = details_map

    def _write_counts(self, run: JobRun, comment: str | None = None, reason_code: str | None = None) -> None:
        self.moto.write_job(run.job_id, {COUNT_KEYS[k]: v for k, v in run.counts.items()}, run.status,
                            comment=comment, reason_code=reason_code)

    def _abort_reached(self, run: JobRun) -> dict | None:
        executed = run.executed
        for criteria in run.abort:
            if criteria.get("action", "CANCEL") != "CANCEL":
                continue
            kind = criteria.get("failureType", "FAILED")
            failed = (
                sum(run.counts[s] for s in ("FAILED", "REJECTED", "TIMED_OUT")) if kind == "ALL"
                else run.counts.get(kind, 0)
            )
            if executed < int(criteria.get("minNumberOfExecutedThings", 1)) or executed == 0:
                continue
            if failed * 100.0 / executed >= float(criteria.get("thresholdPercentage", 100)):
                return {"criteria": criteria, "executed": executed, "failed": failed}
        return None

    def _maybe_aborted(self, run: JobRun) -> bool:
        """Cancel the job if its abortConfig says so; True if it did (then call _aborted)."""
        with self.lock:
            if run.status != "IN_PROGRESS" or run.aborted is not None or not run.abort:
                return False
            hit = self._abort_reached(run)
            if hit is None:
                return False
            run.aborted = hit
            c = hit["criteria"]
            comment = (
                f"abortConfig: {hit['failed']} of {hit['executed']} executed things "
                f"{c.get('failureType', 'FAILED')} >= {c.get('thresholdPercentage')} %"
            )
            self.cancel(run.job_id, comment=comment, reason_code="AbortThresholdReached")
        log(f"job {run.job_id} canceled by its abortConfig: {comment}")
        return True

    def _aborted(self, run: JobRun) -> None:
        if self.on_abort is not None:
            try:
                self.on_abort(run.dep)
            except Exception as exc:  # noqa: BLE001
                log(f"on_abort({run.dep.id}) failed: {exc!r}")

    def _light_outcome(self, run: JobRun, thing: str) -> tuple[str, str, dict]:
        fleet = self.light[thing].group if thing in self.light else None
        if fleet is not None and thing in fleet.failing:
            names = [n for n in run.dep.components if not n.startswith("aws.greengrass.")]
            what = names[0] if names else next(iter(run.dep.components), "the deployment")
            version = (run.dep.components.get(what) or {}).get("componentVersion", "")
            reason = (
                f"Component {what} {version} is broken: the container exited with 1: "
                f"simulated failure (sandbox fleet {fleet.name}, failPercent {fleet.fail_percent:g})"
            )
            details = {
                "errorStack": ["DEPLOYMENT_FAILURE", "COMPONENT_UPDATE_ERROR", "COMPONENT_BROKEN"],
                "errorTypes": ["COMPONENT_ERROR"],
                "detailedDeploymentStatus": "FAILED_ROLLBACK_COMPLETE",
                "failureCause": reason,
            }
            return "FAILED", reason, details
        return "SUCCEEDED", "SUCCESSFUL", {
            "errorStack": [], "errorTypes": [], "detailedDeploymentStatus": "SUCCESSFUL",
        }

    def _tick(self) -> bool:
        """Advance every rollout; True while some rollout has work left."""
        now = time.monotonic()
        busy = False
        aborted: list[JobRun] = []
        with self.lock:
            runs = [r for r in self.runs.values() if r.schedule and r.ended_cursor < len(r.schedule)]
        for run in runs:
            changed = False
            with self.lock:
                schedule = run.schedule
                while run.started_cursor < len(schedule) and schedule[run.started_cursor][0] <= now:
                    thing = schedule[run.started_cursor][2]
                    run.started_cursor += 1
                    execution = run.executions[thing]
                    if execution.status == "QUEUED" and run.status == "IN_PROGRESS":
                        self._transition(run, execution, "IN_PROGRESS")
                        changed = True
                while run.ended_cursor < len(schedule) and schedule[run.ended_cursor][1] <= now:
                    thing = schedule[run.ended_cursor][2]
                    run.ended_cursor += 1
                    execution = run.executions[thing]
                    if execution.status == "IN_PROGRESS":
                        status, reason, details = self._light_outcome(run, thing)
                        self._transition(run, execution, status, reason, details)
                        changed = True
                        if status == "FAILED" and run.abort and run.aborted is None:
                            # Evaluate the abort at each failure, as executions finish one by one.
                            self._write_counts(run)
                            if self._maybe_aborted(run):
                                aborted.append(run)
                if changed:
                    self._write_counts(run)
                if run.ended_cursor < len(schedule):
                    busy = True
        for run in aborted:
            self._aborted(run)
        return busy

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                busy = self._tick()
            except Exception as exc:  # noqa: BLE001 - the scheduler must survive a sandbox bug
                import traceback

                log(f"fleet scheduler: {exc!r}\n{traceback.format_exc()}")
                busy = False
            if busy:
                self._stop.wait(TICK_SECONDS)
            else:
                self._wake.wait(0.5)
                self._wake.clear()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self.thread.join(5)
