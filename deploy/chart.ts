/**
 * Runs the real `helm` on the chart and reads what it renders: what the chart checks
 * (`chart.test.ts`, `config-drift.test.ts`) share.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { PROJECT_ROOT } from '../core/config.js';
import { HELM_INSTALL_COMMAND, HELM_VERSION, helmPath } from './helm.js';

/** The application chart. */
export const CHART_DIR = path.join(PROJECT_ROOT, 'helm', 'threadline');

/**
 * The Kubernetes version `helm template` renders for (it assumes 1.20 without a cluster, older
 * than the chart's `kubeVersion`).
 */
export const KUBE_VERSION = '1.31.0';

/** One rendered Kubernetes object, as far as the checks read it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: unknown };
}

export interface Probe {
  httpGet?: { path: string; port: string | number };
}

export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: EnvVar[] | null;
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

export interface PodSpec {
  serviceAccountName?: string;
  restartPolicy?: string;
  containers: Container[];
  securityContext?: { runAsUser?: number; runAsNonRoot?: boolean };
}

export interface PodTemplate {
  metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
  spec: PodSpec;
}

/**
 * The helm binary.
 * @throws {Error} naming the install command when it is not installed: the checks never skip.
 */
export function helmBinary(cacheDir: string): string {
  const binary = helmPath(cacheDir);
  if (!existsSync(binary)) {
    throw new Error(
      `helm ${HELM_VERSION} is not installed at ${binary}: run \`${HELM_INSTALL_COMMAND}\` ` +
        `(go install helm.sh/helm/v3/cmd/helm@${HELM_VERSION}; .ci/run does it before npm test)`,
    );
  }
  return binary;
}

/** Runs helm; never throws on a non-zero exit (the caller checks `status`). */
export function helm(
  binary: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(binary, args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `helm template` of a chart with values files and `--set` pairs, parsed.
 * @throws {Error} with helm's message when rendering fails.
 */
export function render(
  binary: string,
  options: { chart?: string; values?: string[]; set?: string[]; release?: string } = {},
): K8sObject[] {
  const args = [
    'template',
    options.release ?? 'tl',
    options.chart ?? CHART_DIR,
    '--kube-version',
    KUBE_VERSION,
    ...(options.values ?? []).flatMap((v) => ['-f', v]),
    ...(options.set ?? []).flatMap((s) => ['--set', s]),
  ];
  const out = helm(binary, args);
  if (out.status !== 0) throw new Error(`helm ${args.join(' ')} failed:\n${out.stderr}`);
  return parseAllDocuments(out.stdout)
    .map((doc) => doc.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}

/** The objects of one kind. */
export const ofKind = (objects: K8sObject[], kind: string): K8sObject[] =>
  objects.filter((o) => o.kind === kind);

/** The pod template of a Deployment, Job or CronJob. */
export function podTemplate(object: K8sObject): PodTemplate {
  const spec = object.spec as {
    template?: PodTemplate;
    jobTemplate?: { spec: { template: PodTemplate } };
  };
  const template = spec.template ?? spec.jobTemplate?.spec.template;
  if (!template) throw new Error(`${object.kind} ${object.metadata.name} has no pod template`);
  return template;
}

/** Every workload's pod template (Deployments, Jobs, CronJobs), with its owner's name. */
export function workloads(objects: K8sObject[]): { owner: K8sObject; template: PodTemplate }[] {
  return objects
    .filter((o) => ['Deployment', 'Job', 'CronJob'].includes(o.kind))
    .map((owner) => ({ owner, template: podTemplate(owner) }));
}
