// The files the user keeps (templates, the deployment file, the rendered recipe), read with
// one message for each way that fails: the input that names the file, and what to do.
import { readFile } from 'node:fs/promises'
import { ConfigurationError, errorMessage } from './errors.js'

/**
 * The text of `file`, named by `input`. A missing file says `whenMissing` (what the file
 * is and how to get it); any other read error says why it could not be read.
 */
export async function readInputFile(
  file: string,
  input: string,
  whenMissing: string
): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new ConfigurationError(
      missing
        ? `Input '${input}': ${whenMissing}`
        : `Input '${input}': cannot read ${file}: ${errorMessage(error)}.`,
      input
    )
  }
}
