/**
 * The demo portfolio: three PRDs of a fictional online shop ("Lumen") with their epics, stories,
 * specs, pull requests, commits and files. Deterministic, written through the same writer as
 * every other source, and with deliberate gaps for `coverage` to find:
 * - epic SHOP-3 has no stories;
 * - stories SHOP-13, SHOP-23 and SRCH-22 have no spec; SEC-22 has neither spec nor code;
 * - spec "Query suggestions service" (SRCH-21) has no code;
 * - two commits implement nothing (dependency bump, CI fix).
 */
import type { ArtifactInput, LinkInput, Writer } from '../writer/writer.js';

const JIRA = 'https://lumen.atlassian.net/browse/';
const REPO = 'https://github.com/lumen/shop';

const CHECKOUT_PRD = `Problem. Forty-one percent of carts that reach checkout are abandoned. Session recordings show three causes: shoppers retype addresses they have typed before, shipping costs appear only on the last step, and returning customers re-enter card details on every order.

Goal. Replace the four-step checkout with a single page that a returning customer completes in under thirty seconds, and raise checkout conversion from 59% to 68% within two quarters.

Scope. One-page checkout: address, shipping method and payment on one screen, validated inline. Address autocomplete backed by a places provider, with manual entry always possible. Shipping rates quoted as soon as the postcode is known. Saved payment methods: cards stored as provider tokens in the payment vault, never as card numbers in our database; one-click payment with a saved card; customers can remove a saved card at any time. Guest checkout stays available without creating an account.

Out of scope. Buy-now-pay-later providers, wallets other than cards, and B2B invoicing are separate initiatives.

Success metrics. Checkout conversion, median time from cart to order confirmation, share of orders paid with a saved card, and support tickets tagged "payment" per thousand orders.

Risks and constraints. PCI DSS scope must not grow: card data never touches our servers, only vault tokens do. Address autocomplete must degrade gracefully when the provider is slow; the form must stay usable with the provider down. Shipping quotes depend on carrier APIs with their own rate limits, so quotes are cached per postcode and basket weight for fifteen minutes.

Rollout. Behind a feature flag, 5% of traffic for two weeks, then 50%, then everyone, with conversion compared against the old checkout at each step.`;

