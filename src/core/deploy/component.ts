// The component version: the rendered recipe loaded and checked, published once (versions
// are immutable), and waited for until DEPLOYABLE.
import {
  CreateComponentVersionCommand,
  DescribeComponentCommand,
  GetComponentCommand,
  type DescribeComponentResponse,
  type GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import * as semver from 'semver'
import { componentVersionArn } from '../arns.js'
import { readInputFile } from '../shared/files.js'
import { awsErrorName, ConfigurationError, errorMessage, StepFailure } from '../shared/errors.js'
import { field, parseRecipe, recipeDifference, type Recipe } from '../recipe/render-recipe.js'
import type { StepContext } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'
import { asFailure, call, token } from './calls.js'
import type { DeployOptions, LoadedRecipe } from './types.js'
export function componentArn(
  region: string,
  accountId: string,
  componentName: string,
  componentVersion: string
): string {
  return componentVersionArn(region, accountId, componentName, componentVersion)
}

export async function loadRecipe(path: string, given: string | undefined): Promise<LoadedRecipe> {
  let text = given
  if (text === undefined) {
    text = await readInputFile(
      path,
      'recipe-path',
      `the rendered recipe ${path} does not exist. Run render-recipe first (its recipe-path output names the file), or point 'recipe-path' at it.`
    )
  }
  let data: Recipe
  try {
    // As YAML, which reads JSON too: the rendered recipe is either, whatever the file's name.
    data = parseRecipe(text, path, 'yaml')
  } catch (error) {
    throw new ConfigurationError(
      `Input 'recipe-path': ${errorMessage(error).split('\n')[0]} Deploy the recipe render-recipe wrote: run render-recipe first (its recipe-path output names the file), and point 'recipe-path' at it.`,
      'recipe-path'
    )
  }
  const stringField = (key: string): string | undefined => {
    const value = field(data, key)
    return typeof value === 'string' && value ? value : undefined
  }
  const name = stringField('ComponentName')
  const version = stringField('ComponentVersion')
  if (!name || !version) {
    throw new ConfigurationError(
      `${path}: the recipe has no ${name ? 'ComponentVersion' : 'ComponentName'}; render it with render-recipe, which fills both.`,
      'recipe-path'
    )
  }
  return { name, version, text, data }
}

async function describe(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string
): Promise<DescribeComponentResponse | undefined> {
  try {
    return await withRetry(ctx, 'DescribeComponent', () =>
      gg.send(new DescribeComponentCommand({ arn }))
    )
  } catch (error) {
    if (awsErrorName(error) === 'ResourceNotFoundException') return undefined
    throw asFailure(`DescribeComponent ${arn}`, error)
  }
}

/** The existing version, after checking it has our recipe; undefined when there is none. */
export async function inspectComponent(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe
): Promise<DescribeComponentResponse | undefined> {
  const found = await describe(gg, ctx, arn)
  if (found) await checkSameRecipe(gg, ctx, arn, recipe)
  return found
}

async function checkSameRecipe(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe,
  raced = false
): Promise<void> {
  const stored = await call(ctx, `GetComponent ${arn}`, () =>
    gg.send(new GetComponentCommand({ arn, recipeOutputFormat: 'YAML' }))
  )
  let theirs: Recipe | undefined
  try {
    theirs = parseRecipe(new TextDecoder().decode(stored.recipe ?? new Uint8Array()), arn, 'yaml')
  } catch {
    theirs = undefined
  }
  // Greengrass adds a Digest and Algorithm to artifacts in the recipe it stores: not ours to
  // compare.
  const difference = recipeDifference(theirs, recipe.data)
  if (difference === undefined) {
    ctx.reporter.info(
      `Component ${recipe.name} ${recipe.version} already exists with the same recipe; reusing it.`
    )
    return
  }
  throw new VersionTaken(recipe.version, difference, raced)
}

/** The component version exists with another recipe. `raced`: it did not exist when this
 * run looked, so another run created it at the same time. */
export class VersionTaken extends Error {
  constructor(
    readonly version: string,
    readonly difference: string,
    readonly raced: boolean
  ) {
    super(`version ${version} exists with a different recipe (first difference at ${difference})`)
  }
}

/** Attempts at a component version when concurrent runs with auto keep taking it. */
export const VERSION_ATTEMPTS = 3

/**
 * After VersionTaken: with auto (the caller can render the recipe again), the next patch
 * version; otherwise the error for the user. A version that existed before this run is the
 * user's to bump (exit 2); one a concurrent run created just now is not bad input (exit 1).
 */
export async function takeNextVersion(
  taken: VersionTaken,
  attempt: number,
  recipe: LoadedRecipe,
  options: DeployOptions,
  ctx: StepContext
): Promise<LoadedRecipe> {
  const what = `Component ${recipe.name} version ${taken.version}`
  if (!options.nextVersion) {
    if (!taken.raced) {
      throw new ConfigurationError(
        `${what} already exists with a different recipe (first difference at ${taken.difference}): versions are immutable; bump component-version (or use auto).`,
        'component-version'
      )
    }
    throw new StepFailure(
      `${what} was created by another run at the same time, with a different recipe (first difference at ${taken.difference}). Nothing of this run was deployed. Rerun after the other run: with component-version auto this run takes the next version; with an explicit version, choose one the other run did not take.`
    )
  }
  if (attempt >= VERSION_ATTEMPTS) {
    throw new StepFailure(
      `${what}: concurrent runs took ${attempt} versions in a row, each with a different recipe. Nothing of this run was deployed; rerun once the other runs are done.`
    )
  }
  const version = semver.inc(taken.version, 'patch')!
  ctx.reporter.warning(
    `${what} was taken by another run with a different recipe (first difference at ${taken.difference}); taking ${version}.`
  )
  return loadRecipe(`${recipe.name} ${version}`, options.nextVersion(version))
}

export async function createComponent(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe
): Promise<boolean> {
  try {
    await withRetry(ctx, 'CreateComponentVersion', () =>
      gg.send(
        new CreateComponentVersionCommand({
          inlineRecipe: new TextEncoder().encode(recipe.text),
          clientToken: token(recipe.name, recipe.version, recipe.text)
        })
      )
    )
    ctx.reporter.info(`Created component ${recipe.name} ${recipe.version}.`)
    return true
  } catch (error) {
    // Someone (a concurrent run) created it between our look and our create: fine if it is
    // the same recipe, the version-conflict error otherwise.
    if (awsErrorName(error) !== 'ConflictException') {
      throw asFailure(`CreateComponentVersion ${recipe.name} ${recipe.version}`, error)
    }
    await checkSameRecipe(gg, ctx, arn, recipe, true)
    return false
  }
}

export async function waitDeployable(
  gg: GreengrassV2Client,
  ctx: StepContext,
  arn: string,
  recipe: LoadedRecipe,
  deadline: number,
  known: DescribeComponentResponse | undefined
): Promise<void> {
  const what = `Component ${recipe.name} ${recipe.version}`
  // A new version is usually DEPLOYABLE within a second or two: look soon, then back off.
  let delay = 500
  let current = known ?? (await describe(gg, ctx, arn))
  for (;;) {
    const status = current?.status
    const state = status?.componentState
    if (state === 'DEPLOYABLE') return
    if (state === 'DEPRECATED') {
      ctx.reporter.warning(`${what} is DEPRECATED; deploying it anyway.`)
      return
    }
    if (state === 'FAILED') {
      const errors = Object.entries(status?.errors ?? {}).map(([k, v]) => `${k}: ${v}`)
      throw new StepFailure(
        `${what} failed to register: ${status?.message ?? 'no message'}${errors.length ? ` (${errors.join('; ')})` : ''}. Fix the recipe and publish it under a new component-version: a version cannot be replaced.`
      )
    }
    const remaining = deadline - ctx.clock.now().getTime()
    if (remaining <= 0) {
      throw new StepFailure(
        `${what} is still ${state ?? 'not visible'} after the wait-timeout; rerun later (the version is kept), or raise wait-timeout.`
      )
    }
    ctx.reporter.info(`${what} is ${state ?? 'being registered'}; waiting for DEPLOYABLE.`)
    await ctx.clock.sleep(Math.min(delay, remaining))
    delay = Math.min(delay * 2, 10_000)
    current = await describe(gg, ctx, arn)
  }
}
