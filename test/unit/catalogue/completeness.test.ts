import { describe, expect, it } from 'vitest';
import { completeness, completenessBand, isFilled, scoredFields } from '../../../src/lib/catalogue/completeness.ts';
import { modelSchema } from '../../../src/schema/model.ts';
import { minimalModelInput } from '../helpers/models.ts';

const minimal = minimalModelInput;

describe('completeness', () => {
  it('scores the schema fields, groups through their members, list items not at all', () => {
    const paths = scoredFields().map((f) => f.path);
    expect(paths).toContain('problem');
    expect(paths).toContain('resources.startupCost');
    expect(paths).toContain('replication.steps');
    expect(paths).toContain('evidence.claims');
    expect(paths).not.toContain('resources');
    expect(paths).not.toContain('title');
    expect(paths.some((p) => p.includes('[]'))).toBe(false);
    expect(scoredFields().every((f) => f.description !== '')).toBe(true);
  });

  it('knows what counts as filled', () => {
    expect(isFilled('')).toBe(false);
    expect(isFilled('  ')).toBe(false);
    expect(isFilled([])).toBe(false);
    expect(isFilled(undefined)).toBe(false);
    expect(isFilled(0)).toBe(true);
    expect(isFilled(['a'])).toBe(true);
    expect(isFilled({ min: 1 })).toBe(true);
  });

  it('rises as fields are filled, weighting what replication needs most', () => {
    const bare = completeness(modelSchema.parse(minimal));
    expect(bare.percent).toBeGreaterThan(0);
    expect(bare.percent).toBeLessThan(50);
    expect(bare.missing.map((f) => f.path)).toContain('replication.steps');

    const withSteps = completeness(modelSchema.parse({ ...minimal, replication: { steps: [{ title: 'Khảo sát', owner: 'cong-an' }] } }));
    const withTags = completeness(modelSchema.parse({ ...minimal, tags: ['x'] }));
    expect(withSteps.percent).toBeGreaterThan(bare.percent);
    // Tags weigh nothing.
    expect(withTags.percent).toBe(bare.percent);
  });

  it('reaches 100% only when every scored field holds something', () => {
    const result = completeness(modelSchema.parse(minimal));
    expect(result.filled.length + result.missing.length).toBe(scoredFields().length);
    expect(result.percent).not.toBe(100);
  });

  it('puts a score into a band', () => {
    expect(completenessBand(100)).toBe('day-du');
    expect(completenessBand(80)).toBe('day-du');
    expect(completenessBand(79)).toBe('kha-day-du');
    expect(completenessBand(50)).toBe('kha-day-du');
    expect(completenessBand(49)).toBe('con-thieu');
  });
});
