/** An error answer of the backend or the registry, with its machine-readable code. */
export class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export function isUpstream(error: unknown, status?: number): error is UpstreamError {
  return error instanceof UpstreamError && (status === undefined || error.status === status);
}
