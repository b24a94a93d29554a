// Colours shared by the charts and the HTML legends.
export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const CATEGORY_COLORS = {
  MATERIALS: '#3b5bdb',
  EQUIPMENT: '#7048e8',
  COMPONENTS: '#0c8599',
  CELLS: '#e8590c',
  APPLICATIONS: '#c2255c',
  RECYCLING: '#5c940d',
  UNCLASSIFIED: '#868e96',
};

export const STATUS_STYLE = {
  STRONG: { fill: '#2f9e44', border: '#2b8a3e', text: '#ffffff' },
  WEAK: { fill: '#ffe066', border: '#f59f00', text: '#5c3d00' },
  MISSING: { fill: '#f1f3f5', border: '#adb5bd', text: '#495057' },
};

/** What-if marks on the chain diagram (closed gap, gap changing kind, new gap, more local companies). */
export const SIM_COLORS = { closed: '#2b8a3e', changed: '#f08c00', new: '#c92a2a', coverage: '#1098ad' };

export const GAP_COLORS = { FILL: '#e03131', STRENGTHEN: '#1971c2', EXTEND: '#9c36b5' };

export const PROJECT_STATUS_COLORS = {
  LEAD: '#a5d8ff', NEGOTIATING: '#74c0fc', SIGNED: '#339af0', STARTED: '#1c7ed6', COMPLETED: '#1864ab', PRODUCING: '#2f9e44', DROPPED: '#adb5bd',
};

let context = null;
/** The width in pixels of a one-line text drawn in FONT at `size` px. */
export function textWidth(text, size = 12, weight = 'normal') {
  context ??= document.createElement('canvas').getContext('2d');
  context.font = `${weight} ${size}px ${FONT}`;
  return context.measureText(String(text)).width;
}
