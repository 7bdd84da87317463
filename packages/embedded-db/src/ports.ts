import net from "node:net"
import { DevEnvironmentError } from "./errors.js"

function tryListen(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once("error", reject)
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address()
      const bound = typeof address === "object" && address ? address.port : port
      server.close(() => resolve(bound))
    })
  })
}

/** Fails with a message naming the port and what wanted it. */
export async function assertPortFree(
  port: number,
  purpose: string,
  hint = "",
): Promise<void> {
  try {
    // Both families: a server bound to :: would otherwise go unnoticed.
    await tryListen(port, "127.0.0.1")
    await tryListen(port, "::").catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EAFNOSUPPORT" && error.code !== "EADDRNOTAVAIL") {
        throw error
      }
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === "EADDRINUSE" || code === "EACCES") {
      throw new DevEnvironmentError(
        `Port ${port} (${purpose}) is already in use.${hint ? ` ${hint}` : ""}`,
      )
    }
    throw error
  }
}

export function findFreePort(): Promise<number> {
  return tryListen(0, "127.0.0.1")
}
