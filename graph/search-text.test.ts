import { codeOutline, embeddingText, languageOf, searchText } from './search-text.js';

const java = `package unisa.gps.etour.control;

import java.util.List;

/**
 * Manages the cultural heritage of an agency.
 */
public class CulturalHeritageAgencyManager implements ICulturalHeritageAgencyManager {
    private DBCulturalHeritage database; // where objects are stored

    public boolean deleteCulturalHeritage(int pCulturalHeritageID) throws RemoteException {
        int counter = 0;
        counter = counter + 1;
        throw new IllegalArgumentException("cultural object not found");
    }
}`;

describe('code-aware search text', () => {
  it('knows Java, TypeScript/JavaScript, Python and Go by extension', () => {
    expect(['A.java', 'b.tsx', 'c.mjs', 'd.py', 'e.go', 'f.md'].map(languageOf)).toEqual([
      'java',
      'ts',
      'ts',
      'python',
      'go',
      null,
    ]);
  });

  it('keeps declarations, comments and string literals of Java and drops statements', () => {
    const outline = codeOutline(java, 'java');
    expect(outline).toContain('Manages the cultural heritage of an agency.');
    expect(outline).toContain('public class CulturalHeritageAgencyManager');
    expect(outline).toContain('where objects are stored');
    expect(outline).toContain('public boolean deleteCulturalHeritage(int pCulturalHeritageID)');
    expect(outline).toContain('cultural object not found');
    expect(outline).not.toContain('counter = counter + 1');
  });

  it('keeps Python docstrings, defs and classes', () => {
    const py =
      'class TourPlanner:\n    """Plans a tour."""\n    def plan_route(self, stops):\n        total = 0\n        return total\n';
    const outline = codeOutline(py, 'python');
    expect(outline).toContain('Plans a tour.');
    expect(outline).toContain('def plan_route(self, stops):');
    expect(outline).not.toContain('total = 0');
  });

  it('keeps Go funcs and types and TypeScript exports', () => {
    expect(
      codeOutline(
        '// Package geo finds places.\npackage geo\nfunc NearestSite(p Point) Site {\n\tx := 1\n}',
        'go',
      ),
    ).toBe('Package geo finds places.\npackage geo\nfunc NearestSite(p Point) Site');
    expect(
      codeOutline(
        'export async function loadTour(id: string) {\n  const x = await db.get(id);\n}',
        'ts',
      ),
    ).toContain('export async function loadTour(id: string)');
  });

  it('indexes a source file by its path words and exact names', () => {
    const text = searchText({
      kind: 'CODE',
      title: 'CulturalHeritageAgencyManager.java',
      path: 'src/control/CulturalHeritageAgencyManager.java',
      body: java,
    });
    expect(text).toContain('CulturalHeritageAgencyManager');
    expect(text).toContain('cultural heritage agency manager');
    expect(text).toContain('src control');
  });

  it('embeds a source file as words and leaves prose as it is', () => {
    const code = embeddingText({
      kind: 'CODE',
      title: 'CulturalHeritageAgencyManager.java',
      body: java,
    });
    expect(code).toContain('public class cultural heritage agency manager');
    expect(code).not.toContain('CulturalHeritageAgencyManager');
    expect(
      embeddingText({
        kind: 'USER_STORY',
        title: 'Delete a cultural object',
        body: 'The operator confirms.',
      }),
    ).toBe('Delete a cultural object\nThe operator confirms.');
  });
});
