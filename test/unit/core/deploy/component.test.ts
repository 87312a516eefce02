// The component version against a mocked Greengrass: created once from the recipe bytes,
// reused when the recipe is the same, never silently replaced, waited for until DEPLOYABLE.
import { describe, it, expect } from '@jest/globals'
import {
  ConflictException,
  CreateComponentVersionCommand,
  CreateDeploymentCommand,
  DescribeComponentCommand,
  GetComponentCommand,
  ListEffectiveDeploymentsCommand
} from '@aws-sdk/client-greengrassv2'
import { componentArn } from '../../../../src/core/deploy/component.js'
import { deploy } from '../../../../src/core/deploy/deploy.js'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import {
  fixture,
  greengrass,
  gg,
  iot,
  ACCOUNT,
  NAME,
  VERSION,
  RECIPE,
  ARN,
  START,
  clock,
  reporter,
  ctx,
  notFound,
  deployable,
  effective,
  inputs,
  run,
  created,
  freshMocks
} from './harness.js'

describe('the component version', () => {
  it('creates a new version from the recipe bytes with a content-derived client token', async () => {
    const result = await run()
    expect(result.componentCreated).toBe(true)
    expect(result.componentArn).toBe(ARN)
    const [call] = gg.commandCalls(CreateComponentVersionCommand)
    const input = call!.args[0].input
    expect(new TextDecoder().decode(input.inlineRecipe)).toBe(RECIPE)
    expect(input.clientToken).toMatch(/^[a-f0-9]{64}$/)

    // A rerun of the same recipe (say, after a lost response) sends the same token, so the
    // API creates nothing twice; another recipe gets another token.
    const tokenOf = async (recipeText?: string) => {
      freshMocks()
      await run({}, recipeText)
      return gg.commandCalls(CreateComponentVersionCommand)[0]!.args[0].input.clientToken
    }
    expect(await tokenOf()).toBe(input.clientToken)
    expect(await tokenOf(RECIPE.replace('SampleDynamoTable', 'OtherTable'))).not.toBe(
      input.clientToken
    )
  })

  it('reuses an existing version with the same recipe, whatever its formatting', async () => {
    gg.on(DescribeComponentCommand).resolves(deployable)
    // The service hands the recipe back in its own layout: same data, other order and style.
    const { parse } = await import('yaml')
    const data = parse(RECIPE) as Record<string, unknown>
    const reordered = Object.fromEntries(Object.entries(data).reverse())
    gg.on(GetComponentCommand, { arn: ARN, recipeOutputFormat: 'YAML' }).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(JSON.stringify(reordered))
    })
    const result = await run()
    expect(result.componentCreated).toBe(false)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(1)
  })

  it('reuses an existing version whose stored recipe has the Digest Greengrass adds', async () => {
    gg.on(DescribeComponentCommand).resolves(deployable)
    // Greengrass records the artifact's digest and algorithm in the recipe it stores.
    const stored = RECIPE.replace(
      /( {6}- URI: docker:\S+)\n/,
      '$1\n        Digest: 0123456789abcdef\n        Algorithm: SHA-256\n'
    )
    expect(stored).toMatch(/Digest: 0123456789abcdef/)
    gg.on(GetComponentCommand, { arn: ARN, recipeOutputFormat: 'YAML' }).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(stored)
    })
    const result = await run()
    expect(result.componentCreated).toBe(false)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(1)
    expect(reporter.text()).toMatch(/already exists with the same recipe; reusing it/)
  })

  it('refuses an existing version with a different recipe, before any deployment', async () => {
    gg.on(DescribeComponentCommand).resolves(deployable)
    gg.on(GetComponentCommand).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(RECIPE.replace('SampleDynamoTable', 'OldTable'))
    })
    const attempt = run()
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /com\.example\.AccessDynamoDb version 1\.0\.1 already exists with a different recipe \(first difference at ComponentConfiguration\.DefaultConfiguration\.TableName\): versions are immutable; bump component-version \(or use auto\)/
    )
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(0)
  })

  it('treats a concurrent create (ConflictException) of the same recipe as existing', async () => {
    gg.on(CreateComponentVersionCommand).rejects(
      new ConflictException({
        message: 'exists',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    )
    gg.on(GetComponentCommand).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(RECIPE)
    })
    const result = await run()
    expect(result.failures).toEqual([])
    expect(result.componentCreated).toBe(false)
    expect(created()).toHaveLength(1)
  })

  describe('a concurrent run that creates the same version with another recipe', () => {
    const conflict = () =>
      new ConflictException({
        message: 'exists',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    const theirs = RECIPE.replace('SampleDynamoTable', 'TheirTable')
    const arnOf = (v: string) => ARN.replace(`:versions:${VERSION}`, `:versions:${v}`)
    const rendered = (v: string) => RECIPE.replaceAll(VERSION, v)

    it('with auto: takes the next version and goes on', async () => {
      gg.on(DescribeComponentCommand, { arn: ARN }).rejectsOnce(notFound())
      gg.on(DescribeComponentCommand, { arn: arnOf('1.0.2') })
        .rejectsOnce(notFound())
        .resolves({ ...deployable, arn: arnOf('1.0.2') })
      gg.on(CreateComponentVersionCommand)
        .rejectsOnce(conflict())
        .resolves({ arn: arnOf('1.0.2') })
      gg.on(GetComponentCommand, { arn: ARN }).resolves({
        recipeOutputFormat: 'YAML',
        recipe: new TextEncoder().encode(theirs)
      })
      gg.on(ListEffectiveDeploymentsCommand).resolves({
        effectiveDeployments: [effective('dep-new', 'COMPLETED')]
      })
      const asked: string[] = []
      const result = await deploy(inputs(), { greengrass, iot }, ctx, {
        nextVersion: v => {
          asked.push(v)
          return rendered(v)
        }
      })
      expect(asked).toEqual(['1.0.2'])
      expect(result.componentVersion).toBe('1.0.2')
      expect(result.componentArn).toBe(arnOf('1.0.2'))
      expect(result.componentCreated).toBe(true)
      const creates = gg.commandCalls(CreateComponentVersionCommand)
      expect(new TextDecoder().decode(creates[1]!.args[0].input.inlineRecipe)).toContain(
        'ComponentVersion: 1.0.2'
      )
      expect(created()).toHaveLength(1)
      expect(created()[0]!.components![NAME]!.componentVersion).toBe('1.0.2')
      expect(reporter.text()).toContain(
        `${NAME} version 1.0.1 was taken by another run with a different recipe (first difference at ComponentConfiguration.DefaultConfiguration.TableName); taking 1.0.2.`
      )
    })

    it('with auto: gives up after a bounded number of versions', async () => {
      gg.on(DescribeComponentCommand).rejects(notFound())
      gg.on(CreateComponentVersionCommand).rejects(conflict())
      gg.on(GetComponentCommand).callsFake(async () => ({
        recipeOutputFormat: 'YAML',
        recipe: new TextEncoder().encode(theirs)
      }))
      const attempt = deploy(inputs(), { greengrass, iot }, ctx, { nextVersion: rendered })
      await expect(attempt).rejects.toThrow(StepFailure)
      await expect(attempt).rejects.toThrow(/concurrent runs took 3 versions in a row/)
      expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(3)
      expect(created()).toHaveLength(0)
    })

    it("with an explicit version: exit 1 (not bad input), naming the other run's version and recipe", async () => {
      gg.on(CreateComponentVersionCommand).rejects(conflict())
      gg.on(GetComponentCommand).resolves({
        recipeOutputFormat: 'YAML',
        recipe: new TextEncoder().encode(theirs)
      })
      const error = await run().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StepFailure)
      expect(error).not.toBeInstanceOf(ConfigurationError)
      expect((error as Error).message).toMatch(
        /^Component com\.example\.AccessDynamoDb version 1\.0\.1 was created by another run at the same time, with a different recipe \(first difference at ComponentConfiguration\.DefaultConfiguration\.TableName\)/
      )
      expect(created()).toHaveLength(0)
    })
  })

  it('waits while the new version is REQUESTED and deploys once it is DEPLOYABLE', async () => {
    gg.on(DescribeComponentCommand)
      .rejectsOnce(notFound())
      .resolvesOnce({ arn: ARN, status: { componentState: 'REQUESTED' } })
      .resolvesOnce({ arn: ARN, status: { componentState: 'REQUESTED' } })
      .resolves(deployable)
    let describedBeforeCreate = 0
    gg.on(CreateDeploymentCommand).callsFake(() => {
      describedBeforeCreate = gg.commandCalls(DescribeComponentCommand).length
      return { deploymentId: 'dep-new' }
    })
    await run()
    expect(describedBeforeCreate).toBe(4)
    expect(clock.sleeps.slice(0, 2)).toEqual([500, 1000])
    expect(reporter.text()).toMatch(/is REQUESTED; waiting for DEPLOYABLE/)
  })

  it('fails with the service message when the version FAILED, and deploys nothing', async () => {
    gg.on(DescribeComponentCommand)
      .rejectsOnce(notFound())
      .resolves({
        arn: ARN,
        status: {
          componentState: 'FAILED',
          message: 'Recipe validation failed',
          errors: { 'eu-west-1': 'Artifact docker:… is not accessible' }
        }
      })
    const attempt = run()
    await expect(attempt).rejects.toThrow(StepFailure)
    await expect(attempt).rejects.toThrow(
      /failed to register: Recipe validation failed \(eu-west-1: Artifact docker:… is not accessible\).*new component-version/
    )
    expect(created()).toHaveLength(0)
  })

  it('names recipe-path and render-recipe when the rendered recipe is missing', async () => {
    const attempt = run({ recipePath: fixture('missing-recipe.yaml') })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(/Input 'recipe-path'.*Run render-recipe first/)
    expect(gg.calls()).toHaveLength(0)
  })

  it('names recipe-path and render-recipe when the rendered recipe is not valid YAML', async () => {
    const attempt = run({}, 'ComponentName: a\nComponentVersion: b: c\n')
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /^Input 'recipe-path': .*recipe\.yaml:2: not valid YAML.*run render-recipe first/
    )
    expect(gg.calls()).toHaveLength(0)
  })

  it('detects a concurrent create (ConflictException) of a different recipe and deploys nothing', async () => {
    gg.on(CreateComponentVersionCommand).rejects(
      new ConflictException({
        message: 'exists',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    )
    // The other run's recipe: the same name and version, another table.
    gg.on(GetComponentCommand).resolves({
      recipeOutputFormat: 'YAML',
      recipe: new TextEncoder().encode(RECIPE.replace('SampleDynamoTable', 'OtherTable'))
    })
    await expect(run()).rejects.toThrow(/different recipe/)
    expect(gg.commandCalls(GetComponentCommand)).toHaveLength(1)
    expect(created()).toHaveLength(0)
  })

  it('bounds the wait for DEPLOYABLE by wait-timeout', async () => {
    // REQUESTED for ever (well, for 500 looks: a wait without a bound ends there and deploys).
    let looks = 0
    gg.on(DescribeComponentCommand).callsFake(() => {
      looks++
      if (looks === 1) throw notFound()
      return looks < 500 ? { arn: ARN, status: { componentState: 'REQUESTED' } } : deployable
    })
    const attempt = run({ waitTimeoutSeconds: 60 })
    await expect(attempt).rejects.toThrow(StepFailure)
    await expect(attempt).rejects.toThrow(/still REQUESTED after the wait-timeout/)
    expect(clock.now().getTime() - START.getTime()).toBeLessThanOrEqual(60_000)
    expect(looks).toBeLessThan(500)
    expect(created()).toHaveLength(0)
  })
})

describe('componentArn', () => {
  it('uses the partition of the region', () => {
    expect(componentArn('cn-north-1', ACCOUNT, 'a.b', '1.0.0')).toBe(
      `arn:aws-cn:greengrass:cn-north-1:${ACCOUNT}:components:a.b:versions:1.0.0`
    )
  })
})
