// Link suggestions (queries/suggestions.ts): each accepted or rejected suggestion is one
// :LinkDecision node per link identity (`key` = from, type, to), with who decided and when; a
// rejected pair is never suggested again. Looked up by either end. Code paths get a range index
// for the "shared path prefix" signal (STARTS WITH is index-backed).
CREATE CONSTRAINT link_decision_key IF NOT EXISTS FOR (d:LinkDecision) REQUIRE d.key IS UNIQUE;
CREATE INDEX link_decision_from IF NOT EXISTS FOR (d:LinkDecision) ON (d.from);
CREATE INDEX link_decision_to IF NOT EXISTS FOR (d:LinkDecision) ON (d.to);
CREATE INDEX code_path IF NOT EXISTS FOR (c:Code) ON (c.path);
