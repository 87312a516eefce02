// How a target is written and named: the syntax of a target list (the targets and canary
// inputs, the deployment file's targets), its label and its ARN. Free of SDK clients, so that
// input parsing, in every bundle, reads targets without loading one; the lookups in IoT are
// targets.ts's.
import { partitionOf } from './shared/aws.js'
import { iotTargetArn } from './arns.js'
import type { Parsed, Target, TargetKind } from './config.js'

const THING_NAME = /^[a-zA-Z0-9:_-]{1,128}$/

export function parseTargets(raw: string): Parsed<Target[]> {
  const items = raw
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
  const targets: Target[] = []
  for (const item of items) {
    const t = parseTarget(item)
    if (!t) {
      return {
        ok: false,
        message: `'${item}' is not a target: write a thing name, thing/<name>, thinggroup/<name>, or arn:aws:iot:<region>:<account>:thing/<name>`
      }
    }
    if (!targets.some(x => x.kind === t.kind && x.name === t.name)) targets.push(t)
  }
  return { ok: true, value: targets }
}

function parseTarget(item: string): Target | undefined {
  const arn = /^arn:(aws[a-z-]*):iot:([a-z0-9-]+):(\d{12}):(thing|thinggroup)\/(.+)$/.exec(item)
  if (arn) {
    const [, partition, region, account, kind, name] = arn
    return THING_NAME.test(name!)
      ? {
          kind: kind as TargetKind,
          name: name!,
          arn: { text: item, partition: partition!, region: region!, account: account! }
        }
      : undefined
  }
  const m = /^(thing|thinggroup)\/(.+)$/.exec(item)
  const kind = (m ? m[1] : 'thing') as TargetKind
  const name = m ? m[2]! : item
  return THING_NAME.test(name) ? { kind, name } : undefined
}

/**
 * What is wrong with targets given as ARNs of another partition, region or account: a run
 * deploys in its own, and building the target's ARN from them would quietly point at a
 * namesake.
 */
export function foreignTargets(
  targets: readonly Target[],
  region: string,
  accountId: string | undefined
): string[] {
  const partition = partitionOf(region)
  return targets
    .filter(
      t =>
        t.arn &&
        (t.arn.partition !== partition ||
          t.arn.region !== region ||
          (accountId !== undefined && t.arn.account !== accountId))
    )
    .map(t => {
      const a = t.arn!
      const where =
        a.partition !== partition
          ? `the ${a.partition} partition, but this run deploys in ${partition} (${region})`
          : `${a.region}, account ${a.account}, but this run deploys in ${region}${accountId ? `, account ${accountId}` : ''}`
      return `${a.text} is in ${where}: run it there, or name a target of this region and account`
    })
}

export function targetArn(target: Target, region: string, accountId: string): string {
  return iotTargetArn(region, accountId, target.kind, target.name)
}

export function targetLabel(target: Target): string {
  return `${target.kind}/${target.name}`
}

export function sameTarget(a: Target, b: Target): boolean {
  return a.kind === b.kind && a.name === b.name
}
