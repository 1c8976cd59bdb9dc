/**
 * The Helm chart, through the real `helm` (deploy/helm.ts pins it; `.ci/run` installs it): lint,
 * then `helm template` with the default and the production values, read back and held to the
 * code: the configuration schema, the server's routes, the CLI's commands, package.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SETTINGS, buildConfig } from '../core/config.js';
import { SOURCE_KINDS } from '../ingest/jobs.js';
import { isExplorerRoute } from '../server/explorer.js';
import {
  GRAPHQL_PATH,
  LIVE_PATH,
  METRICS_PATH,
  READY_PATH,
  WEBHOOK_PATHS,
} from '../server/routes.js';
import { testCacheDir } from '../test/support/services.js';
import {
  CHART_DIR,
  KUBE_VERSION,
  helm,
  helmBinary,
  ofKind,
  podTemplate,
  render,
  workloads,
} from './chart.js';
import type { Container, K8sObject } from './chart.js';
import { CREDENTIALS } from './settings.js';

const PRODUCTION = path.join(CHART_DIR, 'values-production.yaml');
const VALUE_SETS = { default: [], production: [PRODUCTION] } as const;
const pkg = JSON.parse(readFileSync(path.join(CHART_DIR, '..', '..', 'package.json'), 'utf8')) as {
  version: string;
};

let binary: string;
const rendered: Record<keyof typeof VALUE_SETS, K8sObject[]> = { default: [], production: [] };

beforeAll(() => {
  binary = helmBinary(testCacheDir());
  rendered.default = render(binary);
  rendered.production = render(binary, { values: [PRODUCTION] });
});

const containers = (objects: K8sObject[]): Container[] =>
  workloads(objects).flatMap(({ template }) => template.spec.containers);

function only(objects: K8sObject[], kind: string): K8sObject {
  const found = ofKind(objects, kind);
  expect(found).toHaveLength(1);
  return found[0] as K8sObject;
}

const configMap = (objects: K8sObject[]) =>
  ofKind(objects, 'ConfigMap').find((c) => !c.metadata.name.endsWith('-dashboard')) as K8sObject;

const apiContainer = (objects: K8sObject[]): Container =>
  podTemplate(only(objects, 'Deployment')).spec.containers[0] as Container;

/** A value the configuration accepts for each credential a pod reads from a Secret. */
const SECRET_SAMPLES: Record<string, string> = {
  NEO4J_PASSWORD: 'neo4j-password',
  REDIS_URL: 'redis://:redis-password@redis-master:6379',
  AUTH_JWT_SECRET: 'a-signing-secret-of-at-least-32-characters',
  JIRA_API_TOKEN: 'jira-token',
  JIRA_BEARER_TOKEN: 'jira-bearer',
  JIRA_WEBHOOK_SECRET: 'jira-hook',
  GITHUB_TOKEN: 'github-token',
  GITHUB_WEBHOOK_SECRET: 'github-hook',
};

