import { runAction } from '../door/action.js'
import { runRenderRecipe } from '../toolkit/run/render-recipe.js'

await runAction('render-recipe', runRenderRecipe)
