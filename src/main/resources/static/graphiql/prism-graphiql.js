// Starts GraphiQL against the PRISM endpoint with an example query. Headers (the API key) are kept in the
// browser's local storage by GraphiQL once entered, and the page opens with the stored ones; only when none are
// stored does it open with the default headers (the page's data-default-headers, or a placeholder).
(function () {
  var root = document.getElementById('graphiql');
  var defaultHeaders = root.getAttribute('data-default-headers') ||
    '{\n  "Authorization": "Bearer <your API key>"\n}';

  // GraphiQL starts with the headers stored under graphiql:headers, and the schema is fetched with them. It empties
  // that key on every load, before its headers editor exists, while the tabs it stores (graphiql:tabState) keep each
  // tab's headers. So when the key is empty, the active stored tab's headers are put back before GraphiQL starts.
  function restoreStoredHeaders() {
    try {
      if (localStorage.getItem('graphiql:headers')) {
        return;
      }
      var state = JSON.parse(localStorage.getItem('graphiql:tabState'));
      var tab = state && Array.isArray(state.tabs) ? state.tabs[state.activeTabIndex] : null;
      if (tab && typeof tab.headers === 'string' && tab.headers.trim() !== '') {
        localStorage.setItem('graphiql:headers', tab.headers);
      }
    } catch (e) {
      // no storage, or none GraphiQL wrote: it starts with the default headers
    }
  }
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
  restoreStoredHeaders();
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: exampleQuery,
    // defaultHeaders, not headers: the headers prop would replace the stored headers on every load
    defaultHeaders: defaultHeaders,
    shouldPersistHeaders: true,
    defaultEditorToolsVisibility: 'headers'
  }));
})();
