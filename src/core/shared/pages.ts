// Every page of a paginated AWS listing, in one loop: the SDK's nextToken convention.

/**
 * Calls `page` with each nextToken until there is none (or `enough` says the items so far
 * suffice), and returns every item in order.
 */
export async function allPages<P extends { nextToken?: string }, T>(
  page: (nextToken: string | undefined) => Promise<P>,
  items: (page: P) => T[] | undefined,
  enough: (soFar: T[]) => boolean = () => false
): Promise<T[]> {
  const all: T[] = []
  let nextToken: string | undefined
  do {
    const answer = await page(nextToken)
    all.push(...(items(answer) ?? []))
    nextToken = answer.nextToken
  } while (nextToken && !enough(all))
  return all
}
