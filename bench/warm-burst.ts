/**
 * A second way to send "200 deliveries in flight": 200 kept-alive connections opened first, then
 * bursts of one delivery on each, all at once, 300 ms apart. Unlike `ab -c 200 -n 200`, no TCP
 * connection is set up inside the measured time. Runs as its own process:
 *   tsx bench/warm-burst.ts <url> <body file> <signature> <connections> <bursts>
 * and prints the latencies (ms) of every measured delivery as JSON.
 */

import { readFileSync } from 'node:fs';
import http from 'node:http';

const [url, bodyFile, signature, connections, bursts] = process.argv.slice(2);
const target = new URL(url!);
const body = readFileSync(bodyFile!);
const n = Number(connections);
const agent = new http.Agent({ keepAlive: true, maxSockets: n });

function deliver(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-spark-signature': signature },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`answered ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const burst = () => Promise.all(Array.from({ length: n }, deliver));
// The first burst opens the connections and is not counted.
await burst();
const latencies: number[] = [];
for (let i = 0; i < Number(bursts); i += 1) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  latencies.push(...(await burst()));
}
agent.destroy();
process.stdout.write(JSON.stringify(latencies));
