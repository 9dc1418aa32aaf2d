import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';

/**
 * A load balancer as small as it gets: each request goes to the next replica in turn (method, path,
 * headers and body as they came), and a replica that refuses the connection (stopped, killed) is skipped
 * for the next one. Which replica answered each request is kept in `served`, by the replica's index.
 */
export class RoundRobinProxy {
  private readonly server: Server;
  private next = 0;
  /** The replica index that answered each request, in order. */
  readonly served: number[] = [];
  port = 0;

  constructor(private readonly targets: () => string[]) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const list = this.targets();
        const first = this.next % list.length;
        this.next += 1;
        const attempt = (tried: number): void => {
          if (tried >= list.length) {
            res.writeHead(502).end('no replica answered');
            return;
          }
          const index = (first + tried) % list.length;
          this.forward(list[index]!, req.method ?? 'GET', req.url ?? '/', req.headers, body)
            .then(({ status, headers, data }) => {
              this.served.push(index);
              res.writeHead(status, without(headers, 'transfer-encoding', 'connection')).end(data);
            })
            .catch(() => attempt(tried + 1));
        };
        attempt(0);
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** One request to one replica; rejects when it refuses the connection. */
  private forward(
    base: string,
    method: string,
    path: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingHttpHeaders; data: Buffer }> {
    const target = new URL(path, base);
    return new Promise((resolve, reject) => {
      const out = request(
        target,
        {
          method,
          headers: {
            ...without(headers, 'transfer-encoding'),
            host: target.host,
            'content-length': String(body.length),
          },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () =>
            resolve({ status: answer.statusCode ?? 502, headers: answer.headers, data: Buffer.concat(chunks) }),
          );
          answer.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  }
}

function without(headers: IncomingHttpHeaders, ...names: string[]): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}
