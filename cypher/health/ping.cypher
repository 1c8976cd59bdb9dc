// Readiness: Neo4j answers a query.
RETURN 1
