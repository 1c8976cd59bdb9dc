import type { ChangeRecord } from '../graph/outbox.js';
import { compareIds, matches } from './changes.js';
import type { ChangeFilter } from './changes.js';

const STORY = 'jira:SHOP-22';
const EPIC = 'jira:SHOP-2';
const PRD = 'doc:lumen/prd/checkout-v2';
const COMMIT = 'git:lumen/shop@4b7d0a2';

/** A story updated under its epic and PRD, readable at INTERNAL. */
const updated = (over: Partial<ChangeRecord> = {}): ChangeRecord => ({
  op: 'UPDATED',
  uid: STORY,
  kind: 'USER_STORY',
  access: ['INTERNAL'],
  ancestors: [EPIC, PRD],
  epoch: 12,
  at: '2026-01-02T10:00:00.000Z',
  ...over,
});

/** A commit linked to the story: the event carries the levels of both ends. */
const linked = (over: Partial<ChangeRecord> = {}): ChangeRecord =>
  updated({
    op: 'LINKED',
    uid: COMMIT,
    kind: 'CODE',
    access: ['PUBLIC', 'CONFIDENTIAL'],
    ancestors: [STORY, EPIC, PRD],
    link: { from: COMMIT, to: STORY, type: 'IMPLEMENTS', via: 'commit-message', evidence: null },
    ...over,
  });

const internal: ChangeFilter = { levels: ['PUBLIC', 'INTERNAL'] };

describe('matches: access levels', () => {
  it('delivers an event of a level the subscriber may read', () => {
    expect(matches(updated(), internal)).toBe(true);
  });

  it('withholds an event of a level the subscriber may not read', () => {
    expect(matches(updated(), { levels: ['PUBLIC'] })).toBe(false);
    expect(matches(updated({ access: ['RESTRICTED'] }), internal)).toBe(false);
  });

  it('delivers a link only when both of its ends are readable', () => {
    expect(matches(linked(), internal)).toBe(false);
    expect(matches(linked(), { levels: ['CONFIDENTIAL'] })).toBe(false);
    expect(matches(linked(), { levels: ['PUBLIC', 'CONFIDENTIAL'] })).toBe(true);
  });
});

describe('matches: kinds', () => {
  it('delivers every kind when none are named', () => {
    expect(matches(updated(), { ...internal, kinds: null })).toBe(true);
    expect(matches(updated(), { ...internal, kinds: [] })).toBe(true);
  });

  it('delivers only the named kinds', () => {
    expect(matches(updated(), { ...internal, kinds: ['EPIC', 'USER_STORY'] })).toBe(true);
    expect(matches(updated(), { ...internal, kinds: ['EPIC'] })).toBe(false);
  });
});

describe('matches: uids', () => {
  const all: ChangeFilter = { levels: ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL'] };

  it('delivers every artifact when no uids are named', () => {
    expect(matches(updated(), { ...all, uids: [] })).toBe(true);
    expect(matches(updated(), { ...all, uids: null })).toBe(true);
  });

  it('delivers changes of a named artifact and withholds the others', () => {
    expect(matches(updated(), { ...all, uids: [EPIC, STORY] })).toBe(true);
    expect(matches(updated(), { ...all, uids: [EPIC] })).toBe(false);
  });

  it('delivers a link that points at a named artifact', () => {
    expect(matches(linked(), { ...all, uids: [STORY] })).toBe(true);
    expect(matches(linked(), { ...all, uids: [COMMIT] })).toBe(true);
    expect(matches(linked(), { ...all, uids: [EPIC] })).toBe(false);
  });
});

describe('matches: under', () => {
  it('delivers changes of the artifact itself and of everything below it', () => {
    expect(matches(updated(), { ...internal, under: STORY })).toBe(true);
    expect(matches(updated(), { ...internal, under: EPIC })).toBe(true);
    expect(matches(updated(), { ...internal, under: PRD })).toBe(true);
  });

  it('withholds changes above it or beside it', () => {
    expect(
      matches(updated({ uid: EPIC, kind: 'EPIC', ancestors: [PRD] }), {
        ...internal,
        under: STORY,
      }),
    ).toBe(false);
    expect(matches(updated(), { ...internal, under: 'jira:SHOP-3' })).toBe(false);
  });
});

describe('matches: several conditions', () => {
  it('delivers only what passes all of them', () => {
    const filter: ChangeFilter = {
      levels: ['PUBLIC', 'INTERNAL'],
      kinds: ['USER_STORY'],
      uids: [STORY],
      under: PRD,
    };
    expect(matches(updated(), filter)).toBe(true);
    expect(matches(updated({ access: ['CONFIDENTIAL'] }), filter)).toBe(false);
    expect(matches(updated({ kind: 'EPIC' }), filter)).toBe(false);
    expect(matches(updated({ ancestors: [EPIC] }), filter)).toBe(false);
    expect(matches(updated(), { ...filter, uids: [EPIC] })).toBe(false);
  });
});

describe('compareIds', () => {
  it('orders by milliseconds first, numerically', () => {
    expect(compareIds('1700000000001-0', '1700000000000-9')).toBe(1);
    expect(compareIds('1700000000000-9', '1700000000001-0')).toBe(-1);
    // As text, "10" sorts before "9".
    expect(compareIds('10-0', '9-0')).toBe(1);
  });

  it('orders by sequence within one millisecond, numerically', () => {
    expect(compareIds('1700000000000-10', '1700000000000-9')).toBe(1);
    expect(compareIds('1700000000000-9', '1700000000000-10')).toBe(-1);
  });

  it('calls an id equal to itself', () => {
    expect(compareIds('1700000000000-3', '1700000000000-3')).toBe(0);
    expect(compareIds('0-0', '0-0')).toBe(0);
  });

  it('tells apart ids beyond the precision of a JavaScript number', () => {
    // Both parts are unsigned 64-bit in Redis; 2^53 + 1 and 2^53 are one Number.
    expect(compareIds('9007199254740993-0', '9007199254740992-0')).toBe(1);
    expect(compareIds('1-18446744073709551615', '1-18446744073709551614')).toBe(1);
    expect(compareIds('18446744073709551615-0', '18446744073709551615-0')).toBe(0);
  });

  it('sorts a shuffled list of ids into stream order', () => {
    const ordered = [
      '0-0',
      '0-1',
      '9-0',
      '10-0',
      '10-2',
      '10-10',
      '1700000000000-0',
      '9007199254740993-1',
    ];
    const shuffled = [
      ordered[5],
      ordered[0],
      ordered[7],
      ordered[2],
      ordered[6],
      ordered[1],
      ordered[4],
      ordered[3],
    ] as string[];
    expect(shuffled.sort(compareIds)).toEqual(ordered);
  });
});
