import { runAction } from './run-action.js'
import { runRenderRecipe } from '../../interface/run/render-recipe.js'

/** The action's logic; index.ts runs it, and so does @github/local-action (it imports run()). */
export async function run(): Promise<void> {
  await runAction('render-recipe', runRenderRecipe)
}
