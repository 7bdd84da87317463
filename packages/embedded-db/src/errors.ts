/**
 * A problem the person starting the project can fix themselves. Launchers
 * print only its message (no stack trace) and exit non-zero.
 */
export class DevEnvironmentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "DevEnvironmentError"
  }
}
