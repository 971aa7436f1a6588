// Starts GraphiQL against this server's /graphql endpoint. Kept out of index.html so the page
// runs without inline scripts.
(function () {
  'use strict';
  var defaultQuery = [
    '# claimgraph: who opposes, offers, demands what,',
    '# each relation with the sentence that states it.',
    '# Run with Ctrl-Enter; the Docs panel lists the schema.',
    '{',
    '  relations(first: 10) {',
    '    totalCount',
    '    nodes {',
    '      type',
    '      negated',
    '      hedged',
    '      source { id kind label }',
    '      target { id kind label }',
    '      evidence { cue text article { title publishedAt } }',
    '    }',
    '    pageInfo { hasNextPage endCursor }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({
    url: new URL('/graphql', window.location.href).toString()
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: true
  }));
})();
