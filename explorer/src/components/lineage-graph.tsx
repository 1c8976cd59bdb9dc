/**
 * The lineage graph (Cytoscape.js on a canvas): nodes coloured by kind, the page's artifact
 * outlined, unresolved references dashed, the evidence of a link shown on hover. A table of the
 * same links follows it for keyboards and screen readers.
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { KIND_COLOURS } from '../graph-model';
import type { LineageModel } from '../graph-model';
import { navigate } from '../router';
import { artifactHref } from '../routes';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      width: 30,
      height: 30,
      'background-color': 'data(colour)',
      label: 'data(label)',
      color: '#111827',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-wrap': 'ellipsis',
      'text-max-width': '170px',
      'border-width': 1,
      'border-color': '#111827',
    },
  },
  { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
  {
    selector: 'node.placeholder',
    style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#4b5563' },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#6b7280',
      'target-arrow-color': '#6b7280',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge.unresolved', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.hover', style: { width: 4, 'line-color': '#111827' } },
];

/**
 * Cytoscape adds a `<style>` element (`position: relative` for its container) unless an element
 * with its id exists; the page's policy refuses inline styles, so the rule lives in styles.css
 * and this stands in for the element.
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

export function LineageGraph({ model, label }: { model: LineageModel; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const key = JSON.stringify(model);
  useEffect(() => {
    if (!container.current) return;
    claimCytoscapeStylesheet();
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...model.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id, label: n.label, colour: KIND_COLOURS[n.kind] },
          position: n.position,
          classes: [n.root ? 'root' : '', n.kind === 'PLACEHOLDER' ? 'placeholder' : '']
            .filter(Boolean)
            .join(' '),
        })),
        ...model.edges.map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.source, target: e.target, evidence: e.evidence },
          classes: e.resolved ? '' : 'unresolved',
        })),
      ],
      style: STYLE,
      layout: { name: 'preset', fit: true, padding: 30 },
      autoungrabify: true,
      boxSelectionEnabled: false,
      minZoom: 0.3,
      maxZoom: 2,
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (!node.hasClass('placeholder')) navigate(artifactHref(node.id()));
    });
    cy.on('mouseover', 'edge', (event) => {
      const edge = event.target as cytoscape.EdgeSingular;
      edge.addClass('hover');
      const at = event.renderedPosition ?? edge.renderedMidpoint();
      setTip({ text: String(edge.data('evidence')), x: at.x, y: at.y });
    });
    cy.on('mouseout', 'edge', (event) => {
      (event.target as cytoscape.EdgeSingular).removeClass('hover');
      setTip(null);
    });
    setCount(cy.nodes().length);
    return () => {
      cy.destroy();
    };
    // The model's JSON is the dependency: a refresh with the same graph keeps the drawing.
  }, [key]);
  return (
    <div className="graph-wrap">
      <div
        ref={container}
        className="graph"
        role="img"
        aria-label={label}
        data-testid="lineage-graph"
        data-node-count={count ?? undefined}
        data-edge-count={count === null ? undefined : model.edges.length}
      />
      {tip ? (
        <div className="tip" role="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}
