/** An error whose message is written for the planner (German) and may be shown as is. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'user',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The renderer-side error carrying the German message from the host. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