describe('the Helm chart (real helm)', () => {
  it.each(Object.entries(VALUE_SETS))(
    'passes helm lint --strict with the %s values',
    (_n, files) => {
      const out = helm(binary, [
        'lint',
        CHART_DIR,
        '--strict',
        '--kube-version',
        KUBE_VERSION,
        ...files.flatMap((f) => ['-f', f]),
      ]);
      expect(out.stderr + out.stdout).not.toMatch(/\[(ERROR|WARNING)\]|Fail:/);
      expect(out.status).toBe(0);
    },
  );

  it('renders the API with its Service, autoscaler, disruption budget and migration hook by default', () => {
    const kinds = rendered.default.map((o) => o.kind).sort();
    expect(kinds).toEqual(
      [
        'ConfigMap',
        'Deployment',
        'HorizontalPodAutoscaler',
        'Job',
        'PodDisruptionBudget',
        'Service',
        'ServiceAccount',
      ].sort(),
    );
  });

  it('adds an Ingress, a CronJob per enabled source and the monitoring objects in production', () => {
    const kinds = new Set(rendered.production.map((o) => o.kind));
    for (const kind of ['Ingress', 'CronJob', 'ServiceMonitor', 'PrometheusRule']) {
      expect(kinds).toContain(kind);
    }
    expect(ofKind(rendered.production, 'ConfigMap').map((c) => c.metadata.name)).toContain(
      'tl-threadline-dashboard',
    );
  });

  it.each(Object.keys(VALUE_SETS))(
    'sets only settings of the configuration schema (%s values)',
    (set) => {
      const objects = rendered[set as keyof typeof VALUE_SETS];
      const names = [
        ...Object.keys(configMap(objects).data ?? {}),
        ...containers(objects).flatMap((c) => (c.env ?? []).map((e) => e.name)),
      ];
      expect(names.length).toBeGreaterThan(5);
      expect(names.filter((n) => !SETTINGS.includes(n))).toEqual([]);
    },
  );

  it.each(Object.keys(VALUE_SETS))(
    'reads every credential from a Secret and inlines none (%s values)',
    (set) => {
      const objects = rendered[set as keyof typeof VALUE_SETS];
      expect(ofKind(objects, 'Secret')).toEqual([]);
      const inConfigMap = Object.keys(configMap(objects).data ?? {});
      expect(inConfigMap.filter((k) => (CREDENTIALS as readonly string[]).includes(k))).toEqual([]);
      for (const env of containers(objects).flatMap((c) => c.env ?? [])) {
        if (!(CREDENTIALS as readonly string[]).includes(env.name)) continue;
        expect(env.value).toBeUndefined();
        expect(env.valueFrom?.secretKeyRef?.name).toMatch(/^threadline-/);
      }
      const api = apiContainer(objects);
      expect(api.env?.find((e) => e.name === 'NEO4J_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({
        name: 'threadline-neo4j',
        key: 'password',
      });
    },
  );

  it('keeps credentials out of the values files', () => {
    for (const file of [path.join(CHART_DIR, 'values.yaml'), PRODUCTION]) {
      const values = parse(readFileSync(file, 'utf8')) as { config?: Record<string, unknown> };
      const literal = Object.keys(values.config ?? {}).filter((k) =>
        (CREDENTIALS as readonly string[]).includes(k),
      );
      expect({ file: path.basename(file), literal }).toEqual({
        file: path.basename(file),
        literal: [],
      });
    }
  });

  it('probes the server’s own health routes on the port the server listens on', () => {
    const api = apiContainer(rendered.default);
    expect(api.readinessProbe?.httpGet?.path).toBe(READY_PATH);
    expect(api.livenessProbe?.httpGet?.path).toBe(LIVE_PATH);
    expect(api.startupProbe?.httpGet?.path).toBe(LIVE_PATH);
    for (const probe of [api.readinessProbe, api.livenessProbe, api.startupProbe]) {
      expect(probe?.httpGet?.port).toBe('http');
    }
    const port = api.ports?.find((p) => p.name === 'http')?.containerPort;
    expect(String(port)).toBe(configMap(rendered.default).data?.PORT);
    const custom = render(binary, { set: ['config.PORT=8080'] });
    expect(apiContainer(custom).ports?.find((p) => p.name === 'http')?.containerPort).toBe(8080);
  });

  it('deploys the image of package.json’s version', () => {
    const chart = parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')) as {
      version: string;
      appVersion: string;
    };
    expect(chart.appVersion).toBe(pkg.version);
    expect(chart.version).toBe(pkg.version);
    for (const c of containers(rendered.default)) {
      expect(c.image).toBe(`threadline/threadline:${pkg.version}`);
    }
    const pinned = render(binary, { set: ['image.tag=9.9.9'] });
    expect(containers(pinned).map((c) => c.image.split(':')[1])).toEqual(
      containers(pinned).map(() => '9.9.9'),
    );
  });

  it.each(Object.keys(VALUE_SETS))(
    'renders settings the application accepts as a production configuration (%s values)',
    (set) => {
      const objects = rendered[set as keyof typeof VALUE_SETS];
      const api = apiContainer(objects);
      const env: Record<string, string> = { ...configMap(objects).data };
      for (const e of api.env ?? []) env[e.name] = e.value ?? (SECRET_SAMPLES[e.name] as string);
      const config = buildConfig(env);
      expect(config.env).toBe('production');
      expect(config.neo4j.uri).toMatch(/^neo4j:\/\//);
      expect(config.redis.url).toMatch(/^redis:\/\//);
      expect(config.server.host).toBe('0.0.0.0');
      expect(config.server.demoData).toBe(false);
    },
  );

  it('runs migrations in a pre-install/pre-upgrade hook that needs nothing the release creates', () => {
    const job = only(rendered.production, 'Job');
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    const { spec } = podTemplate(job);
    const migrate = spec.containers[0] as Container;
    expect(migrate.args).toEqual(['migrate']);
    expect(spec.restartPolicy).toBe('Never');
    // Before install nothing of the release exists: no ConfigMap to read, no service account.
    expect(migrate.envFrom).toBeUndefined();
    const created = rendered.production
      .filter((o) => !o.metadata.annotations?.['helm.sh/hook'])
      .map((o) => `${o.kind}/${o.metadata.name}`);
    expect(created).toContain('ServiceAccount/tl-threadline');
    expect(spec.serviceAccountName).toBeUndefined();
    // The same settings as the API: the ConfigMap's inline, the Secrets' referenced alike.
    const api = apiContainer(rendered.production);
    const apiNames = [
      ...Object.keys(configMap(rendered.production).data ?? {}),
      ...(api.env ?? []).map((e) => e.name),
    ].sort();
    expect((migrate.env ?? []).map((e) => e.name).sort()).toEqual(apiNames);
    expect(migrate.env?.find((e) => e.name === 'NEO4J_URI')?.value).toBe(
      configMap(rendered.production).data?.NEO4J_URI,
    );
  });

  it('runs one sync CronJob per enabled source, with the CLI’s source names', () => {
    expect(ofKind(rendered.default, 'CronJob')).toEqual([]);
    const jobs = ofKind(rendered.production, 'CronJob');
    const args = jobs.map((j) => podTemplate(j).spec.containers[0]?.args);
    expect(args.sort()).toEqual([
      ['sync', 'github'],
      ['sync', 'jira'],
    ]);
    const all = render(binary, {
      set: SOURCE_KINDS.map((s) => `ingest.sources.${s}.enabled=true`),
    });
    const sources = ofKind(all, 'CronJob').map((j) => podTemplate(j).spec.containers[0]?.args?.[1]);
    expect(sources.sort()).toEqual([...SOURCE_KINDS].sort());
    for (const job of jobs) {
      const spec = job.spec as {
        concurrencyPolicy: string;
        jobTemplate: { spec: { podFailurePolicy: { rules: unknown[] } } };
      };
      expect(spec.concurrencyPolicy).toBe('Forbid');
      // `threadline sync` exits 2 on bad settings: the Job fails at once instead of retrying.
      expect(spec.jobTemplate.spec.podFailurePolicy.rules).toContainEqual({
        action: 'FailJob',
        onExitCodes: { containerName: 'sync', operator: 'In', values: [2] },
      });
      const { spec: pod } = podTemplate(job);
      expect(pod.restartPolicy).toBe('Never');
      expect(pod.containers[0]?.envFrom?.[0]?.configMapRef?.name).toBe('tl-threadline');
    }
  });

  it('routes GraphQL with its WebSocket, the webhooks and the explorer, never /metrics or health', () => {
    const ingress = only(rendered.production, 'Ingress');
    const spec = ingress.spec as {
      rules: { http: { paths: { path: string; pathType: string }[] } }[];
    };
    const paths = spec.rules[0]?.http.paths ?? [];
    const routes = (p: string) =>
      paths.some((r) =>
        r.pathType === 'Exact'
          ? r.path === p
          : p === r.path || p.startsWith(r.path.endsWith('/') ? r.path : `${r.path}/`),
      );
    expect(routes(GRAPHQL_PATH)).toBe(true);
    for (const hook of Object.values(WEBHOOK_PATHS)) expect(routes(hook)).toBe(true);
    for (const page of [
      '/',
      '/search',
      '/sign-in',
      '/coverage',
      '/coverage/doc:x',
      '/a/jira:X-1',
    ]) {
      expect(isExplorerRoute(page)).toBe(true);
      expect(routes(page)).toBe(true);
    }
    for (const hidden of [METRICS_PATH, LIVE_PATH, READY_PATH]) expect(routes(hidden)).toBe(false);
    const withoutExplorer = render(binary, {
      values: [PRODUCTION],
      set: ['ingress.explorer=false'],
    });
    const rules = (only(withoutExplorer, 'Ingress').spec as typeof spec).rules[0]?.http.paths;
    expect(rules?.map((r) => r.path)).toEqual([GRAPHQL_PATH, '/webhooks/']);
  });

  it('selects the API pods from its Service, autoscaler and disruption budget', () => {
    const deployment = only(rendered.default, 'Deployment');
    const labels = podTemplate(deployment).metadata.labels;
    const selects = (selector: Record<string, string>) =>
      Object.entries(selector).every(([k, v]) => labels[k] === v);
    const service = only(rendered.default, 'Service').spec as {
      selector: Record<string, string>;
      ports: { targetPort: string }[];
    };
    expect(selects(service.selector)).toBe(true);
    expect(service.ports[0]?.targetPort).toBe('http');
    const pdb = only(rendered.default, 'PodDisruptionBudget').spec as {
      selector: { matchLabels: Record<string, string> };
    };
    expect(selects(pdb.selector.matchLabels)).toBe(true);
    const hpa = only(rendered.default, 'HorizontalPodAutoscaler').spec as {
      scaleTargetRef: { kind: string; name: string };
    };
    expect(hpa.scaleTargetRef).toMatchObject({
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    // With the autoscaler on, the Deployment leaves the replica count to it.
    expect((deployment.spec as { replicas?: number }).replicas).toBeUndefined();
  });

  it.each([
    ['config.NEO4J_URI=', 'config.NEO4J_URI is required'],
    ['config.REDIS_URL=', 'config.REDIS_URL (or secrets.REDIS_URL'],
    ['secrets.AUTH_JWT_SECRET.name=', 'production needs a token issuer'],
    ['secrets.REDIS_URL.name=threadline-redis', 'REDIS_URL is set both in config and in secrets'],
  ])('refuses to render with %s', (set, message) => {
    expect(() => render(binary, { set: [set] })).toThrow(message);
  });

  it('rolls the pods when a setting changes', () => {
    const checksum = (objects: K8sObject[]) =>
      podTemplate(only(objects, 'Deployment')).metadata.annotations?.['checksum/config'];
    expect(checksum(render(binary, { set: ['config.LOG_LEVEL=debug'] }))).not.toBe(
      checksum(rendered.default),
    );
  });
});
