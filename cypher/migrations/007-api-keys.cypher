// API keys for ingestion jobs and service accounts: only a hash of the secret is stored.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
