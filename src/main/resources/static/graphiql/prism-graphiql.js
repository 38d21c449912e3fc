// Starts GraphiQL against the PRISM endpoint with an example query. Headers (the API key) are kept in the
// browser's local storage by GraphiQL once entered.
(function () {
  var root = document.getElementById('graphiql');
  var defaultHeaders = root.getAttribute('data-default-headers') ||
    '{\n  "Authorization": "Bearer <your API key>"\n}';
  var exampleQuery = [
    '# PRISM: the machining catalog.',
    '# Your API key goes in the Headers tab; press Run.',
    '',
    'query SteelsWithCuttingData {',
    '  materials(first: 5, filter: { isoGroups: [P], search: "steel" }) {',
    '    totalCount',
    '    pageInfo { hasNextPage endCursor }',
    '    edges {',
    '      node {',
    '        name',
    '        designations { wnr aisi }',
    '        tensileStrength',
    '        tensileStrengthKsi: tensileStrength(unit: KSI)',
    '        cuttingData {',
    '          toolMaterial',
    '          operation',
    '          cuttingSpeedMin',
    '          cuttingSpeedMaxSfm: cuttingSpeedMax(unit: SFM)',
    '          feedPerToothMinPerDiameter',
    '          owner',
    '        }',
    '        provenance { source verified }',
    '      }',
    '    }',
    '  }',
    '  machines(first: 3, filter: { types: [VMC] }) {',
    '    edges { node { make model maxRpm peakPower peakPowerHp: peakPower(unit: HP) } }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: exampleQuery,
    headers: defaultHeaders,
    shouldPersistHeaders: true,
    defaultEditorToolsVisibility: 'headers'
  }));
})();
