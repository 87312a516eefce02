// Which image a build-push run deploys, decided from what ECR shows (DescribeImages lists
// every tag of an image):
//   - the image under image-tag, when it also carries this run's inputs tag (the inputs tag
//     names that very digest): a rerun of the commit;
//   - else the image under the inputs tag, whatever commit it was built for (a docs-only
//     commit): reused as it is, image-tag is not added to it, since that would be a change
//     (ECR PutImage);
//   - else a new build, pushed under image-tag when that tag is free; when it names an image
//     of other build inputs (a rerun after a fix, another Dockerfile or platforms), under
//     <image-tag>-<first 12 hex of the build inputs>, since ECR tags are immutable.
// That a tag exists proves nothing about what it names: only the inputs tag on the same
// digest does. (Anyone with push rights could push that tag too; so could they a label.)
import { ConfigurationError } from '../shared/errors.js'
import type { Reporter } from '../shared/report.js'
import { INPUTS_TAG_PREFIX, suffixedTag } from './build-inputs.js'
import type { Found } from './repository.js'

export interface ReuseQuestion {
  imageTag: string
  /** ggcd-inputs-<32 hex>: this run's inputs tag. */
  inputsTag: string
  /** sha256 (64 hex) of the build inputs. */
  buildInputs: string
  /** <host>/<repository>, for messages. */
  image: string
  repository: string
  dryRun: boolean
  /** The image a tag names in the repository, if any. */
  imageByTag: (tag: string) => Promise<Found | undefined>
  reporter: Reporter
}

/** An image of these build inputs is in the repository: nothing is built or pushed. */
export interface Reuse {
  digest: string
  reused: true
  reusedBecause: 'tag' | 'inputs'
  /** The tag it is deployed under, when not image-tag. */
  tag?: string
  builtFor?: string[]
  tagHeldBy?: string
}

/** No image of these build inputs: a build, pushed under pushTag. */
export interface Build {
  reused: false
  pushTag: string
  /** The digest image-tag names, when it is an image of other build inputs. */
  tagHeldBy?: string
}

/** What an existing repository holds decides: reuse an image, or build under which tag. */
export async function decideReuse(q: ReuseQuestion): Promise<Reuse | Build> {
  const { imageTag, inputsTag, buildInputs, image, repository, reporter } = q
  const reference = `${image}:${imageTag}`
  const atTag = await q.imageByTag(imageTag)
  // The inputs tag on the very image: the registry's word that it has these build inputs.
  if (atTag && (imageTag === inputsTag || atTag.tags.includes(inputsTag))) {
    reporter.info(
      `${reference} already exists as ${atTag.digest}, built from the same build inputs (it carries ${inputsTag}): reusing it, nothing is built or pushed.`
    )
    return { digest: atTag.digest, reused: true, reusedBecause: 'tag' }
  }
  const same = imageTag === inputsTag ? undefined : await q.imageByTag(inputsTag)
  // The tag list that left the inputs tag out lagged behind the tags (seen in mirrors of
  // ECR, not in ECR): the inputs tag names the same digest, which is what counts.
  if (atTag && same?.digest === atTag.digest) {
    reporter.info(
      `${reference} already exists as ${atTag.digest}, which ${inputsTag} names too (the same build inputs): reusing it, nothing is built or pushed.`
    )
    return { digest: atTag.digest, reused: true, reusedBecause: 'tag' }
  }
  const suffixed = suffixedTag(imageTag, buildInputs)
  let held = ''
  let tagHeldBy: string | undefined
  if (atTag) {
    tagHeldBy = atTag.digest
    held = `${reference} holds ${atTag.digest}, an image of other build inputs (${tagsText(atTag.tags, inputsTag)}); `
  }
  if (same) {
    if (atTag && same.tags.includes(suffixed)) {
      reporter.info(
        `${held}${image}:${suffixed} already exists as ${same.digest}, built from these build inputs (it carries ${inputsTag}): reusing it, nothing is built or pushed.`
      )
      return { digest: same.digest, reused: true, reusedBecause: 'tag', tag: suffixed, tagHeldBy }
    }
    const builtFor = same.tags.filter(t => !t.startsWith(INPUTS_TAG_PREFIX)).sort()
    const others = builtFor.length ? ` (built for ${builtFor.join(', ')})` : ''
    reporter.info(
      `${held}${image}:${inputsTag} already exists as ${same.digest}${others}: the same build inputs, so it is reused; nothing is built or pushed, and ${imageTag} is not added to it.`
    )
    return {
      digest: same.digest,
      reused: true,
      reusedBecause: 'inputs',
      tag: inputsTag,
      builtFor,
      tagHeldBy
    }
  }
  if (!atTag) return { reused: false, pushTag: imageTag }
  const taken = await q.imageByTag(suffixed)
  if (taken) {
    // It would carry the inputs tag if it were of these inputs; ECR cannot retag it.
    throw new ConfigurationError(
      `Input 'image-tag': ${reference} and ${image}:${suffixed} both name images of other build inputs (${atTag.digest}, ${taken.digest}), and ECR tags are immutable; set image-tag to a tag not yet in ${repository}, or delete ${suffixed} from it.`,
      'image-tag'
    )
  }
  reporter.info(
    `${held}ECR tags are immutable, so this build ${q.dryRun ? 'would be' : 'is'} pushed as ${suffixed} instead.`
  )
  return { reused: false, pushTag: suffixed, tagHeldBy }
}

/** An image's tags for a message: which inputs tag it has, if any. */
function tagsText(tags: string[], inputsTag: string): string {
  const own = tags.filter(t => t.startsWith(INPUTS_TAG_PREFIX))
  if (own.length === 0)
    return `no ${INPUTS_TAG_PREFIX} tag, so not a build ggcd can tie to any inputs`
  return `tagged ${own.join(', ')}, not ${inputsTag}`
}
