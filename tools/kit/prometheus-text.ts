/**
 * The Prometheus text format, parsed by a library (parse-prometheus-text-format), not a regex: what
 * the bench, abuse and the tests read from the service's metrics port.
 */
interface Family {
  readonly name: string;
  readonly metrics: ReadonlyArray<{ readonly labels?: Record<string, string>; readonly value?: string }>;
}

const parse = require('parse-prometheus-text-format') as (text: string) => Family[];

export interface Sample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export class Scrape {
  private readonly byName = new Map<string, Sample[]>();

  constructor(text: string) {
    // The library folds a histogram's labelled series into one (it keeps the last buckets, drops the
    // labels): without their TYPE line, NAME_bucket, NAME_sum and NAME_count are read as plain series.
    for (const family of parse(text.replace(/^# TYPE \S+ histogram$/gm, ''))) {
      for (const metric of family.metrics) if (metric.value !== undefined) this.add(family.name, metric.labels ?? {}, metric.value);
    }
  }

  /** Every sample of a series (a histogram's as `NAME_count`, `NAME_sum`, `NAME_bucket`). */
  samples(name: string): readonly Sample[] {
    return this.byName.get(name) ?? [];
  }

  /** The sum of the samples whose labels include `labels`; 0 when there are none. */
  sum(name: string, labels: Record<string, string> = {}): number {
    return this.samples(name)
      .filter((sample) => Object.entries(labels).every(([label, value]) => sample.labels[label] === value))
      .reduce((total, sample) => total + sample.value, 0);
  }

  /** The distinct values a label takes in a metric. */
  labelValues(name: string, label: string): string[] {
    return [...new Set(this.samples(name).map((sample) => sample.labels[label]))].filter((value) => value !== undefined).sort();
  }

  private add(name: string, labels: Record<string, string>, value: string): void {
    const samples = this.byName.get(name) ?? [];
    samples.push({ labels, value: Number(value) });
    this.byName.set(name, samples);
  }
}

export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return new Scrape(await response.text());
}
