import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { computeTeamRoleMap } from './compute-team-role-map';
import { renderRoleMapSvg } from './render-role-map-svg';
import { member, teamA, teamB, teamC } from './team-map.fixtures.test-support';
import type { TeamSnapshot } from './team-map.types';

interface Element {
  tag: string;
  attributes: Record<string, string>;
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Flattens the parsed document into elements with their attributes and direct text. */
function elements(svg: string): Element[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
  });
  const out: Element[] = [];
  const walk = (nodes: OrderedNode[]) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@');
      if (!tag || tag === '#text') continue;
      const children = node[tag] as OrderedNode[];
      const text = children
        .filter((c) => '#text' in c)
        .map((c) => String(c['#text']))
        .join('');
      out.push({ tag, attributes: node[':@'] ?? {}, text });
      walk(children);
    }
  };
  walk(parser.parse(svg) as OrderedNode[]);
  return out;
}

const texts = (svg: string) =>
  elements(svg)
    .filter((e) => e.tag === 'text')
    .map((e) => e.text);

describe('renderRoleMapSvg', () => {
  it('is well-formed standalone SVG sized to its content', () => {
    const svg = renderRoleMapSvg(computeTeamRoleMap(teamA));
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = elements(svg).find((e) => e.tag === 'svg');
    expect(root?.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root?.attributes.width)).toBeGreaterThan(0);
    expect(Number(root?.attributes.height)).toBeGreaterThan(0);
  });

  it('shows every member, role title, fit value and the title', () => {
    const map = computeTeamRoleMap(teamA);
    const svg = renderRoleMapSvg(map, { title: 'Sales team' });
    const shown = texts(svg);
    expect(shown).toContain('Sales team');
    for (const m of map.members) expect(shown).toContain(m.name);
    for (const r of map.roles) expect(shown.some((t) => t.includes(r.title))).toBe(true);
    // Team A's fits by hand: 100, 80 / 90, 100 / 96, 95.
    for (const fit of ['100', '80', '90', '96', '95']) expect(shown).toContain(fit);
  });

  it('marks exactly the assigned cells', () => {
    const map = computeTeamRoleMap(teamA);
    const marked = elements(renderRoleMapSvg(map))
      .filter((e) => e.tag === 'rect' && (e.attributes.class ?? '').split(' ').includes('assigned'))
      .map((e) => [e.attributes['data-member-id'], e.attributes['data-role-id']]);
    expect(marked).toEqual([
      ['ann', 'booker'],
      ['bob', 'closer'],
    ]);
  });

  it('marks low-fit assignments, counts empty slots and lists every gap', () => {
    // Team B with threshold 95: Dee's hunter slot is a low fit, the farmer slot is empty.
    const map = computeTeamRoleMap(teamB, { gapThreshold: 95 });
    const svg = renderRoleMapSvg(map);
    const all = elements(svg);
    const lowFit = all.filter((e) => (e.attributes.class ?? '').includes('low-fit'));
    expect(lowFit.map((e) => e.attributes['data-member-id'])).toEqual(['dee']);
    const badges = all.filter((e) => e.attributes.class === 'empty-slots');
    expect(badges.map((e) => e.attributes['data-role-id'])).toEqual(['farmer']);
    expect(texts(svg)).toContain('1 empty');
    const gapLines = all.filter((e) => e.attributes.class === 'gap').map((e) => e.text);
    expect(gapLines).toEqual(['Hunter, slot 2: low fit, Dee (91)', 'Farmer, slot 1: empty']);
  });

  it('shows mean fit now and optimal, and the totals, in whole numbers', () => {
    // Team A: now Ann 80 + Bob 90 (mean 85), optimal 100 + 100 (mean 100); totals 170 → 200.
    const shown = texts(renderRoleMapSvg(computeTeamRoleMap(teamA)));
    expect(shown).toContain(
      'Mean fit now 85 · optimal 100 (total 170 → 200) · 3 members × 2 roles',
    );
    // Team B: Dee hunter 90.78 → "91"; Eve's current farmer 85, mean now 85.
    const b = texts(renderRoleMapSvg(computeTeamRoleMap(teamB)));
    expect(b).toContain('91');
    expect(b.some((t) => /\d\.\d/.test(t))).toBe(false);
  });

  it('marks each member’s current role: a corner triangle, or ◇ when it is not a column', () => {
    const all = elements(renderRoleMapSvg(computeTeamRoleMap(teamA)));
    const current = all
      .filter((e) => e.attributes.class === 'current-role')
      .map((e) => [e.attributes['data-member-id'], e.attributes['data-role-id']]);
    // Ann is a closer now, Bob a booker, Cid has no role.
    expect(current).toEqual([
      ['ann', 'closer'],
      ['bob', 'booker'],
    ]);
    expect(texts(renderRoleMapSvg(computeTeamRoleMap(teamA)))).toContain('Current role');
    // Team C: Fay and Hal work in "inside", which the team does not require.
    const c = texts(renderRoleMapSvg(computeTeamRoleMap(teamC)));
    expect(c).toEqual(expect.arrayContaining(['Fay ◇', 'Gus', 'Hal ◇']));
    expect(c).toContain('◇ Current role is not one of the required roles');
  });

  it('has a legend with the colour scale and the markers', () => {
    const svg = renderRoleMapSvg(computeTeamRoleMap(teamA));
    const all = elements(svg);
    expect(all.some((e) => e.tag === 'linearGradient')).toBe(true);
    expect(all.some((e) => e.tag === 'rect' && e.attributes.fill === 'url(#fit-scale)')).toBe(true);
    const shown = texts(svg);
    expect(shown).toContain('Assigned (optimal assignment)');
    expect(shown).toContain('Assigned, fit below the gap threshold');
    expect(shown).toContain('Empty slots in the role');
  });

  it('escapes names, titles and ids, and they survive the round trip', () => {
    const nasty = `<Bo & "Co"> 'x'`;
    const snapshot: TeamSnapshot = {
      members: [
        { ...member('a&b', { hunt: 90 }), name: nasty },
        { ...member('c', { hunt: 70 }), name: 'Ctrl\u0001char' },
      ],
      roles: [{ ...teamA.roles[0], id: 'r<1>', title: `Booker <"&'>`, slots: 2 }],
      otherRoles: [],
    };
    const map = computeTeamRoleMap(snapshot);
    const svg = renderRoleMapSvg(map, { title: 'Map & <title>' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain(nasty);
    expect(svg).toContain('&lt;Bo &amp; &quot;Co&quot;&gt; &apos;x&apos;');
    const shown = texts(svg);
    expect(shown).toContain(nasty);
    expect(shown).toContain('Ctrl\uFFFDchar');
    expect(shown).toContain('Map & <title>');
    expect(shown.some((t) => t.includes(`Booker <"&'>`))).toBe(true);
    const marked = elements(svg).filter((e) => (e.attributes.class ?? '').startsWith('assigned'));
    expect(marked.map((e) => e.attributes['data-member-id'])).toEqual(['a&b', 'c']);
    expect(marked.map((e) => e.attributes['data-role-id'])).toEqual(['r<1>', 'r<1>']);
  });

  it('shows the first 50 members and a "+K more" line for larger teams', () => {
    const members = Array.from({ length: 57 }, (_, i) =>
      member(`m${String(i).padStart(2, '0')}`, { hunt: 50 + (i % 50) }),
    );
    const map = computeTeamRoleMap({ members, roles: [teamA.roles[0]], otherRoles: [] });
    const svg = renderRoleMapSvg(map);
    expect(XMLValidator.validate(svg)).toBe(true);
    const shown = texts(svg);
    for (const m of map.members.slice(0, 50)) expect(shown).toContain(m.name);
    expect(shown).not.toContain(map.members[50].name);
    expect(shown).toContain('+7 more members not shown');
    expect(elements(svg).filter((e) => e.attributes.class === 'cell')).toHaveLength(50);
  });

  it('honours a smaller maxRows', () => {
    const svg = renderRoleMapSvg(computeTeamRoleMap(teamA), { maxRows: 2 });
    expect(texts(svg)).toContain('+1 more members not shown');
  });

  it('grows with the content', () => {
    const small = computeTeamRoleMap(teamA);
    const longName = {
      ...teamA,
      members: teamA.members.map((m) => ({ ...m, name: m.name.repeat(60) })),
    };
    const width = (svg: string) =>
      Number(elements(svg).find((e) => e.tag === 'svg')?.attributes.width);
    expect(width(renderRoleMapSvg(computeTeamRoleMap(longName)))).toBeGreaterThan(
      width(renderRoleMapSvg(small)),
    );
  });

  it('renders empty teams and teams without roles', () => {
    const noMembers = renderRoleMapSvg(computeTeamRoleMap({ ...teamA, members: [] }));
    expect(XMLValidator.validate(noMembers)).toBe(true);
    expect(texts(noMembers)).toContain('No members');
    const noRoles = renderRoleMapSvg(computeTeamRoleMap({ ...teamA, roles: [] }));
    expect(XMLValidator.validate(noRoles)).toBe(true);
    expect(texts(noRoles)).toContain('No gaps');
  });
});
