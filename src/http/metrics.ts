/**
 * Prometheus metrics in the text exposition format, at `/metrics`: counters the bot increments as it
 * works (API answers by status, webhook deliveries) and gauges read when scraped (jobs, records, sync
 * states, the admin credential). Counts only: no address, name or token ever appears in a label.
 */

type Labels = Record<string, string>;

export interface Sample {
  labels: Labels;
  value: number;
}

interface Family {
  help: string;
  type: 'counter' | 'gauge';
  /** Counters: their values by label set. Gauges: read at scrape time. */
  values?: Map<string, Sample>;
  collect?: () => Sample[] | Promise<Sample[]>;
}

const escapeLabel = (value: string): string => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (labels: Labels): string => {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
};

export class Metrics {
  private readonly families = new Map<string, Family>();

  counter(name: string, help: string): void {
    this.families.set(name, { help, type: 'counter', values: new Map() });
  }

  /** A gauge read at scrape time; its source may answer later (a store behind an async interface). */
  gauge(name: string, help: string, collect: () => Sample[] | Promise<Sample[]>): void {
    this.families.set(name, { help, type: 'gauge', collect });
  }

  inc(name: string, labels: Labels = {}, by = 1): void {
    const family = this.families.get(name);
    if (!family?.values) throw new Error(`no counter ${name}`);
    const key = labelText(labels);
    const sample = family.values.get(key);
    if (sample) sample.value += by;
    else family.values.set(key, { labels, value: by });
  }

  async render(): Promise<string> {
    const lines: string[] = [];
    for (const [name, family] of this.families) {
      lines.push(`# HELP ${name} ${family.help}`, `# TYPE ${name} ${family.type}`);
      let samples: Sample[];
      try {
        samples = family.values ? [...family.values.values()] : await family.collect!();
      } catch {
        // A gauge that cannot be read now (the store closing) is left out of this scrape.
        samples = [];
      }
      for (const s of samples)
        lines.push(`${name}${labelText(s.labels)} ${Number.isFinite(s.value) ? s.value : 'NaN'}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
