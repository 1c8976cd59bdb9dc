/**
 * GraphiQL, bundled (no CDN), against this server's `/graphql`: HTTP for queries and mutations,
 * graphql-ws on the same path for subscriptions. The headers editor starts with the explorer's
 * credential from this tab's session storage; subscriptions send the same credential as
 * `connectionParams`.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './page.css';
import { authorization, readCredential } from '../api/credential';

const credential = readCredential();
const headers = authorization(credential);
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  wsConnectionParams: headers,
});

const DEFAULT_QUERY = `# Threadline: PRD → Epic → Story → Spec → Code, as GraphQL.
# Headers: the explorer's sign-in. Run: Ctrl-Enter.
{
  viewer { subject role levels }
  search(text: "pay with a card I saved before", first: 3) {
    score
    artifact { uid title }
    lineage { uid }
  }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={DEFAULT_QUERY}
        defaultHeaders={JSON.stringify(headers, null, 2)}
        headers={JSON.stringify(headers, null, 2)}
        shouldPersistHeaders={false}
        isHeadersEditorEnabled
        defaultEditorToolsVisibility={credential ? 'headers' : false}
      />
    </StrictMode>,
  );
}
