import { codeNames, codeScope, fileName } from './references.js';

const file = (path: string, body: string, uid = `file:acme/shop:${path}`) =>
  ({ uid, kind: 'CODE', title: path, path, body, source: 'git' }) as const;

describe('codeNames', () => {
  it('names a Java class by its file and mentions the types its outline uses', () => {
    const names = codeNames(
      file(
        'src/agency/AgencyManager.java',
        [
          'package agency;',
          'import agency.bean.BeanAgency;',
          '/** Manages the cultural heritage agencies. */',
          'public class AgencyManager {',
          '  private final DBAgency db;',
          '  public BeanAgency find(int id) {',
          '    HelperCache cache = new HelperCache();',
          '    return db.get(id);',
          '  }',
          '}',
        ].join('\n'),
      ),
    );
    expect(names?.codeScope).toBe('acme/shop');
    expect(names?.codeName).toBe('acme/shop:AgencyManager');
    expect(names?.codeMentions).toEqual(
      expect.arrayContaining(['acme/shop:BeanAgency', 'acme/shop:DBAgency']),
    );
    // A statement inside a method body is not part of the outline.
    expect(names?.codeMentions).not.toContain('acme/shop:HelperCache');
    // A file does not reference itself.
    expect(names?.codeMentions).not.toContain('acme/shop:AgencyManager');
  });

  it('reads module paths of TypeScript and Python imports', () => {
    const ts = codeNames(
      file(
        'src/checkout.ts',
        "import { charge } from './payment-gateway.js';\nexport function pay() {}",
      ),
    );
    expect(ts?.codeMentions).toContain('acme/shop:payment-gateway');
    const py = codeNames(
      file('app/views.py', 'from .models import Order\n\ndef list_orders():\n    pass'),
    );
    expect(py?.codeMentions).toEqual(
      expect.arrayContaining(['acme/shop:models', 'acme/shop:Order']),
    );
  });

  it('scopes names by repository, else by uid prefix or source, and skips what is not a source file', () => {
    expect(codeScope({ uid: 'file:acme/shop:a/B.java', source: 'git' })).toBe('acme/shop');
    expect(codeScope({ uid: 'dataset:etour:B.java', source: 'eval' })).toBe('dataset:etour');
    expect(codeScope({ uid: 'B.java', source: 'eval' })).toBe('eval');
    expect(codeNames(file('README.md', '# Shop'))).toBeNull();
    expect(
      codeNames({ uid: 'jira:SHOP-1', kind: 'USER_STORY', title: 'A.java', body: null }),
    ).toBeNull();
    // Two-letter names are words more than names.
    expect(codeNames(file('src/io.ts', 'export const x = 1;'))).toBeNull();
    expect(fileName('src/a/agency-manager.test.ts')).toBe('agency-manager');
    // A package's entry file is named by its folder.
    expect(fileName('src/checkout/index.ts')).toBe('checkout');
    expect(fileName('shop/models/__init__.py')).toBe('models');
  });
});