/** Artifacts of the demo portfolio. */
export const DEMO_ARTIFACTS: ArtifactInput[] = [
  // PRDs
  { uid: 'doc:lumen/prd/checkout-v2', kind: 'PRD', key: 'PRD-CHECKOUT', title: 'Checkout v2: one-page checkout with saved payment methods', body: CHECKOUT_PRD, accessLevel: 'PUBLIC', status: 'Approved', source: 'markdown' },
  { uid: 'doc:lumen/prd/search-relevance', kind: 'PRD', key: 'PRD-SEARCH', title: 'Search relevance: find products by meaning, not only by keyword', body: 'Shoppers search with words our catalogue does not use ("couch" for sofa, "sneakers" for trainers) and 23% of searches return nothing. Combine keyword and vector search so that products are found by meaning, suggest queries while typing, and tolerate misspelled brand names. Target: zero-result searches below 8%, search-to-cart rate up by a fifth.', accessLevel: 'PUBLIC', status: 'Approved', source: 'markdown' },
  { uid: 'doc:lumen/prd/account-security', kind: 'PRD', key: 'PRD-SECURITY', title: 'Account security: passkeys and session hygiene', body: 'Credential-stuffing attacks took over 312 accounts last quarter. Offer passkeys (WebAuthn) as a phishing-resistant sign-in, let customers see and revoke their active sessions, and expire idle sessions. Passwords remain as a fallback for now.', accessLevel: 'INTERNAL', status: 'In review', source: 'markdown' },

  // Epics
  { uid: 'jira:SHOP-1', kind: 'EPIC', key: 'SHOP-1', title: 'One-page checkout', body: 'Address, shipping and payment on a single page with inline validation, replacing the four-step flow.', url: `${JIRA}SHOP-1`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SHOP-2', kind: 'EPIC', key: 'SHOP-2', title: 'Saved payment methods', body: 'Store cards as vault tokens with the payment provider and let returning customers pay in one click.', url: `${JIRA}SHOP-2`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SHOP-3', kind: 'EPIC', key: 'SHOP-3', title: 'Checkout funnel analytics', body: 'Measure drop-off per checkout field and per step to see where shoppers abandon.', url: `${JIRA}SHOP-3`, status: 'To Do', source: 'jira' },
  { uid: 'jira:SRCH-1', kind: 'EPIC', key: 'SRCH-1', title: 'Semantic product search', body: 'Embed the product catalogue and rank results by combining keyword relevance with vector similarity.', url: `${JIRA}SRCH-1`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SRCH-2', kind: 'EPIC', key: 'SRCH-2', title: 'Typo-tolerant autocomplete', body: 'Suggest completions while the shopper types, robust to misspellings of brand and product names.', url: `${JIRA}SRCH-2`, status: 'To Do', source: 'jira' },
  { uid: 'jira:SEC-1', kind: 'EPIC', key: 'SEC-1', title: 'Passkey sign-in', body: 'Register and use WebAuthn passkeys as a phishing-resistant alternative to passwords.', url: `${JIRA}SEC-1`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SEC-2', kind: 'EPIC', key: 'SEC-2', title: 'Session management', body: 'Give customers control over where they are signed in and limit the lifetime of idle sessions.', url: `${JIRA}SEC-2`, status: 'To Do', source: 'jira', accessLevel: 'CONFIDENTIAL' },

  // Stories
  { uid: 'jira:SHOP-11', kind: 'USER_STORY', key: 'SHOP-11', issueType: 'Story', title: 'Address autocomplete', body: 'As a shopper I want my address suggested as I type so that I do not have to type it in full. Manual entry must keep working when the places provider is slow or down.', url: `${JIRA}SHOP-11`, status: 'Done', source: 'jira' },
  { uid: 'jira:SHOP-12', kind: 'USER_STORY', key: 'SHOP-12', issueType: 'Story', title: 'Inline shipping rate quotes', body: 'As a shopper I want to see shipping options and their prices as soon as I enter my postcode, so that the total is never a surprise on the last step.', url: `${JIRA}SHOP-12`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SHOP-13', kind: 'USER_STORY', key: 'SHOP-13', issueType: 'Story', title: 'Guest checkout without an account', body: 'As a first-time shopper I want to place an order without creating an account, giving only an email address for the receipt.', url: `${JIRA}SHOP-13`, status: 'To Do', source: 'jira' },
  { uid: 'jira:SHOP-21', kind: 'USER_STORY', key: 'SHOP-21', issueType: 'Story', title: 'Save card after a successful payment', body: 'As a returning customer I want to tick "remember this card" so that my card is stored as a vault token for next time. The card number never reaches our servers.', url: `${JIRA}SHOP-21`, status: 'Done', source: 'jira' },
  { uid: 'jira:SHOP-22', kind: 'USER_STORY', key: 'SHOP-22', issueType: 'Story', title: 'Pay with a saved card in one click', body: 'As a returning customer I want to pay with a card I saved before, confirming only the security code, so that checkout takes seconds.', url: `${JIRA}SHOP-22`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SHOP-23', kind: 'USER_STORY', key: 'SHOP-23', issueType: 'Task', title: 'Remove a saved card', body: 'As a customer I want to delete a saved card from my account, and the vault token must be deleted at the provider too.', url: `${JIRA}SHOP-23`, status: 'To Do', source: 'jira' },
  { uid: 'jira:SRCH-11', kind: 'USER_STORY', key: 'SRCH-11', issueType: 'Story', title: 'Embed the product catalogue nightly', body: 'As the search team we want every product title and description embedded nightly, and changed products re-embedded within an hour.', url: `${JIRA}SRCH-11`, status: 'Done', source: 'jira' },
  { uid: 'jira:SRCH-12', kind: 'USER_STORY', key: 'SRCH-12', issueType: 'Story', title: 'Hybrid ranking of keyword and vector results', body: 'As a shopper searching for "couch" I want to see sofas, so results must blend keyword matches with semantically similar products.', url: `${JIRA}SRCH-12`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SRCH-21', kind: 'USER_STORY', key: 'SRCH-21', issueType: 'Story', title: 'Suggest queries as the user types', body: 'As a shopper I want query suggestions after two characters, ranked by how often they lead to a purchase.', url: `${JIRA}SRCH-21`, status: 'To Do', source: 'jira' },
  { uid: 'jira:SRCH-22', kind: 'USER_STORY', key: 'SRCH-22', issueType: 'Bug', title: 'Misspelled brand names return no results', body: 'Searching "addidas" or "nikey" returns nothing. Brand names should match with an edit distance of one or two.', url: `${JIRA}SRCH-22`, status: 'To Do', source: 'jira' },
  { uid: 'jira:SEC-11', kind: 'USER_STORY', key: 'SEC-11', issueType: 'Story', title: 'Register a passkey', body: 'As a signed-in customer I want to add a passkey from my account settings so that I can sign in without a password.', url: `${JIRA}SEC-11`, status: 'Done', source: 'jira' },
  { uid: 'jira:SEC-12', kind: 'USER_STORY', key: 'SEC-12', issueType: 'Story', title: 'Sign in with a passkey', body: 'As a customer with a passkey I want to sign in with my fingerprint or device PIN instead of a password.', url: `${JIRA}SEC-12`, status: 'In Progress', source: 'jira' },
  { uid: 'jira:SEC-21', kind: 'USER_STORY', key: 'SEC-21', issueType: 'Story', title: 'List and revoke active sessions', body: 'As a customer I want to see every device I am signed in on and sign out of any of them remotely.', url: `${JIRA}SEC-21`, status: 'In Progress', source: 'jira', accessLevel: 'CONFIDENTIAL' },
  { uid: 'jira:SEC-22', kind: 'USER_STORY', key: 'SEC-22', issueType: 'Story', title: 'Expire idle sessions after 30 minutes', body: 'Sessions without activity for 30 minutes must require sign-in again before any order or account change.', url: `${JIRA}SEC-22`, status: 'To Do', source: 'jira', accessLevel: 'CONFIDENTIAL' },

  // Tech specs
  { uid: 'doc:lumen/specs/address-autocomplete', kind: 'TECH_SPEC', title: 'Address autocomplete with a places provider', body: 'The checkout calls GET /api/address/suggest?q= with a 150 ms debounce. The server proxies the places provider with a 400 ms timeout and returns at most five suggestions; on timeout it returns an empty list and the form stays editable. Suggestions are cached in Redis for 24 hours per normalised prefix.', source: 'markdown' },
  { uid: 'doc:lumen/specs/shipping-quotes', kind: 'TECH_SPEC', title: 'Shipping rate quotes service', body: 'A quotes service asks each carrier API for rates by postcode and basket weight, in parallel with a 1 s budget, and caches answers for fifteen minutes. Carriers that time out are left out of the quote rather than failing it.', source: 'markdown' },
  { uid: 'doc:lumen/specs/card-vault', kind: 'TECH_SPEC', title: 'Card vault tokenization', body: 'Card details are collected in the payment provider\'s hosted fields. After a successful payment with "remember this card", the provider returns a reusable token which we store with the card brand, last four digits and expiry. One-click payment charges the token and asks for the CVC only. PCI scope stays SAQ A.', source: 'markdown' },
  { uid: 'doc:lumen/specs/catalogue-embeddings', kind: 'TECH_SPEC', title: 'Catalogue embedding pipeline', body: 'A nightly job embeds product title and description with a sentence-embedding model and writes the vectors to the search index. A change feed on the product table re-embeds edited products within the hour.', source: 'markdown' },
  { uid: 'doc:lumen/specs/hybrid-ranking', kind: 'TECH_SPEC', title: 'Hybrid ranking with reciprocal rank fusion', body: 'Keyword (BM25) and vector (cosine) result lists are fused by reciprocal rank with k = 60. The fused list is re-ranked by in-stock status. An offline evaluation set of 400 queries guards recall@10.', source: 'markdown' },
  { uid: 'doc:lumen/specs/query-suggestions', kind: 'TECH_SPEC', title: 'Query suggestions service', body: 'Suggestions come from a prefix trie of past queries weighted by purchase conversion, rebuilt hourly, served from memory with a p99 under 20 ms.', source: 'markdown' },
  { uid: 'doc:lumen/specs/webauthn', kind: 'TECH_SPEC', title: 'WebAuthn passkey registration and assertion', body: 'Registration and sign-in follow WebAuthn Level 2 with resident keys and user verification required. Credential public keys are stored per account; the challenge lives in the session for 120 s.', source: 'markdown' },
  { uid: 'doc:lumen/specs/session-store', kind: 'TECH_SPEC', title: 'Session store with device list', body: 'Sessions move from signed cookies to a server-side store keyed by session id, with device, IP and last-seen time, so a customer can list and revoke them.', source: 'markdown', accessLevel: 'CONFIDENTIAL' },

  // Pull requests
  { uid: 'github:lumen/shop#101', kind: 'CODE', codeKind: 'PULL_REQUEST', key: '#101', title: 'SHOP-11: address autocomplete endpoint and form', body: 'Adds /api/address/suggest with a 400 ms provider timeout and wires the suggestions into the checkout address form.\n\nFixes SHOP-11', url: `${REPO}/pull/101`, status: 'merged', source: 'github' },
  { uid: 'github:lumen/shop#108', kind: 'CODE', codeKind: 'PULL_REQUEST', key: '#108', title: 'Shipping quotes service with carrier fan-out', body: 'Implements the quotes service from the shipping spec: parallel carrier calls, 1 s budget, 15 minute cache.\n\nPart of SHOP-12', url: `${REPO}/pull/108`, status: 'open', source: 'github' },
  { uid: 'github:lumen/shop#112', kind: 'CODE', codeKind: 'PULL_REQUEST', key: '#112', title: 'SHOP-21 SHOP-22: saved cards via vault tokens', body: 'Stores provider tokens after payment and adds one-click payment with CVC confirmation.', url: `${REPO}/pull/112`, status: 'merged', source: 'github' },
  { uid: 'github:lumen/search#41', kind: 'CODE', codeKind: 'PULL_REQUEST', key: '#41', title: 'Nightly catalogue embedding job', body: 'Closes SRCH-11. Embeds titles and descriptions in batches of 256 and upserts vectors.', url: 'https://github.com/lumen/search/pull/41', status: 'merged', source: 'github' },
  { uid: 'github:lumen/search#47', kind: 'CODE', codeKind: 'PULL_REQUEST', key: '#47', title: 'Reciprocal rank fusion of BM25 and vector results', body: 'SRCH-12: fuse the two rankings with k=60, re-rank by stock.', url: 'https://github.com/lumen/search/pull/47', status: 'open', source: 'github' },
  { uid: 'github:lumen/shop#120', kind: 'CODE', codeKind: 'PULL_REQUEST', key: '#120', title: 'Passkey registration and sign-in', body: 'WebAuthn registration from account settings (SEC-11) and passkey sign-in (SEC-12).', url: `${REPO}/pull/120`, status: 'open', source: 'github' },

  // Commits
  { uid: 'git:lumen/shop@9f2c1e4', kind: 'CODE', codeKind: 'COMMIT', key: '9f2c1e4', title: 'SHOP-11 debounce address lookups by 150 ms', body: 'Avoids one provider call per keystroke.', source: 'git' },
  { uid: 'git:lumen/shop@4b7d0a2', kind: 'CODE', codeKind: 'COMMIT', key: '4b7d0a2', title: 'SHOP-12 cache carrier quotes per postcode and weight', source: 'git' },
  { uid: 'git:lumen/shop@e1a9c33', kind: 'CODE', codeKind: 'COMMIT', key: 'e1a9c33', title: 'SHOP-21 store vault token, brand and last four after payment', source: 'git' },
  { uid: 'git:lumen/search@77c0b19', kind: 'CODE', codeKind: 'COMMIT', key: '77c0b19', title: 'SRCH-12 add in-stock re-ranking after fusion', source: 'git' },
  { uid: 'git:lumen/shop@c3d4e5f', kind: 'CODE', codeKind: 'COMMIT', key: 'c3d4e5f', title: 'Bump lodash to 4.17.21', body: 'Dependency update from Dependabot.', source: 'git' },
  { uid: 'git:lumen/shop@0a1b2c3', kind: 'CODE', codeKind: 'COMMIT', key: '0a1b2c3', title: 'Fix flaky CI timeout in payment integration tests', source: 'git' },

  // Files
  { uid: 'file:lumen/shop:src/checkout/address-suggest.ts', kind: 'CODE', codeKind: 'FILE', path: 'src/checkout/address-suggest.ts', title: 'src/checkout/address-suggest.ts', body: 'Proxy for the places provider with timeout and Redis prefix cache.', source: 'git' },
  { uid: 'file:lumen/shop:src/payments/vault-client.ts', kind: 'CODE', codeKind: 'FILE', path: 'src/payments/vault-client.ts', title: 'src/payments/vault-client.ts', body: 'Client for the payment provider vault: create, charge and delete tokens.', source: 'git' },
  { uid: 'file:lumen/search:jobs/embed-catalogue.py', kind: 'CODE', codeKind: 'FILE', path: 'jobs/embed-catalogue.py', title: 'jobs/embed-catalogue.py', body: 'Nightly batch job that embeds the product catalogue.', source: 'git' },
];

const link = (from: string, to: string, type: LinkInput['type'], via: string, evidence: string): LinkInput => ({
  from,
  to,
  type,
  via,
  evidence,
});

/** Links of the demo portfolio, each with the evidence that proves it. */
export const DEMO_LINKS: LinkInput[] = [
  link('jira:SHOP-1', 'doc:lumen/prd/checkout-v2', 'PART_OF', 'front-matter', 'prd: PRD-CHECKOUT'),
  link('jira:SHOP-2', 'doc:lumen/prd/checkout-v2', 'PART_OF', 'front-matter', 'prd: PRD-CHECKOUT'),
  link('jira:SHOP-3', 'doc:lumen/prd/checkout-v2', 'PART_OF', 'front-matter', 'prd: PRD-CHECKOUT'),
  link('jira:SRCH-1', 'doc:lumen/prd/search-relevance', 'PART_OF', 'front-matter', 'prd: PRD-SEARCH'),
  link('jira:SRCH-2', 'doc:lumen/prd/search-relevance', 'PART_OF', 'front-matter', 'prd: PRD-SEARCH'),
  link('jira:SEC-1', 'doc:lumen/prd/account-security', 'PART_OF', 'front-matter', 'prd: PRD-SECURITY'),
  link('jira:SEC-2', 'doc:lumen/prd/account-security', 'PART_OF', 'front-matter', 'prd: PRD-SECURITY'),
  ...['SHOP-11', 'SHOP-12', 'SHOP-13'].map((k) => link(`jira:${k}`, 'jira:SHOP-1', 'PART_OF', 'jira-parent', `parent: SHOP-1`)),
  ...['SHOP-21', 'SHOP-22', 'SHOP-23'].map((k) => link(`jira:${k}`, 'jira:SHOP-2', 'PART_OF', 'jira-parent', `parent: SHOP-2`)),
  ...['SRCH-11', 'SRCH-12'].map((k) => link(`jira:${k}`, 'jira:SRCH-1', 'PART_OF', 'jira-parent', `parent: SRCH-1`)),
  ...['SRCH-21', 'SRCH-22'].map((k) => link(`jira:${k}`, 'jira:SRCH-2', 'PART_OF', 'jira-parent', `parent: SRCH-2`)),
  ...['SEC-11', 'SEC-12'].map((k) => link(`jira:${k}`, 'jira:SEC-1', 'PART_OF', 'jira-parent', `parent: SEC-1`)),
  ...['SEC-21', 'SEC-22'].map((k) => link(`jira:${k}`, 'jira:SEC-2', 'PART_OF', 'jira-parent', `parent: SEC-2`)),
  link('doc:lumen/specs/address-autocomplete', 'jira:SHOP-11', 'SPECIFIES', 'front-matter', 'stories: [SHOP-11]'),
  link('doc:lumen/specs/shipping-quotes', 'jira:SHOP-12', 'SPECIFIES', 'front-matter', 'stories: [SHOP-12]'),
  link('doc:lumen/specs/card-vault', 'jira:SHOP-21', 'SPECIFIES', 'front-matter', 'stories: [SHOP-21, SHOP-22]'),
  link('doc:lumen/specs/card-vault', 'jira:SHOP-22', 'SPECIFIES', 'front-matter', 'stories: [SHOP-21, SHOP-22]'),
  link('doc:lumen/specs/catalogue-embeddings', 'jira:SRCH-11', 'SPECIFIES', 'front-matter', 'stories: [SRCH-11]'),
  link('doc:lumen/specs/hybrid-ranking', 'jira:SRCH-12', 'SPECIFIES', 'front-matter', 'stories: [SRCH-12]'),
  link('doc:lumen/specs/query-suggestions', 'jira:SRCH-21', 'SPECIFIES', 'front-matter', 'stories: [SRCH-21]'),
  link('doc:lumen/specs/webauthn', 'jira:SEC-11', 'SPECIFIES', 'front-matter', 'stories: [SEC-11, SEC-12]'),
  link('doc:lumen/specs/webauthn', 'jira:SEC-12', 'SPECIFIES', 'front-matter', 'stories: [SEC-11, SEC-12]'),
  link('doc:lumen/specs/session-store', 'jira:SEC-21', 'SPECIFIES', 'front-matter', 'stories: [SEC-21]'),
  link('github:lumen/shop#101', 'doc:lumen/specs/address-autocomplete', 'IMPLEMENTS', 'pr-body', 'Fixes SHOP-11'),
  link('github:lumen/shop#108', 'doc:lumen/specs/shipping-quotes', 'IMPLEMENTS', 'pr-body', 'Implements the quotes service from the shipping spec'),
  link('github:lumen/shop#112', 'doc:lumen/specs/card-vault', 'IMPLEMENTS', 'pr-title', 'SHOP-21 SHOP-22: saved cards via vault tokens'),
  link('github:lumen/search#41', 'doc:lumen/specs/catalogue-embeddings', 'IMPLEMENTS', 'pr-body', 'Closes SRCH-11'),
  link('github:lumen/search#47', 'doc:lumen/specs/hybrid-ranking', 'IMPLEMENTS', 'pr-body', 'SRCH-12: fuse the two rankings'),
  link('github:lumen/shop#120', 'doc:lumen/specs/webauthn', 'IMPLEMENTS', 'pr-body', '(SEC-11) … (SEC-12)'),
  link('git:lumen/shop@9f2c1e4', 'jira:SHOP-11', 'IMPLEMENTS', 'commit-message', 'SHOP-11 debounce address lookups by 150 ms'),
  link('git:lumen/shop@4b7d0a2', 'jira:SHOP-12', 'IMPLEMENTS', 'commit-message', 'SHOP-12 cache carrier quotes'),
  link('git:lumen/shop@e1a9c33', 'jira:SHOP-21', 'IMPLEMENTS', 'commit-message', 'SHOP-21 store vault token'),
  link('git:lumen/search@77c0b19', 'jira:SRCH-12', 'IMPLEMENTS', 'commit-message', 'SRCH-12 add in-stock re-ranking'),
  link('file:lumen/shop:src/checkout/address-suggest.ts', 'doc:lumen/specs/address-autocomplete', 'IMPLEMENTS', 'pr-files', 'changed in #101'),
  link('file:lumen/shop:src/payments/vault-client.ts', 'doc:lumen/specs/card-vault', 'IMPLEMENTS', 'pr-files', 'changed in #112'),
  link('file:lumen/search:jobs/embed-catalogue.py', 'doc:lumen/specs/catalogue-embeddings', 'IMPLEMENTS', 'pr-files', 'changed in search#41'),
  link('jira:SHOP-22', 'jira:SHOP-21', 'DEPENDS_ON', 'jira-link', 'SHOP-22 is blocked by SHOP-21'),
  link('jira:SEC-12', 'jira:SEC-11', 'DEPENDS_ON', 'jira-link', 'SEC-12 is blocked by SEC-11'),
  link('jira:SRCH-12', 'jira:SRCH-11', 'DEPENDS_ON', 'jira-link', 'SRCH-12 is blocked by SRCH-11'),
];

/** Loads the demo portfolio through the writer (idempotent: a second load changes nothing). */
export async function loadDemoData(writer: Writer): Promise<{ artifacts: number; links: number }> {
  await writer.upsertArtifacts(DEMO_ARTIFACTS);
  await writer.linkMany(DEMO_LINKS.map((l) => (l.type === 'DEPENDS_ON' ? { ...l, kind: 'blocks' } : l)));
  return { artifacts: DEMO_ARTIFACTS.length, links: DEMO_LINKS.length };
}
