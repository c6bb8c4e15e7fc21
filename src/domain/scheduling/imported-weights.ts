/**
 * FSRS parameters brought from another app (an Anki deck's options preset): taken only when
 * ts-fsrs takes them as they are.
 */
import { checkParameters, clipParameters, migrateParameters } from 'ts-fsrs';

/** How far a value may lie outside ts-fsrs's bounds and still count as inside (float noise). */
const TOLERANCE = 1e-6;

/**
 * Anki's FSRS parameters (17 of FSRS-4.5, 19 of FSRS-5 or 21 of FSRS-6) as the 21 this app's
 * scheduler takes (ts-fsrs's own migration), or `null` when ts-fsrs would not take them as
 * they are: another count, a value that is not finite, or one outside ts-fsrs's bounds (which
 * it would silently clamp, scheduling with parameters nobody fitted). `relearningSteps` is the
 * deck's number of relearning steps, which narrows two of the bounds.
 *
 * @example
 * importedFsrsWeights(DEFAULT_FSRS_WEIGHTS, 1) // the same 21 weights
 * importedFsrsWeights([0.4, 1.2], 1) // null
 */
export function importedFsrsWeights(
  parameters: readonly number[],
  relearningSteps: number,
): number[] | null {
  try {
    checkParameters(parameters);
  } catch {
    return null;
  }
  const clipped = clipParameters([...parameters], relearningSteps);
  const inBounds = clipped.every(
    (value, index) => Math.abs(value - (parameters[index] ?? Number.NaN)) <= TOLERANCE,
  );
  return inBounds ? migrateParameters(parameters, relearningSteps) : null;
}
