import type { Confidence } from '../identifiers.js';

/** One readiness characteristic of a learning program's intake checklist. */
export interface ReadinessCharacteristic {
  /** Stable id used by `readinessChecklist[].characteristicId` (for example `R1`). */
  readonly id: string;
  /** Short label. */
  readonly label: string;
  /** The characteristic in the project's own words. */
  readonly description: string;
  /** How sure the domain research is of this entry. */
  readonly confidence: Confidence;
  /** Source keys from the domain research (learning-programs.md). */
  readonly sources: readonly string[];
}

/** A readiness catalogue: the characteristics of one program plus its self-assessment rule. */
export interface ReadinessCatalogue {
  /** Program id the catalogue belongs to. */
  readonly program: string;
  /** Where the list comes from. */
  readonly source: string;
  readonly characteristics: readonly ReadinessCharacteristic[];
  /**
   * The Getting Started Readiness Self-Assessment: statements rated on a 1-4 scale; a group
   * total at or above `readyThreshold` suggests readiness. The rule is [verified]; this
   * encoding of it is [inferred].
   */
  readonly selfAssessment: {
    readonly scaleMin: number;
    readonly scaleMax: number;
    readonly readyThreshold: number;
    readonly confidence: Confidence;
    readonly encodingConfidence: Confidence;
    readonly sources: readonly string[];
  };
}

/**
 * The readiness characteristics (intake checklist) of the COE 2026 National Learning
 * Collaborative (learning-programs.md section 1.5), as plain data with confidence tags.
 * Replace or extend it by passing your own catalogue to `validateProgramParticipation`.
 *
 * @example
 * ```ts
 * NLC_READINESS.characteristics.map((c) => c.id); // ['R1', ..., 'R9']
 * NLC_READINESS.selfAssessment.readyThreshold; // 30
 * ```
 */
export const NLC_READINESS: ReadinessCatalogue = {
  program: 'coe-nlc',
  source:
    'Communities of Excellence 2026, National Learning Collaborative pages (learning-programs.md 1.5)',
  characteristics: [
    {
      id: 'R1',
      label: 'Multi-sector, multi-generation commitment',
      description:
        'Commitments from key sectors (health, education, business, government, social services, safety) and several generations, or an existing multi-sector leadership team or coalition.',
      confidence: 'verified',
      sources: ['E7'],
    },
    {
      id: 'R2',
      label: 'Identified backbone',
      description:
        'An identified backbone organization (or several) that sustains the effort and is the main contact.',
      confidence: 'verified',
      sources: ['E7', 'E6'],
    },
    {
      id: 'R3',
      label: 'Willingness to share and commit',
      description: 'Willingness to share generously and to commit time and resources.',
      confidence: 'verified',
      sources: ['E7'],
    },
    {
      id: 'R4',
      label: 'Baldrige knowledge or wish to learn',
      description: 'Knowledge of Baldrige principles or a strong wish to learn them.',
      confidence: 'verified',
      sources: ['E7', 'X1'],
    },
    {
      id: 'R5',
      label: 'Key leaders committed',
      description:
        'Key leaders are committed: a recognized priority for participants, their senior leaders and boards.',
      confidence: 'verified',
      sources: ['E7'],
    },
    {
      id: 'R6',
      label: 'Dedicated project resources',
      description:
        'Dedicated project resources: the backbone plus 2-3 project leaders who attend every session.',
      confidence: 'verified',
      sources: ['E6'],
    },
    {
      id: 'R7',
      label: 'Diversity and inclusiveness',
      description: 'Valuing diversity and inclusiveness so that all resident voices are engaged.',
      confidence: 'verified',
      sources: ['E7'],
    },
    {
      id: 'R8',
      label: 'Measurement and data support',
      description:
        'Dedicated support for measurement and data infrastructure, including new and external data.',
      confidence: 'verified',
      sources: ['E7'],
    },
    {
      id: 'R9',
      label: 'Cross-sector connections and time',
      description:
        'Connections across several sectors (health care, business and economic development, education, other quality-of-life work) and the time and energy to show up.',
      confidence: 'verified',
      sources: ['X1'],
    },
  ],
  selfAssessment: {
    scaleMin: 1,
    scaleMax: 4,
    readyThreshold: 30,
    confidence: 'verified',
    encodingConfidence: 'inferred',
    sources: ['E19'],
  },
};
