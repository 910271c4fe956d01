/**
 * The errors every layer tells apart. Bad input is a UserFacingError: one line for the user, never a stack.
 * A cancelled training is a TrainingCancelledError. They are recognised by name, not by class: an error may
 * cross a worker thread or a bundle boundary (the extension's bundle never loads the engine's classes at
 * activation), where `instanceof` fails.
 */
export const ERROR_NAMES = {
  userFacing: 'UserFacingError',
  trainingCancelled: 'TrainingCancelledError',
} as const;

export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = ERROR_NAMES.userFacing;
  }
}

export class TrainingCancelledError extends Error {
  constructor() {
    super('training was cancelled');
    this.name = ERROR_NAMES.trainingCancelled;
  }
}

/** Bad input (a file, an option, a setting), from any layer, thread or bundle. */
export function isUserFacingError(error: unknown): error is Error {
  return error instanceof Error && error.name === ERROR_NAMES.userFacing;
}

/** A training stopped by the user, from any layer, thread or bundle. */
export function isTrainingCancelled(error: unknown): error is Error {
  return error instanceof Error && error.name === ERROR_NAMES.trainingCancelled;
}
