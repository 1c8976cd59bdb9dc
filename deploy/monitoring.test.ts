/**
 * The alert rules and the Grafana dashboard (helm/threadline/files/, shipped by the chart and
 * described in docs/operations.md) name only metrics the server exports, and the chart ships
 * the rules unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createMetrics } from '../core/metrics.js';
import { testCacheDir } from '../test/support/services.js';
import { CHART_DIR, helmBinary, ofKind, render } from './chart.js';

const ALERTS = path.join(CHART_DIR, 'files', 'alerts.yaml');
const DASHBOARD = path.join(CHART_DIR, 'files', 'grafana-dashboard.json');

interface Rule {
  alert: string;
  expr: string;
  labels: { severity: string };
  annotations: { summary: string };
}

interface Dashboard {
  uid: string;
  panels: { title: string; targets: { expr: string }[] }[];
}

/** Every series name /metrics can show: the registry's metrics, histograms with their suffixes. */
async function exportedSeries(): Promise<Set<string>> {
  const metrics = createMetrics();
  const names = new Set<string>();
  for (const m of await metrics.registry.getMetricsAsJSON()) {
    names.add(m.name);
    if (String(m.type) === 'histogram') {
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${m.name}${suffix}`);
    }
  }
  return names;
}

const seriesIn = (expr: string) =>
  [...expr.matchAll(/\bthreadline_[a-z0-9_]+\b/g)].map((m) => m[0]);

describe('alert rules and dashboard', () => {
  it('alert on metrics the server exports', async () => {
    const exported = await exportedSeries();
    const { groups } = parse(readFileSync(ALERTS, 'utf8')) as { groups: { rules: Rule[] }[] };
    const rules = groups.flatMap((g) => g.rules);
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) {
      const series = seriesIn(rule.expr);
      expect({ alert: rule.alert, series: series.length > 0 }).toEqual({
        alert: rule.alert,
        series: true,
      });
      expect({ alert: rule.alert, unknown: series.filter((s) => !exported.has(s)) }).toEqual({
        alert: rule.alert,
        unknown: [],
      });
      expect(['critical', 'warning', 'info']).toContain(rule.labels.severity);
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
    }
  });

  it('graph metrics the server exports, in valid dashboard JSON', async () => {
    const exported = await exportedSeries();
    const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
    expect(dashboard.uid).toBe('threadline');
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(6);
    for (const panel of dashboard.panels) {
      const series = panel.targets.flatMap((t) => seriesIn(t.expr));
      expect({ panel: panel.title, unknown: series.filter((s) => !exported.has(s)) }).toEqual({
        panel: panel.title,
        unknown: [],
      });
      expect(series.length).toBeGreaterThan(0);
    }
  });

  it('are what the chart ships as a PrometheusRule and a dashboard ConfigMap', () => {
    const objects = render(helmBinary(testCacheDir()), {
      set: ['metrics.prometheusRule.enabled=true', 'metrics.grafanaDashboard.enabled=true'],
    });
    const [rule] = ofKind(objects, 'PrometheusRule');
    expect(rule?.spec).toEqual(parse(readFileSync(ALERTS, 'utf8')));
    const dashboard = ofKind(objects, 'ConfigMap').find((c) => c.data?.['threadline.json']);
    expect(JSON.parse(dashboard?.data?.['threadline.json'] ?? '')).toEqual(
      JSON.parse(readFileSync(DASHBOARD, 'utf8')),
    );
  });
});
