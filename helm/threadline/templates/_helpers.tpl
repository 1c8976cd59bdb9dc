{{/* Names and labels. */}}
{{- define "threadline.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "threadline.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains (include "threadline.name" .) .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name (include "threadline.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "threadline.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "threadline.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "threadline.selectorLabels" -}}
app.kubernetes.io/name: {{ include "threadline.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "threadline.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "threadline.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "threadline.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/*
The settings that are set: `config` entries that are neither null nor empty, as strings.
Checks what the application would refuse to start without in a cluster: a Neo4j and a Redis it
can reach (without them it would try to start its local launchers), and, in production, a token
issuer.
*/}}
{{- define "threadline.config" -}}
{{- $secrets := .Values.secrets -}}
{{- range $name, $value := .Values.config }}
{{- if and (not (kindIs "invalid" $value)) (ne (toString $value) "") }}
{{- if and (hasKey $secrets $name) (get $secrets $name).name }}
{{- fail (printf "%s is set both in config and in secrets: choose one" $name) }}
{{- end }}
{{ $name }}: {{ toString $value | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "threadline.validate" -}}
{{- $c := .Values.config -}}
{{- $s := .Values.secrets -}}
{{- if not $c.NEO4J_URI -}}
{{- fail "config.NEO4J_URI is required: the bolt://, neo4j:// or neo4j+s:// URI of your Neo4j (2026.06 or later)" -}}
{{- end -}}
{{- if not (or $c.REDIS_URL $s.REDIS_URL.name) -}}
{{- fail "config.REDIS_URL (or secrets.REDIS_URL, when the URL holds a password) is required" -}}
{{- end -}}
{{- if and (eq (toString $c.NODE_ENV) "production") (not (or $c.AUTH_JWKS_URL $s.AUTH_JWT_SECRET.name)) -}}
{{- fail "production needs a token issuer: config.AUTH_JWKS_URL or secrets.AUTH_JWT_SECRET" -}}
{{- end -}}
{{- end -}}

{{/* Environment entries for the settings held in Secrets (secretKeyRef, never a value). */}}
{{- define "threadline.secretEnv" -}}
{{- range $name, $ref := .Values.secrets }}
{{- if $ref.name }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.name | quote }}
      key: {{ $ref.key | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* The pod-level parts every Threadline pod shares. */}}
{{- define "threadline.podSpec" -}}
serviceAccountName: {{ include "threadline.serviceAccountName" . }}
automountServiceAccountToken: false
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- end -}}

{{/* Writable folders under a read-only root file system. */}}
{{- define "threadline.volumes" -}}
- name: tmp
  emptyDir: {}
- name: home
  emptyDir: {}
{{- end -}}

{{- define "threadline.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: home
  mountPath: /var/lib/threadline
{{- end -}}
